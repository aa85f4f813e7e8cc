package org.civitas.enrollment;

/**
 * A learner applied to a program. Published when the application commits; listeners must be
 * idempotent (see docs/decisions/0004-events-between-features.md).
 */
public record ApplicationSubmitted(long applicationId, long programId, long userId) {
}
