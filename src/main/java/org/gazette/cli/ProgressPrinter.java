package org.gazette.cli;

import java.io.PrintWriter;
import org.gazette.task.Cancellation;

/** Prints progress to stderr at most about once a second, and the last step always. */
final class ProgressPrinter implements Cancellation.ProgressSink {
    private final PrintWriter err;
    private long last;

    ProgressPrinter(PrintWriter err) { this.err = err; }

    @Override
    public void progress(long done, long total, String message) {
        long now = System.currentTimeMillis();
        if (now - last >= 1000 || (total > 0 && done == total)) {
            last = now;
            err.println(message);
            err.flush();
        }
    }
}
