package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A certificate as anyone verifying it sees it: everything printed on it and its status, nothing about the account. */
@Serdeable
record PublicCertificateView(long id, String serial, String verificationCode, String verificationUrl,
                             @Schema(allowableValues = {"valid", "revoked", "expired", "replaced"}) String status,
                             String learnerName, long programId, String programTitle,
                             @Schema(allowableValues = {"general", "special"}) String programType,
                             @Schema(allowableValues = {"short_term", "long_term"}) String duration,
                             int hours, BigDecimal ects, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                             List<String> learningOutcomes, String providerName, List<CertificateDesign.Signatory> signatories,
                             Instant issuedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt,
                             @Nullable String revocationReason, @Nullable String replacedBy, @Nullable String replaces) {
    static PublicCertificateView of(CertificateView v) {
        return new PublicCertificateView(v.id(), v.serial(), v.verificationCode(), v.verificationUrl(), v.status(), v.learnerName(),
                v.programId(), v.programTitle(), v.programType(), v.duration(), v.hours(), v.ects(), v.startsOn(), v.endsOn(),
                v.learningOutcomes(), v.providerName(), v.signatories(), v.issuedAt(), v.expiresAt(), v.revokedAt(),
                v.revocationReason(), v.replacedBy(), v.replaces());
    }
}
