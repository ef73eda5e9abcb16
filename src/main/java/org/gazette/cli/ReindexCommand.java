package org.gazette.cli;

import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", description = "Rebuild the search index from the archive's records.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        Cancellation ctx = new Cancellation(new ProgressPrinter(spec.commandLine().getErr()));
        try (Gazette g = Gazette.open(archive.dir, ctx)) {
            long t0 = System.currentTimeMillis();
            g.reindex(ctx);
            spec.commandLine().getOut().printf("Reindexed %,d articles in %.1f s%n", g.indexedCount(),
                    (System.currentTimeMillis() - t0) / 1000.0);
            return ExitCodes.OK;
        }
    }
}
