package org.gazette.quotes;

/**
 * Stretches of a text, {@code [start, end)} each, added in text order: two growable int arrays, so the words and
 * sentences of an article are kept without an object each.
 */
final class Spans {
    /** Read in place by {@link Words} (not to be changed); valid up to {@link #size()}. */
    int[] starts;
    int[] ends;
    private int count;

    Spans(int capacity) {
        starts = new int[Math.max(16, capacity)];
        ends = new int[starts.length];
    }

    void add(int start, int end) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    int size() { return count; }

    int start(int i) { return starts[i]; }

    int end(int i) { return ends[i]; }

    /** The index of the first span starting at or after {@code pos} ({@link #size()} if none). */
    int firstStartingAtOrAfter(int pos) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
