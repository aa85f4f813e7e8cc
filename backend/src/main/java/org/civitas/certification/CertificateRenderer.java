package org.civitas.certification;

import com.google.zxing.common.BitMatrix;
import jakarta.inject.Singleton;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.civitas.certification.PdfCanvas.Rgb;
import org.civitas.platform.web.QrCodes;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Draws a certificate as a one-page A4 landscape PDF, unsigned ({@link CertificateSigner} signs it).
 * Every text is measured with its font's widths; a long name or title wraps onto a few lines and
 * then shrinks, so nothing leaves its box whatever the data. The QR code is drawn as rectangles.
 * The fonts are prepared once when this is made (see {@link PreparedFont}), which keeps a
 * certificate to a few milliseconds; the renderer is thread-safe.
 */
@Singleton
final class CertificateRenderer {
    static final float WIDTH = PDRectangle.A4.getHeight();
    static final float HEIGHT = PDRectangle.A4.getWidth();
    private static final float MARGIN = 48;
    private static final float LINE = 1.2f;
    private static final Rgb TEXT = new Rgb(0.13f, 0.13f, 0.15f);
    private static final Rgb MUTED = new Rgb(0.36f, 0.36f, 0.40f);

    private final CertificateFonts fonts;
    private final LogoImages logos = new LogoImages();

    public CertificateRenderer() {
        this.fonts = new CertificateFonts();
    }

    /** The certificate as an unsigned PDF. */
    byte[] render(CertificateContent content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
            document.addPage(page);
            COSDictionary fontResources = new COSDictionary();
            COSDictionary imageResources = new COSDictionary();
            COSDictionary resources = new COSDictionary();
            resources.setItem(COSName.FONT, fontResources);
            resources.setItem(COSName.XOBJECT, imageResources);
            page.setResources(new PDResources(resources));

            Drawing drawing = new Drawing(content, fonts.page(document, fontResources, everything(content)), document, imageResources);
            drawing.draw();

            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = new DeflaterOutputStream(stream.createRawOutputStream(), new Deflater(Deflater.BEST_SPEED), 8192)) {
                out.write(drawing.canvas.bytes());
            }
            stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.getCOSObject().setItem(COSName.CONTENTS, stream);

            CertificateWording words = new CertificateWording(content.language());
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.title() + " " + content.serial());
            info.setAuthor(content.providerName());
            info.setSubject(content.programTitle());
            info.setProducer("Civitas");
            document.getDocumentCatalog().setLanguage("en".equalsIgnoreCase(content.language()) ? "en" : "uk");

            ByteArrayOutputStream out = new ByteArrayOutputStream(96 * 1024);
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render certificate " + content.serial(), e);
        }
    }

    /** All the data a certificate may print, for the fonts to see which characters it needs. */
    private static CharSequence everything(CertificateContent content) {
        CertificateDesign design = content.design();
        StringBuilder all = new StringBuilder(512).append(content.providerName()).append(content.learnerName())
                .append(content.programTitle()).append(content.serial()).append(content.verificationCode());
        content.learningOutcomes().forEach(all::append);
        design.partnerLogos().forEach(p -> all.append(p.name()));
        design.signatories().forEach(s -> all.append(s.name()).append(s.position()));
        if (design.introText() != null) {
            all.append(design.introText());
        }
        if (design.footerText() != null) {
            all.append(design.footerText());
        }
        return all;
    }

    /** Lines of text at the size that fits. */
    record Fitted(List<String> lines, float size) {
        float height() {
            return lines.size() * size * LINE;
        }
    }

    /**
     * Wraps the text at word boundaries (breaking a word only when it alone is too wide) into at
     * most maxLines lines of the given width, shrinking from maxSize as far as minSize; if even
     * then it does not fit, the last line ends with an ellipsis. Never wider than the width.
     */
    static Fitted fit(CertificateFonts.Page fonts, String text, boolean bold, float maxSize, float minSize,
                      float width, int maxLines) throws IOException {
        String clean = text.strip().replaceAll("\\s+", " ");
        float size = maxSize;
        while (true) {
            List<String> lines = wrap(fonts, clean, bold, size, width, maxLines + 1);
            if (lines.size() <= maxLines) {
                return new Fitted(lines, size);
            }
            if (size <= minSize) {
                List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
                String last = kept.getLast();
                while (!last.isEmpty() && fonts.width(last + "…", bold, size) > width) {
                    last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
                }
                kept.set(maxLines - 1, last + "…");
                return new Fitted(kept, size);
            }
            size = Math.max(minSize, size * 0.92f);
        }
    }

    /** Greedy line filling; stops after limit lines (the caller only needs to know there are more). */
    static List<String> wrap(CertificateFonts.Page fonts, String text, boolean bold, float size, float width, int limit)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float spaceWidth = fonts.width(" ", bold, size);
        float lineWidth = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            float wordWidth = fonts.width(word, bold, size);
            if (!line.isEmpty() && lineWidth + spaceWidth + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += spaceWidth + wordWidth;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                if (lines.size() >= limit) {
                    return lines;
                }
                line.setLength(0);
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
                continue;
            }
            // a word wider than the line: cut it where it reaches the edge
            int start = 0;
            for (int i = 0; i < word.length(); ) {
                int next = word.offsetByCodePoints(i, 1);
                if (i > start && fonts.width(word.substring(start, next), bold, size) > width) {
                    lines.add(word.substring(start, i));
                    if (lines.size() >= limit) {
                        return lines;
                    }
                    start = i;
                }
                i = next;
            }
            line.append(word, start, word.length());
            lineWidth = fonts.width(line.toString(), bold, size);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** One certificate being drawn: positions run from the top of the page down. */
    private final class Drawing {
        private final CertificateContent content;
        private final CertificateDesign design;
        private final CertificateWording words;
        private final CertificateFonts.Page text;
        private final PDDocument document;
        private final COSDictionary images;
        private final PdfCanvas canvas = new PdfCanvas();
        private final Rgb primary;
        private final Rgb accent;
        private int imageCount;

        Drawing(CertificateContent content, CertificateFonts.Page text, PDDocument document, COSDictionary images) {
            this.content = content;
            this.design = content.design();
            this.words = new CertificateWording(content.language());
            this.text = text;
            this.document = document;
            this.images = images;
            CertificateDesign standard = CertificateDesign.standard();
            this.primary = Rgb.parse(design.primaryColor(), Rgb.parse(standard.primaryColor(), Rgb.BLACK));
            this.accent = Rgb.parse(design.accentColor(), Rgb.parse(standard.accentColor(), Rgb.BLACK));
        }

        void draw() throws IOException {
            frame();
            float y = header(HEIGHT - MARGIN - 8);
            float column = WIDTH - 2 * MARGIN - 60;
            float left = (WIDTH - column) / 2;

            y -= 14;
            y = centered(words.title(), true, 24, 14, column, 2, primary, y);
            y -= 14;
            y = centered(content.learnerName(), true, 30, 12, column, 2, primary, y);
            // below the descenders of the name's last line
            canvas.stroke(accent).line(WIDTH / 2 - 90, y - 6, WIDTH / 2 + 90, y - 6).strokePath(1.2f);
            y -= 16;
            String intro = design.introText() == null || design.introText().isBlank() ? words.intro() : design.introText();
            y = centered(intro, false, 12, 8, column, 2, MUTED, y);
            y -= 6;
            y = centered("«" + content.programTitle().strip() + "»", true, 16, 8, column, 3, TEXT, y);
            y -= 8;
            String details = words.programKind(content.programType(), content.duration()) + "  ·  "
                    + words.volume(content.hours(), content.ects());
            y = centered(details, false, 10.5f, 7, column, 2, TEXT, y);
            String dates = words.dates(content.startsOn(), content.endsOn());
            if (dates != null) {
                y = centered(dates, false, 10.5f, 7, column, 1, TEXT, y);
            }
            float bottom = 170;
            if (design.showOutcomes() && !content.learningOutcomes().isEmpty()) {
                outcomes(left, column, y - 10, bottom);
            }
            footer();
        }

        private void frame() {
            canvas.stroke(primary).rectangle(18, 18, WIDTH - 36, HEIGHT - 36).strokePath(2.5f);
            canvas.stroke(accent).rectangle(24, 24, WIDTH - 48, HEIGHT - 48).strokePath(0.8f);
            canvas.fill(primary).rectangle(24, HEIGHT - 30, WIDTH - 48, 6).fillPath();
        }

        /** Provider logo and name, partner logos on the right; returns the y below it. */
        private float header(float top) throws IOException {
            float height = 56;
            float nameLeft = MARGIN + 4;
            if (logo(design.providerLogo(), MARGIN + 4, top - height, 100, height)) {
                nameLeft = MARGIN + 116;
            }
            List<CertificateDesign.PartnerLogo> partners = design.partnerLogos();
            float slot = 62;
            float partnersLeft = WIDTH - MARGIN - partners.size() * slot;
            float nameRight = partners.isEmpty() ? WIDTH - nameLeft : partnersLeft - 12;
            Fitted name = fit(text, content.providerName(), true, 14, 7, nameRight - nameLeft, 3);
            float nameY = top - (height - name.height()) / 2 - name.size();
            for (String line : name.lines()) {
                float x = partners.isEmpty() ? (WIDTH - text.width(line, true, name.size())) / 2 : nameLeft;
                canvas.fill(primary);
                text.show(canvas, line, true, name.size(), x, nameY);
                nameY -= name.size() * LINE;
            }
            for (int i = 0; i < partners.size(); i++) {
                CertificateDesign.PartnerLogo partner = partners.get(i);
                float x = partnersLeft + i * slot;
                logo(partner.image(), x + 3, top - 34, slot - 6, 34);
                Fitted label = fit(text, partner.name() == null ? "" : partner.name(), false, 6.5f, 4.5f, slot - 4, 2);
                float labelY = top - 34 - 3 - label.size();
                for (String line : label.lines()) {
                    canvas.fill(MUTED);
                    text.show(canvas, line, false, label.size(), x + (slot - text.width(line, false, label.size())) / 2, labelY);
                    labelY -= label.size() * LINE;
                }
            }
            return top - height;
        }

        /** The text centred in the column; returns the y below it. */
        private float centered(String value, boolean bold, float maxSize, float minSize, float width, int maxLines,
                               Rgb color, float top) throws IOException {
            Fitted fitted = fit(text, value, bold, maxSize, minSize, width, maxLines);
            float y = top - fitted.size();
            canvas.fill(color);
            for (String line : fitted.lines()) {
                text.show(canvas, line, bold, fitted.size(), (WIDTH - text.width(line, bold, fitted.size())) / 2, y);
                y -= fitted.size() * LINE;
            }
            return top - fitted.height();
        }

        /** The outcomes as a list in the space left above the bottom block, as small as needed. */
        private void outcomes(float left, float width, float top, float bottom) throws IOException {
            float available = top - bottom;
            if (available < 14) {
                return;
            }
            List<String> items = content.learningOutcomes().stream().filter(s -> !s.isBlank()).toList();
            float size = 9.5f;
            List<List<String>> wrapped;
            while (true) {
                wrapped = new ArrayList<>();
                float height = size * 1.5f * LINE; // the heading
                for (String item : items) {
                    List<String> lines = wrap(text, item.strip().replaceAll("\\s+", " "), false, size, width - 14, 4);
                    wrapped.add(lines);
                    height += lines.size() * size * LINE;
                }
                if (height <= available || size <= 5.5f) {
                    break;
                }
                size = Math.max(5.5f, size * 0.92f);
            }
            float y = top - size;
            canvas.fill(primary);
            text.show(canvas, words.outcomes(), true, size, left, y);
            y -= size * 1.5f * LINE;
            canvas.fill(TEXT);
            for (List<String> lines : wrapped) {
                for (int i = 0; i < lines.size(); i++) {
                    if (y - size * 0.3f < bottom) {
                        return; // what does not fit even at the smallest size is left out rather than overflow
                    }
                    if (i == 0) {
                        text.show(canvas, "•", false, size, left + 2, y);
                    }
                    text.show(canvas, lines.get(i), false, size, left + 14, y);
                    y -= size * LINE;
                }
            }
        }

        /** Issue date, serial, signatories, QR code and footer along the bottom. */
        private void footer() throws IOException {
            float y = 128;
            canvas.fill(TEXT);
            List<String> facts = new ArrayList<>();
            facts.add(words.issuedOn(content.issuedOn()));
            if (design.validityMonths() != null) {
                facts.add(words.validUntil(content.issuedOn().plusMonths(design.validityMonths())));
            }
            facts.add(words.serial(content.serial()));
            for (String fact : facts) {
                Fitted fitted = fit(text, fact, false, 9, 5, 190, 1);
                text.show(canvas, fitted.lines().getFirst(), false, fitted.size(), MARGIN + 4, y);
                y -= 14;
            }

            List<CertificateDesign.Signatory> signatories = design.signatories();
            float slot = 150;
            float qrSize = 92;
            float qrX = WIDTH - MARGIN - qrSize;
            float area = qrX - 20 - (MARGIN + 210);
            float first = MARGIN + 210 + (area - signatories.size() * slot) / 2;
            for (int i = 0; i < signatories.size(); i++) {
                CertificateDesign.Signatory signatory = signatories.get(i);
                float x = first + i * slot;
                canvas.stroke(MUTED).line(x + 10, 120, x + slot - 10, 120).strokePath(0.6f);
                Fitted name = fit(text, signatory.name() == null ? "" : signatory.name(), true, 9, 6, slot - 14, 2);
                float lineY = 120 - 4 - name.size();
                canvas.fill(TEXT);
                for (String line : name.lines()) {
                    text.show(canvas, line, true, name.size(), x + (slot - text.width(line, true, name.size())) / 2, lineY);
                    lineY -= name.size() * LINE;
                }
                Fitted position = fit(text, signatory.position() == null ? "" : signatory.position(), false, 7.5f, 5, slot - 14, 3);
                canvas.fill(MUTED);
                for (String line : position.lines()) {
                    text.show(canvas, line, false, position.size(), x + (slot - text.width(line, false, position.size())) / 2, lineY);
                    lineY -= position.size() * LINE;
                }
            }

            qr(content.verificationUrl(), qrX, 60, qrSize);
            canvas.fill(TEXT);
            Fitted code = fit(text, content.verificationCode(), false, 7, 4, qrSize + 24, 1);
            String codeLine = code.lines().isEmpty() ? "" : code.lines().getFirst();
            text.show(canvas, codeLine, false, code.size(), qrX + (qrSize - text.width(codeLine, false, code.size())) / 2, 50);
            Fitted verify = fit(text, words.verify(), false, 7, 4, qrSize, 1);
            text.show(canvas, verify.lines().getFirst(), false, verify.size(),
                    qrX + (qrSize - text.width(verify.lines().getFirst(), false, verify.size())) / 2, 60 + qrSize + 4);

            if (design.footerText() != null && !design.footerText().isBlank()) {
                float width = qrX - MARGIN - 40;
                Fitted footer = fit(text, design.footerText(), false, 7.5f, 5, width, 2);
                float footerY = 30 + (footer.lines().size() - 1) * footer.size() * LINE;
                canvas.fill(MUTED);
                for (String line : footer.lines()) {
                    text.show(canvas, line, false, footer.size(), MARGIN + 4 + (width - text.width(line, false, footer.size())) / 2, footerY);
                    footerY -= footer.size() * LINE;
                }
            }
        }

        /** The QR code as filled rectangles, a run of dark modules in a row being one rectangle. */
        private void qr(String url, float x, float y, float size) {
            BitMatrix matrix = QrCodes.matrix(url, 0); // the quiet zone is drawn as a white square
            int modules = matrix.getWidth();
            float unit = size / modules;
            canvas.fill(Rgb.WHITE).rectangle(x - 4 * unit, y - 4 * unit, size + 8 * unit, size + 8 * unit).fillPath();
            canvas.fill(Rgb.BLACK);
            for (int row = 0; row < modules; row++) {
                int col = 0;
                while (col < modules) {
                    if (!matrix.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < modules && matrix.get(col, row)) {
                        col++;
                    }
                    // a hair taller than a module so rows join without hairline gaps when rasterised
                    canvas.rectangle(x + start * unit, y + size - (row + 1) * unit - 0.02f, (col - start) * unit, unit + 0.04f);
                }
            }
            canvas.fillPath();
        }

        /** Draws a logo centred in the box keeping its proportions; false if there is none or it is broken. */
        private boolean logo(@Nullable String dataUri, float x, float y, float width, float height) throws IOException {
            var image = logos.get(dataUri);
            if (image.isEmpty()) {
                return false;
            }
            LogoImages.Image logo = image.get();
            float scale = Math.min(width / logo.width(), height / logo.height());
            float w = logo.width() * scale;
            float h = logo.height() * scale;
            String name = "Im" + imageCount++;
            images.setItem(COSName.getPDFName(name), logo.embed(document.getDocument()));
            canvas.image(name, x + (width - w) / 2, y + (height - h) / 2, w, h);
            return true;
        }
    }
}
