package org.civitas.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.AuthenticationFetcher;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.util.concurrent.ExecutorService;

/** Reads the session cookie; the database look-up runs off the event loop. */
@Singleton
class SessionAuthenticationFetcher implements AuthenticationFetcher<HttpRequest<?>> {
    private final Sessions sessions;
    private final Scheduler blocking;

    SessionAuthenticationFetcher(Sessions sessions, @Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.sessions = sessions;
        this.blocking = Schedulers.fromExecutorService(executor);
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        String token = request.getCookies().findCookie(Sessions.SESSION_COOKIE).map(Cookie::getValue).orElse("");
        if (token.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> sessions.authenticate(token).orElse(null)).subscribeOn(blocking);
    }
}
