package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class SnippetScorerTest {
    /** Passages of one to forty matches over a handful of words, as a search's hits give them. */
    @Test
    void scoresEveryPassageExactlyAsLucenesScorerDoes() {
        String[] words = {"strike", "port", "haven", "markovic", "mediator", "harbor", "talks"};
        PassageScorer lucene = new PassageScorer();
        SnippetScorer ours = new SnippetScorer();
        Random r = new Random(42);
        for (int n = 0; n < 2000; n++) {
            Passage p = new Passage();
            int start = r.nextInt(20_000);
            p.setStartOffset(start);
            p.setEndOffset(Integer.MAX_VALUE); // as the highlighter does: the end is known once the matches are
            int at = start;
            int matches = 1 + r.nextInt(n % 10 == 0 ? 40 : 4);
            for (int i = 0; i < matches; i++) {
                at += 1 + r.nextInt(30);
                String w = words[r.nextInt(n % 3 == 0 ? 2 : words.length)];
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + w.length() % 3 + i % 2);
            }
            p.setEndOffset(at + 40);
            int contentLength = at + 40 + r.nextInt(10_000);
            assertEquals(Float.floatToIntBits(lucene.score(p, contentLength)), Float.floatToIntBits(ours.score(p, contentLength)),
                    p.toString());
        }
    }
}
