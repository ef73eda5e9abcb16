package org.gazette.search;

import java.util.List;

/** The hits of one search, the total number of matching articles and how long it took. */
public record SearchResult(List<SearchHit> hits, long total, double millis) {
    public static final SearchResult EMPTY = new SearchResult(List.of(), 0, 0);
}
