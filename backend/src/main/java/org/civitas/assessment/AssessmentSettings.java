package org.civitas.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/** Settings of question banks; defaults in application.yml. */
@ConfigurationProperties("civitas.assessment")
record AssessmentSettings(
        /* the largest GIFT or Moodle XML file accepted (images inside make XML large), counted while it uploads */
        @Bindable(defaultValue = "30MB") @ReadableBytes long maxImportSize,
        /* how long after an attempt's deadline its last answers are still taken (a save in flight when time ran out) */
        @Bindable(defaultValue = "30s") Duration saveGrace) {
}
