package org.backclass.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The one SQLite file. Opens a fresh connection per unit of work (no shared connection),
 * with WAL, {@code synchronous=FULL} (a committed check-in survives a power cut), foreign
 * keys and a busy timeout. Writes are serialised by a lock and run as {@code BEGIN IMMEDIATE}
 * so a read never has to upgrade to a write mid-transaction. Thread-safe.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 5000;

    private final Path file;
    private final String kioskId;
    private final SQLiteDataSource dataSource;
    private final SQLiteDataSource readSource;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile boolean closed;

    private Database(Path file, String kioskId) {
        this.file = file;
        this.kioskId = kioskId;
        dataSource = dataSource(file, false);
        readSource = dataSource(file, true);
    }

    private static SQLiteDataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setReadOnly(readOnly);
        config.setTransactionMode(readOnly
                ? SQLiteConfig.TransactionMode.DEFERRED
                : SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return source;
    }

    /**
     * Opens (creating if needed) the database file and migrates it to the current schema.
     *
     * @param kioskId written into every replicated row this kiosk creates or changes
     */
    public static Database open(Path file, String kioskId) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Database db = new Database(file, kioskId);
        db.migrate();
        return db;
    }

    private void migrate() {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        LOG.info("Database {} ready ({} migration(s) applied)", file.toAbsolutePath(), applied);
    }

    /** The database's size on disk: the file and its write-ahead log; 0 for a part that is not there. */
    public long bytesOnDisk() {
        return size(file) + size(file.resolveSibling(file.getFileName() + "-wal"));
    }

    private static long size(Path path) {
        try {
            return java.nio.file.Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    public Path file() {
        return file;
    }

    public String kioskId() {
        return kioskId;
    }

    /** A unit of work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only work on its own connection. */
    public <T> T read(Work<T> work) {
        ensureOpen();
        try (Connection c = readSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs work in one write transaction on its own connection and commits it durably;
     * rolls back if the work throws.
     */
    public <T> T write(Work<T> work) {
        writeLock.lock();
        try (Connection c = openForWrite()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Checked under the write lock, so a write queued behind {@link #close()} never runs. */
    private Connection openForWrite() throws SQLException {
        ensureOpen();
        return dataSource.getConnection();
    }

    /** True when the file answers a trivial query (for the health endpoint). */
    public boolean isHealthy() {
        if (closed) {
            return false;
        }
        try {
            return read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT 1")) {
                    return rs.next();
                }
            });
        } catch (StoreException e) {
            LOG.warn("Database health check failed: {}", e.getMessage());
            return false;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the database is closed", null);
        }
    }

    /** Refuses further work; waits for a running write to finish so it is never cut off. */
    @Override
    public void close() {
        writeLock.lock();
        try {
            closed = true;
        } finally {
            writeLock.unlock();
        }
        LOG.info("Database {} closed", file.toAbsolutePath());
    }
}
