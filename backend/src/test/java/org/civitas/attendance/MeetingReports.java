package org.civitas.attendance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Attendance reports as Zoom and Teams write them (their column layouts, date formats and
 * encodings), for a session from 10:00 to 11:30 with Олена Коваленко (olena@example.org, in 87
 * minutes), Андрій Мельник (no email in the report, 30-36 minutes) and, in some, a guest nobody knows.
 */
final class MeetingReports {
    private MeetingReports() {
    }

    static final String ZOOM_WITH_MEETING = """
            Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
            812 3456 7890,Вебінар 1,11/29/2026 10:00:00 AM,11/29/2026 11:30:00 AM,host@example.org,90,4

            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,Recording Consent
            Олена Коваленко,olena@example.org,11/29/2026 10:01:00 AM,11/29/2026 10:40:00 AM,39,No,
            Олена Коваленко,olena@example.org,11/29/2026 10:42:00 AM,11/29/2026 11:30:00 AM,48,No,
            Olena phone (Олена Коваленко),olena@example.org,11/29/2026 10:50:00 AM,11/29/2026 11:00:00 AM,10,No,
            "Мельник, Андрій",,11/29/2026 10:05:00 AM,11/29/2026 10:35:00 AM,30,Yes,
            Невідомий Гість,,11/29/2026 10:00:00 AM,11/29/2026 11:30:00 AM,90,Yes,
            """;

    static final String ZOOM_PARTICIPANTS_ONLY = """
            Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest
            Олена Коваленко (Olena K.),olena@example.org,11/29/2026 10:01:00 AM,11/29/2026 11:28:00 AM,87,No
            андрій мельник,,11/29/2026 10:05:00 AM,11/29/2026 10:35:00 AM,30,Yes
            """;

    static final String TEAMS_2020_JOIN_LEAVE = """
            Full Name\tUser Action\tTimestamp
            Олена Коваленко\tJoined\t11/29/2026, 10:01:00 AM
            Андрій Мельник\tJoined before\t11/29/2026, 10:05:00 AM
            Олена Коваленко\tLeft\t11/29/2026, 10:40:00 AM
            Андрій Мельник\tLeft\t11/29/2026, 10:35:00 AM
            Олена Коваленко\tJoined\t11/29/2026, 10:42:00 AM
            Олена Коваленко\tLeft\t11/29/2026, 11:30:00 AM
            """;

    static final String TEAMS_2021_WITH_SUMMARY = """
            Meeting Summary
            Total Number of Participants\t2
            Meeting Title\tВебінар 1
            Meeting Start Time\t11/29/2026, 10:00:00 AM
            Meeting End Time\t11/29/2026, 11:30:00 AM

            Full Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole\tParticipant ID (UPN)
            Олена Коваленко\t11/29/2026, 10:01:00 AM\t11/29/2026, 11:30:00 AM\t1h 27m 10s\tolena@example.org\tAttendee\tolena@example.org
            Андрій Мельник\t11/29/2026, 10:05:00 AM\t11/29/2026, 10:35:00 AM\t30m\t\tAttendee\t
            """;

    static final String TEAMS_CURRENT = """
            1. Summary
            Meeting title\tВебінар 1
            Attended participants\t2
            Start time\t11/29/26, 10:00:00 AM
            End time\t11/29/26, 11:30:00 AM
            Meeting duration\t1h 30m 0s
            Average attendance time\t1h 1m 35s

            2. Participants
            Name\tFirst Join\tLast Leave\tIn-Meeting Duration\tEmail\tParticipant ID (UPN)\tRole
            Олена Коваленко\t11/29/26, 10:01:00 AM\t11/29/26, 11:30:00 AM\t1h 27m 10s\tolena@example.org\tolena@example.org\tOrganizer
            Андрій Мельник\t11/29/26, 10:05:00 AM\t11/29/26, 10:55:00 AM\t35m 50s\t\t\tAttendee

            3. In-Meeting Activities
            Name\tJoin Time\tLeave Time\tDuration\tEmail\tRole
            Олена Коваленко\t11/29/26, 10:01:00 AM\t11/29/26, 10:40:00 AM\t39m\tolena@example.org\tOrganizer
            Олена Коваленко\t11/29/26, 10:42:00 AM\t11/29/26, 11:30:00 AM\t48m 10s\tolena@example.org\tOrganizer
            Андрій Мельник\t11/29/26, 10:05:00 AM\t11/29/26, 10:20:00 AM\t15m\t\tAttendee
            Андрій Мельник\t11/29/26, 10:34:10 AM\t11/29/26, 10:55:00 AM\t20m 50s\t\tAttendee
            """;

    /** The current Teams report after Excel saved it as CSV in Ukraine: UTF-8 with a BOM, semicolons, a day-month-year date. */
    static final String TEAMS_CURRENT_AFTER_EXCEL = """
            1. Summary;;;;;;
            Meeting title;Вебінар 1;;;;;
            Start time;29.11.2026 10:00;;;;;

            2. Participants;;;;;;
            Name;First Join;Last Leave;In-Meeting Duration;Email;Participant ID (UPN);Role
            Олена Коваленко;29.11.2026 10:01;29.11.2026 11:30;1h 27m 10s;olena@example.org;olena@example.org;Organizer
            Андрій Мельник;29.11.2026 10:05;29.11.2026 10:55;35m 50s;;;Attendee

            3. In-Meeting Activities;;;;;;
            Name;Join Time;Leave Time;Duration;Email;Role;
            Олена Коваленко;29.11.2026 10:01;29.11.2026 10:40;39m;olena@example.org;Organizer;
            """;

    /** As Teams writes its files: UTF-16, little-endian, with a byte order mark. */
    static byte[] utf16(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    static byte[] utf8WithBom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
