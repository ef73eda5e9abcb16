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
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures import, search and related coverage on a real corpus, optionally scaled to a given number of
 * articles, and the same work done by the plain alternatives in the same run: bare Lucene indexing the same
 * cleaned text, and SQLite FTS5 answering the same queries. Prints a table and appends one JSON line per run
 * to a results file, so that each run is compared with the one before it.
 */
@Command(name = "bench", description = "Benchmark import, search and related coverage on a corpus (into a fresh archive), "
        + "against bare Lucene and SQLite FTS5 on the same text.")
final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin CorpusOption corpusOption;

    @Option(names = "--scale", paramLabel = "N", description = "Build a corpus of N articles from --corpus: its files, then "
            + "copies with their paragraphs reordered (written once to --scaled-corpus and reused).")
    Integer scale;

    @Option(names = "--scaled-corpus", paramLabel = "DIR", description = "Where the scaled corpus is written "
            + "(default: gazette-bench-corpus-N in the temporary folder).")
    Path scaledDir;

    @Option(names = "--archive", paramLabel = "DIR", description = "Archive folder to create (default: a temporary folder).")
    Path archiveDir;

    @Option(names = "--queries", defaultValue = "240", description = "Queries in the fixed set (default: ${DEFAULT-VALUE}).")
    int queryCount;

    @Option(names = "--rounds", defaultValue = "3", description = "Times each query is run after warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--related", defaultValue = "300", description = "Articles whose other coverage is timed (default: ${DEFAULT-VALUE}).")
    int relatedCount;

    @Option(names = "--no-baselines", description = "Skip bare Lucene and FTS5.")
    boolean noBaselines;

    @Option(names = "--out", defaultValue = "bench-results.jsonl", paramLabel = "FILE",
            description = "Results file: one JSON line is appended per run (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        Path dir = archiveDir != null ? archiveDir : Files.createTempDirectory("gazette-bench");
        if (Files.exists(dir.resolve("gazette.db"))) {
            spec.commandLine().getErr().println("error: " + dir + " already holds an archive; the benchmark needs a fresh one");
            return ExitCodes.USAGE;
        }
        Path source = corpusOption.dir;
        if (scale != null) {
            Path to = scaledDir != null ? scaledDir : Path.of(System.getProperty("java.io.tmpdir"), "gazette-bench-corpus-" + scale);
            pw.printf("corpus   building %,d articles from %s in %s%n", scale, corpusOption.dir, to);
            pw.flush();
            source = ScaledCorpus.build(corpusOption.dir, scale, to);
        }
        // every file read once before the import: bare Lucene indexes text already in memory, so the import reads
        // from the page cache too. Reading a scaled corpus from disk while the archive is written was most of a run's
        // time on this VM (read stage 81.6 s of a 117 s import, against 6.7 s with the files cached)
        long readStart = System.nanoTime();
        long bytes = readOnce(source);
        double corpusReadS = (System.nanoTime() - readStart) / 1e9;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("when", java.time.Instant.now().toString());
        result.put("corpus", corpusOption.dir.toString());
        result.put("scale", scale);
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        result.put("corpus_read_s", round(corpusReadS));
        Memory.resetPeaks();

        ImportReport report;
        long t0 = System.nanoTime();
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            report = g.importPaths(List.of(source), ImportOptions.DEFAULT, TaskContext.NONE, r -> { });
        }
        double importS = (System.nanoTime() - t0) / 1e9;
        result.put("files", report.found());
        result.put("articles", report.added());
        result.put("duplicates", report.duplicates());
        result.put("failed", report.failed().size());
        result.put("import_s", round(importS));
        result.put("import_articles_per_s", round(report.added() / importS));
        result.put("import_mb_per_s", round(bytes / 1048576.0 / importS));
        result.put("import_stage_ms", report.stageMillis());

        List<BenchQueries> queries;
        double[] ours;
        t0 = System.nanoTime();
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            result.put("reopen_ms", round((System.nanoTime() - t0) / 1e6));
            queries = BenchQueries.build(g, queryCount);
            double[][] perQuery = time(queries, q -> g.search(q.request()));
            ours = sorted(perQuery);
            result.put("queries", queries.size());
            putPercentiles(result, "search", ours);
            result.put("search_by_kind", byKind(queries, perQuery));
            double[] related = timeRelated(g);
            putPercentiles(result, "related", related);
            result.put("peak_heap_mb", Memory.peakHeapMb());
            result.put("peak_rss_mb", Memory.peakRssMb());
            long archiveBytes = folderBytes(dir);
            result.put("archive_mb", round(archiveBytes / 1048576.0));
            result.put("text_mb", round(bytes / 1048576.0));
            result.put("archive_to_text", round(archiveBytes / (double) bytes));
            if (!noBaselines) {
                baselines(g, queries, report, importS, ours, result, pw);
            }
        }
        print(pw, report, importS, bytes, result);
        String line = Json.line(result);
        pw.println(line);
        Map<String, Object> previous = previousRun(result);
        if (previous != null) {
            pw.printf("previous run (%s): import %s articles/s, search p50 %s ms, p99 %s ms, related p50 %s ms%n", previous.get("when"),
                    previous.get("import_articles_per_s"), previous.get("search_p50_ms"), previous.get("search_p99_ms"), previous.get("related_p50_ms"));
        }
        Files.writeString(out, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (archiveDir == null) {
            BenchBaselines.deleteQuietly(dir); // a temporary archive; keep one with --archive
        }
        pw.flush();
        return ExitCodes.OK;
    }

    private void baselines(Gazette g, List<BenchQueries> queries, ImportReport report, double importS, double[] ours,
                           Map<String, Object> result, PrintWriter pw) throws Exception {
        List<BenchBaselines.Doc> docs = new ArrayList<>();
        g.forEachArticle(page -> page.forEach(a -> docs.add(BenchBaselines.Doc.of(a))));
        Map<Long, List<String>> speakers = new java.util.HashMap<>();
        for (var row : g.allQuoteRows()) {
            List<String> names = speakers.computeIfAbsent(row.articleId(), k -> new ArrayList<>());
            if (row.speaker() != null && !names.contains(row.speaker())) {
                names.add(row.speaker());
            }
        }
        Path tmp = Files.createTempDirectory("gazette-bench-baselines");
        try {
            double luceneS = BenchBaselines.bareLucene(docs, tmp.resolve("lucene"), Runtime.getRuntime().availableProcessors());
            double luceneRate = docs.size() / luceneS;
            result.put("lucene_s", round(luceneS));
            result.put("lucene_articles_per_s", round(luceneRate));
            result.put("import_share_of_lucene", round(report.added() / importS / luceneRate));
            try (var fts = new BenchBaselines.Fts5(tmp.resolve("fts5.db"), docs, speakers)) {
                result.put("fts5_build_s", round(fts.buildSeconds));
                double[][] perQuery = time(queries, fts::search);
                double[] theirs = sorted(perQuery);
                putPercentiles(result, "fts5", theirs);
                result.put("fts5_by_kind", byKind(queries, perQuery));
                result.put("search_p50_to_fts5", round(pct(ours, 50) / pct(theirs, 50)));
            }
        } finally {
            BenchBaselines.deleteQuietly(tmp);
        }
    }

    private interface Run<T> {
        void run(T t) throws Exception;
    }

    /** Milliseconds of each query in each round ({@code [query][round]}): one warm-up round, then {@code rounds} timed rounds. */
    private double[][] time(List<BenchQueries> queries, Run<BenchQueries> run) throws Exception {
        for (BenchQueries q : queries) {
            run.run(q);
        }
        double[][] ms = new double[queries.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < queries.size(); i++) {
                long s = System.nanoTime();
                run.run(queries.get(i));
                ms[i][r] = (System.nanoTime() - s) / 1e6;
            }
        }
        return ms;
    }

    private static double[] sorted(double[][] perQuery) {
        double[] all = Arrays.stream(perQuery).flatMapToDouble(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }

    /** p50 and p99 per kind of query ("prefix": [p50, p99]), to show where the slow tail comes from. */
    private static Map<String, double[]> byKind(List<BenchQueries> queries, double[][] perQuery) {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        for (int i = 0; i < queries.size(); i++) {
            rows.computeIfAbsent(queries.get(i).kind(), k -> new ArrayList<>()).add(perQuery[i]);
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        rows.forEach((kind, r) -> {
            double[] all = sorted(r.toArray(new double[0][]));
            out.put(kind, new double[] {round(pct(all, 50)), round(pct(all, 99))});
        });
        return out;
    }

    /** Other coverage of a fixed sample of articles, top 10, after one warm-up pass. */
    private double[] timeRelated(Gazette g) {
        List<Long> sample = BenchRelatedCommand.sample(g, relatedCount);
        sample.forEach(id -> g.related(id, 10));
        double[] ms = new double[sample.size()];
        for (int i = 0; i < ms.length; i++) {
            long s = System.nanoTime();
            g.related(sample.get(i), 10);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    private static void putPercentiles(Map<String, Object> result, String name, double[] sorted) {
        if (sorted.length == 0) {
            return;
        }
        result.put(name + "_p50_ms", round(pct(sorted, 50)));
        result.put(name + "_p95_ms", round(pct(sorted, 95)));
        result.put(name + "_p99_ms", round(pct(sorted, 99)));
    }

    private void print(PrintWriter pw, ImportReport report, double importS, long bytes, Map<String, Object> r) {
        pw.printf("corpus   every file read once before the import (page cache warm, as for bare Lucene): %.1f s%n",
                r.get("corpus_read_s"));
        pw.printf("import   %,d files (%,d articles, %,d duplicates, %d failed) in %.1f s: %.0f articles/s, %.1f MB/s%n",
                report.found(), report.added(), report.duplicates(), report.failed().size(), importS,
                report.added() / importS, bytes / 1048576.0 / importS);
        pw.printf("stages   %s (ms, summed over threads)%n", report.stageMillis());
        if (r.containsKey("lucene_s")) {
            pw.printf("lucene   bare Lucene on the same cleaned text: %.1f s, %.0f articles/s; Gazette's import is %.0f%% of it%n",
                    r.get("lucene_s"), r.get("lucene_articles_per_s"), 100 * (double) r.get("import_share_of_lucene"));
        }
        pw.printf("reopen   %.0f ms%n", (double) r.get("reopen_ms"));
        pw.printf("search   %d queries x %d rounds, top 20 with snippets: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                r.get("queries"), rounds, r.get("search_p50_ms"), r.get("search_p95_ms"), r.get("search_p99_ms"));
        @SuppressWarnings("unchecked")
        Map<String, double[]> kinds = (Map<String, double[]>) r.get("search_by_kind");
        @SuppressWarnings("unchecked")
        Map<String, double[]> ftsKinds = (Map<String, double[]>) r.getOrDefault("fts5_by_kind", Map.of());
        for (var e : kinds.entrySet()) {
            double[] f = ftsKinds.get(e.getKey());
            pw.printf("         %-10s p50 %7.2f ms  p99 %7.2f ms%s%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                    f == null ? "" : String.format("   fts5 p50 %7.2f ms  p99 %7.2f ms", f[0], f[1]));
        }
        if (r.containsKey("fts5_p50_ms")) {
            pw.printf("fts5     same queries, top 20 with snippet(): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (built in %.1f s); "
                    + "Gazette's p50 is %.2f of FTS5's%n", r.get("fts5_p50_ms"), r.get("fts5_p95_ms"), r.get("fts5_p99_ms"),
                    r.get("fts5_build_s"), r.get("search_p50_to_fts5"));
        }
        if (r.containsKey("related_p50_ms")) {
            pw.printf("related  other coverage, top 10: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    r.get("related_p50_ms"), r.get("related_p95_ms"), r.get("related_p99_ms"));
        }
        pw.printf("memory   peak heap %d MB (max %d MB), peak resident %d MB (import, search and related)%n",
                r.get("peak_heap_mb"), r.get("max_heap_mb"), r.get("peak_rss_mb"));
        pw.printf("disk     archive %.1f MB for %.1f MB of text (%.2fx)%n", r.get("archive_mb"), r.get("text_mb"), r.get("archive_to_text"));
    }

    /** The last earlier result in the results file for the same corpus and size, if any. */
    private Map<String, Object> previousRun(Map<String, Object> now) {
        if (!Files.exists(out)) {
            return null;
        }
        try {
            var mapper = Json.mapper();
            Map<String, Object> last = null;
            for (String line : Files.readAllLines(out)) {
                if (line.isBlank()) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> r = mapper.readValue(line, Map.class);
                if (java.util.Objects.equals(String.valueOf(r.get("corpus")), String.valueOf(now.get("corpus")))
                        && java.util.Objects.equals(String.valueOf(r.get("articles")), String.valueOf(now.get("articles")))) {
                    last = r;
                }
            }
            return last;
        } catch (IOException e) {
            return null; // an unreadable results file does not stop the benchmark; the new line is still appended
        }
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double round(double v) { return Math.round(v * 100) / 100.0; }

    /** Reads every file under {@code dir} once (into the system's page cache); how many bytes they hold. */
    private static long readOnce(Path dir) throws IOException {
        long bytes = 0;
        try (var s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                bytes += Files.readAllBytes(p).length;
            }
        }
        return bytes;
    }

    private static long folderBytes(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
