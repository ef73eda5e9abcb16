package org.gazette.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words asked about a word in place in the text, ignoring case, without making a string of
 * it: the extractor asks for every word of every article whether it is a speech verb, a role word or a pronoun,
 * and allocating a lower-cased copy each time was most of its work. Open addressing on a case-folded hash.
 */
final class WordSet {
    private final String[] slots;
    private final int mask;
    /** Bit n set when some word has n chars (n < 64): most words asked about are ruled out by length alone. */
    private final long lengths;
    /**
     * For a word starting with ASCII letter c: bit n of {@code byFirst[c - 'a']} set when some word of n chars
     * starts with c. Rules out most of the rest without hashing (all words of the set start with ASCII letters
     * unless {@code otherFirst}).
     */
    private final long[] byFirst = new long[26];
    private final boolean otherFirst;
    /** The same for the last char: {@code byLast[c - 'a']} (all words end in ASCII letters unless {@code otherLast}). */
    private final long[] byLast = new long[26];
    private final boolean otherLast;

    WordSet(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        slots = new String[size];
        mask = size - 1;
        long lens = 0;
        boolean other = false;
        boolean otherEnd = false;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            long bit = lower.length() < 64 ? 1L << lower.length() : 1L << 63;
            lens |= bit;
            char f = lower.isEmpty() ? 0 : lower.charAt(0);
            if (f >= 'a' && f <= 'z') {
                byFirst[f - 'a'] |= bit;
            } else {
                other = true;
            }
            char l = lower.isEmpty() ? 0 : lower.charAt(lower.length() - 1);
            if (l >= 'a' && l <= 'z') {
                byLast[l - 'a'] |= bit;
            } else {
                otherEnd = true;
            }
            int i = hash(lower, 0, lower.length()) & mask;
            while (slots[i] != null && !slots[i].equals(lower)) {
                i = (i + 1) & mask;
            }
            slots[i] = lower;
        }
        lengths = lens;
        otherFirst = other;
        otherLast = otherEnd;
    }

    /** Whether {@code text[start, end)} is one of the words, in any case. */
    boolean contains(String text, int start, int end) {
        int len = end - start;
        long bit = 1L << Math.min(len, 63);
        if ((lengths & bit) == 0 || len == 0) {
            return false;
        }
        int f = (text.charAt(start) | 32) - 'a';
        if (f >= 0 && f < 26 && text.charAt(start) < 128 && (byFirst[f] & bit) == 0 && !otherFirst) {
            return false;
        }
        char lastChar = text.charAt(end - 1);
        int l = (lastChar | 32) - 'a';
        if (l >= 0 && l < 26 && lastChar < 128 && (byLast[l] & bit) == 0 && !otherLast) {
            return false;
        }
        int i = hash(text, start, end) & mask;
        for (String s = slots[i]; s != null; s = slots[i = (i + 1) & mask]) {
            if (s.length() == len && sameIgnoringCase(s, text, start)) {
                return true;
            }
        }
        return false;
    }

    boolean contains(String word) {
        return contains(word, 0, word.length());
    }

    private static boolean sameIgnoringCase(String lower, String text, int start) {
        for (int k = 0; k < lower.length(); k++) {
            if (lowerCase(text.charAt(start + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A hash of the length and the first two and last two chars, folded: a word's ends tell most words of a list
     * apart, the table is at most a third full, and a candidate is compared in full anyway; hashing every char of
     * every word asked about cost more than the rest of the look-up.
     */
    private static int hash(String s, int start, int end) {
        int len = end - start;
        if (len == 0) {
            return 0;
        }
        int h = 31 * len + lowerCase(s.charAt(start));
        if (len > 1) {
            h = 31 * h + lowerCase(s.charAt(start + 1));
            h = 31 * h + lowerCase(s.charAt(end - 1));
            if (len > 3) {
                h = 31 * h + lowerCase(s.charAt(end - 2));
            }
        }
        return h ^ (h >>> 16);
    }

    private static char lowerCase(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c | 32) : c) : Character.toLowerCase(c);
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.stream(slots).filter(s -> s != null).sorted().toArray());
    }
}
