package org.civitas.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SignupValidationTest extends IntegrationTest {

    private Map<String, Object> valid() {
        Map<String, Object> body = new HashMap<>();
        body.put("email", uniqueEmail());
        body.put("password", GOOD_PASSWORD);
        body.put("surname", "Косач");
        body.put("givenName", "Лариса");
        return body;
    }

    private Browser.Reply signUp(Map<String, Object> body) {
        return browser().post("/api/auth/signup", body);
    }

    private static void assertProblem(Browser.Reply reply, int status, String code, String... fields) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.header("Content-Type").orElse("").startsWith("application/problem+json"), reply.toString());
        assertEquals(code, reply.code());
        assertEquals(List.of(fields), reply.fieldErrors(), reply.toString());
        assertFalse(reply.body().contains("Exception"), reply.body());
    }

    @Test
    void badEmailIsRefusedWithTheField() {
        Map<String, Object> body = valid();
        body.put("email", "not-an-email");
        assertProblem(signUp(body), 400, "validation_failed", "email:invalid_email");
    }

    @Test
    void shortPasswordIsRefusedWithTheField() {
        Map<String, Object> body = valid();
        body.put("password", "abc123");
        Browser.Reply reply = signUp(body);
        assertProblem(reply, 400, "validation_failed", "password:too_short");
        assertTrue(reply.body().contains("8"), "the message names the minimum: " + reply.body());
    }

    @Test
    void overlongPasswordIsRefused() {
        Map<String, Object> body = valid();
        body.put("password", "довга фраза ".repeat(20));
        assertProblem(signUp(body), 400, "validation_failed", "password:too_long");
    }

    @Test
    void commonPasswordsAreRefused() {
        for (String common : List.of("password1", "qwerty123", "12345678", "iloveyou")) {
            Map<String, Object> body = valid();
            body.put("password", common);
            assertProblem(signUp(body), 400, "validation_failed", "password:too_common");
        }
    }

    @Test
    void longPassphrasesWithoutCompositionRulesAreAccepted() {
        Map<String, Object> body = valid();
        body.put("password", "мій кіт любить сонячні ранки й каву без цукру, а ще довгі речення на шістдесят чотири символи");
        assertEquals(201, signUp(body).status());
    }

    @Test
    void missingNamesAreRefusedTogether() {
        Map<String, Object> body = valid();
        body.remove("surname");
        body.put("givenName", "   ");
        assertProblem(signUp(body), 400, "validation_failed", "givenName:required", "surname:required");
    }

    @Test
    void duplicateEmailIsAConflictOnTheEmailField() {
        Map<String, Object> body = valid();
        assertEquals(201, signUp(body).status());
        body.put("email", body.get("email").toString().toUpperCase());
        assertProblem(signUp(body), 409, "email_taken", "email:email_taken");
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() {
        Browser.Reply reply = browser().postRaw("/api/auth/signup", "application/json", "{\"email\": ");
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("malformed_request", reply.code());
        assertFalse(reply.body().contains("Exception"));
    }

    @Test
    void messagesFollowTheRequestLanguage() {
        Map<String, Object> body = valid();
        body.put("email", "nope");
        Browser.Reply english = browser().language("en").post("/api/auth/signup", body);
        assertEquals("Enter a valid email address.", english.json().get("errors").values().iterator().next().get("message").getStringValue());
        Browser.Reply ukrainian = browser().post("/api/auth/signup", body);
        assertEquals("Введіть правильну адресу електронної пошти.", ukrainian.json().get("errors").values().iterator().next().get("message").getStringValue());
    }

    @Test
    void roleAndStatusFieldsInTheBodyChangeNothing() {
        Map<String, Object> body = valid();
        body.put("roles", List.of("admin"));
        body.put("role", "admin");
        body.put("enabled", false);
        body.put("id", 1);
        Browser person = browser();
        Browser.Reply reply = person.post("/api/auth/signup", body);
        assertEquals(201, reply.status(), reply.toString());
        assertEquals("[learner]", reply.json().get("roles").getValue().toString());
        assertEquals(403, person.get("/api/admin/users").status());
        assertEquals(200, person.get("/api/me").status());
    }
}
