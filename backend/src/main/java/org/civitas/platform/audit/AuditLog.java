package org.civitas.platform.audit;

import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.List;

/**
 * Who did what to which record, and when: logins, administrators' actions, certificate issue and
 * revocation, attendance changes. Callers pass facts, never secrets (no passwords, tokens or codes).
 */
@Singleton
public class AuditLog {
    private static final int MAX_DETAILS = 1000;
    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** One recorded event, as read back by administrators and tests. */
    public record Entry(String action, @Nullable Long actorId, @Nullable String details) {
    }

    public void record(String action, @Nullable Long actorId, @Nullable String targetType, @Nullable Object targetId,
                       @Nullable String clientAddress, @Nullable String details) {
        events.save(row(new Event(action, actorId, targetType, targetId, details), clientAddress));
    }

    /** One event of several recorded at once (a bulk action): what, by whom, on which record, with which facts. */
    public record Event(String action, @Nullable Long actorId, @Nullable String targetType, @Nullable Object targetId, @Nullable String details) {
    }

    /** Records several events in one batch, as a bulk action makes them. */
    public void recordAll(List<Event> batch) {
        events.saveAll(batch.stream().map(e -> row(e, null)).toList());
    }

    private AuditEventRow row(Event event, @Nullable String clientAddress) {
        String details = event.details();
        String trimmed = details == null || details.length() <= MAX_DETAILS ? details : details.substring(0, MAX_DETAILS);
        return new AuditEventRow(null, clock.instant(), event.actorId(), event.action(), event.targetType(),
                event.targetId() == null ? null : event.targetId().toString(), clientAddress, trimmed);
    }

    public List<Entry> history(String targetType, Object targetId) {
        return events.findByTargetTypeAndTargetIdOrderByIdDesc(targetType, targetId.toString()).stream()
                .map(e -> new Entry(e.action(), e.actorId(), e.details()))
                .toList();
    }
}
