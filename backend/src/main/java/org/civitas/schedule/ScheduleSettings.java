package org.civitas.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** Settings of the schedule; every one has a default in application.yml. */
@ConfigurationProperties("civitas.schedule")
record ScheduleSettings(
        /* how long before a session its meeting link is shown to admitted participants */
        @Bindable(defaultValue = "30m") Duration meetingUrlRevealBefore,
        /* the reminders: a day before and an hour before the start */
        @Bindable(defaultValue = "24h") Duration firstReminder,
        @Bindable(defaultValue = "1h") Duration secondReminder) {
}
