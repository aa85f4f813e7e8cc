package org.civitas.schedule;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ICalendarTest {
    private static SessionRow session(String title) {
        Instant start = Instant.parse("2027-03-01T08:00:00Z");
        return new SessionRow(1L, 2, 3, "uid-1@civitas", title, "Рядок перший\nрядок другий", List.of(), start,
                start.plusSeconds(5400), "Europe/Kyiv", "online", "https://meet.example.org/x", null, null, null, null, true,
                SessionRow.SCHEDULED, null, 4, start, start, 0L);
    }

    private static final ICalendar.Context CONTEXT = new ICalendar.Context("https://learn.example.org/sessions/1", "Онлайн",
            "Центр \"Громада\"", "noreply@example.org", "learner@example.org");

    @Test
    void linesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String calendar = ICalendar.message(session("Дуже довга назва вебінару про залучення громадськості до бюджетного процесу громади"),
                CONTEXT, ICalendar.REQUEST, Instant.parse("2027-02-01T00:00:00Z"));
        for (String line : calendar.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        String unfolded = calendar.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Дуже довга назва вебінару про залучення громадськості до бюджетного процесу громади\r\n"));
        assertTrue(calendar.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void textIsEscapedAndTheEventCarriesItsIdentity() {
        String calendar = ICalendar.message(session("Бюджет, участь; звіт\\підсумок"), CONTEXT, ICalendar.REQUEST,
                Instant.parse("2027-02-01T00:00:00Z")).replace("\r\n ", "");
        assertTrue(calendar.contains("SUMMARY:Бюджет\\, участь\\; звіт\\\\підсумок\r\n"));
        assertTrue(calendar.contains("DESCRIPTION:Рядок перший\\nрядок другий\\n\\nhttps://learn.example.org/sessions/1\r\n"));
        assertTrue(calendar.contains("METHOD:REQUEST\r\n"));
        assertTrue(calendar.contains("UID:uid-1@civitas\r\n"));
        assertTrue(calendar.contains("SEQUENCE:4\r\n"));
        assertTrue(calendar.contains("DTSTART:20270301T080000Z\r\n"));
        assertTrue(calendar.contains("DTEND:20270301T093000Z\r\n"));
        assertTrue(calendar.contains("ORGANIZER;CN=\"Центр 'Громада'\":mailto:noreply@example.org\r\n"));
        assertTrue(calendar.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:learner@example.org\r\n"));
    }

    @Test
    void aFeedHasNoMethodAndEveryEvent() {
        String feed = ICalendar.feed("Civitas — Бойко Ірина", List.of(new ICalendar.Event(session("Один"), CONTEXT),
                new ICalendar.Event(session("Два"), CONTEXT)), Instant.parse("2027-02-01T00:00:00Z"));
        assertTrue(!feed.contains("METHOD:"));
        assertEquals(2, feed.split("BEGIN:VEVENT").length - 1);
    }
}
