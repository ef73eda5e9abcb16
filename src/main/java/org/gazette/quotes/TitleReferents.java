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
 * <p>The holder is the one person titled so ("President Barack Obama", "Sen. Sanders"), or, with nobody titled, the
 * one person given the office in a closed apposition ("Andrew Cuomo, the governor of New York, said"). Conservative
 * by design: a second person with the title in the same article ("President Lindqvist" beside "President Girard",
 * or "Girard, the French president"), a description with words between "the" and the office ("the former
 * president"), or a holder the story names far less than someone else leaves the description as it is. A title
 * that a nationality or a country qualifies ("French President Emmanuel Macron", "Russia's President") is another
 * country's office: it leaves "the president" to the one titled plainly ("President Trump"), unless the story names
 * that foreign holder as often. Used through {@link QuoteAttributor#quotesResolvingOffices}.
 */
final class TitleReferents {
    private TitleReferents() { }

    /** The offices a description may name, each with the titles that give it before a name. */
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
        OFFICES.put("house speaker", List.of("House Speaker", "Speaker"));
        OFFICES.put("majority leader", List.of("Majority Leader"));
        OFFICES.put("minority leader", List.of("Minority Leader"));
        OFFICES.put("chief justice", List.of("Chief Justice"));
        OFFICES.put("first lady", List.of("First Lady", "First lady", "first lady"));
        OFFICES.put("chairman", List.of("Chairman"));
        OFFICES.put("commissioner", List.of("Commissioner"));
        OFFICES.put("director", List.of("Director"));
        OFFICES.put("judge", List.of("Judge")); // "U.S. District Judge Derrick Watson … the judge said"
    }

    /** Words before a title that make it another office or a past one: "Vice President", "former President". */
    private static final java.util.Set<String> NOT_THE_OFFICE = Lexicon.of("vice", "former", "ex", "deputy",
            "assistant", "lieutenant", "lt.", "late", "then");

    /** A name: capitalised words, initials and particles, up to four words, on the title's line. */
    private static final Pattern NAME_AFTER = Pattern.compile(
            "\\G\\h+((?:(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*|de|van|von|der|da|del|la|le|bin|al|di|du)\\h+){0,3}\\p{Lu}[\\p{L}'’-]+)");

    /**
     * The quotations with a lone office for speaker credited to the one person the article gives that title; the
     * article's full-name mentions and people as the extractor found them.
     */
    static List<Quote> resolve(String text, List<Quote> quotes, List<String> mentions, ArticlePeople people) {
        Map<String, String> holders = null;
        Map<String, List<Titled>> titledBy = null; // per office, where the text titles whom
        Map<String, TitlesInReach> inReach = null; // per office no one holds, its titles read for the quotations credited to it
        SentenceStarts sentences = null;
        QuotedPlaces quoted = null;
        List<Quote> out = null;
        WordOccurrences counts = null;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            String office = office(q.speaker());
            if (office == null) {
                continue;
            }
            if (holders == null) {
                holders = new java.util.HashMap<>();
                titledBy = new java.util.HashMap<>();
                counts = new WordOccurrences(text);
            }
            List<Titled> titles = titledBy.computeIfAbsent(office, o -> titled(text, o));
            String person = holders.get(office);
            if (person == null) {
                person = holder(text, office, titles, quotes, mentions, people, counts);
                holders.put(office, person);
            }
            if (person.isEmpty() && !titles.isEmpty()) {
                if (inReach == null) {
                    inReach = new java.util.HashMap<>();
                    sentences = new SentenceStarts(text);
                    quoted = new QuotedPlaces(quotes);
                }
                TitlesInReach reach = inReach.get(office);
                if (reach == null) {
                    reach = new TitlesInReach(titles, quoted);
                    inReach.put(office, reach);
                }
                person = reach.titledJustBefore(text, office, sentences.of(q.start()), people, counts);
            }
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

    /** How far before a quotation's sentence the title may be given, for {@link TitlesInReach#titledJustBefore}: a paragraph or two. */
    private static final int JUST_BEFORE = 700;

    /**
     * Where the sentence holding a place starts (after the last stop or line break before it), for places asked about in
     * text order: the text is read forward once, not back from each place to its sentence's start (a place before the
     * last one asked about is read to from the text's start).
     */
    private static final class SentenceStarts {
        private final String text;
        private int read;
        private int start;

        SentenceStarts(String text) {
            this.text = text;
        }

        int of(int pos) {
            if (pos < read) {
                read = 0;
                start = 0;
            }
            for (; read < pos; read++) {
                if (".!?\n".indexOf(text.charAt(read)) >= 0) {
                    start = read + 1;
                }
            }
            return start;
        }
    }

    /**
     * An office's titles as {@link #titledJustBefore} reads them for each quotation credited to the office: which stand
     * inside a quotation, and per last name whether another country's title is among them and the fullest name given,
     * worked out once; for each quotation only the titles within reach are read. (Reading every title of the article for
     * each quotation, and every quotation for each title, made an article that names two presidents often cubic.)
     */
    private static final class TitlesInReach {
        private final List<Titled> titled;
        /** Where each title stands (a span of no length), for finding those in reach. */
        private final Spans at;
        private final boolean[] quoted;
        /** Folded last names given the title of another country or body ("French President Paul Girard"). */
        private final java.util.Set<String> foreign = new java.util.HashSet<>();
        /** Per folded last name, the first name of the most words given it with the title (and no word twice). */
        private final Map<String, String> fullest = new java.util.HashMap<>();

        TitlesInReach(List<Titled> titled, QuotedPlaces places) {
            this.titled = titled;
            at = new Spans(titled.size());
            quoted = new boolean[titled.size()];
            for (int i = 0; i < titled.size(); i++) {
                Titled t = titled.get(i);
                at.add(t.at(), t.at());
                // "“… President Obama was tapping my phones,” Trump tweeted": not the narrator's
                quoted[i] = places.holds(t.at());
                if (t.qualifier() != null && !PARTIES.contains(t.qualifier())) {
                    foreign.add(t.last());
                }
                if (SpeakerMerger.noWordTwice(t.name())) {
                    fullest.merge(t.last(), t.name(), (a, b) -> Names.wordCount(b) > Names.wordCount(a) ? b : a);
                }
            }
        }

        /**
         * For an office the article gives no one holder: the person titled so plainly just before the quotation's
         * sentence (starting at {@code sentence}), in it or the paragraph or two before ("Last month, President Trump
         * announced …. ¶ “…,” the president said"), the nearest such mention, when a nationality qualifies none of that
         * person's titles; else "". The sentence's own title is left out ("The president told President Girard: “…”" is
         * not Girard's).
         */
        String titledJustBefore(String text, String office, int sentence, ArticlePeople people, WordOccurrences counts) {
            Titled last = null;
            for (int j = at.firstStartingAtOrAfter(sentence) - 1; j >= 0 && at.start(j) >= sentence - JUST_BEFORE; j--) {
                if (!quoted[j]) {
                    last = titled.get(j);
                    break;
                }
            }
            if (last == null || NATIONAL.contains(office) && bodyBefore(text, last.at())
                    || !SpeakerMerger.noWordTwice(last.name()) || counts.of(Names.lastName(last.name())) < 2) {
                // none in reach, another body's or country's title ("European Council President Donald Tusk", "Ukraine
                // President Volodymyr Zelensky"), garbled, or named once only ("President Trump Donald John TrumpKamala",
                // a page's pop-up)
                return "";
            }
            if (foreign.contains(last.last())) {
                return ""; // "French President Paul Girard" somewhere: another country's president
            }
            for (int k = at.firstStartingAtOrAfter(sentence - JUST_BEFORE); k < at.size() && at.start(k) < sentence; k++) {
                if (!quoted[k] && !titled.get(k).last().equals(last.last())) {
                    return ""; // "President Lindqvist met President Brandt": two near, the nearer tells nothing
                }
            }
            String name = last.name();
            String longer = fullest.get(last.last());
            if (longer != null && Names.wordCount(longer) > Names.wordCount(name)) {
                name = longer; // "President Marta Lindqvist" before
            }
            return Names.wordCount(name) > 1 ? people.fullest(name) : name;
        }
    }

    /**
     * Whether a capitalised word stands right before the title at {@code at}, naming the body or country it is held in
     * ("European Council President Donald Tusk", "Ukraine President Volodymyr Zelensky"); not the United States' ("US
     * President"), nor a title of its own ("Vice President" is read as its own office), nor a word its comma ends.
     */
    private static boolean bodyBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        if (end == at || start == end || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        String word = text.substring(start, end);
        return Character.isLetter(word.charAt(word.length() - 1)) && !HOME.contains(word);
    }

    /**
     * Offices a country's or a body's name before the title makes another's ("Ukraine President"); a state or county
     * before a governor's, mayor's or sheriff's title ("Missouri Gov. Jay Nixon") is where they hold it.
     */
    private static final java.util.Set<String> NATIONAL = Lexicon.of("president", "prime minister", "chancellor");

    /** The country a story's unqualified offices are most often held in, as it is written before a title. */
    private static final java.util.Set<String> HOME = Lexicon.of("US", "U.S.", "American");

    /**
     * Whether a place lies inside one of the quotations (in text order): the first starting after it found by binary
     * search, and the furthest end any quotation before that reaches.
     */
    private static final class QuotedPlaces {
        private final Spans quotes;
        private final int[] reach;

        QuotedPlaces(List<Quote> quotes) {
            this.quotes = new Spans(quotes.size());
            reach = new int[quotes.size()];
            for (int i = 0; i < quotes.size(); i++) {
                Quote q = quotes.get(i);
                this.quotes.add(q.start(), q.end());
                reach[i] = Math.max(q.end(), i > 0 ? reach[i - 1] : Integer.MIN_VALUE);
            }
        }

        boolean holds(int at) {
            int after = quotes.firstStartingAtOrAfter(at + 1);
            return after > 0 && at < reach[after - 1];
        }
    }

    /** A name without the day written after it ("fired back at President Trump Thursday"). */
    private static String withoutDay(String name) {
        int space = name.lastIndexOf(' ');
        return space > 0 && Phrases.DAYS.contains(name.substring(space + 1)) ? name.substring(0, space).stripTrailing() : name;
    }

    /** A person given an office's title before their name: where, the name, its folded last name, and what qualifies the title. */
    private record Titled(int at, String name, String last, String qualifier) { }

    /** Every place the text gives the office's title to a name ("President Trump"), in text order; not "former President". */
    private static List<Titled> titled(String text, String office) {
        List<Titled> out = new ArrayList<>();
        for (String title : OFFICES.get(office)) {
            for (int at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) {
                if (!startsWord(text, at) || blockedBefore(text, at)) {
                    continue;
                }
                Matcher m = NAME_AFTER.matcher(text).region(at + title.length(), Math.min(text.length(), at + title.length() + 80));
                // "Attorney General Jeff Sessions' office": the name without the plural owner's mark
                String name = m.lookingAt()
                        ? Names.personAtEnd(title + " " + Names.withoutTrailing(withoutDay(m.group(1)), "'\u2019")) : null;
                if (name != null) {
                    out.add(new Titled(at, name, Names.fold(Names.lastName(name)), qualifierBefore(text, at)));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Titled::at));
        return out;
    }

    /** Whether {@code words} (lower case) name an office a description may give alone ("president", "prime minister"). */
    static boolean isOffice(String words) {
        return OFFICES.containsKey(words);
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
     * is, when several are and none is named {@link #DOMINANT} times as often as the others, or when the article
     * names someone else far more often (the office is then likely that person's, whom the article never titled:
     * "President George H. W. Bush" once, in a story that calls Trump "Trump" throughout).
     */
    static String holder(String text, String office, List<Quote> quotes, List<String> mentions, ArticlePeople people,
            WordOccurrences counts) {
        return holder(text, office, titled(text, office), quotes, mentions, people, counts);
    }

    /** As {@link #holder(String, String, List, List, ArticlePeople, WordOccurrences)}, the office's titles found already. */
    private static String holder(String text, String office, List<Titled> titles, List<Quote> quotes, List<String> mentions,
            ArticlePeople people, WordOccurrences counts) {
        // the holders titled plainly, by folded last name (the fullest name each is given)
        Map<String, String> plain = new LinkedHashMap<>();
        // holders whose title a nationality, a party or a country's name qualifies ("French President Emmanuel Macron",
        // "Democratic President Bill Clinton", "Russia's President Putin"), kept apart from those titled plainly
        Map<String, String> foreign = new LinkedHashMap<>();
        java.util.Set<String> abroad = new java.util.HashSet<>(); // those of them a nationality or a country qualifies
        for (Titled t : titles) {
            if (t.qualifier() != null && !PARTIES.contains(t.qualifier())) {
                abroad.add(t.last());
            }
            // "President Donald Trump" fuller than "President Trump"
            (t.qualifier() != null ? foreign : plain).merge(t.last(), t.name(),
                    (a, b) -> Names.wordCount(b) > Names.wordCount(a) ? b : a);
        }
        // "Turkish President Recep Tayyip Erdogan" once and "President Erdogan" after: another country's office both
        // times (a party is no such qualifier: "Republican Sen. Chuck Grassley" is "Sen. Grassley" too)
        plain.keySet().removeAll(abroad);
        for (var e : plain.entrySet()) {
            String qualified = foreign.get(e.getKey()); // "Republican Sen. Tom Okafor" fuller than "Sen. Okafor"
            if (qualified != null && Names.wordCount(qualified) > Names.wordCount(e.getValue())) {
                e.setValue(qualified);
            }
        }
        String found = null;
        String foundLast = null;
        if (plain.size() == 1) {
            foundLast = plain.keySet().iterator().next();
            found = plain.get(foundLast);
        } else if (plain.size() > 1) {
            // two people with the title: the one the story names far more often (its subject; the other a
            // predecessor it mentions), else which one is meant, the text alone tells
            foundLast = dominant(counts, plain);
            if (foundLast == null) {
                return "";
            }
            found = plain.get(foundLast);
        }
        if (!foreign.isEmpty()) {
            if (found == null) {
                if (foreign.size() > 1) {
                    return "";
                }
                var only = foreign.entrySet().iterator().next();
                found = only.getValue();
                foundLast = only.getKey();
            } else {
                foreign.remove(foundLast);
                int own = counts.of(Names.lastName(found));
                for (String other : foreign.values()) {
                    if (counts.of(Names.lastName(other)) >= own) {
                        return ""; // a foreign president the story names as often: "the president" may be theirs
                    }
                }
            }
        }
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
        if (!mostNamed(text, found, mentions, quotes, counts)) {
            return ""; // the story names someone else far more: the office may be theirs
        }
        java.util.Set<String> given = new java.util.HashSet<>(appositives(text, office, people, false).keySet());
        given.remove(foundLast);
        if (!given.isEmpty()) {
            return ""; // someone else is given the office too: the description may be theirs
        }
        // a first name given: that person's fullest form; a last name alone stays so: the one person an article names
        // in full with it may be another of the family ("Melania Trump" beside "President Trump"), or someone else
        // ("St. Francis" beside "Pope Francis"); the archive's speakers know whom the last name most likely means
        return Names.wordCount(found) > 1 ? people.fullest(found) : found;
    }

    /** The key of the holder named {@link #DOMINANT} times as often as any other, or null. */
    private static String dominant(WordOccurrences counts, Map<String, String> holders) {
        String top = null;
        int most = 0;
        int second = 0;
        for (var e : holders.entrySet()) {
            int n = counts.of(Names.lastName(e.getValue()));
            if (n > most) {
                second = most;
                most = n;
                top = e.getKey();
            } else if (n > second) {
                second = n;
            }
        }
        return most >= DOMINANT * second ? top : null;
    }

    /**
     * Whether the holder is one of the people the story is about: named twice at least, and a third as often as
     * anyone else it names.
     */
    private static boolean mostNamed(String text, String holder, List<String> mentions, List<Quote> quotes,
            WordOccurrences counts) {
        String holderLast = Names.lastName(holder);
        int own = counts.of(holderLast);
        if (own < 2) {
            return false;
        }
        java.util.Set<String> asked = new java.util.HashSet<>();
        asked.add(Names.fold(holderLast));
        for (String m : mentions) {
            if (namedFarMore(counts, Names.lastName(m), own, asked)) {
                return false;
            }
        }
        for (Quote q : quotes) {
            String who = q.speaker();
            if (who != null && Character.isUpperCase(who.charAt(0)) && office(who) == null
                    && namedFarMore(counts, Names.lastName(who), own, asked)) {
                return false;
            }
        }
        // "Trump said it was overdue": a person the story calls by name alone, found by the commonest speech verbs
        for (String verb : CALLED_BY_NAME) {
            for (int at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + verb.length())) {
                int end = at + verb.length();
                if (end < text.length() && Character.isLetter(text.charAt(end))) {
                    continue;
                }
                int start = at;
                while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || "'’-".indexOf(text.charAt(start - 1)) >= 0)) {
                    start--;
                }
                if (start < at && Character.isUpperCase(text.charAt(start)) && Names.personAtEnd(text.substring(start, at)) != null // not "He said"
                        && namedFarMore(counts, text.substring(start, at), own, asked)) {
                    return false;
                }
            }
        }
        return true; // a campaign story names the challenger more often than "the president" it quotes, not three times as often
    }

    /** The verbs, with the space before them, after which a story names a person by their last name alone. */
    private static final List<String> CALLED_BY_NAME = List.of(" said", " says", " told", " tweeted", " wrote", " added",
            " argued", " insisted", " claimed", " declared", " asked", " warned");

    /** Whether a last name not asked about before occurs more than three times as often as the holder's. */
    private static boolean namedFarMore(WordOccurrences counts, String last, int own, java.util.Set<String> asked) {
        return last.length() > 1 && asked.add(Names.fold(last)) && counts.of(last) > own * 3;
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && text.charAt(at - 1) != '-';
    }

    /** Nationality words ("French President"; as a speaker alone, no one: {@link SpeakerChecks#nationalityAlone}). */
    static final java.util.Set<String> NATIONALITIES = Lexicon.of("American", "British", "English", "Scottish", "Welsh",
            "Canadian", "Australian", "Indian", "Saudi", "Qatari", "Emirati", "Jordanian", "Belgian", "Norwegian", "European",
            "Arab", "Kurdish", "African", "French", "Dutch", "Greek", "Thai",
            "Swiss", "Czech", "Afghan", "Filipino", "Philippine", "Korean", "Mexican", "Cuban", "Venezuelan", "Chilean",
            "Peruvian", "Kenyan", "Ugandan", "Sudanese", "Chinese", "Taiwanese", "Vietnamese", "Lebanese", "Japanese",
            "Turkish", "Polish", "Finnish", "Irish", "Spanish", "Danish", "Swedish", "Belarusian", "Ukrainian", "Russian",
            "Iraqi", "Israeli", "Pakistani", "Somali", "Yemeni", "Azerbaijani", "Kazakh", "Uzbek", "Croatian", "German",
            "Italian", "Brazilian", "Argentine", "Colombian", "Egyptian", "Iranian", "Syrian", "Palestinian", "Nigerian",
            "Ghanaian", "Indonesian", "Tunisian", "Algerian", "Libyan", "Ecuadorian", "Bolivian", "Georgian", "Armenian",
            "Romanian", "Hungarian", "Bulgarian", "Serbian", "Bosnian", "Estonian", "Latvian", "Lithuanian", "Slovak",
            "Slovenian", "Austrian", "Portuguese", "Honduran", "Salvadoran", "Guatemalan", "Nicaraguan", "Panamanian",
            "Zimbabwean", "Rwandan", "Congolese", "Senegalese", "Malian", "Ivorian", "Tanzanian", "Ethiopian", "Liberian");

    /** Party words before a title: "Democratic President Bill Clinton" is named for his party, most often as a predecessor. */
    private static final java.util.Set<String> PARTIES = Lexicon.of("Democratic", "Republican");

    /** How many times as often as any other the one of several titled holders must be named to be the office's. */
    private static final int DOMINANT = 3;

    /**
     * The nationality ("French President"), party ("Democratic President") or country's possessive ("Russia's
     * President") that qualifies the title, or null.
     */
    private static String qualifierBefore(String text, int at) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '\''
                || text.charAt(start - 1) == '\u2019')) {
            start--;
        }
        if (end == at || start == end) {
            return null;
        }
        String word = text.substring(start, end);
        return NATIONALITIES.contains(word) || PARTIES.contains(word) || (word.endsWith("'s") || word.endsWith("\u2019s"))
                && Character.isUpperCase(word.charAt(0)) && word.length() > 4 ? word : null;
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
    private static Map<String, String> appositives(String text, String office, ArticlePeople people, boolean asHolder) {
        Pattern[] patterns = APPOSITIONS.get(office);
        Map<String, String> out = new LinkedHashMap<>();
        for (String written : WRITTEN.get(office)) {
            // the patterns are asked only around each place the office is written: a few per article, not every word
            for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
                int end = at + written.length();
                Matcher after = patterns[0].matcher(text).region(Math.max(0, at - 120), Math.min(text.length(), end + 1))
                        .useTransparentBounds(true).useAnchoringBounds(false);
                while (after.find()) {
                    if (!asHolder || closedAfter(text, after.end())) {
                        add(out, people, asHolder, after.group(1), after.group(2), after.group(3));
                    }
                }
                if (asHolder) {
                    continue; // as the holder only "Name, the office": "… on behalf of the president, Michael Cohen
                              // paid" reads as one too
                }
                Matcher before = patterns[1].matcher(text).region(Math.max(0, at - 60), Math.min(text.length(), end + 120))
                        .useTransparentBounds(true).useAnchoringBounds(false);
                while (before.find()) {
                    add(out, people, false, before.group(3), before.group(1), before.group(2));
                }
            }
        }
        return out;
    }

    /**
     * Whether an apposition closes after the office, with at most six words on it ("Andrew Cuomo, the governor of New
     * York, said"): "On Christmas Eve, the pope presided" is a leading phrase and a sentence, not an apposition.
     */
    private static boolean closedAfter(String text, int from) {
        int words = 0;
        for (int i = from; i < text.length() && i < from + 80; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '\u2014' || c == '(' || c == ')') {
                return true;
            }
            if (c == '.' || c == '\n' || c == '"' || c == '\u201C' || c == '\u201D') {
                return false;
            }
            if (c == ' ' && ++words > 6) {
                return false;
            }
        }
        return false;
    }

    private static void add(Map<String, String> out, ArticlePeople people, boolean asHolder, String name, String article,
                            String between) {
        if (people.byLastName(name) == null || anyOf(between, LINKS)) {
            return; // "On Tuesday, the president"; "Cohen, the lawyer for the president": the office is someone else's
        }
        if (asHolder && (!article.equalsIgnoreCase("the") || anyOf(between, NOT_THE_OFFICE))) { // "a former president"
            return;
        }
        out.putIfAbsent(Names.fold(name), name);
    }

    /** How each office is written in running text: "president", "President"; "prime minister", "Prime Minister". */
    private static final Map<String, java.util.Set<String>> WRITTEN = new java.util.HashMap<>();

    /** For each office: "Name, the [words] office" and "the [words] office, [names] Name". */
    private static final Map<String, Pattern[]> APPOSITIONS = new java.util.HashMap<>();

    static {
        for (String office : OFFICES.keySet()) {
            java.util.Set<String> written = new java.util.LinkedHashSet<>();
            written.add(office);
            written.add(Character.toUpperCase(office.charAt(0)) + office.substring(1));
            StringBuilder eachWord = new StringBuilder();
            for (String w : office.split(" ")) {
                eachWord.append(eachWord.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            written.add(eachWord.toString());
            WRITTEN.put(office, written);
            String o = Pattern.quote(office);
            // case-insensitive only where it should be: under (?i) \\p{Lu} would match any letter; the office not
            // followed by a letter or an apostrophe ("the president's lawyer")
            APPOSITIONS.put(office, new Pattern[] {
                Pattern.compile("(\\p{Lu}[\\p{L}'’-]+),\\s+((?i:the|a))\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)(?i:" + o + ")(?![\\p{L}'’-])"),
                Pattern.compile("\\b((?i:the))\\s+((?:[\\p{L}.'’-]+\\s+){0,3}?)(?i:" + o
                        + "),\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}(\\p{Lu}[\\p{L}'’-]+)")});
        }
    }

    /** Words that tie the office to another noun before it: "the lawyer for the president", "the son of the mayor". */
    private static final java.util.Set<String> LINKS = Lexicon.of("of", "for", "to", "the", "a", "an", "and", "in",
            "at", "on", "with", "by", "from", "his", "her", "their", "its", "who", "as");

    /** Whether any of the words (space-separated) is in the set, in any case. */
    private static boolean anyOf(String words, java.util.Set<String> set) {
        for (String w : Words.splitOnSpaces(words.strip())) {
            if (set.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
