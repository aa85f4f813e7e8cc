package org.civitas.platform.database;

/**
 * The demo content went into an empty database just now: features add what SQL cannot make
 * (certificates need their PDFs rendered and signed).
 */
public record DemoContentLoaded() {
}
