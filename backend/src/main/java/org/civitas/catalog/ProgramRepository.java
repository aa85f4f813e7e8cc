package org.civitas.catalog;

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
interface ProgramRepository extends CrudRepository<ProgramRow, Long> {
    List<ProgramRow> findByIdIn(Collection<Long> ids);

    String FILTERS = """
            FROM programs
            WHERE (:status IS NULL OR status = :status)
              AND (:trainerId IS NULL OR id IN (SELECT program_id FROM program_trainers WHERE user_id = :trainerId))
              AND (:pattern IS NULL OR title LIKE :pattern OR provider LIKE :pattern OR description LIKE :pattern)
              AND (:programType IS NULL OR program_type = :programType)
              AND (:language IS NULL OR language = :language)
            """;

    /** Programs matching every filter that is not null, soonest start first, undated last. */
    @Query(value = "SELECT * " + FILTERS + " ORDER BY starts_on IS NULL, starts_on DESC, id DESC",
            countQuery = "SELECT COUNT(*) " + FILTERS)
    Page<ProgramRow> search(@Nullable String status, @Nullable Long trainerId, @Nullable String pattern,
                            @Nullable String programType, @Nullable String language, Pageable pageable);

    @Query("SELECT user_id FROM program_trainers WHERE program_id = :programId ORDER BY user_id")
    List<Long> findTrainerIds(long programId);

    @Query("SELECT COUNT(*) > 0 FROM program_trainers WHERE program_id = :programId AND user_id = :userId")
    boolean isTrainer(long programId, long userId);

    @Query("DELETE FROM program_trainers WHERE program_id = :programId")
    void removeTrainers(long programId);

    @Query("INSERT INTO program_trainers (program_id, user_id) VALUES (:programId, :userId)")
    void addTrainer(long programId, long userId);

    @Query("SELECT DISTINCT user_id FROM program_trainers")
    List<Long> findAssignedTrainerIds();

    @Query("DELETE FROM program_trainers WHERE user_id = :userId")
    int removeTrainerEverywhere(long userId);
}
