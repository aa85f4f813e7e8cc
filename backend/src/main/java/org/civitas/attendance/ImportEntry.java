package org.civitas.attendance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One person of a meeting report: as the report names them, their minutes, and whom they were
 * matched to among the program's admitted participants (by email, then by name). outcome: present
 * (minutes at or past the threshold), below_threshold, unmatched, or ambiguous (several
 * participants bear that name: candidates says how many).
 */
@Serdeable
record ImportEntry(int line, String name, @Nullable String email, int minutes, @Nullable Long matchedUserId,
                   @Nullable String matchedName,
                   @Schema(allowableValues = {"present", "below_threshold", "unmatched", "ambiguous"}) String outcome,
                   int candidates) {
    static final String PRESENT = "present";
    static final String BELOW_THRESHOLD = "below_threshold";
    static final String UNMATCHED = "unmatched";
    static final String AMBIGUOUS = "ambiguous";
}
