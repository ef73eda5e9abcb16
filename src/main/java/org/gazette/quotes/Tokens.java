package org.gazette.quotes;

/**
 * The words of one text, found once: where each starts and ends, as {@link Words} finds them. The extractor
 * reads an article's words in several passes (names, pronouns, speakers, people named so far); scanning the
 * characters once and handing each pass the positions was most of what those passes cost.
 */
final class Tokens {
    final String text;
    /** The text's characters (not to be changed): the passes that read every character read them here. */
    final char[] chars;
    private final Spans positions;

    Tokens(String text) {
        this(text, text.toCharArray());
    }

    /** The words of {@code text}, whose characters {@code chars} holds already (no second copy). */
    Tokens(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        positions = new Spans(chars.length / 5); // news prose: a word every six characters or so
        // Words' rules, over an array: the whole text's characters read once, each looked up in one table
        char[] c = chars;
        int n = c.length;
        int pos = 0;
        while (true) {
            while (pos < n && (KIND[c[pos]] & STARTS) == 0) {
                pos++;
            }
            if (pos >= n) {
                break;
            }
            int start = pos++;
            while (pos < n) {
                byte kind = KIND[c[pos]];
                if ((kind & GOES_ON) != 0 || (kind & DIGIT) != 0 && Words.digitGoesOn(c[pos], c[pos - 1])) {
                    pos++;
                } else {
                    break;
                }
            }
            positions.add(start, pos);
        }
    }

    /** What each char is to a word ({@link Words}' rules), looked up: this loop reads every character of every article. */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    /** A word starts with a letter. */
    private static final byte STARTS = 1;
    /** A word goes on with letters, apostrophes (straight and curly), full stops and hyphens. */
    private static final byte GOES_ON = 2;
    /** A digit goes on a word after a digit or a hyphen. */
    private static final byte DIGIT = 4;

    static {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char ch = (char) i;
            boolean letter = Words.isLetter(ch);
            boolean goesOn = letter || (ch < 128 ? ch == '\'' || ch == '.' || ch == '-' : ch == '\u2019');
            KIND[i] = (byte) ((letter ? STARTS : 0) | (goesOn ? GOES_ON : 0) | (Words.isDigit(ch) ? DIGIT : 0));
        }
    }

    /** How many words the text has. */
    int count() { return positions.size(); }

    /** Where the {@code k}th word starts. */
    int start(int k) { return positions.start(k); }

    /** Where the {@code k}th word ends. */
    int end(int k) { return positions.end(k); }

    /** The words of {@code text[from, to)}, exactly as {@code new Words(text, from, to)} gives them. */
    Words words(int from, int to) {
        int k = positions.firstStartingAtOrAfter(from);
        if (k > 0 && positions.end(k - 1) > from) {
            return new Words(text, from, to); // the range starts inside a word: scanned the plain way
        }
        return new Words(text, positions.starts, positions.ends, k, positions.size(), to);
    }

    Words words() {
        return words(0, text.length());
    }
}
