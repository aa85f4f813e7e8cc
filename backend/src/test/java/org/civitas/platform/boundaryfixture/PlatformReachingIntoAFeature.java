package org.civitas.platform.boundaryfixture;

import org.civitas.enrollment.Enrollment;

/**
 * A deliberately bad class for FeatureBoundariesTest: platform code using a feature. It lives in the
 * test tree only, where the rule is shown to refuse it.
 */
public final class PlatformReachingIntoAFeature {
    private PlatformReachingIntoAFeature() {
    }

    public static boolean peek(Enrollment enrollment) {
        return enrollment.isAdmitted(1, 1);
    }
}
