package org.civitas.catalog;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.platform.database.DataDirectory;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class MaterialsTest extends IntegrationTest {
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
            + "binary: \u0000\u00ff\u0010 кирилиця\n%%EOF\n").getBytes(StandardCharsets.UTF_8);

    static Browser.FilePart file(String fileName, byte[] content) {
        return new Browser.FilePart("file", fileName, "application/octet-stream", () -> new ByteArrayInputStream(content));
    }

    static Map<String, String> fields(String title, String visibility) {
        return Map.of("title", title, "visibility", visibility);
    }

    /** Stored files, not counting empty shard directories. */
    static List<Path> storedFiles() throws IOException {
        Path root = DataDirectory.resolve().resolve("files");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private long program(Browser admin, boolean publish) {
        Browser.Reply created = admin.post("/api/programs", TestPrograms.body("Програма з матеріалами " + uniqueEmail()));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().get("id").getLongValue();
        assertEquals(201, admin.post("/api/programs/" + id + "/modules",
                Map.of("title", "Модуль 1", "description", "Вебінари", "hours", 10)).status());
        if (publish) {
            assertEquals(200, admin.post("/api/programs/" + id + "/publish").status());
        }
        return id;
    }

    private long upload(Browser editor, long programId, String title, String visibility, String fileName, byte[] content) {
        Browser.Reply reply = editor.postMultipart("/api/programs/" + programId + "/materials", fields(title, visibility),
                file(fileName, content));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().get("id").getLongValue();
    }

    private Browser trainerOf(Browser admin, Long programId) {
        Browser trainer = learner();
        long id = trainer.get("/api/me").json().get("id").getLongValue();
        assertEquals(200, admin.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("trainer"))).status());
        if (programId != null) {
            assertEquals(200, admin.put("/api/programs/" + programId + "/trainers", Map.of("trainerIds", List.of(id))).status());
        }
        return trainer;
    }

    private static List<String> titles(Browser.Reply list) {
        assertEquals(200, list.status(), list.toString());
        List<String> titles = new ArrayList<>();
        list.json().values().forEach(m -> titles.add(m.get("title").getStringValue()));
        return titles;
    }

    @Test
    void anAdministratorUploadsAListedDocumentThatDownloadsAsTheSameBytes() throws IOException {
        Browser admin = admin();
        long programId = program(admin, false);
        int before = storedFiles().size();
        long id = upload(admin, programId, "Презентація першого вебінару", "public", "Презентація модуля 1.pdf", PDF);
        assertEquals(before + 1, storedFiles().size());

        JsonNode listed = admin.get("/api/programs/" + programId + "/materials").json().values().iterator().next();
        assertEquals(id, listed.get("id").getLongValue());
        assertEquals("file", listed.get("kind").getStringValue());
        assertEquals("application/pdf", listed.get("contentType").getStringValue());
        assertEquals(PDF.length, listed.get("sizeBytes").getLongValue());
        assertEquals("Презентація модуля 1.pdf", listed.get("fileName").getStringValue());
        assertEquals("/api/materials/" + id + "/file", listed.get("url").getStringValue());

        HttpResponse<byte[]> download = admin.download("/api/materials/" + id + "/file");
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''%D0%9F%D1%80%D0%B5%D0%B7%D0%B5%D0%BD%D1%82%D0%B0%D1%86%D1%96%D1%8F"
                + "%20%D0%BC%D0%BE%D0%B4%D1%83%D0%BB%D1%8F%201.pdf"), disposition);

        HttpResponse<byte[]> part = admin.download("/api/materials/" + id + "/file", Map.of("Range", "bytes=1-4"));
        assertEquals(206, part.statusCode(), "a download can resume where it stopped");
        assertArrayEquals(java.util.Arrays.copyOfRange(PDF, 1, 5), part.body());
        assertEquals("bytes 1-4/" + PDF.length, part.headers().firstValue("Content-Range").orElse(""));
    }

    @Test
    void executablesSvgHtmlAndMismatchedDocumentsAreRefusedAndNothingIsStored() throws IOException {
        Browser admin = admin();
        long programId = program(admin, false);
        upload(admin, programId, "Справжній PDF", "public", "slides.pdf", PDF);
        List<Path> before = storedFiles();
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
        byte[] pe = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> refused = Map.of("linux.pdf", elf, "windows.pdf", pe, "picture.svg", svg, "page.html", html,
                "pdf-in-disguise.docx", PDF, "script.svg.pdf", svg, "no-extension", PDF);
        for (Map.Entry<String, byte[]> upload : refused.entrySet()) {
            Browser.Reply reply = admin.postMultipart("/api/programs/" + programId + "/materials", fields("Файл", "public"),
                    file(upload.getKey(), upload.getValue()));
            assertEquals(415, reply.status(), upload.getKey() + ": " + reply);
            assertEquals("file_type_not_allowed", reply.code());
            assertEquals(List.of("file:file_type_not_allowed"), reply.fieldErrors());
        }
        assertEquals(before, storedFiles(), "no refused upload leaves a file");
        assertEquals(List.of("Справжній PDF"), titles(admin.get("/api/programs/" + programId + "/materials")));
    }

    @Test
    void fieldsAreCheckedBeforeTheFileIsKept() throws IOException {
        Browser admin = admin();
        long programId = program(admin, false);
        List<Path> before = storedFiles();
        Browser.Reply reply = admin.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", " ", "visibility", "everyone", "moduleId", "999999999"), file("a.pdf", PDF));
        assertEquals(400, reply.status(), reply.toString());
        assertEquals(List.of("title:required", "visibility:invalid", "moduleId:invalid"), reply.fieldErrors());
        assertEquals(before, storedFiles());
    }

    @Test
    void onlyTheProgramsEditorsUploadAndEveryoneElseSeesWhatTheyMay() {
        Browser admin = admin();
        long draft = program(admin, false);
        long published = program(admin, false);
        Browser trainer = trainerOf(admin, published);
        long publicFile = upload(trainer, published, "Слайди", "public", "slides.pdf", PDF);
        long participantsFile = upload(trainer, published, "Запис для учасників", "participants", "notes.pdf", PDF);
        long draftFile = upload(admin, draft, "Чернетка", "public", "draft.pdf", PDF);
        assertEquals(200, admin.post("/api/programs/" + published + "/publish").status());

        Browser learner = learner();
        Browser.Reply byLearner = learner.postMultipart("/api/programs/" + published + "/materials", fields("x", "public"), file("x.pdf", PDF));
        assertEquals(403, byLearner.status(), byLearner.toString());
        Browser otherTrainer = trainerOf(admin, null);
        assertEquals(404, otherTrainer.postMultipart("/api/programs/" + draft + "/materials", fields("x", "public"), file("x.pdf", PDF)).status());
        assertEquals(403, otherTrainer.postMultipart("/api/programs/" + published + "/materials", fields("x", "public"), file("x.pdf", PDF)).status());
        Browser anonymous = browser();
        Browser.Reply byAnonymous = anonymous.postMultipart("/api/programs/" + published + "/materials", fields("x", "public"), file("x.pdf", PDF));
        assertEquals(401, byAnonymous.status(), byAnonymous.toString());

        assertEquals(200, anonymous.download("/api/materials/" + publicFile + "/file").statusCode());
        assertEquals(404, anonymous.download("/api/materials/" + participantsFile + "/file").statusCode());
        assertEquals(404, anonymous.download("/api/materials/" + draftFile + "/file").statusCode());
        assertEquals(404, learner.download("/api/materials/" + participantsFile + "/file").statusCode());
        assertEquals(404, otherTrainer.download("/api/materials/" + draftFile + "/file").statusCode());
        assertEquals(200, trainer.download("/api/materials/" + participantsFile + "/file").statusCode());
        assertEquals(List.of("Слайди"), titles(anonymous.get("/api/programs/" + published + "/materials")));
        assertEquals(List.of("Слайди", "Запис для учасників"), titles(trainer.get("/api/programs/" + published + "/materials")));
        assertEquals(404, anonymous.get("/api/programs/" + draft + "/materials").status());
        assertEquals(404, otherTrainer.get("/api/programs/" + draft + "/materials").status());
        assertEquals(404, anonymous.download("/api/materials/999999999/file").statusCode());
    }

    @Test
    void linksAreWebAddressesOnly() {
        Browser admin = admin();
        long programId = program(admin, false);
        for (String url : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "file:///etc/passwd", "ftp://example.org/x")) {
            Browser.Reply refused = admin.post("/api/programs/" + programId + "/materials/links",
                    Map.of("title", "Посилання", "url", url, "visibility", "public"));
            assertEquals(400, refused.status(), url + ": " + refused);
            assertEquals(List.of("url:invalid"), refused.fieldErrors(), url);
        }
        Browser.Reply link = admin.post("/api/programs/" + programId + "/materials/links",
                Map.of("title", "Запис вебінару", "url", "https://example.org/recording", "visibility", "participants"));
        assertEquals(201, link.status(), link.toString());
        assertEquals("link", link.text("kind"));
        assertEquals("https://example.org/recording", link.text("url"));
        assertEquals(List.of("Запис вебінару"), titles(admin.get("/api/programs/" + programId + "/materials")));
    }

    @Test
    void editorsOrderAndDeleteMaterialsAndTheStoredFileGoesToo() throws IOException {
        Browser admin = admin();
        long programId = program(admin, false);
        long moduleId = admin.get("/api/programs/" + programId).json().get("modules").values().iterator().next().get("id").getLongValue();
        Browser.Reply moduleFile = admin.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", "Модульний файл", "visibility", "public", "moduleId", Long.toString(moduleId)), file("m.pdf", PDF));
        assertEquals(201, moduleFile.status(), moduleFile.toString());
        assertEquals(moduleId, moduleFile.json().get("moduleId").getLongValue());
        long first = upload(admin, programId, "Перший", "public", "1.pdf", PDF);
        long link = admin.post("/api/programs/" + programId + "/materials/links",
                Map.of("title", "Посилання", "url", "https://example.org", "visibility", "public")).json().get("id").getLongValue();
        long moduleMaterial = moduleFile.json().get("id").getLongValue();
        assertEquals(List.of("Перший", "Посилання", "Модульний файл"), titles(admin.get("/api/programs/" + programId + "/materials")),
                "program-wide first, then by module");

        Browser.Reply reordered = admin.put("/api/programs/" + programId + "/materials/order",
                Map.of("materialIds", List.of(link, moduleMaterial, first)));
        assertEquals(List.of("Посилання", "Перший", "Модульний файл"), titles(reordered));
        Browser.Reply incomplete = admin.put("/api/programs/" + programId + "/materials/order", Map.of("materialIds", List.of(link)));
        assertEquals(List.of("materialIds:not_the_program_materials"), incomplete.fieldErrors());

        int before = storedFiles().size();
        assertEquals(204, admin.delete("/api/programs/" + programId + "/materials/" + first).status());
        assertEquals(before - 1, storedFiles().size());
        assertEquals(404, admin.download("/api/materials/" + first + "/file").statusCode());
        assertEquals(404, admin.delete("/api/programs/" + programId + "/materials/" + first).status());

        assertEquals(201, admin.post("/api/programs/" + programId + "/modules",
                Map.of("title", "Модуль 2", "description", "", "hours", 2)).status());
        assertEquals(204, admin.delete("/api/programs/" + programId + "/modules/" + moduleId).status());
        assertEquals(before - 2, storedFiles().size(), "a deleted module's files go with it");
        assertEquals(List.of("Посилання"), titles(admin.get("/api/programs/" + programId + "/materials")));
    }
}
