package org.civitas.platform.mail;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("outbox_messages")
record OutboxMessageRow(@Id @GeneratedValue @Nullable Long id,
                        String messageId,
                        String kind,
                        String recipient,
                        @Nullable Long recipientUserId,
                        String language,
                        String subject,
                        String bodyText,
                        String bodyHtml,
                        @Nullable String unsubscribeUrl,
                        @Nullable String calendarMethod,
                        @Nullable String calendar,
                        String status,
                        int attempts,
                        Instant nextAttemptAt,
                        @Nullable String claimedBy,
                        @Nullable Instant claimedUntil,
                        @Nullable String lastError,
                        Instant createdAt,
                        @Nullable Instant sentAt) {
    static final String QUEUED = "queued";
    static final String SENDING = "sending";
    static final String SENT = "sent";
    static final String FAILED = "failed";
    static final String KEPT = "kept";

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("message not saved yet");
        }
        return id;
    }
}
