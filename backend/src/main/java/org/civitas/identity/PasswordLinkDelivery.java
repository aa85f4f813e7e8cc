package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;

/** send: email the link to the user's address as well as answering it. */
@Serdeable
record PasswordLinkDelivery(boolean send) {
}
