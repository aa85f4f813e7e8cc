/**
 * Tables people upload, a CSV or an XLSX file, read as rows of text that keep the line they came
 * from, so that imports can report each bad row by its line number.
 */
@NullMarked
package org.civitas.platform.tables;

import org.jspecify.annotations.NullMarked;
