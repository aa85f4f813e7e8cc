package org.civitas.certification;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.civitas.support.CertificatePdfs;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateRendererTest {
    private static final CertificateRenderer RENDERER = new CertificateRenderer();

    @Test
    void typicalCertificateHasEmbeddedFontsCyrillicTextAndQrCode() {
        byte[] pdf = RENDERER.render(CertificateSamples.typical());
        assertEquals(List.of(), CertificatePdfs.fontsNotEmbedded(pdf));
        String text = CertificatePdfs.text(pdf);
        for (String expected : List.of("Сертифікат про підвищення кваліфікації", "Шевченко Олександра Іванівна",
                "Реєстраційний номер: ПК-2026-000123", "Антикорупційна політика в органах місцевого самоврядування",
                "загальна, короткострокова", "60 годин (2 кредити ЄКТС)", "02.02.2026 – 27.02.2026",
                "Дата видачі: 05.03.2026", "Чинний до: 05.03.2029", "Результати навчання:", "доброчесності",
                "Ірина Коваль", "Директорка навчального центру", "Програма розвитку ООН", "7KQ2M4XPR9TZC3VH6WJN8DFB5A",
                "успішно завершив(ла) програму підвищення кваліфікації", "Порядку підвищення кваліфікації")) {
            assertTrue(text.replace("\n", " ").contains(expected), () -> "missing «" + expected + "» in:\n" + text);
        }
        assertEquals(CertificateSamples.URL, CertificatePdfs.qrCode(pdf));
        assertTrue(insidePage(pdf));
    }

    @Test
    void englishLabels() {
        CertificateContent uk = CertificateSamples.typical();
        CertificateContent en = new CertificateContent("en", uk.providerName(), "Olena Kovalenko", "Public Finance",
                "special", "long_term", 1, new BigDecimal("1.5"), null, null, uk.learningOutcomes(), uk.issuedOn(),
                uk.serial(), uk.verificationCode(), uk.verificationUrl(), CertificateDesign.standard());
        String text = CertificatePdfs.text(RENDERER.render(en));
        for (String expected : List.of("Certificate of Professional Development", "Olena Kovalenko",
                "has successfully completed the professional development programme", "Programme: special, long-term",
                "1 hour (1.5 ECTS credits)", "Date of issue: 05.03.2026", "Registration number: ПК-2026-000123",
                "Learning outcomes:")) {
            assertTrue(text.replace("\n", " ").contains(expected), () -> "missing «" + expected + "» in:\n" + text);
        }
        assertFalse(text.contains("Training dates"), "no dates, no line");
    }

    @Test
    void longNameAndTitleWrapAndShrinkInsideThePage() throws IOException {
        String name = "Гнатишин-Вишнивецька-Загорульченко Олександра-Анастасія Володимирівна-Костянтинівна "
                + "Вознесенська-Підгорецька-Хмельницька";
        String title = ("Удосконалення професійної компетентності державних службовців категорій «Б» і «В» з питань "
                + "стратегічного планування, управління публічними фінансами, цифрової трансформації та ")
                .repeat(2).substring(0, 200);
        assertEquals(120, name.length());
        assertEquals(200, title.length());
        CertificateContent content = CertificateSamples.content(name, title, CertificateSamples.designWithLogos());
        byte[] pdf = RENDERER.render(content);
        assertTrue(insidePage(pdf));
        String text = CertificatePdfs.text(pdf).replace("\n", " ").replace("- ", "-");
        assertTrue(text.contains("Вознесенська-Підгорецька-Хмельницька"), text);
        assertTrue(text.contains("цифрової трансформації"), text);
        assertEquals(CertificateSamples.URL, CertificatePdfs.qrCode(pdf));

        float nameSize = maxFontSize(pdf, "Гнатишин");
        assertTrue(nameSize < 30 && nameSize >= 12, "the name shrank: " + nameSize);
    }

    @Test
    void absurdlyLongTextIsCutRatherThanOverflowing() throws IOException {
        String word = "Надзвичайнодовгеслово".repeat(40);
        CertificateContent content = CertificateSamples.content(word + " " + word, word.repeat(5), CertificateDesign.standard());
        byte[] pdf = RENDERER.render(content);
        assertTrue(insidePage(pdf));
    }

    @Test
    void namesInOtherScriptsRenderWithEmbeddedFonts() {
        for (String name : List.of("Łukasz Żółkiewski-Wąsowicz", "ნინო ბერიძე", "Ağca Şükrü", "Αλέξανδρος Παπαδόπουλος",
                "Nguyễn Thị Minh Khai", "王小明 Wang")) {
            byte[] pdf = RENDERER.render(CertificateSamples.content(name, "Програма", CertificateDesign.standard()));
            assertEquals(List.of(), CertificatePdfs.fontsNotEmbedded(pdf), name);
            String text = CertificatePdfs.text(pdf);
            if (!name.startsWith("王")) {
                assertTrue(text.contains(name), () -> name + " in:\n" + text);
            }
        }
    }

    @Test
    void brokenLogosAreLeftOut() {
        CertificateDesign design = new CertificateDesign("#000000", "not a colour", "data:image/png;base64,AAAA",
                List.of(new CertificateDesign.PartnerLogo("Partner", "data:image/jpeg;base64,!!!"),
                        new CertificateDesign.PartnerLogo("Other", CertificateSamples.png(10, 10, java.awt.Color.RED, true)
                                .substring(0, 60))),
                List.of(), null, null, false, null, null);
        byte[] pdf = RENDERER.render(CertificateSamples.content("Іван Петренко", "Програма", design));
        String text = CertificatePdfs.text(pdf);
        assertTrue(text.contains("Іван Петренко"));
        assertFalse(text.contains("Результати навчання"), "outcomes hidden");
    }

    @Test
    void imageValidation() {
        assertTrue(CertificateDesign.isImage(CertificateSamples.png(20, 10, java.awt.Color.RED, true)));
        assertTrue(CertificateDesign.isImage(CertificateSamples.jpeg(20, 10, java.awt.Color.RED)));
        assertFalse(CertificateDesign.isImage("data:image/png;base64,AAAA"));
        assertFalse(CertificateDesign.isImage("data:image/png;base64," + java.util.Base64.getEncoder().encodeToString("<svg/>".getBytes())));
        assertFalse(CertificateDesign.isImage(CertificateSamples.png(20, 10, java.awt.Color.RED, true).substring(0, 80)));
        assertFalse(CertificateDesign.isImage(null));
    }

    @Test
    void ukrainianPluralsOfHoursAndCredits() {
        assertEquals("1 година", CertificateWording.hours(1, false));
        assertEquals("2 години", CertificateWording.hours(2, false));
        assertEquals("5 годин", CertificateWording.hours(5, false));
        assertEquals("11 годин", CertificateWording.hours(11, false));
        assertEquals("14 годин", CertificateWording.hours(14, false));
        assertEquals("21 година", CertificateWording.hours(21, false));
        assertEquals("24 години", CertificateWording.hours(24, false));
        assertEquals("60 годин", CertificateWording.hours(60, false));
        assertEquals("111 годин", CertificateWording.hours(111, false));
        assertEquals("1 кредит ЄКТС", CertificateWording.ects(new BigDecimal("1.00"), false));
        assertEquals("2 кредити ЄКТС", CertificateWording.ects(new BigDecimal("2"), false));
        assertEquals("5 кредитів ЄКТС", CertificateWording.ects(new BigDecimal("5.0"), false));
        assertEquals("10 кредитів ЄКТС", CertificateWording.ects(new BigDecimal("1E+1"), false));
        assertEquals("12 кредитів ЄКТС", CertificateWording.ects(new BigDecimal("12"), false));
        assertEquals("22 кредити ЄКТС", CertificateWording.ects(new BigDecimal("22"), false));
        assertEquals("1,5 кредиту ЄКТС", CertificateWording.ects(new BigDecimal("1.5"), false));
        assertEquals("0,25 кредиту ЄКТС", CertificateWording.ects(new BigDecimal("0.250"), false));
        assertEquals("1 ECTS credit", CertificateWording.ects(BigDecimal.ONE, true));
        assertEquals("2.5 ECTS credits", CertificateWording.ects(new BigDecimal("2.5"), true));
    }

    /** Every glyph lies within the page, as PDFBox places it. */
    private static boolean insidePage(byte[] pdf) {
        for (TextPosition p : positions(pdf)) {
            if (p.getXDirAdj() < 0 || p.getXDirAdj() + p.getWidthDirAdj() > CertificateRenderer.WIDTH + 0.5f
                    || p.getYDirAdj() - p.getHeightDir() < 0 || p.getYDirAdj() > CertificateRenderer.HEIGHT) {
                System.err.println("outside the page: " + p + " at " + p.getXDirAdj() + "," + p.getYDirAdj());
                return false;
            }
        }
        return true;
    }

    private static float maxFontSize(byte[] pdf, String startingWith) {
        List<TextPosition> all = positions(pdf);
        StringBuilder text = new StringBuilder();
        for (TextPosition p : all) {
            text.append(p.getUnicode());
        }
        int at = text.indexOf(startingWith);
        return at < 0 ? -1 : all.get(at).getFontSizeInPt();
    }

    private static List<TextPosition> positions(byte[] pdf) {
        List<TextPosition> positions = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return positions;
    }
}
