package org.civitas.identity;

import jakarta.inject.Singleton;
import org.civitas.platform.web.RateLimiter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Guards the password check (ASVS V6.3.1). Each attempt reserves its place before the password is
 * hashed, counted as a failure until it succeeds, so parallel guesses cannot slip past the count.
 * <ul>
 *   <li>Per account: a few failures are free; after those, each further attempt must wait a delay
 *   that doubles with every failure (30 s, 1 min, 2 min …, at most the window), so the owner who
 *   mistyped is back in seconds while a guesser gets a handful of tries an hour.</li>
 *   <li>Per client address: a much higher ceiling within the window, so a whole office behind one
 *   NAT address is not locked out by a few people's typos.</li>
 * </ul>
 * The account is the user's id when the email belongs to one (however the email was spelled: the
 * lookup ignores case and accents), else the email folded the same way. Kept in memory: one instance.
 */
@Singleton
class LoginThrottle {
    private static final int MAX_TRACKED_ACCOUNTS = 100_000;
    private final Map<String, List<Instant>> accountFailures = new HashMap<>();
    private final RateLimiter addresses;
    private final IdentitySettings settings;
    private final Clock clock;

    LoginThrottle(RateLimiter addresses, IdentitySettings settings, Clock clock) {
        this.addresses = addresses;
        this.settings = settings;
        this.clock = clock;
    }

    /** Reserves an attempt for the account from the client; empty when granted, else how long to wait. */
    synchronized Optional<Duration> reserve(String account, String client) {
        Instant now = clock.instant();
        if (accountFailures.size() > MAX_TRACKED_ACCOUNTS) {
            accountFailures.values().removeIf(times -> times.isEmpty() || times.getLast().isBefore(now.minus(settings.throttleWindow())));
        }
        List<Instant> failures = accountFailures.computeIfAbsent(account, k -> new ArrayList<>());
        failures.removeIf(at -> !at.isAfter(now.minus(settings.throttleWindow())));
        if (failures.size() >= settings.maxFailuresPerAccount()) {
            Instant allowedAt = failures.getLast().plus(delayAfter(failures.size()));
            if (now.isBefore(allowedAt)) {
                return Optional.of(Duration.between(now, allowedAt));
            }
        }
        Optional<Duration> address = addresses.acquire(clientKey(client), settings.maxFailuresPerClient(), settings.throttleWindow());
        if (address.isPresent()) {
            return address;
        }
        failures.add(now);
        return Optional.empty();
    }

    /** The reserved attempt had the right password: the account's failures are forgiven, the address's attempt taken back. */
    synchronized void succeeded(String account, String client) {
        accountFailures.remove(account);
        addresses.giveBack(clientKey(client));
    }

    /** The wait after this many failures: doubling from the base past the free ones, never beyond the window. */
    Duration delayAfter(int failures) {
        int doublings = Math.min(20, failures - settings.maxFailuresPerAccount());
        Duration delay = settings.throttleBaseDelay().multipliedBy(1L << doublings);
        return delay.compareTo(settings.throttleWindow()) > 0 ? settings.throttleWindow() : delay;
    }

    private static String clientKey(String client) {
        return "login:" + client;
    }
}
