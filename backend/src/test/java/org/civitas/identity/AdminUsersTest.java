package org.civitas.identity;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.platform.audit.AuditLog;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AdminUsersTest extends IntegrationTest {
    @Inject
    AuditLog audit;

    private long idOf(Browser user) {
        return user.get("/api/me").json().get("id").getLongValue();
    }

    @Test
    void anonymousGets401AndLearnerAndTrainerGet403() {
        assertEquals(401, browser().get("/api/admin/users").status());
        Browser learner = learner();
        Browser.Reply refused = learner.get("/api/admin/users");
        assertEquals(403, refused.status());
        assertEquals("forbidden", refused.code());
        assertEquals(403, learner.put("/api/admin/users/" + idOf(learner) + "/roles", Map.of("roles", List.of("admin"))).status());
        assertEquals(403, learner.post("/api/admin/users/1/disable").status());
    }

    @Test
    void adminSearchesUsersByNameAndEmailWithPaging() {
        Browser admin = admin();
        Browser learner = browser();
        String email = uniqueEmail();
        assertEquals(201, learner.post("/api/auth/signup", Map.of("email", email, "password", GOOD_PASSWORD,
                "surname", "Українка", "givenName", "Леся")).status());

        JsonNode byName = admin.get("/api/admin/users?q=%D0%A3%D0%BA%D1%80%D0%B0%D1%97%D0%BD%D0%BA%D0%B0").json();
        assertTrue(byName.get("totalItems").getLongValue() >= 1);
        JsonNode byEmail = admin.get("/api/admin/users?q=" + email).json();
        assertEquals(1, byEmail.get("totalItems").getLongValue());
        JsonNode user = byEmail.get("items").values().iterator().next();
        assertEquals("Українка Леся", user.get("fullName").getStringValue());
        assertFalse(user.toString().contains("password"), "no password hash leaves the server");
        assertTrue(user.get("patronymic").isNull(), "absent values are sent as null: " + user);
        assertFalse(user.get("lastLoginAt").isNull(), "signing up signs in: " + user);

        JsonNode admins = admin.get("/api/admin/users?role=admin&size=1").json();
        assertEquals(1, admins.get("size").getIntValue());
        assertEquals(0, admins.get("page").getIntValue());

        Browser.Reply badRole = admin.get("/api/admin/users?role=superuser");
        assertEquals(400, badRole.status());
        assertEquals(List.of("role:invalid"), badRole.fieldErrors());
        Browser.Reply badSize = admin.get("/api/admin/users?size=1000");
        assertEquals(400, badSize.status());
        assertEquals(List.of("size:too_large"), badSize.fieldErrors());
        assertEquals(404, admin.get("/api/admin/users/99999999").status());
    }

    @Test
    void aRoleChangeTakesEffectOnTheVeryNextRequest() {
        Browser admin = admin();
        Browser learner = learner();
        long id = idOf(learner);
        assertEquals(403, learner.get("/api/admin/users").status());

        Browser.Reply promoted = admin.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("learner", "admin")));
        assertEquals(200, promoted.status(), promoted.toString());
        assertEquals(200, learner.get("/api/admin/users").status());

        assertEquals(200, admin.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("trainer"))).status());
        assertEquals(403, learner.get("/api/admin/users").status());
        assertEquals("[trainer]", learner.get("/api/me").json().get("roles").getValue().toString());

        List<AuditLog.Entry> history = audit.history("user", id);
        assertTrue(history.stream().anyMatch(e -> e.action().equals("user.roles_changed")), history.toString());
    }

    @Test
    void disablingAUserEndsTheirSessionOnTheNextRequestAndBlocksLogin() {
        Browser admin = admin();
        Browser learner = browser();
        String email = uniqueEmail();
        assertEquals(201, learner.signUp(email, GOOD_PASSWORD).status());
        long id = idOf(learner);

        Browser.Reply disabled = admin.post("/api/admin/users/" + id + "/disable");
        assertEquals(200, disabled.status(), disabled.toString());
        assertEquals("false", disabled.text("enabled"));
        assertEquals(401, learner.get("/api/me").status());

        Browser again = browser();
        Browser.Reply login = again.logIn(email, GOOD_PASSWORD);
        assertEquals(403, login.status());
        assertEquals("account_disabled", login.code());

        assertEquals(200, admin.post("/api/admin/users/" + id + "/enable").status());
        assertEquals(200, again.logIn(email, GOOD_PASSWORD).status());
    }

    @Test
    void anAdminCannotDisableOrDemoteThemselves() {
        Browser admin = admin();
        long self = idOf(admin);
        Browser.Reply disable = admin.post("/api/admin/users/" + self + "/disable");
        assertEquals(409, disable.status());
        assertEquals("cannot_disable_self", disable.code());
        Browser.Reply demote = admin.put("/api/admin/users/" + self + "/roles", Map.of("roles", List.of("learner")));
        assertEquals(409, demote.status());
        assertEquals("cannot_demote_self", demote.code());
    }

    @Test
    void rolesMustBeKnownAndNotEmpty() {
        Browser admin = admin();
        long id = idOf(learner());
        Browser.Reply empty = admin.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of()));
        assertEquals(400, empty.status(), empty.toString());
        assertEquals(List.of("roles:too_short"), empty.fieldErrors());
        Browser.Reply unknown = admin.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("root")));
        assertEquals(400, unknown.status(), unknown.toString());
    }

    @Test
    void loginsAreAuditedWithoutSecrets() {
        Browser person = browser();
        String email = uniqueEmail();
        assertEquals(201, person.signUp(email, GOOD_PASSWORD).status());
        long id = idOf(person);
        person.forgetCookies();
        person.logIn(email, "a wrong password here");
        person.logIn(email, GOOD_PASSWORD);
        List<AuditLog.Entry> history = audit.history("user", id);
        List<String> actions = history.stream().map(AuditLog.Entry::action).toList();
        assertTrue(actions.containsAll(List.of("user.signed_up", "login.failed", "login.succeeded")), actions.toString());
        assertTrue(history.stream().noneMatch(e -> String.valueOf(e.details()).contains("wrong password")
                || String.valueOf(e.details()).contains(GOOD_PASSWORD)), history.toString());
    }
}
