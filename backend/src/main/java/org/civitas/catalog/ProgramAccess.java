package org.civitas.catalog;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

/**
 * Who may do what with a program; every feature asks here rather than deciding for itself.
 * <ul>
 *   <li>manage: administrators, and the program's assigned trainers while they hold the trainer role;</li>
 *   <li>view: managers, and everyone once the program is published;</li>
 *   <li>participant: learners admitted to it (answered by enrollment through {@link Participants}).</li>
 * </ul>
 * A refusal is 403 when the caller may see that the program exists (it is published), and 404
 * otherwise, so a draft never betrays its existence.
 */
@Singleton
public class ProgramAccess {
    private final ProgramRepository programs;
    private final Participants participants;
    private final Catalog catalog;

    ProgramAccess(ProgramRepository programs, Participants participants, Catalog catalog) {
        this.programs = programs;
        this.participants = participants;
        this.catalog = catalog;
    }

    public boolean canManage(long programId, @Nullable Caller caller) {
        return programs.findById(programId).map(row -> canManage(row, caller)).orElse(false);
    }

    public boolean canView(long programId, @Nullable Caller caller) {
        return programs.findById(programId).map(row -> canView(row, caller)).orElse(false);
    }

    public boolean isParticipant(long programId, @Nullable Caller caller) {
        return caller != null && participants.isAdmitted(programId, caller.id());
    }

    /** Managers and admitted participants read what is meant for participants (materials, recordings, links). */
    public boolean canReadParticipantContent(long programId, @Nullable Caller caller) {
        return canManage(programId, caller) || isParticipant(programId, caller);
    }

    /** The program, when the caller may see it; 404 otherwise. */
    public ProgramFacts requireView(long programId, @Nullable Caller caller) {
        return catalog.facts(viewable(programId, caller));
    }

    /** The program, when the caller manages it; 403 or 404 otherwise (see the class comment). */
    public ProgramFacts requireManage(long programId, Caller caller) {
        return catalog.facts(managed(programId, caller));
    }

    /** The program, when the caller is an administrator; 403 or 404 otherwise. */
    public ProgramFacts requireAdmin(long programId, Caller caller) {
        ProgramRow row = programs.findById(programId).orElseThrow(ApiException::notFound);
        if (!caller.isAdmin()) {
            throw refusal(row, caller);
        }
        return catalog.facts(row);
    }

    ProgramRow viewable(long programId, @Nullable Caller caller) {
        ProgramRow row = programs.findById(programId).orElseThrow(ApiException::notFound);
        if (!canView(row, caller)) {
            throw ApiException.notFound();
        }
        return row;
    }

    ProgramRow managed(long programId, Caller caller) {
        ProgramRow row = programs.findById(programId).orElseThrow(ApiException::notFound);
        if (!canManage(row, caller)) {
            throw refusal(row, caller);
        }
        return row;
    }

    boolean canManage(ProgramRow row, @Nullable Caller caller) {
        return caller != null && (caller.isAdmin()
                || caller.has(Role.TRAINER) && programs.isTrainer(row.requireId(), caller.id()));
    }

    private boolean canView(ProgramRow row, @Nullable Caller caller) {
        return row.status() == ProgramStatus.PUBLISHED || canManage(row, caller);
    }

    private ApiException refusal(ProgramRow row, @Nullable Caller caller) {
        return canView(row, caller) ? new ApiException(HttpStatus.FORBIDDEN, "forbidden") : ApiException.notFound();
    }
}
