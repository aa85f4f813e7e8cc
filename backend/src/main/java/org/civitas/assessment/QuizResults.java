package org.civitas.assessment;

import io.micronaut.core.io.Writable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.identity.Caller;
import org.civitas.platform.tables.Exports;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What trainers learn from a quiz's finished attempts: item analysis per question (facility,
 * discrimination, how often each choice was picked), a regrade after a question was fixed, and
 * the attempts as CSV or XLSX.
 */
@Singleton
class QuizResults {
    private static final List<String> HEADER = List.of("ПІБ", "Спроба", "Стан", "Почато", "Завершено", "Оцінка, %", "Зараховано");
    private final Quizzes quizzes;
    private final Attempts attempts;
    private final AttemptRepository attemptRows;
    private final AnswerRepository answers;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final JsonMapper json;

    QuizResults(Quizzes quizzes, Attempts attempts, AttemptRepository attemptRows, AnswerRepository answers, QuestionRepository questions,
                QuestionVersionRepository versions, JsonMapper json) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.attemptRows = attemptRows;
        this.answers = answers;
        this.questions = questions;
        this.versions = versions;
        this.json = json;
    }

    @Serdeable
    record Analysis(int attempts, List<QuestionStatistics> questions) {
    }

    /** A question's statistics: facility is the share of its marks earned (0..1), discrimination the correlation with the rest of the test (-1..1). */
    @Serdeable
    record QuestionStatistics(long questionId, String name, String type, int attempts, double facility, @Nullable Double discrimination,
                              @Nullable List<ChoiceCount> choices) {
    }

    @Serdeable
    record ChoiceCount(String text, int picked) {
    }

    @Serdeable
    record Regraded(int regraded) {
    }

    Analysis analysis(long quizId, Caller caller) {
        QuizRow quiz = quizzes.managed(quizId, caller);
        List<AttemptRow> finished = attemptRows.findByQuizIdOrderById(quiz.requireId()).stream()
                .filter(a -> AttemptRow.SUBMITTED.equals(a.status())).toList();
        Map<Long, QuestionVersionRow> bodies = attempts.bodies(finished.stream().flatMap(a -> a.slots().stream()).toList());
        Map<Long, List<AnswerRow>> byAttempt = finished.isEmpty() ? Map.of()
                : answers.findByAttemptIdIn(finished.stream().map(AttemptRow::requireId).toList()).stream()
                .collect(Collectors.groupingBy(AnswerRow::attemptId));
        List<ItemAnalysis.Attempt> items = new ArrayList<>();
        Map<Long, Question> newestShown = new HashMap<>();
        for (AttemptRow attempt : finished) {
            Map<Long, AnswerRow> given = byAttempt.getOrDefault(attempt.requireId(), List.of()).stream()
                    .collect(Collectors.toMap(AnswerRow::questionId, Function.identity()));
            Map<Long, ItemAnalysis.Item> itemsOfAttempt = new HashMap<>();
            for (AttemptRow.Slot slot : attempt.slots()) {
                Question q = bodies.get(slot.versionId()).body();
                newestShown.put(slot.questionId(), q);
                AnswerRow answer = given.get(slot.questionId());
                Response response = answer == null ? null : response(slot, q, answer.answer());
                double fraction = Scoring.score(q, response).fraction();
                itemsOfAttempt.put(slot.questionId(), new ItemAnalysis.Item(fraction, slot.mark(), response));
            }
            items.add(new ItemAnalysis.Attempt(itemsOfAttempt));
        }
        Map<Long, QuestionRow> rows = newestShown.isEmpty() ? Map.of() : questions.findByIdIn(newestShown.keySet()).stream()
                .collect(Collectors.toMap(QuestionRow::requireId, Function.identity()));
        List<QuestionStatistics> statistics = ItemAnalysis.analyse(items).stream().map(s -> {
            Question q = newestShown.get(s.questionId());
            List<ChoiceCount> choices = null;
            if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.TRUE_FALSE) {
                choices = new ArrayList<>();
                for (int i = 0; i < q.choices().size(); i++) {
                    choices.add(new ChoiceCount(q.choices().get(i).text(), s.choiceCounts().getOrDefault(i, 0)));
                }
            }
            QuestionRow row = rows.get(s.questionId());
            // shares rather than Moodle's percentages: facility 0..1, discrimination -1..1
            return new QuestionStatistics(s.questionId(), row == null ? q.name() : row.name(), q.type().code(), s.attempts(),
                    s.facility() / 100, s.discrimination() == null ? null : s.discrimination() / 100, choices);
        }).toList();
        return new Analysis(finished.size(), statistics);
    }

    /**
     * Scores every finished attempt again against each question's newest version where its shape
     * (number of choices, answers, pairs) is unchanged, so a fixed right answer counts; a question
     * whose shape changed keeps the version the attempt saw.
     */
    @Transactional
    Regraded regrade(long quizId, Caller caller) {
        QuizRow quiz = quizzes.managed(quizId, caller);
        List<AttemptRow> finished = attemptRows.findByQuizIdOrderById(quiz.requireId()).stream()
                .filter(a -> AttemptRow.SUBMITTED.equals(a.status())).toList();
        List<AttemptRow.Slot> all = finished.stream().flatMap(a -> a.slots().stream()).toList();
        Map<Long, QuestionVersionRow> seen = attempts.bodies(all);
        Set<Long> questionIds = all.stream().map(AttemptRow.Slot::questionId).collect(Collectors.toSet());
        Map<Long, QuestionVersionRow> newest = questionIds.isEmpty() ? Map.of() : versions.findNewest(questionIds).stream()
                .collect(Collectors.toMap(QuestionVersionRow::questionId, Function.identity()));
        for (AttemptRow attempt : finished) {
            List<AttemptRow.Slot> slots = attempt.slots().stream()
                    .map(slot -> moved(slot, seen.get(slot.versionId()), newest.get(slot.questionId()))).toList();
            attempts.rescore(attemptRows.lock(attempt.requireId()).orElseThrow(), slots, quiz);
        }
        return new Regraded(finished.size());
    }

    Writable export(long quizId, Caller caller, boolean xlsx) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuizViews.AttemptSummary a : attempts.ofQuiz(quizId, caller)) {
            rows.add(Arrays.asList(a.fullName(), a.number(), a.status(), a.startedAt(), a.submittedAt(), a.score(),
                    a.passed() == null ? null : a.passed() ? "так" : "ні"));
        }
        return Exports.writable(xlsx, "Спроби", HEADER, rows);
    }

    /** The slot on the question's newest version, where that version's parts still line up with what the attempt showed. */
    private static AttemptRow.Slot moved(AttemptRow.Slot slot, QuestionVersionRow seen, @Nullable QuestionVersionRow newest) {
        if (newest == null || Objects.equals(newest.id(), seen.id()) || !sameShape(seen.body(), newest.body())) {
            return slot;
        }
        return new AttemptRow.Slot(slot.questionId(), Objects.requireNonNull(newest.id()), slot.mark(), slot.choiceOrder(), slot.promptOrder());
    }

    /** Whether the attempt's ids still mean the same parts: typed answers always do; choices and pairs when their counts hold. */
    private static boolean sameShape(Question a, Question b) {
        if (a.type() == b.type() && (a.type() == QuestionType.SHORT_ANSWER || a.type() == QuestionType.NUMERICAL)) {
            return true;
        }
        return a.type() == b.type() && a.choices().size() == b.choices().size() && a.pairs().size() == b.pairs().size()
                && a.pairs().stream().map(Question.Pair::answer).distinct().count() == b.pairs().stream().map(Question.Pair::answer).distinct().count();
    }

    private @Nullable Response response(AttemptRow.Slot slot, Question q, String stored) {
        try {
            return AttemptAnswers.response(slot, q, json.readValue(stored, JsonNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
