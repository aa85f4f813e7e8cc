package org.civitas.certification;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.CertificatePdfs;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.civitas.support.TestQuizzes;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion rules, issuing on the last rule exactly once, the administrators' actions, verification and the files. */
@MicronautTest(transactional = false)
class CertificatesTest extends IntegrationTest {

    record Program(long id, long moduleId, Browser admin) {
    }

    private Program program(String title) {
        Browser admin = admin();
        long id = TestPrograms.published(admin, TestPrograms.body(title));
        return new Program(id, admin.get("/api/programs/" + id).json().get("modules").get(0).get("id").getLongValue(), admin);
    }

    private static long userId(Browser browser) {
        return browser.get("/api/me").json().get("id").getLongValue();
    }

    private static Browser admitted(Program program, Browser learner) {
        long application = TestApplications.apply(learner, program.id());
        Browser.Reply decided = program.admin().post("/api/programs/" + program.id() + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        assertEquals(200, decided.status(), decided.toString());
        return learner;
    }

    private static long session(Program program, Duration fromNow) {
        Instant starts = Instant.now().plus(fromNow);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Вебінар " + fromNow);
        body.put("startsAt", starts.atOffset(ZoneOffset.UTC).toString());
        body.put("endsAt", starts.plus(Duration.ofMinutes(90)).atOffset(ZoneOffset.UTC).toString());
        body.put("format", "online");
        body.put("meetingUrl", "https://meet.example.org/x");
        body.put("registrationRequired", false);
        Browser.Reply created = program.admin().post("/api/programs/" + program.id() + "/modules/" + program.moduleId() + "/sessions", body);
        assertEquals(201, created.status(), created.toString());
        return created.json().get("id").getLongValue();
    }

    private static void mark(Program program, long sessionId, long userId, String status) {
        Browser.Reply marked = program.admin().put("/api/sessions/" + sessionId + "/attendance/" + userId, Map.of("status", status));
        assertEquals(200, marked.status(), marked.toString());
    }

    private static Map<String, Object> rules(String scope, int minimum, boolean finalTest, List<Long> quizIds, Long version) {
        Map<String, Object> rules = new HashMap<>();
        rules.put("attendanceScope", scope);
        rules.put("attendanceMeasure", "count");
        rules.put("attendanceMinimum", minimum);
        rules.put("recordingCounts", true);
        rules.put("requiredQuizIds", quizIds);
        rules.put("finalTestRequired", finalTest);
        rules.put("finalTestPassPercent", null);
        rules.put("version", version);
        return rules;
    }

    /** A program whose rules ask one attended session, overall; answers the session. */
    private long attendanceOnly(Program program) {
        long sessionId = session(program, Duration.ofDays(-1));
        Browser.Reply saved = program.admin().put("/api/programs/" + program.id() + "/completion-rules",
                rules("overall", 1, false, List.of(), null));
        assertEquals(200, saved.status(), saved.toString());
        return sessionId;
    }

    private static List<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.values().spliterator(), false).toList();
    }

    @Test
    void theCertificateIsIssuedTheMomentTheLastRuleIsMetAndNotBefore() {
        Program program = program("Програма з сертифікатом");
        long sessionId = session(program, Duration.ofDays(-2));
        long quizId = TestQuizzes.finalTest(program.admin(), program.id());
        Browser learner = admitted(program, learner());
        long learnerId = userId(learner);
        assertFalse(learner.get("/api/me/programs/" + program.id() + "/progress").json().get("rulesSet").getBooleanValue());
        Browser.Reply saved = program.admin().put("/api/programs/" + program.id() + "/completion-rules",
                rules("per_module", 1, true, List.of(), null));
        assertEquals(200, saved.status(), saved.toString());
        assertEquals(0L, saved.json().get("version").getLongValue());

        JsonNode before = learner.get("/api/me/programs/" + program.id() + "/progress").json();
        assertFalse(before.get("complete").getBooleanValue());
        assertEquals(2, before.get("requirements").size());
        JsonNode attendance = before.get("requirements").get(0);
        assertEquals("attendance", attendance.get("kind").getStringValue());
        assertEquals(1.0, attendance.get("required").getDoubleValue());
        assertEquals(0.0, attendance.get("done").getDoubleValue());
        assertEquals("final_test", before.get("requirements").get(1).get("kind").getStringValue());
        assertTrue(before.get("requirements").get(1).get("done").isNull());

        mark(program, sessionId, learnerId, "late");
        TestQuizzes.take(learner, quizId, "Одеса");
        assertEquals(0, learner.get("/api/me/certificates").json().size(), "a failed final test issues nothing");
        TestQuizzes.take(learner, quizId, "Київ");

        List<JsonNode> mine = items(learner.get("/api/me/certificates").json());
        assertEquals(1, mine.size(), "issued on the passed test, the last rule");
        JsonNode certificate = mine.getFirst();
        assertEquals("valid", certificate.get("status").getStringValue());
        assertEquals(learnerId, certificate.get("userId").getLongValue());
        assertTrue(certificate.get("serial").getStringValue().matches("ПК-\\d{4}-\\d{6}"), certificate.toString());
        assertTrue(certificate.get("verificationCode").getStringValue().matches("[A-Z2-7]{32}"));
        assertEquals("Програма з сертифікатом", certificate.get("programTitle").getStringValue());
        assertEquals(45, certificate.get("hours").getIntValue());
        assertEquals(1.5, certificate.get("ects").getDoubleValue());
        JsonNode after = learner.get("/api/me/programs/" + program.id() + "/progress").json();
        assertTrue(after.get("complete").getBooleanValue());
        assertEquals(certificate.get("id").getLongValue(), after.get("certificate").get("id").getLongValue());

        String email = learner.get("/api/me").text("email");
        List<JsonNode> mails = items(program.admin().get("/api/admin/outbox?recipient=" + email).json().get("items")).stream()
                .filter(m -> m.get("kind").getStringValue().equals("certification.issued")).toList();
        assertEquals(1, mails.size(), "the learner is told once");
        JsonNode mail = program.admin().get("/api/admin/outbox/" + mails.getFirst().get("id").getLongValue()).json();
        assertTrue(mail.get("bodyText").getStringValue().contains(certificate.get("verificationUrl").getStringValue()), mail.toString());
        assertTrue(mail.get("subject").getStringValue().contains("Програма з сертифікатом"));

        TestQuizzes.take(learner, quizId, "Київ");
        mark(program, sessionId, learnerId, "present");
        assertEquals(1, learner.get("/api/me/certificates").json().size(), "meeting the rules again issues nothing more");
        JsonNode staff = program.admin().get("/api/programs/" + program.id() + "/progress").json();
        assertEquals(1, staff.get("totalItems").getLongValue());
        assertTrue(staff.get("items").get(0).get("complete").getBooleanValue());
    }

    @Test
    void twentyParallelTriggersGiveExactlyOneCertificateAndSerialsWithoutGaps() throws Exception {
        Program program = program("Програма під навантаженням");
        long sessionId = attendanceOnly(program);
        List<Browser> learners = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Browser learner = admitted(program, learner());
            learners.add(learner);
        }
        // the register is written straight to the database by the trainer's marks, each publishing its event
        for (Browser learner : learners) {
            program.admin().put("/api/sessions/" + sessionId + "/attendance/" + userId(learner), Map.of("status", "absent"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            // 20 marks of one learner at once: each commits a present or late record and publishes its event
            List<Future<Integer>> calls = new ArrayList<>();
            long first = userId(learners.getFirst());
            for (int i = 0; i < 20; i++) {
                String status = i % 2 == 0 ? "present" : "late";
                calls.add(pool.submit(() -> {
                    mark(program, sessionId, first, status);
                    return 200;
                }));
            }
            for (Future<Integer> call : calls) {
                assertEquals(200, call.get());
            }
            assertEquals(1, learners.getFirst().get("/api/me/certificates").json().size(), "20 triggers at once: one certificate");

            List<Future<Integer>> marks = new ArrayList<>();
            for (Browser learner : learners.subList(1, learners.size())) {
                long id = userId(learner);
                marks.add(pool.submit(() -> {
                    mark(program, sessionId, id, "present");
                    return 200;
                }));
            }
            for (Future<Integer> mark : marks) {
                assertEquals(200, mark.get());
            }
        } finally {
            pool.shutdown();
        }
        JsonNode all = program.admin().get("/api/programs/" + program.id() + "/certificates?size=100").json();
        assertEquals(10, all.get("totalItems").getLongValue(), all.toString());
        TreeSet<Integer> numbers = new TreeSet<>();
        Set<Long> holders = new HashSet<>();
        for (JsonNode certificate : items(all.get("items"))) {
            numbers.add(Integer.parseInt(certificate.get("serial").getStringValue().substring(8)));
            holders.add(certificate.get("userId").getLongValue());
        }
        assertEquals(10, holders.size(), "one each");
        assertEquals(10, numbers.size(), "no duplicate serials");
        assertEquals(9, numbers.last() - numbers.first(), "no gap: " + numbers);
    }

    @Test
    void administratorsIssueByHandInBulkReissueAndRevokeAndTheVerificationPageSaysSo() {
        Program program = program("Програма адміністратора");
        long sessionId = session(program, Duration.ofDays(-1));
        Browser done1 = admitted(program, learner());
        Browser done2 = admitted(program, learner());
        Browser notDone = admitted(program, learner());
        Browser outsider = learner();
        Browser admin = program.admin();
        String base = "/api/programs/" + program.id() + "/certificates";

        // no rules yet: nobody is complete, only a manual issue gives a certificate
        JsonNode bulk = admin.post(base + "/bulk").json();
        assertEquals(0, bulk.get("issued").getIntValue());
        assertEquals(3, bulk.get("notComplete").getIntValue());

        Browser.Reply manual = admin.post(base, Map.of("userId", userId(notDone), "reason", "Довідка про лікарняний"));
        assertEquals(201, manual.status(), manual.toString());
        assertEquals("Довідка про лікарняний", manual.text("issueReason"));
        assertEquals("already_certified", admin.post(base, Map.of("userId", userId(notDone), "reason", "ще раз")).code());
        assertEquals(List.of("userId:not_a_participant"), admin.post(base, Map.of("userId", userId(outsider), "reason", "x")).fieldErrors());
        assertEquals(List.of("reason:required"), admin.post(base, Map.of("userId", userId(done1), "reason", " ")).fieldErrors());

        String code = manual.text("verificationCode");
        Browser anyone = browser();
        JsonNode page = anyone.get("/api/public/certificates/" + code).json();
        assertEquals("valid", page.get("status").getStringValue());
        assertNull(page.get("userId"), "the public page names no account");
        assertNull(page.get("issueReason"));
        for (String field : List.of("serial", "learnerName", "programTitle", "programType", "duration", "hours", "ects", "startsOn",
                "endsOn", "learningOutcomes", "providerName", "signatories", "issuedAt", "verificationUrl")) {
            assertTrue(page.get(field) != null && !page.get(field).isNull(), field + " missing: " + page);
        }
        assertEquals("Центр підвищення кваліфікації", page.get("providerName").getStringValue());
        assertEquals(2, page.get("learningOutcomes").size());

        long manualId = manual.json().get("id").getLongValue();
        Browser.Reply reissued = admin.post("/api/certificates/" + manualId + "/reissue", Map.of("reason", "Змінено прізвище"));
        assertEquals(201, reissued.status(), reissued.toString());
        JsonNode old = anyone.get("/api/public/certificates/" + code).json();
        assertEquals("replaced", old.get("status").getStringValue());
        assertEquals(reissued.text("verificationCode"), old.get("replacedBy").getStringValue());
        assertEquals(code, anyone.get("/api/public/certificates/" + reissued.text("verificationCode")).json().get("replaces").getStringValue());
        assertEquals("certificate_not_valid", admin.post("/api/certificates/" + manualId + "/reissue", Map.of()).code());

        long newId = reissued.json().get("id").getLongValue();
        assertEquals(List.of("reason:required"), admin.post("/api/certificates/" + newId + "/revoke", Map.of("reason", "")).fieldErrors());
        Browser.Reply revoked = admin.post("/api/certificates/" + newId + "/revoke", Map.of("reason", "Виявлено підроблені документи"));
        assertEquals(200, revoked.status(), revoked.toString());
        JsonNode revokedPage = anyone.get("/api/public/certificates/" + reissued.text("verificationCode")).json();
        assertEquals("revoked", revokedPage.get("status").getStringValue());
        assertEquals("Виявлено підроблені документи", revokedPage.get("revocationReason").getStringValue());
        assertFalse(revokedPage.get("revokedAt").isNull());
        assertEquals("certificate_not_valid", admin.post("/api/certificates/" + newId + "/revoke", Map.of("reason", "ще раз")).code());

        admin.put("/api/programs/" + program.id() + "/completion-rules", rules("overall", 1, false, List.of(), null));
        mark(program, sessionId, userId(done1), "present");
        assertEquals(1, done1.get("/api/me/certificates").json().size(), "issued on the mark");
        mark(program, sessionId, userId(done2), "present");
        assertEquals(1, done2.get("/api/me/certificates").json().size());
        JsonNode again = admin.post(base + "/bulk").json();
        assertEquals(0, again.get("issued").getIntValue());
        assertEquals(3, again.get("alreadyCertified").getIntValue(), "the revoked one counts as held: nothing reissues it by itself");
        assertEquals(404, anyone.get("/api/public/certificates/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status());
    }

    @Inject
    CompletionListener listener;

    @Test
    void readingProgressIssuesNothingAndTheHourlyCatchUpIssuesWhatNoEventDid() {
        Program program = program("Програма з наздоганянням");
        long sessionId = session(program, Duration.ofDays(-1));
        Browser learner = admitted(program, learner());
        mark(program, sessionId, userId(learner), "present"); // no rules yet: this event issues nothing
        assertEquals(200, program.admin().put("/api/programs/" + program.id() + "/completion-rules",
                rules("overall", 1, false, List.of(), null)).status());
        JsonNode progress = learner.get("/api/me/programs/" + program.id() + "/progress").json();
        assertTrue(progress.get("complete").getBooleanValue());
        assertTrue(progress.get("certificate").isNull(), "a GET changes nothing");
        assertEquals(0, learner.get("/api/me/certificates").json().size());
        listener.reconcile();
        assertEquals(1, learner.get("/api/me/certificates").json().size(), "the catch-up issued it");
        listener.reconcile();
        assertEquals(1, learner.get("/api/me/certificates").json().size(), "and only once");
    }

    @Test
    void everyActionIsRefusedToTheWrongPeople() {
        Program program = program("Програма з доступом");
        long sessionId = attendanceOnly(program);
        Browser holder = admitted(program, learner());
        mark(program, sessionId, userId(holder), "present");
        long id = holder.get("/api/me/certificates").json().get(0).get("id").getLongValue();
        Browser other = admitted(program, learner());
        Browser trainer = learner();
        long trainerId = userId(trainer);
        program.admin().put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer")));
        Browser otherTrainer = learner();
        program.admin().put("/api/admin/users/" + userId(otherTrainer) + "/roles", Map.of("roles", List.of("trainer")));
        program.admin().put("/api/programs/" + program.id() + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        String p = "/api/programs/" + program.id();

        assertEquals(200, holder.get("/api/certificates/" + id).status());
        assertEquals(200, holder.download("/api/certificates/" + id + "/pdf").statusCode());
        assertEquals(404, other.get("/api/certificates/" + id).status(), "another learner's certificate does not exist for them");
        assertEquals(404, other.download("/api/certificates/" + id + "/pdf").statusCode());
        assertEquals(404, otherTrainer.get("/api/certificates/" + id).status(), "nor for a trainer of another program");
        assertEquals(200, trainer.get("/api/certificates/" + id).status(), "the program's trainer sees it");
        assertEquals(200, trainer.get(p + "/progress").status());
        assertEquals(200, trainer.get(p + "/certificates").status());
        assertEquals(200, trainer.get(p + "/completion-rules").status());
        assertEquals(403, otherTrainer.get(p + "/progress").status());
        for (Browser refused : List.of(holder, trainer)) {
            assertEquals(403, refused.put(p + "/completion-rules", rules("none", 1, false, List.of(), 0L)).status());
            assertEquals(403, refused.post(p + "/certificates", Map.of("userId", userId(other), "reason", "x")).status());
            assertEquals(403, refused.post(p + "/certificates/bulk").status());
            assertEquals(403, refused.post("/api/certificates/" + id + "/revoke", Map.of("reason", "x")).status());
            assertEquals(403, refused.post("/api/certificates/" + id + "/reissue", Map.of()).status());
            assertEquals(403, refused.download(p + "/certificates.zip").statusCode());
            assertEquals(403, refused.download(p + "/certificate-registry.csv").statusCode());
        }
        assertEquals(403, holder.get(p + "/progress").status());
        assertEquals(403, other.get(p + "/certificates").status());
        assertEquals(403, learner().get(p.replace("/api/programs", "/api/me/programs") + "/progress").status(), "not admitted");
        Browser.Reply posted = holder.post(p + "/certificates", Map.of("userId", userId(holder), "reason", "сам собі", "status", "valid"));
        assertEquals(403, posted.status(), "a learner cannot issue, whatever fields they send");
        assertEquals("valid", holder.get("/api/certificates/" + id).text("status"));
    }

    @Test
    void rulesAreValidatedAndAStaleSaveIsRefused() {
        Program program = program("Програма з правилами");
        Browser admin = program.admin();
        String path = "/api/programs/" + program.id() + "/completion-rules";
        JsonNode unset = admin.get(path).json();
        assertTrue(unset.get("version").isNull());
        Map<String, Object> bad = rules("sometimes", 0, true, List.of(999_999L), null);
        Browser.Reply refused = admin.put(path, bad);
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.fieldErrors().contains("attendanceScope:invalid"), refused.toString());
        assertEquals(List.of("requiredQuizIds:not_a_module_test_of_program"),
                admin.put(path, rules("overall", 1, true, List.of(999_999L), null)).fieldErrors());
        Map<String, Object> percent = rules("overall", 101, false, List.of(), null);
        percent.put("attendanceMeasure", "percent");
        assertEquals(List.of("attendanceMinimum:too_large"), admin.put(path, percent).fieldErrors());
        assertEquals(200, admin.put(path, rules("overall", 2, false, List.of(), null)).status());
        assertEquals("stale_version", admin.put(path, rules("overall", 3, false, List.of(), null)).code());
        Browser.Reply second = admin.put(path, rules("overall", 3, false, List.of(), 0L));
        assertEquals(200, second.status(), second.toString());
        assertEquals("stale_version", admin.put(path, rules("overall", 4, false, List.of(), 0L)).code());
    }

    @Test
    void theVerificationCheckKnowsAnIssuedPdfAndRefusesOneChangedByte() {
        Program program = program("Програма з перевіркою PDF");
        long sessionId = attendanceOnly(program);
        Browser holder = admitted(program, learner());
        mark(program, sessionId, userId(holder), "present");
        JsonNode certificate = holder.get("/api/me/certificates").json().get(0);
        HttpResponse<byte[]> download = holder.download("/api/certificates/" + certificate.get("id").getLongValue() + "/pdf");
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment"));
        byte[] pdf = download.body();
        assertEquals(List.of(), CertificatePdfs.fontsNotEmbedded(pdf), "every font embedded");
        String text = CertificatePdfs.text(pdf);
        String name = holder.get("/api/me").text("fullName");
        assertTrue(text.contains(name), "the learner's Cyrillic name as text: " + name + " in " + text);
        assertTrue(text.contains(certificate.get("serial").getStringValue()));
        assertTrue(text.contains("Сертифікат про підвищення кваліфікації"));
        assertEquals(certificate.get("verificationUrl").getStringValue(), CertificatePdfs.qrCode(pdf), "the QR code leads to the page");
        assertTrue(certificate.get("verificationUrl").getStringValue().endsWith("/verify/" + certificate.get("verificationCode").getStringValue()));
        CertificatePdfs.SignatureCheck signature = CertificatePdfs.signature(pdf);
        assertTrue(signature.ok(), signature.toString());
        assertTrue(signature.coversWholeFile());
        assertEquals("ETSI.CAdES.detached", signature.subFilter());

        assertArrayEquals(pdf, holder.download("/api/certificates/" + certificate.get("id").getLongValue() + "/pdf").body(),
                "rendered once at issue: every download is the same file");
        Browser anyone = browser();
        Browser.Reply genuine = anyone.postMultipart("/api/public/certificate-checks", Map.of(),
                new Browser.FilePart("file", "certificate.pdf", "application/pdf", () -> new ByteArrayInputStream(pdf)));
        assertEquals(200, genuine.status(), genuine.toString());
        assertTrue(genuine.json().get("genuine").getBooleanValue());
        assertEquals(certificate.get("serial").getStringValue(), genuine.json().get("certificate").get("serial").getStringValue());

        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        Browser.Reply forged = anyone.postMultipart("/api/public/certificate-checks", Map.of(),
                new Browser.FilePart("file", "certificate.pdf", "application/pdf", () -> new ByteArrayInputStream(changed)));
        assertFalse(forged.json().get("genuine").getBooleanValue());
        assertTrue(forged.json().get("certificate").isNull());
        Browser.Reply notPdf = anyone.postMultipart("/api/public/certificate-checks", Map.of(),
                new Browser.FilePart("file", "photo.png", "image/png", () -> new ByteArrayInputStream(new byte[]{(byte) 0x89, 'P', 'N', 'G'})));
        assertEquals(List.of("file:not_a_pdf"), notPdf.fieldErrors());
    }

    @Test
    void theCohortDownloadsAsOneZipOfExactLengthAndTheRegistryAsCsvAndXlsx() throws IOException {
        Program program = program("Програма з реєстром");
        long sessionId = attendanceOnly(program);
        List<Browser> holders = List.of(admitted(program, learner()), admitted(program, learner()), admitted(program, learner()));
        for (Browser holder : holders) {
            mark(program, sessionId, userId(holder), "present");
        }
        String p = "/api/programs/" + program.id();
        HttpResponse<byte[]> zip = program.admin().download(p + "/certificates.zip");
        assertEquals(200, zip.statusCode());
        assertEquals(String.valueOf(zip.body().length), zip.headers().firstValue("Content-Length").orElseThrow(), "the length said is the length sent");
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] pdf = in.readAllBytes();
                assertTrue(entry.getName().startsWith("ПК-") && entry.getName().endsWith(".pdf"), entry.getName());
                assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.ISO_8859_1));
                entries++;
            }
        }
        assertEquals(3, entries);

        HttpResponse<byte[]> csv = program.admin().download(p + "/certificate-registry.csv");
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv.body(), 3), "UTF-8 with BOM");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Реєстраційний номер"), text);
        assertEquals(4, text.strip().split("\r?\n").length, text);
        HttpResponse<byte[]> xlsx = program.admin().download(p + "/certificate-registry.xlsx");
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertEquals(4, rows.size());
            assertEquals("Програма з реєстром", rows.get(1).getCellText(2));
            assertEquals("дійсний", rows.get(1).getCellText(8));
        }
    }

    @Test
    void theDesignIsSavedWithItsVersionItsImagesCheckedAndPreviewed() {
        Program program = program("Програма з дизайном");
        Browser admin = program.admin();
        String path = "/api/programs/" + program.id() + "/certificate-design";
        JsonNode standard = admin.get(path).json();
        assertTrue(standard.get("version").isNull());
        assertTrue(standard.get("signingKey").get("testKey").getBooleanValue(), "no keystore configured: the test key");
        Map<String, Object> design = new HashMap<>();
        design.put("primaryColor", "#123456");
        design.put("accentColor", "#abcdef");
        design.put("providerLogo", "data:image/png;base64,AAAA");
        design.put("partnerLogos", List.of());
        design.put("signatories", List.of(Map.of("name", "Олена Петренко", "position", "Директорка центру")));
        design.put("introText", null);
        design.put("footerText", "Київ");
        design.put("showOutcomes", true);
        design.put("validityMonths", 36);
        design.put("language", "de");
        design.put("version", null);
        assertEquals(List.of("language:invalid"), admin.put(path, design).fieldErrors());
        design.put("language", "en");
        assertEquals(List.of("providerLogo:image_not_png_or_jpeg"), admin.put(path, design).fieldErrors());
        design.put("providerLogo", null);
        Browser.Reply saved = admin.put(path, design);
        assertEquals(200, saved.status(), saved.toString());
        assertEquals("#123456", saved.text("primaryColor"));
        assertEquals("stale_version", admin.put(path, design).code());
        HttpResponse<byte[]> preview = admin.download(path + "/preview.pdf");
        assertEquals(200, preview.statusCode());
        assertEquals("%PDF-", new String(preview.body(), 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(CertificatePdfs.text(preview.body()).contains("Certificate of Professional Development"),
                "the design's language wins over the program's (Ukrainian)");
    }
}
