package org.gazette.search;

/** A query the user typed that cannot be run; the message is a short explanation fit to show inline. */
public final class InvalidQueryException extends Exception {
    public InvalidQueryException(String message) {
        super(message, null, false, false);
    }
}
