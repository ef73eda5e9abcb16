package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;
import org.gazette.archive.MetaValue;
import org.gazette.archive.Metadata;
import org.gazette.archive.Provenance;
import org.gazette.archive.QuoteRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets are cut from the archive's copy of an article's text: the index keeps its words, not the text. */
class SnippetTextTest {
    private static final String BODY = "PORT HAVEN — Dockworkers walked off the job on Monday.\n\n"
            + "Mayor Ana Markovic said the strike would cost the city $2 million a day. "
            + "“We will not let the harbor close,” she said.";

    @TempDir Path tmp;

    @Test
    void snippetsComeFromTheArchivesTextAndTheIndexDoesNotStoreIt() throws Exception {
        try (SearchIndex index = indexed(Map.of(7L, BODY))) {
            String s = snippet(index, "markovic");
            assertTrue(s.contains("Mayor Ana [Markovic] said the strike"), s);
            String q = snippet(index, "quote:harbor");
            assertTrue(q.contains("We will not let the [harbor] close"), "a quotation search shows the quotation: " + q);
        }
        try (FSDirectory dir = FSDirectory.open(tmp.resolve(SearchIndex.DIR_NAME));
             DirectoryReader r = DirectoryReader.open(dir)) {
            assertNull(r.storedFields().document(0).get(Fields.BODY), "the body's text is the archive's, not the index's");
        }
    }

    @Test
    void aFuzzySearchMarksTheWordsItMatchedAsAPlainSearchWould() throws Exception {
        try (SearchIndex index = indexed(Map.of(7L, BODY))) {
            assertTrue(snippet(index, "markovik~1").contains("Mayor Ana [Markovic] said"), snippet(index, "markovik~1"));
            assertTrue(snippet(index, "dockworker~2 AND title:strike^3").contains("[Dockworkers] walked"));
            assertEquals(snippet(index, "markovic"), snippet(index, "markovik~1"));
        }
    }

    @Test
    void aTextChangedSinceItWasIndexedOrMissingGivesTheArticlesOpeningNotAGarbledSnippet() throws Exception {
        String edited = BODY.replace("PORT HAVEN — ", "");
        for (Map<Long, String> archive : List.of(Map.of(7L, edited), Map.<Long, String>of())) {
            try (SearchIndex index = indexed(archive)) {
                String s = snippet(index, "markovic");
                assertFalse(s.contains("["), "no hits marked at offsets of another text: " + s);
                assertTrue(s.startsWith("PORT HAVEN — Dockworkers"), "the opening lines, as listed: " + s);
                assertFalse(snippet(index, "quote:harbor").contains("["));
            }
        }
    }

    private static String snippet(SearchIndex index, String query) throws InvalidQueryException {
        return index.search(SearchRequest.of(query)).hits().get(0).snippet().marked("[", "]");
    }

    private SearchIndex indexed(Map<Long, String> archive) {
        SearchIndex index = SearchIndex.open(tmp);
        Metadata m = new Metadata();
        m.set(MetaField.TITLE, MetaValue.of("Port strike halts Haven docks", Provenance.TEXT));
        Article a = new Article(7, m, BODY, BODY, "UTF-8", "h", 1, List.of("/a.txt"), "t", "t");
        int q = BODY.indexOf("We will");
        int end = BODY.indexOf('”', q);
        index.update(List.of(a), Map.of(7L, List.of(new QuoteRecord(7, q, end, BODY.substring(q, end), "Ana Markovic", "x"))));
        index.commit(1);
        index.articleTexts(ids -> {
            Map<Long, String> out = new HashMap<>();
            ids.stream().filter(archive::containsKey).forEach(id -> out.put(id, archive.get(id)));
            return out;
        });
        return index;
    }
}
