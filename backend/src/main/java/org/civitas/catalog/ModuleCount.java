package org.civitas.catalog;

import io.micronaut.core.annotation.Introspected;

/** How many modules a program has, read for a page of programs at once. */
@Introspected
record ModuleCount(long programId, long modules) {
}
