package org.civitas.platform.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditEventRepository extends CrudRepository<AuditEventRow, Long> {
    List<AuditEventRow> findByTargetTypeAndTargetIdOrderByIdDesc(String targetType, String targetId);
}
