package org.civitas.identity;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AuthenticationFlowTest extends IntegrationTest {

    @Test
    void signUpLogInMeLogOutThenMeIsUnauthorized() {
        Browser person = browser();
        String email = uniqueEmail();

        Browser.Reply signedUp = person.signUp(email, GOOD_PASSWORD);
        assertEquals(201, signedUp.status(), signedUp.toString());
        assertEquals(email, signedUp.text("email"));
        assertEquals("[learner]", signedUp.json().get("roles").getValue().toString());
        assertTrue(signedUp.body().contains("\"patronymic\":\"Григорович\""), signedUp.body());

        person.forgetCookies();
        assertEquals(401, person.get("/api/me").status());

        Browser.Reply login = person.logIn(email, GOOD_PASSWORD);
        assertEquals(200, login.status(), login.toString());
        String cookieHeader = login.raw().headers().allValues("Set-Cookie").toString();
        assertTrue(cookieHeader.contains("civitas_session=") && cookieHeader.toLowerCase().contains("httponly")
                && cookieHeader.contains("SameSite=Lax"), cookieHeader);

        Browser.Reply me = person.get("/api/me");
        assertEquals(200, me.status(), me.toString());
        assertEquals("Шевченко Тарас Григорович", me.text("fullName"));

        assertEquals(204, person.post("/api/auth/logout").status());
        Browser.Reply after = person.get("/api/me");
        assertEquals(401, after.status());
        assertEquals("authentication_required", after.code());
    }
}
