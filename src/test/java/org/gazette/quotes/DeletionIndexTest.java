package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeletionIndexTest {
    /** Every word equal to the asked one, or one letter apart from it (one deleted, added or changed), is a candidate. */
    @Test
    void findsEveryWordOneEditAway() {
        Random random = new Random(4);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            words.add(word(random));
        }
        words.addAll(List.of("zelensky", "zelenskyy", "zelenskiy", "stoltenberg"));
        DeletionIndex index = new DeletionIndex(words);
        List<String> asked = new ArrayList<>(words.subList(0, 100));
        for (int i = 0; i < 100; i++) {
            asked.add(word(random));
        }
        asked.addAll(List.of("zelenskyy", "zelensky", "stoltenburg"));
        for (String w : asked) {
            Set<Integer> candidates = new HashSet<>();
            for (int i : index.candidates(w)) {
                candidates.add(i);
            }
            for (int i = 0; i < words.size(); i++) {
                if (oneEditApart(words.get(i), w)) {
                    assertTrue(candidates.contains(i), words.get(i) + " for " + w);
                }
            }
        }
        Set<Integer> found = new HashSet<>();
        for (int i : index.candidates("zelensky")) {
            found.add(i);
        }
        assertTrue(found.containsAll(Set.of(words.indexOf("zelenskyy"), words.indexOf("zelenskiy"))), found.toString());
    }

    private static String word(Random random) {
        char[] c = new char[5 + random.nextInt(5)];
        for (int i = 0; i < c.length; i++) {
            c[i] = "abcdeo".charAt(random.nextInt(6)); // few letters: many words one edit apart
        }
        return new String(c);
    }

    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) { // a without a[i] is b, or b without b[j] is a, or one change
            if ((a.substring(0, i) + a.substring(i + 1)).equals(b)) {
                return true;
            }
        }
        for (int i = 0; i < b.length(); i++) {
            if ((b.substring(0, i) + b.substring(i + 1)).equals(a)) {
                return true;
            }
        }
        if (a.length() == b.length()) {
            int diff = 0;
            for (int i = 0; i < a.length(); i++) {
                diff += a.charAt(i) != b.charAt(i) ? 1 : 0;
            }
            return diff == 1;
        }
        return false;
    }
}
