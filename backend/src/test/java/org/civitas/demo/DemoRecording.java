package org.civitas.demo;

import org.jcodec.api.SequenceEncoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes the demo content's recording at build time (Maven's prepare-package phase runs it into
 * the jar's {@code db/demo/files}): a twelve-second H.264 MP4 with a running seconds counter in
 * seven-segment digits and a progress bar, so a newcomer sees seeking work. Drawn straight into
 * the pixels: no fonts, no desktop libraries, the same bytes on every machine.
 */
public final class DemoRecording {
    static final int WIDTH = 320;
    static final int HEIGHT = 180;
    static final int FPS = 10;
    static final int SECONDS = 12;
    private static final int[] BACKGROUND = {20, 48, 92};
    private static final int[] BAR = {255, 213, 0};
    private static final int[] DIGIT = {245, 245, 245};
    /** Segments a..g of each digit, as in the usual seven-segment layout. */
    private static final int[] SEGMENTS = {0b1111110, 0b0110000, 0b1101101, 0b1111001, 0b0110011, 0b1011011, 0b1011111,
            0b1110000, 0b1111111, 0b1111011};

    private DemoRecording() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Files.createDirectories(target.getParent());
        write(target.toFile());
    }

    static void write(File target) throws IOException {
        SequenceEncoder encoder = SequenceEncoder.createSequenceEncoder(target, FPS);
        for (int frame = 0; frame < FPS * SECONDS; frame++) {
            encoder.encodeNativeFrame(frame(frame));
        }
        encoder.finish();
    }

    private static Picture frame(int frame) {
        Picture picture = Picture.create(WIDTH, HEIGHT, ColorSpace.RGB);
        fill(picture, 0, 0, WIDTH, HEIGHT, BACKGROUND);
        int second = frame / FPS;
        digit(picture, second / 10, 110, 40);
        digit(picture, second % 10, 170, 40);
        int progress = (WIDTH - 40) * (frame + 1) / (FPS * SECONDS);
        fill(picture, 20, 150, 20 + progress, 160, BAR);
        return picture;
    }

    private static void digit(Picture picture, int value, int x, int y) {
        int w = 40;
        int h = 36;
        int t = 8;
        int[][] rectangles = {
                {x, y, x + w, y + t}, {x + w - t, y, x + w, y + h}, {x + w - t, y + h, x + w, y + 2 * h},
                {x, y + 2 * h - t, x + w, y + 2 * h}, {x, y + h, x + t, y + 2 * h}, {x, y, x + t, y + h},
                {x, y + h - t / 2, x + w, y + h + t / 2}};
        for (int segment = 0; segment < 7; segment++) {
            if ((SEGMENTS[value] & (1 << (6 - segment))) != 0) {
                int[] r = rectangles[segment];
                fill(picture, r[0], r[1], r[2], r[3], DIGIT);
            }
        }
    }

    /** Paints [x0, x1) × [y0, y1) in an RGB colour; jcodec keeps samples interleaved R, G, B as value − 128. */
    private static void fill(Picture picture, int x0, int y0, int x1, int y1, int[] rgb) {
        byte[] pixels = picture.getPlaneData(0);
        for (int row = y0; row < y1; row++) {
            for (int col = x0; col < x1; col++) {
                int at = 3 * (row * WIDTH + col);
                for (int channel = 0; channel < 3; channel++) {
                    pixels[at + channel] = (byte) (rgb[channel] - 128);
                }
            }
        }
    }
}
