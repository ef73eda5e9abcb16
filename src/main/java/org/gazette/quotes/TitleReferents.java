package org.gazette.quotes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The president", "the senator", "the mayor": a quotation credited to an office is the person the article gives
 * that title, when it gives it to exactly one person ("President Donald Trump said …. “…,” the president added").
 * The extractor reports the description as the text words it (what the evaluation sets annotate); the archive
 * shows the person, so that a speaker's list holds what they said as "the president" too, and "the president" is
 * not one speaker gathering every article's president.
 *
 * <p>Conservative by design: a second person with the title in the same article ("French President Emmanuel
 * Macron" beside "President Trump", or "Macron, the French president"), a description with words between "the"
 * and the office ("the former president"), or an office nobody is titled with leaves the description as it is.
 */
public final class TitleReferents {
    private TitleReferents() { }

    /** The offices a description may name, each with the capitalised titles that give it before a name. */
    private static final Map<String, List<String>> OFFICES = new LinkedHashMap<>();

    static {
        OFFICES.put("president", List.of("President"));
        OFFICES.put("vice president", List.of("Vice President"));
        OFFICES.put("president-elect", List.of("President-elect", "President-Elect"));
        OFFICES.put("senator", List.of("Senator", "Sen."));
        OFFICES.put("governor", List.of("Governor", "Gov."));
        OFFICES.put("mayor", List.of("Mayor"));
        OFFICES.put("congressman", List.of("Congressman", "Rep."));
        OFFICES.put("congresswoman", List.of("Congresswoman", "Rep."));
        OFFICES.put("prime minister", List.of("Prime Minister"));
        OFFICES.put("chancellor", List.of("Chancellor"));
        OFFICES.put("speaker", List.of("Speaker"));
        OFFICES.put("pope", List.of("Pope"));
        OFFICES.put("attorney general", List.of("Attorney General"));
        OFFICES.put("ambassador", List.of("Ambassador"));
        OFFICES.put("sheriff", List.of("Sheriff"));
    }

    /** Words before a title that make it another office or a past one: "Vice President", "former President". */
    private static final java.util.Set<String> NOT_THE_OFFICE = java.util.Set.of("vice", "former", "ex", "deputy",
            "assistant", "lieutenant", "lt.", "late", "then");

    /** A name: capitalised words, initials and particles, up to four words. */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "\\G\\s+((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*|de|van|von|der|da|del|la|le|bin|al|di|du)\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)");

    /** The quotations with a lone office for speaker credited to the one person the article gives that title. */
    public static List<Quote> resolve(String text, List<Quote> quotes) {
        Map<String, String> holders = null;
        List<Quote> out = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String office = office(q.speaker());
            if (office == null) {
                continue;
            }
            if (holders == null) {
                holders = new java.util.HashMap<>();
            }
            String person = holders.computeIfAbsent(office, o -> holder(text, o, quotes));
            if (person.isEmpty()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(quotes);
            }
            out.set(i, q.withSpeaker(person, q.rule() + "+title"));
        }
        return out == null ? quotes : out;
    }

    /** The office a speaker names, when it is "the" and an office alone ("the president", "The Mayor"); else null. */
    static String office(String speaker) {
        if (speaker == null || speaker.length() < 8 || !speaker.regionMatches(true, 0, "the ", 0, 4)) {
            return null;
        }
        String o = speaker.substring(4).strip().toLowerCase(Locale.ROOT);
        return OFFICES.containsKey(o) ? o : null;
    }

    /**
     * The name of the one person the text titles with this office, as fully as the text gives it; "" when nobody
     * is, when several are, or when the article names someone else far more often (the office is then likely
     * that person's, whom the article never titled: "President George H. W. Bush" once, in a story that calls
     * Trump "Trump" throughout).
     */
    static String holder(String text, String office, List<Quote> quotes) {
        String found = null;
        String foundLast = null;
        for (String title : OFFICES.get(office)) {
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                if (!startsWord(text, at) || blockedBefore(text, at)) {
                    continue;
                }
                Matcher m = NAME_AFTER.matcher(text).region(at + title.length(), Math.min(text.length(), at + title.length() + 80));
                String name = m.lookingAt() ? Names.personAtEnd(title + " " + m.group(1)) : null;
                if (name == null) {
                    continue;
                }
                String last = Names.fold(Names.lastName(name));
                if (foundLast == null) {
                    found = name;
                    foundLast = last;
                } else if (!foundLast.equals(last)) {
                    return ""; // two people with the title: which one is meant, the text alone tells
                } else if (Names.wordCount(name) > Names.wordCount(found)) {
                    found = name; // "President Donald Trump" fuller than "President Trump"
                }
            }
        }
        Names.Index people = new Names.Index(Names.fullNameMentions(text));
        if (found == null) {
            // nobody titled so: the one person given the office in an apposition ("Andrew Cuomo, the governor of New
            // York"), by the last name the apposition gives
            Map<String, String> holders = appositives(text, office, people, true);
            if (holders.size() != 1) {
                return "";
            }
            found = holders.values().iterator().next();
            foundLast = Names.fold(found);
        }
        java.util.Set<String> given = new java.util.HashSet<>(appositives(text, office, people, false).keySet());
        given.remove(foundLast);
        if (!given.isEmpty() || !mostNamed(text, found, people, quotes)) {
            return ""; // someone else is given the office too: the description may be theirs
        }
        // a first name given: that person's fullest form; a last name alone stays so: the one person an article names
        // in full with it may be another of the family ("Melania Trump" beside "President Trump"), or someone else
        // ("St. Francis" beside "Pope Francis"); the archive's speakers know whom the last name most likely means
        return Names.wordCount(found) > 1 ? people.fullest(found) : found;
    }

    /**
     * Whether the holder is one of the people the story is about: named twice at least, and a third as often as
     * anyone else it names.
     */
    private static boolean mostNamed(String text, String holder, Names.Index people, List<Quote> quotes) {
        java.util.Set<String> lasts = new java.util.HashSet<>();
        for (String m : Names.fullNameMentions(text)) {
            lasts.add(Names.lastName(m));
        }
        for (Quote q : quotes) {
            String who = q.speaker();
            if (who != null && Character.isUpperCase(who.charAt(0)) && office(who) == null) {
                lasts.add(Names.lastName(who));
            }
        }
        Matcher said = NAME_THEN_WORD.matcher(text); // "Trump said it was overdue": a person the story calls by name
        while (said.find()) {
            if (QuoteAttributor.VERB_WORDS.contains(said.group(2)) && Names.personAtEnd(said.group(1)) != null) { // not "He said"
                lasts.add(said.group(1));
            }
        }
        String holderLast = Names.lastName(holder);
        int own = occurrences(text, holderLast);
        int most = 0;
        for (String last : lasts) {
            if (last.length() > 1 && !Names.fold(last).equals(Names.fold(holderLast))) {
                most = Math.max(most, occurrences(text, last));
            }
        }
        // a campaign story names the challenger more often than "the president" it quotes, but not ten times as often
        return own >= 2 && own * 3 >= most;
    }

    private static final Pattern NAME_THEN_WORD = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+) (\\p{Ll}+)\\b");

    /** How often a word occurs in the text as a whole word. */
    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            int end = at + word.length();
            if (startsWord(text, at) && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                n++;
            }
        }
        return n;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
    }

    private static boolean blockedBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        if (end < at && start < end) {
            return NOT_THE_OFFICE.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
        }
        // "then-President", "ex-Gov.": joined by a hyphen
        return at > 0 && text.charAt(at - 1) == '-';
    }

    /**
     * The people given the office in an apposition ("Emmanuel Macron, the French president," or "the French
     * president, Emmanuel Macron"), by folded last name; with {@code asHolder}, only those who hold it now, as the
     * text says it ("the governor", "the New York governor"; not "a former president", "the vice president"). Only
     * a word that is the last name of someone the article names counts ("On Tuesday, the president said" gives the
     * office to nobody).
     */
    private static Map<String, String> appositives(String text, String office, Names.Index people, boolean asHolder) {
        String o = Pattern.quote(office);
        // case-insensitive only where it should be: under (?i) \\p{Lu} would match any letter
        Pattern after = Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s+((?i:the|a))\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)(?i:" + o + ")(?![\\p{L}'’-])"); // not "the president's lawyer"
        Pattern before = Pattern.compile("\\b((?i:the))\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)(?i:" + o
                + "),\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(\\p{Lu}[\\p{L}'’-]+)");
        Map<String, String> out = new LinkedHashMap<>();
        // as the holder only "Name, the office": "… on behalf of the president, Michael Cohen paid" reads as one too
        for (Pattern p : asHolder ? List.of(after) : List.of(after, before)) {
            Matcher m = p.matcher(text);
            boolean nameFirst = p == after;
            while (m.find()) {
                String name = m.group(nameFirst ? 1 : 3);
                String article = m.group(nameFirst ? 2 : 1);
                String between = m.group(nameFirst ? 3 : 2);
                if (people.byLastName(name) == null || linksAnotherNoun(between)) {
                    continue; // "Cohen, the lawyer for the president": the office is someone else's
                }
                if (asHolder && (!article.equalsIgnoreCase("the") || blocked(between))) {
                    continue;
                }
                out.putIfAbsent(Names.fold(name), name);
            }
        }
        return out;
    }

    /** Words that tie the office to another noun before it: "the lawyer for the president", "the son of the mayor". */
    private static final java.util.Set<String> LINKS = java.util.Set.of("of", "for", "to", "the", "a", "an", "and", "in",
            "at", "on", "with", "by", "from", "his", "her", "their", "its", "who", "as");

    private static boolean linksAnotherNoun(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (LINKS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether words before an office make it another or a past one ("former", "vice", "deputy"). */
    private static boolean blocked(String words) {
        for (String w : words.strip().split("\\s+")) {
            if (NOT_THE_OFFICE.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
