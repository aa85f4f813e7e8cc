package org.civitas.attendance;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("recording_views")
record RecordingViewRow(@Id @GeneratedValue @Nullable Long id,
                        long recordingId,
                        long userId,
                        String watched,
                        int watchedSeconds,
                        Instant reportedAt,
                        @Version @Nullable Long version) {
}
