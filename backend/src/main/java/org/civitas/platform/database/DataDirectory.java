package org.civitas.platform.database;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;

/** Where the platform keeps what must survive a restart: the embedded database and uploaded files. */
public final class DataDirectory {
    private DataDirectory() {
    }

    public static Path resolve() {
        String dir = setting("CIVITAS_DATA_DIR", "civitas.data-dir");
        return Path.of(dir == null ? "data" : dir).toAbsolutePath().normalize();
    }

    /** A setting from the environment, or from a system property of the same meaning (used by tests). */
    static @Nullable String setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
