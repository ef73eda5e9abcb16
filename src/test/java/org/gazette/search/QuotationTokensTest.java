package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gazette.archive.Article;
import org.gazette.archive.Metadata;
import org.gazette.archive.QuoteRecord;
import org.gazette.quotes.QuoteAttributor;
import org.junit.jupiter.api.Test;

/** The quotation field is filled from the body's own tokens: the same words, positions and gaps as analysing each quotation alone. */
class QuotationTokensTest {
    private static final NewsQueryParser PARSER = new NewsQueryParser(new NewsAnalyzer());

    @Test
    void quotationSearchesFindWordsInsideQuotationsOnlyAndNoPhraseAcrossTwo() throws Exception {
        String body = "The harbor opened on Monday. “We will rebuild the harbor,” the mayor said. "
                + "“Ships return,” she added. Officials’ plans were not final.";
        List<QuoteRecord> quotes = quotesOf(body);
        assertEquals(2, quotes.size(), quotes.toString());
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            index(dir, List.of(SearchIndex.toDocument(article(1, body), quotes)));
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                IndexSearcher s = new IndexSearcher(r);
                assertEquals(1, count(s, "quote:harbor"));
                assertEquals(1, count(s, "quote:\"rebuild the harbor\""));
                assertEquals(1, count(s, "quote:harb*"));
                assertEquals(1, count(s, "quote:ships AND quote:rebuild"));
                assertEquals(0, count(s, "quote:opened"), "a word only outside the quotations");
                assertEquals(0, count(s, "quote:officials"), "a word only outside the quotations");
                assertEquals(0, count(s, "quote:\"harbor ships\""), "a phrase does not run from one quotation into the next");
                assertEquals(1, count(s, "body:opened"), "the body keeps all its words");
            }
        }
    }

    @Test
    void theQuotationFieldHoldsWhatAnalysingEachQuotationAloneGave() throws Exception {
        Path articles = Path.of("articles");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(articles)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "the sample articles are in " + articles.toAbsolutePath());
        List<Document> tapped = new ArrayList<>();
        List<Document> alone = new ArrayList<>();
        int quoteCount = 0;
        for (int i = 0; i < files.size(); i++) {
            String text = Files.readString(files.get(i));
            List<QuoteRecord> quotes = quotesOf(text);
            quoteCount += quotes.size();
            tapped.add(SearchIndex.toDocument(article(i + 1, text), quotes));
            Document d = new Document();
            for (QuoteRecord q : quotes) {
                d.add(new TextField(Fields.QUOTE, q.text(), Field.Store.NO)); // each quotation analysed on its own
            }
            alone.add(d);
        }
        assertTrue(quoteCount > 50, "the samples have quotations to compare: " + quoteCount);
        try (ByteBuffersDirectory a = new ByteBuffersDirectory(); ByteBuffersDirectory b = new ByteBuffersDirectory()) {
            index(a, tapped);
            index(b, alone);
            assertEquals(postings(b), postings(a));
        }
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
        return s.count(PARSER.parse(query));
    }

    /** Every term of the quotation field with, per document, its positions. */
    private static Map<String, List<String>> postings(ByteBuffersDirectory dir) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            for (var leaf : r.leaves()) {
                LeafReader reader = leaf.reader();
                Terms terms = reader.terms(Fields.QUOTE);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                while (te.next() != null) {
                    PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        StringBuilder positions = new StringBuilder();
                        for (int k = 0; k < pe.freq(); k++) {
                            positions.append(pe.nextPosition()).append(' ');
                        }
                        out.computeIfAbsent(te.term().utf8ToString(), t -> new ArrayList<>()).add(leaf.docBase + doc + ":" + positions);
                    }
                }
            }
        }
        return out;
    }
}
