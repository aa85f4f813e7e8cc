package org.civitas.enrollment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Map;

@MappedEntity("applications")
record ApplicationRow(@Id @GeneratedValue @Nullable Long id,
                      long programId,
                      long userId,
                      ApplicationStatus status,
                      @TypeDef(type = DataType.STRING, converter = JsonColumns.Profiles.class) Profile profile,
                      String region,
                      String organization,
                      String category,
                      @TypeDef(type = DataType.STRING, converter = JsonColumns.Answers.class) Map<String, Object> answers,
                      @Nullable String decisionMessage,
                      @Nullable Long decidedBy,
                      @Nullable Instant decidedAt,
                      Instant submittedAt,
                      Instant updatedAt,
                      @Version @Nullable Long version) {

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("application not saved yet");
        }
        return id;
    }

    ApplicationRow decided(ApplicationStatus newStatus, @Nullable String message, @Nullable Long by, Instant now) {
        return new ApplicationRow(id, programId, userId, newStatus, profile, region, organization, category, answers,
                message, by, now, submittedAt, now, version);
    }
}
