package org.civitas.assessment;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A previewed import's questions and problems, kept as JSON until the trainer confirms. */
@Singleton
class ParsedFileConverter implements AttributeConverter<QuestionImports.ParsedFile, String> {
    private final JsonMapper json;

    ParsedFileConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public @Nullable String convertToPersistedValue(QuestionImports.@Nullable ParsedFile value, ConversionContext context) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public QuestionImports.@Nullable ParsedFile convertToEntityValue(@Nullable String column, ConversionContext context) {
        try {
            return column == null ? null : json.readValue(column, QuestionImports.ParsedFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
