package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Step (4) of finding other coverage: neighbourhoods compared, on pools of known similarities. */
class RelatedArticlesTest {
    /**
     * The article (0) and its story's other versions (1, 2), and three reports of a neighbouring event (3, 4, 5). The
     * article is nearer to 3 than to 2 (the same topic, a week later, shares more words than a short version does),
     * but 3's nearest are 4 and 5, and 2's are 0 and 1.
     */
    private static final double[][] POOL = {
        {1.00, 0.60, 0.30, 0.40, 0.20, 0.20},
        {0.60, 1.00, 0.50, 0.30, 0.20, 0.20},
        {0.30, 0.50, 1.00, 0.10, 0.10, 0.10},
        {0.40, 0.30, 0.10, 1.00, 0.70, 0.60},
        {0.20, 0.20, 0.10, 0.70, 1.00, 0.65},
        {0.20, 0.20, 0.10, 0.60, 0.65, 1.00},
    };

    @Test
    void aVersionWhoseNeighboursAreTheArticlesOwnGainsOverANeighbouringEvent() {
        double[] overlap = RelatedArticles.neighbourhoodOverlap(POOL, 2);
        double version = overlap[2 - 1];
        double otherEvent = overlap[3 - 1];
        assertTrue(version > otherEvent, "version " + version + ", other event " + otherEvent);
        // with the weight the ranking gives it, the order of 2 and 3 turns
        assertTrue(POOL[0][2] + version > POOL[0][3] + otherEvent);
        assertTrue(overlap[1 - 1] > overlap[4 - 1] && overlap[1 - 1] > overlap[5 - 1]);
    }

    @Test
    void theOverlapIsAShareAndAnArticleAloneHasNone() {
        for (double x : RelatedArticles.neighbourhoodOverlap(POOL, 3)) {
            assertTrue(x >= 0 && x <= 1, String.valueOf(x));
        }
        assertEquals(0, RelatedArticles.neighbourhoodOverlap(new double[][] {{1}}, 10).length);
        double[] apart = RelatedArticles.neighbourhoodOverlap(new double[][] {{1, 0}, {0, 1}}, 0);
        assertEquals(0, apart[0]);
    }
}
