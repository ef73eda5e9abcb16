package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is committed reaches the database file itself soon after, without the writer copying it. */
class WalCheckpointerTest {
    @TempDir Path tmp;

    @Test
    void committedArticlesReachTheDatabaseFileWhileTheArchiveStaysOpen() throws Exception {
        Path archive = tmp.resolve("archive");
        ArticleStore store = ArticleStore.open(archive);
        try {
            List<IncomingArticle> batch = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = "Mayor Ana Markovic said the strike in district " + i + " would end on Friday.";
                batch.add(IncomingArticle.of("/a" + i + ".txt", 1, 1, text, text, "UTF-8", "h" + i, new Metadata(), List.of()));
            }
            store.write(batch);
            long deadline = System.currentTimeMillis() + 10_000;
            while (store.checkpointsForTest() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(store.checkpointsForTest() > 0, "a checkpoint ran within 10 s of the commit");
            // the database file alone, as a copy taken without its log would be
            Path copy = Files.createDirectories(tmp.resolve("copy")).resolve(ArticleStore.FILE_NAME);
            Files.copy(archive.resolve(ArticleStore.FILE_NAME), copy);
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM articles")) {
                rs.next();
                assertEquals(40, rs.getInt(1), "the articles are in the database file, not only in its log");
            }
        } finally {
            store.close();
        }
        assertFalse(Files.exists(archive.resolve(ArticleStore.FILE_NAME + "-wal")), "closing leaves no log behind");
        ArticleStore reopened = ArticleStore.open(archive);
        try {
            assertEquals(40, reopened.count());
        } finally {
            reopened.close();
        }
    }
}
