package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.search.RelatedHit;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "related", description = "For each article, the same story from other articles in the archive, best first.")
final class RelatedCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Only articles imported from files under these paths (default: every article).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--top", defaultValue = "10", description = "How many related articles each (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--json", description = "One JSON line per article: {\"article\": path, \"related\": [path, …], \"copies\": [path, …]}.")
    boolean json;

    @Option(names = "--scores", description = "With --json, also \"similarity\": the similarity (0–1) of each related article, in order.")
    boolean scores;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> under = paths.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        try (Gazette g = Gazette.open(archive.dir, TaskContext.NONE)) {
            Map<String, Long> sources = g.sourceArticles();
            Map<Long, List<String>> pathsOf = new LinkedHashMap<>();
            sources.forEach((path, id) -> pathsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(path));
            Map<Long, List<RelatedHit>> cache = new java.util.HashMap<>();
            for (Map.Entry<String, Long> e : sources.entrySet()) {
                String path = e.getKey();
                if (!under.isEmpty() && under.stream().noneMatch(p -> Path.of(path).toAbsolutePath().normalize().startsWith(p))) {
                    continue;
                }
                List<RelatedHit> hits = cache.computeIfAbsent(e.getValue(), id -> g.related(id, top));
                // other files with this very text are copies, and come first
                List<String> copies = new ArrayList<>(pathsOf.get(e.getValue()));
                copies.remove(path);
                List<String> related = new ArrayList<>(copies);
                List<Double> similarity = new ArrayList<>(java.util.Collections.nCopies(copies.size(), 1.0));
                for (RelatedHit h : hits) {
                    List<String> ps = pathsOf.getOrDefault(h.id(), List.of());
                    related.addAll(ps);
                    ps.forEach(p -> similarity.add(Math.round(h.similarity() * 1000) / 1000.0));
                    if (h.copy()) {
                        copies.addAll(ps);
                    }
                }
                if (related.size() > top) {
                    related = related.subList(0, top);
                }
                List<Double> shownSimilarity = similarity.subList(0, related.size());
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("article", path);
                    m.put("related", related);
                    m.put("copies", copies);
                    if (scores) {
                        m.put("similarity", shownSimilarity);
                    }
                    out.println(Json.line(m));
                } else {
                    out.println(path);
                    for (RelatedHit h : hits) {
                        out.printf("  %.3f %s%s\t%s\t%s%n", h.similarity(), h.copy() ? "(copy) " : "", nz(h.date()), nz(h.outlet()), nz(h.title()));
                    }
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static String nz(String s) { return s == null ? "-" : s; }
}
