package org.civitas.platform.mail;

import jakarta.inject.Singleton;
import org.civitas.platform.errors.Messages;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a message from {@code mail/<name>.<language>.txt}: a {@code subject:} line, a
 * {@code why:} line (the footer's reason the person gets it), {@code ---}, then paragraphs
 * separated by blank lines, where a line {@code [label](address)} is the message's button and a
 * paragraph starting {@code ?name } is kept only when the value {@code name} is not empty.
 * {@code {{name}}} stands for a value given at rendering, HTML-escaped in the HTML part. The HTML
 * part has no images, scripts or tracking of any kind; the text part says the same.
 */
@Singleton
class MailTemplates {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final Pattern BUTTON = Pattern.compile("^\\[(.+)]\\((\\S+)\\)$");
    private static final Pattern CONDITION = Pattern.compile("^\\?([a-zA-Z]+) ");
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Messages messages;
    private final MailSettings settings;

    MailTemplates(Messages messages, MailSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    record Rendered(String subject, String text, String html) {
    }

    Rendered render(String template, String language, Map<String, String> values, @Nullable String unsubscribeUrl) {
        String source = sources.computeIfAbsent(template + "." + language, key -> load(template, language));
        int split = source.indexOf("\n---\n");
        if (split < 0) {
            throw new IllegalStateException("mail template " + template + " has no --- line");
        }
        Map<String, String> head = header(source.substring(0, split));
        List<String> paragraphs = List.of(source.substring(split + 5).strip().split("\\n\\s*\\n"));
        Locale locale = Locale.forLanguageTag(language);
        String subject = fill(required(head, "subject", template), values, false);
        String why = fill(required(head, "why", template), values, false);
        String unsubscribe = messages.get(locale, "mail.unsubscribe");

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(language)
                .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(subject)).append("</title></head>")
                .append("<body style=\"margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;")
                .append("color:#1f2933;font-size:16px;line-height:1.5\"><div style=\"max-width:560px;margin:0 auto;background:#ffffff;")
                .append("padding:24px;border-radius:8px\">");
        for (String written : paragraphs) {
            String paragraph = written.strip();
            Matcher condition = CONDITION.matcher(paragraph);
            if (condition.find()) {
                String value = values.get(condition.group(1));
                if (value == null || value.isBlank()) {
                    continue;
                }
                paragraph = paragraph.substring(condition.end());
            }
            Matcher button = BUTTON.matcher(paragraph);
            if (button.matches()) {
                String label = fill(button.group(1), values, false);
                String address = fill(button.group(2), values, false);
                text.append(label).append(":\n").append(address).append("\n\n");
                html.append("<p style=\"margin:24px 0\"><a href=\"").append(escape(address)).append("\" style=\"display:inline-block;")
                        .append("background:#1c5fb8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;")
                        .append("font-weight:bold\">").append(escape(label)).append("</a></p>")
                        .append("<p style=\"font-size:13px;color:#52606d;word-break:break-all\">").append(escape(address)).append("</p>");
            } else {
                text.append(fill(paragraph, values, false)).append("\n\n");
                html.append("<p>").append(fill(paragraph, values, true).replace("\n", "<br>")).append("</p>");
            }
        }
        text.append("-- \n").append(settings.providerName()).append('\n').append(why).append('\n');
        html.append("<hr style=\"border:none;border-top:1px solid #d9dde3;margin:24px 0\">")
                .append("<p style=\"font-size:13px;color:#52606d\">").append(escape(settings.providerName())).append("<br>")
                .append(escape(why));
        if (unsubscribeUrl != null) {
            text.append(unsubscribe).append(": ").append(unsubscribeUrl).append('\n');
            html.append("<br><a href=\"").append(escape(unsubscribeUrl)).append("\" style=\"color:#1c5fb8\">")
                    .append(escape(unsubscribe)).append("</a>");
        }
        html.append("</p></div></body></html>");
        return new Rendered(subject, text.toString(), html.toString());
    }

    private static Map<String, String> header(String head) {
        Map<String, String> fields = new java.util.HashMap<>();
        for (String line : head.split("\\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static String required(Map<String, String> head, String field, String template) {
        String value = head.get(field);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("mail template " + template + " has no " + field + ": line");
        }
        return value;
    }

    private static String fill(String text, Map<String, String> values, boolean html) {
        Matcher variable = VARIABLE.matcher(html ? escape(text) : text);
        StringBuilder out = new StringBuilder();
        while (variable.find()) {
            String value = values.get(variable.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {{" + variable.group(1) + "}}");
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(html ? escape(value) : value));
        }
        variable.appendTail(out);
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String load(String template, String language) {
        List<String> names = new ArrayList<>(List.of("mail/" + template + "." + language + ".txt"));
        names.add("mail/" + template + ".uk.txt");
        for (String name : names) {
            try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(name)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no mail template " + template);
    }
}
