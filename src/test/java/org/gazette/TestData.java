package org.gazette;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find their input: the repo's sample articles, and ../shared (skipped, with a reason, when absent). */
public final class TestData {
    private TestData() { }

    public static Path articles() {
        Path p = Path.of(System.getProperty("gazette.articles", "articles"));
        assumeTrue(Files.isDirectory(p), "sample articles folder not found at " + p.toAbsolutePath());
        return p.toAbsolutePath();
    }

    /** An archive in {@code dir} (created) holding the sample articles; closed again, ready to be opened. */
    public static Path sampleArchive(Path dir) {
        try (org.gazette.app.Gazette g = org.gazette.app.Gazette.open(dir, org.gazette.task.TaskContext.NONE)) {
            g.importPaths(java.util.List.of(articles()), org.gazette.task.TaskContext.NONE);
        }
        return dir;
    }

    /** A folder under ../shared; the test is skipped (not failed) when shared data is not on this machine. */
    public static Path shared(String sub) {
        Path p = Path.of(System.getProperty("gazette.shared", "../shared")).resolve(sub);
        assumeTrue(Files.exists(p), "shared test data not found at " + p.toAbsolutePath()
                + " (set -Dgazette.shared=DIR); skipping");
        return p.toAbsolutePath().normalize();
    }
}
