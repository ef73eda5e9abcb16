package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written checks that replaced patterns in the attribution sieve answer exactly as the patterns did,
 * on stretches of the sample articles and on made-up strings full of the characters they look at.
 */
class TextChecksTest {
    private static final Pattern OTHER_SENTENCE = Pattern.compile("(?s).*([;!?\"\u201C\u201D\n]|\\p{L}{4,}\\.\\s+\\p{Lu}).*");
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern ACCORDING_TO = Pattern.compile("according to", Pattern.CASE_INSENSITIVE);

    @Test
    void theChecksAgreeWithThePatternsTheyReplaced() throws Exception {
        List<String> samples = new ArrayList<>(List.of("", " ", "in Moscow. The", "Moscow.  The", "in Oslo. the", "abc. The",
                "Kyiv.\tÉtat", "word.\u00A0The", "word.\u2009The", "ÅÄÖÜ. Ä", "said, adding", "x; y", "one two  three\tfour five",
                " \u0001a b ", "ACCORDING TO Reuters", "accordingto", "Accord ing to", "according  to", "ACCORDıNG TO"));
        Random random = new Random(7);
        String alphabet = "abcdEFG. \t\n;!?\"\u201C\u201DÄé\u2009\u00A0,";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        try (Stream<Path> files = Files.walk(Path.of("articles"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f);
                for (int at = 0; at + 1 < text.length(); at += 37) {
                    samples.add(text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(190))));
                }
            }
        }
        for (String s : samples) {
            assertEquals(OTHER_SENTENCE.matcher(s).matches(), Phrases.otherSentence(s), () -> "otherSentence: [" + s + "]");
            assertEquals(WS.split(s.trim()).length <= 4, Phrases.wordsAtMost(s, 4), () -> "wordsAtMost: [" + s + "]");
            if (ACCORDING_TO.matcher(s).find()) {
                assertEquals(true, Words.containsIgnoringCase(s, "according to"), () -> "containsIgnoringCase: [" + s + "]");
            }
        }
    }
}
