package org.gazette.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A court case's or a contest's name ("NFIB v. Sebelius", "De Niz Robles v. Lynch", "a Clinton vs. Bush general
 * election") names no one who acts in the sentence: its parties are neither its subject ("In NFIB v. Sebelius, the Court
 * pointed out that …" is the Court's) nor people a "he" may refer to. Masking writes such a name as lower-case
 * letters of the same length ("In xxxx xx xxxxxxxx, the Court …"), so that every pass reads it as a common noun's words
 * and offsets hold.
 */
final class CaseNames {
    private CaseNames() { }

    /** The most case names kept for their parties' names: an article names a few; a text of thousands is no article. */
    private static final int MOST_NAMES = 100;

    /** The most words a party's name is read over (each side): keeps a text of nothing but capitals and "v." linear. */
    private static final int PARTY_WORDS = 8;

    /** Words that open a sentence before a case's name and are no part of it ("In Roe v. Wade", "See Texas v. Johnson"). */
    private static final WordSet OPENERS = new WordSet(Lexicon.of("in", "see", "at", "on", "under", "from", "by", "after",
            "before", "with", "since", "like", "during", "unlike", "until", "following", "per", "cf", "but", "and", "as",
            "then", "when", "while", "if", "though", "although", "whereas", "because", "so"));
    /** Small words inside a party's name ("Association of American Physicians", "Our Lady of Guadalupe School"). */
    private static final WordSet JOINERS = new WordSet(Lexicon.of("of", "for", "the", "&", "de", "la", "del", "von", "van"));

    /**
     * Masks, in {@code c}, every "X v. Y" and "X vs. Y" between capitalised words (line breaks and punctuation end a
     * party), adding to {@code names} each name as it was written ("United States v. Edith Windsor").
     */
    static void mask(char[] c, List<String> names) {
        int n = c.length;
        int maskedTo = -1; // where the last name masked ends: a party of the next case ("… v. Lynch and Gutierrez-Brizuela v. Lynch")
        for (int i = 1; i + 3 < n; i++) {
            if (c[i] != 'v' || c[i - 1] != ' ') {
                continue;
            }
            int dot = c[i + 1] == '.' ? i + 1 : c[i + 1] == 's' && c[i + 2] == '.' ? i + 2 : -1;
            if (dot < 0 || dot + 2 >= n || c[dot + 1] != ' ' || !Character.isUpperCase(c[dot + 2])) {
                continue;
            }
            int from = leftParty(c, i - 1, maskedTo);
            if (from < 0) {
                continue;
            }
            int to = rightParty(c, dot + 2);
            if (names.size() < MOST_NAMES) {
                names.add(new String(c, from, to - from));
            }
            for (int k = from; k < to; k++) {
                if (c[k] != ' ') {
                    c[k] = 'x';
                }
            }
            maskedTo = to;
            i = to;
        }
    }

    /**
     * The names of two words or more among the parties of {@code names} ("Edith Windsor" of "United States v. Edith
     * Windsor", "John Boehner" of "President Obama vs. House Speaker John Boehner"): no one acting where the case is
     * named, but the fullest name the article may give a person it goes on to quote.
     */
    static List<String> partiesFullNames(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : new LinkedHashSet<>(names)) { // "Roe v. Wade" named ten times is read once
            for (String party : name.split(" vs?\\. ")) {
                String person = Names.personAtEnd(party.strip()); // "House Speaker John Boehner": John Boehner
                if (person != null && person.indexOf(' ') > 0) { // a surname alone adds no fuller name
                    out.add(person);
                }
            }
        }
        return out;
    }

    /** Where the party before the space at {@code space} starts: capitalised words and joiners back to a boundary; -1 if none. */
    private static int leftParty(char[] c, int space, int maskedTo) {
        int from = -1;
        int end = space; // the end of the word being looked at
        for (int words = 0; words < PARTY_WORDS && end > 0 && c[end] == ' ' && c[end - 1] != ' '; words++) {
            int start = end;
            while (start > 0 && wordChar(c[start - 1])) {
                start--;
            }
            if (start == end) {
                break; // punctuation ends the party: "Trump’s case, Trump v. Vance"
            }
            boolean capital = Character.isUpperCase(c[start]) || start < maskedTo;
            if (capital && start >= maskedTo && OPENERS.contains(new String(c, start, end - start))
                    || !capital && !JOINERS.contains(new String(c, start, end - start))) {
                break;
            }
            if (capital) {
                from = start;
            }
            if (start < maskedTo) {
                break; // the name before is masked already, and this party joins it
            }
            end = start - 1;
            if (end < 0) {
                break;
            }
        }
        return from;
    }

    /**
     * Where the party starting at {@code start} ends: capitalised words and joiners (a possessive's mark with them);
     * an "and" only before another case's name ("De Niz Robles v. Lynch and Gutierrez-Brizuela v. Lynch").
     */
    private static int rightParty(char[] c, int start) {
        int n = c.length;
        int to = start;
        int last = start; // where the last word of the party starts
        int pos = start;
        for (int words = 0; words < PARTY_WORDS && pos < n; words++) {
            int end = pos;
            while (end < n && wordChar(c[end])) {
                end++;
            }
            if (end == pos) {
                break;
            }
            boolean capital = Character.isUpperCase(c[pos]);
            if (capital) {
                to = end;
                last = pos;
            } else if (!JOINERS.contains(new String(c, pos, end - pos)) && !(end - pos == 3 && c[pos] == 'a' && c[pos + 1] == 'n' && c[pos + 2] == 'd'
                    && anotherCaseAfter(c, end))) {
                break;
            }
            if (c[end - 1] == '.' && (initialism(c, pos, end) || !abbreviation(c, pos, end))) {
                break; // a full stop ends the party ("Johnson v. U.S. The court"), unless an abbreviation's ("St. James School")
            }
            if (end >= n || c[end] != ' ') {
                break;
            }
            pos = end + 1;
        }
        if (to > start && c[to - 1] == '.' && !initialism(c, last, to) && !abbreviation(c, last, to)) {
            to--; // the sentence's full stop after a party is the sentence's
        }
        return to;
    }

    /** Whether a capitalised run after {@code from} reaches " v. " or " vs. " before punctuation. */
    private static boolean anotherCaseAfter(char[] c, int from) {
        int n = c.length;
        int pos = from;
        for (int words = 0; words < PARTY_WORDS && pos < n && c[pos] == ' '; words++) {
            pos++;
            int end = pos;
            while (end < n && wordChar(c[end])) {
                end++;
            }
            if (end == pos) {
                return false;
            }
            if ((end - pos == 2 && c[pos] == 'v' && c[pos + 1] == '.') || (end - pos == 3 && c[pos] == 'v' && c[pos + 1] == 's'
                    && c[pos + 2] == '.')) {
                return true;
            }
            if (!Character.isUpperCase(c[pos])) {
                return false;
            }
            pos = end;
        }
        return false;
    }

    /** Abbreviations inside a party's name, their full stop no sentence's end ("St. James School", "Hawaii Inc."). */
    private static final WordSet ABBREVIATIONS = new WordSet(Lexicon.of("st", "co", "inc", "jr", "sr", "corp", "ltd", "bros",
            "dept", "mt", "ft", "assn", "univ"));

    private static boolean abbreviation(char[] c, int start, int end) {
        return Character.isUpperCase(c[start]) && ABBREVIATIONS.contains(new String(c, start, end - 1 - start));
    }

    /** Whether the word {@code c[start, end)}, ending in a full stop, is an initialism ("U.S.", "D.C."): a stop inside too. */
    private static boolean initialism(char[] c, int start, int end) {
        for (int k = start; k < end - 1; k++) {
            if (c[k] == '.') {
                return true;
            }
        }
        return false;
    }

    private static boolean wordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '.' || ch == '-' || ch == '\'' || ch == '\u2019' || ch == '&';
    }
}
