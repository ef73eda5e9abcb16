package org.gazette.task;

/** Thrown by long work that noticed the user cancelled it; what was committed before stays. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled", null, false, false);
    }
}
