package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A certificate as its holder and the program's staff see it: every printed field, its status now,
 * who it was issued to and why when an administrator issued it by hand. {@code replacedBy} and
 * {@code replaces} are verification codes, so they lead to the public page of the other certificate.
 */
@Serdeable
record CertificateView(long id, String serial, String verificationCode, String verificationUrl,
                       @Schema(allowableValues = {"valid", "revoked", "expired", "replaced"}) String status,
                       long userId, String learnerName, long programId, String programTitle,
                       @Schema(allowableValues = {"general", "special"}) String programType,
                       @Schema(allowableValues = {"short_term", "long_term"}) String duration,
                       int hours, BigDecimal ects, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                       List<String> learningOutcomes, String providerName, List<CertificateDesign.Signatory> signatories,
                       Instant issuedAt, @Nullable Instant expiresAt, @Nullable Instant revokedAt, @Nullable String revocationReason,
                       @Nullable String replacedBy, @Nullable String replaces, @Nullable String issueReason) {
}
