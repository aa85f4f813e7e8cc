package org.civitas.identity;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a platform with no administrator, creates one from CIVITAS_ADMIN_EMAIL / CIVITAS_ADMIN_PASSWORD;
 * without a password, generates one and prints it once in the log (the only place it ever appears);
 * a generated password must be changed at the first sign-in.
 */
@Singleton
class FirstAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);
    private final Accounts accounts;
    private final IdentitySettings settings;

    FirstAdministrator(Accounts accounts, IdentitySettings settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        String configured = settings.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? Sessions.randomToken().substring(0, 20) : configured;
        Accounts.FirstAdmin outcome = accounts.createFirstAdmin(settings.adminEmail(), password, generated, null);
        if (outcome == Accounts.FirstAdmin.PROMOTED) {
            LOG.info("Made the existing user {} the first administrator", settings.adminEmail());
        } else if (outcome == Accounts.FirstAdmin.CREATED && generated) {
            LOG.warn("Created the first administrator {} with the generated password: {}  (shown once, to be "
                    + "changed at the first sign-in; set CIVITAS_ADMIN_PASSWORD to choose it)", settings.adminEmail(), password);
        } else if (outcome == Accounts.FirstAdmin.CREATED) {
            LOG.info("Created the first administrator {} with the password from CIVITAS_ADMIN_PASSWORD", settings.adminEmail());
        }
    }
}
