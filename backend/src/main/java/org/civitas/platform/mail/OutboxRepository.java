package org.civitas.platform.mail;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface OutboxRepository extends CrudRepository<OutboxMessageRow, Long> {
    /**
     * Claims up to {@code limit} messages for one sender in one statement: those due, and those
     * another sender claimed and never confirmed (it stopped mid-way). Answers how many.
     */
    @Query("""
            UPDATE outbox_messages SET status = 'sending', claimed_by = :claimant, claimed_until = :until
            WHERE (status = 'queued' AND next_attempt_at <= :now) OR (status = 'sending' AND claimed_until < :now)
            ORDER BY id LIMIT :limit""")
    int claim(String claimant, Instant now, Instant until, int limit);

    @Query("SELECT * FROM outbox_messages WHERE claimed_by = :claimant AND status = 'sending' ORDER BY id")
    List<OutboxMessageRow> findClaimed(String claimant);

    @Query("""
            UPDATE outbox_messages SET status = 'sent', sent_at = :at, attempts = attempts + 1, claimed_by = NULL,
                   claimed_until = NULL, last_error = NULL
            WHERE id = :id AND claimed_by = :claimant""")
    void sent(long id, String claimant, Instant at);

    @Query("""
            UPDATE outbox_messages SET status = :status, attempts = attempts + 1, next_attempt_at = :nextAttemptAt,
                   claimed_by = NULL, claimed_until = NULL, last_error = :error
            WHERE id = :id AND claimed_by = :claimant""")
    void tried(long id, String claimant, String status, Instant nextAttemptAt, String error);

    /** Queues a failed or kept message again, as new. 0 when it is not failed or kept. */
    @Query("""
            UPDATE outbox_messages SET status = 'queued', attempts = 0, next_attempt_at = :now, last_error = NULL
            WHERE id = :id AND status IN ('failed', 'kept')""")
    int requeue(long id, Instant now);

    String FILTERS = """
            FROM outbox_messages
            WHERE (:status IS NULL OR status = :status)
              AND (:recipient IS NULL OR recipient LIKE :recipient)""";

    @Query(value = "SELECT * " + FILTERS + " ORDER BY id DESC", countQuery = "SELECT COUNT(*) " + FILTERS)
    Page<OutboxMessageRow> search(@Nullable String status, @Nullable String recipient, Pageable pageable);
}
