package org.civitas.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/** Recordings: how large, and how long an unfinished upload waits to be continued. */
@ConfigurationProperties("civitas.recordings")
record RecordingSettings(
        @Bindable(defaultValue = "4GB") @ReadableBytes long maxSize,
        @Bindable(defaultValue = "24h") Duration unfinishedUploadExpiry) {
}
