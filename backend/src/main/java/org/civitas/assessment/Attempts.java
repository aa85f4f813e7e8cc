package org.civitas.assessment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.identity.UserView;
import org.civitas.platform.database.Deadlocks;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Attempts, all on the server: a start draws the questions and gives them without any right answer
 * or score; numbers come from a unique key, so many starts at once make one attempt and the limit
 * holds; each answer is saved as it is given (the newest clientSeq wins); the deadline is the
 * server's, with a short grace for the last save; submitting scores once and answers the same
 * when repeated, and a job closes what was left open past its deadline.
 */
@Singleton
class Attempts {
    private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);
    private static final int START_TRIES = 5;
    private static final int MAX_KEPT_VERSIONS = 10_000;
    private final AttemptRepository attempts;
    private final AnswerRepository answers;
    private final Quizzes quizzes;
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final Categories categories;
    private final ProgramAccess access;
    private final Accounts accounts;
    private final AssessmentSettings settings;
    private final ApplicationEventPublisher<QuizPassed> events;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;
    private final Clock clock;
    private final Random random = new SecureRandom();
    private final Map<Long, QuestionVersionRow> drawnVersions = new java.util.concurrent.ConcurrentHashMap<>();

    Attempts(AttemptRepository attempts, AnswerRepository answers, Quizzes quizzes, QuestionRepository questions,
             QuestionVersionRepository versions, Categories categories, ProgramAccess access, Accounts accounts,
             AssessmentSettings settings, ApplicationEventPublisher<QuizPassed> events, TransactionOperations<Connection> transactions,
             JsonMapper json, Clock clock) {
        this.attempts = attempts;
        this.answers = answers;
        this.quizzes = quizzes;
        this.questions = questions;
        this.versions = versions;
        this.categories = categories;
        this.access = access;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /** An attempt shown to whoever asked, and whether this call began it. */
    record Started(QuizViews.AttemptView attempt, boolean created) {
    }

    Started start(long quizId, Caller caller) {
        QuizRow quiz = quizzes.visible(quizId, caller);
        if (!access.isParticipant(quiz.programId(), caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_a_participant");
        }
        for (int tries = 0; tries < START_TRIES; tries++) {
            Optional<Started> started = Deadlocks.retried(transactions, status -> starting(quiz, caller.id()));
            if (started.isPresent()) {
                return started.get();
            }
        }
        throw new ApiException(HttpStatus.CONFLICT, "attempt_start_busy");
    }

    /** Resumes the attempt in progress or begins the next; empty when another start took the number meanwhile (try again). */
    private Optional<Started> starting(QuizRow quiz, long userId) {
        Instant now = now();
        List<AttemptRow> mine = attempts.findByQuizIdAndUserIdOrderByNumber(quiz.requireId(), userId);
        for (AttemptRow open : mine) {
            if (AttemptRow.IN_PROGRESS.equals(open.status())) {
                if (!overdue(open, now)) {
                    return Optional.of(new Started(view(open, quiz, false, now), false));
                }
                // overdue: scored as the job would, unless the job or a submit did it meanwhile
                closedIfOpen(attempts.lock(open.requireId()).orElseThrow(), quiz, now);
            }
        }
        if (!quiz.open(now)) {
            throw new ApiException(HttpStatus.CONFLICT, "quiz_not_open");
        }
        if (quiz.attemptsAllowed() != null && mine.size() >= quiz.attemptsAllowed()) {
            throw new ApiException(HttpStatus.CONFLICT, "no_attempts_left");
        }
        List<AttemptRow.Slot> slots = draw(quiz);
        if (slots.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "quiz_has_no_questions");
        }
        AttemptRow saved;
        try {
            saved = attempts.save(new AttemptRow(null, quiz.requireId(), userId, mine.size() + 1, AttemptRow.IN_PROGRESS, now,
                    deadline(quiz, now), null, null, null, slots, null));
        } catch (DataAccessException anotherStartWon) {
            return Optional.empty();
        }
        questions.markAnswered(slots.stream().map(AttemptRow.Slot::questionId).distinct().toList());
        return Optional.of(new Started(view(saved, quiz, false, now), true));
    }

    QuizViews.AttemptView get(long attemptId, Caller caller) {
        AttemptRow attempt = attempts.findById(attemptId).orElseThrow(ApiException::notFound);
        QuizRow quiz = quizzes.visible(attempt.quizId(), caller);
        boolean staff = access.canManage(quiz.programId(), caller);
        if (!staff && attempt.userId() != caller.id()) {
            throw ApiException.notFound();
        }
        return view(attempt, quiz, staff, clock.instant());
    }

    QuizViews.AnswerSaved save(long attemptId, long questionId, QuizViews.AnswerRequest request, Caller caller) {
        return Deadlocks.retried(transactions, status -> saving(attemptId, questionId, request, caller));
    }

    private QuizViews.AnswerSaved saving(long attemptId, long questionId, QuizViews.AnswerRequest request, Caller caller) {
        AttemptRow attempt = attempts.share(attemptId).filter(a -> a.userId() == caller.id()).orElseThrow(ApiException::notFound);
        Instant now = clock.instant();
        if (!AttemptRow.IN_PROGRESS.equals(attempt.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "attempt_closed");
        }
        if (overdue(attempt, now)) {
            throw new ApiException(HttpStatus.CONFLICT, "deadline_passed");
        }
        AttemptRow.Slot slot = attempt.slots().stream().filter(s -> s.questionId() == questionId).findFirst()
                .orElseThrow(ApiException::notFound);
        JsonNode given = request.answer() == null ? null : JsonNode.from(request.answer());
        AttemptAnswers.response(slot, body(slot), given); // refuses a shape the question cannot take
        String answer = write(given);
        long seq = Objects.requireNonNull(request.clientSeq());
        Optional<AnswerRow> current = answers.lock(attemptId, questionId);
        if (current.isEmpty()) {
            try {
                answers.save(new AnswerRow(null, attemptId, questionId, answer, seq, now));
                return new QuizViews.AnswerSaved(questionId, seq, now, true);
            } catch (DataAccessException raced) {
                current = answers.lock(attemptId, questionId);
            }
        }
        AnswerRow kept = current.orElseThrow();
        if (seq > kept.clientSeq()) {
            answers.update(new AnswerRow(kept.id(), attemptId, questionId, answer, seq, now));
            return new QuizViews.AnswerSaved(questionId, seq, now, true);
        }
        // the same save again counts as done; an older one arriving late changes nothing
        return new QuizViews.AnswerSaved(questionId, seq, kept.savedAt(), seq == kept.clientSeq());
    }

    QuizViews.AttemptView submit(long attemptId, Caller caller) {
        return Deadlocks.retried(transactions, status -> {
            // the caller's own attempt, locked: nothing more to ask of who they are (500 submits at once ask it 500 times)
            AttemptRow attempt = attempts.lock(attemptId).filter(a -> a.userId() == caller.id()).orElseThrow(ApiException::notFound);
            QuizRow quiz = quizzes.quiz(attempt.quizId());
            Instant now = now();
            Map<Long, AnswerRow> given = answersOf(attempt);
            return view(closedIfOpen(attempt, quiz, now, given), quiz, false, now, given);
        });
    }

    /** Closes attempts left open past their deadline and grace, scoring what was saved in time. */
    @Scheduled(fixedDelay = "${civitas.assessment.overdue-check:30s}", initialDelay = "30s")
    void closeOverdue() {
        Instant now = clock.instant();
        for (Long id : attempts.findOverdue(now.minus(settings.saveGrace()))) {
            try {
                Deadlocks.retried(transactions, status -> {
                    AttemptRow attempt = attempts.lock(id).orElseThrow();
                    return closedIfOpen(attempt, quizzes.quiz(attempt.quizId()), now());
                });
            } catch (RuntimeException e) {
                LOG.warn("Could not close overdue attempt {}", id, e);
            }
        }
    }

    List<QuizViews.AttemptSummary> ofQuiz(long quizId, Caller caller) {
        QuizRow quiz = quizzes.managed(quizId, caller);
        List<AttemptRow> all = attempts.findByQuizIdOrderById(quiz.requireId());
        Map<Long, String> names = all.stream().map(AttemptRow::userId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> accounts.find(id).map(UserView::fullName).orElse("—")));
        return all.stream().map(a -> new QuizViews.AttemptSummary(a.requireId(), a.userId(), names.get(a.userId()), a.number(),
                a.status(), a.startedAt(), a.submittedAt(), a.score(), a.passed())).toList();
    }

    /** A locked attempt, closed and scored if it was still in progress; one already submitted stays as it was. */
    private AttemptRow closedIfOpen(AttemptRow locked, QuizRow quiz, Instant now) {
        return closedIfOpen(locked, quiz, now, answersOf(locked));
    }

    private AttemptRow closedIfOpen(AttemptRow locked, QuizRow quiz, Instant now, Map<Long, AnswerRow> given) {
        return AttemptRow.IN_PROGRESS.equals(locked.status()) ? close(locked, quiz, now, given) : locked;
    }

    /** Scores every answer saved, and the attempt, which ends at its deadline if that came first. */
    private AttemptRow close(AttemptRow attempt, QuizRow quiz, Instant now, Map<Long, AnswerRow> given) {
        Instant ended = attempt.deadline() != null && now.isAfter(attempt.deadline()) ? attempt.deadline() : now;
        return scored(attempt, attempt.slots(), quiz, ended, given);
    }

    /** Scores a finished attempt again with these slots (a regrade after a question was fixed). */
    AttemptRow rescore(AttemptRow attempt, List<AttemptRow.Slot> slots, QuizRow quiz) {
        return scored(attempt, slots, quiz, Objects.requireNonNull(attempt.submittedAt()), answersOf(attempt));
    }

    private Map<Long, AnswerRow> answersOf(AttemptRow attempt) {
        return answers.findByAttemptId(attempt.requireId()).stream().collect(Collectors.toMap(AnswerRow::questionId, Function.identity()));
    }

    /**
     * The attempt's score: the share of its marks earned, in percent, each answer scored against
     * the version its slot names. Reaching the pass mark for the first time publishes QuizPassed.
     */
    private AttemptRow scored(AttemptRow attempt, List<AttemptRow.Slot> slots, QuizRow quiz, Instant ended, Map<Long, AnswerRow> given) {
        Map<Long, QuestionVersionRow> bodies = bodies(slots);
        double earned = 0;
        double total = 0;
        for (AttemptRow.Slot slot : slots) {
            Question question = bodies.get(slot.versionId()).body();
            AnswerRow answer = given.get(slot.questionId());
            Scoring.Score score = Scoring.score(question, answer == null ? null : response(slot, question, answer.answer()));
            earned += score.fraction() * slot.mark();
            total += slot.mark();
        }
        double percent = total == 0 ? 0 : Math.round(earned / total * 10_000) / 100.0;
        boolean passed = percent + 1e-9 >= quiz.passMark();
        AttemptRow scored = attempts.update(new AttemptRow(attempt.id(), attempt.quizId(), attempt.userId(), attempt.number(),
                AttemptRow.SUBMITTED, attempt.startedAt(), attempt.deadline(), ended, percent, passed, slots, attempt.version()));
        if (passed && !Boolean.TRUE.equals(attempt.passed())) {
            events.publishEvent(new QuizPassed(quiz.programId(), quiz.moduleId(), quiz.requireId(), attempt.userId(), percent, ended));
        }
        return scored;
    }

    /** The fixed questions' newest versions, then each random draw from its categories, shuffled as the quiz says. */
    private List<AttemptRow.Slot> draw(QuizRow quiz) {
        List<Long> fixedIds = quiz.questions().stream().map(QuizSettings.FixedQuestion::questionId).toList();
        Map<Long, QuestionRow> rows = (fixedIds.isEmpty() ? List.<QuestionRow>of() : questions.findByIdIn(fixedIds)).stream()
                .filter(q -> q.deletedAt() == null).collect(Collectors.toMap(QuestionRow::requireId, Function.identity()));
        Map<Long, Double> marks = new java.util.LinkedHashMap<>(); // the questions drawn, in order, with their marks here (null: their own)
        for (QuizSettings.FixedQuestion fixed : quiz.questions()) {
            QuestionRow row = rows.get(fixed.questionId());
            if (row != null && !marks.containsKey(row.requireId())) {
                marks.put(row.requireId(), fixed.mark());
            }
        }
        for (QuizSettings.RandomDraw draw : quiz.randomDraws()) {
            long categoryId = Objects.requireNonNull(draw.categoryId());
            Set<Long> inCategories = draw.withSubcategories() ? categories.withDescendants(quiz.programId(), categoryId) : Set.of(categoryId);
            List<QuestionRow> pool = new ArrayList<>(questions.findLiveInCategories(inCategories).stream()
                    .filter(q -> !marks.containsKey(q.requireId())).toList());
            Collections.shuffle(pool, random);
            pool.subList(0, Math.min(pool.size(), Objects.requireNonNull(draw.count()))).forEach(row -> marks.put(row.requireId(), null));
        }
        Map<Long, QuestionVersionRow> newest = marks.isEmpty() ? Map.of() : versions.findNewest(marks.keySet()).stream()
                .collect(Collectors.toMap(QuestionVersionRow::questionId, Function.identity()));
        List<AttemptRow.Slot> slots = new ArrayList<>();
        marks.forEach((questionId, mark) -> {
            QuestionVersionRow version = newest.get(questionId);
            Question body = version.body();
            slots.add(AttemptAnswers.slot(questionId, Objects.requireNonNull(version.id()), mark != null ? mark : body.mark(), body,
                    quiz.shuffleChoices(), random));
        });
        if (quiz.shuffleQuestions()) {
            Collections.shuffle(slots, random);
        }
        return slots;
    }

    private QuizViews.AttemptView view(AttemptRow attempt, QuizRow quiz, boolean staff, Instant now) {
        return view(attempt, quiz, staff, now, answersOf(attempt));
    }

    private QuizViews.AttemptView view(AttemptRow attempt, QuizRow quiz, boolean staff, Instant now, Map<Long, AnswerRow> given) {
        boolean finished = AttemptRow.SUBMITTED.equals(attempt.status());
        // while in progress nothing is reviewed; what the learner will see once submitted is said all the same
        QuizSettings.Shows policy = staff ? QuizSettings.Shows.ALL : Quizzes.shows(quiz, now);
        QuizSettings.Shows shows = finished ? policy : null;
        Map<Long, QuestionVersionRow> bodies = bodies(attempt.slots());
        List<QuizViews.AttemptQuestion> shown = new ArrayList<>();
        int position = 1;
        for (AttemptRow.Slot slot : attempt.slots()) {
            Question q = bodies.get(slot.versionId()).body();
            AnswerRow answer = given.get(slot.questionId());
            JsonNode answered = answer == null ? null : read(answer.answer());
            boolean showAnswer = shows == null || shows.answers();
            shown.add(new QuizViews.AttemptQuestion(slot.questionId(), position++, q.type().code(), q.text(), slot.mark(),
                    AttemptAnswers.choices(slot, q), AttemptAnswers.prompts(slot, q), showAnswer ? answered : null,
                    shows == null ? null : review(slot, q, answer, shows)));
        }
        boolean score = shows != null && shows.score();
        return new QuizViews.AttemptView(attempt.requireId(), quiz.requireId(), quiz.title(), attempt.number(), attempt.status(),
                attempt.startedAt(), attempt.deadline(), now, attempt.submittedAt(), quiz.layout(), shown,
                score ? attempt.score() : null, score ? attempt.passed() : null, policy);
    }

    private QuizViews.QuestionReview review(AttemptRow.Slot slot, Question q, @Nullable AnswerRow answer, QuizSettings.Shows shows) {
        Scoring.Score scored = Scoring.score(q, answer == null ? null : response(slot, q, answer.answer()));
        return new QuizViews.QuestionReview(shows.score() ? scored.fraction() * slot.mark() : null,
                shows.score() ? scored.state().name().toLowerCase(java.util.Locale.ROOT) : null, shows.feedback() ? scored.feedback() : null,
                shows.correctAnswers() ? AttemptAnswers.rightAnswer(slot, q) : null, shows.feedback() ? q.feedback() : null);
    }

    /** A saved answer as the scorer reads it; one the question can no longer take (never, as saves are checked) counts as none. */
    private @Nullable Response response(AttemptRow.Slot slot, Question question, String stored) {
        try {
            return AttemptAnswers.response(slot, question, read(stored));
        } catch (ApiException unreadable) {
            return null;
        }
    }

    /**
     * The versions the slots name. A version an attempt drew never changes again (saving an
     * answered question makes a new one), so they are kept here once read: 500 submits at once
     * read the quiz's twenty versions once, not ten thousand times.
     */
    Map<Long, QuestionVersionRow> bodies(List<AttemptRow.Slot> slots) {
        List<Long> missing = slots.stream().map(AttemptRow.Slot::versionId).distinct().filter(id -> !drawnVersions.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            if (drawnVersions.size() > MAX_KEPT_VERSIONS) {
                drawnVersions.clear();
            }
            versions.findByIdIn(missing).forEach(v -> drawnVersions.put(Objects.requireNonNull(v.id()), v));
        }
        return slots.stream().map(AttemptRow.Slot::versionId).distinct()
                .collect(Collectors.toMap(Function.identity(), id -> Objects.requireNonNull(drawnVersions.get(id))));
    }

    private Question body(AttemptRow.Slot slot) {
        return bodies(List.of(slot)).get(slot.versionId()).body();
    }

    /** The time as the database keeps it (microseconds), so what an answer says equals what a reload says. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean overdue(AttemptRow attempt, Instant now) {
        return attempt.deadline() != null && now.isAfter(attempt.deadline().plus(settings.saveGrace()));
    }

    private static @Nullable Instant deadline(QuizRow quiz, Instant now) {
        Instant limit = quiz.timeLimitMinutes() == null ? null : now.plus(Duration.ofMinutes(quiz.timeLimitMinutes()));
        if (quiz.closesAt() == null) {
            return limit;
        }
        return limit == null || quiz.closesAt().isBefore(limit) ? quiz.closesAt() : limit;
    }

    private String write(@Nullable JsonNode answer) {
        try {
            return json.writeValueAsString(answer == null ? JsonNode.nullNode() : answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private @Nullable JsonNode read(String stored) {
        try {
            return json.readValue(stored, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
