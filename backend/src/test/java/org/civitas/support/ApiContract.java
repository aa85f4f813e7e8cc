package org.civitas.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document generated from the code is the contract: every answer an HTTP test receives
 * from {@code /api} must match what the document says of that path, method and status (fields,
 * types, enum values, required and nullable). A test fails on the first answer that does not.
 * A success the document does not name fails too; refusals it leaves out are problem+json, whose
 * codes and fields the tests check themselves.
 */
public final class ApiContract {
    private static final String DOCUMENT = "META-INF/swagger/civitas.yml";
    private static final String UNDOCUMENTED_STATUS = "validation.response.status.unknown";
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(document()).build();

    private ApiContract() {
    }

    /** Checks one exchange; throws AssertionError naming what the document and the answer disagree on. */
    public static void check(String method, URI uri, HttpResponse<?> response) {
        String path = uri.getPath();
        if (!path.startsWith("/api/")) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (response.body() instanceof String text && !text.isEmpty()) {
            answer.withBody(text);
        }
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), answer.build());
        if (response.statusCode() >= 400) {
            // refusals are problem+json, the same shape everywhere; the document names only some of them,
            // and a path it does not name at all is rightly a 404
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !UNDOCUMENTED_STATUS.equals(m.getKey()) && !m.getKey().endsWith("path.missing")).toList());
        }
        if (report.hasErrors()) {
            throw new AssertionError("the answer to " + method + " " + path + " (" + response.statusCode()
                    + ") does not match the OpenAPI document:\n" + report.getMessages() + "\nbody: " + response.body());
        }
    }

    private static String document() {
        try (InputStream in = ApiContract.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not on the classpath: the OpenAPI processor did not run");
            }
            Map<String, Object> document = new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new Yaml().dump(withNullableReferencesInlined(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The generator writes a nullable property of a record type as {@code nullable: true} beside
     * {@code allOf: [$ref]}, which OpenAPI 3.0 validators apply to null as well and so refuse. Each
     * such property becomes the referenced schema itself, marked nullable: the same meaning, in
     * the form validators read.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withNullableReferencesInlined(Map<String, Object> document) {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("schemas");
        inline(document, schemas);
        return document;
    }

    @SuppressWarnings("unchecked")
    private static void inline(Object node, Map<String, Object> schemas) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> schema = (Map<String, Object>) map;
            if (Boolean.TRUE.equals(schema.get("nullable")) && schema.get("allOf") instanceof List<?> all && all.size() == 1
                    && all.getFirst() instanceof Map<?, ?> only && only.get("$ref") instanceof String ref) {
                Map<String, Object> target = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
                schema.remove("allOf");
                target.forEach(schema::putIfAbsent);
            }
            new ArrayList<>(schema.values()).forEach(child -> inline(child, schemas));
        } else if (node instanceof List<?> list) {
            list.forEach(child -> inline(child, schemas));
        }
    }
}
