package org.civitas.attendance;

import org.civitas.platform.errors.ApiException;
import org.civitas.platform.tables.Table;
import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the attendance reports meeting services write, as they write them:
 * <ul>
 *   <li>Zoom's participants report, with or without the meeting block above it, one row per join
 *   (a person who dropped and came back has several), durations in minutes;</li>
 *   <li>Teams' join/leave list of 2020 (Full Name, User Action, Timestamp);</li>
 *   <li>Teams' report with a meeting summary (Full Name, Join Time, Leave Time, Duration, Email);</li>
 *   <li>Teams' current report in three sections (Summary, Participants with their In-Meeting
 *   Duration, In-Meeting Activities): the Participants section is read.</li>
 * </ul>
 * UTF-16 with a BOM and tab-separated as Teams writes them, or UTF-8 / Windows-1251 with commas or
 * semicolons after a trip through Excel, or XLSX. Columns are found by their headings, in English
 * or Ukrainian. Minutes are per person: the duration the report states for a person on one row
 * (Teams' In-Meeting Duration leaves out the gaps between First Join and Last Leave); for a person
 * on several rows (Zoom, a rejoin) the union of their join-leave intervals, so that two devices at
 * once count once; the sum of the stated durations where the rows have no times.
 */
final class MeetingReport {
    static final int MAX_ROWS = 20_000;
    private static final Pattern SECTION = Pattern.compile("^\\d+\\.\\s+\\S.*");
    private static final Pattern HOURS = Pattern.compile("(\\d+)\\s*(h|hr|hrs|hours?|год)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MINUTES = Pattern.compile("(\\d+)\\s*(m|min|mins|minutes?|хв)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SECONDS = Pattern.compile("(\\d+)\\s*(s|sec|secs|seconds?|с|сек)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CLOCK = Pattern.compile("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$");
    private static final List<DateTimeFormatter> TIMES = List.of(
            pattern("M/d/yyyy, h:mm:ss a"), pattern("M/d/yyyy h:mm:ss a"), pattern("M/d/yy, h:mm:ss a"), pattern("M/d/yy h:mm:ss a"),
            pattern("M/d/yyyy, h:mm a"), pattern("M/d/yyyy h:mm a"), pattern("M/d/yyyy, H:mm:ss"), pattern("M/d/yyyy H:mm:ss"),
            pattern("M/d/yyyy H:mm"), pattern("d.M.yyyy, H:mm:ss"), pattern("d.M.yyyy H:mm:ss"), pattern("d.M.yyyy H:mm"),
            pattern("d.M.yy, H:mm:ss"), pattern("yyyy-M-d H:mm:ss"), pattern("yyyy-M-d'T'H:mm:ss"), pattern("yyyy-M-d H:mm"));

    private MeetingReport() {
    }

    /** One person as the report has them: the minutes they were in, and the first line they appear on. */
    record Attendee(String name, @Nullable String email, int minutes, int line) {
    }

    record Read(String format, List<Attendee> attendees) {
    }

    private enum Column {
        NAME("name (original name)", "name", "full name", "participant", "participant name", "display name", "user name",
                "ім'я (справжнє ім'я)", "ім'я", "повне ім'я", "учасник"),
        EMAIL("user email", "email", "e-mail", "email address", "participant id (upn)", "upn", "електронна пошта",
                "адреса електронної пошти"),
        DURATION("in-meeting duration", "duration (minutes)", "duration (mins)", "duration", "attendance duration",
                "total duration", "тривалість (хвилини)", "тривалість"),
        JOIN("join time", "first join", "first join time", "joined", "час приєднання", "перше приєднання"),
        LEAVE("leave time", "last leave", "last leave time", "left", "час виходу", "останній вихід"),
        ACTION("user action", "action", "дія користувача", "дія"),
        TIMESTAMP("timestamp", "time stamp", "позначка часу");

        final List<String> headings;

        Column(String... headings) {
            this.headings = List.of(headings);
        }
    }

    static Read read(String fileName, byte[] content) {
        List<Table.Row> rows = Table.rows(fileName, content, MAX_ROWS);
        Header header = bestHeader(rows);
        if (header == null) {
            throw ApiException.invalidField("file", "meeting_report_not_recognized");
        }
        boolean zoom = header.columns.containsKey(Column.EMAIL) && header.cells.stream().anyMatch(c -> c.startsWith("name (original"))
                || header.cells.contains("duration (minutes)") || header.cells.contains("user email");
        Map<String, Person> people = new LinkedHashMap<>();
        for (int i = header.index + 1; i < rows.size(); i++) {
            Table.Row row = rows.get(i);
            String first = row.cell(0);
            if (isHeading(row) || SECTION.matcher(first).matches()) {
                break; // the next section of a Teams report
            }
            String name = clean(cell(row, header, Column.NAME));
            String email = cell(row, header, Column.EMAIL).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() && email.isEmpty()) {
                continue;
            }
            String key = email.contains("@") ? email : "name:" + key(name);
            Person person = people.computeIfAbsent(key, k -> new Person(name, email.contains("@") ? email : null, row.line()));
            if (header.columns.containsKey(Column.ACTION)) {
                person.action(cell(row, header, Column.ACTION), time(cell(row, header, Column.TIMESTAMP)));
            } else {
                person.add(time(cell(row, header, Column.JOIN)), time(cell(row, header, Column.LEAVE)),
                        duration(cell(row, header, Column.DURATION)));
            }
        }
        List<Attendee> attendees = people.values().stream().map(p -> new Attendee(p.name, p.email, p.minutes(), p.line)).toList();
        if (attendees.isEmpty()) {
            throw ApiException.invalidField("file", "meeting_report_empty");
        }
        return new Read(zoom ? "zoom" : "teams", attendees);
    }

    private record Header(int index, List<String> cells, Map<Column, Integer> columns) {
    }

    /** The participants' heading row: it names a person and how long (or when) they were in; the one naming most wins. */
    private static @Nullable Header bestHeader(List<Table.Row> rows) {
        Header best = null;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i).cells().stream().map(MeetingReport::heading).toList();
            Map<Column, Integer> columns = new LinkedHashMap<>();
            for (Column column : Column.values()) {
                for (String heading : column.headings) {
                    int at = cells.indexOf(heading);
                    if (at >= 0) {
                        columns.putIfAbsent(column, at);
                        break;
                    }
                }
            }
            boolean usable = columns.containsKey(Column.NAME) && (columns.containsKey(Column.DURATION)
                    || columns.containsKey(Column.JOIN) && columns.containsKey(Column.LEAVE)
                    || columns.containsKey(Column.ACTION) && columns.containsKey(Column.TIMESTAMP));
            // Teams' current report: Participants (one row a person) comes before In-Meeting Activities (one a join)
            if (usable && (best == null || columns.size() > best.columns.size())) {
                best = new Header(i, cells, columns);
            }
        }
        return best;
    }

    private static boolean isHeading(Table.Row row) {
        List<String> cells = row.cells().stream().map(MeetingReport::heading).toList();
        return Column.NAME.headings.stream().anyMatch(cells::contains)
                && (Column.DURATION.headings.stream().anyMatch(cells::contains) || Column.JOIN.headings.stream().anyMatch(cells::contains));
    }

    private static String heading(String cell) {
        return cell.replace("\uFEFF", "").replace('’', '\'').replace('`', '\'').strip().toLowerCase(Locale.ROOT);
    }

    private static String cell(Table.Row row, Header header, Column column) {
        Integer at = header.columns.get(column);
        return at == null ? "" : row.cell(at);
    }

    /** Zoom writes "Name (Original Name)": the name the person gave, then their account's, in brackets. */
    private static String clean(String name) {
        return name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s+", " ").strip();
    }

    /** A name compared whatever its case, accents, apostrophes and punctuation ("Мельник, Андрій"). */
    static String key(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("[\\u0300-\\u0305\\u0307\\u0309-\\u036f]", "") // keep the breve of й and the diaeresis of ї
                .replaceAll("['’`ʼ]", "");
        return Normalizer.normalize(folded, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}-]+", " ").strip();
    }

    /** Minutes from "44", "43m 48s", "1h 2m 3s", "1 год 2 хв", "00:43:48". */
    static @Nullable Integer duration(String text) {
        String value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d+([.,]\\d+)?")) {
            return (int) Math.round(Double.parseDouble(value.replace(',', '.')));
        }
        Matcher clock = CLOCK.matcher(value);
        if (clock.matches()) {
            int seconds = Integer.parseInt(clock.group(1)) * 3600 + Integer.parseInt(clock.group(2)) * 60
                    + (clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3)));
            return (int) Math.round(seconds / 60.0);
        }
        int seconds = 0;
        boolean found = false;
        for (Object[] unit : new Object[][]{{HOURS, 3600}, {MINUTES, 60}, {SECONDS, 1}}) {
            Matcher matcher = ((Pattern) unit[0]).matcher(value);
            while (matcher.find()) {
                seconds += Integer.parseInt(matcher.group(1)) * (Integer) unit[1];
                found = true;
            }
        }
        return found ? (int) Math.round(seconds / 60.0) : null;
    }

    static @Nullable LocalDateTime time(String text) {
        String value = text.strip().replace('\u202F', ' ').replace('\u00A0', ' ');
        if (value.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : TIMES) {
            try {
                return LocalDateTime.parse(value, format);
            } catch (DateTimeParseException ignored) {
                // the next layout
            }
        }
        return null;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** One person's rows: intervals where the report gives times, else stated durations. */
    private static final class Person {
        final String name;
        final @Nullable String email;
        final int line;
        final List<LocalDateTime[]> intervals = new ArrayList<>();
        int stated;
        int rows;
        boolean durations;
        boolean allTimed = true;
        @Nullable LocalDateTime joined;

        Person(String name, @Nullable String email, int line) {
            this.name = name;
            this.email = email;
            this.line = line;
        }

        void add(@Nullable LocalDateTime join, @Nullable LocalDateTime leave, @Nullable Integer minutes) {
            if (join != null && leave != null && !leave.isBefore(join)) {
                intervals.add(new LocalDateTime[]{join, leave});
            } else {
                allTimed = false;
            }
            rows++;
            if (minutes != null) {
                stated += minutes;
                durations = true;
            }
        }

        /** Teams' 2020 list: a Joined opens an interval, the next Left closes it. */
        void action(String action, @Nullable LocalDateTime at) {
            String what = action.strip().toLowerCase(Locale.ROOT);
            if (at == null) {
                return;
            }
            if (what.startsWith("join") || what.startsWith("приєдна")) {
                joined = at;
            } else if ((what.startsWith("left") || what.startsWith("leave") || what.startsWith("вий")) && joined != null) {
                intervals.add(new LocalDateTime[]{joined, at});
                joined = null;
            }
        }

        int minutes() {
            if (durations && (rows == 1 || intervals.isEmpty() || !allTimed)) {
                return stated;
            }
            if (intervals.isEmpty()) {
                return 0;
            }
            List<LocalDateTime[]> sorted = new ArrayList<>(intervals);
            sorted.sort((a, b) -> a[0].compareTo(b[0]));
            long seconds = 0;
            LocalDateTime start = sorted.getFirst()[0];
            LocalDateTime end = sorted.getFirst()[1];
            for (LocalDateTime[] interval : sorted.subList(1, sorted.size())) {
                if (interval[0].isAfter(end)) {
                    seconds += java.time.Duration.between(start, end).toSeconds();
                    start = interval[0];
                    end = interval[1];
                } else if (interval[1].isAfter(end)) {
                    end = interval[1];
                }
            }
            seconds += java.time.Duration.between(start, end).toSeconds();
            return (int) Math.round(seconds / 60.0);
        }
    }
}
