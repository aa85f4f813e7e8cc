/**
 * Applications to programs and admission: each program's questionnaire, learners' applications,
 * administrators' decisions. {@link org.civitas.enrollment.Enrollment} is the entry point.
 */
@NullMarked
package org.civitas.enrollment;

import org.jspecify.annotations.NullMarked;
