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
interface RegistrationRepository extends CrudRepository<RegistrationRow, Long> {
    Optional<RegistrationRow> findBySessionIdAndUserId(long sessionId, long userId);

    long countBySessionIdAndStatus(long sessionId, String status);

    @Query("SELECT user_id FROM session_registrations WHERE session_id = :sessionId AND status = 'registered'")
    List<Long> findRegisteredUserIds(long sessionId);

    /** Registered and waitlisted counts of several sessions at once, for lists. */
    @Query("""
            SELECT session_id, status, COUNT(*) AS people FROM session_registrations
            WHERE session_id IN (:sessionIds) AND status IN ('registered', 'waitlisted')
            GROUP BY session_id, status""")
    List<RegistrationCount> countBySessions(Collection<Long> sessionIds);

    /** Those waiting for a place, first come first. */
    @Query("SELECT * FROM session_registrations WHERE session_id = :sessionId AND status = 'waitlisted' ORDER BY created_at, id LIMIT 1")
    Optional<RegistrationRow> findFirstWaiting(long sessionId);

    @Query("SELECT * FROM session_registrations WHERE session_id = :sessionId AND status IN ('registered', 'waitlisted') ORDER BY created_at, id")
    List<RegistrationRow> findActive(long sessionId);

    @Query("SELECT * FROM session_registrations WHERE user_id = :userId AND session_id IN (:sessionIds)")
    List<RegistrationRow> findOfUser(long userId, Collection<Long> sessionIds);

    @Query("SELECT * FROM session_registrations WHERE session_id = :sessionId AND status = 'registered' AND reminded_day_at IS NULL")
    List<RegistrationRow> findDueFirstReminder(long sessionId);

    @Query("SELECT * FROM session_registrations WHERE session_id = :sessionId AND status = 'registered' AND reminded_hour_at IS NULL")
    List<RegistrationRow> findDueSecondReminder(long sessionId);

    @Query("UPDATE session_registrations SET reminded_day_at = :at WHERE id = :id AND reminded_day_at IS NULL")
    int markFirstReminder(long id, Instant at);

    @Query("UPDATE session_registrations SET reminded_hour_at = :at WHERE id = :id AND reminded_hour_at IS NULL")
    int markSecondReminder(long id, Instant at);

    /** A change of time or place: the reminders are due again for the new time. */
    @Query("UPDATE session_registrations SET reminded_day_at = NULL, reminded_hour_at = NULL WHERE session_id = :sessionId")
    void resetReminders(long sessionId);
}
