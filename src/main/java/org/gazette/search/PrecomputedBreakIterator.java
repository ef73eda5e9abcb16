package org.gazette.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A break iterator that finds a text's boundaries in one forward pass of another, as far as it is asked to
 * look, and answers {@link #following} and {@link #preceding} by binary search over what it has found. The
 * JDK's rule-based iterator is slow at those two (it re-reads text backwards from a safe point each time), and
 * the highlighter calls them for every passage of every hit; a snippet from an article's opening reads only
 * its first sentences.
 */
final class PrecomputedBreakIterator extends BreakIterator {
    private final BreakIterator delegate;
    private CharacterIterator text = new StringCharacterIterator("");
    private int[] breaks = {0};
    private int count = 1;
    private boolean complete = true;
    private int index;

    PrecomputedBreakIterator(BreakIterator delegate) {
        this.delegate = delegate;
    }

    @Override
    public void setText(String newText) {
        text = new StringCharacterIterator(newText);
        delegate.setText(newText); // as a string: the sentence iterator reads it directly
        reset();
    }

    @Override
    public void setText(CharacterIterator newText) {
        text = newText;
        delegate.setText(newText);
        reset();
    }

    private void reset() {
        breaks = new int[16];
        breaks[0] = delegate.first();
        count = 1;
        complete = false;
        index = 0;
    }

    /** Reads boundaries until one lies beyond {@code offset} or the text ends. */
    private void findBeyond(int offset) {
        while (!complete && breaks[count - 1] <= offset) {
            int p = delegate.next();
            if (p == DONE) {
                complete = true;
            } else {
                if (count == breaks.length) {
                    breaks = Arrays.copyOf(breaks, count * 2);
                }
                breaks[count++] = p;
            }
        }
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
        findBeyond(Integer.MAX_VALUE - 1);
        index = count - 1;
        return breaks[index];
    }

    @Override
    public int current() { return breaks[index]; }

    @Override
    public int next() {
        if (index >= count - 1) {
            findBeyond(breaks[count - 1]);
            if (index >= count - 1) {
                return DONE;
            }
        }
        return breaks[++index];
    }

    @Override
    public int next(int n) {
        return step(this, n);
    }

    /** {@link BreakIterator#next(int)} by single steps: {@code n} boundaries on, or back when negative. */
    static int step(BreakIterator it, int n) {
        int result = it.current();
        for (int i = 0; i < n && result != DONE; i++) {
            result = it.next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = it.previous();
        }
        return result;
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
        findBeyond(offset);
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
        findBeyond(offset);
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
        findBeyond(offset);
        return Arrays.binarySearch(breaks, 0, count, offset) >= 0;
    }
}
