package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
