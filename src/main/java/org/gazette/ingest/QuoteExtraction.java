package org.gazette.ingest;

import java.util.List;
import org.gazette.archive.QuoteRecord;
import org.gazette.quotes.QuoteAttributor;

/** The quotations of an article's cleaned text, as the archive stores them. */
public final class QuoteExtraction {
    private QuoteExtraction() { }

    /**
     * The quotations as the archive shows them: a lone office ("the president") credited to the one person the
     * article gives that title. ({@code quotes --json PATH} reports the speaker as the text words it.)
     */
    public static List<QuoteRecord> of(long articleId, String cleanedText) {
        return QuoteAttributor.quotesResolvingOffices(cleanedText).stream()
                .map(q -> new QuoteRecord(articleId, q.start(), q.end(), q.text(), q.speaker(), q.rule()))
                .toList();
    }
}
