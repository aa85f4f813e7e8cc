package org.civitas.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.catalog.ProgramFacts;
import org.civitas.certification.Certification;
import org.civitas.identity.Caller;
import org.civitas.platform.errors.ApiException;
import org.civitas.reporting.ProgramReport.Breakdowns;
import org.civitas.reporting.ProgramReport.CertificateCounts;
import org.civitas.reporting.ProgramReport.Funnel;
import org.civitas.reporting.ProgramReport.ModuleLine;
import org.civitas.reporting.ProgramReport.Options;
import org.civitas.reporting.ProgramReport.QuizLine;
import org.civitas.reporting.ProgramReport.Row;
import org.civitas.reporting.ProgramReport.SessionLine;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts a program's report, and the figures across programs, in SQL: one query a part, grouped in
 * the database, in one read-only transaction so every part counts the same moment. Only admitted
 * people are counted past "applied"; the period selects events (applications submitted, sessions
 * held, attempts submitted, certificates issued) and the filters select people by their
 * application.
 */
@Singleton
class Reports {
    static final String ADMITTED = "a.status = 'ADMITTED'";
    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final ProgramAccess access;
    private final Certification certification;
    private final Clock clock;

    Reports(JdbcOperations jdbc, TransactionOperations<Connection> transactions, ProgramAccess access, Certification certification,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.access = access;
        this.certification = certification;
        this.clock = clock;
    }

    /** A row of a result set, read into a value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ResultSet row) throws SQLException;
    }

    ProgramFacts managed(long programId, Caller caller) {
        return access.requireManage(programId, caller);
    }

    static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }

    ProgramReport program(long programId, ReportFilters filters, Caller caller) {
        ProgramFacts program = managed(programId, caller);
        return transactions.executeRead(status -> {
            List<Long> admitted = admittedIds(programId, filters);
            Funnel funnel = funnel(programId, filters, admitted);
            List<SessionLine> sessions = sessions(programId, filters, admitted.size());
            return new ProgramReport(programId, program.title(), funnel, sessions, modules(programId, sessions),
                    quizzes(programId, filters), certificates(programId, filters), breakdowns(programId, filters), options(programId));
        });
    }

    /** The admitted people the filters choose, whatever the period. */
    List<Long> admittedIds(long programId, ReportFilters filters) {
        return list(filters.people(new ReportFilters.Query().add("SELECT a.user_id FROM applications a WHERE a.program_id = ? AND "
                + ADMITTED, programId)), row -> row.getLong(1));
    }

    private Funnel funnel(long programId, ReportFilters filters, List<Long> admitted) {
        long[] applied = one(filters.people(new ReportFilters.Query()
                .add("SELECT SUM(" + filters.inPeriod("a.submitted_at") + "), SUM(" + ADMITTED + " AND " + filters.inPeriod("a.submitted_at")
                        + ") FROM applications a WHERE a.program_id = ?", concat(filters.period(), filters.period(), programId))),
                row -> new long[]{row.getLong(1), row.getLong(2)});
        long attended = count(filters.during(filters.people(new ReportFilters.Query()
                .add("SELECT COUNT(DISTINCT r.user_id) FROM attendance_records r JOIN sessions s ON s.id = r.session_id "
                        + "JOIN applications a ON a.program_id = s.program_id AND a.user_id = r.user_id AND " + ADMITTED
                        + " WHERE s.program_id = ? AND r.status IN ('present', 'late')", programId)), "s.starts_at"));
        long finalPassed = count(filters.during(filters.people(new ReportFilters.Query()
                .add("SELECT COUNT(DISTINCT t.user_id) FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id "
                        + "JOIN applications a ON a.program_id = q.program_id AND a.user_id = t.user_id AND " + ADMITTED
                        + " WHERE q.program_id = ? AND q.module_id IS NULL AND t.status = 'submitted' AND t.passed", programId)), "t.submitted_at"));
        long certified = count(filters.during(filters.people(new ReportFilters.Query()
                .add("SELECT COUNT(DISTINCT c.user_id) FROM certificates c JOIN applications a ON a.program_id = c.program_id "
                        + "AND a.user_id = c.user_id AND " + ADMITTED + " WHERE c.program_id = ? AND c.status = 'valid' "
                        + "AND (c.expires_at IS NULL OR c.expires_at > ?)", programId, now())), "c.issued_at"));
        Set<Long> complete = admitted.isEmpty() ? Set.of() : certification.attendanceComplete(programId, admitted);
        return new Funnel(applied[0], applied[1], attended, complete.size(), finalPassed, certified);
    }

    private List<SessionLine> sessions(long programId, ReportFilters filters, long admitted) {
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT s.id, s.module_id, m.title, s.title, s.starts_at, s.status = 'cancelled', "
                + "COALESCE(SUM(r.status = 'present' AND r.source <> 'recording'), 0), COALESCE(SUM(r.status = 'late'), 0), "
                + "COALESCE(SUM(r.status = 'excused'), 0), COALESCE(SUM(r.status = 'absent'), 0), "
                + "COALESCE(SUM(r.status = 'present' AND r.source = 'recording'), 0), COUNT(r.user_id) "
                + "FROM sessions s JOIN modules m ON m.id = s.module_id LEFT JOIN (attendance_records r JOIN applications a "
                + "ON a.user_id = r.user_id AND " + ADMITTED + " AND a.program_id = ?", programId);
        filters.people(query).add(") ON r.session_id = s.id WHERE s.program_id = ?", programId);
        filters.during(query, "s.starts_at").add(" GROUP BY s.id, s.module_id, m.title, s.title, s.starts_at, s.status ORDER BY s.starts_at, s.id");
        return list(query, row -> new SessionLine(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4),
                row.getTimestamp(5).toInstant(), row.getBoolean(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10),
                row.getLong(11), Math.max(0, admitted - row.getLong(12))));
    }

    private List<ModuleLine> modules(long programId, List<SessionLine> sessions) {
        Map<Long, ModuleLine> byModule = new LinkedHashMap<>();
        list(new ReportFilters.Query().add("SELECT id, title FROM modules WHERE program_id = ? ORDER BY position", programId),
                row -> byModule.put(row.getLong(1), new ModuleLine(row.getLong(1), row.getString(2), 0, 0, 0, 0, 0, 0)));
        for (SessionLine s : sessions) {
            ModuleLine m = byModule.get(s.moduleId());
            if (m != null && !s.cancelled()) {
                byModule.put(m.moduleId(), new ModuleLine(m.moduleId(), m.title(), m.sessions() + 1, m.present() + s.present(),
                        m.late() + s.late(), m.excused() + s.excused(), m.absent() + s.absent(), m.viaRecording() + s.viaRecording()));
            }
        }
        return List.copyOf(byModule.values());
    }

    private List<QuizLine> quizzes(long programId, ReportFilters filters) {
        ReportFilters.Query best = new ReportFilters.Query().add("SELECT x.quiz_id, LEAST(FLOOR(x.best / 10), 9), COUNT(*), SUM(x.best) FROM ("
                + "SELECT t.quiz_id, t.user_id, MAX(t.score) AS best FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id "
                + "JOIN applications a ON a.program_id = q.program_id AND a.user_id = t.user_id AND " + ADMITTED
                + " WHERE q.program_id = ? AND t.status = 'submitted' AND t.score IS NOT NULL", programId);
        filters.during(filters.people(best), "t.submitted_at").add(" GROUP BY t.quiz_id, t.user_id) x GROUP BY x.quiz_id, LEAST(FLOOR(x.best / 10), 9)");
        Map<Long, long[]> distributions = new HashMap<>();
        Map<Long, double[]> sums = new HashMap<>();
        list(best, row -> {
            distributions.computeIfAbsent(row.getLong(1), k -> new long[10])[row.getInt(2)] += row.getLong(3);
            double[] sum = sums.computeIfAbsent(row.getLong(1), k -> new double[2]);
            sum[0] += row.getDouble(4);
            sum[1] += row.getLong(3);
            return null;
        });
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT q.id, q.module_id, m.title, q.title, q.pass_mark, "
                + "COUNT(DISTINCT t.user_id), COUNT(t.id), COUNT(DISTINCT CASE WHEN t.passed THEN t.user_id END) "
                + "FROM quizzes q LEFT JOIN modules m ON m.id = q.module_id LEFT JOIN (quiz_attempts t JOIN applications a "
                + "ON a.user_id = t.user_id AND " + ADMITTED + " AND a.program_id = ?", programId);
        filters.people(query).add(") ON t.quiz_id = q.id AND t.status = 'submitted'");
        filters.during(query, "t.submitted_at").add(" WHERE q.program_id = ? GROUP BY q.id, q.module_id, m.title, m.position, q.title, "
                + "q.pass_mark ORDER BY m.position IS NULL, m.position, q.id", programId);
        return list(query, row -> {
            long quizId = row.getLong(1);
            long learners = row.getLong(6);
            long passed = row.getLong(8);
            double[] sum = sums.get(quizId);
            long[] distribution = distributions.getOrDefault(quizId, new long[10]);
            Long moduleId = row.getObject(2) == null ? null : row.getLong(2);
            return new QuizLine(quizId, moduleId, row.getString(3), row.getString(4), row.getDouble(5), learners, row.getLong(7), passed,
                    learners == 0 ? null : round(100.0 * passed / learners), sum == null || sum[1] == 0 ? null : round(sum[0] / sum[1]),
                    java.util.Arrays.stream(distribution).boxed().toList());
        });
    }

    private CertificateCounts certificates(long programId, ReportFilters filters) {
        long[] counts = new long[4];
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT c.status, c.expires_at IS NOT NULL AND c.expires_at <= ?, COUNT(*) "
                + "FROM certificates c JOIN applications a ON a.program_id = c.program_id AND a.user_id = c.user_id AND " + ADMITTED
                + " WHERE c.program_id = ?", now(), programId);
        filters.during(filters.people(query), "c.issued_at").add(" GROUP BY 1, 2");
        list(query, row -> {
            String status = row.getString(1);
            int at = switch (status) {
                case "revoked" -> 1;
                case "replaced" -> 2;
                default -> row.getBoolean(2) ? 3 : 0;
            };
            counts[at] += row.getLong(3);
            return null;
        });
        return new CertificateCounts(counts[0], counts[1], counts[2], counts[3]);
    }

    Breakdowns breakdowns(long programId, ReportFilters filters) {
        return new Breakdowns(breakdown(programId, filters, "a.region"), breakdown(programId, filters, "a.organization"),
                breakdown(programId, filters, "a.category"), breakdown(programId, filters, ReportFilters.GENDER));
    }

    /**
     * People grouped by a column of their application: applied and admitted in the period; of the
     * admitted, who attended a session held in the period and who holds a valid certificate issued in it.
     */
    List<Row> breakdown(long programId, ReportFilters filters, String column) {
        String applied = filters.inPeriod("a.submitted_at");
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT " + column + " AS v, SUM(" + applied + "), SUM(" + ADMITTED
                + " AND " + applied + "), SUM(" + ADMITTED + " AND at.user_id IS NOT NULL), SUM(" + ADMITTED + " AND ce.user_id IS NOT NULL) "
                + "FROM applications a LEFT JOIN (SELECT DISTINCT r.user_id FROM attendance_records r JOIN sessions s ON s.id = r.session_id "
                + "WHERE s.program_id = ? AND r.status IN ('present', 'late')", concat(filters.period(), filters.period(), programId));
        filters.during(query, "s.starts_at").add(") at ON at.user_id = a.user_id LEFT JOIN (SELECT DISTINCT c.user_id FROM certificates c "
                + "WHERE c.program_id = ? AND c.status = 'valid' AND (c.expires_at IS NULL OR c.expires_at > ?)", programId, now());
        filters.during(query, "c.issued_at").add(") ce ON ce.user_id = a.user_id WHERE a.program_id = ?", programId);
        filters.people(query).add(" GROUP BY v ORDER BY 2 DESC, v");
        return list(query, row -> new Row(row.getString(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5))).stream()
                .filter(r -> r.applied() > 0 || r.admitted() > 0 || r.attended() > 0 || r.certified() > 0).toList();
    }

    private Options options(long programId) {
        return new Options(distinct(programId, "a.region"), distinct(programId, "a.organization"), distinct(programId, "a.category"),
                distinct(programId, ReportFilters.GENDER));
    }

    private List<String> distinct(long programId, String column) {
        return list(new ReportFilters.Query().add("SELECT DISTINCT " + column + " AS v FROM applications a WHERE a.program_id = ? AND "
                + column + " IS NOT NULL AND " + column + " <> 'null' ORDER BY v", programId), row -> row.getString(1));
    }

    // ---- across programs

    ProgramReport.AcrossPrograms acrossPrograms(ReportFilters filters, Caller caller) {
        requireAdmin(caller);
        return transactions.executeRead(status -> {
            String admittedInPeriod = ADMITTED + " AND " + filters.inPeriod("a.submitted_at");
            ReportFilters.Query query = new ReportFilters.Query().add("SELECT p.id, p.title, p.status, p.starts_on, p.ends_on, p.hours, "
                    + "(SELECT COUNT(*) FROM applications a WHERE a.program_id = p.id AND " + filters.inPeriod("a.submitted_at") + "), "
                    + "(SELECT COUNT(*) FROM applications a WHERE a.program_id = p.id AND " + admittedInPeriod + "), "
                    + "(SELECT COUNT(DISTINCT r.user_id) FROM attendance_records r JOIN sessions s ON s.id = r.session_id JOIN applications a "
                    + "ON a.program_id = s.program_id AND a.user_id = r.user_id AND " + ADMITTED + " WHERE s.program_id = p.id "
                    + "AND r.status IN ('present', 'late') AND " + filters.inPeriod("s.starts_at") + "), "
                    + "(SELECT COUNT(*) FROM certificates c WHERE c.program_id = p.id AND c.status = 'valid' "
                    + "AND (c.expires_at IS NULL OR c.expires_at > ?) AND " + filters.inPeriod("c.issued_at") + ") "
                    + "FROM programs p WHERE p.status <> 'DRAFT' ORDER BY p.starts_on DESC, p.id DESC",
                    concat(filters.period(), filters.period(), filters.period(), new Object[]{now()}, filters.period()));
            List<ProgramReport.ProgramLine> programs = list(query, row -> {
                int hours = row.getInt(6);
                long certified = row.getLong(10);
                return new ProgramReport.ProgramLine(row.getLong(1), row.getString(2), row.getString(3).toLowerCase(java.util.Locale.ROOT),
                        row.getObject(4, java.time.LocalDate.class), row.getObject(5, java.time.LocalDate.class), hours, ects(hours),
                        row.getLong(7), row.getLong(8), row.getLong(9), certified, certified * hours, ects(hours).multiply(BigDecimal.valueOf(certified)));
            });
            ProgramReport.Total total = new ProgramReport.Total(programs.size(),
                    programs.stream().mapToLong(ProgramReport.ProgramLine::applied).sum(),
                    programs.stream().mapToLong(ProgramReport.ProgramLine::admitted).sum(),
                    programs.stream().mapToLong(ProgramReport.ProgramLine::attended).sum(),
                    programs.stream().mapToLong(ProgramReport.ProgramLine::certified).sum(),
                    programs.stream().mapToLong(ProgramReport.ProgramLine::hoursDelivered).sum(),
                    programs.stream().map(ProgramReport.ProgramLine::ectsDelivered).reduce(BigDecimal.ZERO, BigDecimal::add));
            ReportFilters.Query regions = new ReportFilters.Query().add("SELECT a.region, COUNT(DISTINCT a.user_id), COUNT(DISTINCT c.user_id) "
                    + "FROM applications a JOIN programs p ON p.id = a.program_id AND p.status <> 'DRAFT' "
                    + "LEFT JOIN certificates c ON c.program_id = a.program_id AND c.user_id = a.user_id AND c.status = 'valid' "
                    + "AND (c.expires_at IS NULL OR c.expires_at > ?) AND " + filters.inPeriod("c.issued_at") + " WHERE " + admittedInPeriod
                    + " GROUP BY a.region ORDER BY 2 DESC, a.region", concat(new Object[]{now()}, filters.period(), filters.period()));
            return new ProgramReport.AcrossPrograms(programs, total,
                    list(regions, row -> new ProgramReport.RegionLine(row.getString(1), row.getLong(2), row.getLong(3))));
        });
    }

    static BigDecimal ects(int hours) {
        return BigDecimal.valueOf(hours).divide(BigDecimal.valueOf(30), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    // ---- SQL

    <T> List<T> list(ReportFilters.Query query, Reader<T> reader) {
        return jdbc.prepareStatement(query.sql(), statement -> {
            bind(statement, query.parameters());
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        });
    }

    private <T> T one(ReportFilters.Query query, Reader<T> reader) {
        return list(query, reader).getFirst();
    }

    private long count(ReportFilters.Query query) {
        return one(query, row -> row.getLong(1));
    }

    static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static Object[] concat(Object... parts) {
        List<Object> all = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] many) {
                all.addAll(List.of(many));
            } else {
                all.add(part);
            }
        }
        return all.toArray();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
