package org.gazette.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How an article tells a family's people apart, noted as its names are read: who is introduced as someone's
 * relative ("first lady Melania Trump", "his son, Hunter Biden", "Ivanka Trump, the president's daughter"), and
 * which surnames it writes alone after a title ("President Trump", "Mr. Trump"). Writers name a relative in full and
 * keep the bare surname for the person the story is about; a surname alone is that person, not the relative who
 * happens to be the only one named in full.
 */
final class Relatives {
    /** A surname written alone after an office's title ("President", "Sen."): the person holds that office. */
    static final int OFFICE = 1;
    /** ... after "Mr.". */
    static final int MR = 2;
    /** ... after "Mrs.", "Ms." or "Miss". */
    static final int MRS = 4;

    /** Introduced as a relative of no stated sex ("married to", "his cousin"). */
    static final int KIN = 1;
    /** ... as a woman ("his wife", "first lady", "daughter"). */
    static final int KIN_F = 2;
    /** ... as a man ("her husband", "his son"). */
    static final int KIN_M = 4;

    private static final Set<String> WOMEN = Lexicon.of("wife", "daughter", "mother", "sister", "widow", "granddaughter",
            "niece", "aunt", "grandmother", "stepdaughter", "stepmother", "daughter-in-law", "mother-in-law",
            "sister-in-law", "ex-wife", "fiancée", "fiancee");
    private static final Set<String> MEN = Lexicon.of("husband", "son", "father", "brother", "widower", "grandson", "nephew",
            "uncle", "grandfather", "stepson", "stepfather", "son-in-law", "father-in-law", "brother-in-law",
            "ex-husband", "fiancé");
    private static final Set<String> EITHER = Lexicon.of("cousin", "spouse", "sibling", "child", "grandchild", "stepchild");
    /** "first lady", "first daughter": a relative of the office holder. */
    private static final Set<String> AFTER_FIRST = Lexicon.of("lady", "daughter", "son", "gentleman");
    private static final WordSet HONORIFICS_M = new WordSet(Lexicon.of("mr", "mr."));
    private static final WordSet HONORIFICS_F = new WordSet(Lexicon.of("mrs", "mrs.", "ms", "ms.", "miss"));
    /** Titles that tell neither sex nor office. */
    private static final WordSet NEUTRAL = new WordSet(Lexicon.of("dr", "dr.", "rev.", "prof.", "professor"));

    /** Every word {@link #kinBefore} looks for right before a name. */
    private static final WordSet KIN_OR_LINK = new WordSet(union(WOMEN, MEN, EITHER, AFTER_FIRST, Lexicon.of("to")));

    private final Map<String, Integer> titledAlone = new HashMap<>();
    private final Map<String, Integer> kin = new HashMap<>();

    /** The surname {@code name} is written alone after the title that ends before {@code start}. */
    void titledAlone(String text, int start, String name) {
        int end = Words.lineSpaceStartBefore(text, start);
        int at = Words.wordStartBefore(text, end, true);
        if (at == end) {
            return;
        }
        // the title asked about in place (an article writes "Mr. Trump" dozens of times)
        int kind = HONORIFICS_M.contains(text, at, end) ? MR : HONORIFICS_F.contains(text, at, end) ? MRS
                : NEUTRAL.contains(text, at, end) ? 0 : OFFICE;
        if (kind != 0) {
            titledAlone.merge(name, kind, (a, b) -> a | b); // as written: folded once per name, when first asked for
        }
    }

    /** 'm' after "Mr.", 'f' after "Mrs.", "Ms." or "Miss" right before {@code pos} on its line; else '?'. */
    static char honorificSexBefore(String text, int pos) {
        int end = Words.lineSpaceStartBefore(text, pos);
        int at = Words.wordStartBefore(text, end, true);
        return HONORIFICS_M.contains(text, at, end) ? 'm' : HONORIFICS_F.contains(text, at, end) ? 'f' : '?';
    }

    /** The full name {@code name}, written at {@code text[start, end)}: noted if the words around make it a relative. */
    void introduced(String text, int start, int end, String name) {
        int k = kinBefore(text, start) | kinAfter(text, end);
        if (k != 0) {
            kin.merge(name, k, (a, b) -> a | b);
        }
    }

    /** How the article writes this folded surname alone after titles: {@link #OFFICE}, {@link #MR}, {@link #MRS} bits. */
    int titledAlone(String foldedLast) {
        if (folded == null) {
            folded = new HashMap<>();
            titledAlone.forEach((name, kind) -> folded.merge(Names.fold(Names.lastName(name)), kind, (a, b) -> a | b));
        }
        return folded.getOrDefault(foldedLast, 0);
    }

    private Map<String, Integer> folded;

    /** How the article introduces this full-name mention as a relative: {@link #KIN}, {@link #KIN_F}, {@link #KIN_M} bits. */
    int kin(String mention) {
        return kin.getOrDefault(mention, 0);
    }

    /** 'f', 'm' or '?': the sex the relative's introductions tell, if they agree. */
    static char sex(int kinBits) {
        boolean f = (kinBits & KIN_F) != 0;
        boolean m = (kinBits & KIN_M) != 0;
        return f == m ? '?' : f ? 'f' : 'm';
    }

    /**
     * Whether a relative introduced so cannot be the person the surname alone names after these titles: a relative
     * holds no office the article gives by title alone, and "Mr." is no wife nor "Mrs." a husband.
     */
    static boolean apart(int titled, int kinBits) {
        char sex = sex(kinBits);
        return (titled & OFFICE) != 0 || (titled & MR) != 0 && sex != 'm' || (titled & MRS) != 0 && sex != 'f';
    }

    /** What a relation is prefixed with when it has ended: "then-wife", "ex-husband". */
    private static final WordSet FORMERLY = new WordSet(Lexicon.of("then", "ex", "former"));

    /** "first lady Melania Trump", "his wife, Melania Trump", "married to Melania Trump". */
    private static int kinBefore(String text, int start) {
        int end = wordEndBefore(text, start);
        int at = Words.wordStartBefore(text, end, false);
        int hyphen = end - 1;
        while (hyphen > at && text.charAt(hyphen) != '-') { // within the word: "then-wife"
            hyphen--;
        }
        if (hyphen > at && FORMERLY.contains(text, at, hyphen) && KIN_OR_LINK.contains(text, hyphen + 1, end)) {
            at = hyphen + 1; // "his then-wife, Marla Maples", "his ex-wife Ivana"
        }
        if (at < end && !KIN_OR_LINK.contains(text, at, end) && Character.isLowerCase(text.charAt(at))) {
            int kinEnd = relationBeforeRole(text, at);
            if (kinEnd >= 0) {
                end = kinEnd; // "daughter and senior adviser Ivanka Trump": the relation, then her role
                at = Words.wordStartBefore(text, end, false);
            }
        }
        if (at == end || !KIN_OR_LINK.contains(text, at, end)) {
            return 0; // asked in place: most names follow no such word, and nothing is copied for them
        }
        String w = text.substring(at, end).toLowerCase(Locale.ROOT); // "First Lady Melania Trump"
        String before = at > 0 ? wordBefore(text, at) : null;
        before = before == null ? null : before.toLowerCase(Locale.ROOT);
        if (before != null && before.equals("first") && AFTER_FIRST.contains(w)) {
            return w.equals("lady") || w.equals("daughter") ? KIN_F : w.equals("son") || w.equals("gentleman") ? KIN_M : 0;
        }
        if (w.equals("to") && "married".equals(before)) {
            return KIN;
        }
        return kinWord(w);
    }

    /** How many lower-case words of a role may stand between "and" and the name: "and senior policy adviser". */
    private static final int ROLE_WORDS = 3;

    /**
     * Where the word for a relation ends that "and" joins to a role of lower-case words, the last of them starting at
     * {@code at} ("his daughter and senior adviser"); -1 if none is.
     */
    private static int relationBeforeRole(String text, int at) {
        int start = at;
        for (int words = 0; words < ROLE_WORDS; words++) {
            int end = Words.lineSpaceStartBefore(text, start);
            if (end == start || end == 0) {
                return -1; // words are spaced on one line; no comma ("his son, and adviser")
            }
            start = Words.wordStartBefore(text, end, false);
            if (start == end || !Character.isLowerCase(text.charAt(start))) {
                return -1;
            }
            if (end - start == 3 && text.startsWith("and", start)) {
                int kinEnd = Words.lineSpaceStartBefore(text, start);
                int kinStart = Words.wordStartBefore(text, kinEnd, false);
                return kinEnd < start && kinStart < kinEnd && kinWord(text.substring(kinStart, kinEnd)) != 0 ? kinEnd : -1;
            }
        }
        return -1;
    }

    /** "Ivanka Trump, the president's daughter,", "Melania Trump, the first lady,", "Hunter Biden, his son,". */
    private static int kinAfter(String text, int end) {
        if (!text.startsWith(", ", end)) {
            return 0;
        }
        int i = end + 2;
        boolean possessive = false; // "the son of a Cuban immigrant" describes the story's own person; "his son" a relative
        for (int words = 0; words < 4 && i < text.length(); words++) {
            int e = i;
            while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-' || text.charAt(e) == '\''
                    || text.charAt(e) == '\u2019')) {
                e++;
            }
            if (e == i) {
                return 0;
            }
            String w = text.substring(i, e);
            // the relation closes the apposition ("the first lady,", "the daughter of"): ", wife Melania and …" lists people
            if (words > 0 && w.equals("first") && text.startsWith(" lady", e) && closes(text, e + 5)) {
                return KIN_F;
            }
            int k = kinWord(w);
            if (k != 0) {
                return possessive && closes(text, e) ? k : 0;
            }
            boolean owner = w.equals("his") || w.equals("her") || w.equals("their") || w.endsWith("'s") || w.endsWith("\u2019s");
            possessive |= owner;
            boolean determiner = owner || w.equals("the");
            if (!determiner || e >= text.length() || text.charAt(e) != ' ') {
                return 0;
            }
            i = e + 1;
        }
        return 0;
    }

    /** Whether an apposition ends at {@code pos}: a comma, a stop or a parenthesis. */
    private static boolean closes(String text, int pos) {
        return pos >= text.length() || ",.;)".indexOf(text.charAt(pos)) >= 0;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    /** 'f', 'm' or '?': the sex a word for a relative tells, in lower case ("wife", "nephew"; "cousin" none). */
    static char sexOfKinWord(String lower) {
        return sex(kinWord(lower));
    }

    private static int kinWord(String w) {
        return WOMEN.contains(w) ? KIN_F : MEN.contains(w) ? KIN_M : EITHER.contains(w) ? KIN : 0;
    }

    /** The word right before {@code pos} on its line, after spaces and at most one comma ("his wife, Melania"); null if none. */
    private static String wordBefore(String text, int pos) {
        int end = wordEndBefore(text, pos);
        int start = Words.wordStartBefore(text, end, true);
        return start == end || end - start > 20 ? null : text.substring(start, end);
    }

    /** Where the word before {@code pos} ends: back past spaces and at most one comma ("his wife, Melania"). */
    private static int wordEndBefore(String text, int pos) {
        int end = Words.lineSpaceStartBefore(text, pos);
        return end > 0 && text.charAt(end - 1) == ',' ? end - 1 : end;
    }
}
