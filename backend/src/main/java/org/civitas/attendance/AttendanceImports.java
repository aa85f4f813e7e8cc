package org.civitas.attendance;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.enrollment.Participant;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.database.Deadlocks;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.FileNames;
import org.civitas.platform.storage.LimitedInputStream;
import org.civitas.schedule.SessionFacts;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A trainer uploads the attendance report of the session's meeting (Zoom, Teams). The preview
 * says, for each person in it, their minutes and whom they were matched to, by email and then by
 * name; nothing changes until the trainer confirms, and then each matched person is present at or
 * past the threshold (80% of the session's length by default) or absent below it.
 */
@Singleton
class AttendanceImports {
    private final AttendanceImportRepository imports;
    private final Registers registers;
    private final AttendanceSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionOperations<Connection> transactions;

    AttendanceImports(AttendanceImportRepository imports, Registers registers, AttendanceSettings settings, AuditLog audit, Clock clock,
                      TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.imports = imports;
        this.registers = registers;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    record ImportView(long id, long sessionId, String fileName, String format, String status, int sessionMinutes,
                      int thresholdMinutes, List<ImportEntry> entries, Map<String, Integer> counts,
                      @Nullable Instant appliedAt) {
        static ImportView of(AttendanceImportRow row) {
            Map<String, Integer> counts = new HashMap<>();
            for (String outcome : List.of(ImportEntry.PRESENT, ImportEntry.BELOW_THRESHOLD, ImportEntry.UNMATCHED, ImportEntry.AMBIGUOUS)) {
                counts.put(outcome, (int) row.entries().stream().filter(e -> e.outcome().equals(outcome)).count());
            }
            return new ImportView(row.id() == null ? 0 : row.id(), row.sessionId(), row.fileName(), row.format(), row.status(),
                    row.sessionMinutes(), row.thresholdMinutes(), row.entries(), counts, row.appliedAt());
        }
    }

    ImportView preview(long sessionId, @Nullable String clientFileName, InputStream content, Caller caller) {
        SessionFacts session = registers.managed(sessionId, caller);
        String fileName = FileNames.clean(clientFileName);
        byte[] bytes;
        try (InputStream in = new LimitedInputStream(content, settings.maxReportSize(), this::tooLarge)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MeetingReport.Read report = MeetingReport.read(fileName, bytes);
        int sessionMinutes = (int) Duration.between(session.startsAt(), session.endsAt()).toMinutes();
        int threshold = (int) Math.ceil(sessionMinutes * settings.presentThreshold());
        List<ImportEntry> entries = match(report.attendees(), registers.participants(session.programId()), sessionMinutes, threshold);
        AttendanceImportRow saved = imports.save(new AttendanceImportRow(null, sessionId, caller.id(), fileName, report.format(), entries,
                sessionMinutes, threshold, AttendanceImportRow.PREVIEW, clock.instant(), null));
        audit.record("attendance_import.previewed", caller.id(), "session", sessionId, null,
                "import=" + saved.id() + " format=" + report.format() + " people=" + entries.size());
        return ImportView.of(saved);
    }

    /** Applies the matched people to the register, once; a second confirmation answers 409. A check-in meeting it is waited for. */
    ImportView confirm(long importId, Caller caller) {
        return Deadlocks.retried(transactions, status -> confirming(importId, caller));
    }

    private ImportView confirming(long importId, Caller caller) {
        AttendanceImportRow row = imports.lock(importId).orElseThrow(ApiException::notFound);
        registers.managed(row.sessionId(), caller);
        if (!AttendanceImportRow.PREVIEW.equals(row.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "import_already_applied");
        }
        Instant now = clock.instant();
        int applied = 0;
        for (ImportEntry entry : row.entries()) {
            if (entry.matchedUserId() != null && Set.of(ImportEntry.PRESENT, ImportEntry.BELOW_THRESHOLD).contains(entry.outcome())) {
                registers.imported(row.sessionId(), entry.matchedUserId(), entry.outcome().equals(ImportEntry.PRESENT), entry.minutes(),
                        caller.id(), now);
                applied++;
            }
        }
        AttendanceImportRow saved = imports.update(row.applied(now));
        audit.record("attendance_import.applied", caller.id(), "session", row.sessionId(), null, "import=" + importId + " applied=" + applied);
        return ImportView.of(saved);
    }

    /** Email first; then the name, in either order, without case, accents or apostrophes; several such people are ambiguous. */
    static List<ImportEntry> match(List<MeetingReport.Attendee> attendees, List<Participant> participants, int sessionMinutes, int threshold) {
        Map<String, Participant> byEmail = new HashMap<>();
        participants.forEach(p -> byEmail.put(p.email().toLowerCase(Locale.ROOT), p));
        Map<Participant, List<String>> nameKeys = new HashMap<>();
        participants.forEach(p -> nameKeys.put(p, List.of(MeetingReport.key(p.surname()), MeetingReport.key(p.givenName()))));
        List<ImportEntry> entries = new ArrayList<>();
        for (MeetingReport.Attendee a : attendees) {
            int minutes = Math.min(a.minutes(), sessionMinutes);
            List<Participant> found = new ArrayList<>();
            Participant byAddress = a.email() == null ? null : byEmail.get(a.email());
            if (byAddress != null) {
                found.add(byAddress);
            } else {
                Set<String> words = Set.of(MeetingReport.key(a.name()).split(" "));
                for (Participant p : participants) {
                    if (words.containsAll(nameKeys.get(p))) {
                        found.add(p);
                    }
                }
            }
            if (found.size() == 1) {
                Participant p = found.getFirst();
                entries.add(new ImportEntry(a.line(), a.name(), a.email(), minutes, p.userId(), Registers.fullName(p),
                        minutes >= threshold ? ImportEntry.PRESENT : ImportEntry.BELOW_THRESHOLD, 1));
            } else {
                entries.add(new ImportEntry(a.line(), a.name(), a.email(), minutes, null, null,
                        found.isEmpty() ? ImportEntry.UNMATCHED : ImportEntry.AMBIGUOUS, found.size()));
            }
        }
        return entries;
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file_too_large", List.of(new ApiException.FieldError(
                "file", "file_too_large", Math.max(1, settings.maxReportSize() / (1024 * 1024)))), Map.of());
    }
}
