package org.civitas.certification;

import org.jspecify.annotations.Nullable;

import java.util.Map;

/**
 * A program's attendance rule as numbers, for counting many learners at once: how many sessions
 * each module needs (per module) or the program needs (overall), and whether sessions made up by
 * watching their recording count. {@code set} is false while the program has no completion rules:
 * then nobody meets it.
 */
public record AttendanceRule(boolean set, boolean recordingCounts, @Nullable Integer overallNeeded, Map<Long, Integer> neededPerModule) {

    /** Whether a learner who attended these many sessions in each module (by module id) meets the rule. */
    public boolean met(Map<Long, Long> attendedPerModule) {
        if (!set) {
            return false;
        }
        if (overallNeeded != null) {
            return attendedPerModule.values().stream().mapToLong(Long::longValue).sum() >= overallNeeded;
        }
        return neededPerModule.entrySet().stream().allMatch(e -> attendedPerModule.getOrDefault(e.getKey(), 0L) >= e.getValue());
    }
}
