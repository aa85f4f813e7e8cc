package org.civitas.schedule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalInt;

/**
 * Reads how long a recording plays from its container, without decoding it: the {@code mvhd} box
 * of MP4/QuickTime (wherever {@code moov} lies, start or end), or the Duration in the Info of a
 * WebM/Matroska segment. Live-recorded WebM often has no duration; then there is none to read.
 */
final class VideoDuration {
    private static final int MATROSKA_SEGMENT = 0x18538067;
    private static final int MATROSKA_INFO = 0x1549A966;
    private static final int MATROSKA_TIMECODE_SCALE = 0x2AD7B1;
    private static final int MATROSKA_DURATION = 0x4489;
    private static final int MATROSKA_CLUSTER = 0x1F43B675;

    private VideoDuration() {
    }

    /** Whole seconds, rounded up; empty when the file does not say. */
    static OptionalInt seconds(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            double seconds = isMatroska(channel) ? matroska(channel) : mp4(channel, 0, channel.size());
            return seconds > 0 && seconds < Integer.MAX_VALUE ? OptionalInt.of((int) Math.ceil(seconds)) : OptionalInt.empty();
        } catch (RuntimeException malformed) {
            return OptionalInt.empty();
        }
    }

    private static boolean isMatroska(FileChannel channel) throws IOException {
        ByteBuffer head = read(channel, 0, 4);
        return head.remaining() == 4 && head.getInt() == 0x1A45DFA3;
    }

    /** Walks the boxes between start and end, into moov, to mvhd; -1 when there is none. */
    private static double mp4(FileChannel channel, long start, long end) throws IOException {
        long position = start;
        while (position + 8 <= end) {
            ByteBuffer header = read(channel, position, 16);
            if (header.remaining() < 8) {
                return -1;
            }
            long size = Integer.toUnsignedLong(header.getInt());
            String type = new String(new byte[]{header.get(), header.get(), header.get(), header.get()}, StandardCharsets.ISO_8859_1);
            int headerLength = 8;
            if (size == 1 && header.remaining() >= 8) {
                size = header.getLong();
                headerLength = 16;
            } else if (size == 0) {
                size = end - position;
            }
            if (size < headerLength) {
                return -1;
            }
            if (type.equals("moov")) {
                return mp4(channel, position + headerLength, Math.min(end, position + size));
            }
            if (type.equals("mvhd")) {
                return movieHeader(read(channel, position + headerLength, 32));
            }
            position += size;
        }
        return -1;
    }

    private static double movieHeader(ByteBuffer box) {
        int version = box.get() & 0xFF;
        box.position(box.position() + 3);
        long timescale;
        long duration;
        if (version == 1) {
            box.position(box.position() + 16);
            timescale = Integer.toUnsignedLong(box.getInt());
            duration = box.getLong();
        } else {
            box.position(box.position() + 8);
            timescale = Integer.toUnsignedLong(box.getInt());
            duration = Integer.toUnsignedLong(box.getInt());
        }
        return timescale == 0 || duration == 0xFFFFFFFFL ? -1 : (double) duration / timescale;
    }

    /** EBML header, then Segment, then its children until Info; stops at the first Cluster. */
    private static double matroska(FileChannel channel) throws IOException {
        long position = 0;
        long end = channel.size();
        while (position < end) {
            Element element = Element.at(channel, position);
            if (element.id() == MATROSKA_SEGMENT) {
                return segment(channel, element.dataStart(), element.size() < 0 ? end : Math.min(end, element.dataStart() + element.size()));
            }
            if (element.size() < 0) {
                return -1;
            }
            position = element.dataStart() + element.size();
        }
        return -1;
    }

    private static double segment(FileChannel channel, long start, long end) throws IOException {
        long position = start;
        while (position < end) {
            Element element = Element.at(channel, position);
            if (element.id() == MATROSKA_INFO && element.size() >= 0) {
                return info(channel, element.dataStart(), element.dataStart() + element.size());
            }
            if (element.id() == MATROSKA_CLUSTER || element.size() < 0) {
                return -1;
            }
            position = element.dataStart() + element.size();
        }
        return -1;
    }

    private static double info(FileChannel channel, long start, long end) throws IOException {
        long scale = 1_000_000;
        double duration = -1;
        long position = start;
        while (position < end) {
            Element element = Element.at(channel, position);
            if (element.size() < 0 || element.size() > 8) {
                position = element.size() < 0 ? end : element.dataStart() + element.size();
                continue;
            }
            ByteBuffer data = read(channel, element.dataStart(), (int) element.size());
            if (element.id() == MATROSKA_TIMECODE_SCALE) {
                scale = unsigned(data);
            } else if (element.id() == MATROSKA_DURATION) {
                duration = element.size() == 4 ? data.getFloat() : element.size() == 8 ? data.getDouble() : -1;
            }
            position = element.dataStart() + element.size();
        }
        return duration < 0 ? -1 : duration * scale / 1e9;
    }

    private static long unsigned(ByteBuffer data) {
        long value = 0;
        while (data.hasRemaining()) {
            value = (value << 8) | (data.get() & 0xFF);
        }
        return value;
    }

    /** An EBML element: its id (marker bits kept, as specifications write them), data start and size (-1: unknown). */
    private record Element(int id, long dataStart, long size) {
        static Element at(FileChannel channel, long position) throws IOException {
            ByteBuffer bytes = read(channel, position, 12);
            int first = bytes.get(0) & 0xFF;
            int idLength = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || idLength > 4 || bytes.remaining() < idLength + 1) {
                throw new IllegalStateException("not an EBML element at " + position);
            }
            int id = 0;
            for (int i = 0; i < idLength; i++) {
                id = (id << 8) | (bytes.get() & 0xFF);
            }
            int sizeFirst = bytes.get() & 0xFF;
            int sizeLength = Integer.numberOfLeadingZeros(sizeFirst) - 23;
            if (sizeFirst == 0 || bytes.remaining() < sizeLength - 1) {
                throw new IllegalStateException("not an EBML size at " + position);
            }
            long size = sizeFirst & (0xFF >> sizeLength);
            boolean unknown = size == (0xFF >> sizeLength);
            for (int i = 1; i < sizeLength; i++) {
                int b = bytes.get() & 0xFF;
                unknown &= b == 0xFF;
                size = (size << 8) | b;
            }
            return new Element(id, position + idLength + sizeLength, unknown ? -1 : size);
        }
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading until full or at the end of the file
        }
        return buffer.flip();
    }
}
