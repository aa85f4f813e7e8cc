package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** Which key signs certificates, for the admin's overview: a test key must not go unnoticed. */
@Serdeable
record SigningKeyInfo(boolean testKey, String subject, Instant notAfter) {
}
