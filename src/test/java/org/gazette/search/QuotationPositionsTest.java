package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gazette.archive.Article;
import org.gazette.archive.Metadata;
import org.gazette.archive.QuoteRecord;
import org.gazette.quotes.QuoteAttributor;
import org.junit.jupiter.api.Test;

/**
 * {@code quote:} is answered from the body's positions inside the quotations' spans: the same articles as a
 * field holding each quotation's own words found, with no second copy of those words in the index.
 */
class QuotationPositionsTest {
    private static final NewsQueryParser PARSER = new NewsQueryParser(new NewsAnalyzer());

    @Test
    void quotationSearchesFindWordsInsideQuotationsOnlyAndNoPhraseAcrossTwo() throws Exception {
        String body = "The harbor opened on Monday. “We will rebuild the harbor,” the mayor said. "
                + "“Ships return,” she added. Officials’ plans were not final.";
        List<QuoteRecord> quotes = quotesOf(body);
        assertEquals(2, quotes.size(), quotes.toString());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, List.of(SearchIndex.toDocument(article(1, body), quotes), SearchIndex.toDocument(article(2, "No quotations here: the harbor."), List.of())));
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                assertEquals(1, count(s, "quote:harbor"));
                assertEquals(1, count(s, "quote:\"rebuild the harbor\""));
                assertEquals(1, count(s, "quote:\"harbor rebuild\"~3"), "proximity inside one quotation");
                assertEquals(1, count(s, "quote:harb*"));
                assertEquals(1, count(s, "quote:harbr~1"));
                assertEquals(1, count(s, "quote:*"), "any article with a quotation");
                assertEquals(1, count(s, "quote:ships AND quote:rebuild"));
                assertEquals(1, count(s, "quote:(ships OR nothing)"));
                assertEquals(2, count(s, "harbor -quote:officials"), "officials is said outside the quotations only");
                assertEquals(1, count(s, "harbor -quote:ships"));
                assertEquals(0, count(s, "quote:opened"), "a word only outside the quotations");
                assertEquals(0, count(s, "quote:officials"), "a word only outside the quotations");
                assertEquals(0, count(s, "quote:\"harbor ships\""), "a phrase does not run from one quotation into the next");
                assertEquals(0, count(s, "quote:\"harbor ships\"~5"), "nor does a proximity search");
                assertEquals(2, count(s, "body:harbor"), "the body keeps all its words");
                assertThrows(InvalidQueryException.class, () -> QuotationQueries.onBody(PARSER.parse("quote:[a TO *]")));
            }
        }
    }

    @Test
    void theSameArticlesAsAFieldOfEachQuotationsOwnWordsFinds() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("articles"))) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "the sample articles are in articles/");
        List<Document> spans = new ArrayList<>();
        List<Document> ownField = new ArrayList<>();
        Set<String> queries = new LinkedHashSet<>();
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i));
            List<QuoteRecord> quotes = quotesOf(text);
            spans.add(SearchIndex.toDocument(article(i + 1, text), quotes));
            Document d = new Document();
            String previousLast = null;
            for (QuoteRecord q : quotes) {
                d.add(new TextField(Fields.QUOTE, q.text(), Field.Store.NO)); // how the field was built before
                List<String> words = words(q.text());
                for (int w = 0; w < words.size(); w++) {
                    queries.add("quote:" + words.get(w));
                    if (w + 1 < words.size()) {
                        queries.add("quote:\"" + words.get(w) + " " + words.get(w + 1) + "\"");
                    }
                }
                if (previousLast != null && !words.isEmpty()) { // across two quotations: found by neither
                    queries.add("quote:\"" + previousLast + " " + words.get(0) + "\"");
                }
                previousLast = words.isEmpty() ? previousLast : words.get(words.size() - 1);
            }
            ownField.add(d);
            words(text).forEach(w -> queries.add("quote:" + w)); // words of the body, most outside any quotation
        }
        assertTrue(queries.size() > 500, "enough to compare: " + queries.size());
        try (ByteBuffersDirectory a = new ByteBuffersDirectory(); ByteBuffersDirectory b = new ByteBuffersDirectory()) {
            index(a, spans);
            index(b, ownField);
            try (DirectoryReader ra = DirectoryReader.open(a); DirectoryReader rb = DirectoryReader.open(b)) {
                IndexSearcher sa = new IndexSearcher(ra);
                IndexSearcher sb = new IndexSearcher(rb);
                int found = 0;
                for (String q : queries) {
                    Set<Integer> expected = docs(sb, PARSER.parse(q));
                    assertEquals(expected, docs(sa, QuotationQueries.onBody(PARSER.parse(q))), q);
                    found += expected.isEmpty() ? 0 : 1;
                }
                assertTrue(found > 300 && found < queries.size(), "queries that find something, and some that do not: " + found);
            }
        }
    }

    @Test
    void aWildcardInsideQuotationsThatStandsForTooManyWordsIsToldAsSuch(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < QuotationQueries.MAX_EXPANSIONS + 10; i++) {
            quote.append(quote.length() == 0 ? "" : " ").append("wa").append(i);
        }
        String body = "The list was read out. “" + quote + ",” the clerk said.";
        try (SearchIndex index = SearchIndex.open(tmp)) {
            index.update(List.of(article(1, body)), java.util.Map.of(1L, quotesOf(body)));
            index.commit(1);
            assertEquals(1, index.search(SearchRequest.of("quote:wa1*")).total(), "a wildcard within the limit");
            InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> index.search(SearchRequest.of("quote:wa*")));
            assertTrue(e.getMessage().contains("too many words"), e.getMessage());
        }
    }

    private static List<String> words(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = PARSER.analyzer().tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String w = term.toString();
                if (w.chars().allMatch(Character::isLetterOrDigit)) { // no query syntax to escape
                    out.add(w);
                }
            }
            ts.end();
        }
        return out;
    }

    private static Set<Integer> docs(IndexSearcher s, Query q) throws IOException {
        Set<Integer> out = new TreeSet<>();
        for (ScoreDoc sd : s.search(q, 100).scoreDocs) {
            out.add(sd.doc);
        }
        return out;
    }

    private static List<QuoteRecord> quotesOf(String text) {
        return QuoteAttributor.quotes(text).stream()
                .map(q -> new QuoteRecord(0, q.start(), q.end(), q.text(), q.speaker(), q.rule())).toList();
    }

    private static Article article(long id, String body) {
        return new Article(id, new Metadata(), body, body, "UTF-8", "h" + id, 1, List.of("/" + id + ".txt"), "t", "t");
    }

    private static void index(ByteBuffersDirectory dir, List<Document> docs) throws IOException {
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(PARSER.analyzer()))) {
            for (Document d : docs) {
                w.addDocument(d);
            }
        }
    }

    private static int count(IndexSearcher s, String query) throws Exception {
        return s.count(QuotationQueries.onBody(PARSER.parse(query)));
    }
}
