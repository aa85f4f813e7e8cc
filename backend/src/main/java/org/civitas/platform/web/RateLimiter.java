package org.civitas.platform.web;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sliding-window counters per key ("signup:203.0.113.7"): how often something was done lately.
 * Checking and counting are one step, so parallel requests cannot all slip in under the limit.
 * Kept in memory: one platform instance; a restart forgets the counts.
 */
@Singleton
public class RateLimiter {
    private static final int MAX_TRACKED_KEYS = 100_000;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();
    private final Clock clock;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts one event for the key, unless {@code limit} events already fall within the window:
     * then nothing is counted and the answer is how long until the oldest of them leaves it.
     */
    public Optional<Duration> acquire(String key, int limit, Duration window) {
        Instant now = clock.instant();
        if (events.size() > MAX_TRACKED_KEYS) {
            events.entrySet().removeIf(e -> isStale(e.getValue(), now, window));
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            Instant windowStart = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElse(now);
                return Optional.of(Duration.between(now, oldestCounted.plus(window)));
            }
            times.addLast(now);
            return Optional.empty();
        }
    }

    /** Takes back the newest event counted for the key: the attempt turned out not to count (a login that succeeded). */
    public void giveBack(String key) {
        Deque<Instant> times = events.get(key);
        if (times != null) {
            synchronized (times) {
                times.pollLast();
            }
        }
    }

    private static boolean isStale(Deque<Instant> times, Instant now, Duration window) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().isBefore(now.minus(window));
        }
    }
}
