package org.civitas.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
@Property(name = "test.manual-clock", value = "true")
@Property(name = "civitas.identity.idle-timeout", value = "30m")
@Property(name = "civitas.identity.absolute-timeout", value = "8h")
class SessionTimeoutTest extends IntegrationTest {
    @Inject
    ManualClock clock;

    @Test
    void anIdleSessionEnds() {
        Browser learner = learner();
        clock.advance(Duration.ofMinutes(29));
        assertEquals(200, learner.get("/api/me").status());
        clock.advance(Duration.ofMinutes(31));
        assertEquals(401, learner.get("/api/me").status());
    }

    @Test
    void aBusySessionStillEndsAtTheAbsoluteTimeout() {
        Browser learner = learner();
        for (int minutes = 20; minutes <= 7 * 60 + 40; minutes += 20) {
            clock.advance(Duration.ofMinutes(20));
            assertEquals(200, learner.get("/api/me").status(), minutes + " minutes after login");
        }
        clock.advance(Duration.ofMinutes(30));
        assertEquals(401, learner.get("/api/me").status(), "8h10m after login");
    }

    @Test
    void loggingOutEndsTheSessionOnTheServerEvenIfTheCookieIsReplayed() {
        Browser learner = learner();
        String stolen = learner.cookie("civitas_session").orElseThrow();
        assertEquals(204, learner.post("/api/auth/logout").status());
        Browser thief = browser();
        assertEquals(401, thief.getWithCookie("/api/me", "civitas_session=" + stolen).status());
    }

    @Test
    void loginStartsANewSessionRatherThanKeepingTheOldOne() {
        Browser learner = learner();
        String before = learner.cookie("civitas_session").orElseThrow();
        String email = learner.get("/api/me").text("email");
        assertEquals(200, learner.logIn(email, GOOD_PASSWORD).status());
        String after = learner.cookie("civitas_session").orElseThrow();
        Browser thief = browser();
        assertEquals(401, thief.getWithCookie("/api/me", "civitas_session=" + before).status(), "the old session ended");
        assertEquals(200, thief.getWithCookie("/api/me", "civitas_session=" + after).status());
    }
}
