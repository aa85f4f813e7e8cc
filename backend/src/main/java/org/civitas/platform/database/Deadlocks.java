package org.civitas.platform.database;

import io.micronaut.transaction.TransactionCallback;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.sql.SQLTransactionRollbackException;

/**
 * Runs work in a write transaction and runs it again when InnoDB chose it as a deadlock's victim
 * ("try restarting transaction"): two first writes of the same unique row at once (a double-click, a
 * second tab) can meet that way, and the loser has then changed nothing.
 */
public final class Deadlocks {
    private static final int TRIES = 4;

    private Deadlocks() {
    }

    public static <T> T retried(TransactionOperations<Connection> transactions, TransactionCallback<Connection, T> work) {
        return retried(transactions, TransactionDefinition.DEFAULT, work);
    }

    /**
     * The same in a transaction of its own, whatever the caller is in: for work that runs after the
     * publisher of an event committed.
     */
    public static <T> T retriedAlone(TransactionOperations<Connection> transactions, TransactionCallback<Connection, T> work) {
        return retried(transactions, TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), work);
    }

    private static <T> T retried(TransactionOperations<Connection> transactions, TransactionDefinition definition,
                                 TransactionCallback<Connection, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(definition, work);
            } catch (RuntimeException e) {
                if (attempt == TRIES || !isDeadlock(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
