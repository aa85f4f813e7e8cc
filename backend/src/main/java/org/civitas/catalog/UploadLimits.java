package org.civitas.catalog;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.HttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * Keeps the framework's own request and multipart limits above {@code civitas.materials.max-document-size},
 * so uploads are refused by our counting (413 file_too_large, partial file removed) and never by a
 * framework limit below it. Bodies read into memory (JSON) keep their small
 * {@code micronaut.server.max-request-buffer-size}.
 */
@Singleton
class UploadLimits implements BeanCreatedEventListener<HttpServerConfiguration> {
    /** room for the form's other fields and the multipart framing */
    static final long MARGIN = 1024 * 1024;
    private final MaterialsSettings settings;

    UploadLimits(MaterialsSettings settings) {
        this.settings = settings;
    }

    @Override
    public HttpServerConfiguration onCreated(BeanCreatedEvent<HttpServerConfiguration> event) {
        HttpServerConfiguration configuration = event.getBean();
        long needed = settings.maxDocumentSize() + MARGIN;
        if (configuration.getMaxRequestSize() < needed) {
            configuration.setMaxRequestSize(needed);
        }
        HttpServerConfiguration.MultipartConfiguration multipart = configuration.getMultipart();
        if (multipart.getMaxFileSize() < needed) {
            multipart.setMaxFileSize(needed);
        }
        return configuration;
    }
}
