package org.civitas.platform.storage;

import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import org.civitas.platform.database.DataDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Micronaut spools every multipart file part to a temporary file before our handlers read it.
 * By default that is java.io.tmpdir, often a small tmpfs held in memory: a 2 GB recording would
 * fill it. The spool lives under CIVITAS_DATA_DIR instead, where the files end up anyway;
 * leftovers older than a day (a crash mid-upload) are swept at start.
 */
@ContextConfigurer
public final class UploadSpool implements ApplicationContextConfigurer {
    static final Duration LEFTOVER_AGE = Duration.ofDays(1);

    @Override
    public void configure(ApplicationContextBuilder builder) {
        Path spool = DataDirectory.resolve().resolve("tmp").resolve("uploads");
        try {
            Files.createDirectories(spool);
            sweep(spool, Instant.now().minus(LEFTOVER_AGE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the upload spool " + spool, e);
        }
        builder.properties(Map.of("micronaut.server.multipart.location", spool.toString()));
    }

    static void sweep(Path spool, Instant olderThan) throws IOException {
        try (Stream<Path> files = Files.list(spool)) {
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(olderThan)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
