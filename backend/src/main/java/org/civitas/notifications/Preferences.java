package org.civitas.notifications;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Which optional notifications a person gets, and the language of their messages. */
@Singleton
class Preferences {
    private final PreferenceRepository preferences;
    private final UnsubscribeLinks links;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Preferences(PreferenceRepository preferences, UnsubscribeLinks links, Accounts accounts, AuditLog audit, Clock clock) {
        this.preferences = preferences;
        this.links = links;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    boolean wants(long userId, NotificationKind kind) {
        return !preferences.findSwitchedOff(userId).contains(kind.code);
    }

    PreferencesView of(Caller caller) {
        String language = accounts.find(caller.id()).orElseThrow(ApiException::notFound).language();
        Set<String> off = new HashSet<>(preferences.findSwitchedOff(caller.id()));
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (NotificationKind kind : NotificationKind.values()) {
            kinds.put(kind.code, !off.contains(kind.code));
        }
        return new PreferencesView(language, kinds);
    }

    @Transactional
    PreferencesView update(Caller caller, PreferencesView wanted) {
        for (String code : wanted.notifications().keySet()) {
            if (NotificationKind.parse(code).isEmpty()) {
                throw ApiException.invalidField("notifications." + code, "unknown_notification");
            }
        }
        accounts.setLanguage(caller.id(), wanted.language());
        Instant now = clock.instant();
        wanted.notifications().forEach((code, enabled) -> preferences.set(caller.id(), code, enabled, now));
        audit.record("notifications.preferences_changed", caller.id(), "user", caller.id(), null, wanted.notifications().toString());
        return of(caller);
    }

    /** Switches off what the token names; doing it twice is the same as once. */
    @Transactional
    void unsubscribe(String token) {
        UnsubscribeLinks.Target target = links.read(token)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "unsubscribe_link_invalid"));
        if (accounts.find(target.userId()).isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unsubscribe_link_invalid");
        }
        preferences.set(target.userId(), target.kind().code, false, clock.instant());
        audit.record("notifications.unsubscribed", target.userId(), "user", target.userId(), null, target.kind().code);
    }
}
