package org.civitas.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/**
 * A browser for tests: real HTTP against the running server, a cookie jar, and the CSRF header
 * sent the way the web app sends it (echoing the civitas_csrf cookie).
 */
public final class Browser {
    private static final boolean CONTRACT_CHECKED = !"false".equals(System.getProperty("tests.contract"));
    private final URI base;
    private final JsonMapper json;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String language = "uk";

    public Browser(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public Browser language(String tag) {
        this.language = tag;
        return this;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A request carrying a cookie header of the test's choosing, as a replay would. */
    public Reply getWithCookie(String path, String cookieHeader) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookieHeader).GET().build();
            return new Reply(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply post(String path, Object body) {
        return send(withCsrf(request(path).POST(bodyOf(body))));
    }

    public Reply post(String path) {
        return send(withCsrf(request(path).POST(HttpRequest.BodyPublishers.noBody())));
    }

    public Reply delete(String path) {
        return send(withCsrf(request(path).DELETE()));
    }

    public Reply put(String path, Object body) {
        return send(withCsrf(request(path).PUT(bodyOf(body))));
    }

    /** A state-changing request as a forged cross-site form would make it: no CSRF header. */
    public Reply postWithoutCsrf(String path, Object body) {
        return send(request(path).POST(bodyOf(body)));
    }

    public Reply postWithCsrf(String path, Object body, String token) {
        return send(request(path).header("X-CSRF-Token", token).POST(bodyOf(body)));
    }

    /** A state-changing request with extra headers, e.g. a spoofed X-Forwarded-For. */
    public Reply post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).POST(bodyOf(body));
        headers.forEach(builder::header);
        return send(withCsrf(builder));
    }

    /** Any request, with the CSRF header the web app would send: for protocols like tus (HEAD, PATCH with raw bytes). */
    public Reply request(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).method(method, body);
        headers.forEach(builder::header);
        return send(withCsrf(builder));
    }

    public Reply postRaw(String path, String contentType, String body) {
        return send(withCsrf(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** A file part of a multipart upload; {@code content} is opened when the request is sent and streamed. */
    public record FilePart(String name, String fileName, String contentType, java.util.function.Supplier<java.io.InputStream> content) {
    }

    /**
     * A multipart/form-data POST built by hand: the text fields first (as the web app sends them),
     * then the file, streamed from its supplier without holding it in memory.
     */
    public Reply postMultipart(String path, Map<String, String> fields, FilePart file) {
        String boundary = "civitas-" + java.util.UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(file.name()).append("\"; filename=\"")
                .append(file.fileName()).append("\"\r\n")
                .append("Content-Type: ").append(file.contentType()).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                java.util.Collections.enumeration(java.util.List.of(new java.io.ByteArrayInputStream(start),
                        file.content().get(), new java.io.ByteArrayInputStream(end)))));
        return send(withCsrf(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body)));
    }

    /** A GET whose body is kept as bytes, for downloads. */
    public HttpResponse<byte[]> download(String path) {
        return download(path, Map.of());
    }

    /** A download read as it arrives and thrown away: its status and length, without holding the body (for benchmarks). */
    public long[] downloadDiscarding(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET().build();
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = response.body()) {
                return new long[]{response.statusCode(), body.transferTo(java.io.OutputStream.nullOutputStream())};
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download with extra headers, such as Range. */
    public HttpResponse<byte[]> download(String path, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET();
            headers.forEach(request::header);
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public void forgetCookies() {
        cookies.getCookieStore().removeAll();
    }

    public Reply signUp(String email, String password) {
        return post("/api/auth/signup", Map.of("email", email, "password", password,
                "surname", "Шевченко", "givenName", "Тарас", "patronymic", "Григорович"));
    }

    public Reply logIn(String email, String password) {
        return post("/api/auth/login", Map.of("email", email, "password", password));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
                .header("Content-Type", "application/json");
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        if (cookie("civitas_csrf").isEmpty()) {
            get("/api/auth/csrf");
        }
        return builder.header("X-CSRF-Token", cookie("civitas_csrf").orElseThrow());
    }

    private HttpRequest.BodyPublisher bodyOf(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the request; the answer must match the OpenAPI document (see {@link ApiContract}).
     * Benchmarks turn the check off ({@code -Dtests.contract=false}): it runs in the same JVM on
     * the same cores as the server and would be measured with it.
     */
    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (CONTRACT_CHECKED) {
                ApiContract.check(request.method(), request.uri(), response);
            }
            return new Reply(response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON when it is JSON. */
    public record Reply(HttpResponse<String> raw, JsonMapper mapper) {
        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public Optional<String> header(String name) {
            return raw.headers().firstValue(name);
        }

        public JsonNode json() {
            try {
                return mapper.readValue(raw.body(), JsonNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            return node == null ? null : node.getValue().toString();
        }

        /** The problem code, and the field problems as "field:code" pairs. */
        public String code() {
            return text("code");
        }

        public java.util.List<String> fieldErrors() {
            JsonNode errors = json().get("errors");
            java.util.List<String> out = new java.util.ArrayList<>();
            if (errors != null) {
                for (JsonNode e : errors.values()) {
                    out.add(e.get("field").getStringValue() + ":" + e.get("code").getStringValue());
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
