package org.civitas.certification;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.civitas.platform.database.JsonColumn;

import java.util.List;

/** The certification values kept as JSON columns. */
final class JsonColumns {
    private JsonColumns() {
    }

    @Singleton
    static class QuizIds extends JsonColumn<List<Long>> {
        QuizIds(JsonMapper json) {
            super(json, Argument.listOf(Long.class));
        }
    }

    @Singleton
    static class Texts extends JsonColumn<List<String>> {
        Texts(JsonMapper json) {
            super(json, Argument.listOf(String.class));
        }
    }

    @Singleton
    static class Signatories extends JsonColumn<List<CertificateDesign.Signatory>> {
        Signatories(JsonMapper json) {
            super(json, Argument.listOf(CertificateDesign.Signatory.class));
        }
    }

    @Singleton
    static class Designs extends JsonColumn<CertificateDesign> {
        Designs(JsonMapper json) {
            super(json, Argument.of(CertificateDesign.class));
        }
    }
}
