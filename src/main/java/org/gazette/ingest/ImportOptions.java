package org.gazette.ingest;

/**
 * Tunables of an import. {@code maxFileBytes}: larger files are refused (an article is kilobytes; a huge file
 * is a dump or a mistake). {@code batchSize}: files per SQLite transaction. {@code commitMillis}: how often
 * the search index is made durable during a long import (it is repaired from SQLite after a crash).
 * {@code threads}: how many threads read, clean and find quotations while the importing thread writes the batch
 * before (0: the importing thread reads alone); the importing thread reads whatever of a batch they have not reached
 * when it needs the batch. One core stays with the writing thread — two busy threads per core
 * made each stage slower than the work it saves (22,682 AllSides: 1 reader 40.4-43.1 s, 2 readers 43.4-47.0 s on 2
 * cores).
 * {@code indexBeside}: a batch is indexed on a thread of its own while the next is written (else the writing
 * thread indexes it).
 * {@code quotations}: whether quotations are found (always, but for measuring their cost).
 * {@code readAheadFiles}: how many files the reading threads may have read ahead of the batch being written, in whole
 * batches and at least two (see {@link #batchesAhead}). With one batch, the reading thread sat idle once it had read
 * the next, and a slow batch (long articles, many quotations) then kept the writing thread waiting for it. The
 * window's batches of 250 are read {@value #READ_AHEAD_FILES} files ahead: with 500, the reading thread waited each
 * time the writing thread made the index searchable or durable, as a timeline of both threads' CPU showed. 22,682
 * AllSides articles with quotations, {@code bench-import --as-window} (pairs 2-4, runs one after another): 500 ahead,
 * 1.77-1.79 cores busy and 14.3-14.9 s; 1,000, 1,500 and 2,500 ahead alike, 1.82-1.86 cores and 13.6-14.7 s. A small
 * gain, inside the machine's run-to-run noise on the time, not on the cores.
 * {@code liveResults}: what is written is made searchable about once a second (the window shows results while
 * an import runs); without it, only the periodic commits do.
 * Batches of 1,000 files: each transaction rewrites the index pages its rows touch (the quotations' speaker
 * indexes take inserts all over), so fewer, larger ones write far less (100,000 AllSides articles: import
 * 125-145 s -> 118 s; a million quotation rows alone 29 s -> 18 s). The window keeps 250: its heap is
 * smaller, and its progress and cancel answer sooner.
 */
public record ImportOptions(long maxFileBytes, int batchSize, long commitMillis, int threads, boolean indexBeside,
        boolean liveResults, boolean quotations, int readAheadFiles) {
    /** Files per transaction, and in the window. */
    public static final int BATCH_SIZE = 1_000;
    public static final int WINDOW_BATCH_SIZE = 250;
    public static final int READ_AHEAD_FILES = 1_500;
    public static final ImportOptions DEFAULT =
            new ImportOptions(20L << 20, BATCH_SIZE, 5_000, Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true, false, true,
                    READ_AHEAD_FILES);

    public ImportOptions {
        threads = Math.max(0, threads);
        batchSize = Math.max(1, batchSize);
    }

    public ImportOptions withBatchSize(int n) { return new ImportOptions(maxFileBytes, n, commitMillis, threads, indexBeside, liveResults, quotations, readAheadFiles); }
    public ImportOptions withMaxFileBytes(long n) { return new ImportOptions(n, batchSize, commitMillis, threads, indexBeside, liveResults, quotations, readAheadFiles); }
    public ImportOptions withThreads(int n) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, n, indexBeside, liveResults, quotations, readAheadFiles); }
    /** Without finding quotations: only for measuring what finding them costs ({@code bench-import}). */
    public ImportOptions withoutQuotations() { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, indexBeside, liveResults, false, readAheadFiles); }
    public ImportOptions withLiveResults(boolean live) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, indexBeside, live, quotations, readAheadFiles); }

    public ImportOptions withReadAheadFiles(int n) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, indexBeside, liveResults, quotations, n); }

    /** How many batches are read ahead of the one being written: {@code readAheadFiles} in whole batches, at least two. */
    public int batchesAhead() {
        return Math.max(2, readAheadFiles / batchSize);
    }

    public ImportOptions withIndexBeside(boolean beside) { return new ImportOptions(maxFileBytes, batchSize, commitMillis, threads, beside, liveResults, quotations, readAheadFiles); }

    /**
     * For imports started from the window: results show as they come, and one busy thread fewer than there are
     * cores, but at least two: one reads ahead while the other writes and indexes. On two cores that is both; the
     * UI thread, mostly asleep, is still woken promptly. Measured on 2 cores, importing the 22,682 AllSides articles
     * while a search is typed every 300 ms ({@code ResponsivenessProbe}): reading on the writing thread took
     * 53.6-62.6 s with 19-33 frames late by over 50 ms; reading ahead beside it 51.1-51.7 s with 32-36; reading
     * ahead with indexing on a third thread 53.0 s with 71. Without the typing ({@code bench-import --as-window}):
     * 30.3-36.9 s -> 18.4-23.5 s.
     */
    public static ImportOptions window() {
        int busy = Math.max(2, Runtime.getRuntime().availableProcessors() - 1);
        boolean beside = busy >= 3;
        return DEFAULT.withThreads(busy - (beside ? 2 : 1)).withIndexBeside(beside).withLiveResults(true)
                .withBatchSize(WINDOW_BATCH_SIZE);
    }
}
