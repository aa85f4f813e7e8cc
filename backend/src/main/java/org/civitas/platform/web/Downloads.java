package org.civitas.platform.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.http.server.types.files.SystemFile;
import org.civitas.platform.storage.FileStorage;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a stored file, answering a Range request (RFC 9110) with the part asked for: 206 with
 * Content-Range for {@code bytes=a-b}, {@code bytes=a-} and the suffix {@code bytes=-n} (so
 * players seek and interrupted downloads resume), 416 with {@code bytes *}{@code /size} for a range
 * past the end. Several ranges at once get the whole file, as the RFC allows. Whole files on this
 * machine's disk go out without copying through the JVM.
 */
public final class Downloads {
    private static final Pattern SINGLE = Pattern.compile("^bytes=(\\d*)-(\\d*)$");

    private Downloads() {
    }

    public static MutableHttpResponse<?> of(HttpRequest<?> request, FileStorage.Content content, MediaType type) {
        long size = content.size();
        Range range = range(request.getHeaders().get(HttpHeaders.RANGE), size);
        if (range == null) {
            Object body = content.localPath().<Object>map(path -> new SystemFile(path.toFile(), type))
                    .orElseGet(() -> new StreamedFile(open(content, 0), type, 0, size));
            return HttpResponse.ok(body).contentType(type).header(HttpHeaders.ACCEPT_RANGES, "bytes");
        }
        if (range.unsatisfiable()) {
            return HttpResponse.status(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE).header(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
        }
        long length = range.end() - range.start() + 1;
        InputStream part = new Part(open(content, range.start()), length);
        return HttpResponse.status(HttpStatus.PARTIAL_CONTENT).body(new StreamedFile(part, type, 0, length)).contentType(type)
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header(HttpHeaders.CONTENT_RANGE, "bytes " + range.start() + "-" + range.end() + "/" + size);
    }

    /** A file made for the asker (an export), sent as an attachment under this name and never sniffed as anything else. */
    public static MutableHttpResponse<Writable> attachment(Writable body, String type, String name) {
        return HttpResponse.ok(body).contentType(MediaType.of(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff");
    }

    record Range(long start, long end, boolean unsatisfiable) {
    }

    /** The one range asked for, within the size; null for none, several, or a header that is not a byte range. */
    static @Nullable Range range(@Nullable String header, long size) {
        if (header == null) {
            return null;
        }
        Matcher single = SINGLE.matcher(header.strip());
        if (!single.matches() || single.group(1).isEmpty() && single.group(2).isEmpty()) {
            return null;
        }
        try {
            if (single.group(1).isEmpty()) {
                long suffix = Long.parseLong(single.group(2));
                return suffix == 0 || size == 0 ? new Range(0, 0, true) : new Range(Math.max(0, size - suffix), size - 1, false);
            }
            long start = Long.parseLong(single.group(1));
            long end = single.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(single.group(2)), size - 1);
            if (start >= size) {
                return new Range(0, 0, true);
            }
            return end < start ? null : new Range(start, end, false);
        } catch (NumberFormatException tooLong) {
            return new Range(0, 0, true);
        }
    }

    /** The first bytes of a stream, then its end. */
    private static final class Part extends java.io.FilterInputStream {
        private long left;

        Part(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    private static InputStream open(FileStorage.Content content, long from) {
        try {
            InputStream in = content.open();
            in.skipNBytes(from);
            return in;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
