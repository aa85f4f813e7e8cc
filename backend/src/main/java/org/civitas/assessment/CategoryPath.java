package org.civitas.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A category path as Moodle writes it in both formats: {@code $course$/top/Модуль 1/Бюджет}, names
 * joined by {@code /}, a {@code /} inside a name doubled.
 */
final class CategoryPath {

    /** A single slash, not one of a doubled pair. */
    private static final Pattern SEPARATOR = Pattern.compile("(?<!/)/(?!/)");
    /** Where Moodle's path starts: the context ($course$, $system$, $module$, $cat1$…), then "top". */
    private static final Pattern CONTEXT = Pattern.compile("\\$[a-z0-9]+\\$");
    private static final String TOP = "top";
    private static final String WRITTEN_ROOT = "$course$/top";

    private CategoryPath() {
    }

    /** The names below the bank's root; Moodle's context and its "top" category are left out. */
    static List<String> parse(String path) {
        var names = new ArrayList<String>();
        for (String raw : SEPARATOR.split(path.trim(), -1)) {
            String name = raw.replace("//", "/").trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (!names.isEmpty() && CONTEXT.matcher(names.getFirst()).matches()) {
            names.removeFirst();
        }
        if (!names.isEmpty() && names.getFirst().equals(TOP)) {
            names.removeFirst();
        }
        return List.copyOf(names);
    }

    /** The path as Moodle exports it, so that an import puts the questions in the course's bank. */
    static String format(List<String> category) {
        return category.stream()
                .map(name -> "/" + name.replace("/", "//"))
                .collect(Collectors.joining("", WRITTEN_ROOT, ""));
    }
}
