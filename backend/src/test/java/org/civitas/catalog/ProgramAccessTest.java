package org.civitas.catalog;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ApiException;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may do what with a program, answered in one place for every feature. */
@MicronautTest(transactional = false)
class ProgramAccessTest extends IntegrationTest {
    @Inject
    ProgramAccess access;

    private record Fixture(long draft, long published, long trainerId, long otherTrainerId, long participantId, long learnerId) {
    }

    private static long id(Browser browser) {
        return browser.get("/api/me").json().get("id").getLongValue();
    }

    private Fixture fixture() {
        Browser admin = admin();
        Browser trainer = learner();
        Browser otherTrainer = learner();
        long trainerId = id(trainer);
        long otherTrainerId = id(otherTrainer);
        for (long id : new long[]{trainerId, otherTrainerId}) {
            admin.put("/api/admin/users/" + id + "/roles", Map.of("roles", List.of("trainer")));
        }
        long draft = admin.post("/api/programs", TestPrograms.body("Чернетка")).json().get("id").getLongValue();
        long published = TestPrograms.published(admin, TestPrograms.body("Опублікована"));
        for (long program : new long[]{draft, published}) {
            admin.put("/api/programs/" + program + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        }
        Browser participant = learner();
        long application = TestApplications.apply(participant, published);
        admin.post("/api/programs/" + published + "/applications/decisions",
                Map.of("applicationIds", List.of(application), "decision", "admit"));
        return new Fixture(draft, published, trainerId, otherTrainerId, id(participant), id(learner()));
    }

    @Test
    void eachRoleGetsWhatItMayAndARefusalNeverBetraysADraft() {
        Fixture f = fixture();
        Caller admin = new Caller(1, Set.of(Role.ADMIN));
        Caller trainer = new Caller(f.trainerId(), Set.of(Role.TRAINER));
        Caller otherTrainer = new Caller(f.otherTrainerId(), Set.of(Role.TRAINER));
        Caller participant = new Caller(f.participantId(), Set.of(Role.LEARNER));
        Caller learner = new Caller(f.learnerId(), Set.of(Role.LEARNER));

        assertTrue(access.canManage(f.draft(), admin));
        assertTrue(access.canManage(f.draft(), trainer));
        assertFalse(access.canManage(f.draft(), otherTrainer));
        assertFalse(access.canManage(f.published(), participant));
        assertFalse(access.canManage(f.published(), null));

        assertTrue(access.canView(f.published(), null), "a published program is for everyone");
        assertFalse(access.canView(f.draft(), learner));
        assertTrue(access.canView(f.draft(), trainer));

        assertTrue(access.isParticipant(f.published(), participant));
        assertFalse(access.isParticipant(f.published(), learner));
        assertTrue(access.canReadParticipantContent(f.published(), participant));
        assertTrue(access.canReadParticipantContent(f.published(), trainer));
        assertFalse(access.canReadParticipantContent(f.published(), otherTrainer));

        assertEquals(404, assertThrows(ApiException.class, () -> access.requireManage(f.draft(), otherTrainer)).status().getCode(),
                "another program's trainer does not learn that a draft exists");
        assertEquals(403, assertThrows(ApiException.class, () -> access.requireManage(f.published(), otherTrainer)).status().getCode());
        assertEquals(404, assertThrows(ApiException.class, () -> access.requireView(f.draft(), learner)).status().getCode());
        assertEquals(403, assertThrows(ApiException.class, () -> access.requireAdmin(f.published(), trainer)).status().getCode(),
                "administrators' actions are refused even to the program's trainer");
        assertEquals(f.published(), access.requireAdmin(f.published(), admin).id());
        assertEquals(404, assertThrows(ApiException.class, () -> access.requireView(99_999_999, admin)).status().getCode());
    }

    @Test
    void aTrainerWhoLosesTheRoleLosesEveryRightOnTheirProgramsAtOnce() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма тренерки"));
        Browser trainer = learner();
        long trainerId = id(trainer);
        admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("trainer", "learner")));
        admin.put("/api/programs/" + programId + "/trainers", Map.of("trainerIds", List.of(trainerId)));
        long materialId = trainer.postMultipart("/api/programs/" + programId + "/materials",
                Map.of("title", "Для учасників", "visibility", "participants"),
                MaterialsTest.file("slides.pdf", MaterialsTest.PDF)).json().get("id").getLongValue();
        assertEquals(200, trainer.get("/api/materials/" + materialId + "/file").status());
        assertEquals(200, trainer.get("/api/programs/" + programId + "/applications").status());

        assertEquals(200, admin.put("/api/admin/users/" + trainerId + "/roles", Map.of("roles", List.of("learner"))).status());
        assertEquals(404, trainer.get("/api/materials/" + materialId + "/file").status(), "participants' files are gone with the role");
        assertEquals(0, trainer.get("/api/programs/" + programId + "/materials").json().size());
        assertEquals(403, trainer.get("/api/programs/" + programId + "/applications").status());
        assertEquals(403, trainer.put("/api/programs/" + programId + "/questionnaire", Map.of("questions", List.of(), "version", 0)).status());
        assertFalse(trainer.get("/api/programs/" + programId).json().get("canEdit").getBooleanValue());
        assertEquals(0, admin.get("/api/programs/" + programId).json().get("trainers").size(),
                "no longer named as the program's trainer");
    }

    @Inject
    TrainerAssignments assignments;
    @Inject
    ProgramRepository programs;

    @Test
    void aLostRoleChangeIsRecoveredByTheReconciliationWhichCanRunAgain() {
        Browser admin = admin();
        long programId = TestPrograms.published(admin, TestPrograms.body("Програма з загубленою подією"));
        long learnerId = id(learner());
        programs.addTrainer(programId, learnerId); // as if the event after a demotion had been lost
        assertEquals(1, admin.get("/api/programs/" + programId).json().get("trainers").size());

        assertTrue(assignments.reconcile() >= 1);
        assertEquals(0, admin.get("/api/programs/" + programId).json().get("trainers").size());
        assertEquals(0, assignments.reconcile(), "nothing left to do the second time");
    }

    @Test
    void anUploadWithoutAModuleIsRefusedToStrangersBeforeItsBodyIsRead() {
        Browser admin = admin();
        long draft = admin.post("/api/programs", TestPrograms.body("Чернетка для завантаження")).json().get("id").getLongValue();
        long published = TestPrograms.published(admin, TestPrograms.body("Програма для завантаження"));
        Browser stranger = learner();
        long strangerId = id(stranger);
        admin.put("/api/admin/users/" + strangerId + "/roles", Map.of("roles", List.of("trainer")));
        Browser.Reply toDraft = stranger.postMultipart("/api/programs/" + draft + "/materials",
                Map.of("title", "Чуже", "visibility", "public"), MaterialsTest.file("slides.pdf", MaterialsTest.PDF));
        assertEquals(404, toDraft.status(), toDraft.toString());
        Browser.Reply toPublished = stranger.postMultipart("/api/programs/" + published + "/materials",
                Map.of("title", "Чуже", "visibility", "public"), MaterialsTest.file("slides.pdf", MaterialsTest.PDF));
        assertEquals(403, toPublished.status(), toPublished.toString());
        assertEquals("forbidden", toPublished.code());
        assertEquals(0, admin.get("/api/programs/" + published + "/materials").json().size());
    }
}
