package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The extractor asks quick hand-written tests before (or instead of) a regex on every quotation. Each must agree
 * with the pattern it stands for: a quick "no" where the pattern would match would lose a speaker. Checked on
 * texts drawn from the pieces the patterns look for, so that near misses are common.
 */
class PatternShortcutsTest {
    private static final String[] PIECES = {"as", "As", " ", "  ", "\n", "\t", "put", "puts", "said", "says", "wrote",
        "described", "it", "its", "It", ",", ".", "the", "aide", "Trump", "he", "she", "and", "but", "AND", "i", "we",
        "they", "who", "that", "which", "’", "'", "-", "é", "\uD835\uDC00", "PENCE", ":", "Mr.", "\u201C", "x"};

    /** The pieces "as … put it" is made of, and near misses. */
    private static final String[] PUT_IT_PIECES = {"as", "as", "As", " ", " ", " ", "\n", "put", "puts", "said", "wrote",
        "described", "it", "it", "its", "It", ",", ".", "\u201C", "the aide", "Trump", "x"};

    /** "as the aide put it", slot by slot, each slot sometimes filled wrong. */
    private static String putItLike(Random random) {
        String[][] slots = {{"", "x ", "As ", "was "}, {"as", "as", "As", "has"}, {" ", "  ", "\n", ""},
            {"the aide", "Trump", "x", "the aide, his", "a.b", "\u201C", "o"}, {",", "", ";"}, {" ", "\t", ""},
            {"put", "puts", "said", "says", "wrote", "writes", "described", "describes", "putt", "pu"}, {" ", "  ", ""},
            {"it", "its", "It", "it.", "i"}, {"", " x", ".", "s"}};
        StringBuilder sb = new StringBuilder();
        for (String[] slot : slots) {
            sb.append(slot[random.nextInt(slot.length)]);
        }
        return sb.toString();
    }

    private static String draw(Random random, int pieces) {
        return draw(random, pieces, PIECES);
    }

    private static String draw(Random random, int pieces, String[] from) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < pieces; k++) {
            sb.append(from[random.nextInt(from.length)]);
        }
        return sb.toString();
    }

    @Test
    void aQuickNoForAsPutItOnlyWhereThePatternFindsNothing() {
        Random random = new Random(5);
        int matched = 0;
        for (int n = 0; n < 200_000; n++) {
            String s = random.nextBoolean() ? draw(random, 1 + random.nextInt(12), PUT_IT_PIECES) : putItLike(random);
            if (QuoteAttributor.AS_PUT_IT.matcher(s).find()) {
                matched++;
                assertTrue(QuoteAttributor.mayPutIt(s), s);
            }
        }
        assertTrue(matched > 100, "the drawn texts should match the pattern often enough to test: " + matched);
        assertTrue(QuoteAttributor.mayPutIt("as the senator put it"));
        assertFalse(QuoteAttributor.mayPutIt("as the senator said"));
        assertFalse(QuoteAttributor.mayPutIt("the senator put it"));
    }

    @Test
    void aQuickNoForAPronounOnlyWhereThePatternDoesNotMatch() {
        Random random = new Random(6);
        for (int n = 0; n < 200_000; n++) {
            String s = draw(random, 1 + random.nextInt(4));
            if (Phrases.PRONOUN.matcher(s).matches()) {
                assertTrue(Phrases.mayBePronoun(s), s);
            }
        }
        assertTrue(Phrases.mayBePronoun("and  he"));
        assertFalse(Phrases.mayBePronoun("the aide"));
    }

    @Test
    void aQuickNoForATranscriptLabelOnlyWhereThePatternDoesNotMatch() {
        Random random = new Random(7);
        String[][] slots = {{"P", "\uD835\uDC00", "É", "e", "-", "'", " "}, {"E", "-", "'", "’", ".", " ", "e", "\uD835\uDC00", ":"},
            {"NCE", "", " J. R", "-O", "x"}, {":", "", " :"}, {" ", "\n", "", "x"}};
        int matched = 0;
        for (int n = 0; n < 100_000; n++) {
            StringBuilder label = new StringBuilder();
            for (String[] slot : slots) {
                label.append(slot[random.nextInt(slot.length)]);
            }
            String s = random.nextBoolean() ? draw(random, 1 + random.nextInt(5)) : label.toString();
            if (QuoteAttributor.LABEL.matcher(s).lookingAt()) {
                matched++;
                assertTrue(QuoteAttributor.mayBeLabel(s), s);
            }
        }
        assertTrue(matched > 100, "the drawn texts should match the pattern often enough to test: " + matched);
        assertTrue(QuoteAttributor.mayBeLabel("PENCE: Well"));
        assertFalse(QuoteAttributor.mayBeLabel("We are ready"));
    }

    @Test
    void theFirstWordTakenOffAsTheRegexWould() {
        Pattern firstWord = Pattern.compile("^\\S+\\s*");
        Random random = new Random(8);
        for (int n = 0; n < 50_000; n++) {
            String s = draw(random, random.nextInt(6));
            int from = random.nextInt(s.length() + 1);
            assertEquals(firstWord.matcher(s.substring(from)).replaceFirst(""), Phrases.afterFirstWord(s, from), s + " @" + from);
        }
    }

    @Test
    void theLetterRunCutAsSplittingOnANonLetterWould() {
        Pattern nonLetter = Pattern.compile("[^\\p{L}]");
        Random random = new Random(9);
        for (int n = 0; n < 50_000; n++) {
            String s = draw(random, random.nextInt(6));
            int from = random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            assertEquals(nonLetter.split(s.substring(from, to), 2)[0], Phrases.letterRun(s, from, to), s + " " + from + ".." + to);
        }
    }

    @Test
    void spacesCollapsedAsTheRegexWould() {
        Pattern spaces = Pattern.compile("\\s+");
        String[] pieces = {" ", "  ", "\n", "\t", "\r", "\f", "\u000B", "\u00A0", "\u2003", "a", "Trump", ",", "\u201C"};
        Random random = new Random(10);
        for (int n = 0; n < 50_000; n++) {
            String s = draw(random, random.nextInt(8), pieces);
            assertEquals(spaces.matcher(s).replaceAll(" "), SpeakerPhrase.collapseSpaces(s), s);
        }
    }

    @Test
    void aPossessiveWordSeenAsThreeSearchesWouldSeeIt() {
        String[] pieces = {"h", "H", "is", "IS", "er", "eR", "eir", "EI", "r", "i", "s", "t", " ", "'", "\u0130", "x"};
        Random random = new Random(11);
        int owning = 0;
        for (int n = 0; n < 100_000; n++) {
            String s = draw(random, random.nextInt(7), pieces);
            boolean expected = s.indexOf('\'') >= 0 || s.indexOf('\u2019') >= 0 || Words.containsIgnoringCase(s, "his")
                    || Words.containsIgnoringCase(s, "her") || Words.containsIgnoringCase(s, "heir");
            owning += expected ? 1 : 0;
            assertEquals(expected, OwnedWords.mayOwn(s), s);
        }
        assertTrue(owning > 1_000, "the drawn texts should hold possessives often enough to test: " + owning);
    }
}
