package org.civitas.certification;

import jakarta.inject.Singleton;
import org.civitas.schedule.Schedule;
import org.civitas.schedule.SessionFacts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What other features (reports) need to know of certification: a program's rules as numbers, to count many learners against. */
@Singleton
public class Certification {
    private final Completion completion;
    private final Schedule schedule;

    Certification(Completion completion, Schedule schedule) {
        this.completion = completion;
        this.schedule = schedule;
    }

    /** The program's attendance rule as numbers: sessions that are not cancelled, counted as the learners' progress counts them. */
    public AttendanceRule attendanceRule(long programId) {
        CompletionRules rules = completion.rulesOf(programId);
        if (!rules.set()) {
            return new AttendanceRule(false, false, null, Map.of());
        }
        String measure = Objects.requireNonNull(rules.attendanceMeasure());
        int minimum = Objects.requireNonNull(rules.attendanceMinimum());
        List<SessionFacts> held = schedule.ofProgram(programId).stream().filter(s -> !s.cancelled()).toList();
        boolean recordings = Boolean.TRUE.equals(rules.recordingCounts());
        return switch (Objects.requireNonNull(rules.attendanceScope())) {
            case "overall" -> new AttendanceRule(true, recordings, CompletionCheck.needed(measure, minimum, held.size()), Map.of());
            case "per_module" -> {
                Map<Long, Integer> sessions = new HashMap<>();
                held.forEach(s -> sessions.merge(s.moduleId(), 1, Integer::sum));
                Map<Long, Integer> needed = new HashMap<>();
                sessions.forEach((module, count) -> needed.put(module, CompletionCheck.needed(measure, minimum, count)));
                yield new AttendanceRule(true, recordings, null, needed);
            }
            default -> new AttendanceRule(true, recordings, 0, Map.of());
        };
    }
}
