package org.civitas.certification;

import org.civitas.assessment.QuizFacts;
import org.civitas.schedule.SessionFacts;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The completion rules applied to one learner: a pure function of the rules, the program's
 * modules, sessions and quizzes, and what the learner attended and scored. Cancelled sessions do not
 * count; a module without sessions asks nothing; a count larger than a module's sessions asks all of
 * them; a percentage rounds up (80% of 5 sessions is 4).
 */
final class CompletionCheck {
    private static final double EPSILON = 1e-9;

    private CompletionCheck() {
    }

    /** The program as the rules see it: modules in order (id to title), sessions and quizzes. */
    record Program(Map<Long, String> modules, List<SessionFacts> sessions, List<QuizFacts> quizzes) {
    }

    static List<Requirement> requirements(CompletionRules rules, Program program, Set<Long> attended, Map<Long, Double> grades) {
        if (!rules.set()) {
            return List.of();
        }
        List<Requirement> result = new ArrayList<>();
        List<SessionFacts> held = program.sessions().stream().filter(s -> !s.cancelled()).toList();
        switch (Objects.requireNonNull(rules.attendanceScope())) {
            case "overall" -> result.add(attendance(rules, null, null, held, attended));
            case "per_module" -> {
                Map<Long, List<SessionFacts>> byModule = new LinkedHashMap<>();
                program.modules().keySet().forEach(id -> byModule.put(id, new ArrayList<>()));
                held.forEach(s -> byModule.computeIfAbsent(s.moduleId(), k -> new ArrayList<>()).add(s));
                byModule.forEach((moduleId, sessions) -> {
                    if (!sessions.isEmpty()) {
                        result.add(attendance(rules, moduleId, program.modules().get(moduleId), sessions, attended));
                    }
                });
            }
            default -> {
            }
        }
        List<Long> required = Objects.requireNonNull(rules.requiredQuizIds());
        for (QuizFacts quiz : program.quizzes()) {
            if (quiz.moduleId() != null && required.contains(quiz.id())) {
                Double grade = grades.get(quiz.id());
                result.add(new Requirement(Requirement.MODULE_TEST, quiz.moduleId(), program.modules().get(quiz.moduleId()), quiz.id(),
                        quiz.title(), quiz.passMark(), grade, null, passed(grade, quiz.passMark())));
            }
        }
        if (Boolean.TRUE.equals(rules.finalTestRequired())) {
            @Nullable QuizFacts last = finalTest(program.quizzes());
            if (last == null) {
                double mark = rules.finalTestPassPercent() == null ? 0 : rules.finalTestPassPercent();
                result.add(new Requirement(Requirement.FINAL_TEST, null, null, null, null, mark, null, null, false));
            } else {
                double mark = rules.finalTestPassPercent() == null ? last.passMark() : rules.finalTestPassPercent();
                Double grade = grades.get(last.id());
                result.add(new Requirement(Requirement.FINAL_TEST, null, null, last.id(), last.title(), mark, grade, null,
                        passed(grade, mark)));
            }
        }
        return result;
    }

    static boolean complete(CompletionRules rules, List<Requirement> requirements) {
        return rules.set() && requirements.stream().allMatch(Requirement::met);
    }

    /** The program's final test: a quiz of no module, a published one first. */
    static @Nullable QuizFacts finalTest(List<QuizFacts> quizzes) {
        return quizzes.stream().filter(q -> q.moduleId() == null)
                .min((a, b) -> Boolean.compare(b.published(), a.published())).orElse(null);
    }

    /** Sessions needed of {@code total}: the count capped at the total, or the percentage rounded up. */
    static int needed(String measure, int minimum, int total) {
        return measure.equals("percent") ? (int) Math.ceil(minimum * total / 100.0 - EPSILON) : Math.min(minimum, total);
    }

    private static Requirement attendance(CompletionRules rules, @Nullable Long moduleId, @Nullable String moduleTitle, List<SessionFacts> sessions,
                                          Set<Long> attended) {
        int total = sessions.size();
        int needed = needed(Objects.requireNonNull(rules.attendanceMeasure()), Objects.requireNonNull(rules.attendanceMinimum()), total);
        int done = (int) sessions.stream().filter(s -> attended.contains(s.id())).count();
        return new Requirement(Requirement.ATTENDANCE, moduleId, moduleTitle, null, null, needed, (double) done, total, done >= needed);
    }

    private static boolean passed(@Nullable Double grade, double mark) {
        return grade != null && grade + EPSILON >= mark;
    }
}
