package org.civitas.platform.web;

import io.micronaut.http.HttpRequest;

/** Whether the browser reached us over HTTPS, directly or through the reverse proxy in front. */
public final class Https {
    private Https() {
    }

    public static boolean isSecure(HttpRequest<?> request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
