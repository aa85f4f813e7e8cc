package org.civitas.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/**
 * Recordings: how large, how long an unfinished upload waits to be continued, and, behind nginx,
 * the internal location it serves stored files from (empty: the platform streams them itself).
 */
@ConfigurationProperties("civitas.recordings")
record RecordingSettings(
        @Bindable(defaultValue = "4GB") @ReadableBytes long maxSize,
        @Bindable(defaultValue = "24h") Duration unfinishedUploadExpiry,
        /* e.g. /protected-files/: playing answers X-Accel-Redirect to it plus the file's key, and nginx sends the bytes */
        @Bindable(defaultValue = "") String accelRedirect) {
}
