package org.gazette.cli;

import java.io.PrintWriter;
import org.gazette.archive.ArchiveException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code gazette import|search|show|reindex|bench …}. */
@Command(name = "gazette", mixinStandardHelpOptions = true, version = "Gazette 0.1.0",
        description = "A news-archive reader. Without a command it opens the window.",
        subcommands = {ImportCommand.class, SearchCommand.class, ShowCommand.class, ReindexCommand.class, QuotesCommand.class, SpeakersCommand.class, RelatedCommand.class, CompareCommand.class,
            BenchCommand.class, BenchImportCommand.class, BenchQuotesCommand.class, BenchRelatedCommand.class,
            BenchShapesCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:Success.",
            "1:Import finished, but some files could not be imported (named on stderr).",
            "2:Usage error.",
            "3:The archive could not be opened, read or written.",
            "4:Invalid search query (explained on stderr).",
            "5:No article with that id.",
            "130:Cancelled."})
public final class GazetteCommand {

    private GazetteCommand() { }

    /** Runs a command and returns its exit code; output to the given writers (tests pass their own). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(GazetteCommand.class);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof ArchiveException ? ExitCodes.ARCHIVE_ERROR
                : e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : 1);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ArchiveException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return ExitCodes.ARCHIVE_ERROR;
            }
            throw e;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
