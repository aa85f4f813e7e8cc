/**
 * Question banks, quizzes and attempts. Questions come in six types, are kept in versions so a
 * past attempt is always scored against the question it saw, and travel in and out as GIFT and
 * Moodle XML.
 */
@NullMarked
package org.civitas.assessment;

import org.jspecify.annotations.NullMarked;
