package org.gazette.ingest;

import java.util.List;
import org.gazette.archive.QuoteRecord;
import org.gazette.quotes.QuoteAttributor;

/** The quotations of an article's cleaned text, as the archive stores them. */
public final class QuoteExtraction {
    private QuoteExtraction() { }

    public static List<QuoteRecord> of(long articleId, String cleanedText) {
        return QuoteAttributor.quotes(cleanedText).stream()
                .map(q -> new QuoteRecord(articleId, q.start(), q.end(), q.text(), q.speaker(), q.rule()))
                .toList();
    }
}
