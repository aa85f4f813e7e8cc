package org.civitas.catalog;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.civitas.identity.Role;
import org.civitas.identity.RolesChanged;
import org.civitas.platform.audit.AuditLog;

import java.sql.Connection;

/**
 * A user who no longer holds the trainer role is no longer any program's trainer: their name leaves
 * the programs' pages, and giving the role back does not silently give back the programs. Their
 * rights went with the role already ({@link ProgramAccess}); this keeps the assignments true.
 * Both paths are idempotent: the event after the role change commits, and a reconciliation at
 * start-up that recovers an event lost to a crash in between.
 */
@Singleton
class TrainerAssignments {
    private final ProgramRepository programs;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionOperations<Connection> transactions;

    TrainerAssignments(ProgramRepository programs, Accounts accounts, AuditLog audit, TransactionOperations<Connection> transactions) {
        this.programs = programs;
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
    }

    @TransactionalEventListener
    void onRolesChanged(RolesChanged event) {
        if (!event.after().contains(Role.TRAINER)) {
            unassign(event.userId());
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        reconcile();
    }

    /** Unassigns every assigned trainer who lost the role (or the account); answers how many. */
    int reconcile() {
        int unassigned = 0;
        for (long userId : programs.findAssignedTrainerIds()) {
            boolean trainer = accounts.find(userId).map(u -> u.roles().contains(Role.TRAINER)).orElse(false);
            if (!trainer && unassign(userId) > 0) {
                unassigned++;
            }
        }
        return unassigned;
    }

    /** In a transaction of its own: the one that published the event has already committed. */
    private int unassign(long userId) {
        return transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
            int removed = programs.removeTrainerEverywhere(userId);
            if (removed > 0) {
                audit.record("program.trainer_unassigned", null, "user", userId, null, "programs=" + removed + " reason=role_removed");
            }
            return removed;
        });
    }
}
