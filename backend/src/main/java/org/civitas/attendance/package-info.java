/**
 * Attendance that can be trusted: one record per learner per session with its status, minutes,
 * how it was recorded and the full history of changes; self check-in with a short-lived code
 * bound to the session; the register for the program's trainers; exports.
 */
@NullMarked
package org.civitas.attendance;

import org.jspecify.annotations.NullMarked;
