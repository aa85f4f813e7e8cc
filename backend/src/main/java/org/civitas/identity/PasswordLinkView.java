package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Whose account an open link sets the password of, for the page that asks for it. */
@Serdeable
record PasswordLinkView(String email, String fullName, Instant expiresAt) {
}
