package org.civitas.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("user_sessions")
record SessionRow(@Id String tokenHash,
                  long userId,
                  String csrfToken,
                  Instant createdAt,
                  Instant lastSeenAt,
                  Instant expiresAt,
                  @Nullable String clientAddress) {
}
