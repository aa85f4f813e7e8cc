package org.civitas.enrollment;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.Spreadsheets;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
@Property(name = "civitas.participant-imports.max-file-size", value = "64KB")
@Property(name = "civitas.participant-imports.max-rows", value = "50")
class ParticipantImportsTest extends IntegrationTest {
    private static final String CSV = "text/csv";

    private static Browser.FilePart file(String name, String contentType, byte[] content) {
        return new Browser.FilePart("file", name, contentType, () -> new ByteArrayInputStream(content));
    }

    private static Browser.FilePart csv(String text) {
        return file("Учасники.csv", CSV, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Browser.Reply upload(Browser browser, long programId, Browser.FilePart file) {
        return browser.postMultipart("/api/programs/" + programId + "/participant-imports", Map.of(), file);
    }

    private long program(Browser admin, int capacity) {
        Map<String, Object> body = TestPrograms.body("Програма для імпорту");
        body.put("capacity", capacity);
        return TestPrograms.published(admin, body);
    }

    private static List<String> problems(JsonNode rows) {
        List<String> found = new ArrayList<>();
        for (JsonNode row : rows.values()) {
            for (JsonNode problem : row.get("problems").values()) {
                found.add(row.get("line").getIntValue() + " " + problem.get("field").getStringValue() + ":"
                        + problem.get("code").getStringValue());
            }
        }
        return found;
    }

    private static long usersWithEmail(Browser admin, String email) {
        return admin.get("/api/admin/users?q=" + email).json().get("totalItems").getLongValue();
    }

    @Test
    void aPreviewReportsBadRowsByLineAndNothingIsAppliedUntilConfirmed() throws Exception {
        Browser admin = admin();
        long programId = program(admin, 10);
        Browser member = learner();
        String memberEmail = member.get("/api/me").text("email");
        String newcomer = uniqueEmail();
        Browser.Reply preview = upload(admin, programId, csv("""
                Прізвище;Ім'я;По батькові;Email;Телефон;Область;Організація;Посада;Категорія;Примітка
                Гнатюк;Ірина;;%s;+380 67 111 22 33;Львівська;Львівська ОДА;Спеціаліст;В;перша
                Мороз;Степан;Ілліч;%s;;Полтавська;Полтавська міська рада;Начальник відділу;Б;
                Яковенко;Дарина;;not-an-email;;;;;;
                Мороз;Степан;;%s;;;;;;дубль
                ;Павло;;pavlo@example.org;;;;;;
                """.formatted(memberEmail.toUpperCase(), newcomer, newcomer)));
        assertEquals(201, preview.status(), preview.toString());
        long importId = preview.json().get("id").getLongValue();
        assertEquals("/api/participant-imports/" + importId, preview.header("Location").orElse(""));
        assertEquals("preview", preview.text("status"));
        JsonNode rows = preview.json().get("rows");
        assertEquals(List.of("4 email:invalid_email", "5 email:duplicate_in_file", "6 surname:required"), problems(rows));
        assertEquals("Ця адреса вже є в рядку 3.", rows.get(3).get("problems").get(0).get("message").getStringValue());
        assertTrue(rows.get(0).get("existingAccount").getBooleanValue(), "matched by email whatever its case");
        assertTrue(rows.get(0).get("unverifiedAccount").getBooleanValue(), "its owner signed up and never proved the address");
        assertFalse(rows.get(1).get("existingAccount").getBooleanValue());
        assertFalse(rows.get(1).get("unverifiedAccount").getBooleanValue());
        JsonNode summary = preview.json().get("summary");
        assertEquals(List.of(5, 2, 3, 1, 1, 2), List.of(summary.get("rows").getIntValue(), summary.get("valid").getIntValue(),
                summary.get("invalid").getIntValue(), summary.get("newAccounts").getIntValue(),
                summary.get("existingAccounts").getIntValue(), summary.get("toAdmit").getIntValue()));
        assertEquals(10, summary.get("placesLeft").getLongValue());
        assertEquals(1, summary.get("unverifiedAccounts").getIntValue());
        JsonNode ignored = preview.json().get("headings").get(9);
        assertEquals("Примітка", ignored.get("heading").getStringValue());
        assertTrue(ignored.get("field").isNull(), "an unknown column is shown as ignored");

        assertEquals(0, usersWithEmail(admin, newcomer), "the preview creates no account");
        assertEquals(0, admin.get("/api/programs/" + programId + "/applications").json().get("totalItems").getLongValue());
        assertEquals(5, admin.get("/api/participant-imports/" + importId).json().get("rows").values().spliterator().estimateSize());

        Browser.Reply unconfirmedErrors = admin.post("/api/participant-imports/" + importId + "/confirm", Map.of());
        assertEquals(409, unconfirmedErrors.status());
        assertEquals("import_has_invalid_rows", unconfirmedErrors.code());

        Browser.Reply undecided = admin.post("/api/participant-imports/" + importId + "/confirm", Map.of("skipInvalid", true));
        assertEquals(409, undecided.status());
        assertEquals(List.of("unverifiedAccounts:import_has_unverified_accounts"), undecided.fieldErrors());

        Browser.Reply started = admin.post("/api/participant-imports/" + importId + "/confirm",
                Map.of("skipInvalid", true, "unverifiedAccounts", "admit"));
        assertEquals(202, started.status(), started.toString());
        JsonNode done = Imports.settled(admin, importId);
        assertEquals("applied", done.get("status").getStringValue(), done.toString());
        assertEquals(2, done.get("result").get("admitted").getIntValue());
        assertEquals(1, done.get("result").get("accountsCreated").getIntValue());
        assertEquals(8, done.get("summary").get("placesLeft").getLongValue());

        JsonNode admitted = admin.get("/api/programs/" + programId + "/applications?status=admitted").json();
        assertEquals(2, admitted.get("totalItems").getLongValue());
        assertEquals("admitted", member.get("/api/me/programs").json().values().iterator().next().get("status").getStringValue());
        assertEquals(409, admin.post("/api/participant-imports/" + importId + "/confirm", Map.of("skipInvalid", true)).status());

        Browser.Reply links = admin.post("/api/participant-imports/" + importId + "/password-links");
        assertEquals(200, links.status(), links.toString());
        assertEquals(1, links.json().values().spliterator().estimateSize());
        JsonNode link = links.json().get(0);
        assertEquals(newcomer, link.get("email").getStringValue());
        assertEquals("Мороз Степан Ілліч", link.get("fullName").getStringValue());
        String token = link.get("path").getStringValue().substring("/set-password#".length());

        Browser invited = browser();
        assertEquals(200, invited.post("/api/auth/set-password", Map.of("token", token, "password", GOOD_PASSWORD)).status());
        JsonNode invitedProgram = invited.get("/api/me/programs").json().values().iterator().next();
        assertEquals(programId, invitedProgram.get("programId").getLongValue());
        assertEquals("admitted", invitedProgram.get("status").getStringValue());
        JsonNode profile = invited.get("/api/me/application-profile").json();
        assertEquals("Полтавська міська рада", profile.get("organization").getStringValue());
        assertEquals(0, admin.post("/api/participant-imports/" + importId + "/password-links").json().values().spliterator().estimateSize(),
                "no links for accounts whose owners have set a password");
    }

    @Test
    void anXlsxListPastTheCapacityIsNotAppliedAtAll() throws Exception {
        Browser admin = admin();
        long programId = program(admin, 1);
        String first = uniqueEmail();
        String second = uniqueEmail();
        byte[] xlsx = Spreadsheets.xlsx(List.of(
                List.of("ПІБ", "Електронна пошта", "Телефон"),
                List.of("Кравець Ольга Петрівна", first, 380501112233L),
                List.of("Лисенко Тарас", second, "+380 44 000 11 22")));
        Browser.Reply preview = upload(admin, programId, file("list.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));
        assertEquals(201, preview.status(), preview.toString());
        assertEquals(List.of(), problems(preview.json().get("rows")));
        assertEquals("Петрівна", preview.json().get("rows").get(0).get("patronymic").getStringValue());
        long importId = preview.json().get("id").getLongValue();

        Browser.Reply refused = admin.post("/api/participant-imports/" + importId + "/confirm", Map.of());
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("capacity_exceeded", refused.code());
        assertEquals(List.of("file:capacity_exceeded"), refused.fieldErrors());
        assertTrue(refused.body().contains("Лишилося місць: 1."), refused.toString());
        assertEquals("preview", Imports.settled(admin, importId).get("status").getStringValue(), "still in preview, to fix and confirm again");
        assertEquals(0, usersWithEmail(admin, first), "all or nothing: no account was left behind");
        assertEquals(0, admin.get("/api/programs/" + programId + "/applications").json().get("totalItems").getLongValue());
    }

    @Test
    void aSecondImportOfTheSameListAdmitsNobodyTwice() throws Exception {
        Browser admin = admin();
        long programId = program(admin, 5);
        String email = uniqueEmail();
        String list = "Email,Surname,Given name\n" + email + ",Остапчук,Марія\n";
        long firstImport = upload(admin, programId, csv(list)).json().get("id").getLongValue();
        admin.post("/api/participant-imports/" + firstImport + "/confirm", Map.of());
        assertEquals("applied", Imports.settled(admin, firstImport).get("status").getStringValue());

        Browser.Reply again = upload(admin, programId, csv(list));
        assertTrue(again.json().get("rows").get(0).get("alreadyAdmitted").getBooleanValue());
        assertEquals(0, again.json().get("summary").get("toAdmit").getIntValue());
        long secondImport = again.json().get("id").getLongValue();
        admin.post("/api/participant-imports/" + secondImport + "/confirm", Map.of());
        JsonNode result = Imports.settled(admin, secondImport).get("result");
        assertEquals(0, result.get("admitted").getIntValue());
        assertEquals(1, result.get("alreadyAdmitted").getIntValue());
        assertEquals(1, admin.get("/api/programs/" + programId + "/applications").json().get("totalItems").getLongValue());

        JsonNode history = admin.get("/api/programs/" + programId + "/participant-imports").json();
        assertEquals(2, history.get("totalItems").getLongValue());
        assertEquals(secondImport, history.get("items").get(0).get("id").getLongValue(), "newest first");
        assertNull(history.get("items").get(0).get("rows").getValue(), "lists leave the rows out");
    }

    @Test
    void rowsOfUnprovenAccountsAreSkippedWhenTheAdministratorSaysSo() throws Exception {
        Browser admin = admin();
        long programId = program(admin, 10);
        String selfRegistered = learner().get("/api/me").text("email");
        String newcomer = uniqueEmail();
        long importId = upload(admin, programId, csv("Email,ПІБ\n" + selfRegistered + ",Гнатюк Ірина\n" + newcomer + ",Мороз Степан\n"))
                .json().get("id").getLongValue();
        Browser.Reply started = admin.post("/api/participant-imports/" + importId + "/confirm", Map.of("unverifiedAccounts", "skip"));
        assertEquals(202, started.status(), started.toString());
        assertEquals(1, started.json().get("progress").get("total").getIntValue(), "only the new account's row is applied");
        JsonNode done = Imports.settled(admin, importId);
        assertEquals(1, done.get("result").get("admitted").getIntValue());
        JsonNode admitted = admin.get("/api/programs/" + programId + "/applications?status=admitted").json();
        assertEquals(1, admitted.get("totalItems").getLongValue());
        assertEquals(newcomer, admitted.get("items").get(0).get("profile").get("email").getStringValue());

        Browser.Reply wrongWord = admin.post("/api/participant-imports/" + importId + "/confirm", Map.of("unverifiedAccounts", "maybe"));
        assertEquals(400, wrongWord.status(), wrongWord.toString());
    }

    @Test
    void malformedListsGetAProblemNotAServerError() {
        Browser admin = admin();
        long programId = program(admin, 5);
        Browser.Reply quoteSeparator = upload(admin, programId, csv("sep=\"\nEmail,ПІБ\nx@example.org,Петренко Петро\n"));
        assertEquals(400, quoteSeparator.status(), quoteSeparator.toString());
        assertEquals(List.of("file:table_malformed"), quoteSeparator.fieldErrors());

        Browser.Reply hugeCell = upload(admin, programId, csv("Email,ПІБ\nx@example.org," + "Я".repeat(3000) + "\n"));
        assertEquals(400, hugeCell.status(), hugeCell.toString());
        assertEquals(List.of("file:table_cell_too_long"), hugeCell.fieldErrors());
        assertTrue(hugeCell.body().contains("Рядок 2"), hugeCell.toString());
    }

    @Test
    void badFilesAreRefusedWholeWithTheFieldAtFault() {
        Browser admin = admin();
        long programId = program(admin, 5);
        Browser.Reply noEmail = upload(admin, programId, csv("Прізвище,Ім'я\nКоваль,Іван\n"));
        assertEquals(400, noEmail.status());
        assertEquals(List.of("file:participant_columns_missing"), noEmail.fieldErrors());

        Browser.Reply oldExcel = upload(admin, programId, file("list.xls", "application/vnd.ms-excel",
                new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertEquals(415, oldExcel.status());
        assertEquals(List.of("file:table_type_not_allowed"), oldExcel.fieldErrors());

        Browser.Reply tooLarge = upload(admin, programId, file("big.csv", CSV, ("Email,ПІБ\n" + "x".repeat(70 * 1024)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(413, tooLarge.status());
        assertEquals(List.of("file:file_too_large"), tooLarge.fieldErrors());

        StringBuilder many = new StringBuilder("Email,ПІБ\n");
        for (int i = 0; i < 51; i++) {
            many.append("p").append(i).append("@example.org,Петренко Петро\n");
        }
        Browser.Reply tooMany = upload(admin, programId, csv(many.toString()));
        assertEquals(400, tooMany.status());
        assertEquals(List.of("file:too_many_rows"), tooMany.fieldErrors());
        assertEquals(0, admin.get("/api/programs/" + programId + "/participant-imports").json().get("totalItems").getLongValue(),
                "nothing is kept of a refused file");
    }

    @Test
    void onlyAdministratorsImport() throws Exception {
        Browser admin = admin();
        long programId = program(admin, 5);
        Browser trainer = learner();
        long trainerId = trainer.get("/api/me").json().get("id").getLongValue();
        admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        admin.put("/api/programs/" + programId + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        String list = "Email,ПІБ\n" + uniqueEmail() + ",Петренко Петро\n";

        assertEquals(401, upload(browser(), programId, csv(list)).status());
        assertEquals(403, upload(learner(), programId, csv(list)).status());
        assertEquals(403, upload(trainer, programId, csv(list)).status(), "even the program's own trainer");
        assertEquals(404, upload(admin, 99_999_999, csv(list)).status());

        long importId = upload(admin, programId, csv(list)).json().get("id").getLongValue();
        assertEquals(403, trainer.get("/api/participant-imports/" + importId).status());
        assertEquals(403, trainer.get("/api/programs/" + programId + "/participant-imports").status());
        assertEquals(403, trainer.post("/api/participant-imports/" + importId + "/confirm", Map.of()).status());
        assertEquals(403, trainer.post("/api/participant-imports/" + importId + "/password-links").status());
        assertEquals(409, admin.post("/api/participant-imports/" + importId + "/password-links").status(), "not applied yet");
        assertEquals(404, admin.get("/api/participant-imports/99999999").status());
    }
}
