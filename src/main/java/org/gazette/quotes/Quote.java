package org.gazette.quotes;

/**
 * A direct quotation: the text inside the marks exactly as in the article, its offsets there (Java chars,
 * end exclusive), whether it runs to the end of its paragraph unclosed, and its speaker with the sieve pass
 * that decided it (null when nobody could be found).
 */
public record Quote(int start, int end, String text, boolean unclosed, String speaker, String rule) {

    public Quote withSpeaker(String who, String byRule) {
        return new Quote(start, end, text, unclosed, who, byRule);
    }
}
