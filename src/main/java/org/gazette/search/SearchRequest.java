package org.gazette.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * A search as the user asked it: the query text (Lucene syntax), outlets to keep (empty: all), a date range
 * (either end may be null), the order, how many hits to return, and how many of the first of them come with
 * snippets (the rest show their lead; a list asks for the others' snippets afterwards, see
 * {@code SearchIndex.snippets}).
 */
public record SearchRequest(String query, Set<String> outlets, LocalDate from, LocalDate to, Sort sort, int limit,
                            Set<String> speakers, int snippets) {
    public enum Sort { RELEVANCE, NEWEST, OLDEST }

    public SearchRequest {
        query = query == null ? "" : query;
        outlets = outlets == null ? Set.of() : Set.copyOf(outlets);
        speakers = speakers == null ? Set.of() : Set.copyOf(speakers);
        sort = sort == null ? Sort.RELEVANCE : sort;
        limit = Math.max(1, limit);
        snippets = snippets < 0 ? limit : Math.min(snippets, limit);
    }

    /** Every hit with its snippet. */
    public SearchRequest(String query, Set<String> outlets, LocalDate from, LocalDate to, Sort sort, int limit,
                         Set<String> speakers) {
        this(query, outlets, from, to, sort, limit, speakers, -1);
    }

    /** Without a speaker filter. */
    public SearchRequest(String query, Set<String> outlets, LocalDate from, LocalDate to, Sort sort, int limit) {
        this(query, outlets, from, to, sort, limit, Set.of());
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Set.of(), null, null, Sort.RELEVANCE, 20);
    }

    public SearchRequest withLimit(int n) { return new SearchRequest(query, outlets, from, to, sort, n, speakers, -1); }
    public SearchRequest withSort(Sort s) { return new SearchRequest(query, outlets, from, to, s, limit, speakers, snippets); }
    public SearchRequest withOutlets(Set<String> o) { return new SearchRequest(query, o, from, to, sort, limit, speakers, snippets); }
    public SearchRequest withDates(LocalDate f, LocalDate t) { return new SearchRequest(query, outlets, f, t, sort, limit, speakers, snippets); }
    public SearchRequest withSpeakers(Set<String> s) { return new SearchRequest(query, outlets, from, to, sort, limit, s, snippets); }
    /** Snippets for the first {@code n} hits only. */
    public SearchRequest withSnippets(int n) { return new SearchRequest(query, outlets, from, to, sort, limit, speakers, Math.max(0, n)); }

    /** Whether answering needs the archive's quotations (a speaker filter, or the quote/speaker fields). */
    public boolean needsQuotes() {
        String q = query.toLowerCase(java.util.Locale.ROOT);
        return !speakers.isEmpty() || q.contains("quote:") || q.contains("speaker:");
    }
}
