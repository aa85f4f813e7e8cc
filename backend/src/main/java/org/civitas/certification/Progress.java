package org.civitas.certification;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * A learner's way to the certificate: each requirement with how far they are, whether all are met
 * ({@code rulesSet} false: the program has no completion rules yet, so nothing is met), and the
 * certificate they hold in the program, whatever its status.
 */
@Serdeable
record Progress(long userId, String learnerName, String email, boolean rulesSet, boolean complete, List<Requirement> requirements,
                @Nullable CertificateView certificate) {
}
