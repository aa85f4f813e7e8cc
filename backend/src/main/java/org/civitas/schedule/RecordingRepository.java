package org.civitas.schedule;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecordingRepository extends CrudRepository<RecordingRow, Long> {
    List<RecordingRow> findBySessionIdOrderById(long sessionId);

    Page<RecordingRow> findAllOrderByIdDesc(Pageable pageable);
}
