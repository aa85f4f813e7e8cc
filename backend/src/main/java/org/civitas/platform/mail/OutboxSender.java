package org.civitas.platform.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Delivers the outbox. Each pass claims a batch in one statement (so two senders never take the
 * same message), sends it over one connection, and records each message's outcome as soon as the
 * server answers: sent; refused for good (5xx, kept with the server's answer as failed); or
 * deferred (4xx, no connection) to a later try, each wait twice the last, failed after the last
 * try. A sender stopped mid-way leaves its claims to run out; the messages are then sent again,
 * with the same Message-ID.
 */
@Singleton
class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private final OutboxRepository messages;
    private final SmtpMailer mailer;
    private final MailSettings settings;
    private final Clock clock;

    OutboxSender(OutboxRepository messages, SmtpMailer mailer, MailSettings settings, Clock clock) {
        this.messages = messages;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${civitas.mail.poll-interval:2s}", initialDelay = "${civitas.mail.poll-interval:2s}")
    void poll() {
        if (!settings.smtpConfigured()) {
            return;
        }
        try {
            while (deliver() == settings.batchSize()) {
                // a full batch: there may be more waiting
            }
        } catch (RuntimeException e) {
            LOG.error("The outbox sender stopped for this pass", e);
        }
    }

    /** One pass: claims a batch and sends it; answers how many were claimed. */
    int deliver() {
        String claimant = UUID.randomUUID().toString();
        Instant now = clock.instant();
        int claimed = messages.claim(claimant, now, now.plus(settings.claimTimeout()), settings.batchSize());
        if (claimed == 0) {
            return 0;
        }
        List<OutboxMessageRow> batch = messages.findClaimed(claimant);
        mailer.send(batch, (message, outcome) -> record(claimant, message, outcome));
        return claimed;
    }

    private void record(String claimant, OutboxMessageRow message, SmtpMailer.Outcome outcome) {
        Instant now = clock.instant();
        switch (outcome) {
            case SmtpMailer.Sent sent -> messages.sent(message.requireId(), claimant, now);
            case SmtpMailer.Refused refused -> {
                LOG.warn("The SMTP server refused message {} for good: {}", message.id(), refused.answer());
                messages.tried(message.requireId(), claimant, OutboxMessageRow.FAILED, now, refused.answer());
            }
            case SmtpMailer.Deferred deferred -> {
                int attempts = message.attempts() + 1;
                boolean lastTry = attempts >= settings.maxAttempts();
                Duration wait = settings.retryDelay().multipliedBy(1L << Math.min(16, attempts - 1));
                messages.tried(message.requireId(), claimant, lastTry ? OutboxMessageRow.FAILED : OutboxMessageRow.QUEUED,
                        now.plus(wait), deferred.answer());
            }
        }
    }
}
