package org.gazette.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The Kentucky Republican", "the California Democrat": U.S. papers call a lawmaker by state and party the second
 * time round. A quotation credited so is the one person the article marks with that state and party: "Sen. Mitch
 * McConnell (R-Ky.)", "McConnell, R-Kentucky,", "Kentucky Republican Mitch McConnell", "McConnell, a Kentucky
 * Republican". Nobody, or two people, so marked leaves the description as it is. As {@link TitleReferents}, for the
 * speakers the archive shows; the extractor reports the description as the text words it.
 */
final class PartyEpithets {
    private PartyEpithets() { }

    private static final String PARTY = "(Republican|Democrat|Independent)";
    /** Words that may stand between "the" and the state without making it someone else: "the freshman Ohio Republican". */
    private static final String SAME_PERSON = "(?:(?:freshman|veteran|longtime|senior|junior|first-term|two-term|three-term"
            + "|moderate|conservative|liberal|progressive)\\s+)?";
    /** The speaker as a description: "the Kentucky Republican". */
    private static final Pattern EPITHET = Pattern.compile("(?i:the)\\s+" + SAME_PERSON + "(" + UsStates.NAMES_PATTERN + ")\\s+" + PARTY);
    /** "(R-Ky.)", ", D-N.Y.,", "R-Kentucky": a party's letter and a state, after a name. */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("([(,])\\h*([DRI])-\\h?((?:\\p{Lu}[\\p{L}]*\\.?\\h?){1,2})");
    /** "Kentucky Republican Mitch McConnell": the state and party before the name. */
    private static final Pattern BEFORE_NAME = Pattern.compile("\\b(" + UsStates.NAMES_PATTERN + ")\\h+" + PARTY
            + "\\h+((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’.-]*)\\h+){0,4}\\p{Lu}[\\p{L}'’-]+)");
    /** "McConnell, a Kentucky Republican": the state and party after the name, in an apposition. */
    private static final Pattern APPOSITION = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\h+an?\\h+(" + UsStates.NAMES_PATTERN + ")\\h+"
            + PARTY + "\\b");

    /** The quotations credited to a state and party alone, credited instead to the one person the article marks so. */
    static List<Quote> resolve(String text, List<Quote> quotes, ArticlePeople people) {
        Map<String, Map<String, String>> marked = null;
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            // a matcher only for a speaker that opens with "the": every quotation of an import comes through here
            Matcher m = q.speaker() == null || !q.speaker().regionMatches(true, 0, "the ", 0, 4) ? null : EPITHET.matcher(q.speaker());
            if (m == null || !m.matches()) {
                continue;
            }
            if (marked == null) {
                marked = marked(text, people);
            }
            Map<String, String> holders = marked.getOrDefault(key(m.group(1), m.group(2)), Map.of());
            if (holders.size() != 1) {
                continue; // nobody marked so, or two people: the description may be either's
            }
            String found = holders.values().iterator().next();
            if (!namedShortlyBefore(text, Names.lastName(found), q.start())) {
                continue; // the epithet refers back to someone just named: another of that state and party, never marked so
            }
            if (out == null) {
                out = new ArrayList<>(quotes);
            }
            out.set(i, q.withSpeaker(Names.wordCount(found) > 1 ? people.fullest(found) : found, q.rule() + "+epithet"));
        }
        return out == null ? quotes : out;
    }

    /** How far back from a quotation the person an epithet refers to was last named (about two paragraphs). */
    private static final int REACH = 1_000;

    /** Whether the last name stands as a word in the {@link #REACH} chars before {@code pos}. */
    private static boolean namedShortlyBefore(String text, String last, int pos) {
        int from = Math.max(0, pos - REACH);
        for (int at = Words.indexOf(text, last, from, pos); at >= 0; at = Words.indexOf(text, last, at + 1, pos)) {
            int end = at + last.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1))) && (end >= text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String state, String party) {
        return state + " " + party.toLowerCase(Locale.ROOT);
    }

    /** For each state and party, the people the article marks with both, by folded last name. */
    static Map<String, Map<String, String>> marked(String text, ArticlePeople people) {
        Map<String, Map<String, String>> out = new HashMap<>();
        Matcher m = PARTY_AND_STATE.matcher(text);
        while (m.find()) {
            String state = UsStates.stateOf(withoutStop(m.group(3).strip()));
            String name = state == null ? null : nameBefore(text, m.start(1));
            if (name != null) {
                add(out, key(state, partyOf(m.group(2))), name);
            }
        }
        m = BEFORE_NAME.matcher(text);
        while (m.find()) {
            String name = Names.personAtEnd(m.group(3)); // "Kentucky Republican Sen. Rand Paul": the name after the title
            if (name != null) {
                add(out, key(m.group(1), m.group(2)), name);
            }
        }
        m = APPOSITION.matcher(text);
        while (m.find()) {
            String name = people.byLastName(m.group(1)); // the fullest mention of that last name
            if (name != null) {
                add(out, key(m.group(2), m.group(3)), name);
            }
        }
        return out;
    }

    private static void add(Map<String, Map<String, String>> out, String key, String name) {
        out.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(Names.fold(Names.lastName(name)), name,
                (a, b) -> Names.wordCount(b) > Names.wordCount(a) ? b : a); // "Mitch McConnell" fuller than "McConnell"
    }

    private static String partyOf(String letter) {
        return switch (letter) {
            case "R" -> "Republican";
            case "D" -> "Democrat";
            default -> "Independent";
        };
    }

    private static String withoutStop(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The person named right before a party and state ("Sen. Mitch McConnell (R-Ky.)"), in the same clause; or null. */
    private static String nameBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 80 && "\n,(;".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start == end ? null : Names.personAtEnd(text.substring(start, end)); // the name ends the clause
    }
}
