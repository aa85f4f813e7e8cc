package org.civitas.platform.web;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.civitas.support.Browser;
import org.civitas.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class PlatformBasicsTest extends IntegrationTest {

    @Test
    void healthIsUpWhenTheDatabaseAnswers() {
        Browser.Reply health = browser().get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.text("status"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[]{"/health", "/api/me", "/programs/42"}) {
            Browser.Reply reply = browser().get(path);
            String csp = reply.header("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && csp.contains("script-src 'self'") && !csp.contains("unsafe-eval"), path + ": " + csp);
            assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""), path);
            assertEquals("DENY", reply.header("X-Frame-Options").orElse(""), path);
        }
    }

    @Test
    void hstsAndSecureCookiesOnlyBehindHttps() {
        Browser plain = browser();
        assertTrue(plain.get("/health").header("Strict-Transport-Security").isEmpty());
        Browser.Reply plainLogin = plain.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertTrue(plainLogin.raw().headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")));

        Browser proxied = browser();
        Browser.Reply login = proxied.post("/api/auth/login", java.util.Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD),
                java.util.Map.of("X-Forwarded-Proto", "https"));
        assertEquals(200, login.status(), login.toString());
        assertTrue(login.header("Strict-Transport-Security").orElse("").contains("max-age="));
        java.util.List<String> cookies = login.raw().headers().allValues("Set-Cookie");
        assertTrue(cookies.stream().allMatch(c -> c.contains("Secure")), cookies.toString());
    }

    @Test
    void unknownApiPathsAreProblemsInTheCallersLanguage() {
        Browser.Reply uk = browser().get("/api/no-such-thing");
        assertEquals(404, uk.status());
        assertEquals("not_found", uk.code());
        assertEquals("Не знайдено.", uk.text("detail"));
        Browser.Reply en = browser().language("en-GB,en;q=0.9").get("/api/no-such-thing");
        assertEquals("Not found.", en.text("detail"));
        Browser.Reply fallback = browser().language("de").get("/api/no-such-thing");
        assertEquals("Не знайдено.", fallback.text("detail"));
    }

    @Test
    void appRoutesServeTheWebAppSoReloadsWork() {
        Browser.Reply page = browser().get("/admin/users");
        assertEquals(200, page.status());
        assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<div id=\"root\">"));
        assertEquals(404, browser().get("/assets/missing-file.js").status());
        assertEquals(404, browser().get("/..%2f..%2fetc/passwd").status());
    }

    @Test
    void theOpenApiDocumentIsServed() {
        Browser.Reply spec = browser().get("/openapi/civitas.yml");
        assertEquals(200, spec.status(), spec.toString());
        assertTrue(spec.body().contains("/api/auth/signup") && spec.body().contains("/api/admin/users"), spec.body());
    }

    @Test
    void apiResponsesAreNotCached() {
        assertEquals("no-store", browser().get("/api/me").header("Cache-Control").orElse(""));
    }
}
