package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CapitalisedWordsTest {
    private static int[] at(String text, String word, int max) {
        return new CapitalisedWords(text, text.toCharArray()).at(word, max);
    }

    @Test
    void findsTheWordWhereItStandsOnItsOwnOrOpensAnother() {
        String text = "Smith said. Smithson and ArchSmith did not; Smith's aide and Smith-Jones did. O'Brien met O'Brien's.";
        assertArrayEquals(new int[] {0, 44, 61}, at(text, "Smith", 50), "not inside Smithson or ArchSmith");
        assertArrayEquals(new int[] {0}, at(text, "Smith", 1), "at most as many as asked for, first first");
        assertArrayEquals(new int[] {78, 90}, at(text, "O'Brien", 50));
        assertArrayEquals(new int[] {12}, at(text, "Smithson", 50));
        assertArrayEquals(new int[] {67}, at(text, "Jones", 50), "a hyphen is no letter: Jones starts a run of its own");
        assertArrayEquals(new int[0], at(text, "Aide", 50), "lower-case runs are not kept");
    }

    /** Against a plain search: every occurrence not preceded by a letter whose letters run ends where the word's first run does. */
    @Test
    void agreesWithAPlainSearchOnRandomTexts() {
        Random random = new Random(3);
        String[] pieces = {"Al", "Alan", "Al's", "Al-Sisi", "al", "Alabama", "Kal", " ", " ", ". ", ", ", "\u201D", "-", "'", "3"};
        String[] words = {"Al", "Alan", "Al's", "Al-Sisi", "Alabama"};
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            CapitalisedWords indexed = new CapitalisedWords(text, text.toCharArray());
            for (int i = 0; i < CapitalisedWords.SEARCHED; i++) {
                indexed.at("Filler", 1); // searches used up: what follows is read from the index
            }
            for (String word : words) {
                int max = 1 + random.nextInt(4);
                assertArrayEquals(plain(text, word, max), at(text, word, max), "searched: " + text + " / " + word);
                assertArrayEquals(plain(text, word, max), indexed.at(word, max), "indexed: " + text + " / " + word);
            }
        }
    }

    private static int[] plain(String text, String word, int max) {
        int run = 0;
        while (run < word.length() && Character.isLetter(word.charAt(run))) {
            run++;
        }
        List<Integer> out = new ArrayList<>();
        for (int at = text.indexOf(word); at >= 0 && out.size() < max; at = text.indexOf(word, at + 1)) {
            boolean starts = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean runEnds = at + run >= text.length() || !Character.isLetter(text.charAt(at + run));
            if (starts && runEnds) {
                out.add(at);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
