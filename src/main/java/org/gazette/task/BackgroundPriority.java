package org.gazette.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Lowers the scheduling priority of a thread that does bulk work (an import, a reindex) beside a window, so that on a
 * machine with few cores the window's thread gets a core as soon as it has a frame to draw or a key to answer, and the
 * bulk work takes what is left. Where nothing else wants the cores, the work runs as fast as before.
 *
 * <p>Java's thread priorities are ignored on Linux unless the JVM runs as root; there the thread's nice value is raised
 * with {@code renice} on its own thread id (a process may always lower its own threads' priority). Threads the lowered
 * thread starts afterwards (the import's reading pool, Lucene's merges) inherit the nice value. Elsewhere the Java
 * priority is set, which Windows honours. Best effort: where neither works, nothing changes and nothing fails.
 */
public final class BackgroundPriority {
    /** The nice value bulk work runs at: a tenth of a normal thread's share of a core when both want it. */
    public static final int NICE = 10;

    private BackgroundPriority() { }

    /** Lowers the calling thread's priority; true when its nice value was raised (Linux). */
    public static boolean lowerCurrentThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        Path self = Path.of("/proc/thread-self");
        if (!Files.exists(self)) {
            return false; // not Linux: the Java priority is all there is
        }
        try {
            String tid = Files.readSymbolicLink(self).getFileName().toString(); // "<pid>/task/<tid>"
            Process renice = new ProcessBuilder("renice", "-n", String.valueOf(NICE), "-p", tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!renice.waitFor(5, TimeUnit.SECONDS)) {
                renice.destroy();
                return false;
            }
            return renice.exitValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // no renice on this system: the work runs at normal priority
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
