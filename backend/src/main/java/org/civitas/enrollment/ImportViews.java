package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

/** What the participant import endpoints answer. */
final class ImportViews {
    private ImportViews() {
    }

    /**
     * An import: its rows (left out of lists and progress answers), the counts, and, while it is
     * applied, the progress; once applied, the result; after a failed confirmation, why.
     */
    @Serdeable
    record ImportView(long id, long programId, String fileName, String status, Instant createdAt,
                      @Nullable Instant appliedAt, List<ParticipantImportRow.Heading> headings,
                      @Nullable List<RowView> rows, Summary summary, @Nullable Progress progress,
                      @Nullable ResultView result, @Nullable Failure failure) {
    }

    @Serdeable
    record RowView(int line, String email, String surname, String givenName, @Nullable String patronymic,
                   @Nullable String phone, @Nullable String region, @Nullable String organization,
                   @Nullable String position, @Nullable String category, List<ProblemView> problems,
                   @Nullable Boolean existingAccount, @Nullable Boolean alreadyAdmitted,
                   @Nullable Boolean unverifiedAccount) {
    }

    @Serdeable
    record ProblemView(String field, String code, String message) {
    }

    /**
     * Counts of the preview; placesLeft is the program's capacity less those admitted and the places
     * imports being applied hold (null: no limit). unverifiedAccounts: good rows matching an account
     * whose email was never proven.
     */
    @Serdeable
    record Summary(int rows, int valid, int invalid, int newAccounts, int existingAccounts, int alreadyAdmitted,
                   int toAdmit, int unverifiedAccounts, @Nullable Long placesLeft) {
    }

    @Serdeable
    record Progress(int done, int total) {
    }

    @Serdeable
    record ResultView(int admitted, int alreadyAdmitted, int accountsCreated) {
    }

    @Serdeable
    record Failure(String code, String message) {
    }

    /**
     * skipInvalid: apply the good rows although some have problems; unverifiedAccounts: "admit" or
     * "skip" the rows matching accounts whose email was never proven (required when there are any).
     */
    @Serdeable
    record Confirm(boolean skipInvalid, @Nullable @Pattern(regexp = "admit|skip") String unverifiedAccounts) {
    }
}
