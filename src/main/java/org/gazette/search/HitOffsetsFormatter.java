package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats passages as the list of [start, end) offsets of every hit, for highlighting a whole text. */
final class HitOffsetsFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<int[]> hits = new ArrayList<>();
        for (Passage p : passages) {
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = p.getMatchStarts()[i];
                int e = p.getMatchEnds()[i];
                if (!hits.isEmpty() && s < hits.get(hits.size() - 1)[1]) {
                    hits.get(hits.size() - 1)[1] = Math.max(e, hits.get(hits.size() - 1)[1]);
                } else if (e > s) {
                    hits.add(new int[] {s, e});
                }
            }
        }
        return hits;
    }
}
