package org.civitas.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LoginThrottlingTest extends IntegrationTest {

    @Test
    void repeatedWrongPasswordsGet429WithRetryAfterEvenForTheRightPassword() {
        Browser person = browser();
        String email = uniqueEmail();
        assertEquals(201, person.signUp(email, GOOD_PASSWORD).status());
        person.forgetCookies();

        for (int i = 0; i < 5; i++) {
            Browser.Reply wrong = person.logIn(email, "wrong password " + i);
            assertEquals(401, wrong.status(), wrong.toString());
            assertEquals("invalid_credentials", wrong.code());
        }
        Browser.Reply blocked = person.logIn(email, GOOD_PASSWORD);
        assertEquals(429, blocked.status(), blocked.toString());
        assertEquals("too_many_attempts", blocked.code());
        long retryAfter = Long.parseLong(blocked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
    }

    @Test
    void unknownAndKnownEmailsGetTheSameAnswer() {
        Browser person = browser();
        String known = uniqueEmail();
        assertEquals(201, person.signUp(known, GOOD_PASSWORD).status());
        person.forgetCookies();

        Browser.Reply wrongPassword = person.logIn(known, "not the password");
        Browser.Reply unknownEmail = person.logIn(uniqueEmail(), "not the password");
        assertEquals(wrongPassword.status(), unknownEmail.status());
        assertEquals(wrongPassword.body(), unknownEmail.body());
    }
}
