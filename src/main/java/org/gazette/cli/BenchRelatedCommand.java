package org.gazette.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.search.RelatedHit;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times "other coverage" and the comparison with its best match, per article, in a warm JVM: a fixed random
 * sample of the archive's articles is run once to warm up and then timed, one call at a time.
 */
@Command(name = "bench-related", description = "Time other-coverage lookups and comparisons on a sample of the archive's articles (warm JVM).")
final class BenchRelatedCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Option(names = "--queries", defaultValue = "300", description = "Articles in the sample (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--top", defaultValue = "10", description = "Related articles asked for (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Gazette g = Gazette.open(archive.dir, TaskContext.NONE)) {
            List<Long> sample = sample(g, queries);
            run(g, sample); // warm-up
            long[][] t = run(g, sample);
            out.printf("%,d articles in the archive, %,d timed%n", g.count(), sample.size());
            out.println("related (top " + top + "): " + stats(t[0]));
            out.println("compare with the best match: " + stats(t[1]));
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** A fixed random sample of the archive's articles (the same for the same archive, run after run). */
    static List<Long> sample(Gazette g, int n) {
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(g.sourceArticles().values()));
        java.util.Collections.shuffle(ids, new Random(42));
        return ids.subList(0, Math.min(n, ids.size()));
    }

    private long[][] run(Gazette g, List<Long> sample) {
        long[] related = new long[sample.size()];
        long[] compare = new long[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            long t0 = System.nanoTime();
            List<RelatedHit> hits = g.related(sample.get(i), top);
            long t1 = System.nanoTime();
            if (!hits.isEmpty()) {
                g.compare(sample.get(i), hits.get(0).id());
            }
            related[i] = t1 - t0;
            compare[i] = System.nanoTime() - t1;
        }
        return new long[][] {related, compare};
    }

    private static String stats(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.95)] / 1e6, s[(int) (s.length * 0.99)] / 1e6, s[s.length - 1] / 1e6);
    }
}
