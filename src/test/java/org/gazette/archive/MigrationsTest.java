package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir Path dir;

    @Test
    void newArchiveIsAtLatestVersionAndReopensWithoutChange() {
        try (ArticleStore s = ArticleStore.open(dir)) {
            assertTrue(s.wasCreated());
            assertEquals(Migrations.latest(), s.schemaVersion());
        }
        try (ArticleStore s = ArticleStore.open(dir)) {
            assertFalse(s.wasCreated());
            assertEquals(Migrations.latest(), s.schemaVersion());
            assertEquals(0, s.count());
        }
    }

    @Test
    void quotationsFromOlderArchivesAreFoundAgainAndTheUsersCorrectionsStay() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(ArticleStore.FILE_NAME))) {
            try (Statement st = c.createStatement()) {
                for (int v = 0; v < 5; v++) {
                    for (String sql : Migrations.STEPS.get(v)) {
                        st.execute(sql);
                    }
                }
                st.execute("PRAGMA user_version = 5");
                for (int id = 1; id <= 2; id++) {
                    st.execute("INSERT INTO articles (id, content_hash, title, title_src, outlet, outlet_src, date, date_src, "
                            + "byline, byline_src, original_text, cleaned_text, encoding, rev, imported_at, updated_at) VALUES ("
                            + id + ", 'h" + id + "', 'Title " + id + "', 'found', 'Outlet " + id + "', 'found', '2024-0" + id
                            + "-01', 'found', NULL, 'none', x'', x'', 'UTF-8', 1, 'now', 'now')");
                }
                // article 1: Stoltenberg (shown as Jens Stoltenberg, merged archive-wide), an unattributed quotation;
                // article 2: Jens Stoltenberg, and a quotation the user gave to Peskov
                st.execute("INSERT INTO quotes (article_id, start, end, text, speaker, rule, canonical) VALUES "
                        + "(1, 10, 20, 'first', 'Stoltenberg', 'after', 'Jens Stoltenberg'), "
                        + "(1, 30, 40, 'second', NULL, NULL, NULL), "
                        + "(2, 5, 15, 'third', 'Jens Stoltenberg', 'before', 'Jens Stoltenberg'), "
                        + "(2, 50, 60, 'fourth', 'Jens Stoltenberg', 'before', 'Dmitry Peskov')");
                st.execute("INSERT INTO quote_overrides VALUES (2, 50, 60, 'Dmitry Peskov')");
                st.execute("INSERT INTO speaker_aliases VALUES ('Stoltenberg', 'Jens Stoltenberg')");
            }
        }
        try (ArticleStore s = ArticleStore.open(dir)) {
            assertEquals(Migrations.latest(), s.schemaVersion());
            // quotations are now stored a row per article: the old rows are dropped and found again
            assertEquals(0, s.quotesFormat(), "the quotations are to be found again");
            assertEquals(-1, s.quotesRev());
            assertEquals(List.of(), s.quotes(1));
            assertEquals(Map.of("Stoltenberg", "Jens Stoltenberg"), s.speakerAliases(), "the user's rename stays");
            s.replaceQuotes(Map.of(2L, List.of(new QuoteRecord(2, 5, 15, "", "Jens Stoltenberg", "before"),
                    new QuoteRecord(2, 50, 60, "", "Jens Stoltenberg", "before"))));
            assertEquals(java.util.Arrays.asList("Jens Stoltenberg", "Dmitry Peskov"),
                    s.quotes(2).stream().map(QuoteRecord::speaker).toList(), "the user's correction of a quotation stays");
            assertEquals(Map.of("Jens Stoltenberg", 2), s.foundSpeakerCounts());
            assertEquals(Map.of("Jens Stoltenberg", Set.of("Jens Stoltenberg"),
                    "Dmitry Peskov", Set.of(ArticleStore.CORRECTED + "Dmitry Peskov")), s.speakerKeys());
        }
    }
}
