package org.gazette.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.BytesRef;
import org.gazette.archive.QuoteRecord;

/**
 * Which of the body's token positions each quotation covers, noted as the body is analysed for the index (a tap
 * on its token stream): the spans {@link QuotationSpans} answers {@code quote:} searches with. A token belongs to
 * a quotation when it lies wholly inside the quotation's text, as it would when the quotation is analysed alone
 * (the analysis has no context: a word's tokens do not depend on its neighbours).
 */
final class QuotationPositions {
    private final int[] starts;
    private final int[] ends;
    /** Per quotation (in start order): its first and last token position, -1 while it has none. */
    private final int[] first;
    private final int[] last;

    /** For these quotations (ranges of the body they lie in, in any order). */
    QuotationPositions(List<QuoteRecord> quotes) {
        int[][] ranges = quotes.stream().map(q -> new int[] {q.start(), q.end()})
                .sorted((a, b) -> Integer.compare(a[0], b[0])).toArray(int[][]::new);
        starts = new int[ranges.length];
        ends = new int[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            starts[i] = ranges[i][0];
            ends[i] = ranges[i][1];
        }
        first = new int[ranges.length];
        last = new int[ranges.length];
        Arrays.fill(first, -1);
        Arrays.fill(last, -1);
    }

    /** The body's token stream, noting the position of each token that lies inside a quotation. */
    TokenStream tap(TokenStream body) {
        return new TokenFilter(body) {
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private int quote;
            private int position = -1;

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                position += increment.getPositionIncrement(); // as the index numbers the body's tokens
                int start = offset.startOffset();
                while (quote < starts.length && ends[quote] <= start) {
                    quote++; // tokens come in text order: a quotation passed is done with
                }
                // quotations may overlap (one inside another): the token counts once, for the first that holds it,
                // so that spans never overlap
                for (int q = quote; q < starts.length && starts[q] <= start; q++) {
                    if (offset.endOffset() <= ends[q]) {
                        if (first[q] < 0) {
                            first[q] = position;
                        }
                        last[q] = position;
                        break;
                    }
                }
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                quote = 0;
                position = -1;
                Arrays.fill(first, -1);
                Arrays.fill(last, -1);
            }
        };
    }

    /** The quotations' spans as {@link QuotationSpans} reads them (those without a word left out); after the tap has run. */
    BytesRef spans() {
        int[] pairs = new int[first.length * 2];
        int n = 0;
        for (int q = 0; q < first.length; q++) {
            if (first[q] >= 0) {
                pairs[n * 2] = first[q];
                pairs[n * 2 + 1] = last[q];
                n++;
            }
        }
        return QuotationSpans.encode(pairs, n);
    }
}
