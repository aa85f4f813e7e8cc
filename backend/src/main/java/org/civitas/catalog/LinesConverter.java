package org.civitas.catalog;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.List;

/** A list of one-line texts (learning outcomes) kept as lines of one column. */
@Singleton
class LinesConverter implements AttributeConverter<List<String>, String> {
    @Override
    public @Nullable String convertToPersistedValue(@Nullable List<String> lines, ConversionContext context) {
        return lines == null ? null : String.join("\n", lines);
    }

    @Override
    public @Nullable List<String> convertToEntityValue(@Nullable String column, ConversionContext context) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
