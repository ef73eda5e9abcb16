package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetTest {
    private final WordSet verbs = new WordSet(Set.of("said", "says", "told", "added"));

    @Test
    void findsAWordInPlaceInAnyCase() {
        String text = "“We go,” Smith SAID on Monday. Said Jones: no. He Told us.";
        assertTrue(verbs.contains(text, text.indexOf("SAID"), text.indexOf("SAID") + 4));
        assertTrue(verbs.contains(text, text.indexOf("Said"), text.indexOf("Said") + 4));
        assertTrue(verbs.contains(text, text.indexOf("Told"), text.indexOf("Told") + 4));
    }

    @Test
    void aWordMustMatchWhole() {
        String text = "saidx sai say add added";
        assertFalse(verbs.contains(text, 0, 5));
        assertFalse(verbs.contains(text, 6, 9));
        assertFalse(verbs.contains(text, 10, 13));
        assertFalse(verbs.contains(text, 14, 17));
        assertTrue(verbs.contains(text, 18, 23));
        assertFalse(verbs.contains(""));
    }

    @Test
    void wordsThatStartOtherwiseThanAnyInTheSetAreStillAnsweredRight() {
        // the quick length-and-first-letter check must not turn a member away, nor let others in
        WordSet mixed = new WordSet(Set.of("Über", "état", "'em", "gen.", "x"));
        assertTrue(mixed.contains("über"));
        assertTrue(mixed.contains("ÉTAT"));
        assertTrue(mixed.contains("'EM"));
        assertTrue(mixed.contains("Gen."));
        assertTrue(mixed.contains("X"));
        assertFalse(mixed.contains("hen."));
        assertFalse(mixed.contains("y"));
        assertTrue(verbs.contains("ADDED"));
        assertFalse(verbs.contains("Tadded".substring(1, 5)));
        assertFalse(verbs.contains("tall"));
    }
}
