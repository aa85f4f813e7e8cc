package org.civitas.platform.storage;

import jakarta.inject.Singleton;
import org.civitas.platform.database.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Files under {@code ${CIVITAS_DATA_DIR}/files}, sharded by the first characters of a random key
 * ({@code 3f/a2/3fa2…}). Content is written to a temporary file in the target directory and moved
 * into place atomically once complete and checked, so readers never see a partial file and a
 * failed upload leaves nothing.
 */
@Singleton
class LocalFileStorage implements FileStorage {
    private static final Logger LOG = LoggerFactory.getLogger(LocalFileStorage.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}");
    private final Path root;

    @jakarta.inject.Inject
    LocalFileStorage() {
        this(DataDirectory.resolve().resolve("files"));
    }

    LocalFileStorage(Path root) {
        this.root = root;
    }

    @Override
    public <T> Stored<T> store(InputStream content, Inspection<T> inspection) throws IOException {
        String name = UUID.randomUUID().toString().replace("-", "");
        String key = name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
        Path target = root.resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".part");
        try {
            long size;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                size = content.transferTo(out);
            }
            T inspected = inspection.inspect(temporary, size);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
            return new Stored<>(key, size, inspected);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public <T> Stored<T> adopt(Path complete, Inspection<T> inspection) throws IOException {
        try {
            long size = Files.size(complete);
            T inspected = inspection.inspect(complete, size);
            String name = UUID.randomUUID().toString().replace("-", "");
            String key = name.substring(0, 2) + "/" + name.substring(2, 4) + "/" + name;
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            try {
                Files.move(complete, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(complete, target);
            }
            return new Stored<>(key, size, inspected);
        } finally {
            Files.deleteIfExists(complete);
        }
    }

    @Override
    public Optional<Content> open(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path file = root.resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new Content() {
            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public Optional<Path> localPath() {
                return Optional.of(file);
            }
        });
    }

    @Override
    public void delete(String key) {
        if (!KEY.matcher(key).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(root.resolve(key));
        } catch (IOException e) {
            // the record is gone already; an orphan file is harmless and logged for clean-up
            LOG.warn("Could not delete stored file {}", key, e);
        }
    }
}
