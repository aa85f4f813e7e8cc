package org.civitas.schedule;

import jakarta.inject.Singleton;
import org.civitas.enrollment.Enrollment;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.identity.UserView;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.mail.Outbox;
import org.civitas.platform.secrets.Secrets;

import java.time.Clock;
import java.util.Base64;
import java.util.List;

/**
 * A person's calendar feed: every session of the programs they are admitted to, at a secret
 * address calendar programs subscribe to without signing in. The address is signed with the
 * platform's key over the person and a version; asking for a new one raises the version, and
 * every earlier address stops working.
 */
@Singleton
class CalendarFeeds {
    static final String PATH = "/api/calendar-feeds/";
    private static final String KEY = "schedule.calendar-feeds";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private final CalendarFeedRepository feeds;
    private final SessionRepository sessions;
    private final Enrollment enrollment;
    private final Accounts accounts;
    private final SessionMail mail;
    private final Secrets secrets;
    private final Outbox outbox;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, SessionRepository sessions, Enrollment enrollment, Accounts accounts,
                  SessionMail mail, Secrets secrets, Outbox outbox, Clock clock) {
        this.feeds = feeds;
        this.sessions = sessions;
        this.enrollment = enrollment;
        this.accounts = accounts;
        this.mail = mail;
        this.secrets = secrets;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The caller's feed address, made on first need. */
    String url(Caller caller) {
        int version = feeds.findById(caller.id()).map(CalendarFeedRow::version).orElseGet(() -> {
            feeds.renew(caller.id(), clock.instant());
            return feeds.findById(caller.id()).orElseThrow().version();
        });
        return outbox.link(PATH + token(caller.id(), version) + ".ics");
    }

    /** A new address; the old one stops working. */
    String renew(Caller caller) {
        feeds.renew(caller.id(), clock.instant());
        return url(caller);
    }

    /** The feed behind a token, or 404 for one that is not (or no longer) valid. */
    String feed(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            throw ApiException.notFound();
        }
        long userId;
        int version;
        try {
            userId = Long.parseLong(parts[0]);
            version = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw ApiException.notFound();
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound();
        }
        boolean current = feeds.findById(userId).map(f -> f.version() == version).orElse(false);
        UserView person = accounts.find(userId).filter(UserView::enabled).orElse(null);
        if (!secrets.verify(KEY, userId + "." + version, given) || !current || person == null) {
            throw ApiException.notFound();
        }
        List<Long> programs = enrollment.admittedProgramIds(userId);
        List<ICalendar.Event> events = programs.isEmpty() ? List.of() : sessions.findByPrograms(programs).stream()
                .map(s -> new ICalendar.Event(s, mail.context(s, person.language(), null))).toList();
        return ICalendar.feed("Civitas — " + person.fullName(), events, clock.instant());
    }

    private String token(long userId, int version) {
        return userId + "." + version + "." + ENCODER.encodeToString(secrets.sign(KEY, userId + "." + version));
    }

}
