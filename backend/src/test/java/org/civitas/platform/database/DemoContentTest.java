package org.civitas.platform.database;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.platform.storage.FileStorage;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo program itself is checked by the browser tests, which start on an empty database. */
@MicronautTest(transactional = false)
@Property(name = "civitas.demo-content", value = "true")
class DemoContentTest extends IntegrationTest {
    @Inject
    DemoContent demo;

    @Test
    void neverLoadsIntoADatabaseThatHoldsData() {
        Browser admin = admin();
        TestPrograms.published(admin, TestPrograms.body("Чиясь справжня програма"));
        long before = admin.get("/api/programs?scope=managed&size=1").json().get("totalItems").getLongValue();
        assertFalse(demo.loadIfEmpty());
        assertEquals(before, admin.get("/api/programs?scope=managed&size=1").json().get("totalItems").getLongValue());
    }

    @Test
    void theScriptSplitsIntoWholeStatements() throws IOException {
        String script;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoContent.SCRIPT)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> statements = DemoContent.statements(script);
        assertEquals(41, statements.size());
        assertTrue(statements.getFirst().startsWith("INSERT INTO programs"));
        assertTrue(statements.stream().noneMatch(s -> s.endsWith(";") || s.startsWith("--")));
    }

    @Test
    void filesTheScriptNamesAreReplacedByTheirKeyAndSizeAndAMissingOneSkipsItsStatement() {
        var files = Map.of("recording.mp4", new FileStorage.Stored<Void>("ab/cd/abcd", 174_189, null));
        assertEquals(Optional.of("INSERT INTO recordings VALUES ('ab/cd/abcd', 174189, '$argon2id$v=19')"), DemoContent.withFiles(
                "INSERT INTO recordings VALUES ('${file:recording.mp4:key}', ${file:recording.mp4:size}, '$argon2id$v=19')", files));
        assertEquals(Optional.empty(), DemoContent.withFiles("SELECT '${file:slides.pdf:key}'", files));
        assertEquals(Optional.of("SELECT 1"), DemoContent.withFiles("SELECT 1", files));
    }
}
