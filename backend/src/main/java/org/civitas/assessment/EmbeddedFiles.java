package org.civitas.assessment;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files inside a text. Moodle XML carries them beside the text ({@code <file name="a.png">base64</file>})
 * and points at them as {@code @@PLUGINFILE@@/a.png}; a question here keeps them inline as
 * {@code data:} URIs, so it needs no file storage of its own.
 */
final class EmbeddedFiles {

    /** A reference, its path and name URL-encoded as Moodle writes them. */
    private static final Pattern REFERENCE = Pattern.compile("@@PLUGINFILE@@(/[^\"'\\s<>()?#]*)");
    private static final Pattern DATA_URI = Pattern.compile("data:([a-z]+/[a-z0-9.+-]+);base64,([A-Za-z0-9+/]+=*)");
    private static final Map<String, String> TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "svg", "image/svg+xml", "webp", "image/webp");
    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/png", "png", "image/jpeg", "jpg", "image/gif", "gif", "image/svg+xml", "svg", "image/webp", "webp");
    private static final String UNKNOWN_TYPE = "application/octet-stream";
    private static final String UNKNOWN_EXTENSION = "bin";

    private EmbeddedFiles() {
    }

    /** A file as Moodle XML carries it: its path from the text's file area ("/" at the top), name and base64 content. */
    record File(String path, String name, String base64) {
    }

    /** The text whose data URIs became references, and the files they refer to. */
    record Extracted(String html, List<File> files) {
    }

    /** Replaces each reference to one of {@code files} with the file as a data URI. */
    static String inline(String html, List<File> files) {
        if (files.isEmpty()) {
            return html;
        }
        var byPath = new LinkedHashMap<String, File>();
        files.forEach(file -> byPath.put(file.path() + file.name(), file));
        return REFERENCE.matcher(html).replaceAll(reference -> {
            File file = byPath.get(decode(reference.group(1)));
            return Matcher.quoteReplacement(file == null ? reference.group() : dataUri(file));
        });
    }

    /** Replaces each data URI with a reference to a file named after its place, the same content once. */
    static Extracted extract(String html) {
        var files = new LinkedHashMap<String, File>();
        String replaced = DATA_URI.matcher(html).replaceAll(uri -> {
            File file = files.computeIfAbsent(uri.group(), data -> new File("/",
                    "image" + (files.size() + 1) + "." + EXTENSIONS.getOrDefault(uri.group(1), UNKNOWN_EXTENSION),
                    uri.group(2)));
            return Matcher.quoteReplacement("@@PLUGINFILE@@/" + file.name());
        });
        return new Extracted(replaced, List.copyOf(files.values()));
    }

    /** Checks that a file's content is base64, as the format requires; throws IllegalArgumentException if not. */
    static File checked(File file) {
        Base64.getDecoder().decode(file.base64());
        return file;
    }

    private static String dataUri(File file) {
        int dot = file.name().lastIndexOf('.');
        String extension = dot < 0 ? "" : file.name().substring(dot + 1).toLowerCase(Locale.ROOT);
        return "data:" + TYPES.getOrDefault(extension, UNKNOWN_TYPE) + ";base64," + file.base64();
    }

    /** Moodle encodes names with rawurlencode, where "+" is a plus, not a space; a broken escape is taken as written. */
    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException brokenEscape) {
            return path;
        }
    }
}
