package org.civitas.certification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CertificateRepository extends CrudRepository<CertificateRow, Long> {
    List<CertificateRow> findByIdIn(Collection<Long> ids);

    Optional<CertificateRow> findByVerificationCode(String verificationCode);

    List<CertificateRow> findByPdfSha256(String pdfSha256);

    List<CertificateRow> findByUserIdOrderByIssuedAtDesc(long userId);

    Page<CertificateRow> findByProgramId(long programId, Pageable pageable);

    List<CertificateRow> findByProgramIdOrderBySerial(long programId);

    @Query("SELECT * FROM certificates WHERE program_id = :programId AND current_holder IN (:userIds)")
    List<CertificateRow> findCurrent(long programId, Collection<Long> userIds);

    /** The learners' current certificates under a lock, so an issue for them waits for any other in flight. */
    @Query("SELECT * FROM certificates WHERE program_id = :programId AND current_holder IN (:userIds) FOR UPDATE")
    List<CertificateRow> lockCurrent(long programId, Collection<Long> userIds);

    @Query("SELECT * FROM certificates WHERE id = :id FOR UPDATE")
    Optional<CertificateRow> lock(long id);

    @Query("SELECT * FROM certificates WHERE program_id = :programId AND current_holder IS NOT NULL AND status = 'valid' ORDER BY serial")
    List<CertificateRow> findIssuedInProgram(long programId);
}
