package org.civitas.catalog;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The catalog feature's entry point for other features: the facts of programs. Who may do what
 * with a program is {@link ProgramAccess}'s to answer. Programs, modules, trainers and materials
 * are managed by this package's own services behind its controllers.
 */
@Singleton
public class Catalog {
    private final ProgramRepository programs;
    private final ModuleRepository modules;
    private final Clock clock;

    Catalog(ProgramRepository programs, ModuleRepository modules, Clock clock) {
        this.programs = programs;
        this.modules = modules;
        this.clock = clock;
    }

    /** The program's module with this id; empty when there is none in that program. */
    public Optional<ModuleView> module(long programId, long moduleId) {
        return modules.findByIdAndProgramId(moduleId, programId).map(ModuleView::of);
    }

    public Optional<ProgramFacts> facts(long programId) {
        return programs.findById(programId).map(this::facts);
    }

    /** The facts of several programs at once, by id; ids of programs that do not exist are left out. */
    public Map<Long, ProgramFacts> facts(Collection<Long> programIds) {
        if (programIds.isEmpty()) {
            return Map.of();
        }
        return programs.findByIdIn(programIds).stream().collect(Collectors.toMap(ProgramRow::requireId, this::facts));
    }

    /**
     * Everything a program's page shows, with its modules in order, for features that print or
     * report it (certificates); trainers are left out and nothing is editable from here.
     */
    public Optional<ProgramView> view(long programId) {
        return programs.findById(programId).map(row -> ProgramView.of(row,
                modules.findInOrder(programId).stream().map(ModuleView::of).toList(), List.of(), false, clock.instant()));
    }

    ProgramFacts facts(ProgramRow row) {
        Instant now = clock.instant();
        return new ProgramFacts(row.requireId(), row.title(), row.status(), row.enrollmentOpen(now), row.capacity(),
                row.startsOn(), row.endsOn(), row.recordingMakeUpPercent());
    }
}
