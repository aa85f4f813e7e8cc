package org.civitas.platform.mail;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A message to queue: what kind it is (for the outbox and for unsubscribing), to whom, in which
 * language, from which template with which values, and, for an optional notification, how to
 * stop that kind of message.
 */
public record Mail(String kind, String recipient, @Nullable Long recipientUserId, String language, String template,
                   Map<String, String> values, @Nullable Unsubscribe unsubscribe) {
    public Mail {
        values = Map.copyOf(values);
    }

    /**
     * oneClick: the address mail programs POST to (RFC 8058, the List-Unsubscribe header); page: the
     * page the footer's link opens for a person, which asks before it unsubscribes.
     */
    public record Unsubscribe(String oneClick, String page) {
    }
}
