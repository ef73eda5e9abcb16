package org.gazette.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Rewrites the leaves of a parsed query (what is not a boolean combination or a boost), keeping its structure:
 * the one walk behind expanding fuzzy words, speakers' other spellings and {@code quote:} parts.
 */
final class QueryLeaves {
    /** What becomes of one leaf; the leaf itself to leave it as it is. */
    interface Rewrite<E extends Exception> {
        Query leaf(Query leaf) throws E;
    }

    private QueryLeaves() { }

    /** The query with each leaf rewritten; the same query when no leaf changed. */
    static <E extends Exception> Query map(Query query, Rewrite<E> rewrite) throws E {
        if (query instanceof BooleanQuery bq) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            boolean changed = false;
            for (BooleanClause c : bq.clauses()) {
                Query q = map(c.getQuery(), rewrite);
                changed |= q != c.getQuery();
                out.add(q, c.getOccur());
            }
            return changed ? out.build() : query;
        }
        if (query instanceof BoostQuery b) {
            Query inner = map(b.getQuery(), rewrite);
            return inner == b.getQuery() ? query : new BoostQuery(inner, b.getBoost());
        }
        return rewrite.leaf(query);
    }
}
