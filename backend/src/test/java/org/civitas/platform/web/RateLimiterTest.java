package org.civitas.platform.web;

import org.civitas.support.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateLimiterTest {
    private final ManualClock clock = new ManualClock();
    private final RateLimiter limiter = new RateLimiter(clock);

    @Test
    void countsWithinTheWindowAndSaysHowLongToWait() {
        Duration window = Duration.ofMinutes(10);
        assertTrue(limiter.acquire("k", 2, window).isEmpty());
        clock.advance(Duration.ofMinutes(4));
        assertTrue(limiter.acquire("k", 2, window).isEmpty());
        assertEquals(Duration.ofMinutes(6), limiter.acquire("k", 2, window).orElseThrow());
        assertTrue(limiter.acquire("other", 2, window).isEmpty());
        clock.advance(Duration.ofMinutes(6));
        assertTrue(limiter.acquire("k", 2, window).isEmpty(), "the oldest left the window");
    }

    @Test
    void aRefusedAttemptIsNotCountedAndAGivenBackOneFreesItsPlace() {
        Duration window = Duration.ofMinutes(10);
        limiter.acquire("k", 1, window);
        for (int i = 0; i < 5; i++) {
            assertTrue(limiter.acquire("k", 1, window).isPresent());
        }
        limiter.giveBack("k");
        assertTrue(limiter.acquire("k", 1, window).isEmpty());
    }

    @Test
    void parallelCallersCannotAllSlipUnderTheLimit() throws Exception {
        AtomicInteger granted = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            java.util.List<Future<?>> calls = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(pool.submit(() -> {
                    if (limiter.acquire("k", 7, Duration.ofMinutes(1)).isEmpty()) {
                        granted.incrementAndGet();
                    }
                }));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        }
        assertEquals(7, granted.get());
    }
}
