package org.civitas.schedule;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.database.DataDirectory;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.FileNames;
import org.civitas.platform.storage.FileStorage;
import org.civitas.platform.storage.LimitedInputStream;
import org.civitas.platform.storage.StoredFileRemoval;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Recordings of sessions, uploaded resumably (tus 1.0: creation, HEAD for the offset, PATCH to
 * append, termination): the bytes go straight to a file in the data directory as they arrive, a
 * dropped upload continues from the last byte the server recorded, and when the last byte is in,
 * the file is checked by its content (MP4/QuickTime or WebM/Matroska) and kept. Participants and
 * the program's staff watch them with seeking (Range requests).
 */
@Singleton
class Recordings {
    private static final Logger LOG = LoggerFactory.getLogger(Recordings.class);
    private static final Map<String, String> TYPES = Map.of("mp4", "video/mp4", "m4v", "video/mp4", "mov", "video/quicktime",
            "webm", "video/webm", "mkv", "video/x-matroska");
    private static final Map<String, String> EXTENSIONS = Map.of("video/mp4", "mp4", "video/quicktime", "mov",
            "video/webm", "webm", "video/x-matroska", "mkv");
    private final RecordingRepository recordings;
    private final UploadRepository uploads;
    private final SessionRepository sessions;
    private final ProgramAccess access;
    private final FileStorage storage;
    private final StoredFileRemoval removal;
    private final RecordingSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, ReentrantLock> appending = new ConcurrentHashMap<>();

    Recordings(RecordingRepository recordings, UploadRepository uploads, SessionRepository sessions, ProgramAccess access,
               FileStorage storage, StoredFileRemoval removal, RecordingSettings settings, AuditLog audit, Clock clock) {
        this.recordings = recordings;
        this.uploads = uploads;
        this.sessions = sessions;
        this.access = access;
        this.storage = storage;
        this.removal = removal;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    @Serdeable
    record RecordingView(long id, long sessionId, String fileName, String contentType, long size, @Nullable Integer durationSeconds,
                         Instant createdAt, String url) {
        static RecordingView of(RecordingRow row) {
            long id = row.id() == null ? 0 : row.id();
            return new RecordingView(id, row.sessionId(), row.fileName(), row.contentType(), row.size(), row.durationSeconds(), row.createdAt(),
                    "/api/recordings/" + id + "/file");
        }
    }

    /** A stored recording ready to stream; {@code accelRedirect} is where nginx finds it, when nginx sends the bytes. */
    record Playback(FileStorage.Content content, String contentType, String fileName, @Nullable String accelRedirect) {
    }

    /** Where a player fetches a recording: a signed URL nginx checks until {@code expiresAt}, or the file endpoint (no expiry). */
    @Serdeable
    record PlaybackUrl(String url, @Nullable Instant expiresAt) {
    }

    long maxSize() {
        return settings.maxSize();
    }

    /** Starts an upload (tus creation); answers its id. */
    String create(long sessionId, long length, @Nullable String clientFileName, Caller caller) {
        SessionRow session = sessions.findById(sessionId).orElseThrow(ApiException::notFound);
        access.requireManage(session.programId(), caller);
        String fileName = FileNames.clean(clientFileName);
        if (type(fileName).isEmpty()) {
            throw typeNotAllowed();
        }
        if (length > settings.maxSize()) {
            throw tooLarge();
        }
        try {
            Files.createDirectories(root());
            if (Files.getFileStore(root()).getUsableSpace() < length + 256L * 1024 * 1024) {
                throw new ApiException(HttpStatus.INSUFFICIENT_STORAGE, "storage_full");
            }
            String id = UUID.randomUUID().toString().replace("-", "");
            Files.createFile(root().resolve(id));
            Instant now = clock.instant();
            uploads.save(new UploadRow(id, sessionId, fileName, length, 0, caller.id(), now, now.plus(settings.unfinishedUploadExpiry())));
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    UploadRow upload(String id, Caller caller) {
        UploadRow upload = uploads.findById(id).orElseThrow(ApiException::notFound);
        SessionRow session = sessions.findById(upload.sessionId()).orElseThrow(ApiException::notFound);
        if (!access.canManage(session.programId(), caller)) {
            throw ApiException.notFound();
        }
        return upload;
    }

    /**
     * Appends the bytes at the offset the client says it is at (tus PATCH); 409 when that is not
     * where the server is. Bytes past the upload's length are refused while they stream. Answers
     * the new offset; with the last byte the recording is checked and kept.
     */
    long append(String id, long offset, InputStream body, Caller caller) {
        upload(id, caller);
        return exclusively(id, () -> appending(id, offset, body));
    }

    private long appending(String id, long offset, InputStream body) {
        UploadRow upload = uploads.findById(id).orElseThrow(ApiException::notFound);
        if (offset != upload.uploadOffset()) {
            throw new ApiException(HttpStatus.CONFLICT, "upload_offset_mismatch");
        }
        Path file = root().resolve(id);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            // bytes a crash left past the recorded offset are not trusted
            channel.truncate(offset);
            channel.position(offset);
            OutputStream out = Channels.newOutputStream(channel);
            new LimitedInputStream(body, upload.uploadLength() - offset, Recordings::pastLength).transferTo(out);
            out.flush();
            channel.force(false);
        } catch (ApiException refused) {
            throw refused; // this PATCH counts for nothing: the offset stays, its bytes are cut off next time
        } catch (IOException | RuntimeException dropped) {
            // a dropped connection: what arrived counts, and the client continues from there
            LOG.info("Upload {} stopped at {} of {} bytes: {}", id, fileSize(file), upload.uploadLength(), dropped.toString());
        }
        long now = Math.min(fileSize(file), upload.uploadLength());
        uploads.advance(id, now);
        if (now == upload.uploadLength()) {
            finish(upload, file);
        }
        return now;
    }

    /** Gives up an upload (tus termination): its bytes and its record go, but not under a PATCH still writing them. */
    void terminate(String id, Caller caller) {
        upload(id, caller);
        exclusively(id, () -> {
            delete(id);
            return null;
        });
    }

    /** One request at a time writes or removes an upload's bytes; another meanwhile gets 423. */
    private <T> T exclusively(String id, Supplier<T> work) {
        ReentrantLock lock = appending.computeIfAbsent(id, k -> new ReentrantLock());
        if (!lock.tryLock()) {
            throw new ApiException(HttpStatus.LOCKED, "upload_in_progress");
        }
        try {
            return work.get();
        } finally {
            lock.unlock();
            appending.remove(id, lock);
        }
    }

    List<RecordingView> ofSession(long sessionId, @Nullable Caller caller) {
        SessionRow session = sessions.findById(sessionId).orElseThrow(ApiException::notFound);
        access.requireView(session.programId(), caller);
        if (!access.canReadParticipantContent(session.programId(), caller)) {
            return List.of();
        }
        return recordings.findBySessionIdOrderById(sessionId).stream().map(RecordingView::of).toList();
    }

    Playback playback(long recordingId, @Nullable Caller caller) {
        RecordingRow row = watchable(recordingId, caller);
        FileStorage.Content content = storage.open(row.storageKey()).orElseThrow(ApiException::notFound);
        String accel = settings.accelRedirect().isBlank() ? null : settings.accelRedirect() + row.storageKey();
        return new Playback(content, row.contentType(), row.fileName(), accel);
    }

    /**
     * Where to play the recording from, for whoever may watch it (the file endpoint's rule and
     * answers): with a signing secret, a URL nginx serves until it expires without asking again;
     * without one, the file endpoint, so that players always ask here first.
     */
    PlaybackUrl playbackUrl(long recordingId, Caller caller) {
        RecordingRow row = watchable(recordingId, caller);
        if (storage.open(row.storageKey()).isEmpty()) {
            throw ApiException.notFound();
        }
        if (!settings.signsUrls()) {
            return new PlaybackUrl("/api/recordings/" + recordingId + "/file", null);
        }
        Instant expires = clock.instant().plus(settings.signedUrlLifetime()).truncatedTo(ChronoUnit.SECONDS);
        // the extension gives nginx the Content-Type (the stored file's name has none)
        String path = row.storageKey() + "." + EXTENSIONS.getOrDefault(row.contentType(), "mp4");
        return new PlaybackUrl(SignedMediaUrls.sign(settings.signedUrlPrefix(), path, expires.getEpochSecond(),
                settings.signedUrlSecret()), expires);
    }

    /** The recording, when the caller may watch it: its program's admitted participants and staff; 404 to anyone else. */
    private RecordingRow watchable(long recordingId, @Nullable Caller caller) {
        RecordingRow row = recordings.findById(recordingId).orElseThrow(ApiException::notFound);
        SessionRow session = sessions.findById(row.sessionId()).orElseThrow(ApiException::notFound);
        if (!access.canReadParticipantContent(session.programId(), caller)) {
            throw ApiException.notFound();
        }
        return row;
    }

    @Transactional
    void remove(long recordingId, Caller caller) {
        RecordingRow row = recordings.findById(recordingId).orElseThrow(ApiException::notFound);
        SessionRow session = sessions.findById(row.sessionId()).orElseThrow(ApiException::notFound);
        access.requireManage(session.programId(), caller);
        recordings.delete(row);
        removal.removeAfterCommit(List.of(row.storageKey()));
        audit.record("recording.deleted", caller.id(), "session", row.sessionId(), null, "recording=" + recordingId);
    }

    /** Every recording with its size and session, for administrators watching the disk. */
    PageView<RecordingView> inventory(int page, int size) {
        return PageView.of(recordings.findAllOrderByIdDesc(Pageable.from(page, size)), RecordingView::of);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void expire() {
        for (UploadRow upload : uploads.findByExpiresAtLessThan(clock.instant())) {
            LOG.info("Upload {} for session {} expired unfinished", upload.id(), upload.sessionId());
            delete(upload.id());
        }
    }

    private void finish(UploadRow upload, Path file) {
        String contentType = type(upload.fileName()).orElseThrow();
        try {
            FileStorage.Stored<OptionalInt> stored = storage.adopt(file, (path, size) -> {
                if (!isVideo(path)) {
                    throw typeNotAllowed();
                }
                return VideoDuration.seconds(path);
            });
            Integer duration = stored.inspected().isPresent() ? stored.inspected().getAsInt() : null;
            RecordingRow saved = recordings.save(new RecordingRow(null, upload.sessionId(), stored.key(), upload.fileName(), contentType,
                    stored.size(), duration, upload.createdBy(), clock.instant()));
            audit.record("recording.uploaded", upload.createdBy(), "session", upload.sessionId(), null,
                    "recording=" + saved.id() + " size=" + stored.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            uploads.deleteById(upload.id());
        }
    }

    private void delete(String id) {
        try {
            Files.deleteIfExists(root().resolve(id));
        } catch (IOException e) {
            LOG.warn("Could not remove the bytes of upload {}", id, e);
        }
        uploads.deleteById(id);
    }

    /** MP4 and QuickTime start with a box whose type is ftyp; WebM and Matroska with the EBML magic. */
    static boolean isVideo(Path file) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        boolean ftyp = n >= 8 && head[4] == 'f' && head[5] == 't' && head[6] == 'y' && head[7] == 'p';
        boolean ebml = n >= 4 && (head[0] & 0xFF) == 0x1A && (head[1] & 0xFF) == 0x45 && (head[2] & 0xFF) == 0xDF && (head[3] & 0xFF) == 0xA3;
        return ftyp || ebml;
    }

    private static Optional<String> type(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        return DataDirectory.resolve().resolve("tmp").resolve("resumable");
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file_too_large", List.of(new ApiException.FieldError(
                "file", "file_too_large", Math.max(1, settings.maxSize() / (1024 * 1024)))), Map.of());
    }

    private static ApiException typeNotAllowed() {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "recording_type_not_allowed",
                List.of(new ApiException.FieldError("file", "recording_type_not_allowed")), Map.of());
    }

    private static ApiException pastLength() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "upload_past_length");
    }
}
