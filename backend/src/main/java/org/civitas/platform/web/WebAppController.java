package org.civitas.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.civitas.platform.errors.ProblemResponses;
import org.jspecify.annotations.Nullable;

import java.net.URL;

/**
 * Serves the single-page web app built into {@code public/} and the generated OpenAPI document.
 * Paths that name no file fall back to {@code index.html}, so the app's own routes work on reload;
 * unknown {@code /api/...} paths stay a problem+json 404.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class WebAppController {
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private final ProblemResponses problems;
    private final ClassLoader classLoader = WebAppController.class.getClassLoader();

    WebAppController(ProblemResponses problems) {
        this.problems = problems;
    }

    @Get
    HttpResponse<?> index(HttpRequest<?> request) {
        return page(request, "");
    }

    @Get("/{+path}")
    HttpResponse<?> page(HttpRequest<?> request, @PathVariable String path) {
        if (path.startsWith("api/") || path.equals("api") || path.contains("..") || path.contains("\\")) {
            return problems.of(request, HttpStatus.NOT_FOUND, "not_found");
        }
        if (path.startsWith("openapi/") && isFileName(path)) {
            return file(request, "META-INF/swagger/" + path.substring("openapi/".length()), "no-cache");
        }
        if (isFileName(path)) {
            return file(request, "public/" + path, path.startsWith("assets/") ? IMMUTABLE : "no-cache");
        }
        URL index = classLoader.getResource("public/index.html");
        if (index == null) {
            return problems.of(request, HttpStatus.NOT_FOUND, "web_app_not_built");
        }
        return HttpResponse.ok(new StreamedFile(index)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Cache-Control", "no-cache");
    }

    private HttpResponse<?> file(HttpRequest<?> request, String resource, String cacheControl) {
        @Nullable URL url = classLoader.getResource(resource);
        if (url == null) {
            return problems.of(request, HttpStatus.NOT_FOUND, "not_found");
        }
        return HttpResponse.ok(new StreamedFile(url)).header("Cache-Control", cacheControl);
    }

    /** A last segment with an extension names a file (app.js, logo.svg); anything else is an app route. */
    private static boolean isFileName(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.lastIndexOf('.') > 0;
    }
}
