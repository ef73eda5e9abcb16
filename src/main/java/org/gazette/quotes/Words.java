package org.gazette.quotes;

/**
 * A hand-written scanner over the words of a text (a letter, then letters, apostrophes, dots and hyphens, and
 * digits after a hyphen: "B-37", "COVID-19"),
 * used where a regex per article was the import's hot spot. Call {@link #next()} until it returns false.
 */
final class Words {
    private final String text;
    private final int end;
    private int pos;
    private int start;
    private int stop;

    /** Words read from a table of word positions ({@link Tokens}) instead of from the characters. */
    private final int[] starts;
    private final int[] ends;
    private int next;
    private final int count;

    Words(String text, int from, int to) {
        this.text = text;
        this.pos = from;
        this.end = to;
        this.starts = null;
        this.ends = null;
        this.count = 0;
    }

    Words(String text, int[] starts, int[] ends, int first, int count, int to) {
        this.text = text;
        this.end = to;
        this.starts = starts;
        this.ends = ends;
        this.next = first;
        this.count = count;
    }

    Words(String text) {
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
            } else if (digitGoesOn(c, text.charAt(pos - 1))) {
                pos++;
            } else {
                break;
            }
        }
        stop = pos;
        return true;
    }

    /** An ASCII digit (Character.isDigit also takes other scripts' digits, which join no word here). */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether digit {@code c} goes on the word that {@code before} ends: a number after a hyphen ("B-37", "COVID-19"). */
    static boolean digitGoesOn(char c, char before) {
        return isDigit(c) && (before == '-' || isDigit(before));
    }

    /** Whether {@code s[from, to)} holds an ASCII digit. */
    static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
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

    /**
     * Where {@code c} first occurs in {@code text[from, to)}, or -1. Bounded, unlike {@code String.indexOf}: a search
     * for a comma that the sentence lacks must not read on to the end of a text with no commas outside its quotes.
     */
    static int indexOf(String text, char c, int from, int to) {
        for (int i = Math.max(from, 0), end = Math.min(to, text.length()); i < end; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where {@code s} first starts in {@code text} at {@code from} or after and before {@code to} (it may run on past
     * {@code to}), or -1: a search that stops there, where {@code String.indexOf} would read on to the text's end.
     */
    static int indexOf(String text, String s, int from, int to) {
        for (int i = Math.max(from, 0), end = Math.min(to, text.length() - s.length() + 1); i < end; i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where {@code c} last occurs in {@code text[from, to)}, or -1. Bounded, as {@link #indexOf(String, char, int, int)}:
     * {@code String.lastIndexOf} reads back to the text's start, once per sentence, where the sentence lacks the mark.
     */
    static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = Math.min(to, text.length()) - 1, start = Math.max(from, 0); i >= start; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** The char before {@code at} past spaces and tabs; a line end at the text's start (as if a line ended there). */
    static char charBeforeSpaces(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 ? '\n' : text.charAt(i);
    }

    /** Whether {@code c} is a dash: a hyphen typed for one, an en dash or an em dash. */
    static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** Whether a dash set off by spaces stands at {@code i} ("a - b", "a – b", "a — b"). */
    static boolean spacedDashAt(String text, int i) {
        return i > 0 && i + 1 < text.length() && isDash(text.charAt(i)) && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }

    /** True when only white space lies between the previous word's end and this word's start. */
    static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where the white space before {@code end} begins (so {@code end} itself when none). */
    static int spaceStartBefore(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** Where the spaces before {@code end} begin, on the same line (a line break is not passed). */
    static int lineSpaceStartBefore(String text, int end) {
        int e = end;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** Where the word ending at {@code end} starts: letters and hyphens, and full stops with {@code dots} ("Sen."). */
    static int wordStartBefore(String text, int end, boolean dots) {
        int at = end;
        while (at > 0 && (Character.isLetter(text.charAt(at - 1)) || text.charAt(at - 1) == '-'
                || dots && text.charAt(at - 1) == '.')) {
            at--;
        }
        return at;
    }

    /** Where the run of non-space characters that ends at {@code end} begins. */
    static int tokenStartBefore(String text, int end) {
        int b = end;
        while (b > 0 && !Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /**
     * What {@code Pattern.compile("\\s+").split(s, limit)} gives, without a regex: the cue passes split every
     * quotation's neighbouring sentence into words, and the regex's matcher was a tenth of their time.
     */
    static String[] splitOnSpaces(String s, int limit) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>();
        int n = s.length();
        int index = 0;
        int i = 0;
        boolean matched = false;
        while (i < n && (limit <= 0 || parts.size() < limit - 1)) {
            if (!regexSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && regexSpace(s.charAt(j))) {
                j++;
            }
            parts.add(s.substring(index, i));
            index = j;
            i = j;
            matched = true;
        }
        if (!matched) {
            return new String[] {s};
        }
        parts.add(s.substring(index));
        int size = parts.size();
        if (limit == 0) {
            while (size > 0 && parts.get(size - 1).isEmpty()) {
                size--;
            }
        }
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** As {@code s.split("\\s+")}: trailing empty parts dropped. */
    static String[] splitOnSpaces(String s) {
        return splitOnSpaces(s, 0);
    }

    /** The first of {@link #splitOnSpaces}'s parts: {@code s} up to its first space ("" when it opens with one). */
    static String firstOnSpaces(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (regexSpace(s.charAt(i))) {
                return s.substring(0, i);
            }
        }
        return s;
    }

    /** The last of {@link #splitOnSpaces}'s parts of a text without trailing spaces: after its last space. */
    static String lastOnSpaces(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (regexSpace(s.charAt(i))) {
                return s.substring(i + 1);
            }
        }
        return s;
    }

    /** {@code \s} as Java's regex reads it by default: ASCII white space only. */
    static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
