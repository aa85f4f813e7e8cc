package org.civitas.attendance;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/** Settings of attendance; every one has a default in application.yml. */
@ConfigurationProperties("civitas.attendance")
record AttendanceSettings(
        /* how long before the start self check-in opens (it closes at the end) */
        @Bindable(defaultValue = "15m") Duration checkInOpensBefore,
        /* a check-in this long after the start counts as late */
        @Bindable(defaultValue = "15m") Duration lateAfter,
        /* wrong codes a learner may try per session within ten minutes */
        @Bindable(defaultValue = "10") int maxCodeAttempts,
        /* the share of a session's length a meeting report must show for "present" */
        @Bindable(defaultValue = "0.8") double presentThreshold,
        /* the largest meeting report accepted, counted while it uploads */
        @Bindable(defaultValue = "10MB") @ReadableBytes long maxReportSize) {
}
