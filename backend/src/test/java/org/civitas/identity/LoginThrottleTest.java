package org.civitas.identity;

import org.civitas.support.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {
    private final ManualClock clock = new ManualClock();
    private final IdentitySettings settings = new IdentitySettings(Duration.ofHours(2), Duration.ofHours(12), false,
            3, 10, Duration.ofMinutes(15), Duration.ofDays(14), "admin@example.org", null);
    private final LoginThrottle throttle = new LoginThrottle(settings, clock);

    @Test
    void blocksAnAccountAfterTheLimitUntilTheOldestFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertTrue(throttle.retryAfter("a@example.org", "10.0.0.1").isEmpty());
            throttle.recordFailure("a@example.org", "10.0.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        assertEquals(Duration.ofMinutes(12), throttle.retryAfter("a@example.org", "10.0.0.9").orElseThrow());
        assertTrue(throttle.retryAfter("b@example.org", "10.0.0.9").isEmpty(), "other accounts are not affected");
        clock.advance(Duration.ofMinutes(12));
        assertTrue(throttle.retryAfter("a@example.org", "10.0.0.9").isEmpty());
    }

    @Test
    void blocksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("user" + i + "@example.org", "10.0.0.1");
        }
        assertTrue(throttle.retryAfter("fresh@example.org", "10.0.0.1").isPresent());
        assertTrue(throttle.retryAfter("fresh@example.org", "10.0.0.2").isEmpty());
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        throttle.recordFailure("a@example.org", "10.0.0.1");
        throttle.recordFailure("a@example.org", "10.0.0.1");
        throttle.recordSuccess("a@example.org");
        throttle.recordFailure("a@example.org", "10.0.0.1");
        throttle.recordFailure("a@example.org", "10.0.0.1");
        assertTrue(throttle.retryAfter("a@example.org", "10.0.0.3").isEmpty());
    }
}
