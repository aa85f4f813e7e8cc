package org.civitas.platform.database;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.civitas.platform.storage.FileStorage;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code db/demo/demo-content.sql} so a newcomer's {@code make run} shows a living platform.
 * Only with CIVITAS_DEMO_CONTENT=true, and only into a database the query in
 * {@code db/demo/demo-guard.sql} finds empty. Both are SQL files beside the migrations: the
 * platform itself knows no feature's tables. Files the content needs (a recording made at build
 * time) lie under {@code db/demo/files/}; the script names them as {@code ${file:NAME:key}} and
 * {@code ${file:NAME:size}}, and they are kept in the file storage first. A statement naming a file
 * the build did not make is skipped, the rest still loads.
 */
@Singleton
@Requires(property = "civitas.demo-content", value = "true")
public class DemoContent {
    static final String SCRIPT = "db/demo/demo-content.sql";
    static final String GUARD = "db/demo/demo-guard.sql";
    static final String FILES = "db/demo/files/";
    private static final Pattern FILE = Pattern.compile("\\$\\{file:([\\w.-]+):(key|size)}");
    private static final Logger LOG = LoggerFactory.getLogger(DemoContent.class);
    private final DataSource dataSource;
    private final FileStorage storage;
    private final ApplicationEventPublisher<DemoContentLoaded> events;

    DemoContent(DataSource dataSource, DataSourceResolver resolver, FileStorage storage, ApplicationEventPublisher<DemoContentLoaded> events) {
        this.dataSource = resolver.resolve(dataSource);
        this.storage = storage;
        this.events = events;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (loadIfEmpty()) {
            events.publishEvent(new DemoContentLoaded());
            LOG.info("Loaded the demo content ({}): demo learners sign in with the password Demo-learner-2026", SCRIPT);
        }
    }

    /** Returns whether the demo content was loaded; false when the database already holds data. */
    public boolean loadIfEmpty() {
        try (Connection connection = dataSource.getConnection()) {
            if (count(connection, statements(resource(GUARD)).getFirst()) > 0) {
                return false;
            }
            List<String> script = statements(resource(SCRIPT));
            Map<String, FileStorage.Stored<Void>> files = storeFiles(script);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String sql : script) {
                    Optional<String> resolved = withFiles(sql, files);
                    if (resolved.isPresent()) {
                        statement.execute(resolved.get());
                    } else {
                        LOG.info("Skipped a demo statement whose file was not built: {}", sql.lines().findFirst().orElse(sql));
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                files.values().forEach(file -> storage.delete(file.key()));
                throw e;
            }
            return true;
        } catch (SQLException e) {
            LOG.warn("The demo content was not loaded; the platform works without it", e);
            return false;
        }
    }

    /** Keeps every file the script names that the build made, by name. */
    private Map<String, FileStorage.Stored<Void>> storeFiles(List<String> script) {
        Map<String, FileStorage.Stored<Void>> stored = new HashMap<>();
        for (String sql : script) {
            Matcher names = FILE.matcher(sql);
            while (names.find()) {
                String name = names.group(1);
                if (stored.containsKey(name)) {
                    continue;
                }
                try (InputStream in = DemoContent.class.getClassLoader().getResourceAsStream(FILES + name)) {
                    if (in != null) {
                        stored.put(name, storage.store(in, (path, size) -> null));
                    }
                } catch (IOException e) {
                    LOG.warn("The demo file {} could not be kept", name, e);
                }
            }
        }
        return stored;
    }

    /** The statement with its file names replaced by their keys and sizes; empty when a file is missing. */
    static Optional<String> withFiles(String sql, Map<String, FileStorage.Stored<Void>> files) {
        Matcher names = FILE.matcher(sql);
        StringBuilder resolved = new StringBuilder();
        while (names.find()) {
            FileStorage.Stored<Void> file = files.get(names.group(1));
            if (file == null) {
                return Optional.empty();
            }
            names.appendReplacement(resolved, names.group(2).equals("key") ? file.key() : String.valueOf(file.size()));
        }
        names.appendTail(resolved);
        return Optional.of(resolved.toString());
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
