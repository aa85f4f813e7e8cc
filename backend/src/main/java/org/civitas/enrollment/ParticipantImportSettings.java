package org.civitas.enrollment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

@ConfigurationProperties("civitas.participant-imports")
record ParticipantImportSettings(
        /* the largest participant list accepted, counted while it uploads */
        @Bindable(defaultValue = "10MB") @ReadableBytes long maxFileSize,
        /* the most rows one list may have */
        @Bindable(defaultValue = "5000") int maxRows) {
}
