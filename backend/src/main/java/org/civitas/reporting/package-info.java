/**
 * Reports for providers and donors: a program's funnel, attendance, tests and certificates, broken
 * down by region, organization, category and gender, across programs for a period, as JSON and as
 * CSV/XLSX files. Reporting only reads: it counts in SQL over the tables the other features keep
 * (decision 0006) and never writes.
 */
@NullMarked
package org.civitas.reporting;

import org.jspecify.annotations.NullMarked;
