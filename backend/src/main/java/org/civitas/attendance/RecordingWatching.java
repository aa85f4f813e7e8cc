package org.civitas.attendance;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramAccess;
import org.civitas.catalog.ProgramFacts;
import org.civitas.identity.Caller;
import org.civitas.platform.database.Deadlocks;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.RateLimiter;
import org.civitas.schedule.RecordingFacts;
import org.civitas.schedule.Schedule;
import org.jspecify.annotations.Nullable;
import io.micronaut.data.exceptions.DataAccessException;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Make-up by watching: the player reports each stretch it really played, the server keeps their
 * union and, where the program allows it, a learner who missed the session and played the
 * program's share of the recording is recorded present "via recording". A report may not claim
 * more playing than the time since the previous one allows (at double speed), so a script cannot
 * watch an hour in a second, and seeking ahead never adds what was skipped.
 */
@Singleton
class RecordingWatching {
    /** Playback speed the bound on a report allows for. */
    private static final int MAX_SPEED = 2;
    /** Slack for a report's timing: network delay, a paused tab reporting late. */
    private static final Duration SLACK = Duration.ofSeconds(30);
    /** What the first report of a learner may claim, with no earlier report to measure from. */
    private static final Duration FIRST_REPORT = Duration.ofSeconds(60);
    private final RecordingViewRepository views;
    private final AttendanceRepository records;
    private final Registers registers;
    private final Schedule schedule;
    private final Catalog catalog;
    private final ProgramAccess access;
    private final RateLimiter limits;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    RecordingWatching(RecordingViewRepository views, AttendanceRepository records, Registers registers, Schedule schedule,
                      Catalog catalog, ProgramAccess access, RateLimiter limits, TransactionOperations<Connection> transactions,
                      Clock clock) {
        this.views = views;
        this.records = records;
        this.registers = registers;
        this.schedule = schedule;
        this.catalog = catalog;
        this.access = access;
        this.limits = limits;
        this.transactions = transactions;
        this.clock = clock;
    }

    Views.WatchProgress progress(long recordingId, Caller caller) {
        RecordingFacts recording = watchable(recordingId, caller);
        int watched = views.findByRecordingIdAndUserId(recordingId, caller.id()).map(RecordingViewRow::watchedSeconds).orElse(0);
        return view(recording, caller.id(), watched);
    }

    Views.WatchProgress report(long recordingId, Views.Stretch stretch, Caller caller) {
        RecordingFacts recording = watchable(recordingId, caller);
        double from = stretch.from() == null ? 0 : stretch.from();
        double to = stretch.to() == null ? 0 : stretch.to();
        if (to <= from) {
            throw ApiException.invalidField("to", "not_after_from");
        }
        if (from >= recording.durationSeconds()) {
            throw ApiException.invalidField("from", "past_the_end");
        }
        Optional<Duration> wait = limits.acquire("recording-progress:" + caller.id(), 60, Duration.ofMinutes(1));
        if (wait.isPresent()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts", List.of(),
                    Map.of("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds()))));
        }
        long start = Math.round(from);
        long end = Math.min(Math.round(to), recording.durationSeconds());
        return Deadlocks.retried(transactions, status -> reporting(recording, start, end, to - from, caller.id()));
    }

    private Views.WatchProgress reporting(RecordingFacts recording, long start, long end, double claimed, long userId) {
        Instant now = clock.instant();
        RecordingViewRow current = locked(recording.id(), userId, now);
        Duration allowed = current.watched().isEmpty() ? FIRST_REPORT
                : Duration.between(current.reportedAt(), now).multipliedBy(MAX_SPEED).plus(SLACK);
        if (claimed > allowed.toSeconds()) {
            throw new ApiException(HttpStatus.CONFLICT, "progress_too_fast");
        }
        WatchedStretches watched = WatchedStretches.parse(current.watched()).with(start, end);
        if (watched.count() > WatchedStretches.MAX_STRETCHES) {
            throw new ApiException(HttpStatus.CONFLICT, "progress_too_fragmented");
        }
        int total = (int) Math.min(watched.total(), recording.durationSeconds());
        views.update(new RecordingViewRow(current.id(), current.recordingId(), userId, watched.format(), total, now, current.version()));
        Views.WatchProgress progress = view(recording, userId, total);
        if (!progress.sessionAttended() && !progress.attendedViaRecording() && progress.requiredShare() != null
                && WatchedStretches.makesUp(percent(recording), total, recording.durationSeconds())) {
            registers.watchedRecording(recording.session().id(), userId, total / 60, now);
            return view(recording, userId, total);
        }
        return progress;
    }

    /** The learner's row under its lock, made empty first if there is none (two at once: one insert wins, both lock it). */
    private RecordingViewRow locked(long recordingId, long userId, Instant now) {
        Optional<RecordingViewRow> row = views.lock(recordingId, userId);
        if (row.isPresent()) {
            return row.get();
        }
        try {
            views.save(new RecordingViewRow(null, recordingId, userId, "", 0, now, null));
        } catch (DataAccessException raced) {
            // the other report inserted it; lock theirs
        }
        return views.lock(recordingId, userId).orElseThrow();
    }

    private RecordingFacts watchable(long recordingId, Caller caller) {
        RecordingFacts recording = schedule.recording(recordingId).orElseThrow(ApiException::notFound);
        long programId = recording.session().programId();
        access.requireView(programId, caller);
        if (!access.isParticipant(programId, caller)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "not_a_participant");
        }
        return recording;
    }

    private Views.WatchProgress view(RecordingFacts recording, long userId, int watched) {
        Optional<AttendanceRow> record = records.findBySessionIdAndUserId(recording.session().id(), userId);
        boolean viaRecording = record.filter(r -> AttendanceRow.RECORDING.equals(r.source())
                && AttendanceStatus.PRESENT.code().equals(r.status())).isPresent();
        boolean attended = !viaRecording && record.filter(r -> AttendanceStatus.PRESENT.code().equals(r.status())
                || AttendanceStatus.LATE.code().equals(r.status())).isPresent();
        Integer percent = percent(recording);
        return new Views.WatchProgress(recording.id(), watched, recording.durationSeconds(),
                Math.min(1.0, (double) watched / recording.durationSeconds()), percent == null ? null : percent / 100.0,
                attended, viaRecording);
    }

    private @Nullable Integer percent(RecordingFacts recording) {
        return catalog.facts(recording.session().programId()).map(ProgramFacts::recordingMakeUpPercent).orElse(null);
    }
}
