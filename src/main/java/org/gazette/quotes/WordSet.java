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

    WordSet(Set<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        slots = new String[size];
        mask = size - 1;
        for (String w : words) {
            String lower = w.toLowerCase(Locale.ROOT);
            int i = hash(lower, 0, lower.length()) & mask;
            while (slots[i] != null && !slots[i].equals(lower)) {
                i = (i + 1) & mask;
            }
            slots[i] = lower;
        }
    }

    /** Whether {@code text[start, end)} is one of the words, in any case. */
    boolean contains(CharSequence text, int start, int end) {
        int i = hash(text, start, end) & mask;
        int len = end - start;
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

    private static boolean sameIgnoringCase(String lower, CharSequence text, int start) {
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence s, int start, int end) {
        int h = end - start;
        for (int k = start; k < end; k++) {
            h = 31 * h + Character.toLowerCase(s.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    @Override
    public String toString() {
        return Arrays.toString(Arrays.stream(slots).filter(s -> s != null).sorted().toArray());
    }
}
