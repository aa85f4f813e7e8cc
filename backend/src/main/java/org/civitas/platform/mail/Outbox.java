package org.civitas.platform.mail;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.SearchPattern;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.UUID;

/**
 * Where features leave the email their changes cause. {@link #queue} renders the message and
 * writes it in the caller's transaction: it is sent if and only if the change commits. The sender
 * delivers it afterwards; without an SMTP server it is kept for administrators to read.
 */
@Singleton
public class Outbox {
    private final OutboxRepository messages;
    private final MailTemplates templates;
    private final MailSettings settings;
    private final Clock clock;

    Outbox(OutboxRepository messages, MailTemplates templates, MailSettings settings, Clock clock) {
        this.messages = messages;
        this.templates = templates;
        this.settings = settings;
        this.clock = clock;
    }

    public void queue(Mail mail) {
        messages.save(row(mail));
    }

    /** Queues several messages in one batch, as a bulk action makes them. */
    public void queueAll(List<Mail> mails) {
        messages.saveAll(mails.stream().map(this::row).toList());
    }

    private OutboxMessageRow row(Mail mail) {
        Mail.Unsubscribe unsubscribe = mail.unsubscribe();
        MailTemplates.Rendered rendered = templates.render(mail.template(), mail.language(), mail.values(),
                unsubscribe == null ? null : unsubscribe.page());
        Instant now = clock.instant();
        return new OutboxMessageRow(null, "<" + UUID.randomUUID() + "@" + domain() + ">", mail.kind(), mail.recipient(),
                mail.recipientUserId(), mail.language(), rendered.subject(), rendered.text(), rendered.html(),
                unsubscribe == null ? null : unsubscribe.oneClick(),
                mail.calendar() == null ? null : mail.calendar().method(), mail.calendar() == null ? null : mail.calendar().content(),
                settings.smtpConfigured() ? OutboxMessageRow.QUEUED : OutboxMessageRow.KEPT, 0, now, null, null, null, now, null);
    }

    /** The public address of a page of the platform, for links in messages: {@code link("/verify-email#…")}. */
    public String link(String pathAndFragment) {
        String base = settings.publicUrl().endsWith("/") ? settings.publicUrl().substring(0, settings.publicUrl().length() - 1)
                : settings.publicUrl();
        return base + pathAndFragment;
    }

    /** The sender's address (without its name): the organizer of calendar invitations. */
    public String senderAddress() {
        String from = settings.from();
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        return (open >= 0 && close > open ? from.substring(open + 1, close) : from).strip();
    }

    /** The provider every message is from. */
    public String providerName() {
        return settings.providerName();
    }

    /** Whether messages leave the platform, or are kept for administrators to read. */
    public boolean sending() {
        return settings.smtpConfigured();
    }

    public PageView<OutboxMessage> messages(@Nullable String status, @Nullable String recipient, int page, int size) {
        return PageView.of(messages.search(status, SearchPattern.contains(recipient), Pageable.from(page, size)),
                row -> OutboxMessage.of(row, false));
    }

    public Optional<OutboxMessage> message(long id) {
        return messages.findById(id).map(row -> OutboxMessage.of(row, true));
    }

    /** Sends a failed (or kept) message again as if new; false when it is neither. */
    public boolean retry(long id) {
        return messages.requeue(id, clock.instant()) > 0;
    }

    private String domain() {
        String host = URI.create(settings.publicUrl()).getHost();
        return host == null || host.isBlank() ? "civitas.local" : host;
    }
}
