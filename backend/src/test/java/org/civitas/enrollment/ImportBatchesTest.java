package org.civitas.enrollment;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.platform.web.PageView;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A long list is applied a batch per transaction, so deciding elsewhere in the program does not
 * wait behind it; the places it needs are held from the confirmation on, so nobody takes them.
 */
@MicronautTest(transactional = false)
class ImportBatchesTest extends IntegrationTest {
    private static final int ROWS = ParticipantImports.BATCH_SIZE * 2 + 50;

    @Inject
    Enrollment enrollment;

    @Test
    void aLongListAppliesInBatchesWhileItsPlacesAreHeldFromTheConfirmationOn() throws Exception {
        Browser admin = admin();
        Map<String, Object> body = TestPrograms.body("Велика когорта");
        body.put("capacity", ROWS + 1);
        long programId = TestPrograms.published(admin, body);
        long first = TestApplications.apply(learner(), programId);
        long second = TestApplications.apply(learner(), programId);

        StringBuilder list = new StringBuilder("Email,ПІБ,Організація\n");
        for (int i = 0; i < ROWS; i++) {
            list.append("batch-").append(i).append('-').append(uniqueEmail()).append(",Петренко Петро,Громада ").append(i).append('\n');
        }
        byte[] csv = list.toString().getBytes(StandardCharsets.UTF_8);
        Browser.Reply preview = admin.postMultipart("/api/programs/" + programId + "/participant-imports", Map.of(),
                new Browser.FilePart("file", "cohort.csv", "text/csv", () -> new ByteArrayInputStream(csv)));
        assertEquals(201, preview.status(), preview.toString());
        long importId = preview.json().get("id").getLongValue();

        Browser.Reply started = admin.post("/api/participant-imports/" + importId + "/confirm", Map.of());
        assertEquals(202, started.status(), started.toString());
        assertEquals(ROWS, started.json().get("progress").get("total").getIntValue());

        // the import holds ROWS places of ROWS + 1, whether or not its batches have run yet
        String decisions = "/api/programs/" + programId + "/applications/decisions";
        Browser.Reply both = admin.post(decisions, Map.of("applicationIds", List.of(first, second), "decision", "admit"));
        assertEquals(409, both.status(), both.toString());
        assertEquals("capacity_exceeded", both.code());
        assertTrue(both.body().contains("Лишилося місць: 1."), both.toString());
        assertEquals(200, admin.post(decisions, Map.of("applicationIds", List.of(first), "decision", "admit")).status(),
                "deciding goes on while the import applies");

        JsonNode done = Imports.settled(admin, importId);
        assertEquals("applied", done.get("status").getStringValue(), done.toString());
        assertEquals(ROWS, done.get("result").get("admitted").getIntValue());
        assertEquals(ROWS, done.get("result").get("accountsCreated").getIntValue());
        assertEquals(0, done.get("summary").get("placesLeft").getLongValue());
        assertEquals(ROWS + 1, admin.get("/api/programs/" + programId + "/applications?status=admitted").json()
                .get("totalItems").getLongValue());

        PageView<Participant> participants = enrollment.admittedParticipants(programId, 0, 500);
        assertEquals(ROWS + 1, participants.totalItems());
        assertEquals(1, participants.items().stream().filter(p -> p.surname().equals("Бойко")).count());
        assertTrue(participants.items().stream().anyMatch(p -> p.organization().equals("Громада 0")));
        long someone = participants.items().get(5).userId();
        assertTrue(enrollment.isAdmitted(programId, someone));
    }
}
