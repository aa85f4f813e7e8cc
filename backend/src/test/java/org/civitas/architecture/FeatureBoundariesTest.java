package org.civitas.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each feature package offers a few public types (its entry point and the values it hands out);
 * rows, repositories, controllers and machinery stay package-private, so another feature cannot
 * reach into them. A new public type is a decision: add it here knowingly.
 */
class FeatureBoundariesTest {
    private static final Map<String, Set<String>> PUBLIC_API = Map.of(
            "identity", Set.of("Accounts", "Role", "Role$Names", "UserView", "MeView", "PasswordLink"),
            "catalog", Set.of("Catalog", "ProgramStatus", "Partner", "ProgramView", "ProgramView$Trainer", "ProgramSummaryView", "ModuleView", "ProgramFacts", "Participants"),
            "enrollment", Set.of("Enrollment"));

    private static Set<String> publicTypesOf(String feature) throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(FeatureBoundariesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("org/civitas").resolve(feature);
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(".class", "").replace('/', '.');
                if (name.startsWith("$") || name.contains(".$") || name.endsWith("package-info")) {
                    continue; // generated bean definitions and introspections
                }
                Class<?> type = Class.forName("org.civitas." + feature + "." + name, false, FeatureBoundariesTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers()) && !type.isSynthetic() && !name.contains("$Intercepted")) {
                    found.add(name);
                }
            }
        }
        return found;
    }

    @Test
    void featuresExposeOnlyTheirDeclaredPublicTypes() throws Exception {
        for (Map.Entry<String, Set<String>> feature : PUBLIC_API.entrySet()) {
            assertEquals(new TreeSet<>(feature.getValue()), publicTypesOf(feature.getKey()), feature.getKey());
        }
    }

    @Test
    void everyFeaturePackageIsListed() throws Exception {
        Path root = Path.of(FeatureBoundariesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes").resolve("org/civitas");
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String feature = dir.getFileName().toString();
                assertTrue(feature.equals("platform") || PUBLIC_API.containsKey(feature),
                        "feature package " + feature + " has no declared public API in " + FeatureBoundariesTest.class.getSimpleName());
            }
        }
    }
}
