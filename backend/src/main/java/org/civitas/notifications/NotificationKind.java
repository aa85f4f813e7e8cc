package org.civitas.notifications;

import java.util.Arrays;
import java.util.Optional;

/** The notifications a person may switch off, by the code used in preferences and unsubscribe links. */
enum NotificationKind {
    APPLICATION_RECEIVED("application_received"),
    APPLICATION_DECIDED("application_decided");

    final String code;

    NotificationKind(String code) {
        this.code = code;
    }

    static Optional<NotificationKind> parse(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
