package org.civitas.platform.storage;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class StoredFileRemovalTest {
    @Inject
    FileStorage storage;
    @Inject
    StoredFileRemoval removal;
    @Inject
    TransactionOperations<Connection> transactions;

    private String stored() throws IOException {
        return storage.store(new ByteArrayInputStream("слайди".getBytes(StandardCharsets.UTF_8)), (path, size) -> size).key();
    }

    @Test
    void aRolledBackDeletionKeepsTheFileAndACommittedOneRemovesIt() throws IOException {
        String key = stored();
        assertThrows(IllegalStateException.class, () -> transactions.executeWrite(status -> {
            removal.removeAfterCommit(List.of(key));
            throw new IllegalStateException("the deletion of the row failed");
        }));
        assertTrue(storage.open(key).isPresent(), "rolled back: the file stays with its row");

        transactions.executeWrite(status -> {
            removal.removeAfterCommit(List.of(key));
            assertTrue(storage.open(key).isPresent(), "not before the commit");
            return null;
        });
        assertTrue(storage.open(key).isEmpty(), "removed once committed");
    }

    @Test
    void outsideATransactionTheFileGoesAtOnce() throws IOException {
        String key = stored();
        removal.removeAfterCommit(List.of(key));
        assertTrue(storage.open(key).isEmpty());
    }
}
