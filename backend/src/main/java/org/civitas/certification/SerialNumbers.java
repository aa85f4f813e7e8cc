package org.civitas.certification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Serial numbers like {@code ПК-2026-000123}: a prefix, the year and a number counted per prefix and
 * year. Reserving locks the counter's row until the transaction ends, so numbers are given in order,
 * a rolled-back issue gives its numbers back, and there are neither gaps nor duplicates.
 */
@Singleton
class SerialNumbers {
    private final JdbcOperations jdbc;

    SerialNumbers(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The last number given for the prefix and year, with the counter locked; call inside a transaction. */
    int lockLast(String prefix, int year) {
        jdbc.prepareStatement("INSERT INTO certificate_serials (prefix, year, last_number) VALUES (?, ?, 0) "
                + "ON DUPLICATE KEY UPDATE last_number = last_number", statement -> {
            statement.setString(1, prefix);
            statement.setInt(2, year);
            return statement.executeUpdate();
        });
        return jdbc.prepareStatement("SELECT last_number FROM certificate_serials WHERE prefix = ? AND year = ? FOR UPDATE", statement -> {
            statement.setString(1, prefix);
            statement.setInt(2, year);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** Records the last number given; call in the transaction that locked it. */
    void advance(String prefix, int year, int last) {
        jdbc.prepareStatement("UPDATE certificate_serials SET last_number = ? WHERE prefix = ? AND year = ?", (PreparedStatement statement) -> {
            statement.setInt(1, last);
            statement.setString(2, prefix);
            statement.setInt(3, year);
            return statement.executeUpdate();
        });
    }

    static String format(String prefix, int year, int number) {
        return prefix + "-" + year + "-" + String.format("%06d", number);
    }
}
