package org.civitas.certification;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** What other features (reports) need to know of certification: who met which part of a program's rules. */
@Singleton
public class Certification {
    private final Completion completion;

    Certification(Completion completion) {
        this.completion = completion;
    }

    /**
     * Of {@code userIds}, those who met every attendance requirement of the program's completion
     * rules (all of them when the rules ask no attendance); nobody while the program has no rules.
     */
    public Set<Long> attendanceComplete(long programId, Collection<Long> userIds) {
        Set<Long> complete = new HashSet<>();
        completion.standings(programId, userIds).forEach((userId, standing) -> {
            if (standing.rulesSet() && standing.requirements().stream()
                    .filter(r -> r.kind().equals(Requirement.ATTENDANCE)).allMatch(Requirement::met)) {
                complete.add(userId);
            }
        });
        return complete;
    }
}
