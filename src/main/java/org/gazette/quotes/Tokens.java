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
    private int[] starts;
    private int[] ends;
    private int count;

    Tokens(String text) {
        this(text, text.toCharArray());
    }

    /** The words of {@code text}, whose characters {@code chars} holds already (no second copy). */
    Tokens(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
        int words = Math.max(16, chars.length / 5); // news prose: a word every six characters or so
        starts = new int[words];
        ends = new int[words];
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
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = pos;
            count++;
        }
    }

    /** The words of {@code text[from, to)}, exactly as {@code new Words(text, from, to)} gives them. */
    Words words(int from, int to) {
        int k = firstStartingAtOrAfter(from);
        if (k > 0 && ends[k - 1] > from) {
            return new Words(text, from, to); // the range starts inside a word: scanned the plain way
        }
        return new Words(text, starts, ends, k, count, to);
    }

    Words words() {
        return words(0, text.length());
    }

    private int firstStartingAtOrAfter(int pos) {
        int lo = 0;
        int hi = count;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
