package org.civitas.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request: method, path without the query (which may carry personal
 * search terms), status, duration, user id, client address. Never bodies, cookies or headers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestLogFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger("civitas.request");
    private static final String STARTED = RequestLogFilter.class.getName() + ".started";
    private final HttpClientAddressResolver addresses;

    RequestLogFilter(HttpClientAddressResolver addresses) {
        this.addresses = addresses;
    }

    @RequestFilter
    void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
    }

    @ResponseFilter
    void log(HttpRequest<?> request, HttpResponse<?> response) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        String user = request.getUserPrincipal().map(p -> p.getName()).orElse("-");
        LOG.atInfo()
                .addKeyValue("method", request.getMethodName())
                .addKeyValue("path", request.getPath())
                .addKeyValue("status", response.code())
                .addKeyValue("durationMs", (System.nanoTime() - started) / 1_000_000)
                .addKeyValue("user", user)
                .addKeyValue("client", addresses.resolve(request))
                .log("{} {} {}", request.getMethodName(), request.getPath(), response.code());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }
}
