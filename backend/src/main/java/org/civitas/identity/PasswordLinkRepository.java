package org.civitas.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PasswordLinkRepository extends CrudRepository<PasswordLinkRow, String> {
    @Query("DELETE FROM password_links WHERE user_id = :userId AND used_at IS NULL")
    void deleteOpenOf(long userId);

    @Query("UPDATE password_links SET used_at = :at WHERE token_hash = :tokenHash")
    void markUsed(String tokenHash, Instant at);
}
