package org.civitas.schedule;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CalendarFeedRepository extends CrudRepository<CalendarFeedRow, Long> {
    @Query("""
            INSERT INTO calendar_feeds (user_id, version, updated_at) VALUES (:userId, 1, :at)
            ON DUPLICATE KEY UPDATE version = version + 1, updated_at = :at""")
    void renew(long userId, Instant at);
}
