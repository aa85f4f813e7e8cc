package org.civitas.certification;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Guessing verification codes meets a limit per address (in a context of its own, so other tests keep theirs). */
@MicronautTest(transactional = false)
class CertificateLookupThrottleTest extends IntegrationTest {
    @Test
    void lookupsByCodeAreThrottledPerAddress() {
        Browser anyone = browser();
        Browser.Reply reply = null;
        int tries = 0;
        for (; tries < 40; tries++) {
            reply = anyone.get("/api/public/certificates/GUESS" + tries);
            if (reply.status() == 429) {
                break;
            }
            assertEquals("certificate_not_found", reply.code());
        }
        assertEquals(429, reply.status(), "guessing codes meets the limit");
        assertEquals(30, tries, "the default allows 30 a minute");
        assertTrue(reply.header("Retry-After").isPresent());
        assertEquals("too_many_attempts", reply.code());
    }
}
