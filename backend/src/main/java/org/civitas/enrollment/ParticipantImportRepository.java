package org.civitas.enrollment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantImportRepository extends CrudRepository<ParticipantImportRow, Long> {
    /** The columns of an import but its rows, which can be thousands: for lists and progress polling. */
    String WITHOUT_ROWS = """
            SELECT id, program_id, created_by, file_name, status, headings, '[]' AS participants, total_rows, invalid_rows,
                   failure_code, failure_argument, result, created_at, applied_at
            FROM participant_imports""";

    @Query(WITHOUT_ROWS + " WHERE id = :id")
    Optional<ParticipantImportRow> findWithoutRows(long id);

    /** A program's imports, newest first, without their rows. */
    @Query(value = WITHOUT_ROWS + " WHERE program_id = :programId ORDER BY id DESC",
            countQuery = "SELECT COUNT(*) FROM participant_imports WHERE program_id = :programId")
    Page<ParticipantImportRow> findSummaries(long programId, Pageable pageable);

    /** Takes a previewed import for applying; 0 when it is not in preview (applied, or being applied). */
    @Query("""
            UPDATE participant_imports SET status = 'applying', failure_code = NULL, failure_argument = NULL
            WHERE id = :id AND status = 'preview'""")
    int claim(long id);

    /** Puts an import whose applying failed back in preview, saying why. */
    @Query("""
            UPDATE participant_imports SET status = 'preview', failure_code = :code, failure_argument = :argument
            WHERE id = :id AND status = 'applying'""")
    void failed(long id, String code, @Nullable Long argument);

    /** Imports left 'applying' by a stop of the server were rolled back with it: back to preview. */
    @Query("UPDATE participant_imports SET status = 'preview', failure_code = 'import_interrupted' WHERE status = 'applying'")
    int resetInterrupted();
}
