package org.civitas.schedule;

/**
 * What other features need to know of a recording: attendance measures watching against
 * {@code durationSeconds}, the length the file states or, when it states none, the session's.
 */
public record RecordingFacts(long id, SessionFacts session, int durationSeconds) {
}
