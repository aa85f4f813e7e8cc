package org.civitas.schedule;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes iCalendar (RFC 5545): an event per session with its stable UID and its SEQUENCE, so a
 * calendar that received the invitation updates or cancels the same event in place. Text is
 * escaped, lines are folded at 75 octets without splitting a character, lines end in CRLF.
 */
final class ICalendar {
    static final String REQUEST = "REQUEST";
    static final String CANCEL = "CANCEL";
    static final String PUBLISH = "PUBLISH";
    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private ICalendar() {
    }

    /** What an event says besides the session itself: where to read more, who organizes, who is invited. */
    record Context(String pageUrl, String location, String organizerName, String organizerEmail, @Nullable String attendeeEmail) {
    }

    /** One event with a METHOD, for an email: REQUEST (invitation, update) or CANCEL. */
    static String message(SessionRow session, Context context, String method, Instant now) {
        StringBuilder out = new StringBuilder();
        begin(out, method);
        event(out, session, context, now);
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A person's feed: every event with no METHOD, as calendars subscribe to it. */
    static String feed(String name, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        begin(out, null);
        line(out, "X-WR-CALNAME:" + text(name));
        for (Event event : events) {
            event(out, event.session(), event.context(), now);
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    record Event(SessionRow session, Context context) {
    }

    private static void begin(StringBuilder out, @Nullable String method) {
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Civitas//Schedule//UK");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        if (method != null) {
            line(out, "METHOD:" + method);
        }
    }

    private static void event(StringBuilder out, SessionRow session, Context context, Instant now) {
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + session.uid());
        line(out, "SEQUENCE:" + session.sequence());
        line(out, "DTSTAMP:" + UTC.format(now));
        line(out, "DTSTART:" + UTC.format(session.startsAt()));
        line(out, "DTEND:" + UTC.format(session.endsAt()));
        line(out, "SUMMARY:" + text(session.title()));
        String description = session.description().isBlank() ? context.pageUrl() : session.description() + "\n\n" + context.pageUrl();
        line(out, "DESCRIPTION:" + text(description));
        line(out, "LOCATION:" + text(context.location()));
        line(out, "URL:" + context.pageUrl());
        line(out, "STATUS:" + (session.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line(out, "ORGANIZER;CN=" + parameter(context.organizerName()) + ":mailto:" + context.organizerEmail());
        if (context.attendeeEmail() != null) {
            line(out, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:" + context.attendeeEmail());
        }
        line(out, "END:VEVENT");
    }

    /** TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** A parameter value is quoted, and may not hold a quote. */
    private static String parameter(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
    }

    /** Appends the content line folded at 75 octets (RFC 5545, 3.1), never inside a UTF-8 character. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
