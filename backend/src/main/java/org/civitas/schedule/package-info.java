/**
 * Webinars and events of a program's modules: sessions with their time, place or meeting link,
 * registration with capacity and a waiting list, invitations, updates, cancellations and
 * reminders by email with iCalendar objects, and each person's calendar feed.
 */
@NullMarked
package org.civitas.schedule;

import org.jspecify.annotations.NullMarked;
