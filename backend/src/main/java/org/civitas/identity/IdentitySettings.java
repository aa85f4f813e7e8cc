package org.civitas.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.jspecify.annotations.Nullable;

import java.time.Duration;

/** Settings of the identity feature; every one has a default in application.yml. */
@ConfigurationProperties("civitas.identity")
record IdentitySettings(
        /* a session unused this long ends */
        @Bindable(defaultValue = "2h") Duration idleTimeout,
        /* a session ends this long after sign-in, however busy */
        @Bindable(defaultValue = "12h") Duration absoluteTimeout,
        /* mark cookies Secure even when the request does not look like HTTPS */
        @Bindable(defaultValue = "false") boolean alwaysSecureCookies,
        /* failed logins allowed per account, and per client address, within the window */
        @Bindable(defaultValue = "5") int maxFailuresPerAccount,
        @Bindable(defaultValue = "20") int maxFailuresPerClient,
        @Bindable(defaultValue = "15m") Duration throttleWindow,
        /* how long a one-time link to set a password stays valid */
        @Bindable(defaultValue = "14d") Duration passwordLinkValidity,
        /* the first administrator, created when the platform has none */
        @Bindable(defaultValue = "admin@civitas.local") String adminEmail,
        @Nullable String adminPassword) {
}
