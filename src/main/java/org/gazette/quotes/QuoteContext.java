package org.gazette.quotes;

import java.util.List;

/**
 * The text around an article's quotations as the sieve reads it: the text with plain spaces and one kind of each mark
 * (offsets unchanged), the text with its quotations blanked (its words found once), the sentence before a quotation,
 * the words after it and the sentence after, and the line each quotation is on. Every window is bounded, so reading
 * them for every quotation stays linear in the text.
 */
final class QuoteContext {
    private QuoteContext() { }

    /**
     * The line each quotation starts on, counted in one pass (quotes come in text order). A method of its own: a
     * loop over every character inside the sieve made the JIT compile the whole sieve again on the stack (OSR).
     */
    static int[] lineNumbers(String text, List<Quote> spans) {
        int[] lines = new int[spans.size()];
        int line = 0;
        int lineStart = 0;
        boolean afterBlanked = false;
        int nextBreak = text.indexOf('\n'); // line breaks found by search, not char by char; each looked for once
        for (int k = 0; k < spans.size(); k++) {
            int start = spans.get(k).start();
            while (nextBreak >= 0 && nextBreak < start) {
                // a line of spaces is furniture blanked in place ("Slideshow (4 Images)" between two paragraphs of one
                // quotation): no line, nor the empty line after it, as the archive's cleaned text has neither
                boolean blanked = blankedLine(text, lineStart, nextBreak);
                boolean empty = nextBreak == lineStart || nextBreak == lineStart + 1 && text.charAt(lineStart) == '\r';
                if (!blanked && !(afterBlanked && empty)) {
                    line++;
                }
                afterBlanked = blanked || afterBlanked && empty;
                lineStart = nextBreak + 1;
                nextBreak = text.indexOf('\n', lineStart);
            }
            lines[k] = line;
        }
        return lines;
    }

    /** Whether {@code text[from, to)} is a line of white space only, and not an empty one. */
    private static boolean blankedLine(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\u00A0') {
                return false; // nearly every line stops at its first char
            }
        }
        return to > from && !(to == from + 1 && text.charAt(from) == '\r');
    }

    /**
     * Where the line of each quotation starts (after the last line break at or before its text's start), found in one
     * pass: a search back from each quotation made a text of one long line quadratic.
     */
    static int[] lineStarts(String text, List<Quote> spans) {
        int[] starts = new int[spans.size()];
        int lastBreak = -1;
        int nextBreak = text.indexOf('\n');
        for (int k = 0; k < spans.size(); k++) {
            int start = spans.get(k).start();
            while (nextBreak >= 0 && nextBreak <= start) {
                lastBreak = nextBreak;
                nextBreak = text.indexOf('\n', nextBreak + 1);
            }
            starts[k] = lastBreak + 1;
        }
        return starts;
    }

    private static boolean zeroWidth(char ch) {
        return ch == '\u200B' || ch == '\u200C' || ch == '\u200D' || ch == '\u2060' || ch == '\uFEFF';
    }

    private static boolean hasZeroWidth(String text) {
        return text.indexOf('\u200B') >= 0 || text.indexOf('\u200C') >= 0 || text.indexOf('\u200D') >= 0
                || text.indexOf('\u2060') >= 0 || text.indexOf('\uFEFF') >= 0;
    }

    /**
     * No-break and thin spaces (and zero-width ones between spaces) as plain spaces, and a pair of single marks typed for
     * a double one ("…,’’ he said", "…,''") as the double mark and a space, char for char (offsets hold), so the patterns
     * see one kind of each; and a label in parentheses after a name with its commas as hyphens ({@link #labelEnd}).
     */
    static String plainSpaces(String text) {
        char[] c = null; // copied only when something is rewritten: most texts need a few searches the JVM vectorises
        if (text.indexOf('\u00A0') >= 0 || text.indexOf('\u202F') >= 0 || text.indexOf('\u2007') >= 0
                || text.indexOf("\u2019\u2019") >= 0 || text.indexOf("\u2018\u2018") >= 0 || text.indexOf("''") >= 0
                || hasZeroWidth(text)) {
            c = text.toCharArray();
            for (int i = 0; i < c.length; i++) {
                char ch = c[i];
                if (ch == '\u00A0' || ch == '\u202F' || ch == '\u2007') {
                    c[i] = ' ';
                } else if (zeroWidth(ch) && (i == 0 || Character.isWhitespace(c[i - 1]))
                        && (i + 1 == c.length || Character.isWhitespace(c[i + 1]))) {
                    // a zero-width space or joiner a web page left between spaces ("Editorial Board, Wall Street Journal
                    // \u200D" at a line's end): a space, so that the credit line is seen; beside a word it stays, where it
                    // marks a boundary the page had ("Related Video \u200BGoogle …") or sits inside the word ("T\u200B\u200Bime")
                    c[i] = ' ';
                } else if (QuoteFinder.closingPairAt(text, i)) {
                    c[i] = '\u201D'; // where QuoteFinder closes the quotation
                    c[++i] = ' ';
                } else if (QuoteFinder.openingPairAt(text, i)) {
                    c[i] = ' ';
                    c[++i] = '\u201C'; // where QuoteFinder opens it
                }
            }
        }
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = labelEnd(text, open);
            if (close < 0) {
                continue;
            }
            // "(R., Wis.)" read as "(R-Wis.)  ", as other outlets write it: no sentence ends after "R.", and no comma
            // ends the name's phrase inside the parentheses
            c = c == null ? text.toCharArray() : c;
            int to = open + 1;
            for (int i = open + 1; i < close; i++) {
                char ch = text.charAt(i);
                if (ch == ',') {
                    c[to++] = '-';
                } else if (ch != ' ' && !(ch == '.' && text.charAt(i + 1) == ',')) {
                    c[to++] = ch;
                }
            }
            c[to++] = ')';
            while (to <= close) {
                c[to++] = ' ';
            }
        }
        for (int no = text.indexOf("No. "); no >= 0; no = text.indexOf("No. ", no + 4)) {
            // a rank, "the No. 2 Senate Democrat", "added No. 3 Senate Democrat Chuck Schumer": its full stop ends no
            // sentence or name's phrase
            if (no + 4 < text.length() && Character.isDigit(text.charAt(no + 4)) && (no == 0 || !Character.isLetter(text.charAt(no - 1)))) {
                c = c == null ? text.toCharArray() : c;
                c[no + 2] = ' ';
            }
        }
        return c == null ? text : new String(c);
    }

    /** A speaker's words as the text wrote them where {@link #plainSpaces} took a rank's full stop: "the No. 2 Democrat" (null stays null). */
    static String withRankStops(String who) {
        int no = who == null ? -1 : who.indexOf("No ");
        if (no < 0) {
            return who;
        }
        StringBuilder b = new StringBuilder(who.length() + 2);
        int from = 0;
        for (; no >= 0; no = who.indexOf("No ", no + 3)) {
            if (no + 3 < who.length() && Character.isDigit(who.charAt(no + 3)) && (no == 0 || !Character.isLetter(who.charAt(no - 1)))) {
                b.append(who, from, no + 2).append('.');
                from = no + 2;
            }
        }
        return b.append(who, from, who.length()).toString();
    }

    /** The longest label {@link #labelEnd} reads. */
    private static final int LABEL_LENGTH = 24;

    /**
     * Where a short label in parentheses after a name closes, if it has a comma in it ("Rep. Mark Meadows (R., N.C.)
     * said", "Sen. Mark Warner (D., Va.) said:"); -1 if what opens at {@code open} is not one. Read as they are, its
     * commas and full stops would end the name's phrase or sentence inside the parentheses ("Mark Meadows (R.",
     * "Va.) said").
     */
    private static int labelEnd(String text, int open) {
        if (open < 2 || text.charAt(open - 1) != ' ' || !Character.isLetter(text.charAt(open - 2))
                || open + 1 >= text.length() || !Character.isUpperCase(text.charAt(open + 1))) {
            return -1;
        }
        int word = open - 2;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        if (!Character.isUpperCase(text.charAt(word))) {
            return -1; // after a capitalised word: a name's
        }
        boolean comma = false;
        for (int i = open + 1; i < text.length() && i <= open + LABEL_LENGTH; i++) {
            char ch = text.charAt(i);
            if (ch == ')') {
                return comma ? i : -1;
            }
            if (ch == ',') {
                comma = true;
            } else if (!Character.isLetter(ch) && ch != '.' && ch != ' ' && ch != '-') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The text with every quotation's inside blanked out, so cues and names are looked for outside quotes only, and
     * every court case's name written as a common noun's words ({@link CaseNames}), each added to {@code caseNames} as
     * it was written; with its words, read from the same characters.
     */
    static Tokens maskQuotes(String text, List<Quote> spans, List<String> caseNames) {
        char[] c = text.toCharArray();
        for (Quote q : spans) {
            int keep = q.end() - 1; // a quote's closing full stop still ends the sentence around it
            while (keep > q.start() && Character.isWhitespace(c[keep])) {
                keep--;
            }
            boolean ends = keep >= q.start() && ".?!".indexOf(c[keep]) >= 0;
            for (int i = q.start(); i < q.end(); i++) {
                if (c[i] != '\n' && !(ends && i == keep)) {
                    c[i] = ' ';
                }
            }
        }
        CaseNames.mask(c, caseNames); // "In NFIB v. Sebelius, the Court pointed out": a case's parties are no one acting in the sentence
        return new Tokens(new String(c), c);
    }

    /** The text after a quote's closing mark, up to the next quote or the end of the line (at most 200 chars). */
    static String after(String text, List<Quote> spans, int k) {
        Quote q = spans.get(k);
        int from = Math.min(text.length(), q.end() + (q.unclosed() ? 0 : 1));
        int to = Math.min(text.length(), from + 200);
        for (int i = from; i < to; i++) { // bounded look for the line's end
            if (text.charAt(i) == '\n') {
                to = i;
                break;
            }
        }
        if (k + 1 < spans.size()) {
            to = Math.min(to, Math.max(from, spans.get(k + 1).start() - 1));
        }
        return text.substring(from, Math.min(to, from + 200));
    }

    /** From the start of the sentence (or line) holding position {@code pos} up to it, quotes blanked. */
    static String sentenceBefore(String masked, int pos) {
        return sentenceBefore(masked, pos, 0);
    }

    /** As {@link #sentenceBefore(String, int)}, starting at {@code floor} at the earliest. */
    static String sentenceBefore(String masked, int pos, int floor) {
        int i = Math.max(0, pos);
        int start = i;
        while (start > floor && pos - start < 400) {
            char c = masked.charAt(start - 1);
            if (c == '\n' || ((c == '.' || c == '?' || c == '!') && start < masked.length()
                    && (Character.isWhitespace(masked.charAt(start)) || "\"\u201D".indexOf(masked.charAt(start)) >= 0)
                    && !Phrases.abbreviationBefore(masked, start - 1))
                    || c == '.' && Phrases.runTogether(masked, start - 1)
                    || c == ')' && start >= 2 && ".?!".indexOf(masked.charAt(start - 2)) >= 0 && start < masked.length()
                            && Character.isWhitespace(masked.charAt(start)) && parentheticalSentence(masked, start - 1)) {
                break; // "… Sinema.) Flake also declared": a sentence in parentheses ends before the next
            }
            start--;
        }
        return masked.substring(start, i);
    }

    /**
     * Whether the parenthesis closing at {@code close} holds a sentence of its own: it opens where a sentence may (after
     * a stop or at a line's start), not after words of the sentence ("Sen. Lindsey Graham (R-S.C.) said").
     */
    private static boolean parentheticalSentence(String masked, int close) {
        // looked for in reach only: a search back to the text's start at each ".)" made a text of them quadratic
        int open = Words.lastIndexOf(masked, '(', close - 400, close + 1);
        if (open < 0) {
            return false;
        }
        int i = open - 1;
        while (i >= 0 && masked.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".?!\n".indexOf(masked.charAt(i)) >= 0;
    }

    /** The text from {@code from} to the end of its sentence or line (300 chars at most, and not past {@code ceiling}). */
    static String firstSentence(String masked, int from, int ceiling) {
        int end = from;
        while (end < ceiling && end - from < 300 && masked.charAt(end) != '\n'
                && !(masked.charAt(end) == '.' && end + 1 < masked.length() && Character.isWhitespace(masked.charAt(end + 1))
                        && !beforeAName(masked, from, end) && !acronymBeforeItsNoun(masked, end))) {
            end++;
        }
        return masked.substring(Math.min(from, masked.length()), end);
    }

    /**
     * Whether the full stop at {@code dot} closes a dotted acronym ("U.S.", "D.C.", "U.N.") that a capitalised noun
     * follows ("the U.S. Constitution", "U.N. Ambassador Nikki Haley"): the sentence goes on. A word that opens
     * sentences after it ("… in the U.S. The president said") ends it there.
     */
    static boolean acronymBeforeItsNoun(String masked, int dot) {
        if (dot < 3 || !Character.isUpperCase(masked.charAt(dot - 1)) || masked.charAt(dot - 2) != '.'
                || !Character.isUpperCase(masked.charAt(dot - 3)) || dot + 2 >= masked.length() || masked.charAt(dot + 1) != ' ') {
            return false;
        }
        int start = dot + 2;
        int end = start;
        while (end < masked.length() && Character.isLetter(masked.charAt(end))) {
            end++;
        }
        return end > start && Character.isUpperCase(masked.charAt(start)) && !SENTENCE_OPENERS.contains(masked, start, end);
    }

    /** Words that open a sentence after an acronym more often than they name what the acronym qualifies. */
    private static final WordSet SENTENCE_OPENERS = new WordSet(Lexicon.of("the", "a", "an", "he", "she", "it", "they",
            "we", "i", "you", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as",
            "if", "when", "while", "after", "before", "since", "this", "that", "these", "those", "his", "her", "their", "our",
            "its", "my", "there", "here", "some", "many", "most", "one", "two", "no", "not", "now", "then", "still", "also",
            "meanwhile", "however", "instead", "indeed", "yes", "what", "who", "why", "how", "where", "which", "all", "both",
            "each", "every", "last", "next", "other", "others", "more", "such", "according", "even", "just", "only"));

    /**
     * Whether the full stop at {@code dot} ends a title or an initial before a name ("said Ms. Lewis", "says Fred J.
     * Sadler"), not the sentence. Not every abbreviation: "Jr.", "Inc." and "D-Mass." end sentences as often as not.
     * Not a title the text from {@code from} opens with: after a quotation that ends its sentence, "“…” Mr. Obama has
     * decided …, officials said." is the next sentence, and its cue is not the quotation's.
     */
    static boolean beforeAName(String masked, int from, int dot) {
        int w = dot;
        while (w > from && Character.isLetter(masked.charAt(w - 1))) {
            w--;
        }
        if (w == dot || !Character.isUpperCase(masked.charAt(w)) || w > 0 && !Character.isWhitespace(masked.charAt(w - 1))) {
            return false; // "U.S.": an acronym's last letter
        }
        boolean wordBefore = false;
        for (int i = from; i < w && !wordBefore; i++) {
            wordBefore = Character.isLetter(masked.charAt(i));
        }
        if (!wordBefore) {
            return false;
        }
        boolean initial = dot - w == 1;
        boolean capitalNext = dot + 2 < masked.length() && Character.isUpperCase(masked.charAt(dot + 2));
        return capitalNext && (initial || Names.isAbbreviatedTitle(masked, w, dot));
    }
}
