package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the enrollment endpoints answer. */
final class Views {
    private Views() {
    }

    @Serdeable
    record QuestionnaireView(long programId, List<Question> questions, boolean allowReapply, long version) {
        static QuestionnaireView of(QuestionnaireRow row) {
            return new QuestionnaireView(row.programId(), row.questions(), row.allowReapply(), row.version() == null ? 0 : row.version());
        }
    }

    @Serdeable
    record ApplicationView(long id, long programId, String programTitle, long userId, ApplicationStatus status,
                           Profile profile,
                           @Schema(description = "The program's own questions' answers by question id: text, a choice, "
                                   + "a list of choices or yes/no", additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
                           Map<String, Object> answers,
                           @Nullable String decisionMessage,
                           Instant submittedAt, @Nullable Instant decidedAt) {
        static ApplicationView of(ApplicationRow row, String programTitle) {
            return new ApplicationView(row.requireId(), row.programId(), programTitle, row.userId(), row.status(),
                    row.profile(), row.answers(), row.decisionMessage(), row.submittedAt(), row.decidedAt());
        }
    }

    @Serdeable
    record MyProgram(long programId, String title, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                     long applicationId, ApplicationStatus status, Instant submittedAt, @Nullable String decisionMessage) {
    }

    @Serdeable
    record Decided(int changed, long admitted, @Nullable Integer capacity) {
    }
}
