package org.civitas.enrollment;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.List;

@MappedEntity("participant_imports")
record ParticipantImportRow(@Id @GeneratedValue @Nullable Long id,
                            long programId,
                            long createdBy,
                            String fileName,
                            String status,
                            @TypeDef(type = DataType.STRING, converter = JsonColumns.ImportHeadings.class)
                            List<Heading> headings,
                            @TypeDef(type = DataType.STRING, converter = JsonColumns.ImportedParticipants.class)
                            List<ImportedParticipant> participants,
                            int totalRows,
                            int invalidRows,
                            @Nullable String failureCode,
                            @Nullable Long failureArgument,
                            @TypeDef(type = DataType.STRING, converter = JsonColumns.ImportResults.class)
                            @Nullable Result result,
                            Instant createdAt,
                            @Nullable Instant appliedAt,
                            int appliedRows,
                            @Nullable Integer reservedPlaces,
                            @Nullable Long appliedBy,
                            int unverifiedRows,
                            boolean skipUnverified) {
    static final String PREVIEW = "preview";
    static final String APPLYING = "applying";
    static final String APPLIED = "applied";

    /** A heading of the file and the field it was read as; null for a column the import ignores. */
    @Serdeable
    record Heading(String heading, @Nullable String field) {
    }

    /** What applying did; the accounts it created can be handed password links later. */
    @Serdeable
    record Result(int admitted, int alreadyAdmitted, int accountsCreated, List<Long> createdAccountIds) {
        static final Result NONE = new Result(0, 0, 0, List.of());
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("import not saved yet");
        }
        return id;
    }

    /** The rows a confirmation applies, in file order: the good ones, less those of unproven accounts if so decided. */
    List<ImportedParticipant> toApply() {
        return participants.stream().filter(p -> p.valid() && !(skipUnverified && p.unverified())).toList();
    }

    ParticipantImportRow withSkipUnverified(boolean skip) {
        return new ParticipantImportRow(id, programId, createdBy, fileName, status, headings, participants, totalRows, invalidRows,
                failureCode, failureArgument, result, createdAt, appliedAt, appliedRows, reservedPlaces, appliedBy, unverifiedRows, skip);
    }

    int rowsToApply() {
        return totalRows - invalidRows - (skipUnverified ? unverifiedRows : 0);
    }
}
