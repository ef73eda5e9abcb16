package org.gazette.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A break iterator that finds all of a text's boundaries in one forward pass of another, then answers
 * {@link #following} and {@link #preceding} by binary search. The JDK's rule-based iterator is slow at those
 * two (it re-reads text backwards from a safe point each time), and the highlighter calls them for every
 * passage of every hit.
 */
final class PrecomputedBreakIterator extends BreakIterator {
    private final BreakIterator delegate;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] breaks = {0};
    private int count = 1;
    private int index;

    PrecomputedBreakIterator(BreakIterator delegate) {
        this.delegate = delegate;
    }

    @Override
    public void setText(String newText) {
        setText(new StringCharacterIterator(newText));
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        delegate.setText(newText);
        int[] b = new int[16];
        int n = 0;
        for (int p = delegate.first(); p != DONE; p = delegate.next()) {
            if (n == b.length) {
                b = Arrays.copyOf(b, n * 2);
            }
            b[n++] = p;
        }
        breaks = b;
        count = n;
        index = 0;
    }

    @Override
    public CharacterIterator getText() { return text; }

    @Override
    public int first() {
        index = 0;
        return breaks[0];
    }

    @Override
    public int last() {
        index = count - 1;
        return breaks[index];
    }

    @Override
    public int current() { return breaks[index]; }

    @Override
    public int next() {
        if (index >= count - 1) {
            return DONE;
        }
        return breaks[++index];
    }

    @Override
    public int next(int n) {
        int target = index + n;
        if (target < 0 || target >= count) {
            index = target < 0 ? 0 : count - 1;
            return DONE;
        }
        index = target;
        return breaks[index];
    }

    @Override
    public int previous() {
        if (index <= 0) {
            return DONE;
        }
        return breaks[--index];
    }

    /** The first boundary after {@code offset}. */
    @Override
    public int following(int offset) {
        int i = Arrays.binarySearch(breaks, 0, count, offset);
        i = i >= 0 ? i + 1 : -i - 1;
        if (i >= count) {
            index = count - 1;
            return DONE;
        }
        index = i;
        return breaks[i];
    }

    /** The last boundary before {@code offset}. */
    @Override
    public int preceding(int offset) {
        int i = Arrays.binarySearch(breaks, 0, count, offset);
        i = i >= 0 ? i - 1 : -i - 2;
        if (i < 0) {
            index = 0;
            return DONE;
        }
        index = i;
        return breaks[i];
    }

    @Override
    public boolean isBoundary(int offset) {
        return Arrays.binarySearch(breaks, 0, count, offset) >= 0;
    }
}
