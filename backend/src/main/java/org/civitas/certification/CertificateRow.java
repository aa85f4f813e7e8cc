package org.civitas.certification;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A certificate with what it printed, as at issue; {@code status} is valid, revoked or replaced (expiry is read off {@code expiresAt}). */
@MappedEntity("certificates")
record CertificateRow(@Id @GeneratedValue @Nullable Long id,
                      long programId,
                      long userId,
                      @Nullable Long currentHolder,
                      String serial,
                      String verificationCode,
                      String status,
                      String learnerName,
                      String programTitle,
                      String programType,
                      String duration,
                      int hours,
                      BigDecimal ects,
                      @Nullable LocalDate startsOn,
                      @Nullable LocalDate endsOn,
                      @TypeDef(type = DataType.STRING, converter = JsonColumns.Texts.class) List<String> learningOutcomes,
                      String providerName,
                      @TypeDef(type = DataType.STRING, converter = JsonColumns.Signatories.class) List<CertificateDesign.Signatory> signatories,
                      Instant issuedAt,
                      @Nullable Long issuedBy,
                      @Nullable String issueReason,
                      @Nullable Instant expiresAt,
                      @Nullable Instant revokedAt,
                      @Nullable Long revokedBy,
                      @Nullable String revocationReason,
                      @Nullable Long replaces,
                      @Nullable Long replacedBy,
                      String pdfKey,
                      String pdfSha256,
                      int pdfSize,
                      long pdfCrc32,
                      @Version @Nullable Long version) {
    static final String VALID = "valid";
    static final String REVOKED = "revoked";
    static final String REPLACED = "replaced";
    static final String EXPIRED = "expired";

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("certificate not saved yet");
        }
        return id;
    }

    /** The status anyone is told: valid turns expired past {@code expiresAt}. */
    String statusAt(Instant now) {
        return status.equals(VALID) && expiresAt != null && !now.isBefore(expiresAt) ? EXPIRED : status;
    }

    CertificateRow revoked(String reason, @Nullable Long actor, Instant now) {
        return new CertificateRow(id, programId, userId, currentHolder, serial, verificationCode, REVOKED, learnerName, programTitle,
                programType, duration, hours, ects, startsOn, endsOn, learningOutcomes, providerName, signatories, issuedAt, issuedBy,
                issueReason, expiresAt, now, actor, reason, replaces, replacedBy, pdfKey, pdfSha256, pdfSize, pdfCrc32, version);
    }

    /** No longer the learner's certificate in the program: replaced by another, or (revoked) set aside for a new one. */
    CertificateRow setAside(@Nullable Long newId) {
        return new CertificateRow(id, programId, userId, null, serial, verificationCode, newId == null ? status : REPLACED, learnerName,
                programTitle, programType, duration, hours, ects, startsOn, endsOn, learningOutcomes, providerName, signatories, issuedAt,
                issuedBy, issueReason, expiresAt, revokedAt, revokedBy, revocationReason, replaces, newId, pdfKey, pdfSha256, pdfSize, pdfCrc32,
                version);
    }
}
