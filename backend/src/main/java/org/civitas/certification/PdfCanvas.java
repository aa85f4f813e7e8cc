package org.civitas.certification;

import java.nio.charset.StandardCharsets;

/**
 * A page's content stream written directly as PDF operators. PDFBox's content stream class
 * would want a PDFont for every text, and building one per document is what this package avoids;
 * the operators a certificate needs are few.
 */
final class PdfCanvas {
    private final StringBuilder ops = new StringBuilder(8192);

    PdfCanvas fill(Rgb color) {
        color(color).append(" rg\n");
        return this;
    }

    PdfCanvas stroke(Rgb color) {
        color(color).append(" RG\n");
        return this;
    }

    PdfCanvas rectangle(float x, float y, float width, float height) {
        num(x).append(' ');
        num(y).append(' ');
        num(width).append(' ');
        num(height).append(" re\n");
        return this;
    }

    PdfCanvas fillPath() {
        ops.append("f\n");
        return this;
    }

    PdfCanvas strokePath(float lineWidth) {
        num(lineWidth).append(" w S\n");
        return this;
    }

    PdfCanvas line(float x1, float y1, float x2, float y2) {
        num(x1).append(' ');
        num(y1).append(" m ");
        num(x2).append(' ');
        num(y2).append(" l\n");
        return this;
    }

    /** Draws a named image XObject into the given box. */
    PdfCanvas image(String name, float x, float y, float width, float height) {
        ops.append("q ");
        num(width).append(" 0 0 ");
        num(height).append(' ');
        num(x).append(' ');
        num(y).append(" cm /").append(name).append(" Do Q\n");
        return this;
    }

    /** Starts a text object at a baseline position; runs of glyphs follow with {@link #glyphs}. */
    PdfCanvas beginText(float x, float y) {
        ops.append("BT ");
        num(x).append(' ');
        num(y).append(" Td\n");
        return this;
    }

    /** Selects a font and appends the hex string that shows glyphs, to be closed by {@link #endGlyphs}. */
    StringBuilder glyphs(String font, float size) {
        ops.append('/').append(font).append(' ');
        num(size).append(" Tf <");
        return ops;
    }

    PdfCanvas endGlyphs() {
        ops.append("> Tj\n");
        return this;
    }

    PdfCanvas endText() {
        ops.append("ET\n");
        return this;
    }

    byte[] bytes() {
        return ops.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private StringBuilder color(Rgb c) {
        num(c.red()).append(' ');
        num(c.green()).append(' ');
        return num(c.blue());
    }

    /** A number with at most three decimals, without the cost of a formatter. */
    private StringBuilder num(float value) {
        long scaled = Math.round(value * 1000.0);
        if (scaled < 0) {
            ops.append('-');
            scaled = -scaled;
        }
        ops.append(scaled / 1000);
        long fraction = scaled % 1000;
        if (fraction != 0) {
            ops.append('.');
            if (fraction < 100) {
                ops.append('0');
            }
            if (fraction < 10) {
                ops.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            ops.append(fraction);
        }
        return ops;
    }

    /** A colour with components from 0 to 1. */
    record Rgb(float red, float green, float blue) {
        static final Rgb BLACK = new Rgb(0, 0, 0);
        static final Rgb WHITE = new Rgb(1, 1, 1);

        /** {@code #RRGGBB}; the fallback when it is missing or malformed. */
        static Rgb parse(@org.jspecify.annotations.Nullable String hex, Rgb fallback) {
            if (hex == null || !hex.matches(CertificateDesign.COLOR)) {
                return fallback;
            }
            int v = Integer.parseInt(hex.substring(1), 16);
            return new Rgb(((v >> 16) & 0xFF) / 255f, ((v >> 8) & 0xFF) / 255f, (v & 0xFF) / 255f);
        }

        Rgb mix(Rgb other, float share) {
            return new Rgb(red + (other.red - red) * share, green + (other.green - green) * share,
                    blue + (other.blue - blue) * share);
        }
    }
}
