package org.civitas.platform.secrets;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A named 256-bit key, made at random the first time anyone asks for it and kept in
 * {@code platform_secrets}, so every instance and every restart uses the same one. Never logged,
 * never sent to a client.
 */
@Singleton
public class Secrets {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretRepository secrets;
    private final Clock clock;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    Secrets(SecretRepository secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
    }

    public byte[] key(String name) {
        return known.computeIfAbsent(name, n -> {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            // the first to insert wins; everyone reads what was kept
            secrets.insertIfMissing(n, Base64.getEncoder().encodeToString(fresh), clock.instant());
            return Base64.getDecoder().decode(secrets.findById(n).orElseThrow().secret());
        }).clone();
    }

    /** HMAC-SHA256 of the subject under the named key: a signature only this platform can make. */
    public byte[] sign(String name, String subject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(name), "HmacSHA256"));
            return mac.doFinal(subject.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the signature is the subject's under the named key, compared in constant time. */
    public boolean verify(String name, String subject, byte[] signature) {
        return MessageDigest.isEqual(sign(name, subject), signature);
    }

    @MappedEntity("platform_secrets")
    record SecretRow(@Id String name, String secret, Instant createdAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface SecretRepository extends CrudRepository<SecretRow, String> {
        @Query("INSERT IGNORE INTO platform_secrets (name, secret, created_at) VALUES (:name, :secret, :at)")
        void insertIfMissing(String name, String secret, Instant at);
    }
}
