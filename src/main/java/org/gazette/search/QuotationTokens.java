package org.gazette.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.gazette.archive.QuoteRecord;

/**
 * The quotation field's tokens, taken from the body's own analysis as it goes by: the body's tokens that lie
 * inside a quotation, replayed for the quotation field after it. Analysing the quotations' text a second time
 * (about a third of every article's words) was most of what the quotation field cost an import. The analysis
 * has no context (a word's tokens do not depend on its neighbours), so the tokens are those the quotation
 * alone would give. Quotations are kept {@link NewsAnalyzer#getPositionIncrementGap} positions apart, as
 * separate values were, so a phrase never runs from one into the next.
 */
final class QuotationTokens {
    private final int[] starts;
    private final int[] ends;
    private char[] chars = new char[256];
    private int charCount;
    /** Per token kept: where its chars end in {@link #chars}, which quotation it is in, its offsets in the body. */
    private int[] tokenEnds = new int[32];
    private int[] tokenQuote = new int[32];
    private int[] tokenStart = new int[32];
    private int[] tokenStop = new int[32];
    private int tokens;

    /** For these quotations (ranges of the body they lie in, in any order). */
    QuotationTokens(List<QuoteRecord> quotes) {
        int[][] ranges = quotes.stream().map(q -> new int[] {q.start(), q.end()})
                .sorted((a, b) -> Integer.compare(a[0], b[0])).toArray(int[][]::new);
        starts = new int[ranges.length];
        ends = new int[ranges.length];
        for (int i = 0; i < ranges.length; i++) {
            starts[i] = ranges[i][0];
            ends[i] = ranges[i][1];
        }
    }

    /** The body's token stream, keeping a copy of each token that lies inside a quotation. */
    TokenStream tap(TokenStream body) {
        return new TokenFilter(body) {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private int quote;

            @Override
            public boolean incrementToken() throws IOException {
                if (!input.incrementToken()) {
                    return false;
                }
                int start = offset.startOffset();
                while (quote < starts.length && ends[quote] <= start) {
                    quote++; // tokens come in text order: a quotation passed is done with
                }
                // quotations may overlap (one inside another): the token counts once, for the first that holds it
                for (int q = quote; q < starts.length && starts[q] <= start; q++) {
                    if (offset.endOffset() <= ends[q]) {
                        keep(term, q, start, offset.endOffset());
                        break;
                    }
                }
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                quote = 0;
                tokens = 0;
                charCount = 0;
            }
        };
    }

    private void keep(CharTermAttribute term, int quote, int start, int end) {
        int len = term.length();
        if (charCount + len > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
        }
        System.arraycopy(term.buffer(), 0, chars, charCount, len);
        charCount += len;
        if (tokens == tokenEnds.length) {
            int n = tokens * 2;
            tokenEnds = Arrays.copyOf(tokenEnds, n);
            tokenQuote = Arrays.copyOf(tokenQuote, n);
            tokenStart = Arrays.copyOf(tokenStart, n);
            tokenStop = Arrays.copyOf(tokenStop, n);
        }
        tokenEnds[tokens] = charCount;
        tokenQuote[tokens] = quote;
        tokenStart[tokens] = start;
        tokenStop[tokens] = end;
        tokens++;
    }

    /** The kept tokens, to be read after the body's stream (a later field of the same document). */
    TokenStream replay() {
        return new TokenStream() {
            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private int next;

            @Override
            public boolean incrementToken() {
                if (next >= tokens) {
                    return false;
                }
                clearAttributes();
                int from = next == 0 ? 0 : tokenEnds[next - 1];
                term.copyBuffer(chars, from, tokenEnds[next] - from);
                offset.setOffset(tokenStart[next], tokenStop[next]);
                boolean newQuote = next > 0 && tokenQuote[next] != tokenQuote[next - 1];
                increment.setPositionIncrement(newQuote ? 1 + NewsAnalyzer.POSITION_GAP : 1);
                next++;
                return true;
            }

            @Override
            public void reset() throws IOException {
                super.reset();
                next = 0;
            }
        };
    }
}
