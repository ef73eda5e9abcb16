package org.gazette.cli;

import java.io.PrintWriter;
import org.gazette.archive.ArchiveException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code gazette import|search|show|reindex|bench …}. */
// help and version options inherited: "gazette quotes --help" prints the command's usage
@Command(name = "gazette", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Gazette 0.1.0",
        description = "A news-archive reader. Without a command it opens the window.",
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

    /** The commands, in the order the help lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(ImportCommand.class, SearchCommand.class,
            ShowCommand.class, ReindexCommand.class, QuotesCommand.class, SpeakersCommand.class, RelatedCommand.class,
            CompareCommand.class, BenchCommand.class, BenchImportCommand.class, BenchQuotesCommand.class,
            BenchRelatedCommand.class, BenchShapesCommand.class);

    /**
     * The command line for {@code args}: where the first argument names a command, that command alone is built;
     * otherwise (help, a misspelt command) all of them. Picocli reads every command's options by reflection as it
     * builds them, some 0.2 s from a fresh JVM for all thirteen, paid before any command ran.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cli = new CommandLine(GazetteCommand.class);
        for (Class<?> c : COMMANDS) {
            if (args.length > 0 && args[0].equals(c.getAnnotation(Command.class).name())) {
                cli.addSubcommand(c);
                return cli;
            }
        }
        COMMANDS.forEach(cli::addSubcommand);
        return cli;
    }

    /** Runs a command and returns its exit code; output to the given writers (tests pass their own). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(args);
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
