package org.civitas.attendance;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

/** What the attendance endpoints answer and accept. */
final class Views {
    private Views() {
    }

    /** The code to show for self check-in: it rotates at validUntil; the QR code holds the check-in page's address with it. */
    @Serdeable
    record CheckInCode(long sessionId, String code, Instant validUntil, String checkInUrl, String qrSvg, Instant opensAt,
                       Instant closesAt, boolean open) {
    }

    /**
     * How much of a recording the learner played (skipped parts never count) and whether it made
     * up for the session: requiredShare is null where the program does not count recordings;
     * sessionAttended when they were there in person or online.
     */
    @Serdeable
    record WatchProgress(long recordingId, int watchedSeconds, int durationSeconds, double watchedShare,
                         @Nullable Double requiredShare, boolean sessionAttended, boolean attendedViaRecording) {
    }

    /** A stretch the player played without a seek since its last report, in seconds of the recording. */
    @Serdeable
    record Stretch(@NotNull @PositiveOrZero @Max(1_000_000) @Nullable Double from,
                   @NotNull @PositiveOrZero @Max(1_000_000) @Nullable Double to) {
    }

    @Serdeable
    record CheckIn(@NotNull @Pattern(regexp = "[0-9]{6}") @Nullable String code) {
    }

    /** One learner's attendance of one session; status and source null while nothing is recorded. */
    @Serdeable
    record Entry(long sessionId, long userId, String fullName, String email, String organization, boolean registered,
                 @Schema(allowableValues = {"present", "late", "excused", "absent"}) @Nullable String status,
                 @Nullable Integer minutes,
                 @Schema(allowableValues = {"self_check_in", "trainer", "imported_report", "recording"}) @Nullable String source,
                 @Nullable String note, @Nullable Instant updatedAt, @Nullable Long updatedBy) {
    }

    @Serdeable
    record Mark(@NotNull @Pattern(regexp = "present|late|excused|absent") @Nullable String status,
                @Nullable @Min(0) @Max(1440) Integer minutes, @Nullable @Size(max = 1000) String note) {
    }

    @Serdeable
    record Change(long userId, @Nullable Long changedBy, Instant changedAt, @Nullable String oldStatus, String newStatus,
                  @Nullable Integer oldMinutes, @Nullable Integer newMinutes, String source, @Nullable String note) {
        static Change of(AttendanceChangeRow row) {
            return new Change(row.userId(), row.changedBy(), row.changedAt(), row.oldStatus(), row.newStatus(), row.oldMinutes(),
                    row.newMinutes(), row.source(), row.note());
        }
    }
}
