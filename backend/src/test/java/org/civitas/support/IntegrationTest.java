package org.civitas.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;

import java.util.UUID;

/** Base of HTTP tests: a fresh cookie jar per browser, unique emails per test. */
public abstract class IntegrationTest {
    public static final String ADMIN_EMAIL = "admin@test.civitas";
    public static final String ADMIN_PASSWORD = "Test-admin-passphrase-2026";
    public static final String GOOD_PASSWORD = "Зелений кит пливе 42";

    @Inject
    protected EmbeddedServer server;
    @Inject
    protected JsonMapper json;

    protected Browser browser() {
        return new Browser(server.getURI(), json);
    }

    protected Browser admin() {
        Browser admin = browser();
        Browser.Reply reply = admin.logIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        if (reply.status() != 200) {
            throw new IllegalStateException("admin login failed: " + reply);
        }
        return admin;
    }

    /** A signed-in learner with a fresh account. */
    protected Browser learner() {
        Browser learner = browser();
        Browser.Reply reply = learner.signUp(uniqueEmail(), GOOD_PASSWORD);
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + reply);
        }
        return learner;
    }

    protected static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }
}
