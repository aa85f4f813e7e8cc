package org.civitas.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttendanceChangeRepository extends CrudRepository<AttendanceChangeRow, Long> {
    @Query("SELECT * FROM attendance_changes WHERE session_id = :sessionId ORDER BY id DESC")
    List<AttendanceChangeRow> findOfSession(long sessionId);
}
