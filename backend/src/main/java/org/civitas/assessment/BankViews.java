package org.civitas.assessment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the question bank's endpoints answer and accept. */
final class BankViews {
    static final String TYPES = "single_choice|multiple_choice|true_false|short_answer|numerical|matching";

    private BankViews() {
    }

    /** A category with its path from the root and the questions directly in it. */
    @Serdeable
    record CategoryView(long id, @Nullable Long parentId, String name, List<String> path, long questionCount) {
    }

    @Serdeable
    record CategoryRequest(@NotBlank @Size(max = 255) @Nullable String name, @Nullable Long parentId) {
    }

    /** A question in the bank's list. */
    @Serdeable
    record QuestionSummary(long id, @Schema(allowableValues = {"single_choice", "multiple_choice", "true_false", "short_answer",
            "numerical", "matching"}) String type, String name, long categoryId, List<String> category, List<String> tags,
                           int versionNumber, boolean answered, Instant updatedAt) {
    }

    /** A question's newest version with everything the editor shows. */
    @Serdeable
    record QuestionView(long id, long programId, long categoryId, List<String> category,
                        @Schema(allowableValues = {"single_choice", "multiple_choice", "true_false", "short_answer", "numerical",
                                "matching"}) String type,
                        String name, String text, @Nullable String feedback, double mark, double penalty, boolean shuffle,
                        boolean caseSensitive, List<Question.Choice> choices, List<Question.NumberAnswer> numbers,
                        List<Question.Pair> pairs, List<String> tags, int versionNumber, long version, boolean answered,
                        Instant createdAt, Instant updatedAt) {
    }

    @Serdeable
    record ChoiceInput(@NotNull @Size(max = 20_000) @Nullable String text,
                       @NotNull @DecimalMin("-1") @DecimalMax("1") @Nullable Double fraction,
                       @Size(max = 20_000) @Nullable String feedback) {
    }

    @Serdeable
    record NumberInput(@NotNull @Nullable Double value, @NotNull @DecimalMin("0") @Nullable Double tolerance,
                       @NotNull @DecimalMin("-1") @DecimalMax("1") @Nullable Double fraction,
                       @Size(max = 20_000) @Nullable String feedback) {
    }

    @Serdeable
    record PairInput(@NotNull @Size(max = 20_000) @Nullable String prompt, @NotBlank @Size(max = 1000) @Nullable String answer) {
    }

    /** A question as the editor sends it; {@code version} is required when saving an existing one. */
    @Serdeable
    record QuestionRequest(@NotNull @Nullable Long categoryId,
                           @NotNull @Pattern(regexp = TYPES) @Nullable String type,
                           @NotBlank @Size(max = 255) @Nullable String name,
                           @NotBlank @Size(max = 200_000) @Nullable String text,
                           @Size(max = 50_000) @Nullable String feedback,
                           @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Nullable Double mark,
                           @DecimalMin("0") @DecimalMax("1") @Nullable Double penalty,
                           @Nullable Boolean shuffle,
                           @Nullable Boolean caseSensitive,
                           @Size(max = 50) @Nullable List<@Valid @NotNull ChoiceInput> choices,
                           @Size(max = 50) @Nullable List<@Valid @NotNull NumberInput> numbers,
                           @Size(max = 50) @Nullable List<@Valid @NotNull PairInput> pairs,
                           @Size(max = 20) @Nullable List<@NotBlank @Size(max = 50) String> tags,
                           @Nullable Long version) {
    }

    /** A trial answer in the question's own terms (indexes of its choices and pairs), from the editor's preview. */
    @Serdeable
    record Check(@Nullable @Schema(ref = "#/components/schemas/AnswerValue") Object answer) {
    }

    /** How the trial answer scores, and the feedback it earns. */
    @Serdeable
    record Checked(double fraction, @Schema(allowableValues = {"correct", "partial", "wrong", "unanswered"}) String state,
                   @Nullable String feedback) {
    }

    /** The preview of an import, and after confirming, how many questions it made. */
    @Serdeable
    record ImportView(long id, String fileName, @Schema(allowableValues = {"gift", "moodle_xml"}) String format,
                      @Schema(allowableValues = {"preview", "confirmed"}) String status,
                      List<ImportedQuestion> questions, Map<String, Integer> countsByType, List<Unsupported> unsupported,
                      List<Problem> problems, @Nullable Integer created) {
    }

    @Serdeable
    record ImportedQuestion(int line, int position, String type, List<String> category, String name) {
    }

    @Serdeable
    record Unsupported(String type, String name, int line, int position) {
    }

    @Serdeable
    record Problem(int line, int position, String code, String message) {
    }
}
