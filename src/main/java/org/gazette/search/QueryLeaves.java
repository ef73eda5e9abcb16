package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * What a highlight marks: each leaf the query asks for (not those it excludes), on its own. The highlighter
     * matches the whole query against one field's text at a time, so {@code quote:bridge AND speaker:markovic}
     * would mark nothing: the speaker's name is not in the quotations, nor the quotation's words in the name.
     */
    static Query shown(Query query) {
        List<Query> leaves = new ArrayList<>();
        addShown(query, leaves);
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        leaves.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static void addShown(Query query, List<Query> out) {
        if (query instanceof BooleanQuery bq) {
            for (BooleanClause c : bq.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
                    addShown(c.getQuery(), out);
                }
            }
        } else if (query instanceof BoostQuery b) {
            addShown(b.getQuery(), out);
        } else {
            out.add(query);
        }
    }
}
