package org.civitas.enrollment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramFacts;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one way applications change status within a program's capacity. Administrators' decisions
 * and participant imports both come through here: each takes the program's turn ({@link #lock}),
 * checks the places left — the capacity, less those admitted, less the places an import being
 * applied still holds — and writes the application rows, telling other features through
 * {@link ApplicationDecided} once they commit. The callers hold the transaction.
 */
@Singleton
class Admissions {
    private final QuestionnaireRepository questionnaires;
    private final ApplicationRepository applications;
    private final ParticipantImportRepository imports;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ApplicationDecided> decided;
    private final Clock clock;

    Admissions(QuestionnaireRepository questionnaires, ApplicationRepository applications, ParticipantImportRepository imports,
               AuditLog audit, ApplicationEventPublisher<ApplicationDecided> decided, Clock clock) {
        this.decided = decided;
        this.questionnaires = questionnaires;
        this.applications = applications;
        this.imports = imports;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Takes the program's turn: applications and admissions of one program wait for each other
     * here, until the caller's transaction ends.
     */
    QuestionnaireRow lock(long programId) {
        // insert only when missing: INSERT IGNORE on an existing row takes a shared lock, and two
        // of those waiting to upgrade to the exclusive one below deadlock
        return questionnaires.lock(programId).orElseGet(() -> {
            questionnaires.ensure(programId, clock.instant());
            return questionnaires.lock(programId).orElseThrow(ApiException::notFound);
        });
    }

    long admittedCount(long programId) {
        return applications.countByProgramIdAndStatus(programId, ApplicationStatus.ADMITTED);
    }

    /** Places nobody holds yet; null when the program has no capacity. */
    @Nullable Long placesLeft(ProgramFacts program) {
        if (program.capacity() == null) {
            return null;
        }
        long held = admittedCount(program.id()) + imports.placesHeld(program.id());
        return Math.max(0, program.capacity() - held);
    }

    /** Refuses, naming the places left, when admitting this many newcomers would pass the capacity. Under the lock. */
    void requirePlaces(ProgramFacts program, long newcomers, String field) {
        Long placesLeft = placesLeft(program);
        if (placesLeft != null && newcomers > placesLeft) {
            throw new ApiException(HttpStatus.CONFLICT, "capacity_exceeded",
                    List.of(new ApiException.FieldError(field, "capacity_exceeded", placesLeft)), Map.of());
        }
    }

    /** Records an administrator's decision on an application. Under the lock, with the places checked. */
    ApplicationRow decide(ApplicationRow application, ApplicationStatus status, @Nullable String message, long actorId,
                          Instant now) {
        ApplicationRow saved = applications.update(application.decided(status, message, actorId, now));
        audit.record("application." + status.code(), actorId, "application", saved.id(), null,
                "program=" + application.programId());
        published(saved);
        return saved;
    }

    /**
     * Admits the user: their open application if they have one, else a new application made from
     * the profile given. Under the lock, with the places checked.
     */
    ApplicationRow admit(long programId, long userId, Supplier<Profile> profile, long actorId, Instant now, String detail) {
        var open = applications.findLatest(userId, programId).filter(a -> a.status().active());
        ApplicationRow saved;
        if (open.isPresent()) {
            saved = applications.update(open.get().decided(ApplicationStatus.ADMITTED, null, actorId, now));
        } else {
            Profile p = profile.get();
            saved = applications.save(new ApplicationRow(null, programId, userId, ApplicationStatus.ADMITTED, p,
                    p.region(), p.organization(), p.category(), Map.of(), null, actorId, now, now, now, null));
        }
        audit.record("application.admitted", actorId, "application", saved.id(), null, "program=" + programId + " " + detail);
        published(saved);
        return saved;
    }

    /** Tells the other features, once the caller's transaction commits. */
    private void published(ApplicationRow application) {
        decided.publishEvent(new ApplicationDecided(application.requireId(), application.programId(), application.userId(),
                application.status().code(), application.decisionMessage()));
    }
}
