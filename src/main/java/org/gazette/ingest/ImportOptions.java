package org.gazette.ingest;

/**
 * Tunables of an import. {@code maxFileBytes}: larger files are refused (an article is kilobytes; a huge file
 * is a dump or a mistake). {@code batchSize}: files per SQLite transaction. {@code commitMillis}: how often
 * the search index is made durable during a long import (it is repaired from SQLite after a crash).
 * {@code threads}: how many files are read and cleaned at once; the window leaves one core to the UI.
 * {@code liveResults}: each batch is made searchable as soon as it is written (the window shows results while
 * an import runs); without it, only the periodic commits do, which saves a reader reopening per batch.
 */
public record ImportOptions(long maxFileBytes, int batchSize, long commitMillis, int threads, boolean liveResults) {
    public static final ImportOptions DEFAULT =
            new ImportOptions(20L << 20, 250, 5_000, Runtime.getRuntime().availableProcessors(), false);

    public ImportOptions {
        threads = Math.max(1, threads);
    }

    public ImportOptions withBatchSize(int n) { return new ImportOptions(maxFileBytes, n, commitMillis, threads, liveResults); }
    public ImportOptions withMaxFileBytes(long n) { return new ImportOptions(n, batchSize, commitMillis, threads, liveResults); }
    public ImportOptions withThreads(int n) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, n, liveResults); }
    public ImportOptions withLiveResults(boolean live) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, live); }

    /** For imports started from the window: every core but one, which stays with the UI, and results as they come. */
    public static ImportOptions leavingOneCore() {
        return DEFAULT.withThreads(Runtime.getRuntime().availableProcessors() - 1).withLiveResults(true);
    }
}
