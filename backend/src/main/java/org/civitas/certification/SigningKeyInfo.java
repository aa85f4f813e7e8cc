package org.civitas.certification;

import java.time.Instant;

/** Which key signs certificates, for the admin's overview: a test key must not go unnoticed. */
record SigningKeyInfo(boolean testKey, String subject, Instant notAfter) {
}
