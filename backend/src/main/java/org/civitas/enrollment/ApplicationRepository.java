package org.civitas.enrollment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ApplicationRepository extends CrudRepository<ApplicationRow, Long> {
    String FILTERS = """
            FROM applications
            WHERE program_id = :programId
              AND (:status IS NULL OR status = :status)
              AND (:region IS NULL OR region = :region)
              AND (:organization IS NULL OR organization LIKE :organization)
              AND (:category IS NULL OR category = :category)
            """;

    @Query(value = "SELECT * " + FILTERS + " ORDER BY submitted_at, id", countQuery = "SELECT COUNT(*) " + FILTERS)
    Page<ApplicationRow> search(long programId, @Nullable String status, @Nullable String region,
                                @Nullable String organization, @Nullable String category, Pageable pageable);

    @Query("SELECT * FROM applications WHERE user_id = :userId AND program_id = :programId ORDER BY id DESC LIMIT 1")
    Optional<ApplicationRow> findLatest(long userId, long programId);

    @Query("SELECT * FROM applications WHERE user_id = :userId ORDER BY id DESC LIMIT 1")
    Optional<ApplicationRow> findLatestOfUser(long userId);

    /** The user's current application to each program they applied to, newest first. */
    @Query("""
            SELECT * FROM applications a
            WHERE a.user_id = :userId
              AND a.id = (SELECT MAX(b.id) FROM applications b WHERE b.user_id = a.user_id AND b.program_id = a.program_id)
            ORDER BY a.id DESC""")
    List<ApplicationRow> findCurrentOfUser(long userId);

    long countByProgramIdAndStatus(long programId, ApplicationStatus status);

    /** The users admitted to the program (an admitted application is always its user's latest). */
    @Query("SELECT user_id FROM applications WHERE program_id = :programId AND status = 'ADMITTED'")
    List<Long> findAdmittedUserIds(long programId);

    List<ApplicationRow> findByIdIn(Collection<Long> ids);

    /** The program's admitted applications (each its user's latest), in the order they were admitted. */
    @Query(value = "SELECT * FROM applications WHERE program_id = :programId AND status = 'ADMITTED' ORDER BY decided_at, id",
            countQuery = "SELECT COUNT(*) FROM applications WHERE program_id = :programId AND status = 'ADMITTED'")
    Page<ApplicationRow> findAdmitted(long programId, Pageable pageable);
}
