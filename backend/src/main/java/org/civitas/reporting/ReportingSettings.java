package org.civitas.reporting;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/** Settings of reports; every one has a default in application.yml. */
@ConfigurationProperties("civitas.reports")
record ReportingSettings(
        /* in reports meant for donors, a count of people below this shows as "< N" (0: never) */
        @Bindable(defaultValue = "5") int donorMinimumCell) {
}
