package org.gazette.archive;

/** Where a metadata value came from, so the user can tell a found value from a guess and edits win. */
public enum Provenance {
    /** Found in the article's own text. */
    TEXT,
    /** Taken from the folder the file sits in ({@code articles/<outlet>/…}). */
    FOLDER,
    /** Derived from the file name, for lack of anything better. */
    FILE_NAME,
    /** The text's opening words, for a text without a headline in a file whose name is not words (an id, a hash). */
    OPENING_LINE,
    /** Set by the user; never overwritten by a re-import. */
    USER,
    /** No value. */
    NONE;

    public String label() {
        return switch (this) {
            case TEXT -> "found in text";
            case FOLDER -> "from folder name";
            case FILE_NAME -> "from file name";
            case OPENING_LINE -> "from the opening line";
            case USER -> "set by you";
            case NONE -> "not found";
        };
    }
}
