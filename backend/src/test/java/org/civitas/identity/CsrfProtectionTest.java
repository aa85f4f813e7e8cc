package org.civitas.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

@MicronautTest(transactional = false)
class CsrfProtectionTest extends IntegrationTest {

    @Test
    void loginWithoutTheTokenIsForbidden() {
        Browser.Reply reply = browser().postWithoutCsrf("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
        assertEquals(403, reply.status(), reply.toString());
        assertEquals("csrf_token_invalid", reply.code());
    }

    @Test
    void signedInStateChangeWithoutOrWithAWrongTokenIsForbiddenAndChangesNothing() {
        Browser learner = learner();
        assertEquals(403, learner.postWithoutCsrf("/api/auth/logout", Map.of()).status());
        assertEquals(403, learner.postWithCsrf("/api/auth/logout", Map.of(), "forged-token").status());
        assertEquals(200, learner.get("/api/me").status(), "still signed in: nothing changed");
    }

    @Test
    void theAnonymousTokenDoesNotWorkForASignedInSession() {
        Browser anonymous = browser();
        anonymous.get("/api/auth/csrf");
        String anonymousToken = anonymous.cookie("civitas_csrf").orElseThrow();

        Browser learner = learner();
        assertNotEquals(anonymousToken, learner.cookie("civitas_csrf").orElseThrow(), "login rotates the token");
        assertEquals(403, learner.postWithCsrf("/api/auth/logout", Map.of(), anonymousToken).status());
    }

    @Test
    void safeMethodsNeedNoToken() {
        Browser learner = learner();
        assertEquals(200, learner.get("/api/me").status());
    }
}
