package org.gazette.search;

/**
 * Another article telling the same story: its id and metadata as indexed, how similar it is (0–1), and whether
 * it is a copy of the article (syndicated, or re-pasted with small edits) rather than other coverage.
 */
public record RelatedHit(long id, String title, String outlet, String date, String source, double similarity, boolean copy) {
    /** From this similarity on, two articles are one text with small edits. */
    public static final double COPY_SIMILARITY = 0.9;
    /** From this similarity on, the article is taken to tell the same story (measured on the same-story dev set). */
    public static final double SAME_STORY_SIMILARITY = 0.2;

    /** Alike enough to be the same story, not only the same subject. */
    public boolean sameStory() { return similarity >= SAME_STORY_SIMILARITY; }
}
