package org.civitas.certification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateFileRepository extends GenericRepository<CertificateFileRow, Long> {
    CertificateFileRow save(CertificateFileRow file);

    Optional<CertificateFileRow> findById(long certificateId);
}
