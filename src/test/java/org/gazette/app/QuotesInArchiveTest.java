package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.gazette.TestData;
import org.gazette.archive.QuoteRecord;
import org.gazette.archive.SpeakerSummary;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quotations are found at import, stored with the article, and listed by speaker across outlets. */
class QuotesInArchiveTest {
    @TempDir Path tmp;

    @Test
    void importStoresQuotesAndSpeakersSpanOutlets() throws Exception {
        try (Gazette g = Gazette.open(tmp.resolve("a"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            SpeakerSummary brandt = g.speakers().stream().filter(s -> s.speaker().equals("Lena Brandt")).findFirst().orElseThrow();
            assertEquals(3, brandt.outlets(), "the fire chief is quoted by three outlets");
            long id = g.search(SearchRequest.of("title:\"Pinecrest Valley\"")).hits().get(0).id();
            String text = g.article(id).orElseThrow().cleanedText();
            List<QuoteRecord> quotes = g.quotes(id);
            assertTrue(quotes.size() >= 6, quotes.toString());
            for (QuoteRecord q : quotes) {
                assertEquals(q.text(), text.substring(q.start(), q.end()), "offsets point into the cleaned text");
            }
            assertTrue(quotes.stream().anyMatch(q -> q.text().startsWith("Leave when you are told")
                    && "Robert Castellanos".equals(q.speaker())));
            assertTrue(g.quotesBy("Lena Brandt", 100).stream().allMatch(q -> "Lena Brandt".equals(q.speaker())));
        }
    }

    @Test
    void theQuotationsASearchFindsAreThoseHoldingItsHits() throws Exception {
        try (Gazette g = Gazette.open(tmp.resolve("s"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            var inflation = g.quoteRowsMatching(SearchRequest.of("quote:inflation").withLimit(100));
            assertEquals(2, inflation.size(), inflation.toString());
            assertTrue(inflation.stream().allMatch(r -> r.quote().startsWith("Inflation has come back") && r.speaker().startsWith("Katarzyna W")));
            assertEquals(2, inflation.stream().map(r -> r.outlet()).distinct().count(), "two outlets carry it");

            var byOne = g.quoteRowsMatching(SearchRequest.of("").withLimit(100).withSpeakers(java.util.Set.of("Lena Brandt")));
            assertFalse(byOne.isEmpty());
            assertTrue(byOne.stream().allMatch(r -> r.speaker().equals("Lena Brandt")), "filters only: that speaker's quotations");
            assertEquals(g.quoteRows("Lena Brandt", 1000).size(), byOne.size());

            assertTrue(g.quoteRowsMatching(SearchRequest.of("economy").withLimit(100)).stream()
                    .allMatch(r -> r.quote().toLowerCase().contains("economy")), "quotations without the word are left out");
            org.junit.jupiter.api.Assertions.assertThrows(org.gazette.search.InvalidQueryException.class,
                    () -> g.quoteRowsMatching(SearchRequest.of("\"unclosed")));
        }
    }

    @Test
    void quotationsAreReadyWhenTheImportEnds() throws Exception {
        try (Gazette g = Gazette.open(tmp.resolve("ready"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            assertFalse(g.quotesPending(), "found with the articles, not left for first use");
            long id = g.search(SearchRequest.of("Kessler")).hits().get(0).id();
            List<QuoteRecord> stored = g.storedQuotes(id); // as stored: nothing is found on this call
            assertFalse(stored.isEmpty());
            String text = g.article(id).orElseThrow().cleanedText();
            stored.forEach(q -> assertEquals(q.text(), text.substring(q.start(), q.end())));
            // speakers are merged across the archive at the end of the import: the Markovich spelling is shown as Markovic
            assertTrue(stored.stream().anyMatch(q -> "Ana Markovic".equals(q.speaker())), stored.toString());
            assertTrue(stored.stream().noneMatch(q -> "Ana Markovich".equals(q.speaker())), stored.toString());
        }
    }

    @Test
    void aQuotationCreditedToTheMayorIsTheMayorsInTheArchive() throws Exception {
        try (Gazette g = Gazette.open(tmp.resolve("mayor"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            long id = g.search(SearchRequest.of("title:\"small break\"")).hits().get(0).id();
            QuoteRecord q = g.quotes(id).stream().filter(r -> r.text().startsWith("We cannot wait")).findFirst().orElseThrow();
            assertEquals("Ana Markovic", q.speaker(), "the article titles one mayor: \"the mayor said\" is hers");
            assertTrue(g.quotesBy("Ana Markovic", 100).stream().anyMatch(r -> r.text().startsWith("We cannot wait")));
            // the command line's extractor keeps the words the text uses, as the evaluation sets annotate them
            String text = g.article(id).orElseThrow().cleanedText();
            assertTrue(org.gazette.quotes.QuoteAttributor.quotes(text).stream()
                    .anyMatch(r -> r.text().startsWith("We cannot wait") && "the mayor".equals(r.speaker())));
        }
    }

    @Test
    void anArchiveWithStaleQuotationsFindsThemAllOnFirstUse() throws Exception {
        Path dir = tmp.resolve("stale");
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles().resolve("capital-herald")), TaskContext.NONE);
        }
        try (var store = org.gazette.archive.ArticleStore.open(dir)) {
            store.setQuotesState(org.gazette.quotes.QuoteAttributor.FORMAT - 1, store.currentRev()); // an older extractor's
        }
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            assertTrue(g.quotesPending(), "quotations of the older extractor are not taken as current");
            assertTrue(g.speakers().stream().anyMatch(s -> s.speaker().equals("Lena Brandt") && s.outlets() == 3));
            assertFalse(g.quotesPending());
        }
    }

    @Test
    void anImportKeepsTheQuotationsCurrentBatchByBatch() throws Exception {
        // a search of speakers during an import asks whether quotations are to be found; the imported articles' are
        // found with them, so none are, batch after batch (they were found over again: 5-6 s a search)
        Path dir = tmp.resolve("batches");
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles().resolve("capital-herald")), TaskContext.NONE);
            List<String> refound = new java.util.ArrayList<>(); // what a search of speakers after each batch found again
            TaskContext search = new TaskContext() {
                @Override public void progress(long done, long total, String message) { refound.add(done + "/" + total); }
                @Override public boolean isCancelled() { return false; }
            };
            int[] batches = {0};
            g.importPaths(List.of(TestData.articles()), org.gazette.ingest.ImportOptions.DEFAULT.withBatchSize(2),
                    TaskContext.NONE, committed -> {
                        batches[0]++;
                        g.ensureQuotes(search); // as a search of speakers does
                    });
            assertTrue(batches[0] >= 3, "several batches: " + batches[0]);
            assertEquals(List.of(), refound, "no quotation found over again");
            assertTrue(g.speakers().stream().anyMatch(s -> s.speaker().equals("Lena Brandt") && s.outlets() == 3));
        }
    }

    @Test
    void whetherQuotationsAreBeingFoundIsAnsweredWithoutWaitingForThem() throws Exception {
        Path dir = tmp.resolve("finding");
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
        }
        try (var store = org.gazette.archive.ArticleStore.open(dir)) {
            store.setQuotesState(org.gazette.quotes.QuoteAttributor.FORMAT - 1, store.currentRev()); // an older extractor's
        }
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            assertFalse(g.findingQuotes());
            java.util.concurrent.CountDownLatch working = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
            TaskContext held = new TaskContext() { // the quotations found page by page, held at the first page
                @Override public void progress(long done, long total, String message) {
                    working.countDown();
                    try {
                        release.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                @Override public boolean isCancelled() { return false; }
            };
            Thread finder = new Thread(() -> g.ensureQuotes(held));
            finder.start();
            assertTrue(working.await(10, java.util.concurrent.TimeUnit.SECONDS));
            assertTimeoutPreemptively(java.time.Duration.ofSeconds(2), () -> assertTrue(g.findingQuotes()),
                    "answered while the archive is busy finding them");
            release.countDown();
            finder.join(10_000);
            assertFalse(g.findingQuotes());
            assertFalse(g.quotesPending());
        }
    }

    @Test
    void variantsMergeAcrossTheArchiveAndCorrectionsSurviveReindexAndRefinding() throws Exception {
        Path dir = tmp.resolve("b");
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            List<String> names = g.speakers().stream().map(SpeakerSummary::speaker).toList();
            assertTrue(names.contains("Ana Markovic") && !names.contains("Ana Markovich"), names.toString());
            assertTrue(!names.contains("Katarzyna Wojcik") && !names.contains("Maria Okonkwo Reyes"), names.toString());
            assertEquals(3, g.speakers().stream().filter(s -> s.speaker().equals("Ana Markovic")).findFirst().orElseThrow().outlets());

            g.renameSpeaker("Lena Brandt", "Chief Lena Brandt");
            g.mergeSpeakers("Tom Reilly", "Daniel Hartigan"); // a deliberate (wrong) merge, then undone below
            assertTrue(g.quotesBy("Daniel Hartigan", 100).stream().anyMatch(q -> g.quotes(q.articleId()).size() > 0));
            List<String> split = g.splitSpeaker("Daniel Hartigan");
            assertTrue(split.contains("Tom Reilly"), split.toString());
            QuoteRecord first = g.quotesBy("Robert Castellanos", 1).get(0);
            g.setQuoteSpeaker(first, "Someone Else");
        }
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.reindex(TaskContext.NONE);
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE); // re-import: unchanged files
            List<String> names = g.speakers().stream().map(SpeakerSummary::speaker).toList();
            assertTrue(names.contains("Chief Lena Brandt") && !names.contains("Lena Brandt"), names.toString());
            assertTrue(names.contains("Tom Reilly") && names.contains("Daniel Hartigan"), names.toString());
            assertEquals(1, g.quotesBy("Someone Else", 10).size());
        }
    }

    @Test
    void aQuotesCorrectedSpeakerSurvivesTheArticleBeingFoundAgain() throws Exception {
        Path folder = tmp.resolve("articles/capital-herald");
        java.nio.file.Files.createDirectories(folder);
        Path file = folder.resolve("kessler-bridge-closed.txt");
        java.nio.file.Files.copy(TestData.articles().resolve("capital-herald/kessler-bridge-closed.txt"), file);
        try (Gazette g = Gazette.open(tmp.resolve("c"), TaskContext.NONE)) {
            g.importPaths(List.of(folder), TaskContext.NONE);
            long id = g.search(SearchRequest.of("Kessler")).hits().get(0).id();
            QuoteRecord q = g.quotes(id).get(0);
            g.setQuoteSpeaker(q, "A Reader's Choice");
            java.nio.file.Files.writeString(file, java.nio.file.Files.readString(file) + "\nThe bridge was built in 1961.\n");
            g.importPaths(List.of(folder), TaskContext.NONE); // the text changed: its quotations are found again
            QuoteRecord again = g.quotes(id).get(0);
            assertEquals(q.start(), again.start());
            assertEquals("A Reader's Choice", again.speaker());
        }
    }

    @Test
    void aQuotationCorrectedToNobodyLeavesNothingToWorkOutAgain() throws Exception {
        Path dir = tmp.resolve("n");
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            QuoteRecord q = g.quotesBy("Robert Castellanos", 1).get(0);
            int before = g.quotesBy("Robert Castellanos", 100).size();
            g.setQuoteSpeaker(q, null); // the user says nobody said it
            assertEquals(before - 1, g.quotesBy("Robert Castellanos", 100).size());
            assertEquals(null, g.quotes(q.articleId()).stream().filter(r -> r.start() == q.start()).findFirst().orElseThrow().speaker());
            assertFalse(g.quotesPending(), "the correction is the quotation's shown name, not one still to work out");
        }
        try (Gazette g = Gazette.open(dir, TaskContext.NONE)) {
            assertFalse(g.quotesPending(), "nor when the archive is opened again");
        }
    }

    @Test
    void searchInsideQuotationsAndBySpeaker() throws Exception {
        try (Gazette g = Gazette.open(tmp.resolve("d"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            assertTrue(g.search(SearchRequest.of("emergency")).total() >= 2, "the word is in the articles' own text");
            assertEquals(0, g.search(SearchRequest.of("quote:emergency")).total(), "but nobody says it");
            var said = g.search(SearchRequest.of("quote:\"cannot carry this alone\""));
            assertEquals(1, said.total());
            assertTrue(said.hits().get(0).snippet().toString().contains("cannot carry this alone"), said.hits().get(0).snippet().toString());
            assertEquals(0, g.search(SearchRequest.of("quote:\"alone this bridge\"")).total(), "a phrase does not run from one quotation into the next");
            assertEquals(3, g.search(SearchRequest.of("speaker:brandt")).total());
            assertEquals(3, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Lena Brandt"))).total());
            assertEquals(4, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Ana Markovic"))).total(),
                    "the filter finds every spelling of the person (Markovich included)");
            assertEquals(4, g.search(SearchRequest.of("speaker:markovic")).total(), "and so does the speaker field, by the name shown");
            assertEquals(4, g.search(SearchRequest.of("speaker:markovich")).total(), "or by the name an article gives");

            String quoted = g.search(SearchRequest.of("quote:\"reopened bridge\"")).hits().get(0).snippet().plainText();
            assertTrue(quoted.contains("” “"), "quotations in a snippet stand apart: " + quoted);
            long rateCut = g.search(SearchRequest.of("quote:\"reopened bridge\"")).hits().get(0).id();
            String text = g.article(rateCut).orElseThrow().cleanedText();
            List<QuoteRecord> inQuotes = g.quotes(rateCut);
            List<int[]> everywhere = g.hitOffsetsInArticle("bridge", rateCut, text);
            List<int[]> saidOnly = g.hitOffsetsInArticle("quote:bridge", rateCut, text);
            assertTrue(everywhere.size() > saidOnly.size() && !saidOnly.isEmpty(), everywhere.size() + " vs " + saidOnly.size());
            assertTrue(saidOnly.stream().allMatch(h -> inQuotes.stream().anyMatch(q -> q.start() <= h[0] && h[1] <= q.end())),
                    "quote: words are shown inside quotations only");
            List<int[]> fuzzy = g.hitOffsetsInArticle("quote:bridg~1", rateCut, text);
            assertEquals(saidOnly.stream().map(h -> text.substring(h[0], h[1])).toList().size() + 1, fuzzy.size(),
                    "a fuzzy word inside quotations is shown there too (bridge twice, and bring): "
                            + fuzzy.stream().map(h -> text.substring(h[0], h[1])).toList());
            // words asked for together with a speaker, or beside a title, are still marked where they are
            List<int[]> withSpeaker = g.hitOffsetsInArticle("quote:bridge AND speaker:markovic", rateCut, text);
            assertEquals(saidOnly.stream().map(h -> h[0]).toList(), withSpeaker.stream().map(h -> h[0])
                    .filter(start -> !text.startsWith("Markovic", start)).toList(), "the reader marks the quotation's words");
            var bySpeaker = g.search(SearchRequest.of("quote:bridg~1 AND speaker:markovic"));
            assertTrue(bySpeaker.total() > 0 && bySpeaker.hits().stream().allMatch(h -> h.snippet().spans().stream()
                    .anyMatch(sp -> sp.hit() && sp.text().toLowerCase(java.util.Locale.ROOT).startsWith("bri"))),
                    "each snippet marks the quoted word: " + bySpeaker.hits().stream().map(h -> h.snippet().plainText()).toList());
            var byTitle = g.search(SearchRequest.of("title:kessler AND bridge"));
            assertTrue(byTitle.total() > 0 && byTitle.hits().stream().allMatch(h -> h.snippet().spans().stream().anyMatch(sp -> sp.hit())),
                    "a title: part does not hide the body's marks");
            // and so are the results' snippets: "economy" is in the article's own words too, but only said once
            var economy = g.search(SearchRequest.of("quote:economy"));
            assertEquals(1, economy.total());
            String snippet = economy.hits().get(0).snippet().spans().stream().map(sp -> sp.hit() ? "[" + sp.text() + "]" : sp.text())
                    .reduce("", String::concat);
            assertTrue(snippet.contains("\u201CWhen the central bank has to rescue the [economy]"), snippet);
            assertFalse(snippet.contains("Pinecrest fire on the [economy]"), "not the narration's economy: " + snippet);

            g.renameSpeaker("Lena Brandt", "Chief Lena Brandt"); // the index follows corrections
            assertEquals(3, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Chief Lena Brandt"))).total());
            assertEquals(0, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Lena Brandt"))).total());
            assertEquals(3, g.search(SearchRequest.of("speaker:chief")).total());
            QuoteRecord one = g.quotesBy("Robert Castellanos", 1).get(0);
            int castellanos = g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Robert Castellanos"))).total() > 0 ? 1 : 0;
            g.setQuoteSpeaker(one, "Someone Else"); // one quotation's speaker corrected: that article only
            assertEquals(1, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Someone Else"))).total());
            assertEquals(1, g.search(SearchRequest.of("speaker:\"someone else\"")).total());
            assertEquals(castellanos, Math.min(1, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Robert Castellanos"))).total()));
            g.reindex(TaskContext.NONE);
            assertEquals(3, g.search(SearchRequest.of("speaker:\"chief lena brandt\"")).total(), "a rebuilt index keeps the fields");
            assertEquals(1, g.search(SearchRequest.of("").withSpeakers(java.util.Set.of("Someone Else"))).total());
        }
    }
}
