package org.civitas.identity;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles are kept in one column as {@code learner,admin}: one read per request gives all of them. */
@Singleton
class RolesConverter implements AttributeConverter<Set<Role>, String> {
    @Override
    public @Nullable String convertToPersistedValue(@Nullable Set<Role> roles, ConversionContext context) {
        return roles == null ? null : roles.stream().sorted().map(Role::code).collect(Collectors.joining(","));
    }

    @Override
    public @Nullable Set<Role> convertToEntityValue(@Nullable String column, ConversionContext context) {
        if (column == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(column.split(",")).map(String::trim).map(Role::parse)
                .flatMap(java.util.Optional::stream).forEach(roles::add);
        return roles;
    }
}
