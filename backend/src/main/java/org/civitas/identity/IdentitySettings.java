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
        /* failed logins free per account within the window; after them each attempt waits a doubling delay */
        @Bindable(defaultValue = "5") int maxFailuresPerAccount,
        @Bindable(defaultValue = "30s") Duration throttleBaseDelay,
        /* failed logins allowed per client address within the window (an office shares one address) */
        @Bindable(defaultValue = "100") int maxFailuresPerClient,
        @Bindable(defaultValue = "15m") Duration throttleWindow,
        /* sign-ups, and uses or checks of password links, allowed per client address within the window */
        @Bindable(defaultValue = "60") int maxSignupsPerClient,
        @Bindable(defaultValue = "60") int maxPasswordLinkAttemptsPerClient,
        /* verification emails a person may ask for, and password resets asked for one account, within the window */
        @Bindable(defaultValue = "3") int maxVerificationEmailsPerAccount,
        @Bindable(defaultValue = "3") int maxPasswordResetsPerAccount,
        /* how long a link that proves an address stays valid */
        @Bindable(defaultValue = "7d") Duration emailVerificationValidity,
        /* how long a one-time link to set a password stays valid */
        @Bindable(defaultValue = "14d") Duration passwordLinkValidity,
        /* the first administrator, created when the platform has none */
        @Bindable(defaultValue = "admin@civitas.local") String adminEmail,
        @Nullable String adminPassword) {
}
