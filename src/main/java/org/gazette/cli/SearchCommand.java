package org.gazette.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.search.InvalidQueryException;
import org.gazette.search.SearchHit;
import org.gazette.search.SearchRequest;
import org.gazette.search.SearchResult;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", description = "Search the archive (Lucene query syntax; see the README).")
final class SearchCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "QUERY", description = "The query, e.g. '\"eastern flank\" AND outlet:herald'.")
    String query;

    @Option(names = "--json", description = "One JSON object per hit.")
    boolean json;

    @Option(names = "--limit", defaultValue = "20", description = "How many hits (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, newest or oldest.")
    String sort;

    @Option(names = "--outlet", description = "Only this outlet (repeatable).")
    Set<String> outlets;

    @Option(names = "--speaker", description = "Only articles quoting this speaker (repeatable; the name as `speakers` lists "
            + "it, or as typed: \"Nadler\" finds Jerrold L. Nadler).")
    Set<String> speakers;

    @Option(names = "--from", description = "Only articles dated on or after (yyyy-MM-dd).")
    LocalDate from;

    @Option(names = "--to", description = "Only articles dated on or before (yyyy-MM-dd).")
    LocalDate to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest.Sort order;
        try {
            order = SearchRequest.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("error: --sort takes relevance, newest or oldest");
            return ExitCodes.USAGE;
        }
        try (Gazette g = Gazette.open(archive.dir, TaskContext.NONE)) {
            Set<String> shown = speakers == null || speakers.isEmpty() ? speakers
                    : TypedSpeakers.resolve(g, speakers, spec.commandLine().getErr()); // "Nadler": Jerrold L. Nadler
            if (shown != null && shown.isEmpty()) {
                shown = speakers; // no one of those names: the filter as typed, which matches no article
            }
            SearchResult r = g.search(new SearchRequest(query, outlets, from, to, order, limit, shown));
            for (SearchHit h : r.hits()) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", h.id());
                    m.put("title", h.title());
                    m.put("outlet", h.outlet());
                    m.put("date", h.date());
                    m.put("byline", h.byline());
                    m.put("source", h.source());
                    m.put("score", h.score());
                    m.put("snippet", h.snippet().marked("<b>", "</b>"));
                    out.println(Json.line(m));
                } else {
                    out.printf("%d\t%s\t%s\t%s%n\t%s%n", h.id(), nz(h.date()), nz(h.outlet()), nz(h.title()),
                            h.snippet().marked("[", "]"));
                }
            }
            if (!json) {
                out.printf("%,d matching articles (%.1f ms)%n", r.total(), r.millis());
            }
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidQueryException e) {
            spec.commandLine().getErr().println("invalid query: " + e.getMessage());
            return ExitCodes.INVALID_QUERY;
        }
    }

    private static String nz(String s) { return s == null ? "-" : s; }
}
