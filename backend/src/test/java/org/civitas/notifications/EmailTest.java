package org.civitas.notifications;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.mail.internet.MimeMessage;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.MailServer;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Email through a real SMTP server started by the test (GreenMail). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailTest extends IntegrationTest implements TestPropertyProvider {
    private static final String SITE = "https://learn.example.org";
    private final MailServer mail = new MailServer();

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    private static String token(String link) {
        return link.substring(link.indexOf('#') + 1);
    }

    @Test
    void signingUpSendsALinkThatProvesTheAddress() {
        Browser person = browser();
        String email = uniqueEmail();
        assertEquals(201, person.signUp(email, GOOD_PASSWORD).status());
        assertFalse(person.get("/api/me").json().get("emailVerified").getBooleanValue());

        MimeMessage message = mail.onlyMessageTo(email);
        assertEquals("Підтвердіть свою електронну пошту в Civitas", subject(message));
        assertTrue(MailServer.html(message).contains("Підтвердити адресу"));
        assertNull(MailServer.header(message, "List-Unsubscribe"), "a security message has no unsubscribe");
        String link = MailServer.link(message, SITE + "/verify-email#");

        Browser.Reply verified = browser().post("/api/auth/verify-email", Map.of("token", token(link)));
        assertEquals(200, verified.status(), verified.toString());
        assertTrue(person.get("/api/me").json().get("emailVerified").getBooleanValue());
        assertEquals(410, browser().post("/api/auth/verify-email", Map.of("token", token(link))).status(), "used once");
        assertEquals(404, browser().post("/api/auth/verify-email", Map.of("token", "not-a-token")).status());
        assertEquals(409, person.post("/api/auth/email-verification").status(), "nothing left to prove");

        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма для імпорту"));
        byte[] list = ("Email,ПІБ\n" + email + ",Шевченко Тарас\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Browser.Reply preview = admin.postMultipart("/api/programs/" + programId + "/participant-imports", Map.of(),
                new Browser.FilePart("file", "list.csv", "text/csv", () -> new java.io.ByteArrayInputStream(list)));
        assertFalse(preview.json().get("rows").get(0).get("unverifiedAccount").getBooleanValue(), "a proven address is matched");
    }

    @Test
    void aNewAddressIsProvenAgainAndTheOldOneIsTold() {
        Browser person = browser();
        String old = uniqueEmail();
        person.signUp(old, GOOD_PASSWORD);
        mail.onlyMessageTo(old);
        String taken = uniqueEmail();
        browser().signUp(taken, GOOD_PASSWORD);
        String fresh = uniqueEmail();

        assertEquals(List.of("currentPassword:wrong_password"),
                person.put("/api/me/email", Map.of("email", fresh, "currentPassword", "not it")).fieldErrors());
        assertEquals("email_taken", person.put("/api/me/email", Map.of("email", taken, "currentPassword", GOOD_PASSWORD)).code());
        Browser.Reply moved = person.put("/api/me/email", Map.of("email", fresh.toUpperCase(), "currentPassword", GOOD_PASSWORD));
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(fresh, moved.text("email"));
        assertFalse(moved.json().get("emailVerified").getBooleanValue());

        assertEquals("Адресу облікового запису Civitas змінено", subject(mail.messagesTo(old, 2).getLast()));
        String link = MailServer.link(mail.onlyMessageTo(fresh), SITE + "/verify-email#");
        assertEquals(200, browser().post("/api/auth/verify-email", Map.of("token", token(link))).status());
        assertEquals(200, browser().logIn(fresh, GOOD_PASSWORD).status());
        assertEquals(401, browser().logIn(old, GOOD_PASSWORD).status());
    }

    @Test
    void aVerificationLinkCanBeAskedForAgainAFewTimes() {
        Browser person = browser();
        String email = uniqueEmail();
        person.signUp(email, GOOD_PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(202, person.post("/api/auth/email-verification").status());
        }
        assertEquals(429, person.post("/api/auth/email-verification").status());
        List<MimeMessage> links = mail.messagesTo(email, 4);
        assertEquals(4, links.size());
        String last = MailServer.link(links.getLast(), SITE + "/verify-email#");
        assertEquals(200, browser().post("/api/auth/verify-email", Map.of("token", token(last))).status());
    }

    @Test
    void forgettingThePasswordSendsALinkThatSetsANewOneAndEndsTheOtherSessions() {
        String email = uniqueEmail();
        Browser elsewhere = browser();
        elsewhere.signUp(email, GOOD_PASSWORD);
        mail.onlyMessageTo(email); // the verification

        Browser.Reply known = browser().post("/api/auth/password-reset", Map.of("email", email.toUpperCase()));
        Browser.Reply unknown = browser().post("/api/auth/password-reset", Map.of("email", uniqueEmail()));
        assertEquals(202, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.body(), unknown.body(), "the same answer whether or not the account exists");

        MimeMessage reset = mail.messagesTo(email, 2).getLast();
        assertEquals("Новий пароль для Civitas", subject(reset));
        String link = MailServer.link(reset, SITE + "/set-password#");
        Browser person = browser();
        Browser.Reply set = person.post("/api/auth/set-password", Map.of("token", token(link), "password", "Нове гасло для навчання 7"));
        assertEquals(200, set.status(), set.toString());
        assertTrue(set.json().get("emailVerified").getBooleanValue(), "the link reached the address: it is proven");
        assertEquals(401, elsewhere.get("/api/me").status(), "the other session ended");
        assertEquals(200, browser().logIn(email, "Нове гасло для навчання 7").status());
        MimeMessage notice = mail.messagesTo(email, 3).getLast();
        assertEquals("Пароль до Civitas змінено", subject(notice));
    }

    @Test
    void aDecisionReachesTheApplicantInTheirLanguageAndOneClickStopsThatKind() throws Exception {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма з листами"));
        Browser learner = browser().language("en");
        String email = uniqueEmail();
        learner.signUp(email, GOOD_PASSWORD);
        long application = TestApplications.apply(learner, programId);
        MimeMessage received = mail.messagesTo(email, 2).getLast();
        assertEquals("Your application to \"Програма з листами\" has arrived", subject(received));

        assertEquals(200, admin.post("/api/programs/" + programId + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "waitlist", "message", "Чекайте, будь ласка")).status());
        MimeMessage decided = mail.messagesTo(email, 3).getLast();
        assertEquals("Your application to \"Програма з листами\" is on the waiting list", subject(decided));
        assertTrue(MailServer.text(decided).contains("A message from the organizers: Чекайте, будь ласка"));
        assertEquals("List-Unsubscribe=One-Click", MailServer.header(decided, "List-Unsubscribe-Post"));
        String oneClick = MailServer.header(decided, "List-Unsubscribe");
        assertTrue(oneClick.startsWith("<" + SITE + "/api/notifications/unsubscribe?token="), oneClick);

        // as a mail program does it: a bare POST, no cookie, no CSRF token
        URI target = URI.create(oneClick.substring(1, oneClick.length() - 1));
        HttpResponse<String> unsubscribed = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.getURI().resolve(target.getRawPath() + "?" + target.getRawQuery()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, unsubscribed.statusCode(), unsubscribed.body());
        JsonNode preferences = learner.get("/api/me/notification-preferences").json();
        assertFalse(preferences.get("notifications").get("application_decided").getBooleanValue());
        assertTrue(preferences.get("notifications").get("application_received").getBooleanValue());
        assertEquals("en", preferences.get("language").getStringValue());

        admin.post("/api/programs/" + programId + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        Thread.sleep(1500);
        assertEquals(3, mail.messagesTo(email, 4).size(), "no decision message after unsubscribing");
        String token = target.getRawQuery().substring("token=".length());
        String forged = token.replaceFirst("^\\d+", "1");
        assertEquals(404, browser().post("/api/notifications/unsubscribe?token=" + forged, Map.of()).status(),
                "a token made for another person");
    }

    @Test
    void preferencesAreThePersonsOwnAndCheckedFieldByField() {
        Browser person = learner();
        Browser.Reply saved = person.put("/api/me/notification-preferences",
                Map.of("language", "en", "notifications", Map.of("application_received", false)));
        assertEquals(200, saved.status(), saved.toString());
        assertFalse(saved.json().get("notifications").get("application_received").getBooleanValue());
        assertEquals("en", person.get("/api/me").json().get("language").getStringValue());
        assertEquals(List.of("notifications.weekly_digest:unknown_notification"), person.put("/api/me/notification-preferences",
                Map.of("language", "en", "notifications", Map.of("weekly_digest", true))).fieldErrors());
        assertEquals(400, person.put("/api/me/notification-preferences", Map.of("language", "de", "notifications", Map.of())).status());
        assertEquals(401, browser().get("/api/me/notification-preferences").status());
    }

    @Test
    void aMessageQueuedWhileTheServerIsDownIsDeliveredOnceItIsBack() throws Exception {
        Browser admin = admin();
        mail.stop();
        String email = uniqueEmail();
        browser().signUp(email, GOOD_PASSWORD);
        JsonNode queued = null;
        for (int i = 0; i < 100 && (queued == null || queued.get("attempts").getIntValue() == 0); i++) {
            Thread.sleep(100);
            queued = admin.get("/api/admin/outbox?recipient=" + email).json().get("items").get(0);
        }
        assertTrue(queued.get("attempts").getIntValue() >= 1, queued.toString());
        assertEquals("queued", queued.get("status").getStringValue(), "a refused connection is tried again");
        assertFalse(queued.get("lastError").getStringValue().isBlank());

        mail.restart();
        assertEquals(1, mail.messagesTo(email, 1).size());
        Thread.sleep(1500);
        List<MimeMessage> delivered = mail.messagesTo(email, 2);
        assertEquals(1, delivered.size(), "exactly once");
        JsonNode sent = admin.get("/api/admin/outbox?recipient=" + email).json().get("items").get(0);
        assertEquals("sent", sent.get("status").getStringValue());
        assertEquals(sent.get("messageId").getStringValue(), MailServer.header(delivered.getFirst(), "Message-ID"));
    }

    @Test
    void onlyAdministratorsReadTheOutbox() {
        Browser admin = admin();
        String email = uniqueEmail();
        browser().signUp(email, GOOD_PASSWORD);
        mail.onlyMessageTo(email);
        JsonNode item = admin.get("/api/admin/outbox?recipient=" + email).json().get("items").get(0);
        long id = item.get("id").getLongValue();
        assertTrue(item.get("bodyText").isNull(), "lists leave the bodies out");
        JsonNode message = admin.get("/api/admin/outbox/" + id).json();
        assertTrue(message.get("bodyText").getStringValue().contains("/verify-email#"));
        assertTrue(message.get("bodyHtml").getStringValue().startsWith("<!DOCTYPE html>"));
        assertEquals(409, admin.post("/api/admin/outbox/" + id + "/retry").status(), "a sent message is not sent again");

        Browser learner = learner();
        assertEquals(403, learner.get("/api/admin/outbox").status());
        assertEquals(403, learner.get("/api/admin/outbox/" + id).status());
        assertEquals(403, learner.post("/api/admin/outbox/" + id + "/retry").status());
        assertEquals(404, admin.get("/api/admin/outbox/99999999").status());
    }

    @Test
    void anAdministratorCanEmailAPasswordLink() {
        Browser admin = admin();
        Browser person = learner();
        String email = person.get("/api/me").text("email");
        long id = person.get("/api/me").json().get("id").getLongValue();
        mail.onlyMessageTo(email);
        Browser.Reply link = admin.post("/api/admin/users/" + id + "/password-link", Map.of("send", true));
        assertEquals(200, link.status(), link.toString());
        assertTrue(link.json().get("emailed").getBooleanValue());
        MimeMessage sent = mail.messagesTo(email, 2).getLast();
        assertEquals("Установіть пароль для Civitas", subject(sent));
        assertTrue(MailServer.link(sent, SITE + "/set-password#").endsWith(link.text("path").substring("/set-password#".length())));
        assertFalse(admin.post("/api/admin/users/" + id + "/password-link").json().get("emailed").getBooleanValue());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
