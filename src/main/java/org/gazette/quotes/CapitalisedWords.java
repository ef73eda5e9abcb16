package org.gazette.quotes;

import java.util.HashMap;
import java.util.Map;

/**
 * Where a capitalised word of a text stands as a word of its own or opens a longer one: "Smith" at every "Smith",
 * "Smith's" and "Smith-Jones" whose letters no letter precedes. The first few words asked for are searched for,
 * which costs least for an article's handful of names; past them, an index of every capitalised run of letters is
 * built in one pass: with a new name in every cue, a search per name made a file of 100,000 quotations quadratic
 * (43 s for 5 MB).
 */
final class CapitalisedWords {
    /** Words searched for before the index is built. */
    static final int SEARCHED = 8;
    private static final int[] NONE = new int[1];
    private final String text;
    private final char[] chars;
    private int searches;
    /** Per run: element 0 is how many positions follow it. */
    private Map<String, int[]> starts;

    /** Over {@code text}, whose characters {@code chars} holds (not to be changed). */
    CapitalisedWords(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    /**
     * Where {@code word} stands in the text at the start of a run of letters, in text order (at most {@code max}):
     * the positions whose letters run is {@code word}'s first run, and at which the text goes on with {@code word}.
     * {@code word} starts with a capital letter.
     */
    int[] at(String word, int max) {
        int run = 0;
        while (run < word.length() && Character.isLetter(word.charAt(run))) {
            run++;
        }
        if (starts == null && searches++ < SEARCHED) {
            return searched(word, run, max);
        }
        if (starts == null) {
            starts = index(chars);
        }
        int[] found = starts.getOrDefault(word.substring(0, run), NONE);
        int[] out = new int[Math.min(found[0], max)];
        int n = 0;
        for (int i = 1; i <= found[0] && n < out.length; i++) {
            if (startsWith(found[i], word)) {
                out[n++] = found[i];
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /** As {@link #at}, by searching the text: the occurrences no letter precedes whose run of letters is the word's first. */
    private int[] searched(String word, int run, int max) {
        int[] out = new int[Math.min(max, 4)];
        int n = 0;
        for (int at = text.indexOf(word); at >= 0 && n < max; at = text.indexOf(word, at + 1)) {
            if ((at == 0 || !Character.isLetter(chars[at - 1])) && (at + run == chars.length || !Character.isLetter(chars[at + run]))) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = at;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private boolean startsWith(int at, String word) {
        if (at + word.length() > chars.length) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (chars[at + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, int[]> index(char[] c) {
        Map<String, int[]> starts = new HashMap<>();
        int n = c.length;
        for (int p = 0; p < n; p++) {
            if (!Character.isUpperCase(c[p]) || p > 0 && Character.isLetter(c[p - 1])) {
                continue;
            }
            int end = p + 1;
            while (end < n && Character.isLetter(c[end])) {
                end++;
            }
            String run = new String(c, p, end - p);
            int[] at = starts.get(run);
            if (at == null) {
                at = new int[3];
                starts.put(run, at);
            } else if (at[0] + 1 == at.length) {
                at = java.util.Arrays.copyOf(at, at.length * 2);
                starts.put(run, at);
            }
            at[++at[0]] = p;
            p = end - 1;
        }
        return starts;
    }
}
