package org.civitas.enrollment;

import org.civitas.platform.errors.ApiException;
import org.civitas.platform.tables.Table;
import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a participant list is read: which column holds what (headings in Ukrainian or English, as
 * people write them), and what each row must hold. A full-name column ("ПІБ") may stand in for
 * the surname, given name and patronymic columns.
 */
final class ParticipantList {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{7,20}");

    enum Column {
        EMAIL("email", 254, "email", "e-mail", "електронна пошта", "ел. пошта", "ел пошта", "е-пошта", "пошта"),
        SURNAME("surname", 100, "surname", "last name", "family name", "прізвище"),
        GIVEN_NAME("givenName", 100, "given name", "first name", "ім'я", "імя"),
        PATRONYMIC("patronymic", 100, "patronymic", "middle name", "по батькові"),
        FULL_NAME("fullName", 300, "full name", "піб", "п.і.б.", "прізвище, ім'я, по батькові", "прізвище ім'я по батькові"),
        PHONE("phone", 20, "phone", "telephone", "телефон", "номер телефону"),
        REGION("region", 100, "region", "oblast", "регіон", "область"),
        ORGANIZATION("organization", 300, "organization", "organisation", "організація", "установа", "орган"),
        POSITION("position", 200, "position", "job title", "посада"),
        CATEGORY("category", 100, "category", "категорія", "категорія посади");

        final String field;
        final int maxLength;
        final List<String> headings;

        Column(String field, int maxLength, String... headings) {
            this.field = field;
            this.maxLength = maxLength;
            this.headings = List.of(headings);
        }
    }

    private static final Map<String, Column> BY_HEADING = new HashMap<>();

    static {
        for (Column column : Column.values()) {
            column.headings.forEach(h -> BY_HEADING.put(h, column));
        }
    }

    private ParticipantList() {
    }

    /** A heading as compared: lower case, one kind of apostrophe, single spaces, no "*" or ":" marks. */
    static String normalizeHeading(String heading) {
        return Normalizer.normalize(heading, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("[’ʼ`´]", "'").replaceAll("[*:]", " ").replaceAll("\\s+", " ").strip();
    }

    /** What each heading was read as: the column, or null for a column the import ignores. */
    static List<@Nullable Column> columns(List<String> header) {
        List<@Nullable Column> columns = new ArrayList<>();
        EnumMap<Column, Integer> seen = new EnumMap<>(Column.class);
        for (String heading : header) {
            Column column = BY_HEADING.get(normalizeHeading(heading));
            if (column != null && seen.containsKey(column)) {
                column = null; // a second column of the same kind is ignored, the first one counts
            }
            if (column != null) {
                seen.put(column, columns.size());
            }
            columns.add(column);
        }
        boolean names = seen.containsKey(Column.FULL_NAME) || seen.containsKey(Column.SURNAME) && seen.containsKey(Column.GIVEN_NAME);
        if (!seen.containsKey(Column.EMAIL) || !names) {
            throw ApiException.invalidField("file", "participant_columns_missing");
        }
        return columns;
    }

    /** Every row read and checked; duplicates of an email point at the line where it first appears. */
    static List<ImportedParticipant> read(Table table) {
        List<@Nullable Column> columns = columns(table.header());
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        List<ImportedParticipant> participants = new ArrayList<>(table.rows().size());
        for (Table.Row row : table.rows()) {
            EnumMap<Column, String> values = new EnumMap<>(Column.class);
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                if (column != null) {
                    values.put(column, row.cell(i).replaceAll("\\s+", " ").strip());
                }
            }
            participants.add(check(row.line(), values, firstLineOfEmail));
        }
        return participants;
    }

    private static ImportedParticipant check(int line, Map<Column, String> values, Map<String, Integer> firstLineOfEmail) {
        List<ImportedParticipant.RowProblem> problems = new ArrayList<>();
        String fullName = values.getOrDefault(Column.FULL_NAME, "");
        String surname = values.getOrDefault(Column.SURNAME, "");
        String givenName = values.getOrDefault(Column.GIVEN_NAME, "");
        String patronymic = values.getOrDefault(Column.PATRONYMIC, "");
        if (surname.isEmpty() && givenName.isEmpty() && !fullName.isEmpty()) {
            String[] parts = fullName.split(" ", 3);
            if (parts.length < 2) {
                problems.add(problem(Column.FULL_NAME, "full_name_incomplete"));
            } else {
                surname = parts[0];
                givenName = parts[1];
                patronymic = parts.length == 3 ? parts[2] : patronymic;
            }
        } else {
            required(Column.SURNAME, surname, problems);
            required(Column.GIVEN_NAME, givenName, problems);
        }
        String email = values.getOrDefault(Column.EMAIL, "").toLowerCase(Locale.ROOT);
        if (required(Column.EMAIL, email, problems)) {
            if (!EMAIL.matcher(email).matches()) {
                problems.add(problem(Column.EMAIL, "invalid_email"));
            } else {
                Integer first = firstLineOfEmail.putIfAbsent(email, line);
                if (first != null) {
                    problems.add(new ImportedParticipant.RowProblem(Column.EMAIL.field, "duplicate_in_file", List.of(first)));
                }
            }
        }
        String phone = values.getOrDefault(Column.PHONE, "");
        if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
            problems.add(problem(Column.PHONE, "invalid_phone"));
        }
        Map<Column, String> checked = new EnumMap<>(values);
        checked.put(Column.SURNAME, surname);
        checked.put(Column.GIVEN_NAME, givenName);
        checked.put(Column.PATRONYMIC, patronymic);
        for (Map.Entry<Column, String> value : checked.entrySet()) {
            Column column = value.getKey();
            if (value.getValue().length() > column.maxLength && problems.stream().noneMatch(p -> p.field().equals(column.field))) {
                problems.add(new ImportedParticipant.RowProblem(column.field, "too_long", List.of(column.maxLength)));
            }
        }
        return new ImportedParticipant(line, email, surname, givenName, emptyToNull(patronymic),
                emptyToNull(values.get(Column.PHONE)), emptyToNull(values.get(Column.REGION)),
                emptyToNull(values.get(Column.ORGANIZATION)), emptyToNull(values.get(Column.POSITION)),
                emptyToNull(values.get(Column.CATEGORY)), List.copyOf(problems), null, null, null);
    }

    private static boolean required(Column column, String value, List<ImportedParticipant.RowProblem> problems) {
        if (value.isEmpty()) {
            problems.add(problem(column, "required"));
            return false;
        }
        return true;
    }

    private static ImportedParticipant.RowProblem problem(Column column, String code) {
        return new ImportedParticipant.RowProblem(column.field, code, List.of());
    }

    private static @Nullable String emptyToNull(@Nullable String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
