package org.gazette.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.sqlite.SQLiteConfig;

/**
 * Copies the write-ahead log into the database on a thread and a connection of its own, so that the thread that
 * writes never waits for it. SQLite's own checkpoint runs inside the commit that crosses its threshold: an import's
 * writing thread stopped there for a quarter of a second every 64 MB, and the last batches of an import paid for
 * the whole log (22,682 AllSides articles: 0.7 s of the writing thread, 0.3 s of it after the last batch).
 * A passive checkpoint copies what is committed without taking any lock a writer or a reader waits for; SQLite's
 * own checkpoint stays as a bound on the log in case this thread falls behind.
 */
final class WalCheckpointer implements AutoCloseable {
    /** How long after a commit the log is copied: a few batches' pages go together, each copied once. */
    private static final long DELAY_MILLIS = 1_000;

    private final Path file;
    private final Thread thread;
    private Connection connection;
    private boolean due;
    private boolean closed;
    private long checkpoints;

    WalCheckpointer(Path file) {
        this.file = file;
        thread = new Thread(this::run, "gazette-checkpoint");
        thread.setDaemon(true);
        thread.start();
    }

    /** A transaction was committed: its pages are copied into the database soon. */
    synchronized void committed() {
        if (!due) {
            due = true;
            notifyAll();
        }
    }

    /** Checkpoints completed so far (for tests). */
    synchronized long checkpoints() {
        return checkpoints;
    }

    private void run() {
        try {
            while (true) {
                synchronized (this) {
                    while (!due && !closed) {
                        wait();
                    }
                    if (closed) {
                        return;
                    }
                    wait(DELAY_MILLIS); // gather the commits that follow; close() cuts this short
                    if (closed) {
                        return;
                    }
                    due = false;
                }
                checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void checkpoint() {
        try {
            if (connection == null) {
                SQLiteConfig config = new SQLiteConfig();
                config.setBusyTimeout(5000);
                config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
                connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            }
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            }
            synchronized (this) {
                checkpoints++;
            }
        } catch (SQLException e) {
            // nothing is lost: the log keeps every commit, and SQLite's own checkpoint copies it later
            System.err.println("Gazette: background checkpoint of " + file + " failed: " + e.getMessage());
        }
    }

    /** Stops the thread (after a checkpoint under way) and closes its connection. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new ArchiveException("Cannot close the checkpoint connection of " + file + ": " + e.getMessage(), e);
            }
        }
    }
}
