package org.gazette.task;

/**
 * What long work needs from whoever runs it: a place to report progress and a way to learn it was cancelled.
 * The core takes one of these; the UI passes one backed by a JavaFX Task, the command line one that prints.
 */
public interface TaskContext {

    /** Reports that {@code done} of {@code total} units are finished; {@code total < 0} means unknown. */
    void progress(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} if the user asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A context that reports nowhere and is never cancelled. */
    TaskContext NONE = new TaskContext() {
        @Override public void progress(long done, long total, String message) { }
        @Override public boolean isCancelled() { return false; }
    };
}
