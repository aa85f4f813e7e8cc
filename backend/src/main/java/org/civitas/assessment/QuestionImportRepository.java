package org.civitas.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionImportRepository extends CrudRepository<QuestionImportRow, Long> {
    @Query("SELECT * FROM question_imports WHERE id = :id FOR UPDATE")
    Optional<QuestionImportRow> lock(long id);
}
