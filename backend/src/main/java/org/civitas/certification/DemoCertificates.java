package org.civitas.certification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.civitas.platform.database.DemoContentLoaded;

import java.util.Comparator;
import java.util.List;

/**
 * The demo's certificates: SQL cannot render and sign a PDF, so once the demo content is in, every
 * learner its completion rules find complete gets a certificate as the bulk issue would give it, and
 * the last one issued is revoked, so the verification page shows both statuses from the first start.
 */
@Singleton
@Requires(property = "civitas.demo-content", value = "true")
class DemoCertificates {
    private final CompletionRulesRepository rules;
    private final Certificates certificates;
    private final CertificateRepository issued;
    private final Issuing issuing;

    DemoCertificates(CompletionRulesRepository rules, Certificates certificates, CertificateRepository issued, Issuing issuing) {
        this.rules = rules;
        this.certificates = certificates;
        this.issued = issued;
        this.issuing = issuing;
    }

    @EventListener
    void onDemoLoaded(DemoContentLoaded event) {
        for (CompletionRulesRow program : rules.findAll()) {
            certificates.issueToAllComplete(program.programId(), (Long) null);
            List<CertificateRow> rows = issued.findByProgramIdOrderBySerial(program.programId());
            rows.stream().max(Comparator.comparing(CertificateRow::serial)).filter(r -> rows.size() > 1)
                    .ifPresent(last -> issuing.revoke(last.requireId(), "Видано помилково: слухач не склав тест модуля 1 особисто (демонстрація)",
                            null));
        }
    }
}
