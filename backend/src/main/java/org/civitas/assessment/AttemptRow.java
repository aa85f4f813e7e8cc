package org.civitas.assessment;

import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.civitas.platform.database.JsonColumn;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("quiz_attempts")
record AttemptRow(@Id @GeneratedValue @Nullable Long id,
                  long quizId,
                  long userId,
                  int number,
                  String status,
                  Instant startedAt,
                  @Nullable Instant deadline,
                  @Nullable Instant submittedAt,
                  @Nullable Double score,
                  @Nullable Boolean passed,
                  @TypeDef(type = DataType.STRING, converter = SlotsConverter.class) List<Slot> slots,
                  @Version @Nullable Long version) {
    static final String IN_PROGRESS = "in_progress";
    static final String SUBMITTED = "submitted";

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("attempt not saved yet");
        }
        return id;
    }

    /**
     * A question the attempt drew: which version, its mark here, and the order its parts are shown
     * in (display position → index in the version's lists): choices (or, for matching, the distinct
     * answers by the index of a pair carrying each) and matching prompts (pair indexes).
     */
    @Serdeable
    record Slot(long questionId, long versionId, double mark, List<Integer> choiceOrder, List<Integer> promptOrder) {
    }

    @Singleton
    static class SlotsConverter extends JsonColumn<List<Slot>> {
        SlotsConverter(JsonMapper json) {
            super(json, Argument.listOf(Slot.class));
        }
    }
}
