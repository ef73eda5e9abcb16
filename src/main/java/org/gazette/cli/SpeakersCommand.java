package org.gazette.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.archive.SpeakerSummary;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "speakers", description = "List everyone quoted in the archive, most quoted first.")
final class SpeakersCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per speaker.")
    boolean json;

    @Option(names = "--rename", arity = "2", paramLabel = "NAME", description = "Show speaker OLD as NEW (also merges OLD into an existing NEW).")
    List<String> rename;

    @Option(names = "--split", paramLabel = "NAME", description = "Undo merging: show each name found for NAME on its own again.")
    String split;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Gazette g = Gazette.open(archive.dir, TaskContext.NONE)) {
            if (rename != null) {
                g.renameSpeaker(rename.get(0), rename.get(1));
            }
            if (split != null) {
                g.splitSpeaker(split);
            }
            for (SpeakerSummary s : g.speakers()) {
                out.println(json ? Json.line(s)
                        : String.format("%4d quotes  %3d articles  %2d outlets  %s", s.quotes(), s.articles(), s.outlets(), s.speaker()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
