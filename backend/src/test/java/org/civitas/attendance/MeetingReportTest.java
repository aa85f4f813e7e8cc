package org.civitas.attendance;

import org.civitas.enrollment.Participant;
import org.civitas.platform.errors.ApiException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MeetingReportTest {
    private static Map<String, Integer> minutes(MeetingReport.Read read) {
        return read.attendees().stream().collect(Collectors.toMap(MeetingReport.Attendee::name, MeetingReport.Attendee::minutes,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Test
    void zoomWithTheMeetingBlockCountsRejoinsAndASecondDeviceOnce() {
        MeetingReport.Read read = MeetingReport.read("participants_81234567890.csv",
                MeetingReports.ZOOM_WITH_MEETING.getBytes(StandardCharsets.UTF_8));
        assertEquals("zoom", read.format());
        assertEquals(Map.of("Олена Коваленко", 87, "Мельник, Андрій", 30, "Невідомий Гість", 90), minutes(read));
        assertEquals("olena@example.org", read.attendees().getFirst().email());
        assertEquals(5, read.attendees().getFirst().line(), "the line of the person's first row");
        assertNull(read.attendees().get(1).email());
    }

    @Test
    void zoomWithoutTheMeetingBlock() {
        MeetingReport.Read read = MeetingReport.read("participants.csv", MeetingReports.ZOOM_PARTICIPANTS_ONLY.getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("Олена Коваленко", 87, "андрій мельник", 30), minutes(read), "Zoom's (Original Name) is left out");
    }

    @Test
    void teamsJoinLeaveListOf2020InUtf16() {
        MeetingReport.Read read = MeetingReport.read("meetingAttendanceList.csv", MeetingReports.utf16(MeetingReports.TEAMS_2020_JOIN_LEAVE));
        assertEquals("teams", read.format());
        assertEquals(Map.of("Олена Коваленко", 87, "Андрій Мельник", 30), minutes(read));
    }

    @Test
    void teamsReportWithAMeetingSummary() {
        MeetingReport.Read read = MeetingReport.read("AttendanceReport.csv", MeetingReports.utf16(MeetingReports.TEAMS_2021_WITH_SUMMARY));
        assertEquals(Map.of("Олена Коваленко", 87, "Андрій Мельник", 30), minutes(read));
    }

    @Test
    void teamsCurrentReportReadsItsParticipantsSection() {
        MeetingReport.Read read = MeetingReport.read("Вебінар 1 - Attendance report 11-29-26.csv", MeetingReports.utf16(MeetingReports.TEAMS_CURRENT));
        assertEquals(Map.of("Олена Коваленко", 87, "Андрій Мельник", 36), minutes(read), "In-Meeting Duration, not First Join to Last Leave");
    }

    @Test
    void teamsCurrentReportAfterATripThroughExcel() {
        MeetingReport.Read read = MeetingReport.read("attendance.csv", MeetingReports.utf8WithBom(MeetingReports.TEAMS_CURRENT_AFTER_EXCEL));
        assertEquals(Map.of("Олена Коваленко", 87, "Андрій Мельник", 36), minutes(read));
    }

    @Test
    void durationsInEveryFormTheServicesWrite() {
        assertEquals(44, MeetingReport.duration("44"));
        assertEquals(44, MeetingReport.duration("43m 48s"));
        assertEquals(62, MeetingReport.duration("1h 2m 3s"));
        assertEquals(1, MeetingReport.duration("45s"));
        assertEquals(62, MeetingReport.duration("1 год 2 хв"));
        assertEquals(44, MeetingReport.duration("00:43:48"));
        assertNull(MeetingReport.duration("зовсім не тривалість"));
    }

    @Test
    void aFileThatIsNoReportIsRefusedByName() {
        ApiException e = assertThrows(ApiException.class, () -> MeetingReport.read("list.csv",
                "Email,Прізвище\nx@example.org,Коваль\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("meeting_report_not_recognized", e.fieldErrors().getFirst().code());
        assertEquals("meeting_report_empty", assertThrows(ApiException.class, () -> MeetingReport.read("empty.csv",
                "Name,Duration (Minutes)\n".getBytes(StandardCharsets.UTF_8))).fieldErrors().getFirst().code());
    }

    @Test
    void peopleAreMatchedByEmailThenByNameAndNamesakesAreAmbiguous() {
        Instant at = Instant.parse("2026-11-29T08:00:00Z");
        List<Participant> participants = List.of(
                new Participant(1, 11, "Коваленко", "Олена", "Миколаївна", "olena@example.org", "", "", "", "", "", null, at),
                new Participant(2, 12, "Мельник", "Андрій", null, "andrii@example.org", "", "", "", "", "", null, at),
                new Participant(3, 13, "Шевчук", "Ірина", null, "iryna1@example.org", "", "", "", "", "", null, at),
                new Participant(4, 14, "Шевчук", "Ірина", "Петрівна", "iryna2@example.org", "", "", "", "", "", null, at));
        List<MeetingReport.Attendee> attendees = List.of(
                new MeetingReport.Attendee("Olena phone", "olena@example.org", 87, 5),
                new MeetingReport.Attendee("Мельник, Андрій", null, 30, 6),
                new MeetingReport.Attendee("ІРИНА ШЕВЧУК", null, 80, 7),
                new MeetingReport.Attendee("Невідомий Гість", null, 90, 8),
                new MeetingReport.Attendee("Андрій Мельник", "someone-else@example.org", 120, 9));
        List<ImportEntry> entries = AttendanceImports.match(attendees, participants, 90, 72);
        assertEquals(List.of("present", "below_threshold", "ambiguous", "unmatched", "present"),
                entries.stream().map(ImportEntry::outcome).toList());
        assertEquals(1L, entries.getFirst().matchedUserId());
        assertEquals(2L, entries.get(1).matchedUserId(), "the name in either order, a comma between");
        assertEquals(2, entries.get(2).candidates());
        assertEquals(90, entries.get(4).minutes(), "never more than the session lasted");
    }
}
