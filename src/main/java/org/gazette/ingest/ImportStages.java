package org.gazette.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where an import's time goes, stage by stage, summed over the threads that ran each stage (so reading and
 * cleaning, which run on several threads at once, can add up to more than the import's wall time).
 */
public final class ImportStages {
    /**
     * The stages in pipeline order, and the writing thread's wait for the batch being read (when reading is the
     * slower side: a wait near zero means the writing thread is the one to make faster).
     */
    public enum Stage { READ, CLEAN, QUOTES, STORE, INDEX, COMMIT, WAIT }

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    public ImportStages() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** Adds the time since {@code startNanos} to the stage, and returns now (the next stage's start). */
    long lap(Stage stage, long startNanos) {
        long now = System.nanoTime();
        nanos[stage.ordinal()].add(now - startNanos);
        return now;
    }

    /** Milliseconds spent in each stage, in pipeline order (lower-case stage names). */
    public Map<String, Long> millis() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            out.put(s.name().toLowerCase(java.util.Locale.ROOT), nanos[s.ordinal()].sum() / 1_000_000);
        }
        return out;
    }
}
