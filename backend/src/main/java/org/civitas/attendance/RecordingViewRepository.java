package org.civitas.attendance;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface RecordingViewRepository extends CrudRepository<RecordingViewRow, Long> {
    Optional<RecordingViewRow> findByRecordingIdAndUserId(long recordingId, long userId);

    @Query("SELECT * FROM recording_views WHERE recording_id = :recordingId AND user_id = :userId FOR UPDATE")
    Optional<RecordingViewRow> lock(long recordingId, long userId);
}
