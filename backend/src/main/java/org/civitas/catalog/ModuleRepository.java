package org.civitas.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ModuleRepository extends CrudRepository<ModuleRow, Long> {
    @Query("SELECT * FROM modules WHERE program_id = :programId ORDER BY position, id")
    List<ModuleRow> findInOrder(long programId);

    Optional<ModuleRow> findByIdAndProgramId(long id, long programId);

    long countByProgramId(long programId);

    @Query("SELECT program_id, COUNT(*) AS modules FROM modules WHERE program_id IN (:programIds) GROUP BY program_id")
    List<ModuleCount> countByPrograms(Collection<Long> programIds);
}
