package org.civitas.platform.mail;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.jspecify.annotations.Nullable;

import java.time.Duration;

/** How mail leaves the platform; every one has a default in application.yml. */
@ConfigurationProperties("civitas.mail")
record MailSettings(
        /* the SMTP server; without one, messages are kept in the outbox, never sent */
        @Nullable String host,
        @Bindable(defaultValue = "587") int port,
        @Nullable String username,
        @Nullable String password,
        /* starttls (the default), tls (SMTPS) or none */
        @Bindable(defaultValue = "starttls") String tls,
        /* the sender, as "Name <address>" or an address */
        @Bindable(defaultValue = "Civitas <noreply@civitas.local>") String from,
        /* the address the platform is reached at: the base of every link in a message */
        @Bindable(defaultValue = "http://localhost:8080") String publicUrl,
        /* the provider named in every message's footer */
        @Bindable(defaultValue = "Civitas") String providerName,
        /* how often the sender looks for messages to send */
        @Bindable(defaultValue = "2s") Duration pollInterval,
        /* messages one pass of the sender claims */
        @Bindable(defaultValue = "100") int batchSize,
        /* tries before a message that keeps failing for a passing reason is given up */
        @Bindable(defaultValue = "8") int maxAttempts,
        /* the wait after the first failed try; it doubles with each further one */
        @Bindable(defaultValue = "30s") Duration retryDelay,
        /* how long a claimed message is left to its sender before another may send it */
        @Bindable(defaultValue = "2m") Duration claimTimeout,
        @Bindable(defaultValue = "20s") Duration smtpTimeout) {

    boolean smtpConfigured() {
        return host != null && !host.isBlank();
    }
}
