package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The word-level questions every pass asks. */
class PhrasesTest {
    /** The hand-read pronoun test answers as the pattern it stands for, on the shapes cues give and their near misses. */
    @Test
    void aPronounPhraseIsReadAsThePatternReadsIt() {
        for (String s : new String[] {"he", "He", "HE", "she", "They", "i", "I", "we", "It", "and he", "And she", "but they",
            "but  it", "and\the", "and\nwe", "and", "but", "and ", "andhe", "and hex", "he ", " he", "hes", "the", "them",
            "and  and he", "but i", "But I", "and\u00A0he", "sh", "thy", "", "x", "and the", "but we all"}) {
            assertEquals(Phrases.PRONOUN.matcher(s).matches(), Phrases.pronounPhrase(s), s);
        }
    }

    @Test
    void theLastVerbOfSpeech() {
        assertEquals(6, Phrases.lastVerb("Smith said the plan was"));
        assertEquals(-1, Phrases.lastVerb("The plan was fine"));
    }

    /** "claims", "calls", "tweets" after a determiner or an owner's word are plural nouns, not the verbs. */
    @Test
    void aVerbInSAfterADeterminerIsANoun() {
        assertEquals(-1, Phrases.lastVerb("Trump's camp rejected the claims as "));
        assertEquals(-1, Phrases.lastVerb("Trump's camp rejected the suits' claims as "));
        assertEquals(-1, Phrases.lastVerb("Critics saw Trump\u2019s tweets as "));
        assertEquals(-1, Phrases.lastVerb("It ignored his calls for "));
        assertEquals(13, Phrases.lastVerb("The campaign claims that it was "));
        assertEquals(14, Phrases.lastVerb("The president calls it "));
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

    /** A closing quotation mark that holds the comma before "while" parts clauses as the comma would. */
    @Test
    void aQuotationHoldingTheCommaBeforeWhilePartsClauses() {
        assertEquals(java.util.List.of("Bell called it \u201C \u201D", "while Reyes called it"),
                Phrases.clauses("Bell called it \u201C \u201D while Reyes called it"));
        assertEquals(java.util.List.of("Bell called it \u201C \u201D meanwhile Reyes"),
                Phrases.clauses("Bell called it \u201C \u201D meanwhile Reyes"));
    }
}
