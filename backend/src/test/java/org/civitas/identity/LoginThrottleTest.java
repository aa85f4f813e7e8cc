package org.civitas.identity;

import org.civitas.platform.web.RateLimiter;
import org.civitas.support.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {
    private final ManualClock clock = new ManualClock();
    private final IdentitySettings settings = new IdentitySettings(Duration.ofHours(2), Duration.ofHours(12), false,
            3, Duration.ofSeconds(30), 10, Duration.ofMinutes(15), 60, 60, 3, 3, Duration.ofDays(7), Duration.ofDays(14),
            "admin@example.org", null);
    private final LoginThrottle throttle = new LoginThrottle(new RateLimiter(clock), settings, clock);

    @Test
    void afterTheFreeFailuresEachAttemptWaitsADoublingDelay() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.reserve("account:1", "10.0.0." + i).isEmpty());
        }
        assertEquals(Duration.ofSeconds(30), throttle.reserve("account:1", "10.0.0.9").orElseThrow());
        assertTrue(throttle.reserve("account:2", "10.0.0.9").isEmpty(), "other accounts are not affected");
        clock.advance(Duration.ofSeconds(30));
        assertTrue(throttle.reserve("account:1", "10.0.0.9").isEmpty(), "the owner is back after 30 s");
        assertEquals(Duration.ofMinutes(1), throttle.reserve("account:1", "10.0.0.9").orElseThrow());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(throttle.reserve("account:1", "10.0.0.9").isEmpty());
        assertEquals(Duration.ofMinutes(2), throttle.reserve("account:1", "10.0.0.9").orElseThrow());
    }

    @Test
    void theDelayNeverPassesTheWindow() {
        assertEquals(Duration.ofSeconds(30), throttle.delayAfter(3));
        assertEquals(Duration.ofSeconds(240), throttle.delayAfter(6));
        assertEquals(Duration.ofMinutes(15), throttle.delayAfter(20));
        assertEquals(Duration.ofMinutes(15), throttle.delayAfter(500));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        for (int i = 0; i < 3; i++) {
            throttle.reserve("account:1", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.reserve("account:1", "10.0.0.1").isEmpty());
        }
    }

    @Test
    void anAddressTryingManyAccountsReachesItsCeiling() {
        for (int i = 0; i < 10; i++) {
            assertTrue(throttle.reserve("account:" + i, "10.0.0.1").isEmpty());
        }
        assertTrue(throttle.reserve("account:fresh", "10.0.0.1").isPresent());
        assertTrue(throttle.reserve("account:fresh", "10.0.0.2").isEmpty(), "other addresses are not affected");
    }

    @Test
    void aSuccessForgivesTheAccountAndGivesTheAddressItsAttemptBack() {
        for (int i = 0; i < 10; i++) {
            throttle.reserve("account:" + (i % 3), "10.0.0.1");
            throttle.succeeded("account:" + (i % 3), "10.0.0.1");
        }
        assertTrue(throttle.reserve("account:0", "10.0.0.1").isEmpty(), "successes do not use up the address");
        throttle.reserve("account:0", "10.0.0.1");
        throttle.reserve("account:0", "10.0.0.1");
        throttle.succeeded("account:0", "10.0.0.1");
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.reserve("account:0", "10.0.0.1").isEmpty());
        }
    }
}
