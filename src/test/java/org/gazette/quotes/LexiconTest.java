package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void holdsExactlyItsWords() {
        Set<String> verbs = Lexicon.of("said", "says", "told", "added", "according");
        assertTrue(verbs.contains("said"));
        assertTrue(verbs.contains("according"));
        assertTrue(verbs.contains(new String("told".toCharArray())), "a word cut out of a text, not the literal");
        assertFalse(verbs.contains("Said"), "case counts, as in Set.of");
        assertFalse(verbs.contains("sai"));
        assertFalse(verbs.contains("saying"));
        assertFalse(verbs.contains(""));
        assertFalse(verbs.contains(null));
        assertFalse(verbs.contains(42));
        assertEquals(5, verbs.size());
        assertEquals(Set.of("said", "says", "told", "added", "according"), verbs);
        assertEquals(new HashSet<>(verbs), Set.of("said", "says", "told", "added", "according"), "iterates every word once");
    }

    @Test
    void aWordGivenTwiceIsAMistakeButACopyDropsRepeats() {
        assertThrows(IllegalArgumentException.class, () -> Lexicon.of("said", "told", "said"));
        assertThrows(NullPointerException.class, () -> Lexicon.of("said", null));
        assertEquals(Set.of("a", "b"), Lexicon.copyOf(List.of("a", "b", "a")));
    }

    @Test
    void cannotBeChanged() {
        Set<String> words = Lexicon.of("he", "she");
        assertThrows(UnsupportedOperationException.class, () -> words.add("they"));
        assertThrows(UnsupportedOperationException.class, () -> words.remove("he"));
    }

    @Test
    void manyWordsOfManyLengths() {
        Set<String> all = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            all.add("w" + Integer.toString(i * 7919, 36) + "x".repeat(i % 70));
        }
        Set<String> lexicon = Lexicon.copyOf(all);
        assertEquals(all.size(), lexicon.size());
        for (String w : all) {
            assertTrue(lexicon.contains(w), w);
            assertFalse(lexicon.contains(w + "y"), w + "y");
        }
    }
}
