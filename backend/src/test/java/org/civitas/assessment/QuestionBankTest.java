package org.civitas.assessment;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A program's question bank over HTTP: categories, questions and their versions, GIFT and Moodle XML in and out. */
@MicronautTest(transactional = false)
class QuestionBankTest extends IntegrationTest {
    @Inject
    QuestionRepository questionRows;

    private record Bank(Browser admin, Browser trainer, long programId) {
    }

    /** A published program with a trainer of its own. */
    private Bank bank() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма з банком питань"));
        Browser trainer = learner();
        long trainerId = trainer.get("/api/me").json().get("id").getLongValue();
        admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        admin.put("/api/programs/" + programId + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        return new Bank(admin, trainer, programId);
    }

    private static long category(Bank bank, String name, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        Browser.Reply created = bank.trainer().post("/api/programs/" + bank.programId() + "/question-categories", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").getLongValue();
    }

    private static Map<String, Object> singleChoice(long categoryId, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        body.put("type", "single_choice");
        body.put("name", "Бюджетний кодекс");
        body.put("text", text);
        body.put("mark", 1);
        body.put("choices", List.of(
                Map.of("text", "Бюджетний кодекс України", "fraction", 1, "feedback", "Так."),
                Map.of("text", "Податковий кодекс України", "fraction", 0)));
        body.put("tags", List.of("бюджет"));
        return body;
    }

    private static byte[] resource(String name) {
        try (InputStream in = QuestionBankTest.class.getClassLoader().getResourceAsStream("assessment/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Browser.Reply upload(Browser browser, long programId, String fileName, byte[] content) {
        return browser.postMultipart("/api/programs/" + programId + "/question-imports", Map.of(),
                new Browser.FilePart("file", fileName, "application/octet-stream", () -> new ByteArrayInputStream(content)));
    }

    private static List<JsonNode> items(Browser.Reply page) {
        return StreamSupport.stream(page.json().get("items").values().spliterator(), false).toList();
    }

    @Test
    void theProgramsStaffKeepCategoriesAndQuestionsAndOthersAreRefused() {
        Bank bank = bank();
        long module = category(bank, "Модуль 1", null);
        long budget = category(bank, "Бюджет", module);
        assertEquals(409, bank.trainer().post("/api/programs/" + bank.programId() + "/question-categories",
                Map.of("name", "модуль 1")).status(), "a sibling of the same name, whatever its case");
        assertEquals(List.of("parentId:category_cycle"), bank.trainer().put("/api/question-categories/" + module,
                Map.of("name", "Модуль 1", "parentId", budget)).fieldErrors());

        Browser.Reply created = bank.trainer().post("/api/programs/" + bank.programId() + "/questions",
                singleChoice(budget, "<p onclick=\"steal()\">Який документ визначає <b>бюджетний процес</b>?</p><script>alert(1)</script>"
                        + "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"схема\">"));
        assertEquals(201, created.status(), created.toString());
        JsonNode question = created.json();
        assertEquals("<p>Який документ визначає <b>бюджетний процес</b>?</p><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"схема\">",
                question.get("text").getStringValue(), "scripts and event attributes go, an inline image stays");
        assertEquals(List.of("Модуль 1", "Бюджет"), strings(question.get("category")));
        assertEquals(1, question.get("versionNumber").getIntValue());

        JsonNode categories = bank.trainer().get("/api/programs/" + bank.programId() + "/question-categories").json();
        assertEquals(List.of("Модуль 1", "Бюджет"), strings(categories.get(1).get("path")));
        assertEquals(1, categories.get(1).get("questionCount").getIntValue());
        assertEquals(409, bank.trainer().delete("/api/question-categories/" + budget).status(), "not empty");

        long id = question.get("id").getLongValue();
        String path = "/api/questions/" + id;
        Browser outsider = learner();
        assertEquals(403, outsider.get(path).status(), "a learner");
        assertEquals(403, outsider.get("/api/programs/" + bank.programId() + "/questions").status());
        Bank other = bank(); // a trainer of another program
        assertEquals(403, other.trainer().get(path).status(), "another program's trainer");
        assertEquals(403, other.trainer().post("/api/programs/" + bank.programId() + "/question-categories",
                Map.of("name", "Чуже")).status());
        assertEquals(401, browser().get(path).status());
        assertEquals(200, bank.admin().get(path).status(), "an administrator");

        JsonNode listed = bank.trainer().get("/api/programs/" + bank.programId() + "/questions?categoryId=" + module + "&q=кодекс").json();
        assertEquals(1, listed.get("totalItems").getIntValue(), "below the category, found by name");
        assertEquals(0, bank.trainer().get("/api/programs/" + bank.programId() + "/questions?categoryId=" + module
                + "&subcategories=false").json().get("totalItems").getIntValue());
    }

    @Test
    void savingChecksTheQuestionAndAnAnsweredOneKeepsItsOldVersion() {
        Bank bank = bank();
        long category = category(bank, "Загальні", null);
        Map<String, Object> noRightChoice = singleChoice(category, "Питання без правильної відповіді");
        noRightChoice.put("choices", List.of(Map.of("text", "А", "fraction", 0.5), Map.of("text", "Б", "fraction", 0)));
        Browser.Reply refused = bank.trainer().post("/api/programs/" + bank.programId() + "/questions", noRightChoice);
        assertEquals(List.of("question:question_invalid"), refused.fieldErrors());
        Map<String, Object> trueFalse = singleChoice(category, "Бюджет затверджує рада.");
        trueFalse.put("type", "true_false");
        trueFalse.put("choices", List.of(Map.of("text", "true", "fraction", 1), Map.of("text", "yes", "fraction", 0)));
        assertEquals(List.of("question:question_invalid"),
                bank.trainer().post("/api/programs/" + bank.programId() + "/questions", trueFalse).fieldErrors());

        JsonNode created = bank.trainer().post("/api/programs/" + bank.programId() + "/questions",
                singleChoice(category, "Що визначає бюджетний процес?")).json();
        long id = created.get("id").getLongValue();
        Map<String, Object> edited = singleChoice(category, "Який кодекс визначає бюджетний процес?");
        edited.put("version", created.get("version").getLongValue());
        JsonNode fixed = bank.trainer().put("/api/questions/" + id, edited).json();
        assertEquals(1, fixed.get("versionNumber").getIntValue(), "never answered: the version is rewritten");
        assertEquals(409, bank.trainer().put("/api/questions/" + id, edited).status(), "the version sent is stale now");

        QuestionRow row = questionRows.findById(id).orElseThrow();
        questionRows.update(new QuestionRow(row.id(), row.programId(), row.categoryId(), row.type(), row.name(), row.tags(),
                row.versionNumber(), true, null, row.createdBy(), row.createdAt(), row.updatedAt(), row.version()));
        edited.put("text", "Який кодекс України визначає бюджетний процес?");
        edited.put("version", bank.trainer().get("/api/questions/" + id).json().get("version").getLongValue());
        JsonNode second = bank.trainer().put("/api/questions/" + id, edited).json();
        assertEquals(2, second.get("versionNumber").getIntValue(), "answered: a new version");
        assertFalse(second.get("answered").getBooleanValue(), "the new version has no answers yet");
        assertEquals(204, bank.trainer().delete("/api/questions/" + id).status());
        assertEquals(404, bank.trainer().get("/api/questions/" + id).status());
    }

    @Test
    void aGiftFileIsPreviewedWithItsProblemsAndNothingIsSavedUntilConfirmedOnce() {
        Bank bank = bank();
        Browser.Reply preview = upload(bank.trainer(), bank.programId(), "банк.gift", resource("bank.gift"));
        assertEquals(201, preview.status(), preview.toString());
        JsonNode view = preview.json();
        assertEquals("gift", view.get("format").getStringValue());
        assertEquals("preview", view.get("status").getStringValue());
        int read = view.get("questions").size();
        assertTrue(read >= 8, view.toString());
        assertTrue(view.get("unsupported").size() >= 1, "an essay is listed, never dropped");
        assertTrue(view.get("unsupported").get(0).get("line").getIntValue() > 0);
        assertTrue(view.get("countsByType").get("true_false").getIntValue() >= 1);
        assertEquals(0, bank.trainer().get("/api/programs/" + bank.programId() + "/questions").json().get("totalItems").getIntValue(),
                "nothing saved before confirming");

        long importId = view.get("id").getLongValue();
        JsonNode confirmed = bank.trainer().post("/api/question-imports/" + importId + "/confirm").json();
        assertEquals("confirmed", confirmed.get("status").getStringValue());
        assertEquals(read, confirmed.get("created").getIntValue());
        assertEquals(409, bank.trainer().post("/api/question-imports/" + importId + "/confirm").status(), "once");
        assertEquals(read, bank.trainer().get("/api/programs/" + bank.programId() + "/questions").json().get("totalItems").getIntValue());
        List<String> paths = new ArrayList<>();
        bank.trainer().get("/api/programs/" + bank.programId() + "/question-categories").json().values()
                .forEach(c -> paths.add(String.join("/", strings(c.get("path")))));
        assertTrue(paths.contains("Модуль 1/Бюджет"), paths.toString());
        assertEquals(403, learner().get("/api/question-imports/" + importId).status());
    }

    @Test
    void aBankSurvivesTheRoundTripThroughGiftAndMoodleXml() {
        Bank source = bank();
        Browser.Reply xml = upload(source.trainer(), source.programId(), "bank.xml", resource("bank.xml"));
        assertEquals(201, xml.status(), xml.toString());
        assertEquals("moodle_xml", xml.json().get("format").getStringValue());
        List<String> unsupported = new ArrayList<>();
        xml.json().get("unsupported").values().forEach(u -> unsupported.add(u.get("type").getStringValue()));
        assertTrue(unsupported.containsAll(List.of("essay", "ddwtos")), unsupported.toString());
        source.trainer().post("/api/question-imports/" + xml.json().get("id").getLongValue() + "/confirm");
        List<JsonNode> original = questions(source);
        assertFalse(original.isEmpty());

        for (String format : List.of("moodle-xml", "gift")) {
            Browser.Reply exported = source.trainer().get("/api/programs/" + source.programId() + "/questions/export?format=" + format);
            assertEquals(200, exported.status());
            Bank copy = bank();
            Browser.Reply again = upload(copy.trainer(), copy.programId(), "export", exported.body().getBytes(StandardCharsets.UTF_8));
            assertEquals(0, again.json().get("problems").size(), format + ": " + again);
            copy.trainer().post("/api/question-imports/" + again.json().get("id").getLongValue() + "/confirm");
            List<JsonNode> copied = questions(copy);
            assertEquals(original.size(), copied.size(), format);
            for (int i = 0; i < original.size(); i++) {
                for (String field : List.of("type", "name", "text", "choices", "numbers", "pairs", "category")) {
                    assertEquals(original.get(i).get(field), copied.get(i).get(field), format + " " + field + " of " + original.get(i).get("name"));
                }
            }
        }
        assertEquals(400, upload(source.trainer(), source.programId(), "empty.txt", new byte[0]).status());
    }

    /** Every question of the bank, in full, by category path and name. */
    private static List<JsonNode> questions(Bank bank) {
        return items(bank.trainer().get("/api/programs/" + bank.programId() + "/questions?size=200")).stream()
                .map(q -> bank.trainer().get("/api/questions/" + q.get("id").getLongValue()).json())
                .sorted(java.util.Comparator.comparing((JsonNode q) -> String.join("/", strings(q.get("category"))))
                        .thenComparing(q -> q.get("name").getStringValue()))
                .toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.values().forEach(v -> values.add(v.getStringValue()));
        return values;
    }
}
