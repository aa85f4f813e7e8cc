package org.civitas.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Programs for tests: a complete request body, and a published program in one call. */
public final class TestPrograms {
    private TestPrograms() {
    }

    public static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "Як залучати громадськість до місцевого розвитку.");
        body.put("provider", "Центр підвищення кваліфікації");
        body.put("partners", List.of(Map.of("name", "Програма розвитку", "url", "https://example.org")));
        body.put("programType", "special");
        body.put("duration", "short_term");
        body.put("hours", 45);
        body.put("learningOutcomes", List.of("Планує консультації з громадськістю", "Готує громадський бюджет"));
        body.put("language", "uk");
        body.put("enrollmentOpensAt", "2026-01-01T00:00:00Z");
        body.put("enrollmentClosesAt", "2099-01-01T00:00:00Z");
        body.put("startsOn", "2027-02-01");
        body.put("endsOn", "2027-05-31");
        body.put("capacity", 60);
        return body;
    }

    /** Creates, gives one module and publishes; returns the program id. */
    public static long published(Browser admin, Map<String, Object> body) {
        Browser.Reply created = admin.post("/api/programs", body);
        if (created.status() != 201) {
            throw new IllegalStateException("create failed: " + created);
        }
        long id = created.json().get("id").getLongValue();
        admin.post("/api/programs/" + id + "/modules", Map.of("title", "Модуль 1", "hours", 10));
        Browser.Reply published = admin.post("/api/programs/" + id + "/publish");
        if (published.status() != 200) {
            throw new IllegalStateException("publish failed: " + published);
        }
        return id;
    }
}
