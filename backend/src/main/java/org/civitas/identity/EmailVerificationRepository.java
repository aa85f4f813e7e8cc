package org.civitas.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EmailVerificationRepository extends CrudRepository<EmailVerificationRow, String> {
    @Query("UPDATE email_verification_links SET used_at = :at WHERE token_hash = :tokenHash")
    void markUsed(String tokenHash, Instant at);
}
