package org.civitas.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server (GreenMail) in the tests' process, on a port of its own, that can be stopped
 * and started again on that port to play an outage. {@link #properties()} points the platform at it.
 */
public final class MailServer {
    private final int port;
    private GreenMail server;

    public MailServer() {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = started();
    }

    private GreenMail started() {
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    public Map<String, String> properties() {
        return Map.of("civitas.mail.host", "127.0.0.1", "civitas.mail.port", String.valueOf(port),
                "civitas.mail.tls", "none", "civitas.mail.poll-interval", "100ms", "civitas.mail.retry-delay", "200ms",
                "civitas.mail.public-url", "https://learn.example.org");
    }

    public void stop() {
        server.stop();
    }

    /** Starts again on the same port, with nothing received yet. */
    public void restart() {
        server = started();
    }

    /** The messages received for the address so far, waiting up to 10 s for at least {@code count}. */
    public List<MimeMessage> messagesTo(String address, int count) {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> found = Arrays.stream(server.getReceivedMessages()).filter(m -> to(m, address)).toList();
            if (found.size() >= count) {
                return found;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return Arrays.stream(server.getReceivedMessages()).filter(m -> to(m, address)).toList();
    }

    public MimeMessage onlyMessageTo(String address) {
        List<MimeMessage> found = messagesTo(address, 1);
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " messages to " + address);
        }
        return found.getFirst();
    }

    /** The text part of a message. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** The iCalendar part beside the text and HTML (an invitation, an update, a cancellation), or null. */
    public static String calendar(MimeMessage message) {
        return part(message, "text/calendar");
    }

    /** The first part of this type, however deep in the message's multiparts; null when there is none. */
    public static String part(MimeMessage message, String type) {
        try {
            return find(message.getContent(), type);
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Object content, String type) throws MessagingException, IOException {
        if (content instanceof MimeMultipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                jakarta.mail.BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType(type)) {
                    Object body = part.getContent();
                    return body instanceof String text ? text : new String(((java.io.InputStream) body).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                }
                String nested = find(part.getContent(), type);
                if (nested != null) {
                    return nested;
                }
            }
        }
        return null;
    }

    /** The first link in the text that starts with the given address. */
    public static String link(MimeMessage message, String prefix) {
        Matcher found = Pattern.compile(Pattern.quote(prefix) + "\\S+").matcher(text(message));
        if (!found.find()) {
            throw new AssertionError("no link starting " + prefix + " in:\n" + text(message));
        }
        return found.group();
    }

    public static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean to(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
