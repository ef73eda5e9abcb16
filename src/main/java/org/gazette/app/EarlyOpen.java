package org.gazette.app;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.gazette.task.TaskContext;

/**
 * An archive opened on a thread of its own from the moment the program starts, while the window's toolkit starts
 * on the other core, then handed over to the task that would have opened it: that task waits for it and, from
 * then on, is told its progress and can cancel it. Opening (SQLite's native library, Lucene's reader, a repair if
 * one is due) is then mostly done when the window asks for the archive.
 */
public final class EarlyOpen {
    private final CompletableFuture<Gazette> opened = new CompletableFuture<>();
    private volatile TaskContext watcher = TaskContext.NONE;
    /** One progress report, as {@link TaskContext#progress} takes it. */
    private record Progress(long done, long total, String message) { }
    /** The last progress reported before anyone watched, passed to the watcher when it comes. */
    private volatile Progress lastProgress;

    private final TaskContext relay = new TaskContext() {
        @Override
        public void progress(long done, long total, String message) {
            lastProgress = new Progress(done, total, message);
            watcher.progress(done, total, message);
        }

        @Override
        public boolean isCancelled() {
            return watcher.isCancelled();
        }
    };

    private EarlyOpen() { }

    /** Starts opening (or creating) the archive in {@code dir} and returns at once. */
    public static EarlyOpen start(Path dir) {
        EarlyOpen early = new EarlyOpen();
        Thread t = new Thread(() -> {
            try {
                early.opened.complete(Gazette.open(dir, early.relay));
            } catch (Throwable e) {
                early.opened.completeExceptionally(e);
            }
        }, "gazette-open");
        t.setDaemon(true);
        t.start();
        return early;
    }

    /** Waits for the archive, telling {@code ctx} the opening's progress meanwhile; throws what opening threw. */
    public Gazette await(TaskContext ctx) {
        watcher = ctx;
        Progress last = lastProgress;
        if (last != null) {
            ctx.progress(last.done(), last.total(), last.message());
        }
        try {
            return opened.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
