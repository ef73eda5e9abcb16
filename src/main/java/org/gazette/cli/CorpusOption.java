package org.gazette.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --corpus DIR} option of the benchmarks that import a folder. */
final class CorpusOption {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of article text files.")
    Path dir;
}
