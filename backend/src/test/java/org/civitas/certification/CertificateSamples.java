package org.civitas.certification;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/** Certificates to render in tests and benchmarks. */
final class CertificateSamples {
    static final String URL = "https://civitas.example.org/verify/7KQ2M4XPR9TZC3VH6WJN8DFB5A";

    private CertificateSamples() {
    }

    static CertificateContent content(String learnerName, String programTitle, CertificateDesign design) {
        return new CertificateContent("uk", "Національне агентство України з питань державної служби",
                learnerName, programTitle, "general", "short_term", 60, new BigDecimal("2"),
                LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 27),
                List.of("Застосовує принципи доброчесності у професійній діяльності",
                        "Визначає ризики конфлікту інтересів і вживає заходів щодо їх врегулювання",
                        "Готує управлінські рішення з урахуванням антикорупційних вимог"),
                LocalDate.of(2026, 3, 5), "ПК-2026-000123", "7KQ2M4XPR9TZC3VH6WJN8DFB5A", URL, design);
    }

    static CertificateContent typical() {
        return content("Шевченко Олександра Іванівна", "Антикорупційна політика в органах місцевого самоврядування", designWithLogos());
    }

    /** A provider logo, two partners and two signatories: what a real provider would set. */
    static CertificateDesign designWithLogos() {
        return new CertificateDesign("#1F3A68", "#B8912F", png(240, 120, Color.BLUE, true),
                List.of(new CertificateDesign.PartnerLogo("Програма розвитку ООН", png(160, 80, Color.RED, false)),
                        new CertificateDesign.PartnerLogo("Школа врядування", jpeg(120, 120, Color.GREEN))),
                List.of(new CertificateDesign.Signatory("Ірина Коваль", "Директорка навчального центру"),
                        new CertificateDesign.Signatory("Петро Мельник", "Голова приймальної комісії")),
                null, "Сертифікат видано відповідно до Порядку підвищення кваліфікації державних службовців", true, 36, null);
    }

    static String png(int width, int height, Color color, boolean alpha) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(image(width, height, color, alpha, "png"));
    }

    static String jpeg(int width, int height, Color color) {
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(image(width, height, color, false, "jpeg"));
    }

    private static byte[] image(int width, int height, Color color, boolean alpha, String format) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (!alpha) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(color);
        g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
