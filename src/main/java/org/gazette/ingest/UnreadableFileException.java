package org.gazette.ingest;

/** A file that cannot be imported; the message is the reason shown to the user beside the file's name. */
public final class UnreadableFileException extends Exception {
    public UnreadableFileException(String reason) {
        super(reason, null, false, false);
    }
}
