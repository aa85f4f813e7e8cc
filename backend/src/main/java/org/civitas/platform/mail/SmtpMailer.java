package org.civitas.platform.mail;

import jakarta.inject.Singleton;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Talks to the SMTP server through Jakarta Mail (Eclipse Angus): one connection per batch, each
 * message with our Message-ID (so a message sent twice after a crash is recognizably the same),
 * a text and an HTML part, and, for optional notifications, one-click unsubscribe headers.
 */
@Singleton
class SmtpMailer {
    private final MailSettings settings;

    SmtpMailer(MailSettings settings) {
        this.settings = settings;
    }

    /** What became of one message. */
    sealed interface Outcome permits Sent, Refused, Deferred {
    }

    record Sent() implements Outcome {
    }

    /** The server will never take it (5xx): give it up with the server's answer. */
    record Refused(String answer) implements Outcome {
    }

    /** A passing failure (4xx, no connection): try again later. */
    record Deferred(String answer) implements Outcome {
    }

    interface Listener {
        void outcome(OutboxMessageRow message, Outcome outcome);
    }

    /** Sends the messages over one connection, telling the listener each one's outcome as it happens. */
    void send(List<OutboxMessageRow> messages, Listener listener) {
        Session session = Session.getInstance(properties());
        Transport transport;
        try {
            transport = session.getTransport(settings.tls().equals("tls") ? "smtps" : "smtp");
            transport.connect(settings.host(), settings.port(), blankToNull(settings.username()), blankToNull(settings.password()));
        } catch (MessagingException unreachable) {
            messages.forEach(m -> listener.outcome(m, new Deferred(describe(unreachable))));
            return;
        }
        try {
            for (OutboxMessageRow message : messages) {
                listener.outcome(message, sendOne(session, transport, message));
            }
        } finally {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the messages are sent or accounted for; a failed goodbye changes nothing
            }
        }
    }

    private Outcome sendOne(Session session, Transport transport, OutboxMessageRow row) {
        try {
            MimeMessage message = mime(session, row);
            transport.sendMessage(message, message.getAllRecipients());
            return new Sent();
        } catch (SMTPSendFailedException | SMTPAddressFailedException e) {
            int code = e instanceof SMTPSendFailedException send ? send.getReturnCode() : ((SMTPAddressFailedException) e).getReturnCode();
            return code >= 500 ? new Refused(describe(e)) : new Deferred(describe(e));
        } catch (SendFailedException e) {
            Exception next = e.getNextException();
            if (next instanceof SMTPAddressFailedException address && address.getReturnCode() >= 500) {
                return new Refused(describe(address));
            }
            return new Deferred(describe(e));
        } catch (MessagingException e) {
            return new Deferred(describe(e));
        }
    }

    private MimeMessage mime(Session session, OutboxMessageRow row) throws MessagingException {
        String messageId = row.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(InternetAddress.parse(settings.from())[0]);
        message.setRecipients(Message.RecipientType.TO, new Address[]{new InternetAddress(row.recipient())});
        message.setSubject(row.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Content-Language", row.language());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (row.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe", "<" + row.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(row.bodyText(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(row.bodyHtml(), StandardCharsets.UTF_8.name(), "html");
        if (row.calendar() == null) {
            message.setContent(new MimeMultipart("alternative", text, html));
            return message;
        }
        // as calendar programs expect an invitation: the event beside the text and HTML, and as a file
        String type = "text/calendar; charset=UTF-8; method=" + row.calendarMethod();
        MimeBodyPart event = new MimeBodyPart();
        event.setContent(row.calendar(), type);
        event.setHeader("Content-Type", type);
        MimeBodyPart bodies = new MimeBodyPart();
        bodies.setContent(new MimeMultipart("alternative", text, html, event));
        MimeBodyPart file = new MimeBodyPart();
        file.setContent(row.calendar(), "application/ics; name=invite.ics");
        file.setHeader("Content-Type", "application/ics; name=invite.ics");
        file.setFileName("invite.ics");
        message.setContent(new MimeMultipart("mixed", bodies, file));
        return message;
    }

    private Properties properties() {
        Properties p = new Properties();
        String timeout = String.valueOf(settings.smtpTimeout().toMillis());
        for (String protocol : List.of("smtp", "smtps")) {
            p.put("mail." + protocol + ".connectiontimeout", timeout);
            p.put("mail." + protocol + ".timeout", timeout);
            p.put("mail." + protocol + ".writetimeout", timeout);
            p.put("mail." + protocol + ".auth", String.valueOf(blankToNull(settings.username()) != null));
        }
        if (settings.tls().equals("starttls")) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        return p;
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
