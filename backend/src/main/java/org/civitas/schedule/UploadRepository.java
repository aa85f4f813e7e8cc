package org.civitas.schedule;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UploadRepository extends CrudRepository<UploadRow, String> {
    /** An upload's appends take turns: two PATCHes at the same offset never both write. */
    @Query("SELECT * FROM resumable_uploads WHERE id = :id FOR UPDATE")
    Optional<UploadRow> lock(String id);

    @Query("UPDATE resumable_uploads SET upload_offset = :offset WHERE id = :id")
    void advance(String id, long offset);

    List<UploadRow> findByExpiresAtLessThan(Instant now);
}
