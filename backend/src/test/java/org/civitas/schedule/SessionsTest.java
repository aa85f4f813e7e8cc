package org.civitas.schedule;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sessions, registration with a waiting list, and what registrants are told, over HTTP and a real SMTP server. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionsTest extends IntegrationTest implements TestPropertyProvider {
    private final MailServer mail = new MailServer();

    @Inject
    Reminders reminders;

    @Override
    public Map<String, String> getProperties() {
        return mail.properties();
    }

    @AfterAll
    void stopMail() {
        mail.stop();
    }

    private record Program(long id, long moduleId, Browser admin) {
    }

    private Program program() {
        Browser admin = admin();
        long id = TestPrograms.published(admin, TestPrograms.body("Програма з вебінарами"));
        long moduleId = admin.get("/api/programs/" + id).json().get("modules").get(0).get("id").getLongValue();
        return new Program(id, moduleId, admin);
    }

    /** A learner admitted to the program, with their email. */
    private Browser participant(Program program) {
        Browser learner = learner();
        long application = TestApplications.apply(learner, program.id());
        program.admin().post("/api/programs/" + program.id() + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        return learner;
    }

    private static Map<String, Object> online(String title, OffsetDateTime starts) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Як провести публічні консультації");
        body.put("speakers", List.of(Map.of("name", "Олена Гнатюк", "position", "Експертка з місцевого самоврядування")));
        body.put("startsAt", starts.toString());
        body.put("endsAt", starts.plusMinutes(90).toString());
        body.put("format", "online");
        body.put("meetingUrl", "https://meet.example.org/webinar-1");
        body.put("registrationRequired", true);
        return body;
    }

    private static OffsetDateTime inHours(long hours) {
        return OffsetDateTime.now(ZoneOffset.UTC).plusHours(hours).truncatedTo(ChronoUnit.MINUTES);
    }

    private long create(Program program, Map<String, Object> body) {
        Browser.Reply created = program.admin().post("/api/programs/" + program.id() + "/modules/" + program.moduleId() + "/sessions", body);
        assertEquals(201, created.status(), created.toString());
        assertEquals("/api/sessions/" + created.json().get("id").getLongValue(), created.header("Location").orElse(""));
        return created.json().get("id").getLongValue();
    }

    private static String email(Browser person) {
        return person.get("/api/me").text("email");
    }

    private static VEvent event(String calendar, String method) {
        ICalendar parsed = Biweekly.parse(calendar).first();
        assertNotNull(parsed, calendar);
        assertEquals(method, parsed.getMethod().getValue());
        return parsed.getEvents().getFirst();
    }

    @Test
    void editorsScheduleSessionsAndOthersMayNot() {
        Program program = program();
        Map<String, Object> body = online("Вебінар 1", OffsetDateTime.parse("2027-01-15T10:00:00+02:00"));
        long id = create(program, body);
        JsonNode session = program.admin().get("/api/sessions/" + id).json();
        assertEquals("2027-01-15T10:00:00+02:00", session.get("startsAt").getStringValue(), "in Kyiv's winter offset");
        assertEquals("Europe/Kyiv", session.get("timeZone").getStringValue());
        assertEquals("scheduled", session.get("status").getStringValue());
        assertEquals("Олена Гнатюк", session.get("speakers").get(0).get("name").getStringValue());
        assertTrue(session.get("outsideProgramDates").getBooleanValue(), "the program runs from February: the editor is warned");

        Browser learner = learner();
        String path = "/api/programs/" + program.id() + "/modules/" + program.moduleId() + "/sessions";
        assertEquals(403, learner.post(path, body).status());
        assertEquals(401, browser().post(path, body).status());
        Browser stranger = learner();
        long strangerId = stranger.get("/api/me").json().get("id").getLongValue();
        program.admin().put("/api/admin/users/" + strangerId + "/roles", Map.of("roles", List.of("trainer")));
        assertEquals(403, stranger.post(path, body).status(), "another program's trainer");
        assertEquals(403, stranger.put("/api/sessions/" + id, body).status());
        assertEquals(403, stranger.post("/api/sessions/" + id + "/cancel", Map.of()).status());
        assertEquals(404, program.admin().post("/api/programs/" + program.id() + "/modules/99999999/sessions", body).status());

        Map<String, Object> bad = online("Вебінар", OffsetDateTime.parse("2027-02-15T10:00:00+02:00"));
        bad.put("endsAt", "2027-02-15T09:00:00+02:00");
        bad.put("meetingUrl", "javascript:alert(1)");
        bad.put("timeZone", "Europe/Atlantis");
        assertEquals(List.of("timeZone:unknown_time_zone", "endsAt:ends_before_start", "meetingUrl:not_a_web_address"),
                program.admin().post(path, bad).fieldErrors());
        Map<String, Object> inPerson = online("Круглий стіл", OffsetDateTime.parse("2027-02-15T10:00:00+02:00"));
        inPerson.put("format", "in_person");
        assertEquals(List.of("venue:venue_required"), program.admin().post(path, inPerson).fieldErrors());

        Map<String, Object> stale = new HashMap<>(body);
        stale.put("version", 7);
        assertEquals(409, program.admin().put("/api/sessions/" + id, stale).status());
        assertEquals(204, program.admin().delete("/api/sessions/" + id).status(), "nobody registered yet");
        assertEquals(404, program.admin().get("/api/sessions/" + id).status());
    }

    @Test
    void theMeetingLinkIsForParticipantsAndOnlyShortlyBeforeTheStart() {
        Program program = program();
        long later = create(program, online("Пізніше", inHours(3)));
        long soon = create(program, online("Незабаром", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(10)));
        Browser participant = participant(program);
        Browser learner = learner();

        JsonNode early = participant.get("/api/sessions/" + later).json();
        assertTrue(early.get("meetingUrl").isNull(), "three hours ahead: not yet");
        assertFalse(early.get("meetingUrlAvailableAt").isNull());
        assertEquals("https://meet.example.org/webinar-1", participant.get("/api/sessions/" + soon).text("meetingUrl"));
        assertTrue(learner.get("/api/sessions/" + soon).json().get("meetingUrl").isNull(), "not admitted");
        assertTrue(browser().get("/api/sessions/" + soon).json().get("meetingUrl").isNull(), "a visitor");
        assertEquals("https://meet.example.org/webinar-1", program.admin().get("/api/sessions/" + later).text("meetingUrl"),
                "editors always");
        assertEquals(2, participant.get("/api/me/sessions").json().size());
        assertEquals(0, learner.get("/api/me/sessions").json().size());
    }

    @Test
    void registrationFillsTheCapacityThenTheWaitingListWhichMovesUp() {
        Program program = program();
        Map<String, Object> body = online("Вебінар з обмеженими місцями", inHours(48));
        body.put("capacity", 1);
        long id = create(program, body);
        Browser first = participant(program);
        Browser second = participant(program);

        assertEquals("registered", first.post("/api/sessions/" + id + "/registration").text("myRegistration"));
        assertEquals("registered", first.post("/api/sessions/" + id + "/registration").text("myRegistration"), "twice is once");
        JsonNode waiting = second.post("/api/sessions/" + id + "/registration").json();
        assertEquals("waitlisted", waiting.get("myRegistration").getStringValue());
        assertEquals(1, waiting.get("registered").getLongValue());
        assertEquals(1, waiting.get("waitlisted").getLongValue());
        assertEquals(403, learner().post("/api/sessions/" + id + "/registration").status(), "not admitted");
        assertEquals("not_a_participant", learner().post("/api/sessions/" + id + "/registration").code());
        assertEquals("Ви в листі очікування: «Вебінар з обмеженими місцями»", subject(mail.messagesTo(email(second), 4).getLast()),
                "after the sign-up, application and admission messages");

        JsonNode gone = first.delete("/api/sessions/" + id + "/registration").json();
        assertTrue(gone.get("myRegistration").isNull());
        assertEquals("registered", second.get("/api/sessions/" + id).text("myRegistration"), "the first waiting got the place");
        MimeMessage freed = mail.messagesTo(email(second), 5).getLast();
        assertTrue(subject(freed).startsWith("Звільнилося місце"), subject(freed));
        event(MailServer.calendar(freed), "REQUEST");
        MimeMessage dropped = mail.messagesTo(email(first), 5).getLast();
        event(MailServer.calendar(dropped), "CANCEL");
    }

    @Test
    void parallelRegistrationsKeepTheCapacity() throws Exception {
        Program program = program();
        Map<String, Object> body = online("Популярний вебінар", inHours(48));
        body.put("capacity", 3);
        long id = create(program, body);
        List<Browser> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(participant(program));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            List<Future<Browser.Reply>> replies = new ArrayList<>();
            for (Browser person : people) {
                replies.add(pool.submit(() -> person.post("/api/sessions/" + id + "/registration")));
            }
            for (Future<Browser.Reply> reply : replies) {
                assertEquals(200, reply.get().status(), reply.get().toString());
            }
        }
        JsonNode session = program.admin().get("/api/sessions/" + id).json();
        assertEquals(3, session.get("registered").getLongValue());
        assertEquals(7, session.get("waitlisted").getLongValue());
    }

    @Test
    void registrantsGetTheInvitationTheUpdateAndTheCancellationAsOneCalendarEvent() {
        Program program = program();
        Map<String, Object> body = online("Вебінар про бюджет участі", inHours(72));
        long id = create(program, body);
        Browser person = participant(program);
        person.post("/api/sessions/" + id + "/registration");
        MimeMessage invitation = mail.messagesTo(email(person), 4).getLast();
        assertTrue(subject(invitation).startsWith("Ви зареєстровані: «Вебінар про бюджет участі»"), subject(invitation));
        VEvent invited = event(MailServer.calendar(invitation), "REQUEST");
        assertEquals("Вебінар про бюджет участі", invited.getSummary().getValue());
        String uid = invited.getUid().getValue();
        int sequence = invited.getSequence().getValue();

        Map<String, Object> moved = new HashMap<>(body);
        moved.put("startsAt", inHours(96).toString());
        moved.put("endsAt", inHours(97).toString());
        moved.put("version", program.admin().get("/api/sessions/" + id).json().get("version").getLongValue());
        assertEquals(200, program.admin().put("/api/sessions/" + id, moved).status());
        MimeMessage update = mail.messagesTo(email(person), 5).getLast();
        VEvent updated = event(MailServer.calendar(update), "REQUEST");
        assertEquals(uid, updated.getUid().getValue());
        assertTrue(updated.getSequence().getValue() > sequence, "a growing SEQUENCE");
        assertEquals(java.util.Date.from(OffsetDateTime.parse(moved.get("startsAt").toString()).toInstant()),
                updated.getDateStart().getValue());

        assertEquals("cancelled", program.admin().post("/api/sessions/" + id + "/cancel", Map.of("reason", "Захворіла доповідачка"))
                .text("status"));
        MimeMessage cancellation = mail.messagesTo(email(person), 6).getLast();
        assertTrue(MailServer.text(cancellation).contains("Причина: Захворіла доповідачка"));
        VEvent cancelled = event(MailServer.calendar(cancellation), "CANCEL");
        assertEquals(uid, cancelled.getUid().getValue());
        assertTrue(cancelled.getSequence().getValue() > updated.getSequence().getValue());
        assertEquals("CANCELLED", cancelled.getStatus().getValue());
        assertEquals(409, person.post("/api/sessions/" + id + "/registration").status(), "a cancelled session takes no registrations");
        assertEquals(409, program.admin().delete("/api/sessions/" + id).status(), "it had registrants: it stays, cancelled");
    }

    @Test
    void aSessionDownloadsAsAnEventAndEachPersonHasARevocableFeed() throws Exception {
        Program program = program();
        long id = create(program, online("Вебінар, що має, крапку; і кому", inHours(24 * 5)));
        Browser.Reply file = browser().get("/api/sessions/" + id + "/calendar.ics");
        assertEquals(200, file.status());
        assertTrue(file.header("Content-Type").orElse("").startsWith("text/calendar"));
        VEvent event = event(file.body(), "PUBLISH");
        assertEquals("Вебінар, що має, крапку; і кому", event.getSummary().getValue(), "escaped and read back whole");

        Browser person = participant(program);
        String url = person.get("/api/me/calendar-feed").text("url");
        assertEquals(url, person.get("/api/me/calendar-feed").text("url"), "the same address until renewed");
        String path = URI.create(url).getRawPath();
        Browser.Reply feed = browser().get(path);
        assertEquals(200, feed.status(), feed.toString());
        ICalendar calendar = Biweekly.parse(feed.body()).first();
        assertTrue(calendar.getEvents().stream().anyMatch(e -> e.getUid().getValue().equals(event.getUid().getValue())));

        String renewed = person.post("/api/me/calendar-feed").text("url");
        assertFalse(renewed.equals(url));
        assertEquals(404, browser().get(path).status(), "the old address stops working");
        assertEquals(200, browser().get(URI.create(renewed).getRawPath()).status());
        assertEquals(404, browser().get(path.replaceFirst("/\\d+\\.", "/1.")).status(), "a forged address");
        assertEquals(401, browser().get("/api/me/calendar-feed").status());
    }

    @Test
    void registrantsAreRemindedADayAndAnHourBeforeOnceEach() throws Exception {
        Program program = program();
        long tomorrow = create(program, online("Завтрашній вебінар", inHours(23)));
        long shortly = create(program, online("Вебінар за пів години", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(40)));
        Browser person = participant(program);
        person.post("/api/sessions/" + tomorrow + "/registration");
        person.post("/api/sessions/" + shortly + "/registration");
        int before = mail.messagesTo(email(person), 5).size();

        assertTrue(reminders.send() >= 2);
        assertEquals(0, reminders.send(), "once each");
        List<MimeMessage> all = mail.messagesTo(email(person), before + 2);
        List<String> subjects = all.subList(before, all.size()).stream().map(SessionsTest::subject).toList();
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("Завтра: «Завтрашній вебінар»")), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.startsWith("Незабаром: «Вебінар за пів години»")), subjects.toString());
        Thread.sleep(Duration.ofMillis(500));
        assertEquals(before + 2, mail.messagesTo(email(person), before + 3).size());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
