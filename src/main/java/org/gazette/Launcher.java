package org.gazette;

import java.io.PrintWriter;
import org.gazette.cli.GazetteCommand;

/**
 * Entry point of {@code gazette.jar}: with no arguments it opens the window, otherwise it runs a command.
 * It must not extend JavaFX's Application, or a plain {@code java -jar} start fails on the classpath.
 */
public final class Launcher {
    private Launcher() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            org.gazette.ui.GazetteApp.main(args);
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        System.exit(GazetteCommand.run(args, out, err));
    }
}
