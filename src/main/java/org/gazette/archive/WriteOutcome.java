package org.gazette.archive;

/** What writing one incoming file did to the archive. */
public enum WriteOutcome {
    /** A new article. */
    ADDED,
    /** An existing article (same source path) got new content. */
    UPDATED,
    /** The content is already in the archive under another file; the file now points at that article. */
    DUPLICATE,
    /** Same content as before; nothing changed but the file's stamp. */
    UNCHANGED
}
