package org.civitas.enrollment;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class EnrollmentTest extends IntegrationTest {

    private static Map<String, Object> application(Map<String, Object> answers) {
        return Map.of("profile", TestApplications.profile(), "answers", answers);
    }

    private long programWithQuestions(Browser admin, int capacity, boolean allowReapply) {
        Map<String, Object> body = TestPrograms.body("Програма з анкетою");
        body.put("capacity", capacity);
        long id = TestPrograms.published(admin, body);
        long version = admin.get("/api/programs/" + id + "/questionnaire").json().get("version").getLongValue();
        Browser.Reply saved = admin.put("/api/programs/" + id + "/questionnaire", Map.of("version", version, "allowReapply", allowReapply,
                "questions", List.of(
                        Map.of("id", "motivation", "kind", "long_text", "label", "Чому ви хочете навчатися?", "required", true),
                        Map.of("id", "format", "kind", "single_choice", "label", "Формат", "required", true,
                                "options", List.of("онлайн", "очно")),
                        Map.of("id", "topics", "kind", "multiple_choice", "label", "Теми", "required", false,
                                "options", List.of("бюджет", "консультації", "петиції")),
                        Map.of("id", "first_time", "kind", "yes_no", "label", "Уперше?", "required", false))));
        assertEquals(200, saved.status(), saved.toString());
        return id;
    }

    private static Map<String, Object> goodAnswers() {
        return Map.of("motivation", "Хочу краще залучати мешканців", "format", "онлайн",
                "topics", List.of("бюджет", "петиції"), "first_time", true, "unknown", "dropped");
    }

    @Test
    void aLearnerAppliesAndSeesTheirApplicationButNotOthers() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        Browser learner = learner();

        Browser.Reply applied = learner.post("/api/programs/" + programId + "/applications", application(goodAnswers()));
        assertEquals(201, applied.status(), applied.toString());
        long applicationId = applied.json().get("id").getLongValue();
        assertEquals("/api/applications/" + applicationId, applied.header("Location").orElse(""));
        assertEquals("submitted", applied.text("status"));
        assertFalse(applied.json().get("answers").toString().contains("dropped"), "unknown answers are not stored");

        assertEquals(200, learner.get("/api/applications/" + applicationId).status());
        assertEquals(200, admin.get("/api/applications/" + applicationId).status());
        assertEquals(404, learner().get("/api/applications/" + applicationId).status(), "another learner");
        assertEquals(401, browser().get("/api/applications/" + applicationId).status());

        JsonNode mine = learner.get("/api/me/programs").json();
        JsonNode first = mine.values().iterator().next();
        assertEquals(programId, first.get("programId").getLongValue());
        assertEquals("submitted", first.get("status").getStringValue());

        JsonNode prefill = learner.get("/api/me/application-profile").json();
        assertEquals("+380 67 123 45 67", prefill.get("phone").getStringValue());
        assertFalse(prefill.get("consent").getBooleanValue(), "consent is asked again every time");
    }

    @Test
    void applyingTwiceOutsideTheWindowOrToADraftIsRefused() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        Browser learner = learner();
        assertEquals(201, learner.post("/api/programs/" + programId + "/applications", application(goodAnswers())).status());
        Browser.Reply twice = learner.post("/api/programs/" + programId + "/applications", application(goodAnswers()));
        assertEquals(409, twice.status());
        assertEquals("already_applied", twice.code());

        Map<String, Object> closed = TestPrograms.body("Програма з минулим набором");
        closed.put("enrollmentOpensAt", "2020-01-01T00:00:00Z");
        closed.put("enrollmentClosesAt", "2020-02-01T00:00:00Z");
        long closedId = TestPrograms.published(admin, closed);
        Browser.Reply late = learner.post("/api/programs/" + closedId + "/applications", application(Map.of()));
        assertEquals(409, late.status());
        assertEquals("enrollment_closed", late.code());

        long draft = admin.post("/api/programs", TestPrograms.body("Чернетка")).json().get("id").getLongValue();
        assertEquals(404, learner.post("/api/programs/" + draft + "/applications", application(Map.of())).status());
    }

    @Test
    void answersAndProfileAreCheckedFieldByField() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        Map<String, Object> profile = TestApplications.profile();
        profile.put("consent", false);
        profile.put("phone", "дзвоніть мені");
        Browser.Reply refused = learner().post("/api/programs/" + programId + "/applications",
                Map.of("profile", profile, "answers", Map.of("format", "поштою", "topics", List.of("астрологія"))));
        assertEquals(400, refused.status(), refused.toString());
        assertEquals(List.of("profile.consent:must_accept", "profile.phone:invalid"), refused.fieldErrors());

        Browser.Reply badAnswers = learner().post("/api/programs/" + programId + "/applications",
                application(Map.of("format", "поштою", "topics", List.of("астрологія"))));
        assertEquals(400, badAnswers.status(), badAnswers.toString());
        assertEquals(List.of("answers.motivation:required", "answers.format:invalid", "answers.topics:invalid"), badAnswers.fieldErrors());
    }

    @Test
    void bulkAdmissionRespectsTheCapacityAllOrNothing() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 2, false);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(learner().post("/api/programs/" + programId + "/applications", application(goodAnswers())).json().get("id").getLongValue());
        }
        String decisions = "/api/programs/" + programId + "/applications/decisions";

        Browser.Reply tooMany = admin.post(decisions, Map.of("applicationIds", ids, "decision", "admit"));
        assertEquals(409, tooMany.status(), tooMany.toString());
        assertEquals("capacity_exceeded", tooMany.code());
        assertTrue(tooMany.body().contains("Лишилося місць: 2"), tooMany.body());
        assertEquals(0, admin.get("/api/programs/" + programId + "/applications?status=admitted").json().get("totalItems").getLongValue(),
                "nothing was half-admitted");

        Browser.Reply two = admin.post(decisions, Map.of("applicationIds", ids.subList(0, 2), "decision", "admit", "message", "Ласкаво просимо"));
        assertEquals(200, two.status(), two.toString());
        assertEquals(2, two.json().get("admitted").getLongValue());
        assertEquals(409, admin.post(decisions, Map.of("applicationIds", List.of(ids.get(2)), "decision", "admit")).status());
        assertEquals(200, admin.post(decisions, Map.of("applicationIds", List.of(ids.get(2)), "decision", "waitlist")).status());

        JsonNode page = admin.get("/api/programs/" + programId + "/applications?region=%D0%9F%D0%BE%D0%BB%D1%82%D0%B0%D0%B2%D1%81%D1%8C%D0%BA%D0%B0").json();
        assertEquals(3, page.get("totalItems").getLongValue(), "filter by region");
        assertEquals(1, admin.get("/api/programs/" + programId + "/applications?status=waitlisted").json().get("totalItems").getLongValue());
    }

    @Test
    void onlyTheProgramsManagersSeeApplicationsAndOnlyAdministratorsDecide() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        long applicationId = learner().post("/api/programs/" + programId + "/applications", application(goodAnswers())).json().get("id").getLongValue();
        String list = "/api/programs/" + programId + "/applications";
        String decisions = list + "/decisions";

        Browser learner = learner();
        assertEquals(403, learner.get(list).status());
        assertEquals(403, learner.post(decisions, Map.of("applicationIds", List.of(applicationId), "decision", "admit")).status());
        assertEquals(401, browser().get(list).status());

        Browser trainer = learner();
        long trainerId = trainer.get("/api/me").json().get("id").getLongValue();
        admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        assertEquals(403, trainer.get(list).status(), "not this program's trainer");
        assertEquals(404, trainer.get("/api/applications/" + applicationId).status(), "another program's trainer");
        assertEquals(404, learner.post("/api/applications/" + applicationId + "/withdraw").status(), "another learner");
        admin.put("/api/programs/" + programId + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        assertEquals(200, trainer.get(list).status());
        assertEquals(200, trainer.get("/api/applications/" + applicationId).status());
        assertEquals(403, trainer.post(decisions, Map.of("applicationIds", List.of(applicationId), "decision", "admit")).status());
    }

    @Test
    void aLearnerCannotSetTheirOwnStatus() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        Map<String, Object> body = new HashMap<>(application(goodAnswers()));
        body.put("status", "admitted");
        body.put("decisionMessage", "я сам себе прийняв");
        Browser.Reply applied = learner().post("/api/programs/" + programId + "/applications", body);
        assertEquals("submitted", applied.text("status"));
        assertTrue(applied.json().get("decisionMessage").isNull());
    }

    @Test
    void aWithdrawnLearnerReappliesOnlyWhenTheProgramAllows() {
        Browser admin = admin();
        long strict = programWithQuestions(admin, 30, false);
        long lenient = programWithQuestions(admin, 30, true);
        Browser learner = learner();
        for (long programId : new long[]{strict, lenient}) {
            long id = learner.post("/api/programs/" + programId + "/applications", application(goodAnswers())).json().get("id").getLongValue();
            assertEquals("withdrawn", learner.post("/api/applications/" + id + "/withdraw").text("status"));
            assertEquals(409, learner.post("/api/applications/" + id + "/withdraw").status(), "already closed");
        }
        Browser.Reply refused = learner.post("/api/programs/" + strict + "/applications", application(goodAnswers()));
        assertEquals("reapply_not_allowed", refused.code());
        assertEquals(201, learner.post("/api/programs/" + lenient + "/applications", application(goodAnswers())).status());
    }

    @Test
    void admittedLearnersReadParticipantMaterialsAndOthersDoNot() {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        Browser.Reply upload = admin.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", "Запис вебінару для учасників", "visibility", "participants"),
                new Browser.FilePart("file", "notes.pdf", "application/pdf",
                        () -> new java.io.ByteArrayInputStream("%PDF-1.4\n% учасникам\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(201, upload.status(), upload.toString());
        long materialId = upload.json().get("id").getLongValue();

        Browser admitted = learner();
        Browser waiting = learner();
        long admittedApplication = admitted.post("/api/programs/" + programId + "/applications", application(goodAnswers())).json().get("id").getLongValue();
        waiting.post("/api/programs/" + programId + "/applications", application(goodAnswers()));
        assertEquals(404, admitted.get("/api/materials/" + materialId + "/file").status(), "not yet admitted");
        assertEquals(200, admin.post("/api/programs/" + programId + "/applications/decisions",
                Map.of("applicationIds", List.of(admittedApplication), "decision", "admit")).status());

        assertEquals(200, admitted.get("/api/materials/" + materialId + "/file").status());
        assertEquals(1, admitted.get("/api/programs/" + programId + "/materials").json().size());
        assertEquals(404, waiting.get("/api/materials/" + materialId + "/file").status());
        assertEquals(0, waiting.get("/api/programs/" + programId + "/materials").json().size());
        assertEquals(404, browser().get("/api/materials/" + materialId + "/file").status());
    }

    @Test
    void parallelApplicationsOfOneLearnerMakeExactlyOne() throws Exception {
        Browser admin = admin();
        long programId = programWithQuestions(admin, 30, false);
        Browser learner = learner();
        learner.get("/api/auth/csrf");
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (int i = 0; i < 10; i++) {
                results.add(pool.submit(() -> learner.post("/api/programs/" + programId + "/applications", application(goodAnswers())).status()));
            }
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
    }

    @Test
    void questionnaireEditsAreCheckedAndVersioned() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма для анкети"));
        String path = "/api/programs/" + programId + "/questionnaire";
        long version = admin.get(path).json().get("version").getLongValue();
        Browser.Reply oneOption = admin.put(path, Map.of("version", version, "allowReapply", false, "questions", List.of(
                Map.of("id", "x", "kind", "single_choice", "label", "Так чи так?", "required", true, "options", List.of("так")))));
        assertEquals(List.of("questions[0].options:at_least_two_options"), oneOption.fieldErrors());
        assertEquals(200, admin.put(path, Map.of("version", version, "allowReapply", false, "questions", List.of())).status());
        Browser.Reply stale = admin.put(path, Map.of("version", version, "allowReapply", true, "questions", List.of()));
        assertEquals(409, stale.status());
        assertEquals("stale_version", stale.code());
        assertEquals(403, learner().put(path, Map.of("version", version + 1, "allowReapply", true, "questions", List.of())).status());
    }
}
