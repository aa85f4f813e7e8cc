package org.civitas.platform.storage;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;

/**
 * Removes stored files whose rows a transaction deletes, once it has committed: a rollback then
 * leaves rows and files as they were, and the worst a crash in between leaves is an orphan file,
 * never a row without its file.
 */
@Singleton
public class StoredFileRemoval {
    private final FileStorage storage;
    private final TransactionOperations<Connection> transactions;

    StoredFileRemoval(FileStorage storage, TransactionOperations<Connection> transactions) {
        this.storage = storage;
        this.transactions = transactions;
    }

    public void removeAfterCommit(Collection<String> keys) {
        List<String> removed = List.copyOf(keys);
        if (removed.isEmpty()) {
            return;
        }
        transactions.findTransactionStatus().ifPresentOrElse(
                status -> status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        removed.forEach(storage::delete);
                    }
                }),
                () -> removed.forEach(storage::delete));
    }
}
