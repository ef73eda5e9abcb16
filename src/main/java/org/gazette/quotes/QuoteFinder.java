package org.gazette.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans inside double quotation marks, straight or curly, in one left-to-right pass (linear in the
 * text, no backtracking). Single quotes are nested marks and never open a quotation. A paragraph that opens a
 * quotation without closing it gives a quote to its end (the convention for quotations over several
 * paragraphs: the next paragraph reopens it). Odd or unbalanced marks give a sane result, never an error.
 */
public final class QuoteFinder {
    private QuoteFinder() { }

    /** Raw spans, before any filtering of titles or scare quotes. */
    public static List<Quote> spans(String text) {
        List<Quote> out = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        Marks marks = new Marks(text);
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (marks.from(lineStart) < lineEnd) {
                scanLine(text, lineStart, lineEnd, out, marks);
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * Where the next double quotation mark is, from a position on: each kind of mark is found with
     * {@code String.indexOf}, which the JVM runs over many characters at once, and remembered until passed, so the
     * text is searched once per kind instead of read a character at a time (a third of finding an article's spans).
     */
    private static final class Marks {
        private static final char[] KINDS = {'"', '\u201C', '\u201D', '\u201E'};
        /**
         * Two single marks typed for a double one, as some outlets set quotations ("“We will not bail out the banks,’’
         * he said", "…,'' he said"): found as pairs, since a single one is an apostrophe or a nested quotation's mark.
         */
        private static final String[] PAIRS = {CLOSING_PAIR, OPENING_PAIR, STRAIGHT_CLOSING_PAIR};
        private static final int NONE = Integer.MAX_VALUE;
        private final String text;
        private final int[] next = {-1, -1, -1, -1, -1, -1, -1};

        Marks(String text) { this.text = text; }

        /** The first mark at or after {@code pos}, or {@code Integer.MAX_VALUE}; positions asked for never decrease. */
        int from(int pos) {
            int first = NONE;
            for (int k = 0; k < next.length; k++) {
                if (next[k] < pos) {
                    int at = k < KINDS.length ? text.indexOf(KINDS[k], pos) : text.indexOf(PAIRS[k - KINDS.length], pos);
                    next[k] = at < 0 ? NONE : at;
                }
                first = Math.min(first, next[k]);
            }
            return first;
        }
    }

    /** Two right single marks that close a quotation ("…,’’ he said"). */
    private static final String CLOSING_PAIR = "\u2019\u2019";
    /** Two left single marks that open one. */
    private static final String OPENING_PAIR = "\u2018\u2018";
    /** Two apostrophes that close one ("…,'' he said"); not inside a word ("can''t": see closingPairAt). */
    private static final String STRAIGHT_CLOSING_PAIR = "''";

    /**
     * Whether two single marks at {@code i} are typed for a closing double one: "’’", or "''" with no word going on
     * after it ("can''t" is a typo inside a word).
     */
    static boolean closingPairAt(String text, int i) {
        if (i + 1 >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '\u2019' && text.charAt(i + 1) == '\u2019'
                || c == '\'' && text.charAt(i + 1) == '\'' && !(i + 2 < text.length() && Character.isLetter(text.charAt(i + 2)));
    }

    /** Whether two single marks at {@code i} are typed for an opening double one: "‘‘". */
    static boolean openingPairAt(String text, int i) {
        return text.startsWith(OPENING_PAIR, i);
    }

    private static void scanLine(String text, int from, int to, List<Quote> out, Marks marks) {
        int open = -1;
        for (int i = marks.from(from); i < to; i = marks.from(i + 1)) { // only the marks: nothing else changes the state
            char c = text.charAt(i);
            if (c == '\u2019' || c == '\'') { // a pair "’’" or "''" (a single mark is never reported)
                // "’’" closes a curly opening; "''" either, unless a word goes on after it
                if (open >= 0 && closingPairAt(text, i) && (c == '\'' || text.charAt(open) != '"')) {
                    add(text, open + 1, i, false, out);
                    open = -1;
                }
                i++; // past the pair's second mark
            } else if (c == '\u2018') { // the pair "‘‘": opens as "“" does
                open = i + 1;
                i++;
            } else if (i > from && mojibakeMark(c, text.charAt(i - 1))) {
                continue;
            } else if (c == '\u201C' || c == '\u201E') {
                if (open >= 0 && i > from && !Character.isWhitespace(text.charAt(i - 1)) && (i + 1 >= to
                        || Character.isWhitespace(text.charAt(i + 1)))) {
                    add(text, open + 1, i, false, out); // "Mostly False.“ — an opening mark typed as the closing one
                    open = -1;
                } else {
                    // "It comes across as “too loud” or “too shrill.”" — curly quotes nested in a straight one
                    int close = open >= 0 && text.charAt(open) == '"' && opens(text, open, from, to) ? closingStraight(text, i, to) : -1;
                    if (close >= 0) {
                        add(text, open + 1, close, false, out);
                        open = -1;
                        i = close;
                    } else {
                        if (open >= 0 && reopens(text, i, from, to)) {
                            addUnclosed(text, open + 1, i, out);
                        }
                        open = i; // a second opening mark while open: the first was never closed; start again here
                    }
                }
            } else if (c == '\u201D') {
                if (open >= 0) {
                    add(text, open + 1, i, false, out);
                    open = -1;
                } else if (i + 1 < to && Character.isLetter(text.charAt(i + 1))
                        && (i == from || Character.isWhitespace(text.charAt(i - 1)))) {
                    open = i; // ”Mr. Trump … ” — a closing mark typed as the opening one, before a word
                }
            } else if (c == '"') {
                if (open < 0) {
                    if (!closesOnly(text, i, from, to)) {
                        open = i;
                    }
                } else {
                    // "“…the term "fake news" around…”": a straight pair nested in a curly quotation
                    int inner = text.charAt(open) != '"' && opens(text, i, from, to) ? closingNested(text, i, to) : -1;
                    if (inner >= 0) {
                        i = inner;
                    } else if (reopens(text, i, from, to)) {
                        addUnclosed(text, open + 1, i, out);
                        open = i;
                    } else {
                        add(text, open + 1, i, false, out);
                        open = -1;
                    }
                }
            }
        }
        if (open >= 0) {
            int end = to;
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            add(text, open + 1, end, true, out);
        }
    }

    /**
     * The straight mark that closes a straight quotation after balanced curly pairs nested in it, from the curly
     * opening mark at {@code from}; -1 if the line has none (then the straight mark was never closed). Stops at the
     * first mark that does not fit, so the scan stays linear.
     */
    private static int closingStraight(String text, int from, int to) {
        boolean nested = false;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '\u201C' || c == '\u201E') {
                if (nested) {
                    return -1;
                }
                nested = true;
            } else if (c == '\u201D') {
                if (!nested) {
                    return -1;
                }
                nested = false;
            } else if (c == '"') {
                boolean closes = !Character.isWhitespace(text.charAt(j - 1))
                        && (j + 1 >= to || !Character.isLetterOrDigit(text.charAt(j + 1)));
                return nested || !closes ? -1 : j;
            }
        }
        return -1;
    }

    /**
     * The straight mark closing a straight pair nested in a curly quotation, from the pair's opening mark at {@code
     * from}: the next mark, if it closes (after a word, before no word), and some mark other than an opening curly
     * one follows it on the line to close the curly quotation; -1 otherwise (then the straight mark at {@code from}
     * closes the curly quotation, as outlets that mix the marks set it). Reads only to the mark after the pair: linear.
     */
    private static int closingNested(String text, int from, int to) {
        int close = nextMark(text, from + 1, to);
        if (close < 0 || text.charAt(close) != '"' || Character.isWhitespace(text.charAt(close - 1))
                || close + 1 < to && Character.isLetterOrDigit(text.charAt(close + 1))) {
            return -1;
        }
        int after = nextMark(text, close + 1, to);
        return after >= 0 && text.charAt(after) != '\u201C' && text.charAt(after) != '\u201E' ? close : -1;
    }

    /**
     * Whether an opening mark {@code c} right after {@code before} is a piece of mojibake (UTF-8 read as Windows-1252,
     * once or twice over), no quotation's: a low mark inside a word ("ObamaÃ¢â‚¬â„¢s", "™" for "’"; a low mark that opens
     * a quotation follows a space or a bracket), or "“" after a letter of the Latin-1 range ("Ã¢â‚¬Å“", where "Å“" is
     * "œ" for the "“" read twice over).
     */
    static boolean mojibakeMark(char c, char before) {
        return c == '\u201E' && Character.isLetter(before) || c == '\u201C' && before >= '\u00C0' && before <= '\u017F';
    }

    /** The first double mark (straight or curly) in {@code [from, to)}, or -1. */
    private static int nextMark(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E') {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether a straight mark can only close, with nothing open: right after a word or a sentence's end and before a
     * space or the line's end ("5' 10" tall", or the closing mark of a quotation whose opening one was lost). Opening
     * there would pair it with the next quotation's opening mark and read the prose between as a quotation.
     */
    private static boolean closesOnly(String text, int at, int from, int to) {
        if (at == from || at + 1 < to && !Character.isWhitespace(text.charAt(at + 1))) {
            return false;
        }
        char before = text.charAt(at - 1);
        return Character.isLetterOrDigit(before) || ".,?!;".indexOf(before) >= 0;
    }

    /** Whether a straight mark stands where a quotation opens: after a space or the line's start, before a word. */
    private static boolean opens(String text, int at, int from, int to) {
        char before = at == from ? ' ' : text.charAt(at - 1);
        return (Character.isWhitespace(before) || before == '(' || before == '\u2014' || before == '\u2013')
                && at + 1 < to && !Character.isWhitespace(text.charAt(at + 1));
    }

    /**
     * Whether the mark at {@code at}, met while a quotation is open, opens a new one instead of closing it: it stands
     * after a sentence's end and a space, before a word ("… ID cards. "The Tories should …"). That is a quotation
     * over several paragraphs whose paragraph breaks were lost when the text was copied: the first paragraph's
     * quotation was never closed, and the next one reopens it.
     */
    private static boolean reopens(String text, int at, int from, int to) {
        if (at - 2 < from || at + 1 >= to || text.charAt(at - 1) != ' ' || !Character.isLetterOrDigit(text.charAt(at + 1))) {
            return false;
        }
        char end = text.charAt(at - 2);
        return end == '.' || end == '?' || end == '!' || end == '\u2026';
    }

    /**
     * The words of a quotation that a reopening mark ends, without the spaces before that mark. When its last words
     * are a speech cue after a comma ("…, says Goldfeder. “And …", "…,’ Shilson said. “But …"), the closing mark was
     * left out or mistyped, not a paragraph break: the quotation ends at that comma and the cue stays outside.
     */
    private static void addUnclosed(String text, int start, int end, List<Quote> out) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int cue = cueBefore(text, start, end);
        if (cue >= 0) {
            end = text.charAt(cue) == ',' ? cue + 1 : cue;
        }
        add(text, start, end, false, out);
    }

    /** Words at most that a cue left inside an unclosed quotation may have ("said Smith, a lawyer in Ohio."). */
    private static final int CUE_WORDS = 8;

    /**
     * Where a speech cue that ends {@code [start, end)} begins: the comma or single closing mark before its last
     * clause of at most {@link #CUE_WORDS} words, when that clause has a speech verb; -1 otherwise. Reads back no
     * further than the quotation's start, and quotations do not overlap: linear in the text.
     */
    private static int cueBefore(String text, int start, int end) {
        int words = 0;
        boolean verb = false;
        int wordEnd = -1;
        for (int j = end - 2; j > start; j--) { // end - 1 is the sentence's closing punctuation
            char c = text.charAt(j);
            if (Character.isLetter(c)) {
                if (wordEnd < 0) {
                    wordEnd = j + 1;
                }
                continue;
            }
            if (wordEnd >= 0) {
                if (++words > CUE_WORDS) {
                    return -1;
                }
                verb |= Phrases.VERB_WORDS.contains(text.substring(j + 1, wordEnd).toLowerCase(java.util.Locale.ROOT));
                wordEnd = -1;
            }
            boolean mistypedClose = (c == '\u2019' || c == '\'') && ",?!".indexOf(text.charAt(j - 1)) >= 0; // not "Dems’ sums"
            if (c == ',' || mistypedClose) {
                return verb ? j : -1;
            }
            if (c == '.' || c == '?' || c == '!' || c == '"' || c == '\u201C' || c == '\u201D') {
                return -1;
            }
        }
        return -1;
    }

    private static void add(String text, int start, int end, boolean unclosed, List<Quote> out) {
        if (end <= start) {
            return;
        }
        if (!hasLetterOrDigit(text, start, end)) {
            return;
        }
        out.add(new Quote(start, end, text.substring(start, end), unclosed, null, null));
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; ) {
            char ch = text.charAt(i);
            int c = Character.isHighSurrogate(ch) && i + 1 < end ? text.codePointAt(i) : ch; // not past the quote's end
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
