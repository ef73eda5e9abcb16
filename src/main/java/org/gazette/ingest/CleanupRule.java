package org.gazette.ingest;

/**
 * One small, named step of cleanup: it removes the lines it recognises as page furniture and may offer the
 * metadata it finds in them. Rules are chained like Lucene's token filters; see {@link CleanupChain}.
 */
public interface CleanupRule {

    /** A short name, recorded beside every line the rule removes. */
    String name();

    void apply(ArticleDraft draft);
}
