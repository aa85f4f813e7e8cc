package org.civitas.notifications;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PreferenceRepository extends CrudRepository<PreferenceRow, PreferenceRow.Key> {
    @Query("SELECT kind FROM notification_preferences WHERE user_id = :userId AND enabled = FALSE")
    List<String> findSwitchedOff(long userId);

    @Query("""
            INSERT INTO notification_preferences (user_id, kind, enabled, updated_at) VALUES (:userId, :kind, :enabled, :at)
            ON DUPLICATE KEY UPDATE enabled = VALUES(enabled), updated_at = VALUES(updated_at)""")
    void set(long userId, String kind, boolean enabled, Instant at);
}
