package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gazette.ingest.ArticleParser;
import org.gazette.ingest.QuoteExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times the cleanup and the quotation extractor, as an import runs them, on generated texts of hostile shapes
 * ({@link HostileTexts}) at a quarter of {@code --size} and at the whole (warm JVM, median of {@code --rounds}). A
 * linear pass takes about four times as long on the larger; a growth past {@link #SUPERLINEAR} is flagged.
 */
@Command(name = "bench-shapes", description = "Time the cleanup and quotation extraction on generated texts of hostile "
        + "shapes (dense quotations, no full stops, unclosed marks, thousands of short lines, …) at two sizes.")
final class BenchShapesCommand implements Callable<Integer> {
    /** Growth from a quarter of the size to the whole past which a stage is reported as growing faster than its text. */
    static final double SUPERLINEAR = 6.0;

    @Spec CommandSpec spec;

    @Option(names = "--rounds", defaultValue = "3", description = "Timed runs after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--size", defaultValue = "5000000", description = "Characters of each generated text (default: ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleParser parser = ArticleParser.standard();
        out.printf("%-20s %11s %21s %22s%n", "shape", "quotations", "cleanup ms (1/4, all)", "quotations ms (1/4, all)");
        for (String shape : HostileTexts.names()) {
            Path file = Path.of(shape + ".txt");
            long[] clean = new long[2];
            long[] quotes = new long[2];
            int found = 0;
            for (int s = 0; s < 2; s++) {
                String text = HostileTexts.text(shape, s == 0 ? size / 4 : size);
                clean[s] = Rounds.time(rounds, () -> parser.parse(text, file)).median();
                String cleaned = parser.parse(text, file).cleanedText();
                found = QuoteExtraction.of(0, cleaned).size();
                quotes[s] = Rounds.time(rounds, () -> QuoteExtraction.of(0, cleaned)).median();
            }
            out.printf("%-20s %,11d %10d %10d %11d %10d%s%n", shape, found, clean[0], clean[1], quotes[0], quotes[1],
                    superlinear(clean) || superlinear(quotes) ? "  grows faster than the text" : "");
            out.flush();
        }
        return ExitCodes.OK;
    }

    /** Whether the whole took more than {@link #SUPERLINEAR} times the quarter (and long enough to tell). */
    private static boolean superlinear(long[] ms) {
        return ms[1] >= 50 && ms[1] > SUPERLINEAR * Math.max(1, ms[0]);
    }
}
