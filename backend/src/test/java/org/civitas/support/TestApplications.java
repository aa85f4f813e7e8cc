package org.civitas.support;

import java.util.HashMap;
import java.util.Map;

/** Applications for tests: a complete profile, and an application sent in one call. */
public final class TestApplications {
    private TestApplications() {
    }

    /** A profile as an applicant fills it in, every required field given; a fresh map to change. */
    public static Map<String, Object> profile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("surname", "Бойко");
        profile.put("givenName", "Ірина");
        profile.put("patronymic", "Петрівна");
        profile.put("email", "iryna@example.org");
        profile.put("phone", "+380 67 123 45 67");
        profile.put("region", "Полтавська");
        profile.put("organization", "Гадяцька міська рада");
        profile.put("position", "Спеціаліст відділу економіки");
        profile.put("category", "ОМС");
        profile.put("consent", true);
        return profile;
    }

    /** The learner applies to a program without questions of its own; answers the application's id. */
    public static long apply(Browser learner, long programId) {
        Browser.Reply reply = learner.post("/api/programs/" + programId + "/applications", Map.of("profile", profile()));
        if (reply.status() != 201) {
            throw new IllegalStateException("apply failed: " + reply);
        }
        return reply.json().get("id").getLongValue();
    }
}
