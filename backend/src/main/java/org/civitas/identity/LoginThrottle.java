package org.civitas.identity;

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
 * Counts failed logins per account (the email as typed, known or not) and per client address in a
 * sliding window. Past either limit, logins are refused with 429 until the oldest failure leaves the
 * window. Kept in memory: one platform instance; a restart forgets the counts.
 */
@Singleton
class LoginThrottle {
    private static final int MAX_TRACKED_KEYS = 100_000;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final IdentitySettings settings;
    private final Clock clock;

    LoginThrottle(IdentitySettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the caller must wait, when either limit is reached. */
    Optional<Duration> retryAfter(String email, String client) {
        Instant now = clock.instant();
        Optional<Duration> account = blockedFor("account:" + email, settings.maxFailuresPerAccount(), now);
        Optional<Duration> address = blockedFor("client:" + client, settings.maxFailuresPerClient(), now);
        if (account.isPresent() && address.isPresent()) {
            return Optional.of(account.get().compareTo(address.get()) > 0 ? account.get() : address.get());
        }
        return account.isPresent() ? account : address;
    }

    void recordFailure(String email, String client) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED_KEYS) {
            failures.entrySet().removeIf(e -> isStale(e.getValue(), now));
        }
        for (String key : new String[]{"account:" + email, "client:" + client}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    void recordSuccess(String email) {
        failures.remove("account:" + email);
    }

    private Optional<Duration> blockedFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            Instant windowStart = now.minus(settings.throttleWindow());
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.pollFirst();
            }
            if (times.size() < limit) {
                return Optional.empty();
            }
            Instant oldestCounted = times.stream().skip(times.size() - limit).findFirst().orElse(now);
            return Optional.of(Duration.between(now, oldestCounted.plus(settings.throttleWindow())));
        }
    }

    private boolean isStale(Deque<Instant> times, Instant now) {
        synchronized (times) {
            return times.isEmpty() || times.peekLast().isBefore(now.minus(settings.throttleWindow()));
        }
    }
}
