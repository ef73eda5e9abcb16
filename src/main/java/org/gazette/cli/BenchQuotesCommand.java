package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.ingest.TextDecoder;
import org.gazette.quotes.QuoteAttributor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Times quotation finding and attribution on given files (warm JVM: the median of several runs per file). */
@Command(name = "bench-quotes", description = "Time quotation extraction on files (median of --rounds runs after warm-up).")
final class BenchQuotesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files to extract quotations from.")
    List<Path> files;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed runs per file after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException, org.gazette.ingest.UnreadableFileException {
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : files) {
            String text = TextDecoder.decode(java.nio.file.Files.readAllBytes(file)).text();
            int quotes = 0;
            for (int i = 0; i < 2; i++) {
                quotes = QuoteAttributor.quotes(text).size();
            }
            long[] ms = new long[Math.max(1, rounds)];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                QuoteAttributor.quotes(text);
                ms[i] = (System.nanoTime() - t0) / 1_000_000;
            }
            Arrays.sort(ms);
            out.printf("%s: %,d chars, %,d quotations, median %d ms (min %d, max %d)%n",
                    file.getFileName(), text.length(), quotes, ms[ms.length / 2], ms[0], ms[ms.length - 1]);
        }
        return ExitCodes.OK;
    }
}
