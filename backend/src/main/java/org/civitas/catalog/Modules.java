package org.civitas.catalog;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.StoredFileRemoval;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The ordered modules of a program, managed by its administrators and trainers. */
@Singleton
class Modules {
    static final int MAX_MODULES = 100;
    private final ModuleRepository modules;
    private final MaterialRepository materials;
    private final ProgramAccess access;
    private final StoredFileRemoval fileRemoval;
    private final AuditLog audit;
    private final Clock clock;

    Modules(ModuleRepository modules, MaterialRepository materials, ProgramAccess access, StoredFileRemoval fileRemoval,
            AuditLog audit, Clock clock) {
        this.modules = modules;
        this.materials = materials;
        this.access = access;
        this.fileRemoval = fileRemoval;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    ModuleView add(long programId, ModuleRequest request, Caller caller) {
        access.managed(programId, caller);
        long count = modules.countByProgramId(programId);
        if (count >= MAX_MODULES) {
            throw new ApiException(HttpStatus.CONFLICT, "too_many_modules");
        }
        Instant now = clock.instant();
        ModuleRow saved = modules.save(new ModuleRow(null, programId, (int) count, Objects.requireNonNull(request.title()).strip(),
                Programs.text(request.description()), Objects.requireNonNull(request.hours()), now, now));
        audit.record("module.created", caller.id(), "program", programId, null, "module=" + saved.id());
        return ModuleView.of(saved);
    }

    @Transactional
    ModuleView update(long programId, long moduleId, ModuleRequest request, Caller caller) {
        access.managed(programId, caller);
        ModuleRow current = modules.findByIdAndProgramId(moduleId, programId).orElseThrow(ApiException::notFound);
        ModuleRow saved = modules.update(new ModuleRow(current.id(), programId, current.position(),
                Objects.requireNonNull(request.title()).strip(), Programs.text(request.description()),
                Objects.requireNonNull(request.hours()), current.createdAt(), clock.instant()));
        audit.record("module.updated", caller.id(), "program", programId, null, "module=" + moduleId);
        return ModuleView.of(saved);
    }

    @Transactional
    void delete(long programId, long moduleId, Caller caller) {
        ProgramRow program = access.managed(programId, caller);
        ModuleRow module = modules.findByIdAndProgramId(moduleId, programId).orElseThrow(ApiException::notFound);
        if (program.status() == ProgramStatus.PUBLISHED && modules.countByProgramId(programId) == 1) {
            throw ApiException.conflict("published_program_needs_a_module", "modules");
        }
        // the module's materials go with it (foreign key), their stored files once that is committed
        fileRemoval.removeAfterCommit(materials.findStorageKeysByModuleId(moduleId));
        modules.delete(module);
        renumber(modules.findInOrder(programId));
        audit.record("module.deleted", caller.id(), "program", programId, null, "module=" + moduleId);
    }

    @Transactional
    List<ModuleView> reorder(long programId, List<Long> moduleIds, Caller caller) {
        access.managed(programId, caller);
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
        audit.record("module.reordered", caller.id(), "program", programId, null, "order=" + moduleIds);
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
}
