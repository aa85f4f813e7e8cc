package org.civitas.assessment;

import io.micronaut.core.annotation.Introspected;

/** How many live questions a category holds. */
@Introspected
record CategoryCount(long categoryId, long questions) {
}
