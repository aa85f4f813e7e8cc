package org.civitas.assessment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** What the quiz and attempt endpoints answer and accept. */
final class QuizViews {
    private QuizViews() {
    }

    /** A quiz's settings as the editor sends them; {@code version} when saving an existing one. */
    @Serdeable
    record QuizRequest(@NotBlank @Size(max = 300) @Nullable String title,
                       @Size(max = 20_000) @Nullable String description,
                       @Nullable Long moduleId,
                       @NotNull @DecimalMin("0") @DecimalMax("100") @Nullable Double passMark,
                       @Min(1) @Max(100) @Nullable Integer attemptsAllowed,
                       @NotNull @Pattern(regexp = "highest|last|first|average") @Nullable String grading,
                       @Min(1) @Max(1440) @Nullable Integer timeLimitMinutes,
                       @Nullable Instant opensAt,
                       @Nullable Instant closesAt,
                       @Nullable Boolean shuffleQuestions,
                       @Nullable Boolean shuffleChoices,
                       @NotNull @Pattern(regexp = "one_per_page|all_on_one_page") @Nullable String layout,
                       @Size(max = 200) @Nullable List<QuizSettings.@Valid @NotNull FixedQuestion> questions,
                       @Size(max = 20) @Nullable List<QuizSettings.@Valid @NotNull RandomDraw> randomDraws,
                       @Valid QuizSettings.@Nullable Review review,
                       @Nullable Boolean published,
                       @Nullable Long version) {
    }

    /** The signed-in participant's standing in a quiz: attempts used and left, the one in progress, the graded result where shown. */
    @Serdeable
    record Standing(int attemptsUsed, @Nullable Integer attemptsLeft, @Nullable Long inProgressAttemptId, @Nullable Double score,
                    @Nullable Boolean passed) {
    }

    /** A quiz in a program's list; {@code me} for participants. */
    @Serdeable
    record QuizSummary(long id, long programId, String title, @Nullable Long moduleId, boolean published, double passMark,
                       int questionCount, @Nullable Integer attemptsAllowed, @Nullable Integer timeLimitMinutes,
                       @Nullable Instant opensAt, @Nullable Instant closesAt, boolean open, @Nullable Standing me) {
    }

    /** A quiz with its settings; the staff-only parts (questions, draws, marks, attempt count, version) are null for learners. */
    @Serdeable
    record QuizView(long id, long programId, String title, String description, @Nullable Long moduleId, boolean published,
                    double passMark, int questionCount, @Nullable Integer attemptsAllowed,
                    @Schema(allowableValues = {"highest", "last", "first", "average"}) String grading,
                    @Nullable Integer timeLimitMinutes, @Nullable Instant opensAt, @Nullable Instant closesAt, boolean open,
                    boolean shuffleQuestions, boolean shuffleChoices,
                    @Schema(allowableValues = {"one_per_page", "all_on_one_page"}) String layout, QuizSettings.Review review,
                    @Nullable List<PickedQuestion> questions, @Nullable List<QuizSettings.RandomDraw> randomDraws,
                    @Nullable Double totalMarks, @Nullable Long attemptCount, @Nullable Long version, boolean canEdit,
                    @Nullable Standing me) {
    }

    @Serdeable
    record PickedQuestion(long questionId, String name, String type, double mark) {
    }

    /** A choice, an answer to match, or a prompt, as the attempt shows it: ids are display positions, never the author's order. */
    @Serdeable
    record Option(int id, String text) {
    }

    /** What a finished question shows, as far as the review policy lets it. */
    @Serdeable
    record QuestionReview(@Nullable Double score, @Nullable @Schema(allowableValues = {"correct", "partial", "wrong", "unanswered"}) String state,
                          @Nullable String feedback, @Nullable @Schema(ref = "#/components/schemas/AnswerValue") Object correctAnswer, @Nullable String generalFeedback) {
    }

    @Serdeable
    record AttemptQuestion(long id, int position,
                           @Schema(allowableValues = {"single_choice", "multiple_choice", "true_false", "short_answer", "numerical",
                                   "matching"}) String type,
                           String text, double mark, @Nullable List<Option> choices, @Nullable List<Option> prompts,
                           @Nullable @Schema(ref = "#/components/schemas/AnswerValue") Object answer, @Nullable QuestionReview review) {
    }

    /**
     * An attempt: no right answer or score before the review policy allows. {@code shows} is what the
     * policy shows of it: once submitted, what the review holds; before, what submitting will show.
     */
    @Serdeable
    record AttemptView(long id, long quizId, String quizTitle, int number,
                       @Schema(allowableValues = {"in_progress", "submitted"}) String status, Instant startedAt,
                       @Nullable Instant deadline, Instant serverNow, @Nullable Instant submittedAt, String layout,
                       List<AttemptQuestion> questions, @Nullable Double score, @Nullable Boolean passed,
                       QuizSettings.Shows shows) {
    }

    @Serdeable
    record AnswerRequest(@Nullable @Schema(ref = "#/components/schemas/AnswerValue") Object answer, @NotNull @Min(0) @Nullable Long clientSeq) {
    }

    @Serdeable
    record AnswerSaved(long questionId, long clientSeq, Instant savedAt, boolean saved) {
    }

    /** An attempt in the staff's list. */
    @Serdeable
    record AttemptSummary(long id, long userId, String fullName, int number,
                          @Schema(allowableValues = {"in_progress", "submitted"}) String status, Instant startedAt,
                          @Nullable Instant submittedAt, @Nullable Double score, @Nullable Boolean passed) {
    }
}
