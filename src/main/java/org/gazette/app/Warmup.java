package org.gazette.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;

/**
 * Loads what opening an archive needs (SQLite's native library, the schema, Lucene's writer, reader and
 * analyzers) by opening and searching a throwaway archive on a thread of its own, while the window's toolkit
 * starts on the other core. Opening the user's archive, right after, is then mostly reading it: a second open
 * in the same JVM takes a tenth of the first. Nothing waits for it and nothing depends on it having run.
 */
public final class Warmup {
    private Warmup() { }

    /** Starts the warm-up on a low-priority daemon thread and returns at once. */
    public static void inBackground() {
        Thread t = new Thread(Warmup::run, "gazette-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Opens, searches and deletes a throwaway archive; false if any of it failed (nothing else is told). */
    static boolean run() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gazette-warmup");
            try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
                g.search(SearchRequest.of("warm up"));
            }
            return true;
        } catch (Exception | LinkageError e) {
            return false; // only a warm-up: the real open reports its own errors
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
