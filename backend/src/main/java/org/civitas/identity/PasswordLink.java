package org.civitas.identity;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/**
 * A one-time link for the user to set their password, as the administrator hands it out. The
 * token follows '#' so it never reaches a server log or a Referer header. emailed: it was also sent
 * to the user's address.
 */
@Serdeable
public record PasswordLink(long userId, String email, String fullName, String path, Instant expiresAt, boolean emailed) {
    static final String PAGE = "/set-password#";
}
