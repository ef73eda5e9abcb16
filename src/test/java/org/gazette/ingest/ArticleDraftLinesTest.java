package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The paragraph split and the word count, hand-written for speed, against what they replaced. */
class ArticleDraftLinesTest {
    @Test
    void paragraphsAreTheNonBlankStrippedLinesTheRegexSplitGave() {
        List<String> samples = new ArrayList<>(List.of("", "\n", "one", " a \r\n\r\n b\u2028c\u2029\rd\n\n",
                "\u2003x\u2003\n\t\n y \u00A0"));
        Random random = new Random(3);
        char[] alphabet = {'a', 'b', ' ', '\t', '\r', '\n', '\u2028', '\u2029', '\u00A0', '\u2003', '\u001C', '.'};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            samples.add(sb.toString());
        }
        for (String text : samples) {
            List<String> expected = new ArrayList<>();
            for (String raw : text.split("\r\n|\r|\n|\u2028|\u2029")) {
                if (!raw.strip().isEmpty()) {
                    expected.add(raw.strip());
                }
            }
            ArticleDraft d = new ArticleDraft(text);
            List<String> got = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                got.add(d.line(i));
            }
            assertEquals(expected, got, "[" + text + "]");
        }
    }

    @Test
    void wordsAreSeparatedByWhatCharacterIsWhitespaceCallsSpace() {
        for (char c = 0; c < 0xFFFF; c++) {
            int expected = Character.isWhitespace(c) ? 2 : 1;
            assertEquals(expected, Lines.words("a" + c + "b"), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void aLinesWordCountIsKeptWithTheDraft() {
        ArticleDraft d = new ArticleDraft("Title here\n\nOne two  three.\n\u2003four\u00A0five six\n");
        assertEquals(List.of(2, 3, 2), List.of(d.words(0), d.words(1), d.words(2))); // no-break space joins a word
        assertEquals(3, d.words(1)); // asked again: the same
    }

    @Test
    void findsWordsInAnyCaseAsLowerCasingTheLineWould() {
        List<String> lines = List.of("Voice is AI-generated.", "LISTEN to this", "listeN", "l\u0130sten", "text-to-speech",
                "\u212Aelvin", "narra", "", "audio", "A\u0130", "x\u212A", "\u0130 listen", "voic\u0130");
        for (String line : lines) {
            for (String word : List.of("voice", "listen", "ai-generated", "text-to-speech", "kelvin", "narrat", "audio", "ai", "xk", "k")) {
                assertEquals(line.toLowerCase(java.util.Locale.ROOT).contains(word), Lines.containsIgnoreCase(line, word),
                        line + " / " + word);
            }
            String lowered = line.toLowerCase(java.util.Locale.ROOT);
            assertEquals(lowered.contains("listen") || lowered.contains("audio") || lowered.contains("ai"),
                    Lines.containsIgnoreCase(line, "listen", "audio", "ai"), line);
        }
    }

    @Test
    void aLinesPositionIsTheShareOfTextBeforeItAndFollowsCuts() {
        ArticleDraft d = new ArticleDraft("aaaa\nbbbb\ncccccccc\ndddd");
        assertEquals(0.0, d.position(0));
        assertEquals(4 / 20.0, d.position(1));
        assertEquals(8 / 20.0, d.position(2));
        assertEquals(16 / 20.0, d.position(3));
        d.cut(1, 0, 2, "test"); // "bb" left: the lines after it move up by the two characters cut
        assertEquals(4 / 20.0, d.position(1));
        assertEquals(6 / 20.0, d.position(2));
        assertEquals(14 / 20.0, d.position(3));
    }
}
