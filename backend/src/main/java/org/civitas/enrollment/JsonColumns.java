package org.civitas.enrollment;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.civitas.platform.database.JsonColumn;

import java.util.List;
import java.util.Map;

/** Questionnaires, profiles and answers are documents read whole with their row: JSON columns. */
final class JsonColumns {
    private JsonColumns() {
    }

    @Singleton
    static class Questions extends JsonColumn<List<Question>> {
        Questions(JsonMapper json) {
            super(json, Argument.listOf(Question.class));
        }
    }

    @Singleton
    static class Profiles extends JsonColumn<Profile> {
        Profiles(JsonMapper json) {
            super(json, Argument.of(Profile.class));
        }
    }

    @Singleton
    static class Answers extends JsonColumn<Map<String, Object>> {
        Answers(JsonMapper json) {
            super(json, Argument.mapOf(String.class, Object.class));
        }
    }

    @Singleton
    static class ImportedParticipants extends JsonColumn<List<ImportedParticipant>> {
        ImportedParticipants(JsonMapper json) {
            super(json, Argument.listOf(ImportedParticipant.class));
        }
    }

    @Singleton
    static class ImportResults extends JsonColumn<ParticipantImportRow.Result> {
        ImportResults(JsonMapper json) {
            super(json, Argument.of(ParticipantImportRow.Result.class));
        }
    }

    @Singleton
    static class ImportHeadings extends JsonColumn<List<ParticipantImportRow.Heading>> {
        ImportHeadings(JsonMapper json) {
            super(json, Argument.listOf(ParticipantImportRow.Heading.class));
        }
    }
}
