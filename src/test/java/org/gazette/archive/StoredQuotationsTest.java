package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotations come back from the archive exactly as they were found, whatever characters they hold. */
class StoredQuotationsTest {
    @TempDir Path tmp;

    @Test
    void everyCharacterOfAQuotationSurvivesStoring() {
        List<String> quotes = List.of(
                "He said \"no\" twice",                       // straight marks inside
                "C:\\temp\\new and a \\u0041 that is text",   // backslashes, and an escape that must stay as written
                "a paragraph\nand the next\r\nwith\ttabs\u0001", // line breaks, a tab, a control character
                "émigrés say 😀 and 中文 and \u2028 too",        // accents, a pair of surrogates, a line separator
                "[1, null, \"x\"]");                          // text that looks like JSON
        StringBuilder text = new StringBuilder();
        List<QuoteRecord> found = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            text.append("“");
            int start = text.length();
            text.append(quotes.get(i));
            found.add(new QuoteRecord(0, start, text.length(), quotes.get(i), i % 2 == 0 ? "Ana Markovic" : null,
                    i % 2 == 0 ? "said-after" : "none"));
            text.append("”, she said. ");
        }
        try (ArticleStore store = ArticleStore.open(tmp)) {
            long id = store.write(List.of(IncomingArticle.of("/a.txt", 1, 1, text.toString(), text.toString(), "UTF-8", "h1",
                    new Metadata(), found))).entries().get(0).articleId();
            List<QuoteRecord> back = store.quotes(id);
            assertEquals(found.stream().map(q -> new QuoteRecord(id, q.start(), q.end(), q.text(), q.speaker(), q.rule())).toList(), back);
            for (QuoteRecord q : back) {
                assertEquals(text.substring(q.start(), q.end()), q.text(), "the text at the quotation's offsets");
            }
        }
    }

    /** A batch stores its articles' quotations with them: quotations current before it are current after it, at once. */
    @Test
    void aBatchKeepsCurrentQuotationsCurrentInItsOwnTransaction() {
        try (ArticleStore store = ArticleStore.open(tmp)) {
            store.setQuotesState(7, store.currentRev());
            store.write(List.of(IncomingArticle.of("/a.txt", 1, 1, "Text a.", "Text a.", "UTF-8", "h1", new Metadata(), List.of())));
            assertEquals(store.currentRev(), store.quotesRev(), "current before the batch, current after it");
            store.setQuotesState(7, store.currentRev() - 1); // quotations a revision behind: still to be found
            store.write(List.of(IncomingArticle.of("/b.txt", 1, 1, "Text b.", "Text b.", "UTF-8", "h2", new Metadata(), List.of())));
            assertEquals(store.currentRev() - 2, store.quotesRev(), "quotations behind stay behind");
        }
    }

    @Test
    void twoNamesOfOnePersonInOneArticleCountItOnceAndACorrectionMovesOneQuotation() {
        String text = "\"We hold,\" Stoltenberg said. \"We stay,\" Jens Stoltenberg said. \"No,\" Peskov said.";
        List<QuoteRecord> found = List.of(quote(text, "We hold,", "Stoltenberg"), quote(text, "We stay,", "Jens Stoltenberg"),
                quote(text, "No,", "Peskov"));
        Metadata meta = new Metadata().set(MetaField.OUTLET, MetaValue.of("Reuters", Provenance.TEXT));
        try (ArticleStore store = ArticleStore.open(tmp)) {
            long id = store.write(List.of(IncomingArticle.of("/a.txt", 1, 1, text, text, "UTF-8", "h1", meta, found)))
                    .entries().get(0).articleId();
            store.applySpeakerNames(java.util.Map.of("Stoltenberg", "Jens Stoltenberg"));
            assertEquals(List.of(new SpeakerSummary("Jens Stoltenberg", 2, 1, 1), new SpeakerSummary("Peskov", 1, 1, 1)),
                    store.speakers());
            QuoteRecord no = store.quotes(id).get(2);
            store.setQuoteSpeaker(id, no.start(), no.end(), "Jens Stoltenberg"); // the user says he said it
            assertEquals(List.of(new SpeakerSummary("Jens Stoltenberg", 3, 1, 1)), store.speakers());
            assertEquals(List.of("We hold,", "We stay,", "No,"), store.quoteRows("Jens Stoltenberg", 10).stream()
                    .map(QuoteRow::quote).toList());
        }
    }

    @Test
    void quotationsFoundAgainAsTheyWereAreNotStoredNorIndexedAgain() {
        // a newer extractor re-reads every article; most find the same: only the others go back to the search index
        String one = "\"We hold,\" Stoltenberg said.";
        String two = "\"No,\" Peskov said. \"Never,\" he added.";
        try (ArticleStore store = ArticleStore.open(tmp)) {
            List<WriteResult.Entry> entries = store.write(List.of(
                    IncomingArticle.of("/one.txt", 1, 1, one, one, "UTF-8", "h1", new Metadata(), List.of(quote(one, "We hold,", "Stoltenberg"))),
                    IncomingArticle.of("/two.txt", 1, 1, two, two, "UTF-8", "h2", new Metadata(), List.of(quote(two, "No,", "Peskov")))))
                    .entries();
            long a = entries.get(0).articleId();
            long b = entries.get(1).articleId();
            store.quoteIndexDone(store.quoteIndexPending(0, 100));
            store.replaceQuotes(java.util.Map.of(a, List.of(quote(one, "We hold,", "Stoltenberg")),
                    b, List.of(quote(two, "No,", "Peskov"), quote(two, "Never,", "Peskov"))));
            assertEquals(List.of(b), store.quoteIndexPending(0, 100), "only the article whose quotations changed");
            assertEquals(List.of("No,", "Never,"), store.quotes(b).stream().map(QuoteRecord::text).toList());
            store.replaceQuotes(java.util.Map.of(a, List.of()));
            assertEquals(List.of(), store.quotes(a), "quotations no longer found are gone");
            assertEquals(List.of(a, b), store.quoteIndexPending(0, 100));
        }
    }

    @Test
    void aSpeakersQuotationsReadPageByPageAreTheListReadAtOnce() {
        // 30 articles a day apart, each quoting Ana Markovic once to three times among others; one quotation the user gave her
        List<IncomingArticle> articles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            StringBuilder text = new StringBuilder();
            List<QuoteRecord> found = new ArrayList<>();
            for (int k = 0; k <= i % 3; k++) {
                String said = "Point " + k + " of day " + i + ",";
                text.append('"').append(said).append("\" Markovic said. ");
                found.add(quote(text.toString(), said, "Ana Markovic"));
            }
            String other = "Not hers " + i + ",";
            text.append('"').append(other).append("\" Peskov said.");
            found.add(quote(text.toString(), other, "Peskov"));
            Metadata meta = new Metadata().set(MetaField.DATE, MetaValue.of(String.format("2025-08-%02d", i + 1), Provenance.TEXT));
            articles.add(IncomingArticle.of("/" + i + ".txt", 1, 1, text.toString(), text.toString(), "UTF-8", "h" + i, meta, found));
        }
        try (ArticleStore store = ArticleStore.open(tmp)) {
            List<WriteResult.Entry> entries = store.write(articles).entries();
            long seventh = entries.get(7).articleId();
            QuoteRecord notHers = store.quotes(seventh).stream().filter(q -> "Peskov".equals(q.speaker())).findFirst().orElseThrow();
            store.setQuoteSpeaker(seventh, notHers.start(), notHers.end(), "Ana Markovic");
            List<QuoteRow> all = store.quoteRows("Ana Markovic", Integer.MAX_VALUE);
            assertEquals(60 + 1, all.size(), "1 + 2 + 3 quotations every three days, and the one she was given");
            assertEquals("Point 0 of day 29,", all.get(0).quote(), "newest first");

            ArticleStore.QuoteCursor cursor = store.quoteCursor("Ana Markovic");
            List<QuoteRow> paged = new ArrayList<>();
            List<List<QuoteRow>> pages = new ArrayList<>();
            while (!cursor.done()) {
                List<QuoteRow> page = store.nextQuoteRows(cursor, 4);
                pages.add(page);
                paged.addAll(page);
            }
            assertEquals(all, paged, "the pages, one after the other, are the whole list");
            for (int p = 0; p + 1 < pages.size(); p++) {
                List<QuoteRow> page = pages.get(p);
                assertTrue(page.size() >= 4, "at least as many as asked for, but the last page");
                assertNotEquals(page.get(page.size() - 1).articleId(), pages.get(p + 1).get(0).articleId(),
                        "a page ends with its last article's last quotation");
            }
            assertTrue(pages.size() >= 3, "read some articles at a time, not all at once: " + pages.size() + " pages");
            assertEquals(List.of(), store.nextQuoteRows(cursor, 4), "nothing after the end");
            assertEquals(all.subList(0, 5), store.quoteRows("Ana Markovic", 5), "a limit cuts the same list");
        }
    }

    private static QuoteRecord quote(String text, String quote, String speaker) {
        int start = text.indexOf(quote);
        return new QuoteRecord(0, start, start + quote.length(), quote, speaker, "after");
    }
}
