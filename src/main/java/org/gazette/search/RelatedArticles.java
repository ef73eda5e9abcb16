package org.gazette.search;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds the other versions of an article's story in three steps. (1) Its {@link StorySignature}, weighted by
 * rarity in the archive, becomes one query over the bodies; the best {@link #CANDIDATES} come back. (2) Each
 * candidate is scored by the cosine of the two weighted signatures, lowered when both are dated more than a
 * week apart (one story is reported within days; the same kind of event a year later is another story).
 * (3) The article's nearest few candidates vote: a candidate close to them gains, as the versions of one story
 * resemble each other more than any one of them resembles an article that only shares some words. (4) Among the
 * {@link #POOL} nearest, neighbourhoods are compared (k-reciprocal re-ranking, as in Zhong et al., CVPR 2017): a
 * candidate gains as much as its mutual nearest neighbours are the article's own. The versions of one story are
 * each other's nearest; an article of a neighbouring event (the same topic, a week later) is near the story's
 * versions, but they are nearer to one another than to it, so its neighbourhood is another.
 */
final class RelatedArticles {
    static final int QUERY_TERMS = 40;
    static final int CANDIDATES = 100;
    /** How many of the nearest candidates vote in step (3), and how much their vote counts. */
    private static final int VOTERS = 3;
    private static final double VOTE_WEIGHT = 0.5;
    /**
     * Step (4): how many of the nearest candidates compare neighbourhoods (more than the largest story's versions),
     * how many nearest neighbours each has, and how much the overlap counts.
     */
    private static final int POOL = 50;
    private static final int NEIGHBOURS = 10;
    private static final double NEIGHBOURHOOD_WEIGHT = 1.0;
    private static final int SAME_STORY_DAYS = 7;
    private static final double OTHER_STORY_FACTOR = 0.7;
    private static final Set<String> FIELDS = Set.of(Fields.ID, Fields.STORY, Fields.DATE);

    private final IndexSearcher searcher;
    private final IndexReader reader;
    private final double docs;
    private final Map<String, Double> idf;

    /** {@code idf} caches rarity per word for this searcher's reader (the caller keeps it while the reader lives). */
    RelatedArticles(IndexSearcher searcher, Map<String, Double> idf) {
        this.searcher = searcher;
        this.reader = searcher.getIndexReader();
        this.docs = Math.max(1, reader.numDocs());
        this.idf = idf;
    }

    /** A candidate: its Lucene document and how similar it is to the article (0–1), and before voting. */
    record Candidate(int doc, double score, double similarity) { }

    /**
     * An article's weighted signature as a vector: its words' numbers for this search, ascending, with their weights.
     * Two are compared by merging the arrays: step (4) compares a few thousand pairs per article.
     */
    private record Story(int doc, int[] terms, double[] weights, double norm, LocalDate date) { }

    /** Up to {@code k} articles most like the one in Lucene document {@code doc}, best first. */
    List<Candidate> find(int doc, int k) throws IOException {
        StoredFields stored = searcher.storedFields();
        Document selfDoc = stored.document(doc, FIELDS);
        Map<String, Integer> termIds = new HashMap<>();
        Map<String, Double> selfWords = weighted(selfDoc);
        Story self = story(doc, selfDoc, selfWords, termIds);
        if (selfWords.isEmpty() || k <= 0) {
            return List.of();
        }
        List<Map.Entry<String, Double>> top = new ArrayList<>(selfWords.entrySet());
        top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> e : top.subList(0, Math.min(QUERY_TERMS, top.size()))) {
            q.add(new BoostQuery(new TermQuery(new Term(Fields.BODY, e.getKey())), e.getValue().floatValue()), BooleanClause.Occur.SHOULD);
        }
        q.add(new TermQuery(new Term(Fields.ID, selfDoc.get(Fields.ID))), BooleanClause.Occur.MUST_NOT);
        TopDocs hits = searcher.search(q.build(), Math.max(k, CANDIDATES));
        int n = hits.scoreDocs.length;
        List<Story> cands = new ArrayList<>(n);
        double[] sim = new double[n];
        for (int i = 0; i < n; i++) {
            ScoreDoc sd = hits.scoreDocs[i];
            Document d = stored.document(sd.doc, FIELDS);
            Story c = story(sd.doc, d, weighted(d), termIds);
            cands.add(c);
            sim[i] = similarity(self, c);
        }
        // (3) the nearest candidates vote for the others
        Integer[] order = byDescending(sim);
        int voters = Math.min(VOTERS, n);
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            double votes = 0;
            for (int v = 0; v < voters; v++) {
                int j = order[v];
                votes += i == j ? 1 : similarity(cands.get(j), cands.get(i));
            }
            score[i] = sim[i] + VOTE_WEIGHT * votes / Math.max(1, voters);
        }
        // (4) the nearest candidates' neighbourhoods against the article's
        double[] overlap = neighbourhoodOverlap(cands, sim, order);
        for (int r = 0; r < overlap.length; r++) {
            score[order[r]] += NEIGHBOURHOOD_WEIGHT * overlap[r];
        }
        Integer[] ranked = byDescending(score);
        List<Candidate> out = new ArrayList<>(Math.min(k, n));
        for (int r = 0; r < Math.min(k, n); r++) {
            int i = ranked[r];
            out.add(new Candidate(cands.get(i).doc(), score[i], sim[i]));
        }
        return out;
    }

    /** Step (4) for the {@link #POOL} nearest candidates ({@code order[0..]}), in that order. */
    private double[] neighbourhoodOverlap(List<Story> cands, double[] sim, Integer[] order) {
        int m = Math.min(POOL, order.length);
        double[][] s = new double[m + 1][m + 1]; // row 0: the article itself
        for (int a = 0; a <= m; a++) {
            s[a][a] = 1;
            for (int b = a + 1; b <= m; b++) {
                s[a][b] = s[b][a] = a == 0 ? sim[order[b - 1]] : similarity(cands.get(order[a - 1]), cands.get(order[b - 1]));
            }
        }
        return neighbourhoodOverlap(s, NEIGHBOURS);
    }

    /**
     * Given the similarities {@code s} of a pool (row 0 the article, 1 on the diagonal): for each other member, how
     * far its mutual {@code k} nearest neighbours (itself among them) are the article's, each weighted by its
     * similarity: a weighted Jaccard overlap, 0 to 1. Entry {@code b - 1} is member {@code b}'s.
     */
    static double[] neighbourhoodOverlap(double[][] s, int k) {
        int n = s.length;
        int kept = Math.min(k + 1, n);
        boolean[][] near = new boolean[n][n];
        for (int a = 0; a < n; a++) {
            Integer[] nearest = byDescending(s[a]);
            for (int t = 0; t < kept; t++) {
                near[a][nearest[t]] = true;
            }
        }
        double[] out = new double[n - 1];
        for (int b = 1; b < n; b++) {
            double min = 0;
            double max = 0;
            for (int c = 0; c < n; c++) {
                double x = near[0][c] && near[c][0] ? s[0][c] : 0; // mutual neighbours only
                double y = near[b][c] && near[c][b] ? s[b][c] : 0;
                min += Math.min(x, y);
                max += Math.max(x, y);
            }
            out[b - 1] = max == 0 ? 0 : min / max;
        }
        return out;
    }

    private static Integer[] byDescending(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[b], values[a]));
        return order;
    }

    private double similarity(Story a, Story b) {
        double s = cosine(a, b);
        if (a.date() != null && b.date() != null
                && Math.abs(a.date().toEpochDay() - b.date().toEpochDay()) > SAME_STORY_DAYS) {
            s *= OTHER_STORY_FACTOR;
        }
        return s;
    }

    private static double cosine(Story a, Story b) {
        int[] x = a.terms();
        int[] y = b.terms();
        double dot = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] < y[j]) {
                i++;
            } else if (x[i] > y[j]) {
                j++;
            } else {
                dot += a.weights()[i++] * b.weights()[j++];
            }
        }
        double n = a.norm() * b.norm();
        return n == 0 ? 0 : dot / n;
    }

    /** The article's signature words weighted by rarity: (1 + ln count) × idf, those above zero. */
    private Map<String, Double> weighted(Document d) throws IOException {
        Map<String, Double> v = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Float> e : StorySignature.decode(d.get(Fields.STORY)).weights().entrySet()) {
            double w = (1 + Math.log(e.getValue())) * idf(e.getKey());
            if (w > 0) {
                v.put(e.getKey(), w);
            }
        }
        return v;
    }

    /** The weighted words as a vector, each word numbered in {@code termIds} (shared by the stories of one search). */
    private Story story(int doc, Document d, Map<String, Double> words, Map<String, Integer> termIds) {
        long[] packed = new long[words.size()]; // number in the high half, the word's place in the low: sorted by number
        List<Double> weights = new ArrayList<>(words.values());
        int i = 0;
        for (String w : words.keySet()) {
            packed[i] = (long) termIds.computeIfAbsent(w, x -> termIds.size()) << 32 | i;
            i++;
        }
        java.util.Arrays.sort(packed);
        int[] terms = new int[packed.length];
        double[] ws = new double[packed.length];
        double norm = 0;
        for (int j = 0; j < packed.length; j++) {
            terms[j] = (int) (packed[j] >>> 32);
            ws[j] = weights.get((int) packed[j]);
            norm += ws[j] * ws[j];
        }
        return new Story(doc, terms, ws, Math.sqrt(norm), date(d.get(Fields.DATE)));
    }

    /** ln(N / df); zero for a word only one article has (it links nothing) or every article has. */
    private double idf(String word) throws IOException {
        Double cached = idf.get(word);
        if (cached == null) {
            int df = reader.hasDeletions() ? liveDocFreq(word) : reader.docFreq(new Term(Fields.BODY, word));
            cached = df <= 1 ? 0 : Math.max(0, Math.log(docs / df));
            idf.put(word, cached);
        }
        return cached;
    }

    /**
     * How many live articles have the word. Lucene's docFreq also counts replaced versions of documents until
     * their segment is merged, and an archive whose quotations or details were updated has one for every article:
     * that would halve every word's rarity and make a word of one article look shared.
     */
    private int liveDocFreq(String word) throws IOException {
        org.apache.lucene.util.BytesRef bytes = new org.apache.lucene.util.BytesRef(word);
        int df = 0;
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.Terms terms = leaf.reader().terms(Fields.BODY);
            if (terms == null) {
                continue;
            }
            org.apache.lucene.index.TermsEnum te = terms.iterator();
            if (!te.seekExact(bytes)) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            if (live == null) {
                df += te.docFreq();
                continue;
            }
            org.apache.lucene.index.PostingsEnum pe = te.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
            for (int d = pe.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live.get(d)) {
                    df++;
                }
            }
        }
        return df;
    }

    private static LocalDate date(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
