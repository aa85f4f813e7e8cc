package org.civitas.identity;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A link that proves an address, kept as the SHA-256 of its token with the address it was sent to. */
@MappedEntity("email_verification_links")
record EmailVerificationRow(@Id String tokenHash,
                            long userId,
                            String email,
                            Instant createdAt,
                            Instant expiresAt,
                            @Nullable Instant usedAt) {
}
