package org.civitas.enrollment;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Questionnaires, profiles and answers are documents read whole with their row: JSON columns. */
final class JsonColumns {
    private JsonColumns() {
    }

    abstract static class Json<T> implements AttributeConverter<T, String> {
        private final JsonMapper json;
        private final Argument<T> type;

        Json(JsonMapper json, Argument<T> type) {
            this.json = json;
            this.type = type;
        }

        @Override
        public @Nullable String convertToPersistedValue(@Nullable T value, ConversionContext context) {
            try {
                return value == null ? null : json.writeValueAsString(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public @Nullable T convertToEntityValue(@Nullable String column, ConversionContext context) {
            try {
                return column == null ? null : json.readValue(column, type);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Singleton
    static class Questions extends Json<List<Question>> {
        Questions(JsonMapper json) {
            super(json, Argument.listOf(Question.class));
        }
    }

    @Singleton
    static class Profiles extends Json<Profile> {
        Profiles(JsonMapper json) {
            super(json, Argument.of(Profile.class));
        }
    }

    @Singleton
    static class Answers extends Json<Map<String, Object>> {
        Answers(JsonMapper json) {
            super(json, Argument.mapOf(String.class, Object.class));
        }
    }

    @Singleton
    static class ImportedParticipants extends Json<List<ImportedParticipant>> {
        ImportedParticipants(JsonMapper json) {
            super(json, Argument.listOf(ImportedParticipant.class));
        }
    }

    @Singleton
    static class ImportResults extends Json<ParticipantImportRow.Result> {
        ImportResults(JsonMapper json) {
            super(json, Argument.of(ParticipantImportRow.Result.class));
        }
    }

    @Singleton
    static class ImportHeadings extends Json<List<ParticipantImportRow.Heading>> {
        ImportHeadings(JsonMapper json) {
            super(json, Argument.listOf(ParticipantImportRow.Heading.class));
        }
    }
}
