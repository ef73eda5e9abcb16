package org.gazette.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.gazette.task.BackgroundPriority;
import org.gazette.task.TaskContext;

/**
 * Runs the core's long work (opening, importing, reindexing) off the JavaFX thread, one job at a time, as a
 * JavaFX {@link Task} that is the core's {@link TaskContext}: progress and messages reach the status bar,
 * and Cancel reaches the work. Results and errors come back on the JavaFX thread.
 */
public final class BackgroundRunner {
    // the work runs at a lower priority than the window (and the searches it asks for): on two cores an import no
    // longer delays the window's frames, which get a core as soon as they want one (docs/BENCHMARKS.md, session 70)
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(() -> {
            BackgroundPriority.lowerCurrentThread();
            r.run();
        }, "gazette-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Job<?> current;
    private int pending;

    /**
     * A JavaFX task whose work gets a core {@link TaskContext}. Cancel sets a flag the core polls, so the work
     * ends at a safe point and still returns its result (an import report says what was kept).
     */
    private static final class Job<T> extends Task<T> {
        private final Function<TaskContext, T> work;
        private volatile boolean stopRequested;
        private final TaskContext context = new TaskContext() {
            @Override
            public void progress(long done, long total, String text) {
                updateMessage(text);
                updateProgress(total > 0 ? done : -1, total > 0 ? total : 1);
            }

            @Override public boolean isCancelled() { return stopRequested; }
        };

        Job(Function<TaskContext, T> work) { this.work = work; }

        @Override protected T call() { return work.apply(context); }

        void requestStop() { stopRequested = true; }
    }

    public <T> void run(String title, Function<TaskContext, T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            return; // the window is closing: work asked for by an event still queued on the FX thread is dropped
        }
        Job<T> job = new Job<>(work);
        job.setOnScheduled(e -> {
            current = job;
            message.set(title);
            progress.unbind();
            message.unbind();
            progress.bind(job.progressProperty());
            message.bind(job.messageProperty());
            running.set(true);
        });
        job.setOnSucceeded(e -> finished(() -> onDone.accept(job.getValue())));
        job.setOnFailed(e -> finished(() -> onError.accept(job.getException())));
        pending++;
        executor.submit(job);
    }

    /**
     * Work nobody asked for and nobody needs to watch (getting ready for a later request), queued behind and
     * before the other jobs like any of them, but leaving the status line and progress bar alone: a message the
     * user is reading is not replaced by it.
     */
    public void runQuietly(Runnable work, Consumer<Throwable> onError) {
        if (executor.isShutdown()) {
            return; // as in run: nothing new starts once the window is closing
        }
        executor.submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                onFx(() -> onError.accept(e));
            }
        });
    }

    private void finished(Runnable then) {
        pending--;
        progress.unbind();
        message.unbind();
        running.set(pending > 0);
        current = null;
        then.run();
    }

    /** Asks the running job to stop; the core stops at its next safe point, keeping what it committed. */
    public void cancel() {
        Job<?> job = current;
        if (job != null) {
            job.requestStop();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    public void setMessage(String text) {
        if (!message.isBound()) {
            message.set(text);
        }
    }

    /**
     * Asks the running job to stop and waits for it to reach its safe point (an import commits its last batch),
     * so the archive can be closed cleanly. No interrupts: Lucene and SQLite are not interrupted mid-write.
     */
    public void shutdown() {
        cancel();
        executor.shutdown();
        try {
            executor.awaitTermination(15, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void onFx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
