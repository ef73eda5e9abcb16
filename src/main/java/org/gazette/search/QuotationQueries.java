package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Runs the {@code quote:} parts of a query on the body: each becomes "these words, inside one quotation" as an
 * interval query over the body's positions and the quotations' spans ({@link QuotationSpans}). The rest of the
 * query is left as it is; so is the query as typed, which snippets and the reader highlight with.
 */
final class QuotationQueries {
    /** How many words a wildcard, prefix, range or pattern inside {@code quote:} may stand for. */
    static final int MAX_EXPANSIONS = 1024;

    private QuotationQueries() { }

    /** The query with its {@code quote:} parts run on the body; the query itself when it has none. */
    static Query onBody(Query query) throws InvalidQueryException {
        return QueryLeaves.map(query, QuotationQueries::leafOnBody);
    }

    private static Query leafOnBody(Query query) throws InvalidQueryException {
        IntervalsSource words = quotedWords(query);
        if (words == null) {
            return query;
        }
        Query inQuotation = new IntervalQuery(Fields.BODY, Intervals.containedBy(words, QuotationSpans.ALL));
        if (query instanceof TermQuery t) {
            // a single word: scored as the body's word, and checked as a filter, which stops at its first occurrence
            // inside a quotation instead of weighing them all ("quote:the" at 100,000 articles: 88 -> 46 ms)
            return new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.BODY, t.getTerm().bytes())), BooleanClause.Occur.MUST)
                    .add(inQuotation, BooleanClause.Occur.FILTER)
                    .build();
        }
        return inQuotation;
    }

    /** The words a {@code quote:} leaf asks for, as an intervals source on the body; null for a leaf of another field. */
    private static IntervalsSource quotedWords(Query q) throws InvalidQueryException {
        if (q instanceof TermQuery t) {
            return quoted(t.getTerm()) ? Intervals.term(t.getTerm().bytes()) : null;
        }
        if (q instanceof PhraseQuery p) {
            Term[] terms = p.getTerms();
            if (terms.length == 0 || !quoted(terms[0])) {
                return null;
            }
            IntervalsSource[] each = new IntervalsSource[terms.length];
            for (int i = 0; i < terms.length; i++) {
                each[i] = Intervals.term(terms[i].bytes());
            }
            int[] positions = p.getPositions();
            int span = positions[positions.length - 1] - positions[0] + 1;
            if (p.getSlop() == 0 && span == terms.length) {
                return Intervals.phrase(each);
            }
            // "a b"~n: the words in any order within the phrase's length plus n positions
            return Intervals.maxwidth(span + p.getSlop(), terms.length == 1 ? each[0] : Intervals.unordered(each));
        }
        if (q instanceof MultiPhraseQuery mp) {
            Term[][] arrays = mp.getTermArrays();
            if (arrays.length == 0 || arrays[0].length == 0 || !quoted(arrays[0][0])) {
                return null;
            }
            IntervalsSource[] each = new IntervalsSource[arrays.length];
            for (int i = 0; i < arrays.length; i++) {
                List<IntervalsSource> any = new ArrayList<>();
                for (Term t : arrays[i]) {
                    any.add(Intervals.term(t.bytes()));
                }
                each[i] = Intervals.or(any);
            }
            return mp.getSlop() == 0 ? Intervals.phrase(each) : Intervals.maxwidth(arrays.length + mp.getSlop(), Intervals.unordered(each));
        }
        if (q instanceof SynonymQuery s) {
            if (!Fields.QUOTE.equals(s.getField())) {
                return null;
            }
            return Intervals.or(s.getTerms().stream().map(t -> Intervals.term(t.bytes())).toList());
        }
        if (q instanceof WildcardQuery w) {
            if (!quoted(w.getTerm())) {
                return null;
            }
            // "quote:*": any word of a quotation, that is any article with one
            return "*".equals(w.getTerm().text()) ? QuotationSpans.ALL : Intervals.wildcard(w.getTerm().bytes(), MAX_EXPANSIONS);
        }
        if (q instanceof PrefixQuery p) {
            return quoted(p.getPrefix()) ? Intervals.prefix(p.getPrefix().bytes(), MAX_EXPANSIONS) : null;
        }
        if (q instanceof RegexpQuery r) {
            return quoted(r.getRegexp()) ? Intervals.regexp(r.getRegexp().bytes(), MAX_EXPANSIONS) : null;
        }
        if (q instanceof FuzzyQuery f) {
            return quoted(f.getTerm()) ? Intervals.fuzzyTerm(f.getTerm().text(), f.getMaxEdits(), f.getPrefixLength(),
                    f.getTranspositions(), FuzzyQuery.defaultMaxExpansions) : null;
        }
        if (q instanceof TermRangeQuery r) {
            if (!Fields.QUOTE.equals(r.getField())) {
                return null;
            }
            if (r.getLowerTerm() == null || r.getUpperTerm() == null) {
                throw new InvalidQueryException("A range inside quotations needs both ends, as in quote:[alpha TO beta].");
            }
            return Intervals.range(r.getLowerTerm(), r.getUpperTerm(), r.includesLower(), r.includesUpper(), MAX_EXPANSIONS);
        }
        if (SearchIndex.asksForQuotes(q)) {
            throw new InvalidQueryException("This kind of search cannot be run inside quotations: " + q);
        }
        return null;
    }

    private static boolean quoted(Term t) {
        return Fields.QUOTE.equals(t.field());
    }
}
