package org.civitas.schedule;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<SessionRow, Long> {
    @Query("SELECT * FROM sessions WHERE program_id = :programId ORDER BY starts_at, id")
    List<SessionRow> findByProgram(long programId);

    @Query("SELECT * FROM sessions WHERE program_id IN (:programIds) ORDER BY starts_at, id")
    List<SessionRow> findByPrograms(Collection<Long> programIds);

    /** Registrations of a session take their turn on its row. */
    @Query("SELECT * FROM sessions WHERE id = :id FOR UPDATE")
    Optional<SessionRow> lock(long id);

    /** Sessions not cancelled that start within the window: the reminders' candidates. */
    @Query("SELECT * FROM sessions WHERE status = 'scheduled' AND starts_at > :from AND starts_at <= :to")
    List<SessionRow> findStartingBetween(Instant from, Instant to);
}
