package org.civitas.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * The caller's address, for login throttling and the audit log. The framework's default believes
 * any {@code Forwarded} / {@code X-Forwarded-For} header, which lets a client pick a fresh address
 * per request; here only the header named by {@code micronaut.server.client-address-header}
 * (CIVITAS_CLIENT_ADDRESS_HEADER, set by the operator's own reverse proxy) is believed, and
 * otherwise the TCP peer address is used.
 */
@Singleton
@Replaces(HttpClientAddressResolver.class)
class ClientAddresses implements HttpClientAddressResolver {
    private final @Nullable String trustedHeader;

    ClientAddresses(HttpServerConfiguration configuration) {
        String header = configuration.getClientAddressHeader();
        this.trustedHeader = header == null || header.isBlank() ? null : header;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String resolve(HttpRequest request) {
        if (trustedHeader != null) {
            String value = request.getHeaders().get(trustedHeader);
            if (value != null && !value.isBlank()) {
                // a proxy appends the address it saw last: that entry is the one it vouches for
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
