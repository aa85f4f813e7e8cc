package org.civitas.catalog;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.civitas.identity.Role;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.StoredFileRemoval;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.SearchPattern;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog feature's entry point: programs, their modules, trainers and materials. Administrators create
 * and publish programs and assign trainers; a trainer edits the programs assigned to them;
 * everyone reads published programs.
 */
@Singleton
public class Catalog {
    static final int MAX_MODULES = 100;
    private final ProgramRepository programs;
    private final ModuleRepository modules;
    private final MaterialRepository materials;
    private final StoredFileRemoval fileRemoval;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Catalog(ProgramRepository programs, ModuleRepository modules, MaterialRepository materials, StoredFileRemoval fileRemoval,
            Accounts accounts, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.modules = modules;
        this.materials = materials;
        this.fileRemoval = fileRemoval;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user is one of the program's trainers, for features that check per-record access. */
    public boolean isTrainerOf(long programId, long userId) {
        return programs.isTrainer(programId, userId);
    }

    public Optional<ProgramFacts> facts(long programId) {
        Instant now = clock.instant();
        return programs.findById(programId).map(row -> facts(row, now));
    }

    /** The facts of several programs at once, by id; ids of programs that do not exist are left out. */
    public Map<Long, ProgramFacts> facts(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        return programs.findByIdIn(programIds).stream().collect(Collectors.toMap(ProgramRow::requireId, row -> facts(row, now)));
    }

    private static ProgramFacts facts(ProgramRow row, Instant now) {
        return new ProgramFacts(row.requireId(), row.title(), row.status(), row.enrollmentOpen(now), row.capacity(),
                row.startsOn(), row.endsOn());
    }

    /** Administrators, and the program's trainers, manage a program's content and participants. */
    public boolean canManage(long programId, @Nullable Authentication caller) {
        return programs.findById(programId).map(row -> canEdit(row, caller)).orElse(false);
    }

    PageView<ProgramSummaryView> published(@Nullable String query, @Nullable String programType,
                                           @Nullable String language, int page, int size) {
        return summaries(programs.search(ProgramStatus.PUBLISHED.name(), null, SearchPattern.contains(query), programType, language,
                Pageable.from(page, size)));
    }

    /** Administrators see every program; trainers the programs assigned to them. */
    PageView<ProgramSummaryView> managed(Authentication caller, @Nullable ProgramStatus status, @Nullable String query,
                                         int page, int size) {
        Long trainerId = null;
        if (!isAdmin(caller)) {
            if (!caller.getRoles().contains(Role.Names.TRAINER)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
            }
            trainerId = userId(caller);
        }
        return summaries(programs.search(status == null ? null : status.name(), trainerId, SearchPattern.contains(query), null, null,
                Pageable.from(page, size)));
    }

    ProgramView program(long id, @Nullable Authentication caller) {
        ProgramRow row = programs.findById(id).orElseThrow(ApiException::notFound);
        boolean canEdit = canEdit(row, caller);
        if (row.status() != ProgramStatus.PUBLISHED && !canEdit) {
            throw ApiException.notFound();
        }
        return view(row, canEdit);
    }

    @Transactional
    ProgramView create(ProgramRequest request, Authentication caller) {
        requireAdmin(caller);
        checkDates(request);
        Instant now = clock.instant();
        ProgramRow saved = programs.save(toRow(null, request, ProgramStatus.DRAFT, now, now, null));
        audit.record("program.created", userId(caller), "program", saved.id(), null, saved.title());
        return view(saved, true);
    }

    @Transactional
    ProgramView update(long id, ProgramRequest request, Authentication caller) {
        ProgramRow current = editable(id, caller);
        if (request.version() == null) {
            throw ApiException.invalidField("version", "required");
        }
        if (!request.version().equals(current.version())) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        checkDates(request);
        ProgramRow changed = toRow(id, request, current.status(), current.createdAt(), clock.instant(), request.version());
        if (current.status() == ProgramStatus.PUBLISHED) {
            requireComplete(changed, modules.countByProgramId(id));
        }
        ProgramRow saved = programs.update(changed);
        audit.record("program.updated", userId(caller), "program", id, null, null);
        return view(saved, true);
    }

    @Transactional
    ProgramView changeStatus(long id, ProgramStatus target, Authentication caller) {
        requireAdmin(caller);
        ProgramRow current = programs.findById(id).orElseThrow(ApiException::notFound);
        boolean allowed = switch (target) {
            case PUBLISHED -> current.status() != ProgramStatus.PUBLISHED;
            case DRAFT -> current.status() == ProgramStatus.PUBLISHED;
            case ARCHIVED -> current.status() != ProgramStatus.ARCHIVED;
        };
        if (!allowed) {
            throw new ApiException(HttpStatus.CONFLICT, "invalid_status_transition");
        }
        if (target == ProgramStatus.PUBLISHED) {
            requireComplete(current, modules.countByProgramId(id));
        }
        ProgramRow saved = programs.update(current.withStatus(target, clock.instant()));
        audit.record("program.status_changed", userId(caller), "program", id, null,
                current.status().code() + " -> " + target.code());
        return view(saved, true);
    }

    @Transactional
    ProgramView assignTrainers(long id, List<Long> trainerIds, Authentication caller) {
        requireAdmin(caller);
        ProgramRow program = programs.findById(id).orElseThrow(ApiException::notFound);
        Set<Long> unique = new LinkedHashSet<>(trainerIds);
        for (Long trainerId : unique) {
            boolean trainer = accounts.find(trainerId).map(u -> u.enabled() && u.roles().contains(Role.TRAINER)).orElse(false);
            if (!trainer) {
                throw ApiException.invalidField("trainerIds", "not_a_trainer");
            }
        }
        programs.removeTrainers(id);
        unique.forEach(trainerId -> programs.addTrainer(id, trainerId));
        audit.record("program.trainers_changed", userId(caller), "program", id, null, "trainers=" + unique);
        return view(program, true);
    }

    @Transactional
    ModuleView addModule(long programId, ModuleRequest request, Authentication caller) {
        editable(programId, caller);
        long count = modules.countByProgramId(programId);
        if (count >= MAX_MODULES) {
            throw new ApiException(HttpStatus.CONFLICT, "too_many_modules");
        }
        Instant now = clock.instant();
        ModuleRow saved = modules.save(new ModuleRow(null, programId, (int) count, Objects.requireNonNull(request.title()).strip(),
                text(request.description()), Objects.requireNonNull(request.hours()), now, now));
        audit.record("module.created", userId(caller), "program", programId, null, "module=" + saved.id());
        return ModuleView.of(saved);
    }

    @Transactional
    ModuleView updateModule(long programId, long moduleId, ModuleRequest request, Authentication caller) {
        editable(programId, caller);
        ModuleRow current = modules.findByIdAndProgramId(moduleId, programId).orElseThrow(ApiException::notFound);
        ModuleRow saved = modules.update(new ModuleRow(current.id(), programId, current.position(),
                Objects.requireNonNull(request.title()).strip(), text(request.description()),
                Objects.requireNonNull(request.hours()), current.createdAt(), clock.instant()));
        audit.record("module.updated", userId(caller), "program", programId, null, "module=" + moduleId);
        return ModuleView.of(saved);
    }

    @Transactional
    void deleteModule(long programId, long moduleId, Authentication caller) {
        ProgramRow program = editable(programId, caller);
        ModuleRow module = modules.findByIdAndProgramId(moduleId, programId).orElseThrow(ApiException::notFound);
        if (program.status() == ProgramStatus.PUBLISHED && modules.countByProgramId(programId) == 1) {
            throw ApiException.conflict("published_program_needs_a_module", "modules");
        }
        // the module's materials go with it (foreign key), their stored files once that is committed
        fileRemoval.removeAfterCommit(materials.findStorageKeysByModuleId(moduleId));
        modules.delete(module);
        renumber(modules.findInOrder(programId));
        audit.record("module.deleted", userId(caller), "program", programId, null, "module=" + moduleId);
    }

    @Transactional
    List<ModuleView> reorderModules(long programId, List<Long> moduleIds, Authentication caller) {
        editable(programId, caller);
        List<ModuleRow> current = modules.findInOrder(programId);
        Set<Long> known = new HashSet<>();
        current.forEach(m -> known.add(m.id()));
        if (moduleIds.size() != current.size() || !known.equals(new HashSet<>(moduleIds))) {
            throw ApiException.invalidField("moduleIds", "not_the_program_modules");
        }
        Map<Long, ModuleRow> byId = new HashMap<>();
        current.forEach(m -> byId.put(m.id(), m));
        List<ModuleRow> ordered = new ArrayList<>();
        moduleIds.forEach(moduleId -> ordered.add(byId.get(moduleId)));
        audit.record("module.reordered", userId(caller), "program", programId, null, "order=" + moduleIds);
        return renumber(ordered).stream().map(ModuleView::of).toList();
    }

    private List<ModuleRow> renumber(List<ModuleRow> ordered) {
        Instant now = clock.instant();
        List<ModuleRow> result = new ArrayList<>();
        for (int position = 0; position < ordered.size(); position++) {
            ModuleRow module = ordered.get(position);
            result.add(module.position() == position ? module : modules.update(module.withPosition(position, now)));
        }
        return result;
    }

    ProgramRow editable(long programId, Authentication caller) {
        ProgramRow row = programs.findById(programId).orElseThrow(ApiException::notFound);
        if (!canEdit(row, caller)) {
            // a trainer of another program must not learn whether a draft exists
            throw row.status() == ProgramStatus.PUBLISHED ? new ApiException(HttpStatus.FORBIDDEN, "forbidden") : ApiException.notFound();
        }
        return row;
    }

    boolean canEdit(ProgramRow row, @Nullable Authentication caller) {
        if (caller == null) {
            return false;
        }
        return isAdmin(caller) || caller.getRoles().contains(Role.Names.TRAINER) && programs.isTrainer(row.requireId(), userId(caller));
    }

    private ProgramView view(ProgramRow row, boolean canEdit) {
        long id = row.requireId();
        List<ModuleView> moduleViews = modules.findInOrder(id).stream().map(ModuleView::of).toList();
        List<ProgramView.Trainer> trainers = programs.findTrainerIds(id).stream()
                .map(accounts::find).flatMap(Optional::stream)
                .map(u -> new ProgramView.Trainer(u.id(), u.fullName())).toList();
        return ProgramView.of(row, moduleViews, trainers, canEdit, clock.instant());
    }

    private PageView<ProgramSummaryView> summaries(io.micronaut.data.model.Page<ProgramRow> page) {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = page.getContent().stream().map(ProgramRow::requireId).toList();
        if (!ids.isEmpty()) {
            modules.countByPrograms(ids).forEach(c -> counts.put(c.programId(), c.modules()));
        }
        Instant now = clock.instant();
        return PageView.of(page, row -> ProgramSummaryView.of(row, counts.getOrDefault(row.requireId(), 0L), now));
    }

    /** A program is published only with what a participant needs to decide: dates, window, description, modules. */
    private static void requireComplete(ProgramRow program, long moduleCount) {
        List<ApiException.FieldError> missing = new ArrayList<>();
        if (program.description().isBlank()) {
            missing.add(new ApiException.FieldError("description", "required"));
        }
        Map<String, @Nullable Object> dates = new java.util.LinkedHashMap<>();
        dates.put("startsOn", program.startsOn());
        dates.put("endsOn", program.endsOn());
        dates.put("enrollmentOpensAt", program.enrollmentOpensAt());
        dates.put("enrollmentClosesAt", program.enrollmentClosesAt());
        dates.forEach((field, value) -> {
            if (value == null) {
                missing.add(new ApiException.FieldError(field, "required"));
            }
        });
        if (moduleCount == 0) {
            missing.add(new ApiException.FieldError("modules", "at_least_one_module"));
        }
        if (!missing.isEmpty()) {
            throw new ApiException(HttpStatus.CONFLICT, "program_incomplete", missing, Map.of());
        }
    }

    private static void checkDates(ProgramRequest request) {
        if (request.startsOn() != null && request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw ApiException.invalidField("endsOn", "before_start");
        }
        if (request.enrollmentOpensAt() != null && request.enrollmentClosesAt() != null
                && !request.enrollmentClosesAt().isAfter(request.enrollmentOpensAt())) {
            throw ApiException.invalidField("enrollmentClosesAt", "before_open");
        }
    }

    private static ProgramRow toRow(@Nullable Long id, ProgramRequest r, ProgramStatus status, Instant createdAt,
                                    Instant updatedAt, @Nullable Long version) {
        List<Partner> partners = r.partners() == null ? List.of()
                : r.partners().stream().map(p -> new Partner(p.name().strip(), p.url() == null || p.url().isBlank() ? null : p.url().strip())).toList();
        List<String> outcomes = r.learningOutcomes() == null ? List.of()
                : r.learningOutcomes().stream().map(o -> o.strip().replaceAll("\\s*\\R\\s*", " ")).toList();
        return new ProgramRow(id, Objects.requireNonNull(r.title()).strip(), text(r.description()),
                Objects.requireNonNull(r.provider()).strip(), partners, Objects.requireNonNull(r.programType()),
                Objects.requireNonNull(r.duration()), Objects.requireNonNull(r.hours()), outcomes,
                Objects.requireNonNull(r.language()), r.enrollmentOpensAt(), r.enrollmentClosesAt(), r.startsOn(),
                r.endsOn(), r.capacity(), status, createdAt, updatedAt, version);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static void requireAdmin(Authentication caller) {
        if (!isAdmin(caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }

    private static boolean isAdmin(Authentication caller) {
        return caller.getRoles().contains(Role.Names.ADMIN);
    }

    private static long userId(Authentication caller) {
        return Long.parseLong(caller.getName());
    }
}
