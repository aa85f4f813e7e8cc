package org.civitas.platform.storage;

import org.jspecify.annotations.Nullable;

/** Names of uploaded files as clients send them, made safe to keep and to show. */
public final class FileNames {
    private FileNames() {
    }

    /** The client's file name without any path, control characters or excess length; used only in the download header. */
    public static String clean(@Nullable String clientName) {
        String name = clientName == null ? "" : clientName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 200 - extension.length()) + extension;
        }
        return name.isBlank() ? "file" : name;
    }
}
