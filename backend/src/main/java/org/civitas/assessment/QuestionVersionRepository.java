package org.civitas.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionVersionRepository extends CrudRepository<QuestionVersionRow, Long> {
    Optional<QuestionVersionRow> findByQuestionIdAndNumber(long questionId, int number);

    List<QuestionVersionRow> findByQuestionIdIn(Collection<Long> questionIds);

    List<QuestionVersionRow> findByIdIn(Collection<Long> ids);
}
