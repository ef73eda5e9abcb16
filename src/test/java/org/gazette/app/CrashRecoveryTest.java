package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gazette.TestData;
import org.gazette.archive.Article;
import org.gazette.ingest.ArticleParser;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import process (SIGKILL, as a crash or a pulled plug would) in the middle of an import, then
 * opens the archive: it must open, hold every article the process had reported imported, intact, and have a
 * search index that agrees with the records.
 */
class CrashRecoveryTest {
    private static final int FILES = 4000;

    @TempDir Path tmp;

    @Test
    void archiveSurvivesKillDashNineMidImport() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        List<Path> samples;
        try (var s = Files.walk(TestData.articles())) {
            samples = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < FILES; i++) {
            List<String> lines = new ArrayList<>(Files.readAllLines(samples.get(i % samples.size())));
            // a distinct paragraph after the first one of the body makes each copy its own article
            int first = 0;
            while (!org.gazette.ingest.Lines.isBodyParagraph(lines.get(first))) {
                first++;
            }
            lines.add(first + 1, "");
            lines.add(first + 2, "Archive copy number " + i + " of the crash test, added so that each file here is another article.");
            Files.write(in.resolve(String.format("copy-%05d.txt", i)), lines);
        }
        Path archive = tmp.resolve("archive");

        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
                "org.gazette.Launcher", "import", in.toString(), "--archive", archive.toString(), "--verbose", "--batch-size", "25")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Map<String, Long> reported = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                String[] f = line.split("\t");
                if (f.length >= 3 && f[0].equals("added")) {
                    reported.put(f[2], Long.parseLong(f[1]));
                }
                if (reported.size() >= 300) {
                    break;
                }
            }
            assertTrue(p.isAlive(), "the import must still be running when it is killed (it finished too fast)");
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(reported.size() >= 300);

        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            assertTrue(g.count() >= reported.size(), "every reported article is in the archive");
            assertTrue(g.count() < FILES, "the kill happened before the end");
            assertEquals(g.count(), g.indexedCount(), "index repaired to match the records");
            for (Map.Entry<String, Long> e : reported.entrySet()) {
                Article a = g.article(e.getValue()).orElseThrow(() -> new AssertionError("lost: " + e.getKey()));
                Path file = Path.of(e.getKey());
                String original = Files.readString(file);
                assertEquals(original, a.originalText(), "original text intact");
                assertEquals(ArticleParser.standard().parse(original, file).cleanedText(), a.cleanedText());
            }
            String someNumber = reported.keySet().iterator().next().replaceAll(".*copy-0*(\\d+)\\.txt", "$1");
            assertEquals(1, g.search(SearchRequest.of("\"Archive copy number " + someNumber + " of\"")).total());

            // and the interrupted import can simply be run again to finish the job
            var r = g.importPaths(List.of(in), TaskContext.NONE);
            assertEquals(FILES, g.count(), r.summary());
            assertEquals(FILES, g.indexedCount());
        }
    }
}
