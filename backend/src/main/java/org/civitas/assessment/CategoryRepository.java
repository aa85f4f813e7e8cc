package org.civitas.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CategoryRepository extends CrudRepository<CategoryRow, Long> {
    List<CategoryRow> findByProgramIdOrderByName(long programId);
}
