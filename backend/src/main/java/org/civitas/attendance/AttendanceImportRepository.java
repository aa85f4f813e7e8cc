package org.civitas.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttendanceImportRepository extends CrudRepository<AttendanceImportRow, Long> {
    /** Confirmations of one import take their turn on its row: applied once, however many clicks. */
    @Query("SELECT * FROM attendance_imports WHERE id = :id FOR UPDATE")
    Optional<AttendanceImportRow> lock(long id);
}
