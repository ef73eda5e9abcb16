package org.gazette.quotes;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The answers of a function of a phrase alone (its words, and word lists that never change), kept across articles:
 * the same phrases are read as speakers again and again ("he", "Trump", "the president"). Over AllSides' 22,682
 * articles {@link SpeakerPhrase#speaker} is asked 193,294 times about 74,448 phrases, and {@link Names#personAtEnd}
 * 669,466 times about 127,251. Bounded (emptied when full), phrases of at most {@value #LONGEST} chars only, and safe
 * for the import's reading threads, which share it.
 */
final class PhraseMemo {
    /** Longer phrases are worked out each time: few repeat, and each would hold its chars. */
    static final int LONGEST = 80;
    /** Stands for a null answer, which is kept too ("no one"). */
    private static final String NONE = new String("\u0000none");

    private final ConcurrentHashMap<String, String> answers = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<String, String> function;

    PhraseMemo(int capacity, Function<String, String> function) {
        this.capacity = capacity;
        this.function = function;
    }

    /** {@code function(phrase)}, worked out once while kept. */
    String apply(String phrase) {
        if (phrase.length() > LONGEST) {
            return function.apply(phrase);
        }
        String known = answers.get(phrase);
        if (known != null) {
            return known == NONE ? null : known;
        }
        String answer = function.apply(phrase);
        if (answers.size() >= capacity) {
            answers.clear(); // simpler than least-recently-used, and the common phrases come back within an article or two
        }
        answers.put(phrase, answer == null ? NONE : answer);
        return answer;
    }
}
