package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordOccurrencesTest {
    @Test
    void countsWholeWordsOnly() {
        String text = "Smith met Smithson. Smith's aide, ArchSmith and Jones-Smith left; Smith2 stayed. Smith.";
        WordOccurrences counts = new WordOccurrences(text);
        assertEquals(3, counts.of("Smith"), "Smith, Smith's and Smith.: not Smithson, ArchSmith, Jones-Smith or Smith2");
        assertEquals(1, counts.of("Smithson"));
        assertEquals(0, counts.of("Brown"));
    }

    /** Through the capitalised words, searched for or indexed, the counts are what a plain search gives. */
    @Test
    void theIndexCountsAsTheSearchDoes() {
        Random random = new Random(8);
        String[] pieces = {"Al", "Alan", "Al's", "Al-Sisi", "al", "Alabama", "Kal", "Al2", " ", " ", ". ", ", ", "\u201D", "-", "3"};
        String[] words = {"Al", "Alan", "Al's", "Al-Sisi", "Alabama", "Sisi", "Kal"};
        for (int n = 0; n < 1000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            WordOccurrences counts = new WordOccurrences(text);
            if (n % 2 == 0) {
                for (int i = 0; i < CapitalisedWords.SEARCHED; i++) {
                    counts.of("Filler" + (char) ('a' + i)); // searches used up: what follows is counted from the index
                }
            }
            for (String word : words) {
                assertEquals(WordOccurrences.searched(text, word), counts.of(word), text + " / " + word);
            }
        }
    }
}
