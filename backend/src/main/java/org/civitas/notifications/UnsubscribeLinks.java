package org.civitas.notifications;

import jakarta.inject.Singleton;
import org.civitas.platform.mail.Mail;
import org.civitas.platform.mail.Outbox;
import org.civitas.platform.secrets.Secrets;

import java.util.Base64;
import java.util.Optional;

/**
 * Links that switch one kind of notification off for one person without signing in: the person
 * and the kind, signed with the platform's own key (HMAC-SHA256), so nobody can make one for
 * someone else. They never expire: an old message's link must still work.
 */
@Singleton
class UnsubscribeLinks {
    static final String ONE_CLICK = "/api/notifications/unsubscribe?token=";
    static final String PAGE = "/unsubscribe?token=";
    private static final String KEY = "notifications.unsubscribe";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final Secrets secrets;
    private final Outbox outbox;

    UnsubscribeLinks(Secrets secrets, Outbox outbox) {
        this.secrets = secrets;
        this.outbox = outbox;
    }

    record Target(long userId, NotificationKind kind) {
    }

    Mail.Unsubscribe of(long userId, NotificationKind kind) {
        String token = token(userId, kind);
        return new Mail.Unsubscribe(outbox.link(ONE_CLICK + token), outbox.link(PAGE + token));
    }

    String token(long userId, NotificationKind kind) {
        String subject = userId + "." + kind.code;
        return subject + "." + ENCODER.encodeToString(secrets.sign(KEY, subject));
    }

    /** Whom and what a token unsubscribes; empty for a token that is malformed or not ours. */
    Optional<Target> read(String token) {
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String subject = token.substring(0, last);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(token.substring(last + 1));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (!secrets.verify(KEY, subject, given)) {
            return Optional.empty();
        }
        try {
            long userId = Long.parseLong(subject.substring(0, first));
            return NotificationKind.parse(subject.substring(first + 1)).map(kind -> new Target(userId, kind));
        } catch (NumberFormatException malformed) {
            return Optional.empty();
        }
    }

}
