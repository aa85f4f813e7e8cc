package org.civitas.platform.errors;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Human messages in the caller's language. Ukrainian is the default; a language is added by adding
 * one {@code i18n/messages_xx.properties} file and its tag to {@link #SUPPORTED}.
 */
@Singleton
public class Messages {
    public static final Locale UKRAINIAN = Locale.forLanguageTag("uk");
    static final List<Locale> SUPPORTED = List.of(UKRAINIAN, Locale.ENGLISH);
    private static final String BUNDLE = "i18n.messages";

    public Locale localeOf(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return UKRAINIAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? UKRAINIAN : match;
        } catch (IllegalArgumentException malformed) {
            return UKRAINIAN;
        }
    }

    public String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
