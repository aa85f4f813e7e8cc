package org.civitas.attendance;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a recording a learner played, as sorted, merged stretches of whole seconds.
 * Playing a part twice counts it once; a part never played (skipped by seeking) never counts.
 * Kept as text like {@code "0-120,300-420"}.
 */
final class WatchedStretches {
    /** More stretches than an honest player makes; past it a report is refused. */
    static final int MAX_STRETCHES = 500;
    private final List<long[]> stretches;

    private WatchedStretches(List<long[]> stretches) {
        this.stretches = stretches;
    }

    static WatchedStretches parse(String text) {
        List<long[]> stretches = new ArrayList<>();
        if (!text.isBlank()) {
            for (String part : text.split(",")) {
                int dash = part.indexOf('-');
                stretches.add(new long[]{Long.parseLong(part.substring(0, dash)), Long.parseLong(part.substring(dash + 1))});
            }
        }
        return new WatchedStretches(stretches);
    }

    /** Adds [start, end) and merges it with the stretches it touches or overlaps. */
    WatchedStretches with(long start, long end) {
        if (end <= start) {
            return this;
        }
        List<long[]> merged = new ArrayList<>();
        long from = start;
        long to = end;
        boolean placed = false;
        for (long[] s : stretches) {
            if (s[1] < from) {
                merged.add(s);
            } else if (s[0] > to) {
                if (!placed) {
                    merged.add(new long[]{from, to});
                    placed = true;
                }
                merged.add(s);
            } else {
                from = Math.min(from, s[0]);
                to = Math.max(to, s[1]);
            }
        }
        if (!placed) {
            merged.add(new long[]{from, to});
        }
        return new WatchedStretches(merged);
    }

    int count() {
        return stretches.size();
    }

    long total() {
        return stretches.stream().mapToLong(s -> s[1] - s[0]).sum();
    }

    String format() {
        StringBuilder text = new StringBuilder();
        for (long[] s : stretches) {
            if (!text.isEmpty()) {
                text.append(',');
            }
            text.append(s[0]).append('-').append(s[1]);
        }
        return text.toString();
    }

    /**
     * Whether watching counts as attending: the program allows it (a percent, not null) and the
     * learner played at least that share of the recording's length.
     */
    static boolean makesUp(@Nullable Integer percent, long watchedSeconds, int durationSeconds) {
        return percent != null && watchedSeconds * 100 >= (long) percent * durationSeconds;
    }
}
