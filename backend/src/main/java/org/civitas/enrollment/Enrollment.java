package org.civitas.enrollment;

import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;
import org.civitas.catalog.Participants;
import org.civitas.platform.web.PageView;

import java.util.List;
import java.util.Optional;

/**
 * The enrollment feature's entry point for other features: who takes part in a program. Sessions,
 * attendance, tests and certificates ask it whether a learner is admitted and who the admitted
 * participants are; applying and admitting happen behind this package's own endpoints.
 */
@Singleton
public class Enrollment implements Participants {
    private final ApplicationRepository applications;

    Enrollment(ApplicationRepository applications) {
        this.applications = applications;
    }

    /** Whether the user is admitted to the program now. */
    @Override
    public boolean isAdmitted(long programId, long userId) {
        return applications.findLatest(userId, programId).map(a -> a.status() == ApplicationStatus.ADMITTED).orElse(false);
    }

    /** The user as an admitted participant of the program, with their profile; empty when not admitted now. */
    public Optional<Participant> admittedParticipant(long programId, long userId) {
        return applications.findLatest(userId, programId).filter(a -> a.status() == ApplicationStatus.ADMITTED).map(Participant::of);
    }

    /** The programs the user is admitted to now. */
    public List<Long> admittedProgramIds(long userId) {
        return applications.findCurrentOfUser(userId).stream().filter(a -> a.status() == ApplicationStatus.ADMITTED)
                .map(ApplicationRow::programId).toList();
    }

    /** The program's admitted participants with their profile as given at admission, in the order they were admitted. */
    public PageView<Participant> admittedParticipants(long programId, int page, int size) {
        return PageView.of(applications.findAdmitted(programId, Pageable.from(page, size)), Participant::of);
    }
}
