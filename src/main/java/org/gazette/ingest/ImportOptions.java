package org.gazette.ingest;

/**
 * Tunables of an import. {@code maxFileBytes}: larger files are refused (an article is kilobytes; a huge file
 * is a dump or a mistake). {@code batchSize}: files per SQLite transaction. {@code commitMillis}: how often
 * the search index is made durable during a long import (it is repaired from SQLite after a crash).
 */
public record ImportOptions(long maxFileBytes, int batchSize, long commitMillis) {
    public static final ImportOptions DEFAULT = new ImportOptions(20L << 20, 250, 5_000);

    public ImportOptions withBatchSize(int n) { return new ImportOptions(maxFileBytes, n, commitMillis); }
    public ImportOptions withMaxFileBytes(long n) { return new ImportOptions(n, batchSize, commitMillis); }
}
