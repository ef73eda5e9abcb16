package org.gazette.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.queries.intervals.IntervalIterator;
import org.apache.lucene.queries.intervals.IntervalMatchesIterator;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.util.BytesRef;

/**
 * Where an article's quotations lie in its body's token positions, as intervals: {@code quote:} searches run as
 * "inside one of these" on the body itself ({@link QuotationQueries}). The spans are kept per article in a doc
 * value ({@link Fields#QUOTE_SPANS}), written by the tap that sees the body's tokens go by ({@link QuotationPositions}):
 * a second copy of the quotations' words in a field of their own was about a third of indexing an article.
 */
final class QuotationSpans extends IntervalsSource {
    static final QuotationSpans ALL = new QuotationSpans();

    private QuotationSpans() { }

    /** Start and end positions (inclusive), in text order, as variable-length deltas. */
    static BytesRef encode(int[] startsAndEnds, int count) {
        byte[] out = new byte[count * 5 * 2];
        int n = 0;
        int last = 0;
        for (int i = 0; i < count * 2; i++) {
            int delta = startsAndEnds[i] - last; // never negative: spans come in order, an end after its start
            last = startsAndEnds[i];
            while ((delta & ~0x7F) != 0) {
                out[n++] = (byte) ((delta & 0x7F) | 0x80);
                delta >>>= 7;
            }
            out[n++] = (byte) delta;
        }
        return new BytesRef(out, 0, n);
    }

    @Override
    public IntervalIterator intervals(String field, LeafReaderContext ctx) throws IOException {
        BinaryDocValues values = ctx.reader().getBinaryDocValues(Fields.QUOTE_SPANS);
        return values == null ? null : new Spans(values);
    }

    /** The quotations of the documents that have some, one interval each. */
    private static final class Spans extends IntervalIterator {
        private final BinaryDocValues values;
        private final ByteArrayDataInput in = new ByteArrayDataInput();
        private int start = -1;
        private int end = -1;

        Spans(BinaryDocValues values) {
            this.values = values;
        }

        @Override public int docID() { return values.docID(); }

        @Override
        public int nextDoc() throws IOException {
            return reset(values.nextDoc());
        }

        @Override
        public int advance(int target) throws IOException {
            return reset(values.advance(target));
        }

        private int reset(int doc) throws IOException {
            start = end = -1;
            if (doc != NO_MORE_DOCS) {
                BytesRef b = values.binaryValue();
                in.reset(b.bytes, b.offset, b.length);
            }
            return doc;
        }

        @Override public long cost() { return values.cost(); }

        @Override public int start() { return start; }

        @Override public int end() { return end; }

        @Override public int gaps() { return 0; }

        @Override
        public int nextInterval() {
            if (in.eof()) {
                start = end = NO_MORE_INTERVALS;
            } else {
                start = Math.max(end, 0) + in.readVInt();
                end = start + in.readVInt();
            }
            return start;
        }

        @Override public float matchCost() { return 2; } // a few bytes read per span
    }

    @Override
    public IntervalMatchesIterator matches(String field, LeafReaderContext ctx, int doc) throws IOException {
        IntervalIterator spans = intervals(field, ctx);
        if (spans == null || spans.advance(doc) != doc || spans.nextInterval() == IntervalIterator.NO_MORE_INTERVALS) {
            return null;
        }
        return new IntervalMatchesIterator() {
            private boolean started;

            @Override
            public boolean next() throws IOException {
                if (!started) {
                    started = true;
                    return true;
                }
                return spans.nextInterval() != IntervalIterator.NO_MORE_INTERVALS;
            }

            @Override public int startPosition() { return spans.start(); }

            @Override public int endPosition() { return spans.end(); }

            @Override public int startOffset() { return -1; }

            @Override public int endOffset() { return -1; }

            @Override public int gaps() { return 0; }

            @Override public int width() { return spans.end() - spans.start() + 1; }

            @Override public MatchesIterator getSubMatches() { return null; }

            @Override public Query getQuery() { return null; }
        };
    }

    @Override
    public void visit(String field, QueryVisitor visitor) {
        // no terms: the spans are read from a doc value
    }

    @Override public int minExtent() { return 1; }

    @Override public Collection<IntervalsSource> pullUpDisjunctions() { return List.of(this); }

    @Override public int hashCode() { return QuotationSpans.class.hashCode(); }

    @Override public boolean equals(Object other) { return other instanceof QuotationSpans; }

    @Override public String toString() { return "quotations"; }
}
