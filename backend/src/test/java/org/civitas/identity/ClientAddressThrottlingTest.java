package org.civitas.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Its own application context: it exhausts the failures allowed to 127.0.0.1. */
@MicronautTest(transactional = false)
class ClientAddressThrottlingTest extends IntegrationTest {

    @Test
    void guessingManyAccountsFromOneAddressIsThrottledPerAddress() {
        Browser person = browser();
        int failures = 0;
        Browser.Reply reply = person.logIn(uniqueEmail(), "whatever password");
        while (reply.status() == 401 && failures < 30) {
            failures++;
            reply = person.logIn(uniqueEmail(), "whatever password");
        }
        assertEquals(429, reply.status(), reply.toString());
        assertEquals(20, failures, "the per-address limit");
    }
}
