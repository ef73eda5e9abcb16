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
        // Words' rules, over an array: the whole text's characters read once without String's per-char checks
        char[] c = chars;
        int n = c.length;
        int pos = 0;
        while (true) {
            while (pos < n && !(c[pos] < 128 ? ASCII_LETTER[c[pos]] : Character.isLetter(c[pos]))) {
                pos++;
            }
            if (pos >= n) {
                break;
            }
            int start = pos++;
            while (pos < n && ((c[pos] < 128 ? ASCII_IN_WORD[c[pos]] : Character.isLetter(c[pos]) || c[pos] == '\u2019')
                    || Words.digitGoesOn(c[pos], c[pos - 1]))) {
                pos++;
            }
            positions.add(start, pos);
        }
    }

    /** {@link Words#isLetter} for ASCII, looked up: this loop reads every character of every article. */
    private static final boolean[] ASCII_LETTER = new boolean[128];
    /** ASCII chars a word goes on with: letters, apostrophes, full stops and hyphens. */
    private static final boolean[] ASCII_IN_WORD = new boolean[128];

    static {
        for (char ch = 0; ch < 128; ch++) {
            ASCII_LETTER[ch] = Words.isLetter(ch);
            ASCII_IN_WORD[ch] = Words.isLetter(ch) || ch == '\'' || ch == '.' || ch == '-';
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
