package org.civitas.platform.mail;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A message to queue: what kind it is (for the outbox and for unsubscribing), to whom, in which
 * language, from which template with which values, and, for an optional notification, how to
 * stop that kind of message.
 */
public record Mail(String kind, String recipient, @Nullable Long recipientUserId, String language, String template,
                   Map<String, String> values, @Nullable Unsubscribe unsubscribe, @Nullable Calendar calendar) {
    public Mail {
        values = Map.copyOf(values);
    }

    public Mail(String kind, String recipient, @Nullable Long recipientUserId, String language, String template,
                Map<String, String> values, @Nullable Unsubscribe unsubscribe) {
        this(kind, recipient, recipientUserId, language, template, values, unsubscribe, null);
    }

    /** An iCalendar object (RFC 5545) for calendar programs: an invitation or update (REQUEST) or a cancellation (CANCEL). */
    public record Calendar(String method, String content) {
    }

    /**
     * oneClick: the address mail programs POST to (RFC 8058, the List-Unsubscribe header); page: the
     * page the footer's link opens for a person, which asks before it unsubscribes.
     */
    public record Unsubscribe(String oneClick, String page) {
    }
}
