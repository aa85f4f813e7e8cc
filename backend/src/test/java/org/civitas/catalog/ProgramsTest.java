package org.civitas.catalog;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ProgramsTest extends IntegrationTest {

    private static long create(Browser admin, Map<String, Object> body) {
        Browser.Reply created = admin.post("/api/programs", body);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").getLongValue();
        assertEquals("/api/programs/" + id, created.header("Location").orElse(""));
        return id;
    }

    private static long addModule(Browser editor, long programId, String title, int hours) {
        Browser.Reply module = editor.post("/api/programs/" + programId + "/modules",
                Map.of("title", title, "description", "Вебінари та круглий стіл", "hours", hours));
        assertEquals(201, module.status(), module.toString());
        return module.json().get("id").getLongValue();
    }

    private Browser trainer() {
        Browser trainer = learner();
        long id = trainer.get("/api/me").json().get("id").getLongValue();
        assertEquals(200, admin().put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("trainer"))).status());
        return trainer;
    }

    private static long idOf(Browser user) {
        return user.get("/api/me").json().get("id").getLongValue();
    }

    @Test
    void anAdministratorCreatesAProgramWithModulesAndPublishesItForEveryone() {
        Browser admin = admin();
        String title = "Залучення громадянського суспільства " + uniqueEmail();
        long id = create(admin, TestPrograms.body(title));
        addModule(admin, id, "Модуль 1. Основи", 12);
        addModule(admin, id, "Модуль 2. Інструменти", 12);

        Browser anonymous = browser();
        assertEquals(404, anonymous.get("/api/programs/" + id).status(), "a draft is not public");

        Browser.Reply published = admin.post("/api/programs/" + id + "/publish");
        assertEquals(200, published.status(), published.toString());
        assertEquals("published", published.text("status"));

        JsonNode program = anonymous.get("/api/programs/" + id).json();
        assertEquals(title, program.get("title").getStringValue());
        assertEquals("1.5", program.get("ects").getValue().toString(), "45 hours are 1.5 ECTS");
        assertTrue(program.get("enrollmentOpen").getBooleanValue());
        assertFalse(program.get("canEdit").getBooleanValue());
        List<String> modules = new ArrayList<>();
        program.get("modules").values().forEach(m -> modules.add(m.get("title").getStringValue()));
        assertEquals(List.of("Модуль 1. Основи", "Модуль 2. Інструменти"), modules);
        assertEquals("Програма розвитку", program.get("partners").values().iterator().next().get("name").getStringValue());

        JsonNode found = anonymous.get("/api/programs?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8)).json();
        assertEquals(1, found.get("totalItems").getLongValue());
        assertEquals(2, found.get("items").values().iterator().next().get("moduleCount").getLongValue());
    }

    @Test
    void publishingAnIncompleteProgramNamesWhatIsMissing() {
        Browser admin = admin();
        Map<String, Object> body = TestPrograms.body("Неповна програма");
        body.remove("startsOn");
        body.remove("enrollmentClosesAt");
        long id = create(admin, body);
        Browser.Reply refused = admin.post("/api/programs/" + id + "/publish");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("program_incomplete", refused.code());
        assertEquals(List.of("startsOn:required", "enrollmentClosesAt:required", "modules:at_least_one_module"), refused.fieldErrors());
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() {
        Browser admin = admin();
        Map<String, Object> body = TestPrograms.body("");
        body.put("programType", "secret");
        body.put("hours", 0);
        body.put("partners", List.of(Map.of("name", "", "url", "javascript:alert(1)")));
        Browser.Reply refused = admin.post("/api/programs", body);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.fieldErrors().containsAll(List.of("hours:too_small", "programType:invalid", "title:required")), refused.toString());
        assertTrue(refused.fieldErrors().containsAll(List.of("partners[0].name:required", "partners[0].url:invalid")), refused.toString());

        Map<String, Object> dates = TestPrograms.body("Програма з датами навпаки");
        dates.put("endsOn", "2027-01-01");
        Browser.Reply backwards = admin.post("/api/programs", dates);
        assertEquals(List.of("endsOn:before_start"), backwards.fieldErrors());
        assertEquals(0, admin.get("/api/programs?scope=managed&q=" + "навпаки").json().get("totalItems").getLongValue());
    }

    @Test
    void aStaleSaveGets409InsteadOfOverwriting() {
        Browser admin = admin();
        long id = create(admin, TestPrograms.body("Програма для двох редакторів"));
        long version = admin.get("/api/programs/" + id).json().get("version").getLongValue();

        Map<String, Object> first = TestPrograms.body("Перша редакція");
        first.put("version", version);
        assertEquals(200, admin.put("/api/programs/" + id, first).status());

        Map<String, Object> second = TestPrograms.body("Друга редакція, зі старої версії");
        second.put("version", version);
        Browser.Reply stale = admin.put("/api/programs/" + id, second);
        assertEquals(409, stale.status(), stale.toString());
        assertEquals("stale_version", stale.code());
        assertEquals("Перша редакція", admin.get("/api/programs/" + id).text("title"));
    }

    @Test
    void aTrainerEditsTheirProgramOnlyAndLearnersEditNothing() {
        Browser admin = admin();
        Browser trainer = trainer();
        Browser otherTrainer = trainer();
        long id = create(admin, TestPrograms.body("Програма тренера"));
        long elsewhere = create(admin, TestPrograms.body("Чужа програма"));
        assertEquals(200, admin.put("/api/programs/" + id + "/trainers", Map.of("trainerIds", List.of(idOf(trainer)))).status());

        JsonNode mine = trainer.get("/api/programs/" + id).json();
        assertTrue(mine.get("canEdit").getBooleanValue());
        Map<String, Object> edit = TestPrograms.body("Програма тренера, оновлена");
        edit.put("version", mine.get("version").getLongValue());
        assertEquals(200, trainer.put("/api/programs/" + id, edit).status());
        long moduleId = addModule(trainer, id, "Модуль тренера", 8);

        assertEquals(404, otherTrainer.get("/api/programs/" + id).status(), "another trainer does not see the draft");
        assertEquals(404, otherTrainer.put("/api/programs/" + id, edit).status());
        assertEquals(404, otherTrainer.delete("/api/programs/" + id + "/modules/" + moduleId).status());
        assertEquals(404, trainer.get("/api/programs/" + elsewhere).status());
        assertEquals(403, trainer.post("/api/programs/" + id + "/publish").status(), "publishing is the administrators'");
        assertEquals(403, trainer.post("/api/programs", TestPrograms.body("Своя програма")).status());

        Browser learner = learner();
        assertEquals(403, learner.put("/api/programs/" + id, edit).status());
        assertEquals(403, learner.post("/api/programs/" + id + "/modules", Map.of("title", "x", "hours", 1)).status());
        assertEquals(401, browser().put("/api/programs/" + id, edit).status());

        JsonNode managed = trainer.get("/api/programs?scope=managed").json();
        List<Long> ids = new ArrayList<>();
        managed.get("items").values().forEach(p -> ids.add(p.get("id").getLongValue()));
        assertEquals(List.of(id), ids, "a trainer manages only their programs");
        assertEquals(403, learner.get("/api/programs?scope=managed").status());
        assertEquals(401, browser().get("/api/programs?scope=managed").status());
    }

    @Test
    void onlyTrainersCanBeAssigned() {
        Browser admin = admin();
        long id = create(admin, TestPrograms.body("Програма без тренерів"));
        Browser.Reply refused = admin.put("/api/programs/" + id + "/trainers", Map.of("trainerIds", List.of(idOf(learner()))));
        assertEquals(400, refused.status());
        assertEquals(List.of("trainerIds:not_a_trainer"), refused.fieldErrors());
    }

    @Test
    void modulesAreReorderedAndRenumbered() {
        Browser admin = admin();
        long id = create(admin, TestPrograms.body("Програма з порядком модулів"));
        long a = addModule(admin, id, "A", 4);
        long b = addModule(admin, id, "B", 4);
        long c = addModule(admin, id, "C", 4);

        Browser.Reply reordered = admin.put("/api/programs/" + id + "/modules/order", Map.of("moduleIds", List.of(c, a, b)));
        assertEquals(200, reordered.status(), reordered.toString());
        assertEquals(List.of("C", "A", "B"), titles(admin, id));

        assertEquals(400, admin.put("/api/programs/" + id + "/modules/order", Map.of("moduleIds", List.of(c, a))).status());
        assertEquals(204, admin.delete("/api/programs/" + id + "/modules/" + a).status());
        List<Integer> positions = new ArrayList<>();
        admin.get("/api/programs/" + id).json().get("modules").values().forEach(m -> positions.add(m.get("position").getIntValue()));
        assertEquals(List.of(0, 1), positions);
        assertEquals(List.of("C", "B"), titles(admin, id));
    }

    @Test
    void aPublishedProgramCannotBeSavedIncomplete() {
        Browser admin = admin();
        long id = TestPrograms.published(admin, TestPrograms.body("Опублікована програма " + uniqueEmail()));
        Map<String, Object> edit = TestPrograms.body("Опублікована програма без дат");
        edit.remove("startsOn");
        edit.put("version", admin.get("/api/programs/" + id).json().get("version").getLongValue());
        Browser.Reply refused = admin.put("/api/programs/" + id, edit);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(List.of("startsOn:required"), refused.fieldErrors());
    }

    @Test
    void unpublishAndArchiveMoveTheProgramOutOfTheCatalog() {
        Browser admin = admin();
        String season = "сезон-" + java.util.UUID.randomUUID();
        long id = create(admin, TestPrograms.body("Програма на один " + season));
        addModule(admin, id, "Єдиний модуль", 10);
        assertEquals(200, admin.post("/api/programs/" + id + "/publish").status());
        assertEquals(409, admin.post("/api/programs/" + id + "/publish").status(), "already published");
        assertEquals("draft", admin.post("/api/programs/" + id + "/unpublish").text("status"));
        assertEquals(404, browser().get("/api/programs/" + id).status());
        assertEquals("archived", admin.post("/api/programs/" + id + "/archive").text("status"));
        assertEquals(1, admin.get("/api/programs?scope=managed&status=archived&q=" + season).json().get("totalItems").getLongValue());
    }

    private static List<String> titles(Browser browser, long programId) {
        List<String> titles = new ArrayList<>();
        browser.get("/api/programs/" + programId).json().get("modules").values().forEach(m -> titles.add(m.get("title").getStringValue()));
        return titles;
    }
}
