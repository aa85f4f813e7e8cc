package org.civitas.certification;

import org.civitas.assessment.QuizFacts;
import org.civitas.schedule.SessionFacts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The completion rules as a pure function: counts, percentages, modules, tests and the final test. */
class CompletionCheckTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static SessionFacts session(long id, long moduleId, boolean cancelled) {
        return new SessionFacts(id, 1, moduleId, "Заняття " + id, T, T.plusSeconds(5400), "Europe/Kyiv", cancelled, false);
    }

    private static CompletionRules rules(String scope, String measure, int minimum, List<Long> quizzes, boolean finalTest, Double mark) {
        return new CompletionRules(scope, measure, minimum, true, quizzes, finalTest, mark, 0L);
    }

    /** Two modules: module 10 with sessions 1–5 (5 cancelled), module 20 with 6–7, module 30 with none. */
    private static CompletionCheck.Program program() {
        Map<Long, String> modules = new LinkedHashMap<>();
        modules.put(10L, "Модуль 1");
        modules.put(20L, "Модуль 2");
        modules.put(30L, "Модуль 3");
        return new CompletionCheck.Program(modules,
                List.of(session(1, 10, false), session(2, 10, false), session(3, 10, false), session(4, 10, false),
                        session(5, 10, true), session(6, 20, false), session(7, 20, false)),
                List.of(new QuizFacts(100, 1, 10L, "Тест модуля 1", 60, true), new QuizFacts(200, 1, 20L, "Тест модуля 2", 70, true),
                        new QuizFacts(300, 1, null, "Підсумковий тест", 75, true)));
    }

    @Test
    void perModuleCountsAskTheMinimumOfEachModuleCappedAtItsSessionsAndSkipEmptyModules() {
        List<Requirement> r = CompletionCheck.requirements(rules("per_module", "count", 3, List.of(), false, null), program(),
                Set.of(1L, 2L, 6L), Map.of());
        assertEquals(2, r.size(), "module 3 has no sessions and asks nothing");
        assertEquals(3.0, r.get(0).required());
        assertEquals(4, r.get(0).total(), "the cancelled session does not count");
        assertEquals(2.0, r.get(0).done());
        assertFalse(r.get(0).met());
        assertEquals(2.0, r.get(1).required(), "three asked of a module with two: both");
        assertEquals(1.0, r.get(1).done());
        assertEquals("Модуль 2", r.get(1).moduleTitle());
        assertFalse(CompletionCheck.complete(rules("per_module", "count", 3, List.of(), false, null), r));
        List<Requirement> met = CompletionCheck.requirements(rules("per_module", "count", 3, List.of(), false, null), program(),
                Set.of(1L, 2L, 3L, 6L, 7L), Map.of());
        assertTrue(CompletionCheck.complete(rules("per_module", "count", 3, List.of(), false, null), met));
    }

    @Test
    void percentagesRoundUpAndOverallCountsEverySessionHeld() {
        assertEquals(4, CompletionCheck.needed("percent", 80, 5));
        assertEquals(5, CompletionCheck.needed("percent", 81, 5));
        assertEquals(3, CompletionCheck.needed("percent", 60, 5), "60% of 5 is exactly 3, not 4 by a rounding error");
        assertEquals(0, CompletionCheck.needed("percent", 80, 0));
        assertEquals(2, CompletionCheck.needed("count", 4, 2));
        List<Requirement> r = CompletionCheck.requirements(rules("overall", "percent", 50, List.of(), false, null), program(),
                Set.of(1L, 2L, 5L), Map.of());
        assertEquals(1, r.size());
        assertNull(r.getFirst().moduleId());
        assertEquals(6, r.getFirst().total());
        assertEquals(3.0, r.getFirst().required());
        assertEquals(2.0, r.getFirst().done(), "attendance of a cancelled session does not count");
    }

    @Test
    void moduleTestsAndTheFinalTestAreMetAtTheirPassMarks() {
        CompletionRules rules = rules("none", "count", 1, List.of(100L, 200L), true, null);
        List<Requirement> r = CompletionCheck.requirements(rules, program(), Set.of(), Map.of(100L, 60.0, 200L, 69.99, 300L, 80.0));
        assertEquals(List.of("module_test", "module_test", "final_test"), r.stream().map(Requirement::kind).toList());
        assertTrue(r.get(0).met(), "exactly the pass mark passes");
        assertFalse(r.get(1).met());
        assertEquals(75.0, r.get(2).required(), "the final test's own mark when the rules set none");
        assertTrue(r.get(2).met());
        List<Requirement> stricter = CompletionCheck.requirements(rules("none", "count", 1, List.of(), true, 90.0), program(), Set.of(),
                Map.of(300L, 80.0));
        assertEquals(90.0, stricter.getFirst().required());
        assertFalse(stricter.getFirst().met());
        List<Requirement> untaken = CompletionCheck.requirements(rules, program(), Set.of(), Map.of());
        assertNull(untaken.get(0).done(), "never submitted");
        assertFalse(untaken.get(0).met());
    }

    @Test
    void aRequiredFinalTestThatDoesNotExistIsNeverMetAndNoRulesMeanNotComplete() {
        CompletionCheck.Program noFinal = new CompletionCheck.Program(program().modules(), program().sessions(),
                program().quizzes().subList(0, 2));
        List<Requirement> r = CompletionCheck.requirements(rules("none", "count", 1, List.of(), true, 70.0), noFinal, Set.of(), Map.of());
        assertEquals(1, r.size());
        assertFalse(r.getFirst().met());
        CompletionRules unset = CompletionRules.unset();
        assertEquals(List.of(), CompletionCheck.requirements(unset, program(), Set.of(1L), Map.of()));
        assertFalse(CompletionCheck.complete(unset, List.of()), "a program without rules issues nothing by itself");
        assertTrue(CompletionCheck.complete(rules("none", "count", 1, List.of(), false, null), List.of()),
                "rules asking nothing are met at once");
    }

    @Test
    void anUnpublishedFinalTestGivesWayToAPublishedOne() {
        List<QuizFacts> quizzes = List.of(new QuizFacts(1, 1, null, "Чернетка", 50, false), new QuizFacts(2, 1, null, "Справжній", 60, true));
        assertEquals(2, CompletionCheck.finalTest(quizzes).id());
    }
}
