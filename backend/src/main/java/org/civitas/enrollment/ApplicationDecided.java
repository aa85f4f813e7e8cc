package org.civitas.enrollment;

import org.jspecify.annotations.Nullable;

/**
 * An application was admitted, rejected or waitlisted (by an administrator, or admitted by a
 * participant import), with the message the learner is to read. Published when the decision
 * commits; listeners must be idempotent (see docs/decisions/0004-events-between-features.md).
 * {@code status} is the application's status code: admitted, rejected or waitlisted.
 */
public record ApplicationDecided(long applicationId, long programId, long userId, String status, @Nullable String message) {
}
