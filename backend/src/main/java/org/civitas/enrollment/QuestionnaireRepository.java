package org.civitas.enrollment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionnaireRepository extends CrudRepository<QuestionnaireRow, Long> {
    /** Every program has a questionnaire row from its first use: empty questions, no re-applying. */
    @Query("INSERT IGNORE INTO questionnaires (program_id, questions, allow_reapply, updated_at, version) VALUES (:programId, '[]', FALSE, :now, 0)")
    void ensure(long programId, Instant now);

    /** Applications and admissions of one program take their turn on this row. */
    @Query("SELECT * FROM questionnaires WHERE program_id = :programId FOR UPDATE")
    Optional<QuestionnaireRow> lock(long programId);
}
