package org.civitas.certification;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.civitas.assessment.Grades;
import org.civitas.assessment.QuizFacts;
import org.civitas.attendance.Attendance;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.schedule.Schedule;
import org.civitas.schedule.SessionFacts;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The completion rules of programs and where each learner stands against them. Rules are read and
 * written by administrators (trainers read them); every figure comes from attendance and tests as
 * they are now, so the "what's left" a learner sees is always current.
 */
@Singleton
class Completion {
    private final CompletionRulesRepository rules;
    private final Catalog catalog;
    private final Schedule schedule;
    private final Attendance attendance;
    private final Grades grades;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Completion(CompletionRulesRepository rules, Catalog catalog, Schedule schedule, Attendance attendance, Grades grades,
               ProgramAccess access, AuditLog audit, Clock clock) {
        this.rules = rules;
        this.catalog = catalog;
        this.schedule = schedule;
        this.attendance = attendance;
        this.grades = grades;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where each of a program's learners stands, computed in a few queries for all of them. */
    record Standing(boolean rulesSet, List<Requirement> requirements, boolean complete) {
    }

    CompletionRules rules(long programId, Caller caller) {
        access.requireManage(programId, caller);
        return rulesOf(programId);
    }

    CompletionRules rulesOf(long programId) {
        return rules.findById(programId).map(CompletionRules::of).orElseGet(CompletionRules::unset);
    }

    CompletionRules save(long programId, CompletionRules request, Caller caller) {
        access.requireAdmin(programId, caller);
        List<Long> quizIds = Objects.requireNonNull(request.requiredQuizIds()).stream().distinct().toList();
        Set<Long> moduleTests = new HashSet<>();
        grades.quizzesOf(programId).stream().filter(q -> q.moduleId() != null).forEach(q -> moduleTests.add(q.id()));
        for (Long id : quizIds) {
            if (!moduleTests.contains(id)) {
                throw ApiException.invalidField("requiredQuizIds", "not_a_module_test_of_program");
            }
        }
        int minimum = Objects.requireNonNull(request.attendanceMinimum());
        if (!"none".equals(request.attendanceScope())) {
            if (minimum < 1) {
                throw ApiException.invalidField("attendanceMinimum", "too_small");
            }
            if ("percent".equals(request.attendanceMeasure()) && minimum > 100) {
                throw ApiException.invalidField("attendanceMinimum", "too_large");
            }
        }
        CompletionRulesRow current = rules.findById(programId).orElse(null);
        Long version = current == null ? null : current.version();
        if (!Objects.equals(request.version(), version)) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        CompletionRulesRow row = new CompletionRulesRow(programId, Objects.requireNonNull(request.attendanceScope()),
                Objects.requireNonNull(request.attendanceMeasure()), minimum, Objects.requireNonNull(request.recordingCounts()), quizIds,
                Objects.requireNonNull(request.finalTestRequired()), request.finalTestPassPercent(), clock.instant(), version);
        CompletionRulesRow saved;
        try {
            saved = current == null ? rules.save(row) : rules.update(row);
        } catch (DataAccessException raced) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        audit.record("certification.rules_changed", caller.id(), "program", programId, null,
                "scope=" + row.attendanceScope() + " measure=" + row.attendanceMeasure() + " minimum=" + minimum + " quizzes=" + quizIds
                        + " final=" + row.finalTestRequired());
        return CompletionRules.of(saved);
    }

    /** The standing of each of {@code userIds} in the program. */
    Map<Long, Standing> standings(long programId, Collection<Long> userIds) {
        CompletionRules current = rulesOf(programId);
        Map<Long, Standing> result = new HashMap<>();
        if (!current.set()) {
            userIds.forEach(id -> result.put(id, new Standing(false, List.of(), false)));
            return result;
        }
        Map<Long, String> modules = new LinkedHashMap<>();
        catalog.view(programId).ifPresent(p -> p.modules().forEach(m -> modules.put(m.id(), m.title())));
        List<SessionFacts> sessions = schedule.ofProgram(programId);
        List<QuizFacts> quizzes = grades.quizzesOf(programId);
        CompletionCheck.Program program = new CompletionCheck.Program(modules, sessions, quizzes);
        Map<Long, Set<Long>> attended = attendance.attendedSessions(sessions.stream().map(SessionFacts::id).toList(), userIds,
                Boolean.TRUE.equals(current.recordingCounts()));
        Map<Long, Map<Long, Double>> graded = grades.grades(programId, userIds);
        for (long userId : userIds) {
            List<Requirement> requirements = CompletionCheck.requirements(current, program, attended.getOrDefault(userId, Set.of()),
                    graded.getOrDefault(userId, Map.of()));
            result.put(userId, new Standing(true, requirements, CompletionCheck.complete(current, requirements)));
        }
        return result;
    }

    Standing standing(long programId, long userId) {
        return standings(programId, List.of(userId)).get(userId);
    }
}
