package org.civitas.certification;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.Deflater;

/**
 * A TrueType font cut down once, at start-up, to the characters certificates nearly always need,
 * and kept ready to embed: the font file and its ToUnicode map already compressed, widths and
 * glyph ids in arrays. Embedding it in a document is then a copy of a few kilobytes, where PDFBox's
 * own per-document subsetting (which this replaces on the common path) costs most of a
 * certificate's time. It is still an embedded subset font (name tagged, ToUnicode present), so
 * text extracts and any viewer shows it. Immutable, shared by all threads.
 */
final class PreparedFont {
    private static final int BMP = 0x10000;

    private final String baseFont;
    /** New glyph id per BMP code point; 0 where the subset has none. */
    private final char[] glyphOf;
    /** Advance width per new glyph id, in thousandths of an em, rounded as the W array says. */
    private final int[] widthOf;
    private final byte[] fontFile;
    private final int fontFileLength;
    private final byte[] toUnicode;
    private final float[] bbox;
    private final float ascent;
    private final float descent;
    private final float capHeight;
    private final float italicAngle;
    private final int stemV;

    /**
     * @param ttf        the whole font file
     * @param codePoints the characters to keep (those the font lacks are skipped)
     */
    PreparedFont(byte[] ttf, int[] codePoints, boolean bold) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            TreeSet<Integer> kept = new TreeSet<>();
            for (int cp : codePoints) {
                if (cmap.getGlyphId(cp) != 0) {
                    kept.add(cp);
                }
            }
            // the tables PDFBox itself embeds: no cmap, name or post, which a CIDFont does not use
            TTFSubsetter subsetter = new TTFSubsetter(font,
                    java.util.List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp"));
            subsetter.addAll(kept);
            String tag = tag(kept, bold);
            subsetter.setPrefix(tag);
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            subsetter.writeToStream(file);
            Map<Integer, Integer> oldOfNew = subsetter.getGIDMap();
            Map<Integer, Integer> newOfOld = new TreeMap<>();
            oldOfNew.forEach((newGid, oldGid) -> newOfOld.put(oldGid, newGid));

            float scale = 1000f / font.getHeader().getUnitsPerEm();
            HorizontalMetricsTable hmtx = font.getHorizontalMetrics();
            widthOf = new int[oldOfNew.size()];
            oldOfNew.forEach((newGid, oldGid) -> widthOf[newGid] = Math.round(hmtx.getAdvanceWidth(oldGid) * scale));
            glyphOf = new char[BMP];
            TreeMap<Integer, Integer> unicodeOf = new TreeMap<>();
            for (int cp : kept) {
                Integer gid = newOfOld.get(cmap.getGlyphId(cp));
                if (gid != null && cp < BMP) {
                    glyphOf[cp] = (char) gid.intValue();
                    unicodeOf.putIfAbsent(gid, cp);
                }
            }
            fontFileLength = file.size();
            fontFile = deflate(file.toByteArray());
            toUnicode = deflate(toUnicodeCMap(unicodeOf));

            String name = font.getName() == null ? "Font" : font.getName();
            baseFont = tag + "+" + name;
            bbox = new float[]{
                    font.getHeader().getXMin() * scale, font.getHeader().getYMin() * scale,
                    font.getHeader().getXMax() * scale, font.getHeader().getYMax() * scale};
            ascent = font.getHorizontalHeader().getAscender() * scale;
            descent = font.getHorizontalHeader().getDescender() * scale;
            OS2WindowsMetricsTable os2 = font.getOS2Windows();
            capHeight = os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() * scale : ascent * 0.9f;
            italicAngle = font.getPostScript() == null ? 0 : font.getPostScript().getItalicAngle();
            stemV = bold ? 140 : 80;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the certificate font", e);
        }
    }

    /** The glyph for a character, 0 if this font does not have it. */
    int glyph(int codePoint) {
        return codePoint < BMP ? glyphOf[codePoint] : 0;
    }

    /** Advance width of a glyph in thousandths of an em. */
    int width(int glyph) {
        return widthOf[glyph];
    }

    String baseFont() {
        return baseFont;
    }

    /** A fresh Type0 font dictionary for one document: COS objects belong to one document only. */
    COSDictionary embed(COSDocument document) throws IOException {
        COSStream file = stream(document, fontFile);
        file.setInt(COSName.LENGTH1, fontFileLength);

        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, baseFont);
        descriptor.setInt(COSName.FLAGS, 32); // non-symbolic
        COSArray box = new COSArray();
        for (float v : bbox) {
            box.add(new COSFloat(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setFloat(COSName.ITALIC_ANGLE, italicAngle);
        descriptor.setFloat(COSName.ASCENT, ascent);
        descriptor.setFloat(COSName.DESCENT, descent);
        descriptor.setFloat(COSName.CAP_HEIGHT, capHeight);
        descriptor.setInt(COSName.STEM_V, stemV);
        descriptor.setItem(COSName.FONT_FILE2, file);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setItem(COSName.REGISTRY, new COSString("Adobe"));
        systemInfo.setItem(COSName.ORDERING, new COSString("Identity"));
        systemInfo.setInt(COSName.SUPPLEMENT, 0);

        COSArray widths = new COSArray();
        for (int w : widthOf) {
            widths.add(COSInteger.get(w));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(widths);

        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, baseFont);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, w);
        cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, baseFont);
        font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        font.setItem(COSName.TO_UNICODE, stream(document, toUnicode));
        return font;
    }

    private static COSStream stream(COSDocument document, byte[] deflated) throws IOException {
        COSStream stream = document.createCOSStream();
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        }
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        return stream;
    }

    static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buffer = new byte[16384];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** A subset tag fixed by the character set, so the same font gets the same name in every certificate. */
    private static String tag(TreeSet<Integer> codePoints, boolean bold) {
        long hash = codePoints.hashCode() * 31L + (bold ? 1 : 0);
        StringBuilder tag = new StringBuilder(6);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + Math.floorMod(hash, 26)));
            hash /= 26;
        }
        return tag.toString();
    }

    private static byte[] toUnicodeCMap(TreeMap<Integer, Integer> unicodeOf) {
        StringBuilder cmap = new StringBuilder(unicodeOf.size() * 20 + 600);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = unicodeOf.entrySet().iterator();
        int left = unicodeOf.size();
        while (left > 0) {
            int block = Math.min(100, left);
            cmap.append(block).append(" beginbfchar\n");
            for (int i = 0; i < block; i++) {
                var e = entries.next();
                cmap.append('<').append(hex4(e.getKey())).append("> <").append(hex4(e.getValue())).append(">\n");
            }
            cmap.append("endbfchar\n");
            left -= block;
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }
}
