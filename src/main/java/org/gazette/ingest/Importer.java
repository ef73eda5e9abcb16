package org.gazette.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.gazette.archive.ArticleStore;
import org.gazette.archive.FileStamp;
import org.gazette.archive.IncomingArticle;
import org.gazette.archive.WriteResult;
import org.gazette.search.SearchIndex;
import org.gazette.task.TaskContext;

/**
 * The import pipeline: find files, skip those unchanged since the last import without reading them, read and
 * decode and clean the rest and find their quotations in parallel, then write each batch to SQLite in one transaction and to the search
 * index. A batch is reported (to {@code onCommitted}) only once SQLite has committed it, so whatever was
 * reported survives a crash; the index catches up on the next open if it lags. Bad files are reported by name
 * with their reason and the import goes on.
 */
public final class Importer {
    private final ArticleStore store;
    private final SearchIndex index;
    private final ArticleParser parser;
    private final ImportOptions options;
    private java.util.concurrent.ExecutorService pool;
    private final ImportStages stages = new ImportStages();
    /**
     * How often an import with live results makes what it wrote searchable: the window shows new results about
     * once a second, and each refresh flushes a small segment that later merges rewrite.
     */
    static final long LIVE_REFRESH_MILLIS = 1_000;
    /** From this many files to import (and no fewer than the archive holds), an import is a bulk load. */
    static final int BULK_FILES = 5_000;

    /**
     * For an import that changed something: called once every record is written, before the quotation indexes a
     * bulk load set aside are built (it may start work on another thread meanwhile); the step it returns runs once
     * they are built, before the index's last commit ends.
     */
    private java.util.function.Supplier<Runnable> recordsWritten = () -> () -> { };

    /** Told how many files the import will read (those unchanged since the last import left out), before it reads any. */
    private java.util.function.LongConsumer counted = n -> { };

    public Importer whenCounted(java.util.function.LongConsumer toRead) {
        this.counted = toRead;
        return this;
    }

    public Importer whenRecordsWritten(java.util.function.Supplier<Runnable> begin) {
        this.recordsWritten = begin;
        return this;
    }

    public Importer(ArticleStore store, SearchIndex index, ArticleParser parser, ImportOptions options) {
        this.store = store;
        this.index = index;
        this.parser = parser;
        this.options = options;
    }

    private sealed interface Parsed permits Ok, Failed { }
    private record Ok(IncomingArticle article) implements Parsed { }
    private record Failed(ImportProblem problem) implements Parsed { }

    public ImportReport run(List<Path> roots, TaskContext ctx, Consumer<WriteResult> onCommitted) {
        long t0 = System.currentTimeMillis();
        ctx.progress(0, -1, "Looking for files…");
        FileCollector.Collected collected = FileCollector.collect(roots);
        List<ImportProblem> failed = new ArrayList<>(collected.failed());
        long runId = store.startRun(roots.stream().map(Path::toString).collect(Collectors.joining("\n")));

        Map<String, FileStamp> stamps = store.sourceStamps();
        List<FileCollector.Candidate> todo = new ArrayList<>();
        int unchanged = 0;
        for (FileCollector.Candidate c : collected.files()) {
            FileStamp known = stamps.get(c.path().toString());
            if (known != null && known.size() == c.size() && known.mtime() == c.mtime()) {
                unchanged++;
            } else {
                todo.add(c);
            }
        }

        counted.accept(todo.size());
        int total = collected.files().size();
        int added = 0;
        int updated = 0;
        int duplicates = 0;
        int done = unchanged;
        boolean cancelled = false;
        // read and written by whichever thread indexes: when the index was last committed, and last made searchable
        long[] lastCommit = {System.currentTimeMillis()};
        long[] lastRefresh = {0}; // the first batch shows at once
        long lastRev = -1;
        // a batch is indexed on its own thread while the next is stored, when a core is free for it (not in the
        // window on two cores, whose writing thread indexes too while the other reads ahead)
        java.util.concurrent.ExecutorService indexer = !options.indexBeside() ? null
                : java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                    Thread th = new Thread(r, "gazette-indexer");
                    th.setDaemon(true);
                    return th;
                });
        java.util.concurrent.Future<?> indexing = null;
        // a bulk load: the index of the articles quoting each speaker is built once at the end (22,682 articles: 56 ms)
        // rather than kept up with inserts all over it. Meanwhile speaker lists read the table instead (22,682
        // articles: one speaker's quotations 24 ms rather than 2 ms, every speaker 200-360 ms rather than 110-210 ms)
        boolean bulk = todo.size() >= BULK_FILES && todo.size() >= store.count();
        boolean restored = false;
        boolean committed = false;
        if (bulk) {
            store.deferQuotationIndexes();
        }
        ctx.progress(done, total, progressText(done, total));
        // while one batch is written here (and the one before indexed beside it), the next ones are read, cleaned and
        // their quotations found on the reading threads; this thread reads what they have not reached when it comes
        // to a batch
        java.util.ArrayDeque<BatchRead> ahead = new java.util.ArrayDeque<>();
        int readAhead = options.batchesAhead();
        for (int k = 0; k < readAhead && k * options.batchSize() < todo.size(); k++) {
            ahead.add(readAhead(batch(todo, k * options.batchSize())));
        }
        try {
            for (int from = 0; from < todo.size(); from += options.batchSize()) {
                if (ctx.isCancelled()) {
                    cancelled = true;
                    ahead.forEach(BatchRead::cancel);
                    break;
                }
                List<FileCollector.Candidate> batch = batch(todo, from);
                BatchRead reading = ahead.remove();
                reading.work(); // the files of the batch no reading thread has taken yet are read here
                long waiting = System.nanoTime();
                List<Parsed> parsed = reading.whenRead();
                stages.lap(ImportStages.Stage.WAIT, waiting);
                int nextFrom = from + readAhead * options.batchSize();
                if (nextFrom < todo.size()) {
                    ahead.add(readAhead(batch(todo, nextFrom)));
                }
                List<IncomingArticle> incoming = new ArrayList<>();
                for (Parsed p : parsed) {
                    if (p instanceof Ok ok) {
                        incoming.add(ok.article());
                    } else {
                        failed.add(((Failed) p).problem());
                    }
                }
                if (!incoming.isEmpty()) {
                    long t = System.nanoTime();
                    WriteResult result = store.write(incoming);
                    t = stages.lap(ImportStages.Stage.STORE, t);
                    for (WriteResult.Entry e : result.entries()) {
                        switch (e.outcome()) {
                            case ADDED -> added++;
                            case UPDATED -> updated++;
                            case DUPLICATE -> duplicates++;
                            case UNCHANGED -> unchanged++;
                            default -> throw new IllegalStateException();
                        }
                    }
                    var changed = store.written(result, incoming);
                    var quotes = store.writtenQuotes(result, incoming);
                    stages.lap(ImportStages.Stage.STORE, t);
                    lastRev = result.rev();
                    Runnable indexBatch = () -> {
                        long ti = System.nanoTime();
                        index.update(changed, quotes);
                        index.delete(result.deletedIds());
                        ti = stages.lap(ImportStages.Stage.INDEX, ti);
                        long now = System.currentTimeMillis();
                        if (now - lastCommit[0] >= options.commitMillis()) {
                            index.commit(result.rev());
                            lastCommit[0] = lastRefresh[0] = System.currentTimeMillis();
                        } else if (options.liveResults() && now - lastRefresh[0] >= LIVE_REFRESH_MILLIS) {
                            index.refresh();
                            lastRefresh[0] = System.currentTimeMillis();
                        }
                        stages.lap(ImportStages.Stage.COMMIT, ti);
                        onCommitted.accept(result); // stored, and now searchable
                    };
                    if (indexer == null) {
                        indexBatch.run();
                    } else {
                        awaitIndexing(indexing); // one batch indexed while the next is stored, no more
                        indexing = indexer.submit(indexBatch);
                    }
                }
                done += batch.size();
                ctx.progress(done, total, progressText(done, total));
            }
            // every record is written: the index's last batch and its final commit go on beside this thread (on the
            // indexer's, else on the reading thread, idle now) while this one finishes the records (the quotation
            // indexes set aside, the speakers' names merged)
            java.util.concurrent.ExecutorService beside = indexer != null ? indexer : pool;
            if (beside != null && lastRev >= 0) {
                long rev = store.currentRev();
                indexing = beside.submit(() -> {
                    long t = System.nanoTime();
                    index.commit(rev);
                    stages.lap(ImportStages.Stage.COMMIT, t);
                });
                committed = true;
            }
            Runnable finishRecords = null;
            if (added + updated + duplicates > 0) {
                long t = System.nanoTime();
                finishRecords = recordsWritten.get();
                stages.lap(ImportStages.Stage.STORE, t);
            }
            if (bulk) {
                long t = System.nanoTime();
                store.restoreQuotationIndexes();
                stages.lap(ImportStages.Stage.STORE, t);
                restored = true;
            }
            if (finishRecords != null) {
                long t = System.nanoTime();
                finishRecords.run();
                stages.lap(ImportStages.Stage.STORE, t);
            }
            awaitIndexing(indexing);
        } finally {
            if (indexer == null && committed) {
                awaitQuietly(indexing); // the final commit, on the reading thread: not to be interrupted below
            }
            if (pool != null) {
                pool.shutdownNow(); // a batch read ahead for a cancelled or failed import is dropped
            }
            if (indexer != null) {
                indexer.shutdown();
                awaitQuietly(indexer); // nothing touches the index after the import returns
            }
            if (bulk && !restored) {
                store.restoreQuotationIndexes(); // also after a failure or a cancel; after a crash, the next open does
            }
        }
        if (lastRev >= 0 && !committed) {
            long t = System.nanoTime();
            index.commit(store.currentRev());
            stages.lap(ImportStages.Stage.COMMIT, t);
        }
        ImportReport report = new ImportReport(total, added, updated, duplicates, unchanged, collected.skipped(), failed,
                cancelled, System.currentTimeMillis() - t0, stages.millis());
        store.finishRun(runId, cancelled ? "cancelled" : "finished", report.counts(),
                failed.stream().map(p -> new String[] {p.path(), p.reason()}).toList());
        return report;
    }

    private List<FileCollector.Candidate> batch(List<FileCollector.Candidate> todo, int from) {
        return todo.subList(from, Math.min(todo.size(), from + options.batchSize()));
    }

    /**
     * Starts reading and cleaning a batch on {@code options.threads()} threads (none: the writing thread reads it all
     * when it comes to it).
     */
    private BatchRead readAhead(List<FileCollector.Candidate> batch) {
        BatchRead read = new BatchRead(batch);
        if (options.threads() > 0) {
            if (pool == null) {
                pool = java.util.concurrent.Executors.newFixedThreadPool(options.threads(), r -> {
                    Thread th = new Thread(r, "gazette-reader");
                    th.setDaemon(true);
                    return th;
                });
            }
            for (int i = 0; i < options.threads(); i++) {
                pool.execute(read::work); // in order: a batch's files are taken before the next batch's
            }
        }
        return read;
    }

    /**
     * A batch being read, file by file, by whichever thread comes to it: the reading threads, and the writing thread
     * once it needs the batch. Where finding quotations makes reading the slower side, the writing thread reads
     * the rest of the batch instead of waiting for it.
     */
    private final class BatchRead {
        private final List<FileCollector.Candidate> files;
        private final Parsed[] parsed;
        private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        private int left;
        private Throwable failure;
        private volatile boolean cancelled;

        BatchRead(List<FileCollector.Candidate> files) {
            this.files = files;
            this.parsed = new Parsed[files.size()];
            this.left = files.size();
        }

        /** Reads files of this batch until none is left to take. */
        void work() {
            for (int i = next.getAndIncrement(); i < parsed.length; i = next.getAndIncrement()) {
                Parsed p = null;
                Throwable t = null;
                try {
                    p = cancelled ? new Failed(new ImportProblem(files.get(i).path().toString(), "import cancelled")) : parse(files.get(i));
                } catch (Throwable e) { // an error (out of memory): the import's, not this thread's alone
                    t = e;
                }
                synchronized (this) {
                    parsed[i] = p;
                    failure = failure != null ? failure : t;
                    if (--left == 0) {
                        notifyAll();
                    }
                }
            }
        }

        /** The batch in file order, once every file taken is read. */
        synchronized List<Parsed> whenRead() {
            while (left > 0) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new org.gazette.task.CancelledException();
                }
            }
            if (failure instanceof RuntimeException r) {
                throw r;
            } else if (failure instanceof Error e) {
                throw e;
            } else if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return java.util.Arrays.asList(parsed);
        }

        /** Files not taken yet are left unread. */
        void cancel() {
            cancelled = true;
        }
    }

    /** Waits for the batch being indexed, if any; its failure is the import's. */
    private static void awaitIndexing(java.util.concurrent.Future<?> indexing) {
        if (indexing != null) {
            await(indexing);
        }
    }

    /** Waits for {@code work} to end, whatever its outcome (a failure is reported where it is awaited for it). */
    private static void awaitQuietly(java.util.concurrent.Future<?> work) {
        try {
            work.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException e) {
            // reported by awaitIndexing, or a failure before it is on its way out already
        }
    }

    private static void awaitQuietly(java.util.concurrent.ExecutorService executor) {
        try {
            executor.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T await(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.gazette.task.CancelledException();
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static String progressText(int done, int total) {
        return String.format("Importing %,d of %,d files", done, total);
    }

    private Parsed parse(FileCollector.Candidate c) {
        Path path = c.path();
        try {
            if (c.size() > options.maxFileBytes()) {
                return new Failed(new ImportProblem(path.toString(), String.format(
                        "too large for an article (%.1f MB; the limit is %d MB)", c.size() / 1048576.0, options.maxFileBytes() >> 20)));
            }
            long t = System.nanoTime();
            byte[] bytes = Files.readAllBytes(path);
            DecodedText text = TextDecoder.decode(bytes);
            t = stages.lap(ImportStages.Stage.READ, t);
            ParsedArticle article = parser.parse(text.text(), path);
            t = stages.lap(ImportStages.Stage.CLEAN, t);
            if (article.cleanedText().isBlank()) {
                return new Failed(new ImportProblem(path.toString(), "no article text (only a title or page furniture)"));
            }
            List<org.gazette.archive.QuoteRecord> quotes = List.of();
            if (options.quotations()) {
                quotes = QuoteExtraction.of(0, article.cleanedText());
                // timed only when it runs: an import without quotations has no quotation stage, not a pause's ms in it
                t = stages.lap(ImportStages.Stage.QUOTES, t);
            }
            IncomingArticle in = IncomingArticle.of(path.toString(), c.size(), c.mtime(), text.text(), article.cleanedText(),
                    text.encoding(), article.contentHash(), article.metadata(), quotes);
            stages.lap(ImportStages.Stage.STORE, t); // packing the texts for the archive, here on the reading threads
            return new Ok(in);
        } catch (UnreadableFileException e) {
            return new Failed(new ImportProblem(path.toString(), e.getMessage()));
        } catch (IOException e) {
            return new Failed(new ImportProblem(path.toString(), FileCollector.reason(e)));
        } catch (RuntimeException e) {
            // a bug in cleanup must cost one file, not the import
            return new Failed(new ImportProblem(path.toString(), "could not be parsed: " + e));
        }
    }
}
