package org.civitas.enrollment;

import io.micronaut.json.tree.JsonNode;
import org.civitas.support.Browser;

/** Waiting for a confirmed participant import, as the web app polls for it. */
final class Imports {
    private Imports() {
    }

    /** Polls until the background work has ended; answers the import without its rows. */
    static JsonNode settled(Browser admin, long importId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonNode state = admin.get("/api/participant-imports/" + importId + "?rows=false").json();
            if (!"applying".equals(state.get("status").getStringValue())) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import is still being applied after 60 s");
    }
}
