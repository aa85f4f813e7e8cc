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
                            @Nullable Instant appliedAt) {
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
    }

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("import not saved yet");
        }
        return id;
    }

    ParticipantImportRow applied(Result outcome, Instant at) {
        return new ParticipantImportRow(id, programId, createdBy, fileName, APPLIED, headings, participants, totalRows, invalidRows,
                null, null, outcome, createdAt, at);
    }
}
