package org.civitas.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface QuestionRepository extends CrudRepository<QuestionRow, Long> {

    /** The bank's questions in the given categories (all of them when the list holds 0 only), by name, with a name search and a type filter. */
    @Query(value = """
            SELECT * FROM questions WHERE program_id = :programId AND deleted_at IS NULL
              AND (0 IN (:categoryIds) OR category_id IN (:categoryIds))
              AND (:type IS NULL OR type = :type)
              AND (:search IS NULL OR name LIKE :search ESCAPE '!' OR tags LIKE :search ESCAPE '!')
            ORDER BY name, id""",
            countQuery = """
            SELECT COUNT(*) FROM questions WHERE program_id = :programId AND deleted_at IS NULL
              AND (0 IN (:categoryIds) OR category_id IN (:categoryIds))
              AND (:type IS NULL OR type = :type)
              AND (:search IS NULL OR name LIKE :search ESCAPE '!' OR tags LIKE :search ESCAPE '!')""")
    Page<QuestionRow> search(long programId, Collection<Long> categoryIds, @Nullable String type, @Nullable String search,
                             Pageable pageable);

    @Query("SELECT * FROM questions WHERE program_id = :programId AND deleted_at IS NULL ORDER BY category_id, name, id")
    List<QuestionRow> findLiveByProgram(long programId);

    @Query("SELECT category_id AS category_id, COUNT(*) AS questions FROM questions WHERE program_id = :programId AND deleted_at IS NULL GROUP BY category_id")
    List<CategoryCount> countByCategory(long programId);

    long countByCategoryIdAndDeletedAtIsNull(long categoryId);

    List<QuestionRow> findByIdIn(Collection<Long> ids);

    @Query("SELECT * FROM questions WHERE category_id IN (:categoryIds) AND deleted_at IS NULL")
    List<QuestionRow> findLiveInCategories(Collection<Long> categoryIds);

    @Query("UPDATE questions SET answered = TRUE WHERE id IN (:ids) AND answered = FALSE")
    void markAnswered(Collection<Long> ids);
}
