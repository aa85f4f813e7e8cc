package org.civitas.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Its own application context: it exhausts the failures allowed to 127.0.0.1. */
@MicronautTest(transactional = false)
@Property(name = "civitas.identity.max-failures-per-client", value = "20")
class ClientAddressThrottlingTest extends IntegrationTest {

    @Test
    void guessingManyAccountsFromOneAddressIsThrottledPerAddress() {
        Browser person = browser();
        int failures = 0;
        Browser.Reply reply = attempt(person, failures);
        while (reply.status() == 401 && failures < 30) {
            failures++;
            reply = attempt(person, failures);
        }
        assertEquals(429, reply.status(), reply.toString());
        assertEquals(20, failures, "the per-address limit, whatever X-Forwarded-For claims");
    }

    /** Each attempt claims another address in the headers a client may set at will. */
    private static Browser.Reply attempt(Browser person, int n) {
        return person.post("/api/auth/login", Map.of("email", uniqueEmail(), "password", "whatever password"),
                Map.of("X-Forwarded-For", "203.0.113." + n, "Forwarded", "for=198.51.100." + n));
    }
}
