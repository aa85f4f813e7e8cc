package org.civitas.platform.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ASVS V8.2.1: every route says who may call it; anonymous callers of the others get 401. */
@MicronautTest(transactional = false)
class RouteAccessRulesTest extends IntegrationTest {
    /** Routes open to everyone, on purpose. A new one must be added here, knowingly. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /health", "GET /api/auth/csrf", "POST /api/auth/signup", "POST /api/auth/login",
            "POST /api/auth/password-link", "POST /api/auth/set-password", "POST /api/auth/password-reset",
            "POST /api/auth/verify-email", "POST /api/notifications/unsubscribe",
            "GET /api/programs/{programId}/sessions", "GET /api/sessions/{id}", "GET /api/sessions/{id}/calendar.ics",
            "GET /api/calendar-feeds/{token}.ics", "OPTIONS /api/uploads", "GET /api/sessions/{id}/recordings",
            "GET /api/recordings/{id}/file",
            "GET /", "GET /{+path}", "GET /api/programs", "GET /api/programs/{id}",
            "GET /api/programs/{programId}/materials", "GET /api/materials/{materialId}/file",
            "GET /api/public/certificates/{code}", "POST /api/public/certificate-checks");

    @Inject
    Router router;

    private List<UriRouteInfo<?, ?>> routes() {
        List<UriRouteInfo<?, ?>> routes = new java.util.ArrayList<>();
        router.uriRoutes().filter(r -> r.getDeclaringType().getPackageName().startsWith("org.civitas"))
                .filter(r -> r.getHttpMethod() != HttpMethod.HEAD) // derived from each GET route
                .forEach(routes::add);
        return routes;
    }

    private static String name(UriRouteInfo<?, ?> route) {
        return route.getHttpMethod() + " " + route.getUriMatchTemplate().toPathString();
    }

    @Test
    void everyRouteDeclaresItsAccessRule() {
        List<UriRouteInfo<?, ?>> routes = routes();
        assertTrue(routes.size() >= 10, "routes found: " + routes.size());
        for (UriRouteInfo<?, ?> route : routes) {
            assertTrue(route.getAnnotationMetadata().hasAnnotation(Secured.class), name(route) + " has no @Secured rule");
        }
    }

    @Test
    void onlyTheListedRoutesAreOpenToAnonymousCallers() {
        for (UriRouteInfo<?, ?> route : routes()) {
            String[] rule = route.getAnnotationMetadata().stringValues(Secured.class);
            boolean anonymous = List.of(rule).contains("isAnonymous()");
            assertEquals(PUBLIC.contains(name(route)), anonymous, name(route) + " rule " + List.of(rule));
        }
    }

    @Test
    void anonymousCallsToEveryProtectedRouteGet401() {
        Browser anonymous = browser();
        anonymous.get("/api/auth/csrf");
        for (UriRouteInfo<?, ?> route : routes()) {
            if (PUBLIC.contains(name(route))) {
                continue;
            }
            String path = route.getUriMatchTemplate().expand(java.util.Map.of("id", 1, "programId", 1, "moduleId", 1, "materialId", 1, "userId", 1,
                    "importId", 1, "questionId", 1, "categoryId", 1));
            Browser.Reply reply = switch (route.getHttpMethod()) {
                case GET -> anonymous.get(path);
                case PUT -> anonymous.put(path, java.util.Map.of());
                case DELETE -> anonymous.delete(path);
                case POST -> anonymous.post(path, java.util.Map.of());
                default -> anonymous.request(route.getHttpMethod().name(), path, java.util.Map.of(),
                        java.net.http.HttpRequest.BodyPublishers.noBody());
            };
            assertEquals(401, reply.status(), name(route) + " answered " + reply);
            assertEquals("authentication_required", reply.code());
        }
    }
}
