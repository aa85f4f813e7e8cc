package org.civitas.catalog;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Partners are a short list always read with their program: one JSON column. */
@Singleton
class PartnersConverter implements AttributeConverter<List<Partner>, String> {
    private static final Argument<List<Partner>> TYPE = Argument.listOf(Partner.class);
    private final JsonMapper json;

    PartnersConverter(JsonMapper json) {
        this.json = json;
    }

    @Override
    public @Nullable String convertToPersistedValue(@Nullable List<Partner> partners, ConversionContext context) {
        try {
            return partners == null ? null : json.writeValueAsString(partners);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public @Nullable List<Partner> convertToEntityValue(@Nullable String column, ConversionContext context) {
        try {
            return column == null || column.isBlank() ? List.of() : json.readValue(column, TYPE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
