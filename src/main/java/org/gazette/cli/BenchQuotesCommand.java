package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gazette.ingest.TextDecoder;
import org.gazette.ingest.UnreadableFileException;
import org.gazette.quotes.QuoteAttributor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times quotation finding and attribution (one thread, warm JVM). Files are timed one by one (median of several
 * runs each); a folder is timed as a whole, the way an import meets it: every article once per round. With
 * {@code --shapes}, generated texts of hostile shapes ({@link HostileTexts}) are timed at a quarter of {@code --size}
 * and at the whole: a linear pass takes about four times as long on the larger.
 */
@Command(name = "bench-quotes", description = "Time quotation extraction on files, or on all the .txt files of a folder "
        + "(median of --rounds runs after warm-up); --shapes times generated texts full of quote marks at two sizes.")
final class BenchQuotesCommand implements Callable<Integer> {
    /** Growth from a quarter of the size to the whole past which a shape is reported as growing faster than its text. */
    private static final double SUPERLINEAR = 6.0;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Text files, or folders of article files.")
    List<Path> paths = List.of();

    @Option(names = "--rounds", defaultValue = "5", description = "Timed runs after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--shapes", description = "Time generated texts of hostile shapes (dense quotations, no full stops, "
            + "unclosed marks, …) at a quarter of --size and at --size.")
    boolean shapes;

    @Option(names = "--size", defaultValue = "5000000", description = "Characters of each generated text (default: ${DEFAULT-VALUE}).")
    int size;

    @Override
    public Integer call() throws IOException, UnreadableFileException {
        PrintWriter out = spec.commandLine().getOut();
        if (paths.isEmpty() && !shapes) {
            throw new ParameterException(spec.commandLine(), "Give files or folders to time, or --shapes");
        }
        for (Path path : paths) {
            List<String> texts = new ArrayList<>();
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                        texts.add(TextDecoder.decode(Files.readAllBytes(f)).text());
                    }
                }
            } else {
                texts.add(TextDecoder.decode(Files.readAllBytes(path)).text());
            }
            long chars = texts.stream().mapToLong(String::length).sum();
            Timing t = time(texts);
            out.printf("%s: %,d files, %,d chars, %,d quotations, median %d ms (min %d, max %d), %.1f MB/s%n",
                    path.getFileName(), texts.size(), chars, t.quotes, t.median(), t.min(), t.max(),
                    chars / 1048576.0 / Math.max(1, t.median()) * 1000);
        }
        if (shapes) {
            out.printf("%-20s %12s %10s %10s %7s%n", "shape", "quotations", "1/4 (ms)", "whole (ms)", "growth");
            for (String shape : HostileTexts.names()) {
                Timing quarter = time(List.of(HostileTexts.text(shape, size / 4)));
                Timing whole = time(List.of(HostileTexts.text(shape, size)));
                double growth = whole.median() / (double) Math.max(1, quarter.median());
                out.printf("%-20s %,12d %10d %10d %6.1fx%s%n", shape, whole.quotes, quarter.median(), whole.median(), growth,
                        growth > SUPERLINEAR && whole.median() >= 50 ? "  grows faster than the text" : "");
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    /** Quotations found, and the milliseconds of each timed round, sorted. */
    private record Timing(int quotes, long[] ms) {
        long median() {
            return ms[ms.length / 2];
        }

        long min() {
            return ms[0];
        }

        long max() {
            return ms[ms.length - 1];
        }
    }

    /** Two untimed runs over the texts, then {@code --rounds} timed ones. */
    private Timing time(List<String> texts) {
        int quotes = 0;
        for (int i = 0; i < 2; i++) {
            quotes = 0;
            for (String t : texts) {
                quotes += QuoteAttributor.quotes(t).size();
            }
        }
        long[] ms = new long[Math.max(1, rounds)];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                QuoteAttributor.quotes(t);
            }
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        Arrays.sort(ms);
        return new Timing(quotes, ms);
    }
}
