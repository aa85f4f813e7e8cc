package org.civitas.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttendanceRepository extends CrudRepository<AttendanceRow, Long> {
    Optional<AttendanceRow> findBySessionIdAndUserId(long sessionId, long userId);

    List<AttendanceRow> findBySessionId(long sessionId);

    @Query("SELECT * FROM attendance_records WHERE session_id IN (:sessionIds)")
    List<AttendanceRow> findBySessions(Collection<Long> sessionIds);

    @Query("SELECT * FROM attendance_records WHERE session_id IN (:sessionIds) AND user_id IN (:userIds) AND status IN ('present', 'late')")
    List<AttendanceRow> findAttended(Collection<Long> sessionIds, Collection<Long> userIds);

    @Query("SELECT * FROM attendance_records WHERE session_id = :sessionId AND user_id = :userId FOR UPDATE")
    Optional<AttendanceRow> lock(long sessionId, long userId);
}
