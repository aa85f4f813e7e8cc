package org.civitas.certification;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.stream.IntStream;

/**
 * The certificate's fonts: Liberation Sans (from a Maven artifact, OFL), prepared once for the
 * characters of Ukrainian, Russian and Western names and texts; anything else falls back, per
 * document, to a subset of the whole Liberation font and then of DejaVu Sans (Georgian, Armenian…),
 * which costs more but never shows a missing glyph. Nothing here ever looks at the system's fonts.
 */
final class CertificateFonts {
    /** What nearly every certificate needs; everything outside it takes the slower fallback. */
    static final int[] PREPARED = java.util.stream.Stream.of(
                    IntStream.rangeClosed(0x20, 0x7E).toArray(),
                    IntStream.rangeClosed(0xA0, 0xFF).toArray(),       // Latin-1: «», ©, °, é, ü…
                    IntStream.rangeClosed(0x100, 0x17F).toArray(),     // Latin Extended-A: Polish, Czech, Baltic…
                    IntStream.rangeClosed(0x400, 0x45F).toArray(),     // Cyrillic: Ukrainian, Russian, Belarusian…
                    new int[]{0x490, 0x491, 0x2BC, 0x2116, 0x20B4, 0x20AC, 0x2122, 0x2030, 0x2039, 0x203A},
                    IntStream.rangeClosed(0x2010, 0x2027).toArray())   // dashes, quotes, bullet, ellipsis
            .flatMapToInt(IntStream::of).toArray();

    private static final String LIBERATION_REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String LIBERATION_BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String DEJAVU_REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String DEJAVU_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    final PreparedFont regular;
    final PreparedFont bold;
    private final byte[] liberationRegular;
    private final byte[] liberationBold;
    private volatile @Nullable Fallback fallback;

    CertificateFonts() {
        liberationRegular = resource(LIBERATION_REGULAR);
        liberationBold = resource(LIBERATION_BOLD);
        regular = new PreparedFont(liberationRegular, PREPARED, false);
        bold = new PreparedFont(liberationBold, PREPARED, true);
    }

    /** The fonts of one document, with their resource names in the given /Font dictionary. */
    Page page(PDDocument document, COSDictionary fontResources) throws IOException {
        return new Page(document, fontResources);
    }

    /** The whole fonts, read only when a certificate first needs a character the prepared set lacks. */
    private Fallback fallback() {
        Fallback f = fallback;
        if (f == null) {
            synchronized (this) {
                f = fallback;
                if (f == null) {
                    byte[] dejavuRegular = resource(DEJAVU_REGULAR);
                    f = new Fallback(coverage(liberationRegular), dejavuRegular, resource(DEJAVU_BOLD), coverage(dejavuRegular));
                    fallback = f;
                }
            }
        }
        return f;
    }

    private record Fallback(BitSet liberation, byte[] dejavuRegular, byte[] dejavuBold, BitSet dejavu) {
    }

    private static BitSet coverage(byte[] ttf) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            BitSet covered = new BitSet();
            for (int cp = 0x20; cp < 0x30000; cp++) {
                if (cmap.getGlyphId(cp) != 0) {
                    covered.set(cp);
                }
            }
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificateFonts.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("font " + name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    /**
     * Measures and shows text in one document. A string is cut into runs by the font that has
     * each character: the prepared one, else a per-document subset of the whole Liberation, else
     * of DejaVu; a character none has is shown as "?".
     */
    final class Page {
        private static final int PREPARED_FACE = 0;
        private static final int LIBERATION_FACE = 1;
        private static final int DEJAVU_FACE = 2;

        private final PDDocument document;
        private final COSDictionary resources;
        /** Per document and only when needed: [face][bold]. */
        private final @Nullable PDType0Font[][] loaded = new PDType0Font[3][2];
        private boolean preparedEmbedded;

        private Page(PDDocument document, COSDictionary resources) {
            this.document = document;
            this.resources = resources;
        }

        /** Width of the text in points. */
        float width(String text, boolean isBold, float size) throws IOException {
            PreparedFont prepared = isBold ? bold : regular;
            long total = 0;
            float other = 0;
            for (int i = 0; i < text.length(); ) {
                int original = text.codePointAt(i);
                i += Character.charCount(original);
                int cp = visible(original);
                int glyph = prepared.glyph(cp);
                if (glyph != 0) {
                    total += prepared.width(glyph);
                } else {
                    int face = face(cp);
                    if (face == PREPARED_FACE) {
                        total += prepared.width(prepared.glyph('?'));
                    } else {
                        PDType0Font font = font(face, isBold);
                        other += font.getStringWidth(new String(Character.toChars(cp)));
                    }
                }
            }
            return (total + other) * size / 1000f;
        }

        /** Shows the text with its baseline starting at (x, y). */
        void show(PdfCanvas canvas, String text, boolean isBold, float size, float x, float y) throws IOException {
            PreparedFont prepared = isBold ? bold : regular;
            canvas.beginText(x, y);
            int runFace = -1;
            StringBuilder hex = null;
            for (int i = 0; i < text.length(); ) {
                int original = text.codePointAt(i);
                i += Character.charCount(original);
                int cp = visible(original);
                int glyph = prepared.glyph(cp);
                int face = glyph != 0 ? PREPARED_FACE : face(cp);
                if (face == PREPARED_FACE && glyph == 0) {
                    glyph = prepared.glyph('?');
                }
                if (face != runFace) {
                    if (hex != null) {
                        canvas.endGlyphs();
                    }
                    hex = canvas.glyphs(resourceName(face, isBold), size);
                    runFace = face;
                }
                if (face == PREPARED_FACE) {
                    hex4(hex, glyph);
                } else {
                    PDType0Font font = font(face, isBold);
                    font.addToSubset(cp);
                    for (byte b : font.encode(new String(Character.toChars(cp)))) {
                        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
                    }
                }
            }
            if (hex != null) {
                canvas.endGlyphs();
            }
            canvas.endText();
        }

        private int face(int cp) {
            Fallback f = fallback();
            if (f.liberation().get(cp)) {
                return LIBERATION_FACE;
            }
            return f.dejavu().get(cp) ? DEJAVU_FACE : PREPARED_FACE;
        }

        private String resourceName(int face, boolean isBold) throws IOException {
            if (face == PREPARED_FACE) {
                if (!preparedEmbedded) {
                    // both prepared fonts at once: every certificate uses both
                    resources.setItem(COSName.getPDFName("F0"), regular.embed(document.getDocument()));
                    resources.setItem(COSName.getPDFName("F1"), bold.embed(document.getDocument()));
                    preparedEmbedded = true;
                }
                return isBold ? "F1" : "F0";
            }
            font(face, isBold);
            return "F" + (face * 2 + (isBold ? 1 : 0));
        }

        private PDType0Font font(int face, boolean isBold) throws IOException {
            PDType0Font font = loaded[face][isBold ? 1 : 0];
            if (font == null) {
                Fallback f = fallback();
                byte[] ttf = face == LIBERATION_FACE ? (isBold ? liberationBold : liberationRegular)
                        : (isBold ? f.dejavuBold() : f.dejavuRegular());
                font = PDType0Font.load(document, new ByteArrayInputStream(ttf), true);
                loaded[face][isBold ? 1 : 0] = font;
                resources.setItem(COSName.getPDFName("F" + (face * 2 + (isBold ? 1 : 0))), font.getCOSObject());
            }
            return font;
        }

        /** Line breaks and tabs become spaces and other control characters a question mark. */
        private static int visible(int cp) {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                return ' ';
            }
            return Character.isISOControl(cp) ? '?' : cp;
        }

        private static void hex4(StringBuilder out, int glyph) {
            out.append(Character.forDigit((glyph >> 12) & 0xF, 16)).append(Character.forDigit((glyph >> 8) & 0xF, 16))
                    .append(Character.forDigit((glyph >> 4) & 0xF, 16)).append(Character.forDigit(glyph & 0xF, 16));
        }
    }
}
