package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
