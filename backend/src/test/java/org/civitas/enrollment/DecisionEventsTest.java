package org.civitas.enrollment;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.civitas.support.TestApplications;
import org.civitas.support.TestPrograms;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Decisions reach other features as events once they commit, and never when they are refused. */
@MicronautTest(transactional = false)
@Property(name = "test.decision-events", value = "true")
class DecisionEventsTest extends IntegrationTest {
    @Inject
    Heard heard;

    @Singleton
    @Requires(property = "test.decision-events", value = "true")
    static class Heard {
        final List<ApplicationDecided> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(ApplicationDecided event) {
            events.add(event);
        }
    }

    @Test
    void aCommittedDecisionIsHeardOncePerApplicationAndARefusedOneNever() {
        Browser admin = admin();
        Map<String, Object> body = TestPrograms.body("Програма з подіями");
        body.put("capacity", 1);
        long programId = TestPrograms.published(admin, body);
        long first = TestApplications.apply(learner(), programId);
        long second = TestApplications.apply(learner(), programId);
        String decisions = "/api/programs/" + programId + "/applications/decisions";
        heard.events.clear();

        assertEquals(409, admin.post(decisions, Map.of("applicationIds", List.of(first, second), "decision", "admit")).status());
        assertEquals(List.of(), heard.events, "nothing was decided, nothing is told");

        assertEquals(200, admin.post(decisions, Map.of("applicationIds", List.of(first), "decision", "admit", "message", "Вітаємо")).status());
        assertEquals(200, admin.post(decisions, Map.of("applicationIds", List.of(second), "decision", "waitlist")).status());
        assertEquals(200, admin.post(decisions, Map.of("applicationIds", List.of(second), "decision", "waitlist")).status());
        assertEquals(List.of(first + " admitted Вітаємо", second + " waitlisted null"),
                heard.events.stream().map(e -> e.applicationId() + " " + e.status() + " " + e.message()).toList(),
                "a decision that changes nothing is not told again");
        assertEquals(programId, heard.events.getFirst().programId());
    }
}
