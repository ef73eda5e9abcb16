package org.gazette.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's passage score, computed as Lucene's {@link PassageScorer} does (the same terms in the same
 * order, so the same float), without the hash of the passage's terms it builds for every passage: that hash
 * takes a fresh 32 KB block each time, and scoring was a sixth of a search's snippet time. A passage has few
 * matches, so repeated terms are found by looking back.
 */
final class SnippetScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] firstOf = new int[matches]; // each distinct term's first match, in order of appearance
        int[] inPassage = new int[matches];
        int distinct = 0;
        for (int i = 0; i < matches; i++) {
            int t = 0;
            while (t < distinct && !terms[firstOf[t]].bytesEquals(terms[i])) {
                t++;
            }
            if (t == distinct) {
                firstOf[distinct++] = i;
            }
            inPassage[t]++;
        }
        double score = 0d;
        for (int t = 0; t < distinct; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[firstOf[t]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
