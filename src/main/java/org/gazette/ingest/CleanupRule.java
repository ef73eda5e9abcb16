package org.gazette.ingest;

/**
 * One small, named step of cleanup: it removes the lines it recognises as page furniture and may offer the
 * metadata it finds in them. Rules are chained like Lucene's token filters; see {@link CleanupChain}.
 */
public interface CleanupRule {

    /** A short name, recorded beside every line the rule removes. */
    String name();

    /**
     * Whether the lines this rule removes are the article's own header (its title, byline, dateline, outlet) rather
     * than page furniture: what it removes is kept where text is read in place ({@link CleanupChain#withoutFurniture}).
     */
    default boolean takesHeader() { return false; }

    void apply(ArticleDraft draft);
}
