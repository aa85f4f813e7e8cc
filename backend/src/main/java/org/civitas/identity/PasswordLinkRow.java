package org.civitas.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A one-time link to set a password, kept as the SHA-256 of its token. */
@MappedEntity("password_links")
record PasswordLinkRow(@Id String tokenHash,
                       long userId,
                       @Nullable Long createdBy,
                       Instant createdAt,
                       Instant expiresAt,
                       @Nullable Instant usedAt) {
}
