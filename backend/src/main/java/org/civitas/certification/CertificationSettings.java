package org.civitas.certification;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import org.jspecify.annotations.Nullable;

/**
 * Settings of certificates. Without a keystore the platform signs with a self-signed test key it
 * makes on first start and keeps in the data directory: certificates verify on the platform, but a
 * PDF reader will not trust them; production configures a real key.
 */
@ConfigurationProperties("civitas.certificates")
record CertificationSettings(
        /* a PKCS#12 file with the signing key and its certificate chain */
        @Nullable String keystore,
        @Nullable String keystorePassword,
        /* the key entry to use; null: the first key in the keystore */
        @Nullable String keyAlias,
        /* the signature's reason, shown by PDF readers */
        @Bindable(defaultValue = "Certificate of professional development") String signatureReason,
        /* the signature's location, shown by PDF readers; null: none */
        @Nullable String signatureLocation,
        /* serials read ПК-2026-000123: this prefix, the year, a number counted per prefix and year */
        @Bindable(defaultValue = "ПК") String serialPrefix,
        /* public lookups and PDF checks one address may make per minute (against guessing codes) */
        @Bindable(defaultValue = "30") int lookupsPerMinute) {
}
