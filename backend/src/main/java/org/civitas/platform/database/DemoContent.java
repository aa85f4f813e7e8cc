package org.civitas.platform.database;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads {@code db/demo/demo-content.sql} so a newcomer's {@code make run} shows a living platform.
 * Only with CIVITAS_DEMO_CONTENT=true, and only into a database the query in
 * {@code db/demo/demo-guard.sql} finds empty. Both are SQL files beside the migrations: the
 * platform itself knows no feature's tables.
 */
@Singleton
@Requires(property = "civitas.demo-content", value = "true")
public class DemoContent {
    static final String SCRIPT = "db/demo/demo-content.sql";
    static final String GUARD = "db/demo/demo-guard.sql";
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);
    private final DataSource dataSource;

    DemoContent(DataSource dataSource, DataSourceResolver resolver) {
        this.dataSource = resolver.resolve(dataSource);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (loadIfEmpty()) {
            LOG.info("Loaded the demo content ({}): demo learners sign in with the password Demo-learner-2026", SCRIPT);
        }
    }

    /** Returns whether the demo content was loaded; false when the database already holds data. */
    public boolean loadIfEmpty() {
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection, statements(resource(GUARD)).getFirst()) > 0) {
                return false;
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(resource(SCRIPT))) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
            return true;
        } catch (SQLException e) {
            LOG.warn("The demo content was not loaded; the platform works without it", e);
            return false;
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Statements end with a semicolon at the end of a line; lines starting with -- are comments. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--") || line.isBlank()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        return statements;
    }

    private static String resource(String name) {
        try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
