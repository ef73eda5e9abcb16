package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.ImportReport;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What finding quotations adds to an import: the same folder imported into fresh archives with and without them,
 * alternating in one JVM (this VM's speed drifts by tens of percent over minutes, so one pair says little; the
 * best of each side is compared).
 */
@Command(name = "bench-import", description = "Import a folder into fresh archives with and without quotations, "
        + "alternating, and report what the quotations add to the import time.")
final class BenchImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin CorpusOption corpusOption;

    @Option(names = "--pairs", defaultValue = "3", description = "Imports of each kind (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Option(names = "--as-window", description = "Import as the window does (as import --as-window): a busy thread fewer "
            + "than cores (at least two), results live, smaller batches.")
    boolean asWindow;

    @Option(names = "--fresh", description = "Run each import in a JVM of its own, started with this one's options: what "
            + "a first import after starting Gazette pays, the JIT's warming up included (every pair counts).")
    boolean fresh;

    /** One import of one kind in this JVM, its figures on a line of their own: what each JVM of {@code --fresh} runs. */
    @Option(names = "--only", hidden = true)
    String only;

    private record Run(boolean quotations, double seconds, double cpuSeconds, double gcSeconds, double jitSeconds, long articles,
            String stages) { }

    /** The line a JVM of {@code --fresh} reports its import on, for the JVM that started it. */
    private static final String RESULT = "bench-import-result";

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        if (only != null) {
            Run run = importOnce(only.equals("with"));
            pw.printf(java.util.Locale.ROOT, "%s %b %f %f %f %f %d %s%n", RESULT, run.quotations(), run.seconds(), run.cpuSeconds(),
                    run.gcSeconds(), run.jitSeconds(), run.articles(), run.stages());
            return ExitCodes.OK;
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < Math.max(1, pairs) * 2; i++) {
            boolean quotations = i % 2 == 1; // the first run, without, also warms the JIT for what both share
            Run run = fresh ? inFreshJvm(quotations) : importOnce(quotations);
            runs.add(run);
            pw.printf("%-17s %7.1f s  cpu %6.1f s (%.2f cores, gc %.1f s, jit %.1f s)  %,d articles  stages %s (ms, summed over threads)%n",
                    quotations ? "with quotations" : "without", run.seconds(), run.cpuSeconds(), run.cpuSeconds() / run.seconds(),
                    run.gcSeconds(), run.jitSeconds(), run.articles(), run.stages());
            pw.flush();
        }
        double without = best(runs, false);
        double with = best(runs, true);
        pw.printf("best without %.1f s, best with %.1f s: quotations add %.0f%% to the import%n",
                without, with, (with / without - 1) * 100);
        int firstPair = fresh ? 1 : 2; // each JVM of --fresh warms its own JIT: every pair counts
        if (pairs >= firstPair) {
            // pair by pair, after the first (which warms the JIT): steadier than best against best on a noisy machine
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int i = 2 * (firstPair - 1); i + 1 < runs.size(); i += 2) {
                wall.add(runs.get(i + 1).seconds() / runs.get(i).seconds() - 1);
                cpu.add(runs.get(i + 1).cpuSeconds() / runs.get(i).cpuSeconds() - 1);
            }
            pw.printf("%spairs %d-%d, median of each pair's difference: wall %+.0f%%, cpu %+.0f%%%n", fresh ? "fresh JVMs, " : "",
                    firstPair, runs.size() / 2, median(wall) * 100, median(cpu) * 100);
        }
        return ExitCodes.OK;
    }

    private Run importOnce(boolean quotations) throws Exception {
        ImportOptions base = asWindow ? ImportOptions.window() : ImportOptions.DEFAULT;
        ImportOptions options = quotations ? base : base.withoutQuotations();
        Path dir = Files.createTempDirectory("gazette-bench-import");
        try {
            long t0 = System.nanoTime();
            long cpu0 = processCpuNanos();
            long gc0 = gcMillis();
            long jit0 = jitMillis();
            ImportReport report;
            try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
                report = g.importPaths(List.of(corpusOption.dir), options, TaskContext.NONE, r -> { });
            }
            return new Run(quotations, (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9,
                    (gcMillis() - gc0) / 1e3, (jitMillis() - jit0) / 1e3, report.added(), String.valueOf(report.stageMillis()));
        } finally {
            BenchBaselines.deleteQuietly(dir);
        }
    }

    /**
     * One import in a new JVM: this JVM's java, options and class path, running this command with {@code --only}. Its
     * figures are its own import's (the JVM's start is not in them, as the window's start is not in an import).
     */
    private Run inFreshJvm(boolean quotations) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), org.gazette.Launcher.class.getName(), "bench-import",
                "--corpus", corpusOption.dir.toString(), "--only", quotations ? "with" : "without"));
        if (asWindow) {
            command.add("--as-window");
        }
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        int code = p.waitFor();
        for (String line : out.split("\n")) {
            if (line.startsWith(RESULT + " ")) {
                String[] f = line.split(" ", 8);
                return new Run(Boolean.parseBoolean(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Long.parseLong(f[6]), f[7]);
            }
        }
        throw new IllegalStateException("the import's JVM (exit code " + code + ") reported no result: " + out.strip());
    }

    /** CPU time of the whole process (all threads, the JIT's and the collector's too). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Time the collectors have spent, as they count it (pauses, for the serial collector the window runs with). */
    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** Time the JIT's compiler threads have spent compiling (CPU on two cores that the import does not get). */
    private static long jitMillis() {
        var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double best(List<Run> runs, boolean quotations) {
        return runs.stream().filter(r -> r.quotations() == quotations).map(Run::seconds).min(Comparator.naturalOrder()).orElseThrow();
    }
}
