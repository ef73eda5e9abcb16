package org.gazette.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gazette.app.Gazette;
import org.gazette.search.InvalidQueryException;
import org.gazette.search.SearchRequest;

/**
 * A deterministic query mix drawn from the archive's own titles, dates, outlets and speakers, each query
 * written twice: as Gazette runs it, and as the same question to an SQLite FTS5 table (which has no fuzzy
 * terms: there the plain term is asked).
 */
record BenchQueries(String kind, SearchRequest request, String ftsMatch, LocalDate from, LocalDate to, String outlet, String speaker) {

    static final List<String> KINDS = List.of("term", "phrase", "and", "or", "prefix", "fuzzy", "proximity", "title-not",
            "date", "outlet", "speaker", "term");

    static List<BenchQueries> build(Gazette g, int n) throws InvalidQueryException {
        List<String> words = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<String> outlets = new ArrayList<>();
        for (var hit : g.search(SearchRequest.of("").withLimit(400).withSort(SearchRequest.Sort.OLDEST)).hits()) {
            if (hit.title() != null) {
                for (String w : hit.title().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                    if (w.length() >= 5) {
                        words.add(w);
                    }
                }
            }
            if (hit.date() != null) {
                dates.add(LocalDate.parse(hit.date()));
            }
            if (hit.outlet() != null) {
                outlets.add(hit.outlet());
            }
        }
        List<String> speakers = g.speakers().stream().limit(100).map(s -> s.speaker()).toList();
        List<BenchQueries> out = new ArrayList<>();
        for (int i = 0; out.size() < n && words.size() > 3; i++) {
            String a = words.get((i * 7) % words.size());
            String b = words.get((i * 13 + 1) % words.size());
            String kind = KINDS.get(i % KINDS.size());
            SearchRequest r = SearchRequest.of(a).withLimit(20);
            String fts = q(a);
            LocalDate from = null;
            LocalDate to = null;
            String outlet = null;
            String speaker = null;
            switch (kind) {
                case "phrase" -> { r = SearchRequest.of("\"" + a + " " + b + "\"").withLimit(20); fts = "\"" + a + " " + b + "\""; }
                case "and" -> { r = SearchRequest.of(a + " AND " + b).withLimit(20); fts = q(a) + " AND " + q(b); }
                case "or" -> { r = SearchRequest.of(a + " OR " + b).withLimit(20); fts = q(a) + " OR " + q(b); }
                case "prefix" -> { r = SearchRequest.of(a.substring(0, 4) + "*").withLimit(20); fts = q(a.substring(0, 4)) + " *"; }
                case "fuzzy" -> r = SearchRequest.of(a + "~1").withLimit(20);
                case "proximity" -> { r = SearchRequest.of("\"" + a + " " + b + "\"~10").withLimit(20); fts = "NEAR(" + q(a) + " " + q(b) + ", 10)"; }
                case "title-not" -> { r = SearchRequest.of("title:" + a + " NOT " + b).withLimit(20); fts = "{title} : " + q(a) + " NOT " + q(b); }
                case "date" -> {
                    if (!dates.isEmpty()) {
                        from = dates.get((i * 17) % dates.size()).minusDays(30);
                        to = from.plusDays(90);
                        r = r.withDates(from, to);
                    }
                }
                case "outlet" -> {
                    if (!outlets.isEmpty()) {
                        outlet = outlets.get((i * 11) % outlets.size());
                        r = r.withOutlets(Set.of(outlet));
                    }
                }
                case "speaker" -> {
                    if (!speakers.isEmpty()) {
                        speaker = speakers.get((i * 5) % speakers.size());
                        r = SearchRequest.of(b).withLimit(20).withSpeakers(Set.of(speaker));
                        fts = q(b);
                    }
                }
                default -> { }
            }
            out.add(new BenchQueries(kind, r, fts, from, to, outlet, speaker));
        }
        return out;
    }

    /** A word as an FTS5 string (no operator or column name can be read into it). */
    private static String q(String word) {
        return "\"" + word.replace("\"", "") + "\"";
    }
}
