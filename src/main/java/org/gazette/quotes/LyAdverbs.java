package org.gazette.quotes;

/**
 * Whether a word ending in "-ly" is an adverb made from an adjective ("Eventually", "Sadly", "Shortly"), told by its
 * ending alone: a sentence that opens with one and a comma has its subject after the comma, where a surname with an
 * aside would be the subject ("Kelly, who …", "Donnelly, a Democrat, …"). The endings are those of adverbs that
 * surnames and given names do not share: "-elly", "-olly", "-ully", "-aly" and "-erly" are left out (Kelly, Molly,
 * Scully, Daly, Shetterly), and short words whose ending names can have (Sally, Modly, Carly).
 */
final class LyAdverbs {
    private LyAdverbs() { }

    /** An ending and the shortest word it marks as an adverb. */
    private record Ending(String suffix, int minLength) { }

    private static final Ending[] ENDINGS = {
        new Ending("ally", 7), new Ending("fully", 6), new Ending("ously", 6), new Ending("ively", 6),
        new Ending("ently", 7), new Ending("antly", 9), new Ending("ately", 6), new Ending("ingly", 7),
        new Ending("edly", 6), new Ending("ably", 6), new Ending("ibly", 6), new Ending("stly", 6), new Ending("ctly", 6),
        new Ending("arly", 7), new Ending("ely", 6), new Ending("kly", 7), new Ending("ily", 7), new Ending("ply", 6),
        new Ending("wly", 6), new Ending("ghly", 6), new Ending("mly", 6), new Ending("nly", 6), new Ending("rtly", 6),
        new Ending("ndly", 7), new Ending("rdly", 7), new Ending("adly", 7), new Ending("shly", 6), new Ending("itly", 6),
        new Ending("etly", 6), new Ending("efly", 6), new Ending("licly", 7),
    };

    /** Short or odd adverbs the endings leave out. */
    private static final WordSet OTHERS = new WordSet(Lexicon.of("sadly", "oddly", "truly", "really", "cruelly"));

    /** Whether {@code text[start, end)}, a word in any case, is such an adverb. */
    static boolean is(String text, int start, int end) {
        if (end - start < 5 || !endsWith(text, end, "ly")) {
            return false;
        }
        if (OTHERS.contains(text, start, end)) {
            return true;
        }
        for (Ending e : ENDINGS) {
            if (end - start >= e.minLength() && endsWith(text, end, e.suffix())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is such an adverb. */
    static boolean is(String word) {
        return is(word, 0, word.length());
    }

    private static boolean endsWith(String text, int end, String suffix) {
        return end >= suffix.length() && text.regionMatches(true, end - suffix.length(), suffix, 0, suffix.length());
    }
}
