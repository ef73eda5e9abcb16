package org.gazette.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.archive.WriteOutcome;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.ImportProblem;
import org.gazette.ingest.ImportReport;
import org.gazette.task.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", description = "Import article text files and folders (recursively) into the archive.")
final class ImportCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--verbose", description = "Print each file once it is safely in the archive.")
    boolean verbose;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    boolean json;

    @Option(names = "--batch-size", description = "Files per transaction (default: " + ImportOptions.BATCH_SIZE + "; "
            + ImportOptions.WINDOW_BATCH_SIZE + " with --as-window, as the window).")
    Integer batchSize;

    @Option(names = "--max-file-mb", defaultValue = "20", description = "Refuse files larger than this (default: ${DEFAULT-VALUE} MB).")
    int maxFileMb;

    @Option(names = "--as-window", description = "Import as the window does: a busy thread fewer than cores, but at least "
            + "two (on two cores one reads ahead while the other stores and indexes), results searchable about once a second.")
    boolean asWindow;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cancellation ctx = new Cancellation(new ProgressPrinter(err));
        Thread hook = new Thread(ctx::cancel);
        Runtime.getRuntime().addShutdownHook(hook);
        try (Gazette g = Gazette.open(archive.dir, ctx)) {
            if (g.repairNote() != null) {
                err.println(g.repairNote());
            }
            ImportOptions options = (asWindow ? ImportOptions.window() : ImportOptions.DEFAULT).withMaxFileBytes((long) maxFileMb << 20);
            if (batchSize != null) {
                options = options.withBatchSize(batchSize);
            }
            ImportReport r = g.importPaths(paths, options, ctx, result -> {
                if (verbose) {
                    for (var e : result.entries()) {
                        out.println(e.outcome().name().toLowerCase() + "\t" + e.articleId() + "\t" + e.sourcePath()
                                + (e.outcome() == WriteOutcome.DUPLICATE && e.duplicateOf() != null ? "\tsame as " + e.duplicateOf() : ""));
                    }
                    out.flush();
                }
            });
            for (ImportProblem p : r.failed()) {
                err.println("error: " + p.path() + ": " + p.reason());
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("found", r.found());
                m.putAll(r.counts());
                m.put("cancelled", r.cancelled());
                m.put("millis", r.millis());
                m.put("stageMillis", r.stageMillis());
                m.put("errors", r.failed().stream().map(p -> Map.of("path", p.path(), "reason", p.reason())).toList());
                out.println(Json.line(m));
            } else {
                out.println(r.summary());
            }
            out.flush();
            return r.cancelled() ? ExitCodes.CANCELLED : r.failed().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting (Ctrl-C): the hook already cancelled the import
            }
        }
    }
}
