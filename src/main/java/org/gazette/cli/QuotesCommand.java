package org.gazette.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.app.CompilerPolicy;
import org.gazette.app.Gazette;
import org.gazette.app.QuoteExport;
import org.gazette.archive.QuoteRow;
import org.gazette.archive.Article;
import org.gazette.archive.QuoteRecord;
import org.gazette.ingest.CleanupChain;
import org.gazette.ingest.FurnitureFree;
import org.gazette.ingest.FileCollector;
import org.gazette.task.TaskContext;
import org.gazette.ingest.TextDecoder;
import org.gazette.ingest.UnreadableFileException;
import org.gazette.quotes.Quote;
import org.gazette.quotes.QuoteAttributor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Direct quotations with their speakers, straight from files (no archive): one line per quotation with the
 * article (file name without .txt), the text inside the marks exactly as in the file, the speaker (or null)
 * and the offsets of the quote text in the original file, in Java chars. The page furniture that the archive's
 * cleanup removes (captions, galleries, share bars, related links) is left out here too, in place, so a quotation
 * in a photo caption is none and "Hide Caption" is nobody's name.
 */
@Command(name = "quotes", description = "Find the direct quotations in article files and who said each.")
final class QuotesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders (without --archive).")
    List<Path> paths = List.of();

    @Option(names = "--archive", paramLabel = "DIR", description = "Read the quotations stored in this archive instead.")
    Path archive;

    @Option(names = "--speaker", paramLabel = "NAME", description = "With --archive: only this speaker's quotations (a "
            + "name as shown, or as typed: \"Nadler\" finds Jerrold L. Nadler; every speaker of that last name whose name holds the other words).")
    String speaker;

    @Option(names = "--search", paramLabel = "QUERY", description = "With --archive: the quotations holding this search's hits "
            + "(search syntax; with --speaker, only that speaker's).")
    String search;

    @Option(names = "--json", description = "One JSON object per quotation (the scorer's format).")
    boolean json;

    @Option(names = "--csv", description = "With --archive: CSV with a header row (speaker, quote, title, outlet, date, article, start, end).")
    boolean csv;

    private static final CleanupChain CLEANUP = CleanupChain.standard();

    @Override
    public Integer call() throws IOException {
        // buffered: picocli's writer flushes at every line, a write to the terminal for each of 150,000 quotations
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(spec.commandLine().getOut(), 1 << 16), false);
        PrintWriter err = spec.commandLine().getErr();
        if (archive != null) {
            return fromArchive(out);
        }
        if (paths.isEmpty()) {
            err.println("error: give files or folders, or --archive DIR");
            return ExitCodes.USAGE;
        }
        FileCollector.Collected files = FileCollector.collect(paths);
        int failed = files.failed().size();
        files.failed().forEach(p -> err.println("error: " + p));
        // before the extractor runs hot, as an import does: how much it will read decides how it is best compiled
        CompilerPolicy.beforeExtracting(files.files().size(), files.files().stream().mapToLong(FileCollector.Candidate::size).sum());
        for (FileCollector.Candidate c : files.files()) {
            String text;
            try {
                text = TextDecoder.decode(Files.readAllBytes(c.path())).text();
            } catch (UnreadableFileException e) {
                err.println("error: " + c.path() + ": " + e.getMessage());
                failed++;
                continue;
            }
            String article = c.path().getFileName().toString().replaceFirst("\\.txt$", "");
            List<Quote> quotes;
            try {
                // page furniture out first, as the archive's cleanup removes it: offsets go back to the file's
                FurnitureFree readable = CLEANUP.withoutFurniture(text);
                quotes = inFile(QuoteAttributor.quotes(readable.text()), readable, text);
            } catch (RuntimeException e) { // a bug in the extractor costs one file, not the run (as in an import)
                err.println("error: " + c.path() + ": quotations could not be read: " + e);
                failed++;
                continue;
            }
            if (json) {
                writeJson(article, quotes, out);
                continue;
            }
            for (Quote q : quotes) {
                out.printf("%s\t%s\t%s%n", article, q.speaker() == null ? "-" : q.speaker(), q.text());
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
    }

    /**
     * The quotations found in {@code readable}'s text, at their places in the file's {@code text}: the quote as the file
     * has it (with what a cut took out of it, if one fell inside).
     */
    private static List<Quote> inFile(List<Quote> quotes, FurnitureFree readable, String text) {
        if (readable.text().length() == text.length()) {
            return quotes; // nothing taken out: the offsets are the file's
        }
        List<Quote> out = new java.util.ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            int start = readable.originalStart(q.start());
            int end = Math.max(start, readable.originalEnd(q.end()));
            out.add(new Quote(start, end, text.substring(start, end), q.unclosed(), q.speaker(), q.rule()));
        }
        return out;
    }

    /** One JSON line per quotation, streamed: a dense file has 150,000 of them. */
    private static void writeJson(String article, List<Quote> quotes, PrintWriter out) throws IOException {
        JsonGenerator g = Json.lines(out);
        for (Quote q : quotes) {
            g.writeStartObject();
            g.writeStringField("article", article);
            g.writeStringField("quote", q.text());
            g.writeStringField("speaker", q.speaker());
            g.writeNumberField("start", q.start());
            g.writeNumberField("end", q.end());
            g.writeStringField("rule", q.rule());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        g.flush();
    }

    private int fromArchive(PrintWriter out) throws IOException {
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            // a name as typed: "Nadler" is "Jerrold L. Nadler"
            java.util.Set<String> speakers = speaker == null ? java.util.Set.of()
                    : TypedSpeakers.resolve(g, List.of(speaker), spec.commandLine().getErr());
            List<QuoteRow> rows;
            if (search != null) {
                try {
                    rows = speaker != null && speakers.isEmpty() ? List.of()
                            : g.quoteRowsMatching(new org.gazette.search.SearchRequest(search, java.util.Set.of(), null, null,
                                    org.gazette.search.SearchRequest.Sort.RELEVANCE, Integer.MAX_VALUE, speakers));
                } catch (org.gazette.search.InvalidQueryException e) {
                    spec.commandLine().getErr().println("invalid query: " + e.getMessage());
                    return ExitCodes.INVALID_QUERY;
                }
            } else if (speaker != null) {
                rows = new java.util.ArrayList<>();
                for (String s : speakers) {
                    rows.addAll(g.quoteRows(s, Integer.MAX_VALUE));
                }
            } else {
                rows = g.allQuoteRows();
            }
            if (json || csv) {
                QuoteExport.write(rows, csv ? QuoteExport.Format.CSV : QuoteExport.Format.JSON, out);
            } else {
                for (QuoteRow r : rows) {
                    out.printf("%s\t%s\t%s\t%s%n", r.speaker(), r.outlet() == null ? "-" : r.outlet(),
                            r.date() == null ? "-" : r.date(), r.quote());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
