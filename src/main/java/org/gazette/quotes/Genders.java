package org.gazette.quotes;

import java.util.HashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * Which pronouns an article uses for each person it names, learned from the article itself: the pronouns in
 * the 120 characters after each mention of the person's last name (outside quotes) vote. Where the article says
 * nothing of a person, a common first name does ({@link FirstNames}).
 */
final class Genders {
    private final Map<String, int[]> votes = new HashMap<>();
    /** The article's text outside quotes, where a name written as a place is looked for. */
    private final String text;
    private final Map<String, Boolean> notAPerson = new HashMap<>();
    /** The text's words in lower case, for the words of names no one may bear. */
    private final LowerCaseWords lowerCase;
    private final ArticlePeople people;

    Genders(Tokens tokens, ArticlePeople people) {
        this(tokens, people, new LowerCaseWords(tokens.text));
    }

    /** As {@link #Genders(Tokens, ArticlePeople)}, with the article's words in lower case as the extractor reads them. */
    Genders(Tokens tokens, ArticlePeople people, LowerCaseWords lowerCase) {
        this.people = people;
        String masked = tokens.text;
        this.text = masked;
        this.lowerCase = lowerCase;
        // one pass for the pronouns (position and gender), one for the names; each name then finds the first
        // pronoun after it by binary search: n log n over the text, whatever it holds
        java.util.List<int[]> pronouns = new java.util.ArrayList<>();
        // each pronoun votes for the nearest person named before it (same paragraph, 120 chars): the one it most
        // likely refers to — not for every name it follows, which let "Clinton … his video" vote for Clinton
        java.util.List<int[]> persons = new java.util.ArrayList<>();
        Words word = tokens.words();
        while (word.next()) {
            int len = word.end() - word.start();
            if (len >= 2 && len <= 7 && GENDERED.contains(masked, word.start(), word.end())) {
                // subject and possessive pronouns only: "Sen. McCaskill scolded him" says nothing of McCaskill
                String p = word.word().toLowerCase(Locale.ROOT);
                char g = p.equals("him") || p.equals("her") ? '?' : of(p);
                if (g != '?') {
                    pronouns.add(new int[] {word.start(), g});
                    continue;
                }
            }
            if (Character.isUpperCase(masked.charAt(word.start()))
                    && people.byLastName(masked, word.start(), word.end()) != null) {
                persons.add(new int[] {word.start(), word.end()});
            }
        }
        for (int[] p : pronouns) {
            int i = firstAtOrAfter(persons, p[0]) - 1;
            if (i < 0) {
                continue;
            }
            int[] at = persons.get(i);
            if (p[0] - at[1] > 120 || masked.substring(at[1], p[0]).indexOf('\n') >= 0) {
                continue;
            }
            votes.computeIfAbsent(Names.fold(masked.substring(at[0], at[1])), k -> new int[2])[p[1] == 'm' ? 0 : 1]++;
            // of two people of one last name ("Bill Clinton", "Hillary Rodham Clinton"), the one named in full votes too
            String person = people.personEndingAt(masked, at[0], at[1]);
            if (person != null) {
                votes.computeIfAbsent(PERSON + person, k -> new int[2])[p[1] == 'm' ? 0 : 1]++;
            }
        }
    }

    /** Keys the votes of one person of a last name several people share, beside the last name's own. */
    private static final String PERSON = "\u0000";

    /**
     * The votes for a name: its last name's, and where the article tells people of that last name apart, the person's
     * own counted three times over. A few pronouns near one full name are weaker evidence than the whole last name's,
     * but they tell Bill Clinton's "he" from Hillary Clinton's "she".
     */
    private int[] votesFor(String name) {
        int[] own = name.indexOf(' ') > 0 ? votes.get(PERSON + name) : null;
        int[] all = votes.get(Names.fold(Names.lastName(name)));
        if (own == null || all == null) {
            return all;
        }
        return new int[] {all[0] + 3 * own[0], all[1] + 3 * own[1]};
    }

    private static int firstAtOrAfter(java.util.List<int[]> positions, int pos) {
        int lo = 0;
        int hi = positions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions.get(mid)[0] < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Evidence from elsewhere (a title, a pronoun subject right after the person's sentence). */
    void vote(String name, char gender, int weight) {
        if (gender == 'm' || gender == 'f') {
            votes.computeIfAbsent(Names.fold(Names.lastName(name)), k -> new int[2])[gender == 'm' ? 0 : 1] += weight;
            String person = name.indexOf(' ') > 0 ? people.personNamed(name) : null;
            if (person != null) { // of two people of one last name, this one
                votes.computeIfAbsent(PERSON + person, k -> new int[2])[gender == 'm' ? 0 : 1] += weight;
            }
        }
    }

    /** Whether a name ends with a word that the names of places, or of things no one is, end with. */
    private static boolean place(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0) {
            return false;
        }
        String last = name.substring(space + 1);
        int hyphen = last.lastIndexOf('-');
        String head = hyphen > 0 ? last.substring(hyphen + 1) : last; // "South Florida Sun-Sentinel", "Star-Telegram"
        return PLACE_HEADS.contains(last) || THING_HEADS.contains(head) || PLACES.contains(name) || UsStates.isStateName(name);
    }

    /**
     * Places of several words that no heading word gives away ("North Korea", "Saudi Arabia", "Capitol Hill", "Los
     * Angeles"): countries, regions and large cities, written as a sentence's subject as people are ("Today, Saudi
     * Arabia … have mobilized troops because “…,” he said" is not Saudi Arabia's "he"). The U.S. states: {@link UsStates}.
     */
    private static final java.util.Set<String> PLACES = Lexicon.of("North Korea", "South Korea", "Saudi Arabia",
            "United States", "Great Britain", "New Zealand", "South Africa", "Sri Lanka", "Costa Rica", "El Salvador",
            "Puerto Rico", "Hong Kong", "Sierra Leone", "Burkina Faso", "East Timor", "North Macedonia", "South Sudan",
            "Cape Verde", "San Marino", "Papua New Guinea", "Equatorial Guinea", "Northern Ireland", "West Bank",
            "Middle East", "Latin America", "North America", "South America", "Central America", "Southeast Asia",
            "East Asia", "South Asia", "Central Asia", "West Africa", "East Africa", "North Africa", "Western Europe",
            "Eastern Europe", "Capitol Hill", "Los Angeles", "San Francisco", "San Diego", "San Antonio", "San Jose",
            "Las Vegas", "New Orleans", "New Delhi", "Buenos Aires", "Tel Aviv", "Sao Paulo", "St. Louis", "El Paso");

    /**
     * Whether a name of several words that nothing makes a person's (no common first name, no "he" or "she" of its own)
     * is written as a place or a body ({@link #writtenAsPlace}) or made of words the article writes in lower case
     * ({@link #allCommonWords}): no one a "he" or "she" refers to.
     */
    private boolean noOnesName(String name) {
        if (name.indexOf(' ') < 0 || FirstNames.gender(name) != '?' || gendered(name)) {
            return false; // one word is the cue rule's to tell ("in Iran"); a first name or a "he" makes a person ("faith in Donald Trump")
        }
        return writtenAsPlace(name) || allCommonWords(name);
    }

    /**
     * Whether the article writes the name after "in" or "the" ("in New York", "the United States", "in North Korea.",
     * "at the White House"): a place or a body. Not "in Trump's view": an owner is a person.
     */
    private boolean writtenAsPlace(String name) {
        // each place the name is written, once (the first 60): what stands before it is asked there
        int[] starts = capitalRunsOf(name);
        if (starts == null) {
            for (int at = text.indexOf(name), looks = 0; at >= 0 && looks < 60; at = text.indexOf(name, at + 1), looks++) {
                if (placeBefore(name, at)) {
                    return true;
                }
            }
            return false;
        }
        for (int i = 0, looks = 0; i < starts.length && looks < 60; i++) {
            if (text.startsWith(name, starts[i])) {
                looks++;
                if (placeBefore(name, starts[i])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the name written at {@code at} ends a word there and follows "in", "the" or "at the". */
    private boolean placeBefore(String name, int at) {
        int end = at + name.length();
        char next = end < text.length() ? text.charAt(end) : '.';
        if (Character.isLetterOrDigit(next) || next == '\'' || next == '\u2019') {
            return false;
        }
        for (String before : IN_PLACE) {
            int from = at - before.length();
            if (from >= 0 && text.startsWith(before, from) && (from == 0 || !Character.isLetter(text.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Names whose places are searched for before {@link #capitalRuns} is built. */
    private static final int SEARCHED = 8;
    private int searches;
    /** Per run of letters from a capital (inside a word too: "Donald" in "McDonald"), where it starts, in text order. */
    private Map<String, int[]> capitalRuns;

    /**
     * Where the text may have {@code name}: each place its first run of letters, from a capital, stands as a whole run
     * (a name of several words has a space after it), in text order; null where the text is to be searched instead
     * (the first few names asked about, which cost least so, and a name that opens without a capital). Every place the
     * text has the name is among them. (A search per name made a text of thousands of names quadratic.)
     */
    private int[] capitalRunsOf(String name) {
        int run = 0;
        while (run < name.length() && Character.isLetter(name.charAt(run))) {
            run++;
        }
        if (run == 0 || run == name.length() || run > LONGEST_RUN || !Character.isUpperCase(name.charAt(0))
                || capitalRuns == null && searches++ < SEARCHED) {
            return null;
        }
        if (capitalRuns == null) {
            capitalRuns = capitalRuns(text);
        }
        return capitalRuns.getOrDefault(name.substring(0, run), NO_PLACES);
    }

    private static final int[] NO_PLACES = new int[0];

    /** Runs longer than this are no name's first word: neither kept nor asked about (a page of capitals stays linear). */
    private static final int LONGEST_RUN = 40;

    private static Map<String, int[]> capitalRuns(String text) {
        Map<String, List<Integer>> at = new HashMap<>();
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (!Character.isLetter(text.charAt(start))) {
                continue;
            }
            int end = start + 1;
            while (end < n && Character.isLetter(text.charAt(end))) {
                end++;
            }
            for (int p = Math.max(start, end - LONGEST_RUN); p < end; p++) { // every capital in the run opens one
                if (Character.isUpperCase(text.charAt(p))) {
                    at.computeIfAbsent(text.substring(p, end), k -> new java.util.ArrayList<>(2)).add(p);
                }
            }
            start = end - 1;
        }
        Map<String, int[]> out = new HashMap<>(at.size() * 2);
        at.forEach((run, places) -> out.put(run, places.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** What a place's name follows; "the" also a body's ("the United States", "the White House"), never a person's full name. */
    private static final String[] IN_PLACE = {"in ", "in the ", "In ", "the ", "The ", "at the "};

    /**
     * Whether every word of the name is one the article also writes in lower case ("Current Issue View", "Fight Back",
     * "Play Pause Loading"): a heading or a label. Not a title's word ("The President", "The Pope": an office).
     */
    private boolean allCommonWords(String name) {
        for (String word : name.split(" ")) {
            if (Names.PERSON_TITLE_SET.contains(word) || !writtenLowerCase(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text has {@code word} in lower case as a word of its prose. */
    private boolean writtenLowerCase(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals(word) || lower.isEmpty()) {
            return false; // "de", "al": particles, part of a name
        }
        if (lowerCase.surelyAbsent(lower)) {
            return false; // no word of its own anywhere, so none of the prose (a search per word made thousands of names quadratic)
        }
        for (int at = text.indexOf(lower), looks = 0; at >= 0 && looks < 60; at = text.indexOf(lower, at + 1), looks++) {
            int end = at + lower.length();
            // a word of the prose: not part of a web address, a handle or a hyphened slug ("kellyanne-conway")
            if ((at == 0 || PROSE_BEFORE.indexOf(text.charAt(at - 1)) >= 0)
                    && (end == text.length() || PROSE_AFTER.indexOf(text.charAt(end)) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static final String PROSE_BEFORE = " \n(\"\u201C";
    private static final String PROSE_AFTER = " \n,.;:!?)\"\u201D\u2019'";

    /**
     * Last words of names that are no one's: outlets ("Fox News"), laws and papers ("the Gambling Bill", "the Affordable
     * Care Act"), a party's members ("Lib Dems"). A "he" or "she" never refers to them.
     */
    private static final java.util.Set<String> THING_HEADS = Lexicon.of("News", "Radio", "Television", "TV", "Times",
            "Post", "Journal", "Magazine", "Act", "Bill", "Amendment", "Treaty", "Accord", "Agreement", "Report", "Law", "Code",
            "Doctrine", "Plan", "Dems", "Democrats", "Republicans", "Tories", "Conservatives", "Liberals", "Monologues",
            "Program", "Programme", "Project", "Initiative", "Fund",
            // newspapers' names: "Chicago Tribune", "Miami Herald" are no "he" or "she" (not "Bee": Samantha Bee is)
            "Tribune", "Herald", "Globe", "Chronicle", "Gazette", "Examiner", "Inquirer", "Courier", "Dispatch",
            "Sentinel", "Telegraph", "Telegram", "Observer");

    /**
     * Whether a name is an institution's ("Trump University", "the Ministry of Defence"); "A spokesman for the Business
     * Software Alliance" is a person.
     */
    private static boolean body(String name) {
        return Names.isInstitutionName(name) || titledWithThe(name);
    }

    /**
     * "The Guardian", "The New York Times", "The White House": after "The", capitalised words only, neither the first nor
     * the last a title or a party's member — a body's name. "The Rev. Al Sharpton", "The French leader" and "The Texas
     * Republican" are people.
     */
    private static boolean titledWithThe(String name) {
        if (!(name.startsWith("The ") || name.startsWith("the ")) || name.length() < 5) { // "the White House" too
            return false;
        }
        String[] words = name.substring(4).split(" ");
        String first = words[0];
        String last = words[words.length - 1]; // "The Texas Republican", "The US President": what the person is
        if (Names.PERSON_TITLE_SET.contains(first) || Names.PERSON_TITLE_SET.contains(last) || Names.PARTY_WORDS.contains(last)) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Last words of places' names, which are seldom anyone's surname. */
    private static final java.util.Set<String> PLACE_HEADS = Lexicon.of("Tower", "Street", "Beach", "Valley", "Island",
            "Square", "Garden", "Gardens", "Bay", "Plaza", "Avenue", "Road", "Airport", "Stadium", "County", "Boulevard",
            "City", "Islands", "Republic", "Kingdom", "Emirates", "Union", "Coast", "Strip", "Sea", "Ocean", "Gulf");

    private static final WordSet GENDERED = new WordSet(Lexicon.of("he", "him", "his", "himself", "she", "her", "hers", "herself"));

    /** 'm', 'f', or '?' for a pronoun. */
    static char of(String pronoun) {
        String p = pronoun.length() <= 8 ? pronoun.toLowerCase(Locale.ROOT) : "";
        if (p.equals("he") || p.equals("him") || p.equals("his") || p.equals("himself")) {
            return 'm';
        }
        if (p.equals("she") || p.equals("her") || p.equals("hers") || p.equals("herself")) {
            return 'f';
        }
        return '?';
    }

    /** Whether any "he" or "she" of the article refers to this name. */
    boolean gendered(String name) {
        int[] v = votesFor(name);
        return v != null && v[0] + v[1] > 0;
    }

    /** True unless the article clearly uses the other gender's pronouns for this person. */
    boolean fits(String name, char pronoun) {
        if (pronoun == '?') {
            return true;
        }
        if (place(name) || body(name) || notAPerson.computeIfAbsent(name, this::noOnesName)) {
            // "Trump Tower", "Fox News", "Sandy Hook Elementary School", "in Great Britain": no "he" or "she"
            return false;
        }
        if (Phrases.bodyByItsLetters(name) && !votes.containsKey(PERSON + name)) {
            return false; // "CNN", "Police": no "he" or "she" unless the article calls it so ("AOC … she")
        }
        char kin = people.kinSex(name);
        if (kin != '?') {
            return kin == pronoun; // "his wife, Marla Maples" is no "he"
        }
        char given = FirstNames.gender(name);
        if (given != '?' && (name.indexOf(' ') < 0 || !votes.containsKey(PERSON + name))) {
            // the article says nothing of this person apart from others of the last name: "Michele Obama" is no "he"
            // for all the article's "he" after "Obama"; "Richard Ferrand" is no "she"
            return given == pronoun;
        }
        int[] own = given != '?' ? votes.get(PERSON + name) : null;
        if (own != null && (given == 'm' ? own[0] >= own[1] : own[1] >= own[0])) {
            // what the article says of this person agrees with the first name: the many "he" of a husband of the same
            // last name do not make "Ann Romney" a "he"
            return given == pronoun;
        }
        int[] v = votesFor(name);
        if (v == null || v[0] == v[1]) {
            return true;
        }
        char g = v[0] > v[1] ? 'm' : 'f';
        return g == pronoun;
    }
}
