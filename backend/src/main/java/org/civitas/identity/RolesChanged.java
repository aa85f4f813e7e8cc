package org.civitas.identity;

import java.util.Set;

/**
 * An administrator changed a user's roles. Published when the change commits; listeners must be
 * idempotent (see docs/decisions/0004-events-between-features.md).
 */
public record RolesChanged(long userId, Set<Role> before, Set<Role> after) {
    public RolesChanged {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }
}
