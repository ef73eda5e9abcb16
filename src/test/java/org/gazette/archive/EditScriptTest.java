package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EditScriptTest {
    private static String roundTrip(String original, String cleaned) {
        EditScript.Script s = EditScript.of(original, cleaned);
        return EditScript.apply(s.ops(), 0, s.ops().length, s.spelled(), cleaned);
    }

    @Test
    void onlyWhatCleanupTookOutIsSpelledOut() {
        String original = "Watch LIVE\r\n  Allies meet in Brussels  \r\nPhoto: Reuters\r\n"
                + "\u201CWe are ready,\u201D Jens Stoltenberg said. [Sign up for our newsletter] The talks go on.\r\nMost recent";
        String cleaned = "Allies meet in Brussels\n\n\u201CWe are ready,\u201D Jens Stoltenberg said. The talks go on.";
        EditScript.Script s = EditScript.of(original, cleaned);
        assertEquals(original, EditScript.apply(s.ops(), 0, s.ops().length, s.spelled(), cleaned));
        assertEquals("Watch LIVE\r\n  " + "  \r\nPhoto: Reuters\r\n" + "[Sign up for our newsletter] " + "\r\nMost recent",
                s.spelled());
    }

    @Test
    void anyTwoTextsComeBackExactly() {
        assertEquals("", roundTrip("", ""));
        assertEquals("", roundTrip("", "a cleaned text with no original"));
        assertEquals("no cleaned text", roundTrip("no cleaned text", ""));
        assertEquals("unrelated words", roundTrip("unrelated words", "nothing alike"));
        assertEquals("the cleaned text, retyped", roundTrip("the cleaned text, retyped", "The Cleaned Text, Retyped"));
        assertEquals("twice twice", roundTrip("twice twice", "twice"));
        Random random = new Random(7);
        String letters = "ab \n\u00e9\uD83D\uDE00\uD83D\uDE01.\r"; // includes two surrogate pairs that share a first half
        for (int round = 0; round < 2_000; round++) {
            String original = randomText(random, letters, random.nextInt(60));
            StringBuilder cleaned = new StringBuilder();
            for (int i = 0; i < original.length(); i++) { // keep most of it, drop some, add joins
                int r = random.nextInt(10);
                if (r < 7) {
                    cleaned.append(original.charAt(i));
                } else if (r == 7) {
                    cleaned.append("\n\n");
                }
            }
            assertEquals(original, roundTrip(original, cleaned.toString()), "round " + round);
        }
    }

    @Test
    void aRunNeverSplitsASurrogatePair() {
        String original = "x\uD83D\uDE00 y";
        String cleaned = "\uDE00 y"; // the cleaned text begins with the pair's second half (a damaged cut)
        EditScript.Script s = EditScript.of(original, cleaned);
        assertEquals(original, EditScript.apply(s.ops(), 0, s.ops().length, s.spelled(), cleaned));
        assertTrue(s.spelled().equals("x\uD83D\uDE00"), s.spelled()); // the pair spelled out whole, so UTF-8 keeps it
    }

    private static String randomText(Random random, String letters, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(letters.charAt(random.nextInt(letters.length())));
        }
        return sb.toString();
    }
}
