package org.gazette.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which pronouns an article uses for each person it names, learned from the article itself: the pronouns in
 * the 120 characters after each mention of the person's last name (outside quotes) vote. No name lists.
 */
final class Genders {
    private static final Pattern PRONOUNS = Pattern.compile("\\b(he|him|his|himself|she|her|hers|herself)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");
    private final Map<String, int[]> votes = new HashMap<>();

    Genders(String masked, Names.Index people) {
        Matcher word = WORD.matcher(masked);
        Matcher pronoun = PRONOUNS.matcher(masked);
        while (word.find()) { // one pass over the words; each known last name looks 120 chars ahead
            String w = word.group();
            if (!Character.isUpperCase(w.charAt(0)) || people.byLastName(w) == null) {
                continue;
            }
            int end = Math.min(masked.length(), word.end() + 120);
            int newline = masked.indexOf('\n', word.end());
            if (newline >= 0 && newline < end) {
                end = newline;
            }
            pronoun.region(word.end(), end);
            if (pronoun.find()) { // the first pronoun after the name most likely refers to it
                votes.computeIfAbsent(Names.fold(w), k -> new int[2])[of(pronoun.group(1)) == 'm' ? 0 : 1]++;
            }
        }
    }

    /** 'm', 'f', or '?' for a pronoun. */
    static char of(String pronoun) {
        String p = pronoun.toLowerCase(Locale.ROOT);
        if (p.equals("he") || p.equals("him") || p.equals("his") || p.equals("himself")) {
            return 'm';
        }
        if (p.equals("she") || p.equals("her") || p.equals("hers") || p.equals("herself")) {
            return 'f';
        }
        return '?';
    }

    /** True unless the article clearly uses the other gender's pronouns for this person. */
    boolean fits(String name, char pronoun) {
        if (pronoun == '?') {
            return true;
        }
        int[] v = votes.get(Names.fold(Names.lastName(name)));
        if (v == null || v[0] == v[1]) {
            return true;
        }
        char g = v[0] > v[1] ? 'm' : 'f';
        return g == pronoun;
    }
}
