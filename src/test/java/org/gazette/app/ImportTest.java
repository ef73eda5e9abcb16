package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.gazette.TestData;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;
import org.gazette.archive.Provenance;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.ImportReport;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import as a user does it: a folder, again unchanged, after editing a file, with copies, with their own edits. */
class ImportTest {
    @TempDir Path tmp;

    private Path copyOfSamples() throws Exception {
        Path src = TestData.articles();
        Path dst = tmp.resolve("articles");
        try (var files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return dst;
    }

    @Test
    void anImportFromTheWindowMakesItsFirstBatchSearchableAtOnce() throws Exception {
        Path articles = copyOfSamples();
        try (Gazette g = Gazette.open(tmp.resolve("archive"), TaskContext.NONE)) {
            List<Integer> searchable = new java.util.ArrayList<>();
            ImportReport r = g.importPaths(List.of(articles), ImportOptions.window().withBatchSize(5), TaskContext.NONE,
                    written -> searchable.add(g.indexedCount()));
            assertEquals(13, r.added(), r.toString());
            assertEquals(3, searchable.size(), "three batches of five, five and three");
            assertEquals(5, searchable.get(0), "the first batch is searchable while the import goes on");
            assertEquals(13, g.indexedCount());
        }
    }

    /**
     * Batches are read ahead by the reading threads and finished by the writing one: whoever reads a file, its
     * article is stored under its own path, once, and a bad file is reported by name, once.
     */
    @Test
    void everyFileOfManyBatchesIsStoredOnceUnderItsOwnPathWhoeverReadsIt() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("many"));
        for (int i = 0; i < 41; i++) {
            Files.writeString(folder.resolve(String.format("story-%02d.txt", i)), "Council vote number " + i + " passes\n\n"
                    + ("The council voted " + i + " times on the harbour plan, officials said on Tuesday. ").repeat(3 + i % 4));
        }
        Files.writeString(folder.resolve("story-blank.txt"), "  \n\n  ");
        // two batches ahead (each next one read as one is written), and all eleven at once
        for (int threads : new int[] {0, 1, 3}) for (int ahead : new int[] {0, ImportOptions.READ_AHEAD_FILES}) {
            try (Gazette g = Gazette.open(tmp.resolve("archive-" + threads + "-" + ahead), TaskContext.NONE)) {
                ImportOptions options = ImportOptions.DEFAULT.withThreads(threads).withBatchSize(4).withReadAheadFiles(ahead);
                assertEquals(ahead == 0 ? 2 : 375, options.batchesAhead());
                ImportReport r = g.importPaths(List.of(folder), options, TaskContext.NONE, written -> { });
                assertEquals(41, r.added(), threads + " reading threads: " + r);
                assertEquals(List.of(folder.resolve("story-blank.txt").toString()),
                        r.failed().stream().map(p -> p.path()).toList());
                var sources = g.sourceArticles();
                for (int i = 0; i < 41; i++) {
                    Article a = g.article(sources.get(folder.resolve(String.format("story-%02d.txt", i)).toString())).orElseThrow();
                    assertEquals("Council vote number " + i + " passes", a.title(), threads + " reading threads");
                }
            }
        }
    }

    @Test
    void importsSampleFolderWithMetadataAndProvenance() throws Exception {
        Path articles = copyOfSamples();
        try (Gazette g = Gazette.open(tmp.resolve("archive"), TaskContext.NONE)) {
            ImportReport r = g.importPaths(List.of(articles), TaskContext.NONE);
            assertEquals(13, r.added(), r.toString());
            assertEquals(List.of(), r.failed());
            assertEquals(13, g.count());
            assertEquals(13, g.indexedCount());
            var hit = g.search(SearchRequest.of("title:\"Pinecrest Valley\"")).hits().get(0);
            Article a = g.article(hit.id()).orElseThrow();
            assertEquals("Meridian Wire", a.outlet());
            assertEquals(Provenance.FOLDER, a.metadata().get(MetaField.OUTLET).source());
            assertEquals("2025-07-21", a.date());
            assertEquals("Daniel Okafor", a.byline());
            assertTrue(a.originalText().startsWith("Wildfire forces thousands"), "original kept verbatim");
            assertTrue(!a.cleanedText().contains("By Daniel Okafor"));
        }
    }

    @Test
    void reimportSkipsUnchangedUpdatesChangedAndMergesCopies() throws Exception {
        Path articles = copyOfSamples();
        Path archive = tmp.resolve("archive");
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            g.importPaths(List.of(articles), TaskContext.NONE);
        }
        Path file = articles.resolve("capital-herald/kessler-bridge-closed.txt");
        Files.writeString(file, Files.readString(file).replace("Safety comes first", "Safety comes first, always,"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        Path copy = articles.resolve("capital-herald/copy of pinecrest.txt");
        Files.copy(articles.resolve("capital-herald/pinecrest-fire-contained.txt"), copy);

        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            ImportReport r = g.importPaths(List.of(articles), TaskContext.NONE);
            assertEquals(0, r.added(), r.summary());
            assertEquals(1, r.updated(), r.summary());
            assertEquals(1, r.duplicates(), r.summary());
            assertEquals(12, r.unchanged(), r.summary());
            assertEquals(13, g.count(), "a copy of an article is the same article");
            assertEquals(1, g.search(SearchRequest.of("\"Safety comes first, always\"")).total());
            var fire = g.search(SearchRequest.of("title:\"arson suspected\"")).hits().get(0);
            assertEquals(2, g.article(fire.id()).orElseThrow().sources().size());
        }
    }

    @Test
    void aFileSavedAgainWithNewFurnitureKeepsItsNewOriginalExactly() throws Exception {
        Path articles = copyOfSamples();
        Path archive = tmp.resolve("archive");
        Path file = articles.resolve("capital-herald/kessler-bridge-closed.txt");
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            g.importPaths(List.of(articles), TaskContext.NONE);
        }
        // the same story copied again: new furniture at the end, and a paragraph with different spacing
        String saved = Files.readString(file).replace("Safety comes first", "Safety  comes first") + "\nMost recent\nOther headlines\n";
        Files.writeString(file, saved);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            ImportReport r = g.importPaths(List.of(articles), TaskContext.NONE);
            assertEquals(0, r.updated() + r.added(), "the same article by its content: " + r.summary());
            long id = g.search(SearchRequest.of("\"Safety comes first\"")).hits().get(0).id();
            assertEquals(saved, g.article(id).orElseThrow().originalText(), "the original is the file as saved now, byte for byte");
        }
    }

    @Test
    void userEditsSurviveReimportAndReindex() throws Exception {
        Path articles = copyOfSamples();
        Path archive = tmp.resolve("archive");
        Path file = articles.resolve("northfield-ledger/port-strike-mediator.txt");
        long id;
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            g.importPaths(List.of(articles), TaskContext.NONE);
            id = g.search(SearchRequest.of("title:\"Judge to mediate\"")).hits().get(0).id();
            g.updateMetadata(id, MetaField.OUTLET, "The Northfield Ledger");
            g.updateMetadata(id, MetaField.TITLE, "Retired judge to mediate port strike");
        }
        Files.writeString(file, Files.readString(file).replace("She is expected to meet", "Holm said talks would be hard. She is expected to meet"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            assertEquals(1, g.importPaths(List.of(articles), TaskContext.NONE).updated());
            assertEquals(1, g.search(SearchRequest.of("title:retired AND outlet:\"Northfield Ledger\" AND \"talks would be hard\"")).total(),
                    "the import indexes the new text under the fields the user set");
            g.reindex(TaskContext.NONE);
            Article a = g.article(id).orElseThrow();
            assertEquals("The Northfield Ledger", a.outlet());
            assertEquals(Provenance.USER, a.metadata().get(MetaField.OUTLET).source());
            assertEquals("Retired judge to mediate port strike", a.title());
            assertEquals("2025-03-06", a.date(), "fields the user did not touch still come from the text");
            assertTrue(a.cleanedText().contains("talks would be hard"));
            assertEquals(1, g.search(SearchRequest.of("outlet:\"Northfield Ledger\" AND title:retired")).total());
        }
    }
}
