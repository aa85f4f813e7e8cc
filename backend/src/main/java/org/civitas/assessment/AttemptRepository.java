package org.civitas.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttemptRepository extends CrudRepository<AttemptRow, Long> {
    List<AttemptRow> findByQuizIdAndUserIdOrderByNumber(long quizId, long userId);

    List<AttemptRow> findByQuizIdOrderById(long quizId);

    long countByQuizId(long quizId);

    @Query("SELECT * FROM quiz_attempts WHERE quiz_id IN (:quizIds) AND user_id IN (:userIds) AND status = 'submitted' ORDER BY number")
    List<AttemptRow> findSubmitted(Collection<Long> quizIds, Collection<Long> userIds);

    @Query("SELECT * FROM quiz_attempts WHERE id = :id FOR UPDATE")
    Optional<AttemptRow> lock(long id);

    /** The attempt, held against a submit while an answer is saved (submits wait; saves do not wait for each other). */
    @Query("SELECT * FROM quiz_attempts WHERE id = :id LOCK IN SHARE MODE")
    Optional<AttemptRow> share(long id);

    /** Attempts still open past their deadline and its grace, for the job that closes them. */
    @Query("SELECT id FROM quiz_attempts WHERE status = 'in_progress' AND deadline < :before ORDER BY id LIMIT 200")
    List<Long> findOverdue(Instant before);
}
