package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The cue before a quotation: the subject of the last verb of speech in the sentence up to it. */
class CueBeforeTest {
    @Test
    void theSubjectOfTheVerbBeforeTheQuotationSpeaks() {
        assertEquals("Stoltenberg", CueBefore.leading("Stoltenberg warned Friday that "));
        assertEquals("a GOP lawmaker", CueBefore.leading("Added a GOP lawmaker: "));
    }

    @Test
    void asidesBetweenTheSubjectAndItsVerbAreSkipped() {
        assertEquals("Hugh Hill", CueBefore.leading("Hugh Hill, a doctor, said the plan was "));
        assertEquals("Sanders", CueBefore.leading("Sanders, who lost the primary, told supporters "));
    }

    @Test
    void aSentenceWithoutAVerbOfSpeechHasNoCue() {
        assertNull(CueBefore.leading("The weather was fine and "));
    }
}
