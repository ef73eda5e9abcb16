package org.gazette.quotes;

/**
 * A hand-written scanner over the words of a text (a letter, then letters, apostrophes, dots and hyphens),
 * used where a regex per article was the import's hot spot. Call {@link #next()} until it returns false.
 */
final class Words {
    private final CharSequence text;
    private final int end;
    private int pos;
    private int start;
    private int stop;

    /** Words read from a table of word positions ({@link Tokens}) instead of from the characters. */
    private final int[] starts;
    private final int[] ends;
    private int next;
    private final int count;

    Words(CharSequence text, int from, int to) {
        this.text = text;
        this.pos = from;
        this.end = to;
        this.starts = null;
        this.ends = null;
        this.count = 0;
    }

    Words(CharSequence text, int[] starts, int[] ends, int first, int count, int to) {
        this.text = text;
        this.end = to;
        this.starts = starts;
        this.ends = ends;
        this.next = first;
        this.count = count;
    }

    Words(CharSequence text) {
        this(text, 0, text.length());
    }

    boolean next() {
        if (starts != null) {
            if (next >= count || starts[next] >= end) {
                return false;
            }
            start = starts[next];
            stop = Math.min(ends[next], end); // a word running past the range ends with it, as when scanned
            next++;
            return true;
        }
        while (pos < end && !isLetter(text.charAt(pos))) {
            pos++;
        }
        if (pos >= end) {
            return false;
        }
        start = pos;
        pos++;
        while (pos < end) {
            char c = text.charAt(pos);
            if (isLetter(c) || c == '\'' || c == '\u2019' || c == '.' || c == '-') {
                pos++;
            } else {
                break;
            }
        }
        stop = pos;
        return true;
    }

    /** Character.isLetter with an ASCII fast path (this runs for every character of every article). */
    static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 32) - 'a') < 26 : Character.isLetter(c);
    }

    int start() { return start; }

    int end() { return stop; }

    String word() { return text.subSequence(start, stop).toString(); }

    /**
     * Whether {@code text} contains {@code lower} (lower-case ASCII letters and spaces) in any case: a quick test
     * before a case-insensitive pattern, which Java's regex runs without a fast search for its literal start.
     */
    static boolean containsIgnoringCase(String text, String lower) {
        char first = lower.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - lower.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i + 1, lower, 1, lower.length() - 1)) {
                return true;
            }
        }
        return false;
    }

    /** True when only white space lies between the previous word's end and this word's start. */
    static boolean onlySpaceBetween(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the white space before {@code end} begins (so {@code end} itself when none). */
    static int spaceStartBefore(CharSequence text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Where the run of non-space characters that ends at {@code end} begins. */
    static int tokenStartBefore(CharSequence text, int end) {
        int b = end;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }
}
