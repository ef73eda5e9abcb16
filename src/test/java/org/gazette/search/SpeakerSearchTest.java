package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gazette.archive.Article;
import org.gazette.archive.Metadata;
import org.gazette.archive.QuoteRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerSearchTest {

    /** Each article's speakers are indexed once each: how many others it quotes does not rank it below another. */
    @Test
    void anArticleThatQuotesOthersTooRanksAsHighForASpeakerAsOneThatQuotesOnlyThem(@TempDir Path tmp) throws Exception {
        String alone = "“The line held,” Lena Brandt said.";
        String withOthers = alone + " “It did,” Tom Ives said. “Barely,” Ann Roe said. “Agreed,” Sam Ott said."
                + " “Yes,” Kim Lau said.";
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.update(List.of(article(1, alone), article(2, withOthers)),
                    Map.of(1L, quotes(1, alone), 2L, quotes(2, withOthers)));
            index.commit(2);
            List<SearchHit> hits = index.search(SearchRequest.of("speaker:brandt")).hits();
            assertEquals(2, hits.size());
            assertEquals(hits.get(0).score(), hits.get(1).score(), "both quote Lena Brandt once");
            assertEquals(1, index.search(SearchRequest.of("speaker:\"kim lau\"")).total());
        }
    }

    private static List<QuoteRecord> quotes(long id, String text) {
        return org.gazette.quotes.QuoteAttributor.quotes(text).stream()
                .map(q -> new QuoteRecord(id, q.start(), q.end(), q.text(), q.speaker(), q.rule())).toList();
    }

    private static Article article(long id, String body) {
        return new Article(id, new Metadata(), body, body, "UTF-8", "h" + id, 1, List.of("/" + id + ".txt"), "t", "t");
    }
}
