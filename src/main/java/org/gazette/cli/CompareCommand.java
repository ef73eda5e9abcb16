package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.archive.Article;
import org.gazette.archive.Metadata;
import org.gazette.archive.QuoteRecord;
import org.gazette.compare.ArticleComparer;
import org.gazette.compare.Comparison;
import org.gazette.ingest.ArticleParser;
import org.gazette.ingest.ParsedArticle;
import org.gazette.ingest.QuoteExtraction;
import org.gazette.ingest.TextDecoder;
import org.gazette.ingest.UnreadableFileException;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "Compare two articles: aligned sentences, speakers and quotations in both or one, facts only one has.")
final class CompareCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "An article file, or an article id in the archive.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "An article file, or an article id in the archive.")
    String b;

    @Option(names = "--json", description = "One JSON object: similarity, pairs, speakers, quotes, facts.")
    boolean json;

    /** One article: its name as shown, cleaned text, quotations, and its details (outlet, byline, date). */
    private record Side(String name, String text, List<QuoteRecord> quotes, Metadata metadata) { }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Side x;
        Side y;
        boolean ids = !Files.exists(Path.of(a)) && a.matches("\\d+") || !Files.exists(Path.of(b)) && b.matches("\\d+");
        try (Gazette g = ids ? Gazette.open(archive.dir, TaskContext.NONE) : null) {
            try {
                x = side(a, g);
                y = side(b, g);
            } catch (IllegalArgumentException | UnreadableFileException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return ExitCodes.NOT_FOUND;
            }
        }
        long t0 = System.nanoTime();
        Comparison c = ArticleComparer.compare(x.text(), x.quotes(), x.metadata(), y.text(), y.quotes(), y.metadata());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (json) {
            out.println(Json.line(toJson(c, x, y, ms)));
        } else {
            print(out, c, x, y, ms);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Side side(String arg, Gazette g) throws IOException, UnreadableFileException {
        Path p = Path.of(arg);
        if (Files.isRegularFile(p)) {
            byte[] bytes = Files.readAllBytes(p);
            if (bytes.length == 0) {
                return new Side(p.toString(), "", List.of(), new Metadata()); // an empty article: nothing in common, all is A's
            }
            String text = TextDecoder.decode(bytes).text();
            ParsedArticle parsed = ArticleParser.standard().parse(text, p);
            String cleaned = parsed.cleanedText();
            return new Side(p.toString(), cleaned, QuoteExtraction.of(0, cleaned), parsed.metadata());
        }
        if (g == null || !arg.matches("\\d+")) {
            throw new IllegalArgumentException("no such file: " + arg);
        }
        long id = Long.parseLong(arg);
        Article art = g.article(id).orElseThrow(() -> new IllegalArgumentException("no article with id " + id));
        return new Side(art.source() != null ? art.source() : arg, art.cleanedText(), g.quotes(id), art.metadata());
    }

    private static Map<String, Object> toJson(Comparison c, Side x, Side y, double ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", x.name());
        m.put("b", y.name());
        m.put("similarity", Math.round(c.similarity() * 1000) / 1000.0);
        m.put("millis", Math.round(ms * 10) / 10.0);
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Comparison.Pair p : c.pairs()) {
            int[] sa = c.sentencesA().get(p.a());
            int[] sb = c.sentencesB().get(p.b());
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("a", p.a());
            e.put("b", p.b());
            e.put("score", Math.round(p.score() * 1000) / 1000.0);
            e.put("textA", x.text().substring(sa[0], sa[1]));
            e.put("textB", y.text().substring(sb[0], sb[1]));
            pairs.add(e);
        }
        m.put("sentencesA", c.sentencesA().size());
        m.put("sentencesB", c.sentencesB().size());
        m.put("pairs", pairs);
        m.put("speakersBoth", c.bothSpeakers());
        m.put("speakersOnlyA", c.onlyASpeakers());
        m.put("speakersOnlyB", c.onlyBSpeakers());
        List<Map<String, Object>> quotes = new ArrayList<>();
        for (Comparison.SharedQuote q : c.quotes()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("speaker", q.speaker());
            e.put("quoteA", q.textA());
            e.put("quoteB", q.textB());
            e.put("identical", q.identical());
            if (!q.identical()) {
                e.put("diff", q.diff().stream().map(d -> Map.of("op", d.op().name().toLowerCase(java.util.Locale.ROOT), "words", d.words())).toList());
            }
            quotes.add(e);
        }
        m.put("quotesBoth", quotes);
        m.put("onlyA", facts(c.onlyA()));
        m.put("onlyB", facts(c.onlyB()));
        return m;
    }

    private static Map<String, Object> facts(Comparison.Facts f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", f.names());
        m.put("numbers", f.numbers());
        m.put("dates", f.dates());
        return m;
    }

    private static void print(PrintWriter out, Comparison c, Side x, Side y, double ms) {
        out.printf("A: %s%nB: %s%nsimilarity %.2f (%d of %d and %d sentences aligned, %.1f ms)%n", x.name(), y.name(), c.similarity(),
                c.pairs().size(), c.sentencesA().size(), c.sentencesB().size(), ms);
        out.println("quoted by both: " + listed(c.bothSpeakers()));
        out.println("only in A:      " + listed(c.onlyASpeakers()));
        out.println("only in B:      " + listed(c.onlyBSpeakers()));
        for (Comparison.SharedQuote q : c.quotes()) {
            out.printf("  %s%s: \"%s\"%n", q.identical() ? "" : "(worded differently) ", q.speaker(), q.textA());
        }
        out.println("names only in A: " + listed(c.onlyA().names()));
        out.println("names only in B: " + listed(c.onlyB().names()));
        out.println("numbers only in A: " + listed(c.onlyA().numbers()) + "; only in B: " + listed(c.onlyB().numbers()));
        out.println("dates only in A: " + listed(c.onlyA().dates()) + "; only in B: " + listed(c.onlyB().dates()));
    }

    /** A list as the table shows it: "none" rather than nothing after the label. */
    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
