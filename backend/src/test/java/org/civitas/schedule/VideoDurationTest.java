package org.civitas.schedule;

import org.civitas.support.TestRecordings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The length of a recording read from its container: MP4 movie header, Matroska segment info. */
class VideoDurationTest {
    @TempDir
    Path dir;

    private OptionalInt seconds(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("video"), bytes);
        return VideoDuration.seconds(file);
    }

    private static byte[] box(String type, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        return ByteBuffer.allocate(8 + content.size()).putInt(8 + content.size())
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(content.toByteArray()).array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Test
    void anMp4StatesItsLengthInTheMovieHeaderWhereverTheMovieBoxLies() throws IOException {
        assertEquals(OptionalInt.of(100), seconds(TestRecordings.mp4(100)));

        ByteBuffer v1 = ByteBuffer.allocate(112).put((byte) 1).put(new byte[3]).putLong(0).putLong(0).putInt(90_000).putLong(90_000L * 3725 + 1);
        byte[] moovAtTheEnd = concat(box("ftyp", "mp42".getBytes(StandardCharsets.ISO_8859_1)),
                box("free"), box("mdat", new byte[20_000]), box("moov", box("trak"), box("mvhd", v1.array())));
        assertEquals(OptionalInt.of(3726), seconds(moovAtTheEnd), "version 1, 64-bit duration, rounded up");
    }

    @Test
    void aMatroskaFileStatesItsLengthInTheSegmentInfoOrNotAtAll() throws IOException {
        HexFormat hex = HexFormat.of();
        byte[] ebmlHeader = hex.parseHex("1A45DFA3" + "84" + "4286" + "8101"); // EBML, size 4: EBMLVersion 1
        // Segment of unknown size; Info (size 0x0E): TimecodeScale 1 000 000, Duration 95 500.0 as a float (ms)
        byte[] withDuration = concat(ebmlHeader, hex.parseHex("18538067" + "01FFFFFFFFFFFFFF"),
                hex.parseHex("1549A966" + "8E" + "2AD7B1" + "83" + "0F4240" + "4489" + "84"),
                ByteBuffer.allocate(4).putFloat(95_500f).array(), hex.parseHex("1F43B675" + "01FFFFFFFFFFFFFF"));
        assertEquals(OptionalInt.of(96), seconds(withDuration));

        byte[] live = concat(ebmlHeader, hex.parseHex("18538067" + "01FFFFFFFFFFFFFF"),
                hex.parseHex("1549A966" + "87" + "2AD7B1" + "83" + "0F4240"), hex.parseHex("1F43B675" + "01FFFFFFFFFFFFFF"));
        assertEquals(OptionalInt.empty(), seconds(live), "a live recording without a Duration");
    }

    @Test
    void noiseAndTruncatedFilesHaveNoLength() throws IOException {
        assertEquals(OptionalInt.empty(), seconds(new byte[]{0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p'}));
        assertEquals(OptionalInt.empty(), seconds(HexFormat.of().parseHex("1A45DFA3FF00")));
        assertEquals(OptionalInt.empty(), seconds(new byte[0]));
    }
}
