package org.civitas.assessment;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Question texts are HTML from editors and other systems' files; what is kept is the formatting a
 * question needs (paragraphs, emphasis, lists, tables, links, images, sub- and superscripts) and
 * nothing that runs: no scripts, no event attributes, no styles, no frames. Images may be inline
 * ({@code data:} URIs, as Moodle XML brings them) or on https.
 */
final class QuestionHtml {
    private static final Safelist ALLOWED = Safelist.relaxed()
            .addProtocols("img", "src", "data")
            .addTags("span")
            .removeProtocols("a", "href", "ftp", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private QuestionHtml() {
    }

    static String clean(String html) {
        return Jsoup.clean(html, "", ALLOWED, OUTPUT).strip();
    }

    static @Nullable String cleanOrNull(@Nullable String html) {
        if (html == null) {
            return null;
        }
        String clean = clean(html);
        return clean.isEmpty() ? null : clean;
    }
}
