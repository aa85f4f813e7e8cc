package org.civitas.certification;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a certificate prints, frozen as it was at issue: a later edit of the program, the
 * learner's name or the design must not change a certificate already handed out.
 *
 * @param language          "uk" or "en": the language of the labels (the data is printed as given)
 * @param programType       "general" or "special"
 * @param duration          "short_term" or "long_term"
 * @param serial            the registration number, e.g. ПК-2026-000123
 * @param verificationCode  the code printed under the QR code (about 26 base32 characters)
 * @param verificationUrl   what the QR code holds
 */
record CertificateContent(String language,
                          String providerName,
                          String learnerName,
                          String programTitle,
                          String programType,
                          String duration,
                          int hours,
                          BigDecimal ects,
                          @Nullable LocalDate startsOn,
                          @Nullable LocalDate endsOn,
                          List<String> learningOutcomes,
                          LocalDate issuedOn,
                          String serial,
                          String verificationCode,
                          String verificationUrl,
                          CertificateDesign design) {
    CertificateContent {
        learningOutcomes = List.copyOf(learningOutcomes);
    }
}
