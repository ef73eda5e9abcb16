package org.gazette.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * Words that share a form with one letter deleted (or are equal), for finding spellings one letter apart among
 * thousands of names. Each word's forms are hashed in place, without a string per form: a text naming 100,000
 * people made a map of a million deleted strings most of its extraction time. Hashes may collide: the caller
 * confirms each candidate.
 */
final class DeletionIndex {
    private static final long P = 1_000_003L;
    private long[] keys;
    /** Per slot: the first entry with that key, -1 when empty. */
    private int[] heads;
    private int[] next;
    private int[] wordOf;
    private int entries;

    /** Over {@code words}, numbered by their place in the list. */
    DeletionIndex(List<String> words) {
        int forms = 0;
        for (String w : words) {
            forms += w.length() + 1;
        }
        int size = Integer.highestOneBit(Math.max(16, forms * 2 - 1)) << 1;
        keys = new long[size];
        heads = new int[size];
        Arrays.fill(heads, -1);
        next = new int[forms];
        wordOf = new int[forms];
        for (int i = 0; i < words.size(); i++) {
            int word = i;
            forms(words.get(i), key -> add(key, word));
        }
    }

    /** The numbers of the words sharing a form with {@code w}, ascending, each once. */
    int[] candidates(String w) {
        int mask = keys.length - 1;
        int[][] found = {new int[4]};
        int[] n = {0};
        forms(w, key -> {
            for (int slot = slot(key); heads[slot] >= 0; slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    for (int e = heads[slot]; e >= 0; e = next[e]) {
                        if (n[0] == found[0].length) {
                            found[0] = Arrays.copyOf(found[0], n[0] * 2);
                        }
                        found[0][n[0]++] = wordOf[e];
                    }
                    return;
                }
            }
        });
        return Arrays.stream(found[0], 0, n[0]).sorted().distinct().toArray();
    }

    private void add(long key, int word) {
        int mask = keys.length - 1;
        int slot = slot(key);
        while (heads[slot] >= 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        next[entries] = heads[slot];
        wordOf[entries] = word;
        heads[slot] = entries++;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & (keys.length - 1);
    }

    /**
     * The hash of {@code s} and of {@code s} with each letter deleted in turn: a polynomial hash of the form, from the
     * hashes of the part before the deleted letter and the part after it, with the form's length mixed in.
     */
    private static void forms(String s, java.util.function.LongConsumer out) {
        int n = s.length();
        long[] suffix = new long[n + 1]; // suffix[j]: the hash of s[j, n), as if it ended the form
        long[] pow = new long[n + 1];
        pow[0] = 1;
        for (int j = 1; j <= n; j++) {
            pow[j] = pow[j - 1] * P;
        }
        for (int j = n - 1; j >= 0; j--) {
            suffix[j] = s.charAt(j) * pow[n - 1 - j] + suffix[j + 1];
        }
        out.accept(suffix[0] * 31 + n); // the word itself
        long prefix = 0; // the hash of s[0, i)
        for (int i = 0; i < n; i++) {
            // s without s[i]: s[0, i) shifted past the n - 1 - i letters after it, then those letters
            out.accept((prefix * pow[n - 1 - i] + suffix[i + 1]) * 31 + (n - 1));
            prefix = prefix * P + s.charAt(i);
        }
    }
}
