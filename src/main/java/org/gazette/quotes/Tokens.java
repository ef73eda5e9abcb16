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
            while (pos < n && !Words.isLetter(c[pos])) {
                pos++;
            }
            if (pos >= n) {
                break;
            }
            int start = pos++;
            while (pos < n && (Words.isLetter(c[pos]) || c[pos] == '\'' || c[pos] == '\u2019' || c[pos] == '.' || c[pos] == '-')) {
                pos++;
            }
            positions.add(start, pos);
        }
    }

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
