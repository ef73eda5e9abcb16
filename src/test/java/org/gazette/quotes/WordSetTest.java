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

    @Test
    void answersAsASetOfLowerCaseWordsWouldForAnyWord() {
        java.util.Set<String> words = Set.of("said", "says", "told", "added", "gen.", "über", "état", "'em", "x", "ma'am", "co-chair");
        WordSet set = new WordSet(words);
        java.util.Random random = new java.util.Random(5);
        String alphabet = "saidoltygenSAIDÜEÉberta.'-mxchX";
        for (int i = 0; i < 200_000; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(8); k > 0; k--) {
                w.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = random.nextInt(4) == 0 ? words.stream().skip(random.nextInt(words.size())).findFirst().orElseThrow().toUpperCase(java.util.Locale.ROOT) : w.toString();
            String text = "<" + word + ">";
            org.junit.jupiter.api.Assertions.assertEquals(words.contains(word.toLowerCase(java.util.Locale.ROOT)), set.contains(text, 1, text.length() - 1), word);
        }
    }
}
