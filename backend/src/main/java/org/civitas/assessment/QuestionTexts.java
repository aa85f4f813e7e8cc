package org.civitas.assessment;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;

import java.util.Locale;
import java.util.Optional;

/**
 * Question texts as GIFT and Moodle XML carry them: each with a text format that is turned into
 * the HTML a question keeps, and back where the HTML allows it.
 */
final class QuestionTexts {

    /** Moodle's name for a question whose text gives none: the start of the text, as Moodle cuts it. */
    private static final int NAME_LENGTH = 80;
    private static final String FALLBACK_NAME = "Question";

    private static final Parser MARKDOWN_PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML_RENDERER = HtmlRenderer.builder().build();

    private QuestionTexts() {
    }

    /** Moodle's text formats; wiki-like is long gone from Moodle and is read as plain text. */
    enum Format {
        HTML, MOODLE, PLAIN, MARKDOWN;

        /** The format named in a GIFT {@code [marker]} or a Moodle XML {@code format} attribute. */
        static Optional<Format> named(String name) {
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "html" -> Optional.of(HTML);
                case "moodle", "moodle_auto_format" -> Optional.of(MOODLE);
                case "plain", "plain_text", "wiki_like" -> Optional.of(PLAIN);
                case "markdown" -> Optional.of(MARKDOWN);
                default -> Optional.empty();
            };
        }

        String toHtml(String text) {
            return switch (this) {
                case HTML -> text.trim();
                case MOODLE, PLAIN -> fromPlain(text.trim());
                case MARKDOWN -> HTML_RENDERER.render(MARKDOWN_PARSER.parse(text)).trim();
            };
        }
    }

    /** Plain text as HTML: the characters HTML gives a meaning escaped, line breaks kept. */
    static String fromPlain(String plain) {
        var html = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                case '\r' -> { }
                case '\n' -> html.append("<br>");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * The plain text that {@link #fromPlain} turns into exactly this HTML, or empty when the HTML
     * holds more than escaped text and line breaks. Writers use it to keep simple texts readable.
     */
    static Optional<String> asPlain(String html) {
        String plain = html.replace("<br>", "\n")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return fromPlain(plain).equals(html) ? Optional.of(plain) : Optional.empty();
    }

    /** A name made from the start of the question's text, for questions that come without one. */
    static String defaultName(String html) {
        String text = Jsoup.parse(html).text().trim();
        if (text.isEmpty()) {
            return FALLBACK_NAME;
        }
        if (text.length() <= NAME_LENGTH) {
            return text;
        }
        String cut = text.substring(0, NAME_LENGTH - 3);
        int space = cut.lastIndexOf(' ');
        return (space > 0 ? cut.substring(0, space) : cut) + "...";
    }

    /** Files leave feedback out by writing it empty; the model says null. */
    static @Nullable String emptyToNull(@Nullable String html) {
        return html == null || html.isBlank() ? null : html;
    }
}
