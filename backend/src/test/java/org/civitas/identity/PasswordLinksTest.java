package org.civitas.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "test.manual-clock", value = "true")
@Property(name = "civitas.identity.password-link-validity", value = "7d")
class PasswordLinksTest extends IntegrationTest {
    private static final String NEW_PASSWORD = "Синій трамвай о пів на восьму";

    @Inject
    Accounts accounts;
    @Inject
    ManualClock clock;

    private UserView accountWithoutPassword() {
        return accounts.createWithoutPassword(uniqueEmail(), "Гончар", "Оксана", null, 1);
    }

    private static String token(Browser.Reply link) {
        String path = link.text("path");
        assertTrue(path.startsWith("/set-password#"), path);
        return path.substring(path.indexOf('#') + 1);
    }

    @Test
    void anAccountWithoutPasswordCannotSignInUntilItsOwnerSetsOneThroughTheLink() {
        UserView user = accountWithoutPassword();
        assertFalse(user.passwordSet());
        Browser owner = browser();
        Browser.Reply refused = owner.logIn(user.email(), "");
        assertEquals(400, refused.status(), "an empty password is a validation error, not a way in");
        assertEquals("invalid_credentials", owner.logIn(user.email(), NEW_PASSWORD).code());

        Browser.Reply link = admin().post("/api/admin/users/" + user.id() + "/password-link");
        assertEquals(200, link.status(), link.toString());
        assertEquals(user.email(), link.text("email"));
        assertEquals("Гончар Оксана", link.text("fullName"));
        String token = token(link);

        Browser.Reply checked = owner.post("/api/auth/password-link", Map.of("token", token));
        assertEquals(200, checked.status(), checked.toString());
        assertEquals(user.email(), checked.text("email"));

        Browser.Reply weak = owner.post("/api/auth/set-password", Map.of("token", token, "password", "password123"));
        assertEquals(400, weak.status());
        assertEquals(List.of("password:too_common"), weak.fieldErrors());
        assertEquals(List.of("password:required"), owner.post("/api/auth/set-password", Map.of("token", token)).fieldErrors());

        Browser.Reply set = owner.post("/api/auth/set-password", Map.of("token", token, "password", NEW_PASSWORD));
        assertEquals(200, set.status(), set.toString());
        assertEquals(user.email(), owner.get("/api/me").text("email"), "setting the password signs in");

        Browser.Reply again = browser().post("/api/auth/set-password", Map.of("token", token, "password", NEW_PASSWORD + "!"));
        assertEquals(410, again.status());
        assertEquals("password_link_used", again.code());
        assertEquals(200, browser().logIn(user.email(), NEW_PASSWORD).status());
        assertTrue(admin().get("/api/admin/users/" + user.id()).json().get("passwordSet").getBooleanValue());
    }

    @Test
    void aNewLinkReplacesTheOpenOneAndLinksExpire() {
        UserView user = accountWithoutPassword();
        Browser admin = admin();
        String first = token(admin.post("/api/admin/users/" + user.id() + "/password-link"));
        String second = token(admin.post("/api/admin/users/" + user.id() + "/password-link"));

        Browser.Reply replaced = browser().post("/api/auth/password-link", Map.of("token", first));
        assertEquals(404, replaced.status());
        assertEquals("password_link_invalid", replaced.code());
        assertEquals(200, browser().post("/api/auth/password-link", Map.of("token", second)).status());

        clock.advance(Duration.ofDays(7).plusMinutes(1));
        Browser.Reply expired = browser().post("/api/auth/set-password", Map.of("token", second, "password", NEW_PASSWORD));
        assertEquals(410, expired.status());
        assertEquals("password_link_expired", expired.code());
        assertEquals("invalid_credentials", browser().logIn(user.email(), NEW_PASSWORD).code());
    }

    @Test
    void settingThePasswordEndsTheAccountsOtherSessions() {
        Browser learner = learner();
        long id = learner.get("/api/me").json().get("id").getLongValue();
        String token = token(admin().post("/api/admin/users/" + id + "/password-link"));

        assertEquals(200, browser().post("/api/auth/set-password", Map.of("token", token, "password", NEW_PASSWORD)).status());
        assertEquals(401, learner.get("/api/me").status(), "the session from before the reset ended");
    }

    @Test
    void onlyAdministratorsHandOutLinksAndDisabledAccountsGetNone() {
        UserView user = accountWithoutPassword();
        assertEquals(401, browser().post("/api/admin/users/" + user.id() + "/password-link").status());
        assertEquals(403, learner().post("/api/admin/users/" + user.id() + "/password-link").status());
        Browser admin = admin();
        assertEquals(404, admin.post("/api/admin/users/99999999/password-link").status());
        assertEquals(200, admin.post("/api/admin/users/" + user.id() + "/disable").status());
        Browser.Reply refused = admin.post("/api/admin/users/" + user.id() + "/password-link");
        assertEquals(409, refused.status());
        assertEquals("account_disabled", refused.code());
        assertEquals(404, browser().post("/api/auth/password-link", Map.of("token", "not-a-token")).status());
        assertEquals(List.of("token:required"), browser().post("/api/auth/password-link", Map.of()).fieldErrors());
    }
}
