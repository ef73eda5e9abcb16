package org.gazette.quotes;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether a word stands in a text written in lower case as a word of its own, no letter on either side ("politico"
 * for "Politico reported"). As {@link CapitalisedWords}: the first few words asked about are searched for, which costs
 * least for an article's handful of one-word speakers; past them, the set of the text's runs of letters that open in
 * lower case is built in one pass (a search per one-word speaker made a text of thousands of them quadratic: one line
 * of 800,000 chars took 3.5 s).
 */
final class LowerCaseWords {
    /** Words searched for before the set is built. */
    static final int SEARCHED = 8;
    private final String text;
    private int searches;
    private Set<String> runs;

    LowerCaseWords(String text) {
        this.text = text;
    }

    /** Whether {@code lower} (in lower case) stands in the text with no letter right before or after it. */
    boolean contains(String lower) {
        if (!letters(lower) || runs == null && searches++ < SEARCHED) {
            return searched(lower);
        }
        return runs().contains(lower);
    }

    /**
     * Whether {@code lower} is surely nowhere in the text as a word of its own: answered from the set once it is built,
     * and false (not known) for the first few asked about, whose callers search on as they would have.
     */
    boolean surelyAbsent(String lower) {
        if (!letters(lower) || runs == null && searches++ < SEARCHED) {
            return false;
        }
        return !runs().contains(lower);
    }

    private Set<String> runs() {
        if (runs == null) {
            runs = index(text);
        }
        return runs;
    }

    /** Letters only, the first no capital: a word the set of runs can answer for. */
    private static boolean letters(String lower) {
        boolean letters = !lower.isEmpty() && !Character.isUpperCase(lower.charAt(0));
        for (int i = 0; i < lower.length() && letters; i++) {
            letters = Character.isLetter(lower.charAt(i));
        }
        return letters;
    }

    private boolean searched(String lower) {
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            int end = at + lower.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Every run of letters that does not open with a capital. */
    private static Set<String> index(String text) {
        Set<String> runs = new HashSet<>();
        int n = text.length();
        for (int p = 0; p < n; p++) {
            if (!Character.isLetter(text.charAt(p))) {
                continue;
            }
            int end = p + 1;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (!Character.isUpperCase(text.charAt(p))) {
                runs.add(text.substring(p, end));
            }
            p = end - 1;
        }
        return runs;
    }
}
