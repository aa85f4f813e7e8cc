package org.civitas.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Addresses a person's browser may be sent to: http and https only, never javascript:, data: or file:. */
public final class WebAddresses {
    private WebAddresses() {
    }

    public static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
