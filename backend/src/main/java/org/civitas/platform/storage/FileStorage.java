package org.civitas.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps uploaded files under keys the server makes (random, never derived from a client's file
 * name). A store either keeps the whole, checked content or nothing: a failing stream or check
 * leaves no file behind.
 */
public interface FileStorage {

    /**
     * Looks at the complete content before it is kept; throwing refuses it and nothing is kept.
     *
     * @param <T> what the inspection found, handed back with the stored file
     */
    @FunctionalInterface
    interface Inspection<T> {
        T inspect(Path content, long size) throws IOException;
    }

    /** A kept file: its key, size in bytes, and what the inspection found. */
    record Stored<T>(String key, long size, T inspected) {
    }

    /** A kept file opened for reading. {@code localPath} is there when the bytes sit on this machine's disk. */
    interface Content {
        long size();

        InputStream open() throws IOException;

        Optional<Path> localPath();
    }

    /** Copies the stream under a new key; exceptions from the stream or the inspection propagate after cleaning up. */
    <T> Stored<T> store(InputStream content, Inspection<T> inspection) throws IOException;

    /**
     * Keeps a complete file this machine already holds (a resumable upload's bytes), moving it
     * rather than copying where it can; the file is gone afterwards whether it was kept or refused.
     */
    <T> Stored<T> adopt(Path complete, Inspection<T> inspection) throws IOException;

    Optional<Content> open(String key);

    /** Removes the file; an unknown key is not an error. */
    void delete(String key);
}
