package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speaker index a bulk import sets aside: speakers read the same without it, and it comes back, even after a crash. */
class QuotationIndexesTest {
    @TempDir Path tmp;

    private static IncomingArticle article(String path, String hash, String speaker, String other) {
        String text = "\"We will rebuild,\" " + speaker + " said. \"Not this year,\" " + other + " said.";
        return IncomingArticle.of(path, 1, 1, text, text, "UTF-8", hash, new Metadata(), List.of(
                quote(text, "We will rebuild", speaker), quote(text, "Not this year", other)));
    }

    private static QuoteRecord quote(String text, String quote, String speaker) {
        int start = text.indexOf(quote);
        return new QuoteRecord(0, start, start + quote.length(), quote, speaker, "after");
    }

    /** Whether the index of the articles quoting each speaker is there. */
    private boolean hasShownIndex() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("gazette.db"));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name = 'speaker_articles_speaker'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    @Test
    void speakersReadTheSameWithoutTheIndexAndItIsBuiltAgain() throws Exception {
        ArticleStore store = ArticleStore.open(tmp);
        store.write(List.of(article("/a.txt", "h1", "Ana Markovic", "Jens Stoltenberg")));
        store.deferQuotationIndexes();
        assertFalse(hasShownIndex());
        store.write(List.of(article("/b.txt", "h2", "Ana Markovic", "Dmitry Peskov")));
        List<SpeakerSummary> without = store.speakers();
        var keysWithout = store.speakerKeys();
        store.restoreQuotationIndexes();
        assertTrue(hasShownIndex());
        assertEquals(without, store.speakers());
        assertEquals(keysWithout, store.speakerKeys());
        assertEquals(List.of("Ana Markovic", "Dmitry Peskov", "Jens Stoltenberg"),
                store.speakers().stream().map(SpeakerSummary::speaker).toList());
        assertEquals(2, store.speakers().get(0).quotes(), "Ana Markovic, quoted in both articles");
        store.restoreQuotationIndexes(); // nothing to do when it is there
        store.close();
    }

    @Test
    void aBulkLoadCountsEachFoundNameAsTheTableWould() throws Exception {
        ArticleStore store = ArticleStore.open(tmp);
        store.write(List.of(article("/a.txt", "h1", "Ana Markovic", "Jens Stoltenberg")));
        store.deferQuotationIndexes();
        store.write(List.of(article("/b.txt", "h2", "Ana Markovic", "Dmitry Peskov")));
        store.write(List.of(article("/c.txt", "h2", "Ana Markovic", "Dmitry Peskov"))); // a copy: its quotations are not stored
        var during = store.foundSpeakerCounts(); // kept up as the rows went in
        store.restoreQuotationIndexes();
        assertEquals(store.foundSpeakerCounts(), during, "as counted in the table");
        assertEquals(java.util.Map.of("Ana Markovic", 2, "Jens Stoltenberg", 1, "Dmitry Peskov", 1), during);

        store.deferQuotationIndexes();
        store.write(List.of(article("/a.txt", "h3", "Volodymyr Zelensky", "Dmitry Peskov"))); // changed: its quotations replaced
        during = store.foundSpeakerCounts();
        store.restoreQuotationIndexes();
        assertEquals(store.foundSpeakerCounts(), during);
        assertEquals(java.util.Map.of("Ana Markovic", 1, "Volodymyr Zelensky", 1, "Dmitry Peskov", 2), during);
        store.close();
    }

    @Test
    void quotationsStoredMeanwhileAreShownUnderTheNameTheirSpeakerHasInTheArchive() throws Exception {
        ArticleStore store = ArticleStore.open(tmp);
        store.write(List.of(article("/a.txt", "h1", "Stoltenberg", "Dmitry Peskov")));
        store.applySpeakerNames(java.util.Map.of("Stoltenberg", "Jens Stoltenberg")); // merged archive-wide
        store.deferQuotationIndexes();
        store.write(List.of(article("/b.txt", "h2", "Stoltenberg", "Ana Markovic")));
        store.write(List.of(article("/c.txt", "h3", "Ana Markovic", "Stoltenberg")));
        List<SpeakerSummary> during = store.speakers();
        assertEquals(List.of("Jens Stoltenberg", "Ana Markovic", "Dmitry Peskov"), during.stream().map(SpeakerSummary::speaker).toList(),
                "the new quotations by Stoltenberg are shown as the archive shows him, without the index: " + during);
        assertEquals(3, during.get(0).quotes());
        store.restoreQuotationIndexes();
        assertEquals(during, store.speakers());
        store.write(List.of(article("/d.txt", "h4", "Stoltenberg", "Ana Markovic")));
        assertEquals(4, store.speakers().get(0).quotes(), "and with it again: " + store.speakers());
        store.close();
    }

    @Test
    void aBulkLoadShowsSpeakersUnderTheUsersRenamesIncludingOnesMadeWhileItRuns() throws Exception {
        ArticleStore store = ArticleStore.open(tmp);
        store.write(List.of(article("/a.txt", "h1", "Zelensky", "Dmitry Peskov")));
        store.setAliases(List.of("Zelensky"), "Volodymyr Zelenskyy");
        store.deferQuotationIndexes(); // reads the renames and the names stored so far once
        long b = store.write(List.of(article("/b.txt", "h2", "Zelensky", "Ana Markovic"))).entries().get(0).articleId();
        store.setAliases(List.of("Ana Markovic"), "Ana Marković"); // the user renames a speaker meanwhile
        long c = store.write(List.of(article("/c.txt", "h3", "Ana Markovic", "Dmitry Peskov"))).entries().get(0).articleId();
        store.restoreQuotationIndexes();
        assertEquals(List.of("Volodymyr Zelenskyy", "Ana Marković"), store.quotes(b).stream().map(QuoteRecord::speaker).toList(),
                "the rename made before the load, and the one made during it: a name is shown one way for all its quotations");
        assertEquals(List.of("Ana Marković", "Dmitry Peskov"), store.quotes(c).stream().map(QuoteRecord::speaker).toList(),
                "the rename made during the load applies to what it stores after it");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("gazette.db"));
             ResultSet rs = db.createStatement().executeQuery("SELECT count(*), count(DISTINCT name) FROM speaker_names")) {
            rs.next();
            assertEquals(rs.getInt(2), rs.getInt(1), "each name stored once");
        }
        store.close();
    }

    @Test
    void aBulkLoadAddsNewSpeakerNamesOnceEachEvenWhenAnotherProcessAddedThemMeanwhile() throws Exception {
        ArticleStore store = ArticleStore.open(tmp);
        store.write(List.of(article("/a.txt", "h1", "Ana Markovic", "Jens Stoltenberg")));
        store.deferQuotationIndexes(); // reads the names stored so far: any other is new to it
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("gazette.db"))) {
            other.createStatement().execute("INSERT INTO speaker_names (name) VALUES ('Dmitry Peskov')");
        }
        long b = store.write(List.of(article("/b.txt", "h2", "Dmitry Peskov", "Olena Kovalenko"))).entries().get(0).articleId();
        long c = store.write(List.of(article("/c.txt", "h3", "Olena Kovalenko", "Taras Bondarenko"))).entries().get(0).articleId();
        long d = store.write(List.of(article("/d.txt", "h4", "Taras Bondarenko", "Ana Markovic"))).entries().get(0).articleId();
        store.restoreQuotationIndexes();
        assertEquals(List.of("Dmitry Peskov", "Olena Kovalenko"), store.quotes(b).stream().map(QuoteRecord::speaker).toList());
        assertEquals(List.of("Olena Kovalenko", "Taras Bondarenko"), store.quotes(c).stream().map(QuoteRecord::speaker).toList());
        assertEquals(List.of("Taras Bondarenko", "Ana Markovic"), store.quotes(d).stream().map(QuoteRecord::speaker).toList());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("gazette.db"));
             ResultSet rs = db.createStatement().executeQuery("SELECT count(*), count(DISTINCT name) FROM speaker_names")) {
            rs.next();
            assertEquals(5, rs.getInt(1), "five names");
            assertEquals(5, rs.getInt(2), "each stored once");
        }
        assertEquals(List.of(1, 1, 2, 2, 2), store.speakers().stream().map(SpeakerSummary::quotes).sorted().toList(),
                "every quotation counted under its own speaker: " + store.speakers());
        store.close();
    }

    @Test
    void anArchiveLeftWithoutTheIndexGetsItBackWhenOpened() throws Exception {
        closedInBulkLoad(); // as if the import had crashed before building it again
        assertFalse(hasShownIndex());
        ArticleStore again = ArticleStore.open(tmp);
        assertTrue(hasShownIndex());
        assertEquals(2, again.speakers().size());
        again.close();
    }

    @Test
    void aBulkImportRunningInAnotherProcessKeepsItsIndexesAside() throws Exception {
        closedInBulkLoad();
        long other = ProcessHandle.current().parent().orElseThrow().pid(); // a live process that is not this one
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("gazette.db"))) {
            c.createStatement().execute("UPDATE counters SET value=" + other + " WHERE name='bulk_load_pid'");
        }
        ArticleStore window = ArticleStore.open(tmp);
        assertFalse(hasShownIndex(), "left to the import that set it aside, which builds it at its end");
        assertEquals(2, window.speakers().size(), "the speakers are read from the table meanwhile");
        window.close();
    }

    /** An archive of one article, closed while a bulk load had its speaker indexes set aside. */
    private void closedInBulkLoad() {
        ArticleStore store = ArticleStore.open(tmp);
        store.write(List.of(article("/a.txt", "h1", "Ana Markovic", "Jens Stoltenberg")));
        store.deferQuotationIndexes();
        store.close();
    }
}
