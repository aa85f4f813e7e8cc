package org.civitas.catalog;

/**
 * Who takes part in a program. The catalog asks (participant-only materials); the enrollment
 * feature, which admits learners, answers. An interface here keeps the catalog from depending on
 * enrollment, which depends on the catalog.
 */
public interface Participants {
    boolean isAdmitted(long programId, long userId);
}
