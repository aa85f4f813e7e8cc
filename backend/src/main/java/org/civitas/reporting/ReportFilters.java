package org.civitas.reporting;

import org.jspecify.annotations.Nullable;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Who and when a report counts: people by their application's region, organization, category and
 * gender; events (applications, sessions, attempts, certificates) from {@code from} to {@code to}
 * inclusive, as days in Kyiv. Each adds its condition and its parameter to a query.
 */
record ReportFilters(@Nullable String region, @Nullable String organization, @Nullable String category, @Nullable String gender,
                     @Nullable LocalDate from, @Nullable LocalDate to) {
    static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    static final String GENDER = "NULLIF(JSON_UNQUOTE(JSON_EXTRACT(a.profile, '$.gender')), 'null')";

    /** Whether any filter narrows the people (not the period). */
    boolean choosesPeople() {
        return region != null || organization != null || category != null || gender != null;
    }

    /** A query's text and its parameters, built condition by condition. */
    static final class Query {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Query add(String text, Object... values) {
            sql.append(text);
            parameters.addAll(List.of(values));
            return this;
        }

        String sql() {
            return sql.toString();
        }

        List<Object> parameters() {
            return parameters;
        }
    }

    /** The conditions on the application {@code a}. */
    Query people(Query query) {
        if (region != null) {
            query.add(" AND a.region = ?", region);
        }
        if (organization != null) {
            query.add(" AND a.organization = ?", organization);
        }
        if (category != null) {
            query.add(" AND a.category = ?", category);
        }
        if (gender != null) {
            query.add(" AND " + GENDER + " = ?", gender);
        }
        return query;
    }

    /** The period's condition on a column holding an instant, added to a WHERE or ON. */
    Query during(Query query, String column) {
        return query.add(" AND ").add(inPeriod(column), period());
    }

    /** The period's condition as an expression ("TRUE" when the period is open), its parameters from {@link #period()}. */
    String inPeriod(String column) {
        return "(" + (from == null ? "TRUE" : column + " >= ?") + " AND " + (to == null ? "TRUE" : column + " < ?") + ")";
    }

    Object[] period() {
        List<Object> values = new ArrayList<>();
        if (from != null) {
            values.add(Timestamp.from(from.atStartOfDay(ZONE).toInstant()));
        }
        if (to != null) {
            values.add(Timestamp.from(to.plusDays(1).atStartOfDay(ZONE).toInstant()));
        }
        return values.toArray();
    }
}
