package org.civitas.platform.mail;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** A message in the outbox as administrators see it; lists leave the bodies out. */
@Serdeable
public record OutboxMessage(long id, String messageId, String kind, String recipient, String language, String subject,
                            @Schema(allowableValues = {"queued", "sending", "sent", "failed", "kept"}) String status,
                            int attempts, Instant nextAttemptAt, @Nullable String lastError, Instant createdAt,
                            @Nullable Instant sentAt, @Nullable String unsubscribeUrl, @Nullable String calendarMethod,
                            @Nullable String bodyText, @Nullable String bodyHtml) {
    static OutboxMessage of(OutboxMessageRow row, boolean withBodies) {
        return new OutboxMessage(row.requireId(), row.messageId(), row.kind(), row.recipient(), row.language(), row.subject(),
                row.status(), row.attempts(), row.nextAttemptAt(), row.lastError(), row.createdAt(), row.sentAt(),
                row.unsubscribeUrl(), row.calendarMethod(), withBodies ? row.bodyText() : null, withBodies ? row.bodyHtml() : null);
    }
}
