package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void splittingOnSpacesGivesWhatTheRegexGives() {
        String[] samples = {"", " ", "  ", "a", " a", "a ", " a b  c ", "Hugh Hill,\ta doctor,\n said", "\u00A0nbsp\u2009thin",
            "said  Paula\u000BSumberg\f\r", "one"};
        for (String s : samples) {
            for (int limit = -1; limit <= 7; limit++) {
                assertArrayEquals(SPACES.split(s, limit), Words.splitOnSpaces(s, limit), "'" + s + "' limit " + limit);
            }
            assertArrayEquals(SPACES.split(s), Words.splitOnSpaces(s), s);
            assertEquals(SPACES.split(s, 2)[0], Words.firstOnSpaces(s), s);
        }
        Random random = new Random(5);
        char[] alphabet = {'a', 'B', ' ', ' ', '\t', '\n', ',', '\u00A0', '\u2014', '\r'};
        for (int n = 0; n < 5000; n++) {
            char[] c = new char[random.nextInt(12)];
            for (int i = 0; i < c.length; i++) {
                c[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(c);
            int limit = random.nextInt(8) - 1;
            assertArrayEquals(SPACES.split(s, limit), Words.splitOnSpaces(s, limit), "'" + s + "' limit " + limit);
            assertEquals(SPACES.split(s, 2)[0], Words.firstOnSpaces(s));
        }
    }

    @Test
    void boundedIndexOfLooksOnlyInsideItsRange() {
        String s = "one, two, three";
        assertEquals(3, Words.indexOf(s, ',', 0, s.length()));
        assertEquals(8, Words.indexOf(s, ',', 4, s.length()));
        assertEquals(-1, Words.indexOf(s, ',', 4, 8), "the comma at 8 lies at the range's end, outside it");
        assertEquals(-1, Words.indexOf(s, ',', 9, s.length()));
        assertEquals(3, Words.indexOf(s, ',', -5, 100), "a range past the text's ends is cut to the text");
        assertEquals(-1, Words.indexOf(s, ',', 10, 2));
        Random random = new Random(9);
        for (int n = 0; n < 2000; n++) {
            char[] c = new char[random.nextInt(30)];
            for (int i = 0; i < c.length; i++) {
                c[i] = ",a ".charAt(random.nextInt(3));
            }
            String t = new String(c);
            int from = random.nextInt(32) - 1;
            int to = random.nextInt(32) - 1;
            int expected = t.indexOf(',', Math.max(from, 0));
            expected = expected >= 0 && expected < Math.min(to, t.length()) ? expected : -1;
            assertEquals(expected, Words.indexOf(t, ',', from, to), t + " [" + from + ", " + to + ")");
        }
    }

    @Test
    void aWordIsFoundStartingInTheRangeEvenWhereItRunsPastIt() {
        String t = "said Smith and Smithers";
        assertEquals(5, Words.indexOf(t, "Smith", 0, 6), "starts at 5, ends at 10: past the range's end, still found");
        assertEquals(-1, Words.indexOf(t, "Smith", 0, 5), "none starts before 5");
        assertEquals(15, Words.indexOf(t, "Smith", 6, t.length()));
        assertEquals(-1, Words.indexOf(t, "Jones", 0, t.length()));
        assertEquals(-1, Words.indexOf(t, "Smithers!", 0, t.length()), "runs past the text");
        assertEquals(t.indexOf("and", 3), Words.indexOf(t, "and", 3, 100), "a range past the text's end is the text's end");
    }
}
