package org.civitas.reporting;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A program's report: the funnel from application to certificate, attendance per session and per
 * module, results per test, certificates by status, and the people broken down by region,
 * organization, category and gender, all for the people and the period the filters choose.
 */
@Serdeable
record ProgramReport(long programId, String title, Funnel funnel, List<SessionLine> sessions, List<ModuleLine> modules,
                     List<QuizLine> quizzes, CertificateCounts certificates, Breakdowns breakdowns, Options options) {

    /** People at each step: applied, admitted, attended at least one session, met the attendance rules, passed the final test, hold a valid certificate. */
    @Serdeable
    record Funnel(long applied, long admitted, long attendedAny, long attendanceComplete, long finalTestPassed, long certified) {
    }

    /** A session's register counted: present (not by recording), late, excused, absent, present by watching the recording, and admitted people with no record. */
    @Serdeable
    record SessionLine(long sessionId, long moduleId, String moduleTitle, String title, Instant startsAt, boolean cancelled,
                       long present, long late, long excused, long absent, long viaRecording, long unrecorded) {
    }

    @Serdeable
    record ModuleLine(long moduleId, String title, int sessions, long present, long late, long excused, long absent, long viaRecording) {
    }

    /**
     * A test's results: learners who submitted, attempts submitted, learners who passed; pass rate and
     * average of each learner's best score in percent; {@code distribution} counts best scores in
     * tenths (0–9.99, 10–19.99, …, 90–100).
     */
    @Serdeable
    record QuizLine(long quizId, @Nullable Long moduleId, @Nullable String moduleTitle, String title, double passMark, long learners,
                    long attempts, long passed, @Nullable Double passRate, @Nullable Double averageScore, List<Long> distribution) {
    }

    @Serdeable
    record CertificateCounts(long valid, long revoked, long replaced, long expired) {
    }

    /** People with one value of a breakdown: applied, admitted, attended at least one session, certified. Value null: not stated. */
    @Serdeable
    record Row(@Nullable String value, long applied, long admitted, long attended, long certified) {
    }

    @Serdeable
    record Breakdowns(List<Row> region, List<Row> organization, List<Row> category, List<Row> gender) {
    }

    @Serdeable
    record Options(List<String> regions, List<String> organizations, List<String> categories, List<String> genders) {
    }

    /** Across programs: a program's figures for the period, with hours and ECTS delivered (certified × the program's). */
    @Serdeable
    record ProgramLine(long programId, String title, String status, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn, int hours,
                       BigDecimal ects, long applied, long admitted, long attended, long certified, long hoursDelivered,
                       BigDecimal ectsDelivered) {
    }

    @Serdeable
    record Total(long programs, long applied, long admitted, long attended, long certified, long hoursDelivered, BigDecimal ectsDelivered) {
    }

    @Serdeable
    record RegionLine(String region, long participants, long certified) {
    }

    @Serdeable
    record AcrossPrograms(List<ProgramLine> programs, Total total, List<RegionLine> regions) {
    }
}
