package org.civitas.platform.storage;

import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.civitas.platform.database.DataDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class UploadSpoolTest {
    @Inject
    HttpServerConfiguration server;

    @Test
    void multipartPartsAreSpooledUnderTheDataDirectoryNotInTmp() {
        Path location = server.getMultipart().getLocation().map(java.io.File::toPath).orElseThrow();
        assertEquals(DataDirectory.resolve().resolve("tmp").resolve("uploads"), location);
        assertTrue(Files.isDirectory(location));
    }

    @Test
    void leftoversOlderThanADayAreSweptAndFreshOnesKept(@TempDir Path spool) throws IOException {
        Path old = Files.writeString(spool.resolve("upload-old.tmp"), "x");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(UploadSpool.LEFTOVER_AGE).minusSeconds(60)));
        Path fresh = Files.writeString(spool.resolve("upload-fresh.tmp"), "y");
        UploadSpool.sweep(spool, Instant.now().minus(UploadSpool.LEFTOVER_AGE));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
    }
}
