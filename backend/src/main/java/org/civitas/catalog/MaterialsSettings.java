package org.civitas.catalog;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

/** Settings of program materials; defaults in application.yml. */
@ConfigurationProperties("civitas.materials")
record MaterialsSettings(
        /* the largest document accepted, counted while the upload streams in */
        @Bindable(defaultValue = "100MB") @ReadableBytes long maxDocumentSize) {
}
