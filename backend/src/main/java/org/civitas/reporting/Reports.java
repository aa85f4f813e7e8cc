package org.civitas.reporting;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.catalog.ProgramFacts;
import org.civitas.certification.AttendanceRule;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    private <T> T read(java.util.function.Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
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
        // the parts are independent counts: each runs on a connection of its own, at the same time
        try (ExecutorService parts = Executors.newVirtualThreadPerTaskExecutor()) {
            List<SessionRef> held = read(() -> sessionRefs(programId, filters));
            Future<List<People>> people = parts.submit(() -> read(() -> people(programId, filters, held)));
            Future<long[]> admittedAndComplete = parts.submit(() -> read(() -> attendanceComplete(programId, filters, held)));
            Future<Long> finalPassed = parts.submit(() -> read(() -> finalTestPassed(programId, filters)));
            Future<Map<Long, long[]>> registers = parts.submit(() -> read(() -> registers(programId, filters, held)));
            Future<List<QuizLine>> quizzes = parts.submit(() -> read(() -> quizzes(programId, filters)));
            Future<CertificateCounts> certificates = parts.submit(() -> read(() -> certificates(programId, filters)));
            // unfiltered, the people's groups are every value there is: the filters' choices need no query of their own
            Future<Options> options = filters.choosesPeople() ? parts.submit(() -> read(() -> options(programId))) : null;
            List<People> counted = people.get();
            long admitted = sum(counted, People::admittedAtAll);
            Funnel funnel = new Funnel(sum(counted, People::applied), sum(counted, People::admitted), sum(counted, People::attended),
                    admittedAndComplete.get()[1], finalPassed.get(), sum(counted, People::certified));
            Map<Long, long[]> counts = registers.get();
            List<SessionLine> sessions = read(() -> sessions(programId, filters, counts, admitted));
            List<ModuleLine> modules = read(() -> modules(programId, sessions));
            return new ProgramReport(programId, program.title(), funnel, sessions, modules, quizzes.get(),
                    certificates.get(), breakdowns(counted), options == null ? options(counted) : options.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting the report", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** A session of the program: its module, whether it was cancelled, whether it was held in the period. */
    record SessionRef(long id, long moduleId, boolean cancelled, boolean inPeriod) {
    }

    private List<SessionRef> sessionRefs(long programId, ReportFilters filters) {
        return list(new ReportFilters.Query().add("SELECT s.id, s.module_id, s.status = 'cancelled', " + filters.inPeriod("s.starts_at")
                + " FROM sessions s WHERE s.program_id = ?", concat(filters.period(), programId)),
                row -> new SessionRef(row.getLong(1), row.getLong(2), row.getBoolean(3), row.getBoolean(4)));
    }

    /** "(?, ?, …)" for the ids, or "(NULL)", which matches nothing, for none. */
    private static ReportFilters.Query in(ReportFilters.Query query, List<Long> ids) {
        if (ids.isEmpty()) {
            return query.add("(NULL)");
        }
        return query.add("(" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")", ids.toArray());
    }

    private static List<Long> ids(List<SessionRef> sessions, java.util.function.Predicate<SessionRef> which) {
        return sessions.stream().filter(which).map(SessionRef::id).toList();
    }

    /**
     * The people the filters choose, counted in one pass and grouped by every breakdown at once:
     * applied and admitted in the period; of all admitted, who attended a session held in the period
     * and who holds a valid certificate issued in it. The funnel and each breakdown add these up.
     */
    record People(@Nullable String region, @Nullable String organization, @Nullable String category, @Nullable String gender,
                  long applied, long admitted, long attended, long certified, long admittedAtAll) {
    }

    List<People> people(long programId, ReportFilters filters, List<SessionRef> sessions) {
        String applied = filters.inPeriod("a.submitted_at");
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT a.region, a.organization, a.category, " + ReportFilters.GENDER
                + " AS g, SUM(" + applied + "), SUM(" + ADMITTED + " AND " + applied + "), SUM(" + ADMITTED + " AND EXISTS (SELECT 1 FROM "
                + "attendance_records r WHERE r.user_id = a.user_id AND r.status IN ('present', 'late') AND r.session_id IN ",
                concat(filters.period(), filters.period()));
        in(query, ids(sessions, SessionRef::inPeriod)).add(")), SUM(" + ADMITTED + " AND EXISTS (SELECT 1 FROM certificates c "
                + "WHERE c.program_id = a.program_id AND c.current_holder = a.user_id AND c.status = 'valid' "
                + "AND (c.expires_at IS NULL OR c.expires_at > ?) AND " + filters.inPeriod("c.issued_at") + ")), SUM(" + ADMITTED + ") "
                + "FROM applications a WHERE a.program_id = ?", concat(now(), filters.period(), programId));
        filters.people(query).add(" GROUP BY a.region, a.organization, a.category, g");
        // an empty value (a participant imported without it) is "not stated", as a missing one is
        return list(query, row -> new People(blankToNull(row.getString(1)), blankToNull(row.getString(2)), blankToNull(row.getString(3)),
                blankToNull(row.getString(4)), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9)));
    }

    /**
     * Admitted people the filters choose who meet the attendance rule now, whatever the period: the
     * sessions each attended counted per module in SQL, the rule applied to each in Java (someone
     * who attended nothing meets a rule that asks nothing).
     */
    private long[] attendanceComplete(long programId, ReportFilters filters, List<SessionRef> sessions) {
        AttendanceRule rule = certification.attendanceRule(programId);
        if (!rule.set()) {
            return new long[]{0, 0};
        }
        long admitted = rule.met(Map.of()) ? count(filters.people(new ReportFilters.Query().add("SELECT COUNT(*) FROM applications a "
                + "WHERE a.program_id = ? AND " + ADMITTED, programId))) : 0;
        List<SessionRef> held = sessions.stream().filter(s -> !s.cancelled()).toList();
        if (held.isEmpty()) {
            return new long[]{admitted, rule.met(Map.of()) ? admitted : 0};
        }
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT STRAIGHT_JOIN a.user_id, CASE r.session_id");
        held.forEach(s -> query.add(" WHEN ? THEN ?", s.id(), s.moduleId()));
        query.add(" END AS module, COUNT(*) FROM applications a JOIN attendance_records r ON r.user_id = a.user_id "
                + "AND r.status IN ('present', 'late')" + (rule.recordingCounts() ? "" : " AND r.source <> 'recording'") + " AND r.session_id IN ");
        in(query, ids(held, s -> true)).add(" WHERE a.program_id = ? AND " + ADMITTED, programId);
        filters.people(query).add(" GROUP BY a.user_id, module");
        Map<Long, Map<Long, Long>> attended = new HashMap<>();
        list(query, row -> attended.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getLong(2), row.getLong(3)));
        long met = attended.values().stream().filter(rule::met).count();
        return new long[]{admitted, rule.met(Map.of()) ? met + (admitted - attended.size()) : met};
    }

    private long finalTestPassed(long programId, ReportFilters filters) {
        return count(filters.during(filters.people(new ReportFilters.Query()
                .add("SELECT COUNT(DISTINCT t.user_id) FROM quiz_attempts t JOIN quizzes q ON q.id = t.quiz_id "
                        + "JOIN applications a ON a.program_id = q.program_id AND a.user_id = t.user_id AND " + ADMITTED
                        + " WHERE q.program_id = ? AND q.module_id IS NULL AND t.status = 'submitted' AND t.passed", programId)), "t.submitted_at"));
    }

    private static long sum(List<People> people, java.util.function.ToLongFunction<People> count) {
        return people.stream().mapToLong(count).sum();
    }

    /** Each session's register counted for the people chosen: present, late, excused, absent, via recording, all records. */
    private Map<Long, long[]> registers(long programId, ReportFilters filters, List<SessionRef> sessions) {
        ReportFilters.Query counts = new ReportFilters.Query().add("SELECT STRAIGHT_JOIN r.session_id, "
                + "SUM(r.status = 'present' AND r.source <> 'recording'), SUM(r.status = 'late'), SUM(r.status = 'excused'), "
                + "SUM(r.status = 'absent'), SUM(r.status = 'present' AND r.source = 'recording'), COUNT(*) FROM applications a "
                + "JOIN attendance_records r ON r.user_id = a.user_id AND r.session_id IN ");
        in(counts, ids(sessions, SessionRef::inPeriod)).add(" WHERE a.program_id = ? AND " + ADMITTED, programId);
        filters.people(counts).add(" GROUP BY r.session_id");
        Map<Long, long[]> bySession = new HashMap<>();
        list(counts, row -> bySession.put(row.getLong(1), new long[]{row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5),
                row.getLong(6), row.getLong(7)}));
        return bySession;
    }

    private List<SessionLine> sessions(long programId, ReportFilters filters, Map<Long, long[]> bySession, long admitted) {
        ReportFilters.Query query = new ReportFilters.Query().add("SELECT s.id, s.module_id, m.title, s.title, s.starts_at, "
                + "s.status = 'cancelled' FROM sessions s JOIN modules m ON m.id = s.module_id WHERE s.program_id = ?", programId);
        filters.during(query, "s.starts_at").add(" ORDER BY s.starts_at, s.id");
        return list(query, row -> {
            long[] c = bySession.getOrDefault(row.getLong(1), new long[6]);
            return new SessionLine(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getTimestamp(5).toInstant(),
                    row.getBoolean(6), c[0], c[1], c[2], c[3], c[4], Math.max(0, admitted - c[5]));
        });
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

    /** Each learner's attempts at each test added up first (count, best score, passed once), then each test's learners. */
    private List<QuizLine> quizzes(long programId, ReportFilters filters) {
        StringBuilder buckets = new StringBuilder();
        for (int b = 0; b < 10; b++) {
            buckets.append(", SUM(x.best IS NOT NULL AND LEAST(FLOOR(x.best / 10), 9) = ").append(b).append(")");
        }
        List<Long> quizIds = list(new ReportFilters.Query().add("SELECT id FROM quizzes WHERE program_id = ?", programId), row -> row.getLong(1));
        ReportFilters.Query results = new ReportFilters.Query().add("SELECT x.quiz_id, COUNT(*), SUM(x.attempts), SUM(x.passed), AVG(x.best)"
                + buckets + " FROM (SELECT STRAIGHT_JOIN t.quiz_id, t.user_id, COUNT(*) AS attempts, MAX(t.score) AS best, "
                + "MAX(t.passed) AS passed FROM applications a JOIN quiz_attempts t ON t.user_id = a.user_id AND t.status = 'submitted'");
        filters.during(results, "t.submitted_at").add(" AND t.quiz_id IN ");
        in(results, quizIds).add(" WHERE a.program_id = ? AND " + ADMITTED, programId);
        filters.people(results).add(" GROUP BY t.quiz_id, t.user_id) x GROUP BY x.quiz_id");
        Map<Long, Object[]> byQuiz = new HashMap<>();
        list(results, row -> {
            List<Long> distribution = new ArrayList<>();
            for (int b = 0; b < 10; b++) {
                distribution.add(row.getLong(6 + b));
            }
            return byQuiz.put(row.getLong(1), new Object[]{row.getLong(2), row.getLong(3), row.getLong(4),
                    row.getObject(5) == null ? null : row.getDouble(5), distribution});
        });
        ReportFilters.Query quizzes = new ReportFilters.Query().add("SELECT q.id, q.module_id, m.title, q.title, q.pass_mark FROM quizzes q "
                + "LEFT JOIN modules m ON m.id = q.module_id WHERE q.program_id = ? ORDER BY m.position IS NULL, m.position, q.id", programId);
        return list(quizzes, row -> {
            Object[] r = byQuiz.getOrDefault(row.getLong(1), new Object[]{0L, 0L, 0L, null, java.util.Collections.nCopies(10, 0L)});
            long learners = (Long) r[0];
            long passed = (Long) r[2];
            Long moduleId = row.getObject(2) == null ? null : row.getLong(2);
            @SuppressWarnings("unchecked")
            List<Long> distribution = (List<Long>) r[4];
            return new QuizLine(row.getLong(1), moduleId, row.getString(3), row.getString(4), row.getDouble(5), learners, (Long) r[1], passed,
                    learners == 0 ? null : round(100.0 * passed / learners), r[3] == null ? null : round((Double) r[3]), distribution);
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

    static Breakdowns breakdowns(List<People> people) {
        return new Breakdowns(rollUp(people, People::region), rollUp(people, People::organization), rollUp(people, People::category),
                rollUp(people, People::gender));
    }

    /** The people added up by one of their values, the largest group first; groups with nobody counted are left out. */
    static List<Row> rollUp(List<People> people, java.util.function.Function<People, @Nullable String> value) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        String none = "\u0000";
        for (People p : people) {
            String key = value.apply(p);
            long[] sum = sums.computeIfAbsent(key == null ? none : key, k -> new long[4]);
            sum[0] += p.applied();
            sum[1] += p.admitted();
            sum[2] += p.attended();
            sum[3] += p.certified();
        }
        return sums.entrySet().stream()
                .map(e -> new Row(e.getKey().equals(none) ? null : e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))
                .filter(r -> r.applied() > 0 || r.admitted() > 0 || r.attended() > 0 || r.certified() > 0)
                .sorted(java.util.Comparator.comparingLong(Row::applied).reversed()
                        .thenComparing(r -> r.value() == null ? "\uffff" : r.value()))
                .toList();
    }

    private static Options options(List<People> everyone) {
        return new Options(values(everyone, People::region), values(everyone, People::organization), values(everyone, People::category),
                values(everyone, People::gender));
    }

    private static List<String> values(List<People> people, java.util.function.Function<People, @Nullable String> value) {
        return people.stream().map(value).filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    /** The values the filters offer: every region, organization, category and given gender among the program's applications. */
    private Options options(long programId) {
        java.util.TreeSet<String> regions = new java.util.TreeSet<>();
        java.util.TreeSet<String> organizations = new java.util.TreeSet<>();
        java.util.TreeSet<String> categories = new java.util.TreeSet<>();
        java.util.TreeSet<String> genders = new java.util.TreeSet<>();
        list(new ReportFilters.Query().add("SELECT DISTINCT a.region, a.organization, a.category, " + ReportFilters.GENDER
                + " FROM applications a WHERE a.program_id = ?", programId), row -> {
            for (int column = 1; column <= 4; column++) {
                String value = blankToNull(row.getString(column));
                if (value != null) {
                    List.of(regions, organizations, categories, genders).get(column - 1).add(value);
                }
            }
            return null;
        });
        return new Options(List.copyOf(regions), List.copyOf(organizations), List.copyOf(categories), List.copyOf(genders));
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
