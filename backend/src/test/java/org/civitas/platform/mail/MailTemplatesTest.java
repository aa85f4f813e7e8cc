package org.civitas.platform.mail;

import org.civitas.platform.errors.Messages;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailTemplatesTest {
    private final MailTemplates templates = new MailTemplates(new Messages(), new MailSettings(null, 587, null, null, "starttls",
            "Civitas <noreply@civitas.local>", "http://localhost:8080", "Центр підвищення кваліфікації", Duration.ofSeconds(2), 100, 8,
            Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofSeconds(20)));

    private static Map<String, String> values(String message) {
        return Map.of("name", "Ірина <script>", "program", "Бюджет & участь", "message", message, "link", "https://learn.example.org/my-programs");
    }

    @Test
    void valuesAreEscapedInHtmlAndKeptAsTheyAreInText() {
        MailTemplates.Rendered mail = templates.render("notifications/application-admitted", "uk", values(""), null);
        assertEquals("Вас зараховано на програму «Бюджет & участь»", mail.subject());
        assertTrue(mail.text().contains("Вітаємо, Ірина <script>!"));
        assertTrue(mail.html().contains("Вітаємо, Ірина &lt;script&gt;!"));
        assertFalse(mail.html().contains("<script>"));
        assertTrue(mail.html().contains("Бюджет &amp; участь"));
        assertTrue(mail.html().contains("<a href=\"https://learn.example.org/my-programs\""));
        assertTrue(mail.text().contains("Відкрити мої програми:\nhttps://learn.example.org/my-programs"));
        assertTrue(mail.text().contains("Центр підвищення кваліфікації"), "the provider signs every message");
        assertFalse(mail.html().contains("<img"), "no images, so no tracking");
    }

    @Test
    void aConditionalParagraphAppearsOnlyWithItsValue() {
        assertFalse(templates.render("notifications/application-admitted", "uk", values(""), null).text().contains("Повідомлення"));
        assertTrue(templates.render("notifications/application-admitted", "uk", values("До зустрічі"), null).text()
                .contains("Повідомлення організаторів: До зустрічі"));
    }

    @Test
    void anOptionalMessageCarriesItsUnsubscribeLinkInTheFooter() {
        MailTemplates.Rendered mail = templates.render("notifications/application-admitted", "en", values(""),
                "https://learn.example.org/unsubscribe?token=abc");
        assertTrue(mail.text().contains("Stop sending me messages like this: https://learn.example.org/unsubscribe?token=abc"));
        assertTrue(mail.html().contains("href=\"https://learn.example.org/unsubscribe?token=abc\""));
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"en\">"));
    }

    @Test
    void everyTemplateHasBothLanguagesAndAMissingValueIsAnError() {
        for (String name : new String[]{"identity/verify-email", "identity/password-reset", "identity/password-link",
                "identity/password-changed", "identity/email-changed", "notifications/application-received", "notifications/application-admitted",
                "notifications/application-rejected", "notifications/application-waitlisted"}) {
            for (String language : new String[]{"uk", "en"}) {
                Map<String, String> all = Map.of("name", "N", "email", "e@example.org", "link", "https://x", "days", "7",
                        "until", "2026-12-31", "program", "P", "message", "M", "newEmail", "n@example.org");
                assertNotNull(getClass().getClassLoader().getResource("mail/" + name + "." + language + ".txt"), name + "." + language);
                assertFalse(templates.render(name, language, all, null).subject().isBlank(), name + "." + language);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> templates.render("identity/verify-email", "uk", Map.of("name", "N"), null));
    }
}
