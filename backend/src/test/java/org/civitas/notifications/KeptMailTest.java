package org.civitas.notifications;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without an SMTP server (make run's default) nothing leaves the machine: messages are kept for administrators. */
@MicronautTest(transactional = false)
class KeptMailTest extends IntegrationTest {

    @Test
    void messagesAreKeptAndAnAdministratorFollowsTheirLinks() {
        Browser admin = admin();
        Browser person = browser();
        String email = uniqueEmail();
        person.signUp(email, GOOD_PASSWORD);

        JsonNode kept = admin.get("/api/admin/outbox?status=kept&recipient=" + email).json();
        assertEquals(1, kept.get("totalItems").getLongValue(), kept.toString());
        long id = kept.get("items").get(0).get("id").getLongValue();
        String text = admin.get("/api/admin/outbox/" + id).json().get("bodyText").getStringValue();
        String link = text.lines().filter(l -> l.startsWith("http://localhost:8080/verify-email#")).findFirst()
                .orElseThrow(() -> new AssertionError(text));
        Browser.Reply verified = browser().post("/api/auth/verify-email", Map.of("token", link.substring(link.indexOf('#') + 1)));
        assertEquals(200, verified.status(), verified.toString());
        assertTrue(person.get("/api/me").json().get("emailVerified").getBooleanValue());

        Browser.Reply retry = admin.post("/api/admin/outbox/" + id + "/retry");
        assertEquals(409, retry.status());
        assertEquals("mail_not_configured", retry.code());
    }
}
