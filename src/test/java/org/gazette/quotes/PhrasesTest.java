package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word-level questions every pass asks. */
class PhrasesTest {
    @Test
    void theLastVerbOfSpeech() {
        assertEquals(6, Phrases.lastVerb("Smith said the plan was"));
        assertEquals(-1, Phrases.lastVerb("The plan was fine"));
    }

    @Test
    void pronounsCarryTheirGender() {
        assertEquals('m', Phrases.pronounGender("he"));
        assertEquals('f', Phrases.pronounGender("She"));
        assertTrue(Phrases.isPronoun(Phrases.HE + 'm'));
        assertFalse(Phrases.isPronoun("Helen"));
    }

    @Test
    void wordsAndSentenceEnds() {
        assertTrue(Phrases.wordsAtMost(" a b  c ", 3));
        assertFalse(Phrases.wordsAtMost("a b c d", 3));
        assertTrue(Phrases.endsSentence("It is over. "));
        assertFalse(Phrases.endsSentence("It is over,"));
        assertTrue(Phrases.abbreviationBefore("Sen. Warren", 3));
    }
}
