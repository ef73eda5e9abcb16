package org.gazette.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.gazette.ingest.TextDecoder;
import org.gazette.ingest.UnreadableFileException;
import org.gazette.quotes.QuoteAttributor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Times quotation finding and attribution (one thread, warm JVM). Files are timed one by one (median of several
 * runs each); a folder is timed as a whole, the way an import meets it: every article once per round.
 */
@Command(name = "bench-quotes", description = "Time quotation extraction on files, or on all the .txt files of a folder "
        + "(median of --rounds runs after warm-up).")
final class BenchQuotesCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Text files, or folders of article files.")
    List<Path> paths;

    @Option(names = "--rounds", defaultValue = "5", description = "Timed runs after two warm-up runs (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException, UnreadableFileException {
        PrintWriter out = spec.commandLine().getOut();
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
            int quotes = texts.stream().mapToInt(t -> QuoteAttributor.quotes(t).size()).sum();
            Rounds r = Rounds.time(rounds, () -> texts.forEach(QuoteAttributor::quotes));
            out.printf("%s: %,d files, %,d chars, %,d quotations, median %d ms (min %d, max %d), %.1f MB/s%n",
                    path.getFileName(), texts.size(), chars, quotes, r.median(), r.min(), r.max(),
                    chars / 1048576.0 / Math.max(1, r.median()) * 1000);
        }
        return ExitCodes.OK;
    }
}
