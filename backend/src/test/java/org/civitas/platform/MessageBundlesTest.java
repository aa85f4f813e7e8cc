package org.civitas.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adding a language is adding one file: every language must have exactly the keys of Ukrainian. */
class MessageBundlesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishHasExactlyTheUkrainianKeys() throws IOException {
        Properties uk = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertEquals(new TreeSet<>(uk.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        assertTrue(uk.getProperty("errors.not_found").matches(".*[А-Яа-яІіЇїЄєҐґ].*"), "Ukrainian text is UTF-8");
    }
}
