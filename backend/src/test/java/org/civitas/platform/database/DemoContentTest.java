package org.civitas.platform.database;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
        assertEquals(21, statements.size());
        assertTrue(statements.getFirst().startsWith("INSERT INTO programs"));
        assertTrue(statements.stream().noneMatch(s -> s.endsWith(";") || s.startsWith("--")));
    }
}
