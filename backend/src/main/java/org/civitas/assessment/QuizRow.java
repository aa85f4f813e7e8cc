package org.civitas.assessment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("quizzes")
record QuizRow(@Id @GeneratedValue @Nullable Long id,
               long programId,
               @Nullable Long moduleId,
               String title,
               String description,
               double passMark,
               @Nullable Integer attemptsAllowed,
               String grading,
               @Nullable Integer timeLimitMinutes,
               @Nullable Instant opensAt,
               @Nullable Instant closesAt,
               boolean shuffleQuestions,
               boolean shuffleChoices,
               String layout,
               @TypeDef(type = DataType.STRING, converter = QuizSettings.FixedQuestionsConverter.class) List<QuizSettings.FixedQuestion> questions,
               @TypeDef(type = DataType.STRING, converter = QuizSettings.RandomDrawsConverter.class) List<QuizSettings.RandomDraw> randomDraws,
               @TypeDef(type = DataType.STRING, converter = QuizSettings.ReviewConverter.class) QuizSettings.Review review,
               boolean published,
               long createdBy,
               Instant createdAt,
               Instant updatedAt,
               @Version @Nullable Long version) {

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("quiz not saved yet");
        }
        return id;
    }

    /** Whether learners may start an attempt now: published, and within its dates. */
    boolean open(Instant now) {
        return published && (opensAt == null || !now.isBefore(opensAt)) && (closesAt == null || now.isBefore(closesAt));
    }

    boolean closed(Instant now) {
        return closesAt != null && !now.isBefore(closesAt);
    }

    int questionCount() {
        return questions.size() + randomDraws.stream().mapToInt(d -> d.count() == null ? 0 : d.count()).sum();
    }
}
