package org.gazette.archive;

/** The archive could not be opened, read or written; the message says why in words a user understands. */
public class ArchiveException extends RuntimeException {
    public ArchiveException(String message, Throwable cause) { super(message, cause); }
    public ArchiveException(String message) { super(message); }
}
