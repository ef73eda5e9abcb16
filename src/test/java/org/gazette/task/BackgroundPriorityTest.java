package org.gazette.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundPriorityTest {

    @Test
    void bulkWorkThreadRunsNicerAndTheThreadsItStartsDoToo() throws Exception {
        assumeTrue(Files.exists(Path.of("/proc/thread-self")), "per-thread nice values are Linux's");
        AtomicInteger before = new AtomicInteger(-1);
        AtomicInteger lowered = new AtomicInteger(-1);
        AtomicInteger child = new AtomicInteger(-1);
        AtomicInteger applied = new AtomicInteger();
        Thread worker = new Thread(() -> {
            before.set(currentNice());
            if (BackgroundPriority.lowerCurrentThread()) {
                applied.set(1);
            }
            lowered.set(currentNice());
            Thread started = new Thread(() -> child.set(currentNice())); // as the import's reading pool
            started.start();
            try {
                started.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        worker.start();
        worker.join();
        assumeTrue(applied.get() == 1, "renice is not available here");
        assertTrue(lowered.get() >= Math.max(before.get(), BackgroundPriority.NICE),
                "nice " + before.get() + " -> " + lowered.get());
        assertEquals(lowered.get(), child.get(), "a thread the lowered one starts inherits its priority");
        assertEquals(before.get(), currentNice(), "the thread that started the worker keeps its priority");
    }

    /** The calling thread's nice value as Linux reports it, or 0 where it cannot be read. */
    private static int currentNice() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // fields after the command name, which is in parentheses and may hold spaces: state is field 3, nice field 19
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[19 - 3]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
