package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.archive.ArticleStore;
import org.gazette.archive.IncomingArticle;
import org.gazette.archive.MetaField;
import org.gazette.archive.QuoteRecord;
import org.gazette.ingest.ArticleParser;
import org.gazette.ingest.CleanupChain;
import org.gazette.ingest.ParsedArticle;
import org.gazette.ingest.QuoteExtraction;
import org.gazette.ingest.rules.FurnitureLineRule;
import org.gazette.quotes.QuoteAttributor;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive cleaned by older cleanup rules is cleaned again from the originals it keeps. */
class CleanupAgainTest {
    @TempDir Path tmp;

    private static final String TEXT = """
            Harbour Council Approves Sea Wall

            By Mara Quinlan

            The council voted 7-2 on Tuesday to build a sea wall along the east harbour, after two winters of flooding.

            Watch LIVE

            "We cannot wait for the next storm," Mayor Elena Duarte said after the vote. "The water does not wait for us."

            Opponents said the wall would cost more than the town could borrow. "It is a promise we cannot pay for," councillor Tomas Brill said.
            """;

    @Test
    void anArchiveOfOlderRulesIsCleanedAgainKeepingTheUsersEdits() throws Exception {
        Path dir = tmp.resolve("archive");
        Path file = Files.writeString(tmp.resolve("sea-wall.txt"), TEXT);
        // the archive as an older Gazette left it: its rules did not know the "Watch LIVE" line
        List<org.gazette.ingest.CleanupRule> older = CleanupChain.standard().rules().stream()
                .filter(r -> !(r instanceof FurnitureLineRule)).toList();
        ParsedArticle old = new ArticleParser(new CleanupChain(older)).parse(TEXT, file);
        assertTrue(old.cleanedText().contains("Watch LIVE"), "the older rules keep the line");
        long id;
        try (ArticleStore store = ArticleStore.open(dir)) {
            id = store.write(List.of(IncomingArticle.of(file.toString(), Files.size(file), 1, TEXT, old.cleanedText(), "UTF-8",
                    old.contentHash(), old.metadata(), QuoteExtraction.of(0, old.cleanedText())))).entries().get(0).articleId();
            store.setQuotesState(QuoteAttributor.FORMAT, store.currentRev());
            store.setCleanupFormat(0);
            // the user's edits, made in that archive
            store.updateMetadata(id, MetaField.TITLE, "Sea wall vote (my title)");
            QuoteRecord brill = store.quotes(id).stream().filter(q -> q.text().startsWith("It is a promise")).findFirst().orElseThrow();
            store.setQuoteSpeaker(id, brill.start(), brill.end(), "Tomas Brill (councillor)");
        }
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            assertTrue(g.quotesPending(), "an archive of older rules has work to do");
            assertEquals(1, g.ensureCleanup(TaskContext.NONE));
            String text = g.article(id).orElseThrow().cleanedText();
            assertFalse(text.contains("Watch LIVE"), text);
            assertEquals(ArticleParser.standard().parse(TEXT, file).cleanedText(), text, "as a fresh import cleans it");
            assertEquals("Sea wall vote (my title)", g.article(id).orElseThrow().title(), "the user's title stays");
            assertTrue(g.search(SearchRequest.of("\"Watch LIVE\"")).hits().isEmpty(), "the index has the new text");
            assertEquals(1, g.search(SearchRequest.of("harbour")).hits().size());

            List<QuoteRecord> quotes = g.quotes(id); // found again, in the new text
            assertTrue(quotes.size() >= 3, quotes.toString());
            quotes.forEach(q -> assertEquals(q.text(), text.substring(q.start(), q.end())));
            assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("We cannot wait") && "Elena Duarte".equals(q.speaker())), quotes.toString());
            assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("It is a promise") && "Tomas Brill (councillor)".equals(q.speaker())),
                    "the correction moved with its words: " + quotes);
            assertFalse(g.quotesPending());
            assertEquals(0, g.ensureCleanup(TaskContext.NONE), "once is enough");
        }
    }

    @Test
    void aNewArchiveIsCleanedByTheCurrentRules() throws Exception {
        Path dir = tmp.resolve("new");
        Files.writeString(tmp.resolve("one.txt"), TEXT);
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(tmp.resolve("one.txt")), TaskContext.NONE);
            assertFalse(g.quotesPending(), "nothing to clean again");
            assertEquals(0, g.ensureCleanup(TaskContext.NONE));
        }
    }
}
