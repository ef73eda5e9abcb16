package org.gazette.quotes;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable set of words, asked whether it holds a word exactly (case counts), for the extractor's many fixed
 * word lists. {@code Set.of} would do, but the extractor asks its lists millions of times about words it has just cut
 * out of a text, whose hash is not yet known: here a word whose length no entry has is ruled out before it is hashed,
 * and the table's size is a power of two (no division per look-up). Like {@code Set.of}: no nulls, no repeats.
 */
final class Lexicon extends AbstractSet<String> {
    private final String[] slots;
    private final int mask;
    private final int size;
    /** Bit n set when some word has n chars (bit 63: 63 or more). */
    private final long lengths;

    private Lexicon(Collection<String> words, boolean repeatsAllowed) {
        int capacity = Integer.highestOneBit(Math.max(2, words.size()) * 2) << 1; // at most a quarter full
        slots = new String[capacity];
        mask = capacity - 1;
        long lens = 0;
        int n = 0;
        for (String w : words) {
            if (w == null) {
                throw new NullPointerException("a word list holds null");
            }
            int i = slot(w.hashCode());
            while (slots[i] != null && !slots[i].equals(w)) {
                i = (i + 1) & mask;
            }
            if (slots[i] != null) {
                if (!repeatsAllowed) {
                    throw new IllegalArgumentException("a word list holds \"" + w + "\" twice");
                }
                continue;
            }
            slots[i] = w;
            lens |= bit(w.length());
            n++;
        }
        size = n;
        lengths = lens;
    }

    /** The words, each once (as {@code Set.of}: a word given twice is a mistake in the list). */
    static Set<String> of(String... words) {
        return new Lexicon(Arrays.asList(words), false);
    }

    /** The words of {@code words}, repeats dropped (as {@code Set.copyOf}). */
    static Set<String> copyOf(Collection<String> words) {
        return new Lexicon(words, true);
    }

    private static long bit(int length) {
        return 1L << Math.min(length, 63);
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String w) || (lengths & bit(w.length())) == 0) {
            return false;
        }
        for (int i = slot(w.hashCode()); slots[i] != null; i = (i + 1) & mask) {
            if (slots[i].equals(w)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next = advance(0);

            private int advance(int from) {
                int i = from;
                while (i < slots.length && slots[i] == null) {
                    i++;
                }
                return i;
            }

            @Override
            public boolean hasNext() {
                return next < slots.length;
            }

            @Override
            public String next() {
                if (next >= slots.length) {
                    throw new NoSuchElementException();
                }
                String w = slots[next];
                next = advance(next + 1);
                return w;
            }
        };
    }
}
