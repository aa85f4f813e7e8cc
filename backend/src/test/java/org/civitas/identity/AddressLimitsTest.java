package org.civitas.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-ups and password links are limited per client address; its own context, with small limits. */
@MicronautTest(transactional = false)
@Property(name = "civitas.identity.max-signups-per-client", value = "3")
@Property(name = "civitas.identity.max-password-link-attempts-per-client", value = "4")
class AddressLimitsTest extends IntegrationTest {

    @Test
    void signUpsFromOneAddressAreLimited() {
        for (int i = 0; i < 3; i++) {
            assertEquals(201, browser().signUp(uniqueEmail(), GOOD_PASSWORD).status());
        }
        Browser.Reply fourth = browser().signUp(uniqueEmail(), GOOD_PASSWORD);
        assertEquals(429, fourth.status(), fourth.toString());
        assertEquals("too_many_attempts", fourth.code());
        assertTrue(Long.parseLong(fourth.header("Retry-After").orElseThrow()) > 0);
    }

    @Test
    void tryingPasswordLinkTokensIsLimitedWhetherCheckingOrSetting() {
        Browser guesser = browser();
        int refused = 0;
        for (int i = 0; i < 4; i++) {
            String path = i % 2 == 0 ? "/api/auth/password-link" : "/api/auth/set-password";
            Browser.Reply reply = guesser.post(path, Map.of("token", "guess-" + i, "password", GOOD_PASSWORD));
            assertEquals(404, reply.status(), reply.toString());
            refused++;
        }
        assertEquals(4, refused);
        assertEquals(429, guesser.post("/api/auth/password-link", Map.of("token", "guess-5")).status());
        assertEquals(429, guesser.post("/api/auth/set-password", Map.of("token", "guess-6", "password", GOOD_PASSWORD)).status());
    }
}
