package org.civitas.enrollment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ParticipantImportRepository extends CrudRepository<ParticipantImportRow, Long> {
    /** The columns of an import but its rows, which can be thousands: for lists and progress polling. */
    String WITHOUT_ROWS = """
            SELECT id, program_id, created_by, file_name, status, headings, '[]' AS participants, total_rows, invalid_rows,
                   failure_code, failure_argument, result, created_at, applied_at, applied_rows, reserved_places, applied_by,
                   unverified_rows, skip_unverified
            FROM participant_imports""";

    @Query(WITHOUT_ROWS + " WHERE id = :id")
    Optional<ParticipantImportRow> findWithoutRows(long id);

    /** A program's imports, newest first, without their rows. */
    @Query(value = WITHOUT_ROWS + " WHERE program_id = :programId ORDER BY id DESC",
            countQuery = "SELECT COUNT(*) FROM participant_imports WHERE program_id = :programId")
    Page<ParticipantImportRow> findSummaries(long programId, Pageable pageable);

    /**
     * Takes a previewed import for applying, holding the places it needs; 0 when it is not in
     * preview (applied, or being applied). Applying resumes after the rows an earlier try applied.
     */
    @Query("""
            UPDATE participant_imports SET status = 'applying', failure_code = NULL, failure_argument = NULL,
                   reserved_places = :reservedPlaces, applied_by = :appliedBy, skip_unverified = :skipUnverified
            WHERE id = :id AND status = 'preview'""")
    int claim(long id, @Nullable Integer reservedPlaces, long appliedBy, boolean skipUnverified);

    /** Records a batch: how far applying got, what it did so far, and the places still held. */
    @Query("""
            UPDATE participant_imports
            SET applied_rows = :appliedRows, result = :result,
                reserved_places = CASE WHEN reserved_places IS NULL THEN NULL ELSE GREATEST(0, reserved_places - :admitted) END
            WHERE id = :id""")
    void progressed(long id, int appliedRows, ParticipantImportRow.Result result, int admitted);

    @Query("""
            UPDATE participant_imports SET status = 'applied', applied_at = :at, reserved_places = NULL
            WHERE id = :id AND status = 'applying'""")
    void finished(long id, Instant at);

    /** Puts an import whose applying stopped back in preview, saying why; confirming again resumes it. */
    @Query("""
            UPDATE participant_imports SET status = 'preview', failure_code = :code, failure_argument = :argument,
                   reserved_places = NULL
            WHERE id = :id AND status = 'applying'""")
    void failed(long id, String code, @Nullable Long argument);

    /** The places that imports being applied to the program still hold. */
    @Query("""
            SELECT COALESCE(SUM(reserved_places), 0) FROM participant_imports
            WHERE program_id = :programId AND status = 'applying'""")
    long placesHeld(long programId);

    /** Imports a stop of the server left being applied: applying resumes after their last batch. */
    @Query("SELECT id FROM participant_imports WHERE status = 'applying'")
    List<Long> findApplying();
}
