package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gazette.TestData;
import org.gazette.search.SearchIndex;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index is derived data: lost, stale or in an old format, it is rebuilt from SQLite on open. */
class IndexRepairTest {
    @TempDir Path tmp;

    private Path importedArchive() {
        return TestData.sampleArchive(tmp.resolve("archive"));
    }

    @Test
    void cleanReopenTouchesNothing() {
        Path archive = importedArchive();
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            assertNull(g.repairNote());
            assertEquals(13, g.indexedCount());
        }
    }

    @Test
    void deletedIndexIsRebuilt() throws Exception {
        Path archive = importedArchive();
        try (var s = Files.walk(archive.resolve(SearchIndex.DIR_NAME))) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            assertNotNull(g.repairNote());
            assertEquals(13, g.indexedCount());
            assertEquals(3, g.search(SearchRequest.of("wojcik")).total());
        }
    }

    @Test
    void oldFormatIndexIsRebuilt() throws Exception {
        Path archive = importedArchive();
        try (FSDirectory dir = FSDirectory.open(archive.resolve(SearchIndex.DIR_NAME));
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
            w.deleteAll(); // an index with nothing in it, written by "another version"
            w.setLiveCommitData(Map.of("gazette.format", "0", "gazette.rev", "999").entrySet());
            w.commit();
        }
        try (Gazette g = Gazette.open(archive, TaskContext.NONE)) {
            assertTrue(g.repairNote().contains("rebuilt"), g.repairNote());
            assertEquals(13, g.indexedCount());
        }
    }
}
