package org.civitas.identity;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface UserRepository extends CrudRepository<UserRow, Long> {
    Optional<UserRow> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserRow> findByEmailIn(Collection<String> emails);

    @Query("SELECT COUNT(*) FROM users WHERE FIND_IN_SET('admin', roles) > 0")
    long countAdmins();

    @Query("UPDATE users SET last_login_at = :at, password_hash = :passwordHash WHERE id = :id")
    void recordLogin(long id, Instant at, String passwordHash);

    String SEARCH = """
            FROM users
            WHERE (:pattern IS NULL OR email LIKE :pattern OR surname LIKE :pattern
                   OR given_name LIKE :pattern OR patronymic LIKE :pattern
                   OR CONCAT_WS(' ', surname, given_name, patronymic) LIKE :pattern)
              AND (:role IS NULL OR FIND_IN_SET(:role, roles) > 0)
              AND (:enabled IS NULL OR enabled = :enabled)
            """;

    @Query(value = "SELECT * " + SEARCH + " ORDER BY surname, given_name, id",
            countQuery = "SELECT COUNT(*) " + SEARCH)
    Page<UserRow> search(@Nullable String pattern, @Nullable String role, @Nullable Boolean enabled, Pageable pageable);
}
