package org.gazette.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as {@code quotes PATH} reads it: the lines the furniture rules remove blanked out in place, and what
 * they cut out of kept lines (a pop-up card's text inside a sentence) taken out, so that the words around a cut meet as
 * in the archive's cleaned text ("Chairman Jerrold Nadler (D-N.Y.) said" with the card between gone, not 300 spaces
 * between the name and its verb); with the way back from an offset in it to the file's.
 */
public final class FurnitureFree {
    private final String text;
    /** Where each cut was, in {@link #text()}, ascending. */
    private final int[] at;
    /** How many chars the cuts up to and including each one took out. */
    private final int[] removed;

    FurnitureFree(String text, int[] at, int[] removed) {
        this.text = text;
        this.at = at;
        this.removed = removed;
    }

    /** The text to read. */
    public String text() {
        return text;
    }

    /** Where the char at {@code pos} of {@link #text()} is in the file's text. */
    public int originalStart(int pos) {
        int k = lastAtOrBefore(pos, true);
        return k < 0 ? pos : pos + removed[k];
    }

    /** Where an end (exclusive) at {@code pos} of {@link #text()} is in the file's text: before a cut that starts there. */
    public int originalEnd(int pos) {
        int k = lastAtOrBefore(pos, false);
        return k < 0 ? pos : pos + removed[k];
    }

    /** The last cut at or before {@code pos} ({@code inclusive}) or before it; -1 if none. */
    private int lastAtOrBefore(int pos, boolean inclusive) {
        int lo = 0;
        int hi = at.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (inclusive ? at[mid] <= pos : at[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** {@code blanked} (the file's length) without the merged spans {@code cuts} ({start, end} in it, any order). */
    static FurnitureFree of(String blanked, List<int[]> cuts) {
        if (cuts.isEmpty()) {
            return new FurnitureFree(blanked, new int[0], new int[0]);
        }
        List<int[]> sorted = new ArrayList<>(cuts);
        sorted.sort(java.util.Comparator.comparingInt(c -> c[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] c : sorted) { // a later cut over a place an earlier one emptied: one span
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && c[0] <= last[1]) {
                last[1] = Math.max(last[1], c[1]);
            } else {
                merged.add(new int[] {c[0], c[1]});
            }
        }
        StringBuilder out = new StringBuilder(blanked.length());
        int[] at = new int[merged.size()];
        int[] removed = new int[merged.size()];
        int from = 0;
        int total = 0;
        for (int k = 0; k < merged.size(); k++) {
            int[] c = merged.get(k);
            out.append(blanked, from, c[0]);
            total += c[1] - c[0];
            at[k] = out.length();
            removed[k] = total;
            from = c[1];
        }
        out.append(blanked, from, blanked.length());
        return new FurnitureFree(out.toString(), at, removed);
    }
}
