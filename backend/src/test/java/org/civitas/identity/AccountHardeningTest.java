package org.civitas.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The defects found by probing the accounts as an attacker would, each shown gone. */
@MicronautTest(transactional = false)
class AccountHardeningTest extends IntegrationTest {
    @Inject
    UserRepository users;

    private static <T> List<T> inParallel(int count, Callable<T> call) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }

    private String account() {
        String email = uniqueEmail();
        assertEquals(201, browser().signUp(email, GOOD_PASSWORD).status());
        return email;
    }

    @Test
    void sixtyParallelWrongLoginsLetAtMostFiveReachThePasswordCheck() throws Exception {
        String email = account();
        List<Integer> statuses = inParallel(60, () -> browser().logIn(email, "a wrong password").status());
        long checked = statuses.stream().filter(s -> s == 401).count();
        assertTrue(checked <= 5, "reached the password check: " + checked);
        assertEquals(60 - checked, statuses.stream().filter(s -> s == 429).count(), statuses.toString());
        assertEquals(429, browser().logIn(email, GOOD_PASSWORD).status(), "the right password waits too");
    }

    @Test
    void anotherSpellingOfTheSameEmailGetsNoFreshTries() {
        String email = account();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, browser().logIn(email, "wrong " + i).status());
        }
        String accented = "ú" + email.substring(1); // user-… spelled úser-…
        Browser.Reply sameAccount = browser().logIn(accented.toUpperCase(), GOOD_PASSWORD);
        assertEquals(429, sameAccount.status(), "the lookup ignores case and accents, and so does the count: " + sameAccount);
        assertEquals(429, browser().logIn("  " + email.toUpperCase() + " ", GOOD_PASSWORD).status());
    }

    @Test
    void tenParallelSignUpsWithOneEmailGiveOneAccount() throws Exception {
        String email = uniqueEmail();
        List<Browser.Reply> replies = inParallel(10, () -> browser().signUp(email, GOOD_PASSWORD));
        assertEquals(1, replies.stream().filter(r -> r.status() == 201).count(), replies.toString());
        assertEquals(9, replies.stream().filter(r -> r.status() == 409 && "email_taken".equals(r.code())).count(), replies.toString());
    }

    @Test
    void anOfficeBehindOneAddressIsNotLockedOutByItsColleaguesTypos() {
        for (int person = 0; person < 6; person++) {
            String colleague = account();
            for (int i = 0; i < 5; i++) {
                assertEquals(401, browser().logIn(colleague, "typo " + i).status());
            }
        }
        String email = account();
        assertEquals(200, browser().logIn(email, GOOD_PASSWORD).status(), "30 failures of others from 127.0.0.1 lock nobody else out");
    }

    @Test
    void aPasswordSomeoneElseChoseMustBeChangedBeforeAnythingElse() {
        String email = account();
        UserRow row = users.findByEmail(email).orElseThrow();
        users.update(new UserRow(row.id(), row.email(), row.passwordHash(), row.surname(), row.givenName(), row.patronymic(),
                row.roles(), true, row.createdAt(), Instant.now(), row.lastLoginAt(), true, null, row.language(), row.version()));
        Browser other = browser();
        assertEquals(200, other.logIn(email, GOOD_PASSWORD).status());
        Browser person = browser();
        Browser.Reply signedIn = person.logIn(email, GOOD_PASSWORD);
        assertTrue(signedIn.json().get("passwordChangeRequired").getBooleanValue());

        Browser.Reply held = person.get("/api/me/programs");
        assertEquals(403, held.status());
        assertEquals("password_change_required", held.code());
        assertEquals(403, person.post("/api/programs/1/applications", Map.of()).status());
        assertEquals(200, person.get("/api/me").status(), "who is signed in stays readable");

        Browser.Reply wrong = person.post("/api/me/password", Map.of("currentPassword", "not it", "newPassword", "Нове гасло для навчання 7"));
        assertEquals(400, wrong.status());
        assertEquals(List.of("currentPassword:wrong_password"), wrong.fieldErrors());
        Browser.Reply weak = person.post("/api/me/password", Map.of("currentPassword", GOOD_PASSWORD, "newPassword", "password"));
        assertEquals(List.of("newPassword:too_common"), weak.fieldErrors());
        Browser.Reply same = person.post("/api/me/password", Map.of("currentPassword", GOOD_PASSWORD, "newPassword", GOOD_PASSWORD));
        assertEquals(List.of("newPassword:same_as_current"), same.fieldErrors());

        assertEquals(204, person.post("/api/me/password",
                Map.of("currentPassword", GOOD_PASSWORD, "newPassword", "Нове гасло для навчання 7")).status());
        assertFalse(person.get("/api/me").json().get("passwordChangeRequired").getBooleanValue());
        assertEquals(200, person.get("/api/me/programs").status(), "everything is open again");
        assertEquals(401, other.get("/api/me").status(), "the other sessions ended");
        assertEquals(401, browser().logIn(email, GOOD_PASSWORD).status());
        assertEquals(200, browser().logIn(email, "Нове гасло для навчання 7").status());
    }

    @Test
    void changingThePasswordNeedsASessionAndTheCsrfToken() {
        assertEquals(401, browser().post("/api/me/password", Map.of("currentPassword", "x", "newPassword", "y")).status());
        Browser person = browser();
        person.signUp(uniqueEmail(), GOOD_PASSWORD);
        assertEquals(403, person.postWithoutCsrf("/api/me/password",
                Map.of("currentPassword", GOOD_PASSWORD, "newPassword", "Нове гасло для навчання 7")).status());
    }
}
