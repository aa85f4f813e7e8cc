package org.civitas.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MaterialRepository extends CrudRepository<MaterialRow, Long> {
    /** Program-wide materials first, then each module's in module order; by position within each. */
    @Query("""
            SELECT m.* FROM materials m LEFT JOIN modules d ON d.id = m.module_id
            WHERE m.program_id = :programId
            ORDER BY m.module_id IS NOT NULL, d.position, m.module_id, m.position, m.id""")
    List<MaterialRow> findInOrder(long programId);

    Optional<MaterialRow> findByIdAndProgramId(long id, long programId);

    @Query("SELECT COALESCE(MAX(position) + 1, 0) FROM materials WHERE program_id = :programId")
    int nextPosition(long programId);

    @Query("SELECT storage_key FROM materials WHERE module_id = :moduleId AND storage_key IS NOT NULL")
    List<String> findStorageKeysByModuleId(long moduleId);

    @Query("SELECT COUNT(*) FROM materials WHERE program_id = :programId")
    long countByProgramId(long programId);
}
