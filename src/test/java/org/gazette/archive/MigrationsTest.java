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
    void quotationsStoredWithSpeakerNamesKeepTheirSpeakersCorrectionsAndMergesWhenNamesBecomeNumbers() throws Exception {
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
            assertEquals(List.of(new QuoteRecord(1, 10, 20, "first", "Jens Stoltenberg", "after"),
                            new QuoteRecord(1, 30, 40, "second", null, null)), s.quotes(1));
            assertEquals(List.of(new SpeakerSummary("Jens Stoltenberg", 2, 2, 2), new SpeakerSummary("Dmitry Peskov", 1, 1, 1)),
                    s.speakers());
            assertEquals(List.of("fourth"), s.quoteRows("Dmitry Peskov", 10).stream().map(QuoteRow::quote).toList());
            assertEquals(Set.of("Jens Stoltenberg", "Stoltenberg"), Set.copyOf(s.namesShownAs("Jens Stoltenberg")));
            assertEquals(Map.of("Stoltenberg", 1, "Jens Stoltenberg", 2), s.foundSpeakerCounts());
            assertEquals(Map.of("Jens Stoltenberg", Set.of("Stoltenberg", "Jens Stoltenberg"),
                    "Dmitry Peskov", Set.of(ArticleStore.CORRECTED + "Dmitry Peskov")), s.speakerKeys());
            assertFalse(s.speakersUnresolved());
        }
    }
}
