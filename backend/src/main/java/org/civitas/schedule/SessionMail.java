package org.civitas.schedule;

import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramFacts;
import org.civitas.identity.UserView;
import org.civitas.platform.errors.Messages;
import org.civitas.platform.mail.Mail;
import org.civitas.platform.mail.Outbox;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What registrants are told, through the outbox in the caller's transaction: the invitation, an
 * update of time or place and a cancellation, each with the iCalendar event (same UID, growing
 * SEQUENCE) so their calendar follows; a place freed on the waiting list; being waitlisted;
 * reminders. These belong to a registration the person made, so they are not optional.
 */
@Singleton
class SessionMail {
    private final Outbox outbox;
    private final Catalog catalog;
    private final Messages messages;
    private final Clock clock;

    SessionMail(Outbox outbox, Catalog catalog, Messages messages, Clock clock) {
        this.outbox = outbox;
        this.catalog = catalog;
        this.messages = messages;
        this.clock = clock;
    }

    void invited(SessionRow session, UserView person) {
        send("schedule.invitation", "schedule/invitation", session, person, ICalendar.REQUEST);
    }

    void placeFreed(SessionRow session, UserView person) {
        send("schedule.place_freed", "schedule/place-freed", session, person, ICalendar.REQUEST);
    }

    void waitlisted(SessionRow session, UserView person) {
        send("schedule.waitlisted", "schedule/waitlisted", session, person, null);
    }

    void updated(SessionRow session, List<UserView> people) {
        people.forEach(person -> send("schedule.update", "schedule/updated", session, person, ICalendar.REQUEST));
    }

    void cancelled(SessionRow session, List<UserView> people) {
        people.forEach(person -> send("schedule.cancellation", "schedule/cancelled", session, person, ICalendar.CANCEL));
    }

    /** The person gave up their place: their calendar drops the event. */
    void registrationCancelled(SessionRow session, UserView person) {
        send("schedule.registration_cancelled", "schedule/registration-cancelled", session, person, ICalendar.CANCEL);
    }

    void reminder(SessionRow session, UserView person, boolean soon) {
        send("schedule.reminder", soon ? "schedule/reminder-soon" : "schedule/reminder", session, person, null);
    }

    /** The event as calendars see it, for this person (or, with none, for a feed). */
    ICalendar.Context context(SessionRow session, String language, @Nullable String attendee) {
        return new ICalendar.Context(outbox.link("/sessions/" + session.requireId()), location(session, language),
                outbox.providerName(), outbox.senderAddress(), attendee);
    }

    String location(SessionRow session, String language) {
        Locale locale = Locale.forLanguageTag(language);
        List<String> parts = new ArrayList<>();
        if (!session.format().equals("in_person")) {
            parts.add(messages.get(locale, "schedule.online"));
        }
        for (String part : new String[]{session.venue(), session.address(), session.room()}) {
            if (part != null && !part.isBlank() && !session.format().equals("online")) {
                parts.add(part);
            }
        }
        return String.join(", ", parts);
    }

    private void send(String kind, String template, SessionRow session, UserView person, @Nullable String method) {
        String program = catalog.facts(session.programId()).map(ProgramFacts::title).orElse("");
        Locale locale = Locale.forLanguageTag(person.language());
        ZoneId zone = ZoneId.of(session.timeZone());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).withZone(zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
        String when = day.format(session.startsAt()) + "–" + time.format(session.endsAt()) + " (" + session.timeZone() + ")";
        Mail.Calendar calendar = method == null ? null : new Mail.Calendar(method,
                ICalendar.message(session, context(session, person.language(), person.email()), method, clock.instant()));
        outbox.queue(new Mail(kind, person.email(), person.id(), person.language(), template,
                Map.of("name", person.givenName(), "title", session.title(), "program", program, "when", when,
                        "where", location(session, person.language()), "link", outbox.link("/sessions/" + session.requireId()),
                        "reason", session.cancellationReason() == null ? "" : session.cancellationReason()),
                null, calendar));
    }
}
