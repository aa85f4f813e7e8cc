package org.civitas.enrollment;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramFacts;
import org.civitas.catalog.ProgramStatus;
import org.civitas.identity.Accounts;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Participant lists an administrator imports into a program. Uploading reads and checks the list
 * and keeps it as a preview: every row with its problems and line number, and what importing it
 * would do; nothing else changes. Confirming admits every good row in one transaction, in the
 * background with its progress reported, creating accounts without a password for new emails;
 * those accounts get one-time links to set a password, which the administrator hands out.
 */
@Singleton
class ParticipantImports {
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantImports.class);

    private final ParticipantImportRepository imports;
    private final ApplicationRepository applications;
    private final Enrollment enrollment;
    private final Catalog catalog;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Messages messages;
    private final ParticipantImportSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService executor;
    private final Clock clock;
    private final Map<Long, AtomicInteger> progress = new ConcurrentHashMap<>();

    ParticipantImports(ParticipantImportRepository imports, ApplicationRepository applications, Enrollment enrollment,
                       Catalog catalog, Accounts accounts, AuditLog audit, Messages messages,
                       ParticipantImportSettings settings, TransactionOperations<Connection> transactions,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor, Clock clock) {
        this.imports = imports;
        this.applications = applications;
        this.enrollment = enrollment;
        this.catalog = catalog;
        this.accounts = accounts;
        this.audit = audit;
        this.messages = messages;
        this.settings = settings;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
    }

    /** Imports that were being applied when the server stopped were rolled back with it. */
    @EventListener
    void onStartup(StartupEvent event) {
        int interrupted = imports.resetInterrupted();
        if (interrupted > 0) {
            LOG.warn("{} participant import(s) were being applied when the server stopped; they are back in preview", interrupted);
        }
    }

    /** Reads the list (counting bytes as they arrive) and keeps it as a preview. */
    ImportViews.ImportView preview(long programId, @Nullable String clientFileName, InputStream content,
                                   Authentication caller, Locale locale) {
        Enrollment.requireAdmin(caller);
        ProgramFacts program = catalog.facts(programId).orElseThrow(ApiException::notFound);
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
        ParticipantImportRow saved = imports.save(new ParticipantImportRow(null, programId, Enrollment.userId(caller), fileName,
                ParticipantImportRow.PREVIEW, headings, rows, rows.size(), invalid, null, null, null, clock.instant(), null));
        audit.record("participant_import.previewed", Enrollment.userId(caller), "program", programId, null,
                "import=" + saved.id() + " rows=" + rows.size() + " invalid=" + invalid);
        return view(saved, locale, true, placesLeft(programId));
    }

    ImportViews.ImportView get(long importId, Authentication caller, Locale locale, boolean withRows) {
        Enrollment.requireAdmin(caller);
        ParticipantImportRow row = (withRows ? imports.findById(importId) : imports.findWithoutRows(importId))
                .orElseThrow(ApiException::notFound);
        return view(row, locale, withRows, placesLeft(row.programId()));
    }

    PageView<ImportViews.ImportView> list(long programId, int page, int size, Authentication caller, Locale locale) {
        Enrollment.requireAdmin(caller);
        catalog.facts(programId).orElseThrow(ApiException::notFound);
        Long placesLeft = placesLeft(programId);
        return PageView.of(imports.findSummaries(programId, Pageable.from(page, size)), row -> view(row, locale, false, placesLeft));
    }

    /**
     * Starts applying a previewed import and answers at once; {@link #get} reports the progress.
     * Rows with problems are never applied; while there are any, the caller must say to skip them.
     */
    ImportViews.ImportView confirm(long importId, boolean skipInvalid, Authentication caller, Locale locale) {
        Enrollment.requireAdmin(caller);
        ParticipantImportRow row = imports.findWithoutRows(importId).orElseThrow(ApiException::notFound);
        if (!ParticipantImportRow.PREVIEW.equals(row.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "import_not_in_preview");
        }
        if (row.invalidRows() == row.totalRows()) {
            throw new ApiException(HttpStatus.CONFLICT, "import_has_no_valid_rows");
        }
        if (row.invalidRows() > 0 && !skipInvalid) {
            throw ApiException.conflict("import_has_invalid_rows", "skipInvalid");
        }
        if (imports.claim(importId) == 0) {
            throw new ApiException(HttpStatus.CONFLICT, "import_not_in_preview");
        }
        AtomicInteger done = new AtomicInteger();
        progress.put(importId, done);
        long actorId = Enrollment.userId(caller);
        executor.execute(() -> run(importId, actorId, done));
        return view(imports.findWithoutRows(importId).orElseThrow(ApiException::notFound), locale, false,
                placesLeft(row.programId()));
    }

    /** New links for the accounts the import created whose owners have not set a password yet. */
    List<PasswordLink> passwordLinks(long importId, Authentication caller) {
        Enrollment.requireAdmin(caller);
        ParticipantImportRow row = imports.findWithoutRows(importId).orElseThrow(ApiException::notFound);
        if (row.result() == null) {
            throw new ApiException(HttpStatus.CONFLICT, "import_not_applied");
        }
        List<PasswordLink> links = new ArrayList<>();
        for (long userId : row.result().createdAccountIds()) {
            accounts.find(userId).filter(u -> !u.passwordSet() && u.enabled())
                    .ifPresent(u -> links.add(accounts.passwordLink(u.id(), Enrollment.userId(caller))));
        }
        return links;
    }

    private void run(long importId, long actorId, AtomicInteger done) {
        try {
            transactions.executeWrite(status -> apply(importId, actorId, done));
        } catch (ApiException refused) {
            Object argument = refused.fieldErrors().isEmpty() || refused.fieldErrors().getFirst().arguments().length == 0
                    ? null : refused.fieldErrors().getFirst().arguments()[0];
            imports.failed(importId, refused.code(), argument instanceof Number n ? n.longValue() : null);
        } catch (RuntimeException e) {
            LOG.error("participant import {} failed", importId, e);
            imports.failed(importId, "import_failed", null);
        } finally {
            progress.remove(importId);
        }
    }

    private ParticipantImportRow.Result apply(long importId, long actorId, AtomicInteger done) {
        ParticipantImportRow row = imports.findById(importId).orElseThrow(ApiException::notFound);
        long programId = row.programId();
        ProgramFacts program = catalog.facts(programId).orElseThrow(ApiException::notFound);
        enrollment.locked(programId);
        List<ImportedParticipant> valid = row.participants().stream().filter(ImportedParticipant::valid).toList();
        Map<String, UserView> existing = accounts.findByEmails(valid.stream().map(ImportedParticipant::email).toList());
        Set<Long> admittedBefore = new HashSet<>(applications.findAdmittedUserIds(programId));
        if (program.capacity() != null) {
            long newcomers = valid.stream().map(p -> existing.get(p.email()))
                    .filter(u -> u == null || !admittedBefore.contains(u.id())).count();
            long placesLeft = Math.max(0, program.capacity() - admittedBefore.size());
            if (newcomers > placesLeft) {
                throw new ApiException(HttpStatus.CONFLICT, "capacity_exceeded",
                        List.of(new ApiException.FieldError("file", "capacity_exceeded", placesLeft)), Map.of());
            }
        }
        Instant now = clock.instant();
        int admitted = 0;
        int alreadyAdmitted = 0;
        List<Long> created = new ArrayList<>();
        for (ImportedParticipant participant : valid) {
            UserView user = existing.get(participant.email());
            if (user == null) {
                user = accounts.createWithoutPassword(participant.email(), participant.surname(), participant.givenName(),
                        participant.patronymic(), actorId);
                created.add(user.id());
            }
            if (admittedBefore.contains(user.id())) {
                alreadyAdmitted++;
            } else {
                admit(programId, user.id(), participant, actorId, importId, now);
                admitted++;
            }
            done.incrementAndGet();
        }
        ParticipantImportRow.Result result = new ParticipantImportRow.Result(admitted, alreadyAdmitted, created.size(), created);
        imports.update(row.applied(result, now));
        audit.record("participant_import.applied", actorId, "program", programId, null,
                "import=" + importId + " admitted=" + admitted + " accounts=" + created.size());
        return result;
    }

    /** Admits the user: their open application if they have one, else a new application made from the row. */
    private void admit(long programId, long userId, ImportedParticipant participant, long actorId, long importId, Instant now) {
        var latest = applications.findLatest(userId, programId).filter(a -> a.status().active());
        ApplicationRow saved;
        if (latest.isPresent()) {
            saved = applications.update(latest.get().decided(ApplicationStatus.ADMITTED, null, actorId, now));
        } else {
            Profile profile = profile(participant, applications.findLatestOfUser(userId).map(ApplicationRow::profile).orElse(null));
            saved = applications.save(new ApplicationRow(null, programId, userId, ApplicationStatus.ADMITTED, profile,
                    profile.region(), profile.organization(), profile.category(), Map.of(), null, actorId, now, now, now, null));
        }
        audit.record("application.admitted", actorId, "application", saved.id(), null, "program=" + programId + " import=" + importId);
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
            return r.matched(user != null, user != null && admitted.contains(user.id()));
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
                valid, row.invalidRows(), 0, 0, 0, 0, placesLeft);
        AtomicInteger done = progress.get(id);
        ImportViews.Progress applying = ParticipantImportRow.APPLYING.equals(row.status())
                ? new ImportViews.Progress(done == null ? 0 : done.get(), valid) : null;
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
            }
        }
        return new ImportViews.Summary(rows.size(), valid, rows.size() - valid, newAccounts, existingAccounts, alreadyAdmitted,
                valid - alreadyAdmitted, placesLeft);
    }

    private @Nullable Long placesLeft(long programId) {
        Integer capacity = catalog.facts(programId).map(ProgramFacts::capacity).orElse(null);
        return capacity == null ? null
                : Math.max(0, capacity - applications.countByProgramIdAndStatus(programId, ApplicationStatus.ADMITTED));
    }

    private ImportViews.RowView rowView(ImportedParticipant r, Locale locale) {
        return new ImportViews.RowView(r.line(), r.email(), r.surname(), r.givenName(), r.patronymic(), r.phone(), r.region(),
                r.organization(), r.position(), r.category(),
                r.problems().stream().map(p -> new ImportViews.ProblemView(p.field(), p.code(),
                        messages.get(locale, "validation." + p.code(), p.arguments().toArray()))).toList(),
                r.existingAccount(), r.alreadyAdmitted());
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
