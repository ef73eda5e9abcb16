package org.gazette.quotes;

import org.gazette.archive.QuoteRecord;
import org.gazette.ingest.QuoteExtraction;

/** The speaker the archive shows for a quotation of a text (offices and epithets resolved), for the tests that ask. */
final class ShownSpeakers {
    private ShownSpeakers() { }

    /** The shown speaker of the first quotation that opens with {@code quoteStart}, or "(not found)". */
    static String of(String text, String quoteStart) {
        return QuoteExtraction.of(0, text).stream().filter(q -> q.text().startsWith(quoteStart)).findFirst()
                .map(QuoteRecord::speaker).orElse("(not found)");
    }
}
