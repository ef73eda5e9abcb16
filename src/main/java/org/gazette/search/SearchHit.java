package org.gazette.search;

/** One result: the article's id and metadata as indexed, its score and a snippet from the body. */
public record SearchHit(long id, String title, String outlet, String date, String byline, String source, float score,
                        Snippet snippet) {
}
