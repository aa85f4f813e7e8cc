package org.civitas.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionVersionRepository extends CrudRepository<QuestionVersionRow, Long> {
    Optional<QuestionVersionRow> findByQuestionIdAndNumber(long questionId, int number);

    /** The newest version of each of these questions, in one query. */
    @Query("""
            SELECT v.* FROM question_versions v JOIN questions q ON q.id = v.question_id AND v.number = q.version_number
            WHERE q.id IN (:questionIds)""")
    List<QuestionVersionRow> findNewest(Collection<Long> questionIds);

    List<QuestionVersionRow> findByIdIn(Collection<Long> ids);
}
