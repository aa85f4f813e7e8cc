package org.civitas.platform.web;

import org.jspecify.annotations.Nullable;

/** Turns what a person typed into a search box into a SQL LIKE pattern that matches it literally. */
public final class SearchPattern {
    private SearchPattern() {
    }

    /** {@code 50%_off} becomes {@code %50\%\_off%}; blank becomes null (no filter). */
    public static @Nullable String contains(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return "%" + typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
