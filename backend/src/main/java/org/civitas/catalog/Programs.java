package org.civitas.catalog;

import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.SearchPattern;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Programs and their trainers. Administrators create and publish programs and assign trainers; a
 * trainer edits the programs assigned to them; everyone reads published programs.
 */
@Singleton
class Programs {
    private final ProgramRepository programs;
    private final ModuleRepository modules;
    private final ProgramAccess access;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Programs(ProgramRepository programs, ModuleRepository modules, ProgramAccess access, Accounts accounts, AuditLog audit,
             Clock clock) {
        this.programs = programs;
        this.modules = modules;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    PageView<ProgramSummaryView> published(@Nullable String query, @Nullable String programType,
                                           @Nullable String language, int page, int size) {
        return summaries(programs.search(ProgramStatus.PUBLISHED.name(), null, SearchPattern.contains(query), programType, language,
                Pageable.from(page, size)));
    }

    /** Administrators see every program; trainers the programs assigned to them. */
    PageView<ProgramSummaryView> managed(Caller caller, @Nullable ProgramStatus status, @Nullable String query,
                                         int page, int size) {
        Long trainerId = null;
        if (!caller.isAdmin()) {
            if (!caller.has(Role.TRAINER)) {
                throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
            }
            trainerId = caller.id();
        }
        return summaries(programs.search(status == null ? null : status.name(), trainerId, SearchPattern.contains(query), null, null,
                Pageable.from(page, size)));
    }

    ProgramView program(long id, @Nullable Caller caller) {
        ProgramRow row = access.viewable(id, caller);
        return view(row, access.canManage(row, caller));
    }

    @Transactional
    ProgramView create(ProgramRequest request, Caller caller) {
        requireAdmin(caller);
        checkDates(request);
        Instant now = clock.instant();
        ProgramRow saved = programs.save(toRow(null, request, ProgramStatus.DRAFT, now, now, null));
        audit.record("program.created", caller.id(), "program", saved.id(), null, saved.title());
        return view(saved, true);
    }

    @Transactional
    ProgramView update(long id, ProgramRequest request, Caller caller) {
        ProgramRow current = access.managed(id, caller);
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
        audit.record("program.updated", caller.id(), "program", id, null, null);
        return view(saved, true);
    }

    @Transactional
    ProgramView changeStatus(long id, ProgramStatus target, Caller caller) {
        access.requireAdmin(id, caller);
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
        audit.record("program.status_changed", caller.id(), "program", id, null,
                current.status().code() + " -> " + target.code());
        return view(saved, true);
    }

    @Transactional
    ProgramView assignTrainers(long id, List<Long> trainerIds, Caller caller) {
        access.requireAdmin(id, caller);
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
        audit.record("program.trainers_changed", caller.id(), "program", id, null, "trainers=" + unique);
        return view(program, true);
    }

    private ProgramView view(ProgramRow row, boolean canEdit) {
        long id = row.requireId();
        List<ModuleView> moduleViews = modules.findInOrder(id).stream().map(ModuleView::of).toList();
        List<ProgramView.Trainer> trainers = programs.findTrainerIds(id).stream()
                .map(accounts::find).flatMap(Optional::stream)
                .map(u -> new ProgramView.Trainer(u.id(), u.fullName())).toList();
        return ProgramView.of(row, moduleViews, trainers, canEdit, clock.instant());
    }

    private PageView<ProgramSummaryView> summaries(Page<ProgramRow> page) {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> ids = page.getContent().stream().map(ProgramRow::requireId).toList();
        if (!ids.isEmpty()) {
            modules.countByPrograms(ids).forEach(c -> counts.put(c.programId(), c.modules()));
        }
        Instant now = clock.instant();
        return PageView.of(page, row -> ProgramSummaryView.of(row, counts.getOrDefault(row.requireId(), 0L), now));
    }

    /** A program is published only with what a participant needs to decide: dates, window, description, modules. */
    static void requireComplete(ProgramRow program, long moduleCount) {
        List<ApiException.FieldError> missing = new ArrayList<>();
        if (program.description().isBlank()) {
            missing.add(new ApiException.FieldError("description", "required"));
        }
        Map<String, @Nullable Object> dates = new LinkedHashMap<>();
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
                r.endsOn(), r.capacity(), r.recordingMakeUpPercent(), status, createdAt, updatedAt, version);
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }
}
