package org.civitas.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.civitas.platform.boundaryfixture.PlatformReachingIntoAFeature;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the backend: one package per feature, each depending only on the features the map
 * below allows (and on platform, which depends on none), no cycles between them, and each offering
 * a few declared public types while its rows, repositories and controllers stay package-private.
 * A new feature, a new dependency or a new public type is a decision: add it here knowingly.
 */
class FeatureBoundariesTest {
    private static final String ROOT = "org.civitas";

    /** Which features each feature may use. Every feature may use platform; platform uses none. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "platform", Set.of(),
            "identity", Set.of(),
            "catalog", Set.of("identity"),
            "enrollment", Set.of("catalog", "identity"),
            "notifications", Set.of("enrollment", "catalog", "identity"),
            "schedule", Set.of("enrollment", "catalog", "identity"),
            "attendance", Set.of("schedule", "enrollment", "catalog", "identity"),
            "assessment", Set.of("enrollment", "catalog", "identity"),
            "certification", Set.of("attendance", "assessment", "schedule", "enrollment", "catalog", "identity"),
            "reporting", Set.of("certification", "catalog", "identity"));

    /** The public types of each feature: its entry point and the values it hands out. */
    private static final Map<String, Set<String>> PUBLIC_API = Map.of(
            "identity", Set.of("Accounts", "Caller", "Role", "Role$Names", "RolesChanged", "UserView", "MeView", "PasswordLink"),
            "catalog", Set.of("Catalog", "ProgramAccess", "ProgramStatus", "Partner", "ProgramView", "ProgramView$Trainer",
                    "ProgramSummaryView", "ModuleView", "ProgramFacts", "Participants"),
            "enrollment", Set.of("Enrollment", "Participant", "ApplicationSubmitted", "ApplicationDecided"),
            "notifications", Set.of(),
            "schedule", Set.of("Schedule", "SessionFacts", "RecordingFacts"),
            "attendance", Set.of("Attendance", "AttendanceRecorded"),
            "assessment", Set.of("QuizPassed", "Grades", "QuizFacts"),
            "certification", Set.of("Certification", "AttendanceRule"),
            "reporting", Set.of());

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** One rule per feature: it depends on nothing of ours outside itself, platform and what the map allows. */
    static ArchRule dependencyRule(String feature) {
        Set<String> allowed = new TreeSet<>(ALLOWED.get(feature));
        allowed.add(feature);
        if (!feature.equals("platform")) {
            allowed.add("platform");
        }
        String[] forbidden = ALLOWED.keySet().stream().filter(f -> !allowed.contains(f))
                .map(f -> ROOT + "." + f + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .because(feature + " may use only " + allowed)
                .allowEmptyShould(true);
    }

    @Test
    void everyFeatureUsesOnlyWhatTheMapAllows() {
        for (String feature : ALLOWED.keySet()) {
            dependencyRule(feature).check(MAIN);
        }
    }

    @Test
    void featuresDependOnEachOtherWithoutCycles() {
        SlicesRuleDefinition.slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theRuleCatchesADependencyTheMapDoesNotAllow() {
        JavaClasses bad = new ClassFileImporter().importClasses(PlatformReachingIntoAFeature.class);
        EvaluationResult result = dependencyRule("platform").evaluate(bad);
        assertTrue(result.hasViolation(), "platform reaching into enrollment must be refused");
        assertTrue(result.getFailureReport().toString().contains("org.civitas.enrollment.Enrollment"), result.getFailureReport().toString());
        assertFalse(dependencyRule("enrollment").evaluate(bad).hasViolation(), "the fixture is not in enrollment");
    }

    @Test
    void everyPackageIsInTheMap() {
        Set<String> packages = MAIN.stream().map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + "."))
                .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ALLOWED.keySet()), packages, "a new feature package gets its line in ALLOWED and PUBLIC_API");
    }

    /** Public, and every type it is nested in public too: a record inside a package-private interface reaches nobody. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void featuresExposeOnlyTheirDeclaredPublicTypes() {
        for (Map.Entry<String, Set<String>> feature : PUBLIC_API.entrySet()) {
            Set<String> found = MAIN.stream()
                    .filter(c -> c.getPackageName().equals(ROOT + "." + feature.getKey()))
                    .filter(c -> !c.getSimpleName().startsWith("$") && !c.getName().contains(".$") && !c.getName().contains("$$"))
                    .filter(c -> !c.getName().contains("$Intercepted") && !c.getSimpleName().equals("package-info"))
                    .filter(c -> reachable(c.reflect()) && !c.reflect().isSynthetic())
                    .map(c -> c.getName().substring(c.getPackageName().length() + 1))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(feature.getValue()), found, feature.getKey());
        }
    }
}
