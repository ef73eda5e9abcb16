package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.ImportReport;
import org.gazette.search.InvalidQueryException;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures import and search on a real corpus: imports it into a fresh archive through the real pipeline,
 * times reopening the archive, then runs a fixed query set (terms, phrases, boolean, wildcard, fuzzy,
 * proximity, fields) with snippets for the first 20 hits and reports latency percentiles.
 */
@Command(name = "bench", description = "Benchmark import and search on a corpus folder (into a fresh temporary archive).")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of article text files.")
    Path corpus;

    @Option(names = "--archive", paramLabel = "DIR", description = "Archive folder to create (default: a temporary folder).")
    Path archiveDir;

    @Option(names = "--rounds", defaultValue = "5", description = "Times each query is run after warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--out", paramLabel = "FILE", description = "Append the result as one JSON line to this file.")
    Path out;

    @Override
    public Integer call() throws IOException, InvalidQueryException {
        PrintWriter pw = spec.commandLine().getOut();
        Path dir = archiveDir != null ? archiveDir : Files.createTempDirectory("gazette-bench");
        if (Files.exists(dir.resolve("gazette.db"))) {
            spec.commandLine().getErr().println("error: " + dir + " already holds an archive; the benchmark needs a fresh one");
            return ExitCodes.USAGE;
        }
        long bytes = folderBytes(corpus);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("corpus", corpus.toString());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        ImportReport report;
        long t0 = System.nanoTime();
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            report = g.importPaths(List.of(corpus), ImportOptions.DEFAULT, TaskContext.NONE, r -> { });
        }
        double importS = (System.nanoTime() - t0) / 1e9;
        result.put("files", report.found());
        result.put("articles", report.added());
        result.put("duplicates", report.duplicates());
        result.put("failed", report.failed().size());
        result.put("import_s", round(importS));
        result.put("import_files_per_s", round(report.found() / importS));
        result.put("import_mb_per_s", round(bytes / 1048576.0 / importS));

        t0 = System.nanoTime();
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            result.put("reopen_ms", round((System.nanoTime() - t0) / 1e6));
            List<String> queries = QuerySet.build(g, 200);
            for (String q : queries) { // warm-up
                g.search(SearchRequest.of(q).withLimit(20));
            }
            double[] ms = new double[queries.size() * rounds];
            int k = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    g.search(SearchRequest.of(q).withLimit(20));
                    ms[k++] = (System.nanoTime() - s) / 1e6;
                }
            }
            Arrays.sort(ms);
            result.put("queries", queries.size());
            result.put("search_p50_ms", round(pct(ms, 50)));
            result.put("search_p95_ms", round(pct(ms, 95)));
            result.put("search_p99_ms", round(pct(ms, 99)));
        }
        result.put("archive_mb", round(folderBytes(dir) / 1048576.0));
        result.put("text_mb", round(bytes / 1048576.0));

        pw.printf("import   %,d files (%,d articles, %,d duplicates, %d failed) in %.2f s: %.0f files/s, %.1f MB/s%n",
                report.found(), report.added(), report.duplicates(), report.failed().size(), importS,
                report.found() / importS, bytes / 1048576.0 / importS);
        pw.printf("reopen   %.0f ms%n", (double) result.get("reopen_ms"));
        pw.printf("search   %d queries x %d rounds, top 20 with snippets: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                result.get("queries"), rounds, result.get("search_p50_ms"), result.get("search_p95_ms"), result.get("search_p99_ms"));
        pw.printf("disk     archive %.1f MB for %.1f MB of text%n", result.get("archive_mb"), result.get("text_mb"));
        pw.println(Json.line(result));
        if (out != null) {
            Files.writeString(out, Json.line(result) + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        pw.flush();
        return ExitCodes.OK;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    private static long folderBytes(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** A deterministic query mix drawn from the archive's own titles. */
    static final class QuerySet {
        private QuerySet() { }

        static List<String> build(Gazette g, int n) throws InvalidQueryException {
            List<String> words = new ArrayList<>();
            for (var hit : g.search(SearchRequest.of("").withLimit(400).withSort(SearchRequest.Sort.OLDEST)).hits()) {
                if (hit.title() == null) {
                    continue;
                }
                for (String w : hit.title().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                    if (w.length() >= 5) {
                        words.add(w);
                    }
                }
            }
            List<String> q = new ArrayList<>();
            for (int i = 0; q.size() < n && words.size() > 3; i++) {
                String a = words.get((i * 7) % words.size());
                String b = words.get((i * 13 + 1) % words.size());
                q.add(switch (i % 8) {
                    case 0 -> a;
                    case 1 -> "\"" + a + " " + b + "\"";
                    case 2 -> a + " AND " + b;
                    case 3 -> a + " OR " + b;
                    case 4 -> a.substring(0, 4) + "*";
                    case 5 -> a + "~1";
                    case 6 -> "\"" + a + " " + b + "\"~10";
                    default -> "title:" + a + " NOT " + b;
                });
            }
            return q;
        }
    }
}
