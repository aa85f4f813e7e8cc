/**
 * Programs, their modules and trainers. {@link org.civitas.catalog.Catalog} is the entry point for
 * other features; rows, repositories and controllers stay package-private.
 */
@NullMarked
package org.civitas.catalog;

import org.jspecify.annotations.NullMarked;
