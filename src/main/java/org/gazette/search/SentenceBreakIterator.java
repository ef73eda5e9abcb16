package org.gazette.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found by a plain forward scan of the text: after '?' or '!' (with closing
 * quotes and brackets, and the spaces after them); after '.' likewise, unless the sentence goes on in lower case
 * ("e.g. the", "5 p.m. on Friday", "Oct. 7, 2019 in"), as the JDK's sentence instance has it; and after a line
 * break, where the JDK goes on across a heading or a caption without a full stop ("Personal litigation" and the
 * paragraph after it were one sentence). A blank line is no sentence of its own. The JDK's iterator read the text
 * through a {@link CharacterIterator} with its rule tables and was a quarter of a search's time with snippets; this
 * reads 2.6-2.9 ns a character against its 7.5-11 on this VM. It is read forward only, through {@link PrecomputedBreakIterator}, which
 * answers the other questions from the boundaries found.
 */
final class SentenceBreakIterator extends BreakIterator {
    private String text = "";
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder sb = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            sb.append(c);
        }
        setText(sb.toString());
    }

    @Override
    public CharacterIterator getText() { return new StringCharacterIterator(text); }

    @Override
    public int first() {
        current = 0;
        return 0;
    }

    @Override
    public int current() { return current; }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = boundaryAfter(text, current);
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        return PrecomputedBreakIterator.step(this, n);
    }

    /** Scans again from the start (this iterator is meant to be read forward). */
    @Override
    public int previous() {
        if (current == 0) {
            return DONE;
        }
        int target = current;
        int before = 0;
        for (int b = 0; b < target; b = boundaryAfter(text, b)) {
            before = b;
        }
        current = before;
        return current;
    }

    @Override
    public int following(int offset) {
        int b = 0;
        while (b <= offset && b < text.length()) {
            b = boundaryAfter(text, b);
        }
        current = b <= offset ? text.length() : b;
        return b <= offset ? DONE : b;
    }

    /** Scans from the start (this iterator is meant to be read forward). */
    @Override
    public int preceding(int offset) {
        int before = DONE;
        for (int b = 0; b < offset; b = boundaryAfter(text, b)) {
            before = b;
            if (b >= text.length()) {
                break;
            }
        }
        current = before == DONE ? 0 : before;
        return before;
    }

    /** The first sentence boundary after {@code from} (the text's length when none is left). */
    static int boundaryAfter(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (c > '?' && c < 0x80) {
                continue; // letters and most ASCII punctuation: no boundary (every sign that makes one is below '?' or not ASCII)
            }
            if (isLineBreak(c)) {
                return afterLineBreaks(s, i);
            }
            if (c != '.' && c != '?' && c != '!') {
                continue; // '…' is no end: "He said … it was"
            }
            int j = i + 1;
            while (j < n && isTerminator(s.charAt(j))) {
                j++; // "?!", "..."
            }
            while (j < n && isCloser(s.charAt(j))) {
                j++;
            }
            int spaces = j;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\u00A0')) {
                j++;
            }
            if (j == n) {
                return n;
            }
            if (j == spaces && !isLineBreak(s.charAt(j))) {
                continue; // "U.S.", "3.25", "Yahoo!News": no space, no boundary
            }
            if (isLineBreak(s.charAt(j))) {
                return afterLineBreaks(s, j);
            }
            if (c == '.' && continuesInLowerCase(s, j)) {
                continue;
            }
            return j;
        }
        return n;
    }

    /** Past the line breaks starting at {@code i}: a blank line is no sentence of its own. */
    private static int afterLineBreaks(String s, int i) {
        int j = i;
        while (j < s.length() && isLineBreak(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** After a full stop and its spaces: whether the next letter, past digits, spaces and punctuation, is a small one ("Oct. 7, 2019 in"). */
    private static boolean continuesInLowerCase(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (isLineBreak(c) || isTerminator(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '?' || c == '!';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028' || c == '\u0085';
    }
}
