package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --archive DIR} option every command shares. */
final class ArchiveOption {
    @Option(names = "--archive", paramLabel = "DIR", defaultValue = "index",
            description = "Archive folder (default: ${DEFAULT-VALUE}).")
    Path dir;
}
