package org.civitas.schedule;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;

/**
 * Recordings: how large, how long an unfinished upload waits to be continued, and, behind nginx,
 * how nginx sends the stored files: the internal location an access check redirects to (empty: the
 * platform streams them itself), or the secret nginx checks signed playback URLs with.
 */
@ConfigurationProperties("civitas.recordings")
record RecordingSettings(
        @Bindable(defaultValue = "4GB") @ReadableBytes long maxSize,
        @Bindable(defaultValue = "24h") Duration unfinishedUploadExpiry,
        /* e.g. /protected-files/: playing answers X-Accel-Redirect to it plus the file's key, and nginx sends the bytes */
        @Bindable(defaultValue = "") String accelRedirect,
        /* shared with nginx's secure_link_md5; empty: no signed URLs, players use the file endpoint */
        @Bindable(defaultValue = "") String signedUrlSecret,
        /* nginx's location for signed URLs: the file's key follows it */
        @Bindable(defaultValue = "/media/") String signedUrlPrefix,
        /*
         * How long a signed URL plays. A player asks once and then makes every range request (each
         * seek, each buffered stretch) with the same URL, so it must outlast a long recording watched
         * with pauses; the player asks again when it expires anyway. The cost of a longer lifetime: a
         * copied URL, or a learner removed from the program meanwhile, plays until it ends.
         */
        @Bindable(defaultValue = "6h") Duration signedUrlLifetime) {

    boolean signsUrls() {
        return !signedUrlSecret.isBlank();
    }
}
