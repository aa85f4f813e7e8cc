package org.civitas.reporting;

import io.micronaut.core.io.Writable;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import org.civitas.identity.Caller;
import org.civitas.platform.tables.Exports;
import org.civitas.reporting.ProgramReport.Row;
import org.jspecify.annotations.Nullable;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * A report's tables as files. Breakdowns, sessions and tests come from the program's report; the
 * lists of participants and of attendance records (for the program's staff only: they name people)
 * are read row by row from the database while the file is written, so no length fills the memory.
 * The donor report is one workbook with a sheet per breakdown, counts of fewer than
 * {@code civitas.reports.donor-minimum-cell} people shown as "< 5", and no person named.
 */
@Singleton
class ReportExports {
    private static final List<String> ROW_HEADER = List.of("Усього заявок", "Зараховано", "Відвідали хоча б одне заняття", "Отримали сертифікат");
    private static final int FETCH = Integer.MIN_VALUE;
    private final Reports reports;
    private final DataSource dataSource;
    private final ReportingSettings settings;

    ReportExports(Reports reports, DataSource dataSource, DataSourceResolver resolver, ReportingSettings settings) {
        this.reports = reports;
        this.dataSource = resolver.resolve(dataSource);
        this.settings = settings;
    }

    Writable table(long programId, String breakdown, ReportFilters filters, boolean xlsx, Caller caller) {
        reports.managed(programId, caller);
        Exports.Sheet sheet = switch (breakdown) {
            case "participant" -> participants(programId, filters);
            case "attendance" -> attendance(programId, filters);
            default -> small(reports.program(programId, filters, caller), breakdown, count -> count);
        };
        return Exports.writable(xlsx, sheet.name(), sheet.header(), sheet.rows());
    }

    Writable donorReport(long programId, ReportFilters filters, Caller caller) {
        ProgramReport report = reports.program(programId, filters, caller);
        Function<Long, Object> hidden = this::hidden;
        List<Exports.Sheet> sheets = new ArrayList<>();
        for (String breakdown : List.of("funnel", "region", "organization", "category", "gender", "session", "quiz", "certificate")) {
            sheets.add(small(report, breakdown, hidden));
        }
        return Exports.writable(sheets);
    }

    /** A count as donors see it: fewer people than the minimum (but some) is "< minimum". */
    Object hidden(long count) {
        int minimum = settings.donorMinimumCell();
        return count > 0 && count < minimum ? "< " + minimum : count;
    }

    private static Exports.Sheet small(ProgramReport report, String breakdown, Function<Long, Object> count) {
        return switch (breakdown) {
            case "funnel" -> {
                ProgramReport.Funnel f = report.funnel();
                yield new Exports.Sheet("Воронка", List.of("Етап", "Осіб"), List.of(
                        List.of("Подали заявку", count.apply(f.applied())), List.of("Зараховано", count.apply(f.admitted())),
                        List.of("Відвідали хоча б одне заняття", count.apply(f.attendedAny())),
                        List.of("Виконали вимоги щодо відвідування", count.apply(f.attendanceComplete())),
                        List.of("Склали підсумковий тест", count.apply(f.finalTestPassed())),
                        List.of("Отримали сертифікат", count.apply(f.certified()))));
            }
            case "certificate" -> {
                ProgramReport.CertificateCounts c = report.certificates();
                yield new Exports.Sheet("Сертифікати", List.of("Статус", "Кількість"), List.of(List.of("Дійсні", count.apply(c.valid())),
                        List.of("Відкликані", count.apply(c.revoked())), List.of("Замінені", count.apply(c.replaced())),
                        List.of("Строк дії минув", count.apply(c.expired()))));
            }
            case "module" -> new Exports.Sheet("Модулі", List.of("Модуль", "Занять", "Присутні", "Запізнилися", "Поважна причина",
                    "Відсутні", "Через запис"), report.modules().stream().map(m -> List.<Object>of(m.title(), m.sessions(),
                    count.apply(m.present()), count.apply(m.late()), count.apply(m.excused()), count.apply(m.absent()),
                    count.apply(m.viaRecording()))).toList());
            case "region" -> rows("Області", "Область", report.breakdowns().region(), count);
            case "organization" -> rows("Організації", "Громада або організація", report.breakdowns().organization(), count);
            case "category" -> rows("Категорії", "Категорія учасників", report.breakdowns().category(), count);
            case "gender" -> rows("Стать", "Стать", report.breakdowns().gender(), count);
            case "session" -> new Exports.Sheet("Заняття", List.of("Модуль", "Заняття", "Початок", "Скасовано", "Присутні", "Запізнилися",
                    "Поважна причина", "Відсутні", "Через запис", "Без запису"), report.sessions().stream().map(s -> List.<Object>of(
                    s.moduleTitle(), s.title(), s.startsAt(), s.cancelled() ? "так" : "ні", count.apply(s.present()), count.apply(s.late()),
                    count.apply(s.excused()), count.apply(s.absent()), count.apply(s.viaRecording()), count.apply(s.unrecorded()))).toList());
            case "quiz" -> new Exports.Sheet("Тести", List.of("Модуль", "Тест", "Прохідний бал, %", "Учасників", "Спроб", "Склали",
                    "Частка тих, хто склав, %", "Середній бал, %"), report.quizzes().stream().map(q -> {
                List<Object> row = new ArrayList<>();
                row.add(q.moduleTitle() == null ? "Підсумковий тест" : q.moduleTitle());
                row.add(q.title());
                row.add(q.passMark());
                row.add(count.apply(q.learners()));
                row.add(q.attempts());
                row.add(count.apply(q.passed()));
                row.add(q.passRate() == null ? "" : q.passRate());
                row.add(q.averageScore() == null ? "" : q.averageScore());
                return row;
            }).toList());
            default -> throw new IllegalArgumentException(breakdown);
        };
    }

    private static Exports.Sheet rows(String sheet, String label, List<Row> rows, Function<Long, Object> count) {
        List<String> header = new ArrayList<>(List.of(label));
        header.addAll(ROW_HEADER);
        return new Exports.Sheet(sheet, header, rows.stream().map(r -> List.<Object>of(r.value() == null ? "Не вказано" : r.value(),
                count.apply(r.applied()), count.apply(r.admitted()), count.apply(r.attended()), count.apply(r.certified()))).toList());
    }

    /** Every admitted participant the filters choose: who they are, what they attended and passed, their certificate. */
    private Exports.Sheet participants(long programId, ReportFilters filters) {
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT u.surname, u.given_name, u.patronymic, u.email, a.region, "
                + "a.organization, a.category, " + ReportFilters.GENDER + ", "
                + "(SELECT COUNT(*) FROM attendance_records r JOIN sessions s ON s.id = r.session_id WHERE s.program_id = a.program_id "
                + "AND r.user_id = a.user_id AND r.status IN ('present', 'late')", new Object[0]);
        filters.during(query, "s.starts_at").add("), (SELECT MAX(t.score) FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id "
                + "WHERE q.program_id = a.program_id AND q.module_id IS NULL AND t.user_id = a.user_id AND t.status = 'submitted'), "
                + "(SELECT c.serial FROM certificates c WHERE c.program_id = a.program_id AND c.current_holder = a.user_id), "
                + "(SELECT c.status FROM certificates c WHERE c.program_id = a.program_id AND c.current_holder = a.user_id) "
                + "FROM applications a JOIN users u ON u.id = a.user_id WHERE a.program_id = ? AND " + Reports.ADMITTED, programId);
        filters.people(query).add(" ORDER BY u.surname, u.given_name, a.id");
        return new Exports.Sheet("Учасники", List.of("Прізвище", "Ім’я", "По батькові", "Email", "Область", "Громада або організація",
                "Категорія", "Стать", "Відвідано занять", "Підсумковий тест, %", "Сертифікат", "Статус сертифіката"),
                streamed(query, row -> List.of(row.getString(1), row.getString(2), text(row.getString(3)), row.getString(4), row.getString(5),
                        row.getString(6), row.getString(7), text(row.getString(8)), row.getLong(9),
                        row.getObject(10) == null ? "" : row.getDouble(10), text(row.getString(11)), text(row.getString(12)))));
    }

    /** Every attendance record of the chosen participants at sessions in the period, one row each. */
    private Exports.Sheet attendance(long programId, ReportFilters filters) {
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT s.starts_at, m.title, s.title, u.surname, u.given_name, u.patronymic, "
                + "u.email, a.region, a.organization, a.category, r.status, r.minutes, r.source FROM attendance_records r "
                + "JOIN sessions s ON s.id = r.session_id JOIN modules m ON m.id = s.module_id JOIN users u ON u.id = r.user_id "
                + "JOIN applications a ON a.program_id = s.program_id AND a.user_id = r.user_id AND " + Reports.ADMITTED
                + " WHERE s.program_id = ?", programId);
        filters.during(filters.people(query), "s.starts_at").add(" ORDER BY s.starts_at, s.id, u.surname, u.given_name, u.id");
        return new Exports.Sheet("Відвідування", List.of("Початок", "Модуль", "Заняття", "Прізвище", "Ім’я", "По батькові", "Email",
                "Область", "Громада або організація", "Категорія", "Статус", "Хвилин", "Джерело"),
                streamed(query, row -> List.of(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), text(row.getString(6)), row.getString(7), row.getString(8), row.getString(9), row.getString(10),
                        row.getString(11), row.getObject(12) == null ? "" : row.getInt(12), row.getString(13))));
    }

    private static Object text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /**
     * Rows read from the database as the file is written: one connection and a streaming result set
     * (the driver hands rows over one at a time), opened when the writing starts and closed when it
     * ends, however it ends ({@link Exports} closes rows that are {@link AutoCloseable}).
     */
    private StreamedRows streamed(ReportFilters.Query query, Reports.Reader<List<Object>> reader) {
        return new StreamedRows(dataSource, query, reader);
    }

    static final class StreamedRows implements Iterable<List<Object>>, AutoCloseable {
        private final DataSource dataSource;
        private final ReportFilters.Query query;
        private final Reports.Reader<List<Object>> reader;
        private @Nullable Connection connection;

        StreamedRows(DataSource dataSource, ReportFilters.Query query, Reports.Reader<List<Object>> reader) {
            this.dataSource = dataSource;
            this.query = query;
            this.reader = reader;
        }

        @Override
        public Iterator<List<Object>> iterator() {
            ResultSet rows;
            try {
                connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
                statement.setFetchSize(FETCH);
                Reports.bind(statement, query.parameters());
                rows = statement.executeQuery();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the report", e);
            }
            return new Iterator<>() {
                private @Nullable Boolean ahead;

                @Override
                public boolean hasNext() {
                    if (ahead == null) {
                        try {
                            ahead = rows.next();
                        } catch (SQLException e) {
                            throw new IllegalStateException("cannot read the report", e);
                        }
                    }
                    return ahead;
                }

                @Override
                public List<Object> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ahead = null;
                    try {
                        return reader.read(rows);
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read the report", e);
                    }
                }
            };
        }

        /** Closing the connection closes its statement and result set. */
        @Override
        public void close() throws SQLException {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }
}
