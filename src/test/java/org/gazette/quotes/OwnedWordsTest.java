package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Words quoted as someone's without a verb of speech. */
class OwnedWordsTest {
    @Test
    void anOwnerBeforeTheWords() {
        assertEquals("Trump", OwnedWords.ownerOfWords("He dismissed Trump’s claim that there have been "));
    }

    @Test
    void inTheWordsOfBeforeOrAfter() {
        assertEquals("one former subordinate", OwnedWords.inTheWordsOf("In the words of one former subordinate, "));
        assertEquals("Scott Taylor", OwnedWords.wordsOfAfter(", in the words of Scott Taylor."));
    }

    /** "in the words of Josh Ewing, executive director of the group, “…”": one short aside after the name, then the quotation. */
    @Test
    void inTheWordsOfANameWithAnAside() {
        assertEquals("Josh Ewing", OwnedWords.inTheWordsOf("The canyons remain, in the words of Josh Ewing, executive director of "
                + "the group, "));
        assertEquals("Naomi Schoenbaum", OwnedWords.inTheWordsOf("The comments were, in the words of law professor Naomi "
                + "Schoenbaum, writing in Slate, "));
        assertNull(OwnedWords.inTheWordsOf("In the words of Josh Ewing, the canyons, which are old, "), "a clause, not an aside");
    }

    /** A word between the owner and the words ("Biden's recent prediction", "Trump's repeated claim") leaves them the owner's. */
    @Test
    void anAdjectiveBetweenTheOwnerAndTheWordsKeepsThemTheOwners() {
        assertEquals("Waldman", OwnedWords.ownerOfWords("What strikes me is Waldman's unchecked assertion that Trump's "
                + "accountability "));
        assertEquals("Biden", OwnedWords.ownerOfWords("Warren said, an allusion to Biden\u2019s recent prediction that Republicans "
                + "will have "));
    }

    /** "…,” in Paglia’s words: the quotation is the named owner's. */
    @Test
    void aNamesWordsAfterTheQuotationAreTheirs() {
        assertEquals("Paglia", OwnedWords.wordsOfAfter(" in Paglia\u2019s words, revealing her resolve."));
        assertEquals("Oprah Winfrey", OwnedWords.wordsOfAfter(" in Oprah Winfrey's own words."));
        assertNull(OwnedWords.wordsOfAfter(" in other words, nothing."));
    }

    /**
     * What the words were about, then a dash or a colon handing over to them: "Mrs. Clinton’s famous alibi for her
     * misfeasance as secretary of state — “…”", "His explanation: “…”"; a noun for what someone answered or urged given
     * by "is" still is ("Facebook’s early motto was “…”").
     */
    @Test
    void wordsAfterADashOrAColonAreTheOwners() {
        assertEquals("Clinton", OwnedWords.ownerOfWords("The Times rushed to second Mrs. Clinton\u2019s famous alibi for her "
                + "tortured misfeasance as secretary of state \u2014 "));
        assertEquals("Donald Trump", OwnedWords.ownerOfWords("Then came Donald Trump\u2019s explanation: "));
        assertEquals("Facebook", OwnedWords.ownerOfWords("We should be skeptical; Facebook\u2019s early motto was "));
        assertNull(OwnedWords.ownerOfWords("She recalled Trump\u2019s claim about the wall as he told reporters \u2014 "),
                "a verb of speech between: the words are that speaker's");
    }
}
