package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.management.ObjectName;
import org.gazette.archive.ArticleStore;
import org.gazette.ingest.ArticleParser;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.Importer;
import org.gazette.search.SearchIndex;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor compiled by C1 only, for work on fewer articles than C2's compiling would pay for. */
class CompilerPolicyTest {
    @Test
    void theDirectiveIsAddedOnceForAMidSizedImportAndTheJvmAcceptsIt() throws Exception {
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")),
                "this JVM has no HotSpot diagnostic commands: the extractor is compiled as the JVM decides");
        assertEquals("not added: 30000 articles", CompilerPolicy.beforeExtracting(CompilerPolicy.FEWER_THAN),
                "a large import leaves the extractor to C2");
        assertEquals("not added: 13 articles", CompilerPolicy.beforeExtracting(13), "nor a small one: C2 compiles little of it");
        String said = CompilerPolicy.beforeExtracting(22_682);
        assertTrue(said.startsWith("2 compiler directives added"), "the JVM's answer: " + said);
        assertEquals(said, CompilerPolicy.beforeExtracting(5_000), "asked again, nothing more is added");
    }

    @Test
    void aFewFilesGetTheDirectiveWhenTheyHoldMegabytesOfText() throws Exception {
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")),
                "this JVM has no HotSpot diagnostic commands: the extractor is compiled as the JVM decides");
        assertEquals("not added: 13 articles, 80000 bytes", CompilerPolicy.beforeExtracting(13, 80_000), "a few short articles");
        assertEquals("not added: 1 articles, 200000000 bytes", CompilerPolicy.beforeExtracting(1, 200_000_000),
                "a file so long that C2's compiling pays again");
        assertEquals("not added: 30000 articles", CompilerPolicy.beforeExtracting(CompilerPolicy.FEWER_THAN, 180_000_000));
        String said = CompilerPolicy.beforeExtracting(1, 5_300_000);
        assertTrue(said.startsWith("2 compiler directives added"), "one 5.3 MB file full of quotations: " + said);
    }

    @Test
    void everyScannerLeftToC2NamesAMethodOfTheExtractor() throws Exception {
        for (String m : CompilerPolicy.SCANNERS) {
            String type = m.substring(0, m.indexOf("::")).replace("*", ""); // "QuoteFinder*": the class and its nested ones
            String method = m.substring(m.indexOf("::") + 2);
            Class<?> c = Class.forName("org.gazette.quotes." + type);
            boolean found = method.equals("*") || method.equals("<init>") ? c.getDeclaredConstructors().length > 0
                    : java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(d -> d.getName().equals(method));
            assertTrue(found, m + ": no such method (renamed?), so the directive would leave it on C1 unnoticed");
        }
        assertTrue(CompilerPolicy.EXTRACTOR_ON_C1.indexOf("\"org.gazette.quotes.*::*\"], c2: { Exclude: true }")
                > CompilerPolicy.EXTRACTOR_ON_C1.indexOf("c2: { Exclude: false }"), "the exceptions come first: the first match applies");
    }

    @Test
    void theImporterTellsHowManyFilesItWillReadBeforeReadingAny(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 3; i++) {
            Files.writeString(in.resolve("a" + i + ".txt"), "Title " + i + "\n\n\"We are ready,\" said Jens Stoltenberg on day " + i + ".\n");
        }
        List<Long> told = new ArrayList<>();
        try (ArticleStore store = ArticleStore.open(dir.resolve("archive"));
             SearchIndex index = SearchIndex.open(dir.resolve("archive"))) {
            new Importer(store, index, ArticleParser.standard(), ImportOptions.DEFAULT).whenCounted(told::add)
                    .run(List.of(in), TaskContext.NONE, r -> { });
            new Importer(store, index, ArticleParser.standard(), ImportOptions.DEFAULT).whenCounted(told::add)
                    .run(List.of(in), TaskContext.NONE, r -> { });
        }
        assertEquals(List.of(3L, 0L), told, "the second import reads none: every file is unchanged");
    }
}
