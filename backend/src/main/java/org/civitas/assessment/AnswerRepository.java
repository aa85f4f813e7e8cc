package org.civitas.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AnswerRepository extends CrudRepository<AnswerRow, Long> {
    List<AnswerRow> findByAttemptId(long attemptId);

    List<AnswerRow> findByAttemptIdIn(Collection<Long> attemptIds);

    @Query("SELECT * FROM quiz_answers WHERE attempt_id = :attemptId AND question_id = :questionId FOR UPDATE")
    Optional<AnswerRow> lock(long attemptId, long questionId);
}
