package org.gazette.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The spokeswoman", "the strategist", "the attorney": a quotation credited to a role alone is the person the article
 * gave that role by name before it ("State spokeswoman Jen Psaki took a similar tack …. “…,” the spokeswoman said";
 * "President Trump attorney Rudy Giuliani … “…,” the attorney promised"; "Daniel Kuritzkes, the chief of the infectious
 * disease division, …"), in the archive's view, as {@link TitleReferents} does for offices. Conservative: a role the
 * article also gives someone it leaves unnamed ("a senior aide said", "another GOP strategist"), or gives two named
 * people, stays a description; so does one named only after the quotation, and one whose first name the name lists do
 * not know (so "Fox News" is no holder, nor, as yet, "Hua Chunying, China's foreign ministry spokeswoman"). {@code
 * quotes --json} reports the description as the text words it.
 */
final class RoleReferents {
    private RoleReferents() { }

    /** How far before the role its apposition's name may stand: "Ana Ruiz, the port authority's chief spokeswoman". */
    private static final int APPOSITION_REACH = 120;

    /** A name after the role: "strategist Michael Trujillo", "attorney Rudy Giuliani". */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "\\G\\h((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*|de|van|von|der|da|del|la|le|bin|al|di|du)\\h){0,3}\\p{Lu}[\\p{L}'’-]+)");
    /** A name in apposition after the role: "a spokesman, Peter Smith, said" (closed by a stop or a comma). */
    private static final Pattern NAME_IN_APPOSITION = Pattern.compile(
            "\\G,\\h((?:\\p{Lu}[\\p{L}.'’-]*\\h){0,3}\\p{Lu}[\\p{L}'’-]+)[,.;)]");

    /** Determiners that leave a role's holder unnamed: "a spokesman", "one aide", "another strategist". */
    private static final Set<String> INDEFINITE = Lexicon.of("a", "an", "one", "another", "some", "several", "other", "two",
            "three", "four", "many", "any");

    /** Words that tie the role to another noun before it: "the son of a spokesman", "the lawyer for the aide". */
    private static final Set<String> LINKS = Lexicon.of("of", "for", "to", "and", "or", "in", "at", "on", "with", "by", "from",
            "his", "her", "their", "its", "who", "as", "than");

    /** The quotations credited to a role alone, credited instead to the one person the article named with it before. */
    static List<Quote> resolve(String text, List<Quote> quotes, ArticlePeople people) {
        Map<String, Introductions> byRole = null;
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String role = role(q.speaker());
            if (role == null) {
                continue;
            }
            if (byRole == null) {
                byRole = new HashMap<>();
            }
            String who = byRole.computeIfAbsent(role, r -> introductions(text, r, people)).holderBefore(q.start());
            if (who == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(quotes);
            }
            out.set(i, q.withSpeaker(who, q.rule() + "+role"));
        }
        return out == null ? quotes : out;
    }

    /** The role a speaker names, when it is "the" and a person's role noun alone ("the spokeswoman"); else null. */
    static String role(String speaker) {
        if (speaker == null || speaker.length() < 7 || !speaker.regionMatches(true, 0, "the ", 0, 4)) {
            return null;
        }
        String w = speaker.substring(4).toLowerCase(Locale.ROOT);
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) < 'a' || w.charAt(k) > 'z') {
                return null; // one plain word: "the White House official" is a description of its own
            }
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            return null; // "the analysts": several people
        }
        return !TitleReferents.isOffice(w) && (Names.ROLE_NOUNS.contains(w) || Subjects.personNoun(w)) ? w : null;
    }

    /** Where the article gives a role to a named person, and whether it also gives it to someone unnamed. */
    private record Introductions(Map<String, Integer> named, Map<String, String> fullest, boolean unnamed, int firstDefinite) {
        /**
         * The one person named with the role before {@code pos}, when the article names one only and speaks of "the"
         * role only after naming them (an earlier "the attorney's offices" is someone the article introduced otherwise);
         * else null.
         */
        String holderBefore(int pos) {
            if (unnamed || named.size() != 1) {
                return null;
            }
            var only = named.entrySet().iterator().next();
            int at = only.getValue();
            return at < pos && (firstDefinite < 0 || at < firstDefinite) ? fullest.get(only.getKey()) : null;
        }
    }

    private static Introductions introductions(String text, String role, ArticlePeople people) {
        Map<String, Integer> named = new LinkedHashMap<>(); // folded last name: where first named with the role
        Map<String, String> fullest = new HashMap<>();
        boolean unnamed = false;
        int firstDefinite = -1;
        String capitalised = Character.toUpperCase(role.charAt(0)) + role.substring(1);
        for (String written : List.of(role, capitalised)) {
            for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
                int end = at + written.length();
                if (at > 0 && Character.isLetter(text.charAt(at - 1)) || end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue; // inside a word
                }
                boolean owner = end < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’');
                String who = owner ? null : nameAfter(text, end, people);
                // "Of Rubio, the paper argued": a speech verb after the role, no apposition
                if (who == null && !owner && !SpeakerChecks.speechVerbAfter(text, end)) {
                    who = nameBefore(text, at, end, people);
                }
                String determiner = who == null ? determinerBefore(text, at) : null;
                if (who != null) {
                    String key = Names.fold(Names.lastName(who));
                    named.putIfAbsent(key, at);
                    fullest.merge(key, who, (a, b) -> Names.wordCount(b) > Names.wordCount(a) ? b : a);
                } else if (determiner != null && INDEFINITE.contains(determiner)) {
                    unnamed = true; // "a senior Democratic aide said": the description may be that one's
                } else if ("the".equals(determiner) && (firstDefinite < 0 || at < firstDefinite)) {
                    firstDefinite = at;
                }
            }
        }
        return new Introductions(named, fullest, unnamed, firstDefinite);
    }

    /**
     * The known person the role names right after it: as a title before the name ("attorney Rudy Giuliani") or in an
     * apposition ("a spokesman, Peter Smith, said"); null for none.
     */
    private static String nameAfter(String text, int end, ArticlePeople people) {
        int to = Math.min(text.length(), end + 80);
        // a capital after a space, or after a comma and a space, before any matcher is made
        Pattern p = capitalAt(text, end, " ") ? NAME_AFTER : capitalAt(text, end, ", ") ? NAME_IN_APPOSITION : null;
        Matcher m = p == null ? null : p.matcher(text).region(end, to);
        return m != null && m.lookingAt() ? known(Names.personAtEnd(m.group(1)), people) : null;
    }

    /** Whether {@code text} has {@code before} at {@code at} and a capital right after it. */
    private static boolean capitalAt(String text, int at, String before) {
        int c = at + before.length();
        return c < text.length() && text.startsWith(before, at) && Character.isUpperCase(text.charAt(c));
    }

    /**
     * The known person an apposition gives the role, the name before it: "Doug Heye, a GOP strategist", "Linda Marsh, the
     * port authority's chief spokeswoman"; null for none, or when the words between tie the role to someone else
     * ("Ivanka Trump, the daughter of a spokesman").
     */
    private static String nameBefore(String text, int at, int end, ArticlePeople people) {
        // looked for in reach only: a search back to the text's start at each mention made a text without commas quadratic
        int comma = Words.lastIndexOf(text, ',', at - APPOSITION_REACH, at + 1);
        if (comma < 0) {
            return null; // no comma before the role in reach: no apposition (most mentions)
        }
        int words = 0;
        int i = at;
        while (i > 0 && at - i < APPOSITION_REACH) {
            int wordEnd = Words.lineSpaceStartBefore(text, i);
            if (wordEnd == 0) {
                return null;
            }
            char c = text.charAt(wordEnd - 1);
            if (c == ',') {
                int nameEnd = wordEnd - 1;
                int nameStart = wordStartBefore(text, nameEnd);
                if (nameStart == nameEnd || !Character.isUpperCase(text.charAt(nameStart))) {
                    return null;
                }
                return known(people.personAt(text, nameStart, nameEnd), people);
            }
            if (!inWord(c)) {
                return null; // a stop, a quotation mark, a parenthesis: no apposition
            }
            int wordStart = wordStartBefore(text, wordEnd);
            String w = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            if (LINKS.contains(w) || ++words > 5 || Phrases.isVerbAt(text, wordStart, wordEnd)) {
                return null; // "Obama, said a White House aide": a cue, not an apposition
            }
            if (DEFINITE_OR_NOT.contains(w) && !commaBefore(text, wordStart)) {
                return null; // a determiner opens the apposition, right after its comma
            }
            i = wordStart;
        }
        return null;
    }

    /** The determiners an apposition may open with: "Doug Heye, a GOP strategist". */
    private static final Set<String> DEFINITE_OR_NOT = Lexicon.of("a", "an", "the");

    private static boolean commaBefore(String text, int at) {
        int k = Words.lineSpaceStartBefore(text, at);
        return k > 0 && text.charAt(k - 1) == ',';
    }

    /** Where the word ending at {@code end} starts: letters, and the hyphens, stops and apostrophes of "U.S.", "China's". */
    private static int wordStartBefore(String text, int end) {
        int start = end;
        while (start > 0 && inWord(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean inWord(char c) {
        return Character.isLetter(c) || "'’-.".indexOf(c) >= 0;
    }

    /** The nearest determiner before the role, within its phrase, in lower case ("one senior aide": "one"); else null. */
    private static String determinerBefore(String text, int at) {
        int i = at;
        for (int words = 0; words < 5 && i > 0; words++) {
            int wordEnd = Words.lineSpaceStartBefore(text, i);
            int wordStart = wordStartBefore(text, wordEnd); // "U.S.", "GOP's" are words of the phrase
            if (wordStart == wordEnd) {
                return null; // punctuation: the phrase began after it
            }
            String w = text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT);
            if (INDEFINITE.contains(w) || w.equals("the") || w.equals("this") || w.equals("that")) {
                return w;
            }
            i = wordStart;
        }
        return null;
    }

    /** The person as the article names them most fully, when the article names them by a first name; else null ("Fox News"). */
    private static String known(String name, ArticlePeople people) {
        if (name == null || people.byLastName(Names.lastName(name)) == null) {
            return null;
        }
        String full = Names.wordCount(name) > 1 ? people.fullest(name) : people.byLastName(Names.lastName(name));
        return full != null && FirstNames.gender(full) != '?' ? full : null;
    }
}
