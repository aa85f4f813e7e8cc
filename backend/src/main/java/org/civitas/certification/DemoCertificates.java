package org.civitas.certification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.civitas.identity.Accounts;
import org.civitas.platform.database.DemoContentLoaded;

import java.util.List;

/**
 * The demo's certificates: SQL cannot render and sign a PDF, so once the demo content is in, every
 * learner its completion rules find complete gets a certificate as the bulk issue would give it, and
 * Oleh Marchenko's (a learner of the demo script) is revoked, so the verification page shows both
 * statuses from the first start while Olena, whom a newcomer signs in as, holds a valid one.
 */
@Singleton
@Requires(property = "civitas.demo-content", value = "true")
class DemoCertificates {
    static final String REVOKED_LEARNER = "oleh.marchenko@demo.civitas";
    private final CompletionRulesRepository rules;
    private final Certificates certificates;
    private final CertificateRepository issued;
    private final Issuing issuing;
    private final Accounts accounts;

    DemoCertificates(CompletionRulesRepository rules, Certificates certificates, CertificateRepository issued, Issuing issuing,
                     Accounts accounts) {
        this.rules = rules;
        this.certificates = certificates;
        this.issued = issued;
        this.issuing = issuing;
        this.accounts = accounts;
    }

    @EventListener
    void onDemoLoaded(DemoContentLoaded event) {
        for (CompletionRulesRow program : rules.findAll()) {
            certificates.issueToAllComplete(program.programId(), (Long) null);
            accounts.findByEmail(REVOKED_LEARNER).ifPresent(learner -> issued.findCurrent(program.programId(), List.of(learner.id()))
                    .forEach(certificate -> issuing.revoke(certificate.requireId(),
                            "Видано помилково: слухач не склав тест модуля 1 особисто (демонстрація)", null)));
        }
    }
}
