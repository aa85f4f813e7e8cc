package org.civitas.assessment;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Quizzes of a program: a module's test or the final test, with their settings. Staff see and edit
 * everything; admitted participants see published quizzes with their own standing, never the
 * questions behind them.
 */
@Singleton
class Quizzes {
    private final QuizRepository quizzes;
    private final AttemptRepository attempts;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final Categories categories;
    private final Catalog catalog;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Quizzes(QuizRepository quizzes, AttemptRepository attempts, QuestionRepository questions, QuestionVersionRepository versions,
            Categories categories, Catalog catalog, ProgramAccess access, AuditLog audit, Clock clock) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.questions = questions;
        this.versions = versions;
        this.categories = categories;
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    List<QuizViews.QuizSummary> list(long programId, Caller caller) {
        access.requireView(programId, caller);
        boolean staff = access.canManage(programId, caller);
        if (!staff && !access.isParticipant(programId, caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_a_participant");
        }
        Instant now = clock.instant();
        return quizzes.findByProgramIdOrderById(programId).stream().filter(q -> staff || q.published())
                .map(q -> new QuizViews.QuizSummary(q.requireId(), q.programId(), q.title(), q.moduleId(), q.published(), q.passMark(),
                        q.questionCount(), q.attemptsAllowed(), q.timeLimitMinutes(), q.opensAt(), q.closesAt(), q.open(now),
                        staff ? null : standing(q, caller.id(), now)))
                .toList();
    }

    QuizViews.QuizView get(long quizId, Caller caller) {
        QuizRow quiz = visible(quizId, caller);
        return view(quiz, access.canManage(quiz.programId(), caller), caller.id());
    }

    @Transactional
    QuizViews.QuizView create(long programId, QuizViews.QuizRequest request, Caller caller) {
        access.requireManage(programId, caller);
        Instant now = clock.instant();
        QuizRow saved = quizzes.save(row(null, programId, request, caller.id(), now, now, null));
        audit.record("quiz.created", caller.id(), "program", programId, null, "quiz=" + saved.id());
        return view(saved, true, caller.id());
    }

    @Transactional
    QuizViews.QuizView update(long quizId, QuizViews.QuizRequest request, Caller caller) {
        QuizRow quiz = quizzes.findById(quizId).orElseThrow(ApiException::notFound);
        access.requireManage(quiz.programId(), caller);
        if (request.version() == null) {
            throw ApiException.invalidField("version", "required");
        }
        try {
            QuizRow saved = quizzes.update(row(quiz.id(), quiz.programId(), request, quiz.createdBy(), quiz.createdAt(), clock.instant(),
                    request.version()));
            audit.record("quiz.saved", caller.id(), "program", quiz.programId(), null, "quiz=" + quizId);
            return view(saved, true, caller.id());
        } catch (OptimisticLockException stale) {
            throw ApiException.conflict("stale_version", "version");
        }
    }

    @Transactional
    void delete(long quizId, Caller caller) {
        QuizRow quiz = quizzes.findById(quizId).orElseThrow(ApiException::notFound);
        access.requireManage(quiz.programId(), caller);
        if (attempts.countByQuizId(quizId) > 0) {
            throw new ApiException(HttpStatus.CONFLICT, "quiz_has_attempts");
        }
        quizzes.delete(quiz);
        audit.record("quiz.deleted", caller.id(), "program", quiz.programId(), null, "quiz=" + quizId);
    }

    /** The quiz, if the caller is its program's staff or an admitted participant and it is published; else refused. */
    QuizRow visible(long quizId, Caller caller) {
        QuizRow quiz = quizzes.findById(quizId).orElseThrow(ApiException::notFound);
        access.requireView(quiz.programId(), caller);
        if (access.canManage(quiz.programId(), caller)) {
            return quiz;
        }
        if (!access.isParticipant(quiz.programId(), caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_a_participant");
        }
        if (!quiz.published()) {
            throw ApiException.notFound();
        }
        return quiz;
    }

    QuizRow quiz(long quizId) {
        return quizzes.findById(quizId).orElseThrow(ApiException::notFound);
    }

    QuizRow managed(long quizId, Caller caller) {
        QuizRow quiz = quizzes.findById(quizId).orElseThrow(ApiException::notFound);
        access.requireManage(quiz.programId(), caller);
        return quiz;
    }

    /** What a learner's finished attempts add up to under the quiz's grading: highest, last, first or average. */
    static @Nullable Double graded(String grading, List<AttemptRow> finished) {
        List<Double> scores = finished.stream().filter(a -> a.score() != null).map(AttemptRow::score).toList();
        if (scores.isEmpty()) {
            return null;
        }
        return switch (grading) {
            case "last" -> scores.getLast();
            case "first" -> scores.getFirst();
            case "average" -> scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            default -> scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        };
    }

    QuizViews.Standing standing(QuizRow quiz, long userId, Instant now) {
        List<AttemptRow> mine = attempts.findByQuizIdAndUserIdOrderByNumber(quiz.requireId(), userId);
        Long inProgress = mine.stream().filter(a -> AttemptRow.IN_PROGRESS.equals(a.status())).map(AttemptRow::requireId)
                .findFirst().orElse(null);
        List<AttemptRow> finished = mine.stream().filter(a -> AttemptRow.SUBMITTED.equals(a.status())).toList();
        QuizSettings.Shows shows = shows(quiz, now);
        Double score = shows.score() ? graded(quiz.grading(), finished) : null;
        Integer left = quiz.attemptsAllowed() == null ? null : Math.max(0, quiz.attemptsAllowed() - mine.size());
        return new QuizViews.Standing(mine.size(), left, inProgress, score, score == null ? null : score >= quiz.passMark());
    }

    static QuizSettings.Shows shows(QuizRow quiz, Instant now) {
        return Objects.requireNonNull(quiz.closed(now) ? quiz.review().afterClose() : quiz.review().afterSubmit());
    }

    private QuizViews.QuizView view(QuizRow q, boolean staff, long userId) {
        Instant now = clock.instant();
        List<QuizViews.PickedQuestion> picked = null;
        Double totalMarks = null;
        if (staff) {
            Map<Long, QuestionRow> rows = rows(q.questions().stream().map(QuizSettings.FixedQuestion::questionId).toList()).stream().collect(Collectors.toMap(QuestionRow::requireId, Function.identity()));
            Map<Long, QuestionVersionRow> newest = rows.isEmpty() ? Map.of() : versions.findNewest(rows.keySet()).stream()
                    .collect(Collectors.toMap(QuestionVersionRow::questionId, Function.identity()));
            picked = q.questions().stream().filter(f -> rows.containsKey(f.questionId())).map(f -> {
                QuestionRow row = rows.get(f.questionId());
                double mark = f.mark() != null ? f.mark() : newest.get(row.requireId()).body().mark();
                return new QuizViews.PickedQuestion(row.requireId(), row.name(), row.type(), mark);
            }).toList();
            totalMarks = picked.stream().mapToDouble(QuizViews.PickedQuestion::mark).sum();
        }
        return new QuizViews.QuizView(q.requireId(), q.programId(), q.title(), q.description(), q.moduleId(), q.published(),
                q.passMark(), q.questionCount(), q.attemptsAllowed(), q.grading(), q.timeLimitMinutes(), q.opensAt(), q.closesAt(),
                q.open(now), q.shuffleQuestions(), q.shuffleChoices(), q.layout(), q.review(), picked,
                staff ? q.randomDraws() : null, totalMarks, staff ? attempts.countByQuizId(q.requireId()) : null,
                staff ? (q.version() == null ? 0L : q.version()) : null, staff, staff ? null : standing(q, userId, now));
    }

    private List<QuestionRow> rows(List<Long> ids) {
        return ids.isEmpty() ? List.of() : questions.findByIdIn(ids);
    }

    private QuizRow row(@Nullable Long id, long programId, QuizViews.QuizRequest r, long author, Instant createdAt, Instant now,
                        @Nullable Long version) {
        if (r.moduleId() != null && catalog.module(programId, r.moduleId()).isEmpty()) {
            throw ApiException.invalidField("moduleId", "module_not_found");
        }
        if (r.opensAt() != null && r.closesAt() != null && !r.closesAt().isAfter(r.opensAt())) {
            throw ApiException.invalidField("closesAt", "before_open");
        }
        List<QuizSettings.FixedQuestion> fixed = r.questions() == null ? List.of() : r.questions();
        List<Long> ids = fixed.stream().map(QuizSettings.FixedQuestion::questionId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw ApiException.invalidField("questions", "question_twice");
        }
        long inBank = rows(ids).stream().filter(q -> q.programId() == programId && q.deletedAt() == null).count();
        if (inBank != ids.size()) {
            throw ApiException.invalidField("questions", "question_not_in_bank");
        }
        List<QuizSettings.RandomDraw> draws = r.randomDraws() == null ? List.of() : r.randomDraws();
        draws.forEach(d -> categories.inProgram(Objects.requireNonNull(d.categoryId()), programId));
        boolean published = r.published() != null && r.published();
        if (published && fixed.isEmpty() && draws.isEmpty()) {
            throw ApiException.invalidField("questions", "at_least_one_question");
        }
        return new QuizRow(id, programId, r.moduleId(), Objects.requireNonNull(r.title()).strip(),
                r.description() == null ? "" : r.description().strip(), Objects.requireNonNull(r.passMark()), r.attemptsAllowed(),
                Objects.requireNonNull(r.grading()), r.timeLimitMinutes(), r.opensAt(), r.closesAt(),
                r.shuffleQuestions() != null && r.shuffleQuestions(), r.shuffleChoices() == null || r.shuffleChoices(),
                Objects.requireNonNull(r.layout()), fixed, draws, r.review() == null ? QuizSettings.Review.DEFAULT : r.review(),
                published, author, createdAt, now, version);
    }
}
