package org.gazette.cli;

/** Exit codes of the command line (documented in the README). */
public final class ExitCodes {
    public static final int OK = 0;
    /** The import finished but some files could not be imported (each is named on stderr). */
    public static final int SOME_FILES_FAILED = 1;
    /** Wrong command-line usage. */
    public static final int USAGE = 2;
    /** The archive could not be opened, read or written (e.g. in use by another Gazette). */
    public static final int ARCHIVE_ERROR = 3;
    /** The search query is not valid; stderr explains. */
    public static final int INVALID_QUERY = 4;
    /** No article with that id. */
    public static final int NOT_FOUND = 5;
    /** Cancelled (Ctrl-C) */
    public static final int CANCELLED = 130;

    private ExitCodes() { }
}
