package org.civitas.enrollment;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.catalog.ProgramFacts;
import org.civitas.catalog.ProgramStatus;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.identity.PasswordLink;
import org.civitas.identity.UserView;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.errors.Messages;
import org.civitas.platform.storage.FileNames;
import org.civitas.platform.storage.LimitedInputStream;
import org.civitas.platform.tables.Table;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;

/**
 * Participant lists an administrator imports into a program. Uploading reads and checks the list
 * and keeps it as a preview: every row with its problems and line number, and what importing it
 * would do; nothing else changes. Confirming holds the places the list needs (all or none within
 * the capacity) and admits the rows in the background, a batch per short transaction, creating
 * accounts without a password for new emails; those accounts get one-time links to set a
 * password, which the administrator hands out. A server stopped mid-way resumes after the last
 * batch it committed.
 */
@Singleton
class ParticipantImports {
    /** Rows admitted per transaction: the program's lock is held for one batch, not for the whole list. */
    static final int BATCH_SIZE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantImports.class);

    private final ParticipantImportRepository imports;
    private final ApplicationRepository applications;
    private final Admissions admissions;
    private final ProgramAccess access;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Messages messages;
    private final ParticipantImportSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService executor;
    private final Clock clock;

    ParticipantImports(ParticipantImportRepository imports, ApplicationRepository applications, Admissions admissions,
                       ProgramAccess access, Accounts accounts, AuditLog audit, Messages messages,
                       ParticipantImportSettings settings, TransactionOperations<Connection> transactions,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        this.imports = imports;
        this.applications = applications;
        this.admissions = admissions;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /** Imports that were being applied when the server stopped go on after their last committed batch. */
    @EventListener
    void onStartup(StartupEvent event) {
        List<Long> interrupted = imports.findApplying();
        if (!interrupted.isEmpty()) {
            LOG.warn("{} participant import(s) were being applied when the server stopped; applying them goes on", interrupted.size());
            interrupted.forEach(id -> executor.execute(() -> run(id)));
        }
    }

    /** Reads the list (counting bytes as they arrive) and keeps it as a preview. */
    ImportViews.ImportView preview(long programId, @Nullable String clientFileName, InputStream content,
                                   Caller caller, Locale locale) {
        ProgramFacts program = access.requireAdmin(programId, caller);
        if (program.status() == ProgramStatus.ARCHIVED) {
            throw new ApiException(HttpStatus.CONFLICT, "program_archived");
        }
        String fileName = FileNames.clean(clientFileName);
        byte[] bytes;
        try (InputStream in = new LimitedInputStream(content, settings.maxFileSize(), this::fileTooLarge)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Table table = Table.read(fileName, bytes, settings.maxRows());
        List<ParticipantImportRow.Heading> headings = headings(table.header());
        List<ImportedParticipant> rows = matched(programId, ParticipantList.read(table));
        int invalid = (int) rows.stream().filter(r -> !r.valid()).count();
        int unverified = (int) rows.stream().filter(ImportedParticipant::unverified).count();
        ParticipantImportRow saved = imports.save(new ParticipantImportRow(null, programId, caller.id(), fileName,
                ParticipantImportRow.PREVIEW, headings, rows, rows.size(), invalid, null, null, null, clock.instant(), null,
                0, null, null, unverified, false));
        audit.record("participant_import.previewed", caller.id(), "program", programId, null,
                "import=" + saved.id() + " rows=" + rows.size() + " invalid=" + invalid + " unverified=" + unverified);
        return view(saved, locale, true, admissions.placesLeft(program));
    }

    ImportViews.ImportView get(long importId, Caller caller, Locale locale, boolean withRows) {
        ParticipantImportRow row = (withRows ? imports.findById(importId) : imports.findWithoutRows(importId))
                .orElseThrow(ApiException::notFound);
        ProgramFacts program = access.requireAdmin(row.programId(), caller);
        return view(row, locale, withRows, admissions.placesLeft(program));
    }

    PageView<ImportViews.ImportView> list(long programId, int page, int size, Caller caller, Locale locale) {
        ProgramFacts program = access.requireAdmin(programId, caller);
        Long placesLeft = admissions.placesLeft(program);
        return PageView.of(imports.findSummaries(programId, Pageable.from(page, size)), row -> view(row, locale, false, placesLeft));
    }

    /**
     * Holds the places the import needs and starts applying it; answers at once, and {@link #get}
     * reports the progress. Rows with problems are never applied; while there are any, the caller
     * must say to skip them. Rows matching accounts whose email was never proven wait for the
     * caller's word: admit or skip.
     */
    ImportViews.ImportView confirm(long importId, ImportViews.Confirm decision, Caller caller, Locale locale) {
        ParticipantImportRow row = imports.findWithoutRows(importId).orElseThrow(ApiException::notFound);
        ProgramFacts program = access.requireAdmin(row.programId(), caller);
        if (!ParticipantImportRow.PREVIEW.equals(row.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "import_not_in_preview");
        }
        if (row.invalidRows() == row.totalRows()) {
            throw new ApiException(HttpStatus.CONFLICT, "import_has_no_valid_rows");
        }
        if (row.invalidRows() > 0 && !decision.skipInvalid()) {
            throw ApiException.conflict("import_has_invalid_rows", "skipInvalid");
        }
        if (row.unverifiedRows() > 0 && decision.unverifiedAccounts() == null) {
            throw ApiException.conflict("import_has_unverified_accounts", "unverifiedAccounts");
        }
        boolean skipUnverified = "skip".equals(decision.unverifiedAccounts());
        transactions.executeWrite(status -> {
            admissions.lock(program.id());
            ParticipantImportRow full = imports.findById(importId).orElseThrow(ApiException::notFound);
            List<ImportedParticipant> remaining = full.withSkipUnverified(skipUnverified).toApply();
            remaining = remaining.subList(Math.min(full.appliedRows(), remaining.size()), remaining.size());
            long newcomers = newcomers(program.id(), remaining);
            admissions.requirePlaces(program, newcomers, "file");
            if (imports.claim(importId, program.capacity() == null ? null : (int) newcomers, caller.id(), skipUnverified) == 0) {
                throw new ApiException(HttpStatus.CONFLICT, "import_not_in_preview");
            }
            audit.record("participant_import.confirmed", caller.id(), "program", program.id(), null,
                    "import=" + importId + " newcomers=" + newcomers + (skipUnverified ? " unverified=skipped" : ""));
            return null;
        });
        executor.execute(() -> run(importId));
        return view(imports.findWithoutRows(importId).orElseThrow(ApiException::notFound), locale, false,
                admissions.placesLeft(program));
    }

    /** New links for the accounts the import created whose owners have not set a password yet. */
    List<PasswordLink> passwordLinks(long importId, Caller caller) {
        ParticipantImportRow row = imports.findWithoutRows(importId).orElseThrow(ApiException::notFound);
        access.requireAdmin(row.programId(), caller);
        if (row.result() == null || !ParticipantImportRow.APPLIED.equals(row.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "import_not_applied");
        }
        List<PasswordLink> links = new ArrayList<>();
        for (long userId : row.result().createdAccountIds()) {
            accounts.find(userId).filter(u -> !u.passwordSet() && u.enabled())
                    .ifPresent(u -> links.add(accounts.passwordLink(u.id(), caller.id())));
        }
        return links;
    }

    /** Applies the claimed import a batch at a time until done; a failure puts it back in preview, resumable. */
    private void run(long importId) {
        try {
            boolean done;
            do {
                done = Objects.requireNonNull(transactions.executeWrite(status -> applyBatch(importId)));
            } while (!done);
        } catch (RuntimeException e) {
            LOG.error("participant import {} failed", importId, e);
            imports.failed(importId, "import_failed", null);
        }
    }

    /** Admits the next batch of rows under the program's lock; true once every row is applied. */
    private boolean applyBatch(long importId) {
        ParticipantImportRow row = imports.findById(importId).orElseThrow(ApiException::notFound);
        if (!ParticipantImportRow.APPLYING.equals(row.status())) {
            return true;
        }
        long programId = row.programId();
        long actorId = row.appliedBy() == null ? row.createdBy() : row.appliedBy();
        admissions.lock(programId);
        List<ImportedParticipant> toApply = row.toApply();
        int from = Math.min(row.appliedRows(), toApply.size());
        List<ImportedParticipant> batch = toApply.subList(from, Math.min(toApply.size(), from + BATCH_SIZE));
        Map<String, UserView> existing = accounts.findByEmails(batch.stream().map(ImportedParticipant::email).toList());
        Set<Long> admittedBefore = new HashSet<>(applications.findAdmittedUserIds(programId));
        ParticipantImportRow.Result before = row.result() == null ? ParticipantImportRow.Result.NONE : row.result();
        Instant now = clock.instant();
        int admitted = 0;
        int alreadyAdmitted = 0;
        List<Long> created = new ArrayList<>(before.createdAccountIds());
        for (ImportedParticipant participant : batch) {
            UserView user = existing.get(participant.email());
            if (user == null) {
                user = accounts.createWithoutPassword(participant.email(), participant.surname(), participant.givenName(),
                        participant.patronymic(), actorId);
                created.add(user.id());
            }
            if (admittedBefore.contains(user.id())) {
                alreadyAdmitted++;
            } else {
                long userId = user.id();
                admissions.admit(programId, userId, () -> profile(participant,
                        applications.findLatestOfUser(userId).map(ApplicationRow::profile).orElse(null)), actorId, now, "import=" + importId);
                admitted++;
            }
        }
        ParticipantImportRow.Result result = new ParticipantImportRow.Result(before.admitted() + admitted,
                before.alreadyAdmitted() + alreadyAdmitted, created.size(), created);
        int applied = from + batch.size();
        imports.progressed(importId, applied, result, admitted);
        if (applied < toApply.size()) {
            return false;
        }
        imports.finished(importId, now);
        audit.record("participant_import.applied", actorId, "program", programId, null,
                "import=" + importId + " admitted=" + result.admitted() + " accounts=" + result.accountsCreated());
        return true;
    }

    /** How many of the rows would take a place: those whose account is not admitted yet (or who have none). */
    private long newcomers(long programId, List<ImportedParticipant> rows) {
        Map<String, UserView> existing = accounts.findByEmails(rows.stream().map(ImportedParticipant::email).toList());
        Set<Long> admitted = new HashSet<>(applications.findAdmittedUserIds(programId));
        return rows.stream().map(p -> existing.get(p.email())).filter(u -> u == null || !admitted.contains(u.id())).count();
    }

    /** The row's values, and for what the row leaves empty, the user's last application's. */
    private static Profile profile(ImportedParticipant p, @Nullable Profile last) {
        return new Profile(p.surname(), p.givenName(), p.patronymic() != null ? p.patronymic() : last == null ? null : last.patronymic(),
                p.email(), or(p.phone(), last == null ? null : last.phone()), or(p.region(), last == null ? null : last.region()),
                or(p.organization(), last == null ? null : last.organization()), or(p.position(), last == null ? null : last.position()),
                or(p.category(), last == null ? null : last.category()), last == null ? null : last.gender(), false);
    }

    private static String or(@Nullable String value, @Nullable String fallback) {
        return value != null ? value : fallback != null ? fallback : "";
    }

    private List<ImportedParticipant> matched(long programId, List<ImportedParticipant> rows) {
        Map<String, UserView> existing = accounts.findByEmails(rows.stream().filter(ImportedParticipant::valid)
                .map(ImportedParticipant::email).toList());
        Set<Long> admitted = new HashSet<>(applications.findAdmittedUserIds(programId));
        return rows.stream().map(r -> {
            if (!r.valid()) {
                return r;
            }
            UserView user = existing.get(r.email());
            // an address nobody proved, on an account its owner made: whoever registered it first may not be the official
            return r.matched(user != null, user != null && admitted.contains(user.id()),
                    user != null && user.passwordSet() && !user.emailVerified());
        }).toList();
    }

    private static List<ParticipantImportRow.Heading> headings(List<String> header) {
        List<ParticipantList.@Nullable Column> columns = ParticipantList.columns(header);
        List<ParticipantImportRow.Heading> headings = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            ParticipantList.Column column = columns.get(i);
            headings.add(new ParticipantImportRow.Heading(header.get(i), column == null ? null : column.field));
        }
        return headings;
    }

    private ImportViews.ImportView view(ParticipantImportRow row, Locale locale, boolean withRows, @Nullable Long placesLeft) {
        long id = row.requireId();
        List<ImportedParticipant> rows = row.participants();
        int valid = row.totalRows() - row.invalidRows();
        ImportViews.Summary summary = withRows ? summary(rows, valid, placesLeft) : new ImportViews.Summary(row.totalRows(),
                valid, row.invalidRows(), 0, 0, 0, 0, row.unverifiedRows(), placesLeft);
        ImportViews.Progress applying = ParticipantImportRow.APPLYING.equals(row.status())
                ? new ImportViews.Progress(row.appliedRows(), row.rowsToApply()) : null;
        ParticipantImportRow.Result result = row.result();
        return new ImportViews.ImportView(id, row.programId(), row.fileName(), row.status(), row.createdAt(), row.appliedAt(),
                row.headings(), withRows ? rows.stream().map(r -> rowView(r, locale)).toList() : null, summary, applying,
                result == null ? null : new ImportViews.ResultView(result.admitted(), result.alreadyAdmitted(), result.accountsCreated()),
                row.failureCode() == null ? null : new ImportViews.Failure(row.failureCode(), failureMessage(row, locale)));
    }

    private static ImportViews.Summary summary(List<ImportedParticipant> rows, int valid, @Nullable Long placesLeft) {
        int newAccounts = 0;
        int existingAccounts = 0;
        int alreadyAdmitted = 0;
        int unverified = 0;
        for (ImportedParticipant r : rows) {
            if (r.valid()) {
                if (Boolean.TRUE.equals(r.existingAccount())) {
                    existingAccounts++;
                } else {
                    newAccounts++;
                }
                if (Boolean.TRUE.equals(r.alreadyAdmitted())) {
                    alreadyAdmitted++;
                }
                if (r.unverified()) {
                    unverified++;
                }
            }
        }
        return new ImportViews.Summary(rows.size(), valid, rows.size() - valid, newAccounts, existingAccounts, alreadyAdmitted,
                valid - alreadyAdmitted, unverified, placesLeft);
    }

    private ImportViews.RowView rowView(ImportedParticipant r, Locale locale) {
        return new ImportViews.RowView(r.line(), r.email(), r.surname(), r.givenName(), r.patronymic(), r.phone(), r.region(),
                r.organization(), r.position(), r.category(),
                r.problems().stream().map(p -> new ImportViews.ProblemView(p.field(), p.code(),
                        messages.get(locale, "validation." + p.code(), p.arguments().toArray()))).toList(),
                r.existingAccount(), r.alreadyAdmitted(), r.unverifiedAccount());
    }

    private String failureMessage(ParticipantImportRow row, Locale locale) {
        String message = messages.get(locale, "errors." + row.failureCode());
        return row.failureArgument() == null ? message
                : message + " " + messages.get(locale, "validation." + row.failureCode(), row.failureArgument());
    }

    private ApiException fileTooLarge() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file_too_large", List.of(new ApiException.FieldError(
                "file", "file_too_large", Math.max(1, settings.maxFileSize() / (1024 * 1024)))), Map.of());
    }
}
