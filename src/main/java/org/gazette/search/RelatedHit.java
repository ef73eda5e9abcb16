package org.gazette.search;

/**
 * Another article telling the same story: its id and metadata as indexed, how similar it is (0–1), and whether
 * it is a copy of the article (syndicated, or re-pasted with small edits) rather than other coverage.
 */
public record RelatedHit(long id, String title, String outlet, String date, String source, double similarity, boolean copy) {
    /** From this similarity on, two articles are one text with small edits. */
    public static final double COPY_SIMILARITY = 0.9;
}
