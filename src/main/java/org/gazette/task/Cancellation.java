package org.gazette.task;

import java.util.concurrent.atomic.AtomicBoolean;

/** A plain cancellable context whose progress goes to a callback; used by the command line and tests. */
public class Cancellation implements TaskContext {
    public interface ProgressSink { void progress(long done, long total, String message); }

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ProgressSink sink;

    public Cancellation(ProgressSink sink) { this.sink = sink; }

    public void cancel() { cancelled.set(true); }

    @Override public boolean isCancelled() { return cancelled.get(); }

    @Override public void progress(long done, long total, String message) { sink.progress(done, total, message); }
}
