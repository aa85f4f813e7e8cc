package org.civitas.certification;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * The certificate's fonts: Liberation Sans (from a Maven artifact, OFL), prepared once for the
 * characters of Ukrainian, Russian and Western names and texts; for anything else a document gets
 * its own subset of the whole Liberation font, or of DejaVu Sans (Georgian, Armenian…), which costs
 * a parse and a subsetting (tens of milliseconds) but never shows a missing glyph. Nothing here ever looks at the system's fonts.
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

    /**
     * The fonts of one document, with their resource names in the given /Font dictionary; the text
     * is everything the document will show, so that characters outside the prepared set can be
     * given a font of their own for this document.
     */
    Page page(PDDocument document, COSDictionary fontResources, CharSequence text) {
        return new Page(document, fontResources, text);
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
     * each character: the prepared one, else a subset of the whole Liberation made for this
     * document, else one of DejaVu; a character none has is shown as "?".
     */
    final class Page {
        private final PDDocument document;
        private final COSDictionary resources;
        /** [face][bold]: the prepared fonts, then this document's own subsets, if it needs them. */
        private final @Nullable PreparedFont[][] faces = new PreparedFont[3][];
        private final boolean[][] embedded = new boolean[3][2];

        private Page(PDDocument document, COSDictionary resources, CharSequence text) {
            this.document = document;
            this.resources = resources;
            faces[0] = new PreparedFont[]{regular, bold};
            TreeSet<Integer> liberation = new TreeSet<>();
            TreeSet<Integer> dejavu = new TreeSet<>();
            text.codePoints().forEach(cp -> {
                if (regular.glyph(cp) == 0 && !Character.isISOControl(cp)) {
                    Fallback f = fallback();
                    if (f.liberation().get(cp)) {
                        liberation.add(cp);
                    } else if (f.dejavu().get(cp)) {
                        dejavu.add(cp);
                    }
                }
            });
            if (!liberation.isEmpty()) {
                int[] cps = liberation.stream().mapToInt(Integer::intValue).toArray();
                faces[1] = new PreparedFont[]{new PreparedFont(liberationRegular, cps, false), new PreparedFont(liberationBold, cps, true)};
            }
            if (!dejavu.isEmpty()) {
                Fallback f = fallback();
                int[] cps = dejavu.stream().mapToInt(Integer::intValue).toArray();
                faces[2] = new PreparedFont[]{new PreparedFont(f.dejavuRegular(), cps, false), new PreparedFont(f.dejavuBold(), cps, true)};
            }
        }

        /** Width of the text in points. */
        float width(String text, boolean isBold, float size) {
            int style = isBold ? 1 : 0;
            long total = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = visible(text.codePointAt(i));
                i += Character.charCount(text.codePointAt(i));
                for (int face = 0; face < faces.length; face++) {
                    PreparedFont font = faces[face] == null ? null : faces[face][style];
                    int glyph = font == null ? 0 : font.glyph(cp);
                    if (glyph != 0) {
                        total += font.width(glyph);
                        break;
                    }
                    if (face == faces.length - 1) {
                        total += faces[0][style].width(faces[0][style].glyph('?'));
                    }
                }
            }
            return total * size / 1000f;
        }

        /** Shows the text with its baseline starting at (x, y). */
        void show(PdfCanvas canvas, String text, boolean isBold, float size, float x, float y) throws IOException {
            int style = isBold ? 1 : 0;
            canvas.beginText(x, y);
            int runFace = -1;
            StringBuilder hex = null;
            for (int i = 0; i < text.length(); ) {
                int cp = visible(text.codePointAt(i));
                i += Character.charCount(text.codePointAt(i));
                int face = 0;
                int glyph = 0;
                for (; face < faces.length; face++) {
                    PreparedFont font = faces[face] == null ? null : faces[face][style];
                    glyph = font == null ? 0 : font.glyph(cp);
                    if (glyph != 0) {
                        break;
                    }
                }
                if (glyph == 0) {
                    face = 0;
                    glyph = faces[0][style].glyph('?');
                }
                if (face != runFace) {
                    if (hex != null) {
                        canvas.endGlyphs();
                    }
                    hex = canvas.glyphs(resourceName(face, style), size);
                    runFace = face;
                }
                hex4(hex, glyph);
            }
            if (hex != null) {
                canvas.endGlyphs();
            }
            canvas.endText();
        }

        private String resourceName(int face, int style) throws IOException {
            String name = "F" + (face * 2 + style);
            if (!embedded[face][style]) {
                resources.setItem(COSName.getPDFName(name), faces[face][style].embed(document.getDocument()));
                embedded[face][style] = true;
            }
            return name;
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
