package org.civitas.schedule;

import io.micronaut.core.annotation.Introspected;

/** How many people hold one status at one session. */
@Introspected
record RegistrationCount(long sessionId, String status, long people) {
}
