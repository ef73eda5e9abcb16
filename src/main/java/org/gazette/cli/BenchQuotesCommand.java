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

    @Option(names = "--against", paramLabel = "JAR", description = "Also time the extractor of another build of Gazette "
            + "(its jar), round by round in turn with this one in the same JVM, and report the ratio of their CPU times: "
            + "on a VM whose speed drifts between runs, a difference of a few percent shows only so.")
    Path against;

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
            if (against != null) {
                compare(out, path, texts);
                continue;
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

    /**
     * This build's extractor against another's, each loaded on its own and given the same texts: two warm-up runs each,
     * then rounds in which both run, in turn first, timed by this thread's CPU time.
     */
    private void compare(PrintWriter out, Path path, List<String> texts) throws IOException {
        java.util.function.Consumer<String> mine = QuoteAttributor::quotes;
        java.util.function.Consumer<String> theirs;
        try {
            ClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {against.toUri().toURL()},
                    ClassLoader.getPlatformClassLoader());
            java.lang.reflect.Method quotes = loader.loadClass(QuoteAttributor.class.getName()).getMethod("quotes", String.class);
            theirs = t -> {
                try {
                    quotes.invoke(null, t);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new IOException("no quotation extractor in " + against + ": " + e, e);
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        List<java.util.function.Consumer<String>> builds = List.of(theirs, mine);
        long[][] ms = new long[2][Math.max(1, rounds)];
        for (int r = -2; r < ms[0].length; r++) {
            for (int i = 0; i < 2; i++) {
                int b = (r & 1) == 0 ? i : 1 - i; // each goes first every other round
                long t0 = threads.getCurrentThreadCpuTime();
                texts.forEach(builds.get(b));
                if (r >= 0) {
                    ms[b][r] = (threads.getCurrentThreadCpuTime() - t0) / 1_000_000;
                }
            }
        }
        double[] ratio = new double[ms[0].length];
        for (int r = 0; r < ratio.length; r++) {
            ratio[r] = (double) ms[1][r] / Math.max(1, ms[0][r]);
        }
        java.util.Arrays.sort(ratio);
        out.printf("%s: %,d files; CPU ms per round, %s: %s; this build: %s; this build / that one, median of rounds %.3f (%.3f–%.3f)%n",
                path.getFileName(), texts.size(), against.getFileName(), java.util.Arrays.toString(ms[0]),
                java.util.Arrays.toString(ms[1]), ratio[ratio.length / 2], ratio[0], ratio[ratio.length - 1]);
    }
}
