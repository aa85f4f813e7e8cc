package org.civitas.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SessionRepository extends CrudRepository<SessionRow, String> {
    @Query("UPDATE user_sessions SET last_seen_at = :at WHERE token_hash = :tokenHash")
    void touch(String tokenHash, Instant at);

    void deleteByUserId(long userId);

    @Query("DELETE FROM user_sessions WHERE user_id = :userId AND token_hash <> :keptTokenHash")
    void deleteOthers(long userId, String keptTokenHash);

    @Query("DELETE FROM user_sessions WHERE expires_at < :now OR last_seen_at < :idleSince")
    int deleteExpired(Instant now, Instant idleSince);
}
