package org.gazette.ingest;

/**
 * Tunables of an import. {@code maxFileBytes}: larger files are refused (an article is kilobytes; a huge file
 * is a dump or a mistake). {@code batchSize}: files per SQLite transaction. {@code commitMillis}: how often
 * the search index is made durable during a long import (it is repaired from SQLite after a crash).
 * {@code threads}: how many threads read, clean and find quotations while the importing thread writes the batch
 * before (0: the importing thread reads too). One core stays with the writing thread — two busy threads per core
 * made each stage slower than the work it saves (22,682 AllSides: 1 reader 40.4-43.1 s, 2 readers 43.4-47.0 s on 2
 * cores) — and the window leaves one more to the UI.
 * {@code quotations}: whether quotations are found (always, but for measuring their cost).
 * {@code liveResults}: each batch is made searchable as soon as it is written (the window shows results while
 * an import runs); without it, only the periodic commits do, which saves a reader reopening per batch.
 * Batches of 1,000 files: each transaction rewrites the index pages its rows touch (the quotations' speaker
 * indexes take inserts all over), so fewer, larger ones write far less (100,000 AllSides articles: import
 * 125-145 s -> 118 s; a million quotation rows alone 29 s -> 18 s). The window keeps 250: its heap is
 * smaller and its results come in as each batch is written.
 */
public record ImportOptions(long maxFileBytes, int batchSize, long commitMillis, int threads, boolean liveResults,
        boolean quotations) {
    /** Files per transaction, and in the window. */
    public static final int BATCH_SIZE = 1_000;
    public static final int WINDOW_BATCH_SIZE = 250;
    public static final ImportOptions DEFAULT =
            new ImportOptions(20L << 20, BATCH_SIZE, 5_000, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), false, true);

    public ImportOptions {
        threads = Math.max(0, threads);
    }

    public ImportOptions withBatchSize(int n) { return new ImportOptions(maxFileBytes, n, commitMillis, threads, liveResults, quotations); }
    public ImportOptions withMaxFileBytes(long n) { return new ImportOptions(n, batchSize, commitMillis, threads, liveResults, quotations); }
    public ImportOptions withThreads(int n) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, n, liveResults, quotations); }
    /** Without finding quotations: only for measuring what finding them costs ({@code bench-import}). */
    public ImportOptions withoutQuotations() { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, liveResults, false); }
    public ImportOptions withLiveResults(boolean live) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, live, quotations); }

    /** For imports started from the window: one core stays with the UI, and results show as they come. */
    public static ImportOptions leavingOneCore() {
        return DEFAULT.withThreads(Runtime.getRuntime().availableProcessors() - 2).withLiveResults(true).withBatchSize(WINDOW_BATCH_SIZE);
    }
}
