package org.gazette.ingest;

/** Small tests on a single line of text, shared by the cleanup rules. */
public final class Lines {
    private Lines() { }

    public static int words(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0, len = line.length(); i < len; i++) {
            char c = line.charAt(i);
            // this runs for every character of every paragraph: ASCII white space from a table, and the count kept
            // without a branch on each char (a third faster than the tests spelled out, over the AllSides articles)
            boolean space = c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
            n += !space & !in ? 1 : 0;
            in = !space;
        }
        return n;
    }

    /** {@link Character#isWhitespace} of each ASCII char. */
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    /** Ends like a sentence: . ! ? … or a closing quotation mark or bracket after one. */
    public static boolean endsSentence(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == ':';
        }
        return false;
    }

    /** A full sentence of some length: where an article's body starts. */
    public static boolean isBodyParagraph(String line) {
        return isBodyParagraph(line, words(line));
    }

    /** As {@link #isBodyParagraph(String)}, for a line whose words are counted already. */
    public static boolean isBodyParagraph(String line, int words) {
        return words >= 12 && endsSentence(line);
    }

    /**
     * Whether {@code line} contains one of {@code lower} (lower-case ASCII words) in any case: what
     * {@code line.toLowerCase(Locale.ROOT).contains(w)} says of some {@code w}, in one pass and without a lower-cased
     * copy of the line. ASCII letters fold; of the rest only 'İ' and the Kelvin sign lower-case to ASCII, and a line
     * with one of those is asked the long way.
     */
    public static boolean containsIgnoreCase(String line, String... lower) {
        return containsIgnoreCase(line, Integer.MAX_VALUE, lower);
    }

    /** As {@link #containsIgnoreCase(String, String...)}, for words that start before {@code reach}. */
    public static boolean containsIgnoreCase(String line, int reach, String... lower) {
        long firsts = 0; // bit c - 'a': some word starts with c
        for (String w : lower) {
            firsts |= 1L << (w.charAt(0) - 'a');
        }
        int n = Math.min(line.length(), reach);
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            int f = (c >= 'A' && c <= 'Z' ? c | 32 : c) - 'a';
            if (f < 0 || f >= 26 || (firsts & 1L << f) == 0) {
                if (c == '\u0130' || c == '\u212A') {
                    String lowered = line.toLowerCase(java.util.Locale.ROOT);
                    return java.util.Arrays.stream(lower).anyMatch(lowered::contains);
                }
                continue;
            }
            for (String w : lower) {
                if (w.charAt(0) - 'a' == f && regionMatchesAscii(line, i, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code lower} (lower-case ASCII) is found at {@code at} in {@code s}, ignoring the case of ASCII letters
     * only, as a pattern with {@code CASE_INSENSITIVE} does; false where it would run outside {@code s}.
     */
    public static boolean regionMatchesAscii(String s, int at, String lower) {
        if (at < 0 || at + lower.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(at + k);
            if ((c >= 'A' && c <= 'Z' ? (char) (c | 32) : c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Headline shape: a few words, not ending like a sentence (a question mark is allowed). */
    public static boolean looksLikeHeadline(String line) {
        int w = words(line);
        if (w < 3 || w > 30 || line.length() > 250) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ':' && last != ',' && last != ';';
    }

    /** Runs of white space between words; compiled once (String.split compiles a pattern of more than one char per call). */
    public static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Every word that starts with a letter starts with a capital, except short joining words ("of", "the"). */
    public static boolean isTitleCase(String line) {
        for (String w : SPACES.split(line)) { // a compiled pattern: asked of every line of the header
            if (w.isEmpty()) {
                continue;
            }
            char c = w.charAt(0);
            boolean joiner = w.length() <= 3 && Character.isLowerCase(c);
            if (!joiner && Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** No letter or digit at all (emoji, bullets, rules of dashes). */
    public static boolean isSymbolsOnly(String line) {
        for (int i = 0; i < line.length(); ) { // a loop, not a stream: asked of every line of every article
            int c = line.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
