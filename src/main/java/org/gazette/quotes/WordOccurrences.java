package org.gazette.quotes;

import java.util.HashMap;
import java.util.Map;

/**
 * How often words occur in one text as whole words, each counted once and remembered. Capitalised words are
 * found through {@link CapitalisedWords} (an index once more than a few are asked for): a text naming a new person
 * in every one of its 100,000 sentences made a search of the whole text per name quadratic.
 */
final class WordOccurrences {
    private final String text;
    private final Map<String, Integer> counted = new HashMap<>();
    private CapitalisedWords capitalised;

    WordOccurrences(String text) {
        this.text = text;
    }

    /** How often {@code word} occurs in the text, not inside a longer word (nor after a hyphen). */
    int of(String word) {
        Integer known = counted.get(word);
        if (known != null) {
            return known;
        }
        int n;
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            n = searched(text, word);
        } else {
            if (capitalised == null) {
                capitalised = new CapitalisedWords(text, text.toCharArray());
            }
            n = 0;
            for (int at : capitalised.at(word, Integer.MAX_VALUE)) {
                if (wholeWord(text, at, at + word.length())) {
                    n++;
                }
            }
        }
        counted.put(word, n);
        return n;
    }

    /** The count by search: each occurrence found, the search going on after it. */
    static int searched(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            if (wholeWord(text, at, at + word.length())) {
                n++;
            }
        }
        return n;
    }

    private static boolean wholeWord(String text, int at, int end) {
        boolean starts = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
        return starts && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }
}
