package org.gazette.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names in news text: the name inside a subject phrase ("Russian Foreign Minister Sergey Lavrov" →
 * "Sergey Lavrov"), every full-name mention of an article, and the fullest variant a short mention refers to
 * ("Stoltenberg" → "Jens Stoltenberg"; "Zelensky" → "Volodymyr Zelenskyy", spellings one letter apart).
 */
public final class Names {
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s\\b");

    /**
     * Words that head an institution's name: "the Russian Foreign Ministry" or "The Republican National Committee"
     * is the body, not a person called "Ministry" (who would be one speaker across the archive); "Office of the
     * Inspector General", "University of Michigan" go on after "of".
     */
    static final Set<String> INSTITUTION_WORDS = Lexicon.of("ministry", "committee", "office", "university", "college", "court",
            "bureau", "agency", "commission", "institute", "institution", "foundation", "association", "organization",
            "organisation", "administration", "service", "board", "authority", "embassy", "corporation", "company",
            "center", "centre", "coalition", "federation", "alliance", "league", "society", "caucus", "tribunal",
            "secretariat", "parliament", "assembly", "cabinet", "command", "academy", "school", "hospital", "department",
            "council", "party", "bank", "union", "chamber", "conference", "centers", "centres", "services", "forces",
            "enforcement", "protection"); // "Immigration and Customs Enforcement", "Customs and Border Protection"
    static final WordSet INSTITUTION_SET = new WordSet(INSTITUTION_WORDS);

    /** A capitalised word that heads an institution's name ("Office", "Ministry"). */
    static boolean isInstitutionWord(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && INSTITUTION_SET.contains(word);
    }

    /**
     * Whether a phrase is, whole, an institution's name: capitalised words, one of which heads it, last or before
     * "of"/"for" ("the Ministry of Commerce", "Bank of America", "Republican National Committee", "the Office of
     * the Inspector General"). Its last word would otherwise be taken for a person's ("Commerce", "Committee").
     */
    static boolean isInstitutionName(String phrase) {
        String[] w = phrase.split(" ");
        int from = w.length > 1 && (w[0].equals("the") || w[0].equals("The")) ? 1 : 0;
        int n = w.length;
        if (n - from > 9) {
            return false;
        }
        boolean headed = false;
        for (int k = from; k < n; k++) {
            String t = k == n - 1 ? withoutTrailing(w[k], ".,;:") : w[k];
            if (t.isEmpty()) {
                return false;
            }
            boolean connector = CONNECTORS.contains(t);
            if (connector ? k == from || k == n - 1 : !Character.isUpperCase(t.charAt(0))) {
                return false;
            }
            if (!connector && INSTITUTION_SET.contains(t)
                    && (k == n - 1 || w[k + 1].equals("of") || w[k + 1].equals("for"))) {
                headed = true;
            }
        }
        if (!headed) {
            return false;
        }
        int firstConnector = from;
        while (firstConnector < n && !CONNECTORS.contains(w[firstConnector])) {
            firstConnector++;
        }
        if (firstConnector < n) { // "Deepak Bhargava of the Center for Community Change": a person, and where he works
            String lead = String.join(" ", java.util.Arrays.copyOfRange(w, from, firstConnector));
            String leader = personAtEnd(lead);
            if (leader != null && lead.endsWith(leader) && (leader.indexOf(' ') > 0 || leader.length() < lead.length())) {
                return false;
            }
        }
        // "Planned Parenthood Federation of America President Cecile Richards": a title, then a person, ends it
        String person = personAtEnd(phrase);
        if (person != null && !phrase.endsWith(person)) {
            return false; // "Kathy Kiely of the Sunlight Foundation": a person, and where she works
        }
        if (person == null || person.indexOf(' ') < 0) {
            return true;
        }
        String before = phrase.substring(0, phrase.length() - person.length()).strip();
        String title = before.substring(before.lastIndexOf(' ') + 1);
        if (isPossessive(title)) {
            return false; // "the University of Virginia’s Larry Sabato": the institution's person
        }
        return title.isEmpty() || !Character.isUpperCase(title.charAt(0)) || !ROLE_WORD_SET.contains(title)
                || INSTITUTION_SET.contains(title);
    }

    /** Whether a phrase ends with an institution's name: "The head of the World Health Organization". */
    static boolean endsWithInstitution(String phrase) {
        String[] w = phrase.split(" ");
        int from = w.length;
        while (from > 0 && !w[from - 1].isEmpty()
                && (Character.isUpperCase(w[from - 1].charAt(0)) || CONNECTORS.contains(w[from - 1]))) {
            from--;
        }
        while (from < w.length && CONNECTORS.contains(w[from])) {
            from++;
        }
        return from < w.length && isInstitutionName(String.join(" ", java.util.Arrays.copyOfRange(w, from, w.length)));
    }

    /** Whether a subject phrase ends in a person's name or is an institution's name. */
    static boolean namesPersonOrBody(String phrase) {
        return personAtEnd(phrase) != null || endsWithInstitution(phrase);
    }

    /** Lower-case words inside an institution's name. */
    static final Set<String> CONNECTORS = Lexicon.of("of", "for", "the", "and", "&", "on");

    /**
     * Verbs, auxiliaries and adverbs that open a sentence or a headline's question and so are capitalised before a
     * name: "Is Joe Biden …?", "Can Trump …", "Perhaps Trump …", "Consider Chris Velasquez", "Throughout WikiLeaks’
     * existence", and a photo credit's "Courtesy Lynda LaCasse". None is a first name; words that are ("Will",
     * "Bill", "Mark", "Don") are not here.
     */
    static final Set<String> OPENING_WORDS = withNegatives(Lexicon.of("is", "are", "was", "were", "can", "could", "would",
            "should", "do", "did", "does", "has", "had", "have", "perhaps", "maybe", "whether", "whenever", "wherever", "given",
            "consider", "considering", "imagine", "take", "enter", "meet", "watch", "throughout", "never", "calling",
            "whereas", "whatever", "courtesy", "remember", "recall", "know", "ask", "thank", "thanks", "blame", "forget", "picture", "notice", "note",
            // adverbs of time or order a sentence opens with, no comma after: "Recently Mark Bertolini, CEO of …, said"
            "recently", "previously", "similarly", "additionally", "ultimately", "finally", "initially", "subsequently",
            "meanwhile", "separately", "likewise", "meantime", "afterward", "afterwards"),
            "isn't", "aren't", "wasn't", "weren't", "can't", "couldn't", "wouldn't",
            "shouldn't", "didn't", "doesn't", "don't", "hasn't", "hadn't", "haven't", "won't");

    /** {@code words} and the negated auxiliaries ("Hasn’t Donald Trump been …?"), each with either apostrophe. */
    static Set<String> withNegatives(Set<String> words, String... negatives) {
        Set<String> out = new java.util.HashSet<>(words);
        for (String w : negatives) {
            out.add(w);
            out.add(w.replace('\'', '\u2019'));
        }
        return Lexicon.copyOf(out);
    }

    /** Capitalised words that are titles, roles or parts of institutions, never part of a person's name. */
    static final Set<String> ROLE_WORDS = Lexicon.copyOf(concat(INSTITUTION_WORDS, List.of( // copyOf: repeats are harmless
            "president", "vice", "secretary", "general", "gen.", "minister", "prime", "foreign", "defense",
            "whip", "majority", "minority", "congressman", "congresswoman", "alderman", "councilman", "councilwoman",
            "lawmaker", "columnist", "commentator", "pollster", "prosecutor", "detective", "aide", "acting", "interim",
            "retired", "emeritus", "editor-in-chief", "president-elect", "businessman", "businesswoman", "billionaire",
            "singer", "writer", "journalist", "passenger", "rapper", "producer", "filmmaker", "novelist", "sergeant",
            "socialist",
            "defence", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor", "dr.", "mr.",
            "mrs.", "ms.", "miss", "commander", "supreme", "allied", "chief", "executive", "director", "chairman",
            "chairwoman", "chair", "spokesman", "spokeswoman", "spokesperson", "judge", "justice", "attorney",
            "speaker", "leader", "former", "republican", "republicans", "democratic", "democrat", "democrats",
            "party", "press", "campaign", "manager", "lt.", "col.", "capt.", "sgt.", "adm.", "ambassador", "pope",
            "pres.", "cmdr.", "comdr.", "brig.", "supt.", "insp.", "atty.", "msgr.", "lieut.", "sens.", "reps.", "govs.", "gens.",
            "king", "queen", "prince", "princess", "rev.", "professor", "prof.", "officer", "agent", "chancellor",
            "premier", "council", "member", "candidate", "nominee", "house", "gop", "state", "department",
            "sheriff", "police", "commissioner", "deputy", "assistant", "associate", "senior", "adviser", "advisor",
            "analyst", "economist", "strategist", "host", "anchor", "correspondent", "reporter", "editor", "founder",
            "ceo", "coach", "captain", "lord", "lady", "sir", "dame", "sen", "rep", "gov", "dr", "mr", "mrs", "ms",
            "gen", "said", "says", "but", "and", "the", "a", "an", "in", "on", "at", "as", "after", "when", "while",
            "then", "also", "according", "this", "that", "if", "so", "yet", "still", "however", "meanwhile", "later",
            "earlier", "now", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "u.s.", "u.k.", "u.n.", "eu", "nato", "labour", "labor", "transport", "finance", "health", "regional",
            "national", "federal", "city", "county", "opposition", "union", "port", "bank", "central", "fire",
            "structural", "staff", "once", "charge", // "Special Agent in Charge Richard DesLauriers"
            // more titles and offices met before names ("Director of National Intelligence James R. Clapper",
            // "EPA Administrator Scott Pruitt", "Assemblyman …", "Ayatollah Ali Khamenei")
            "intelligence", "administrator", "secretary-general", "director-general", "superintendent", "cardinal", "archbishop", "admiral",
            "colonel", "col", "maj.", "lieutenant", "corporal", "cpl.", "counsel", "clerk", "treasurer", "comptroller", "councilor", "councillor",
            "assemblyman", "assemblywoman", "assemblymember", "delegate", "del.", "reverend", "ayatollah", "sheikh",
            "sheik", "actress", "actor", "comedian", "principal", "envoy", "contributor", "counselor", "counsellor",
            "undersecretary", "supervisor", "magistrate", "committeeman", "committeewoman", "selectman", "selectwoman",
            // titles in the plural, before several names ("Justices Clarence Thomas and Samuel Alito")
            // (only titles: "officials", "lawmakers" and the like are groups that speak, "Mayors Against Illegal Guns" a name)
            "presidents", "senators", "sens.", "representatives", "reps.", "governors", "justices", "judges", "ministers",
            "secretaries", "generals", "congressmen", "congresswomen", "commissioners", "ambassadors",
            "moderator", "author", "reader", "juror", "survivor", "regent", "customer", "lecturer", "brexiteer",
            "monsignor", "organizer", "organiser", "protester", "protestor", "cartoonist", "technologist", "essayist",
            "meteorologist", "interviewer", "blogger", "taxpayer", "auditor", "playwright", "poet",
            "engineer", "inspector", "lawyer", "doctor", "nurse", "teacher", "driver", "resident", "owner", "farmer", "activist", "researcher", "scientist", "expert", "historian", "pastor", "priest", "rabbi", "imam", "voter", "student", "worker", "veteran", "mother", "father", "son", "daughter", "wife", "husband", "sister", "brother", "friend", "neighbor", "neighbour",
            // sentence openers and determiners that are capitalised only because they start a sentence
            "during", "for", "with", "from", "by", "before", "since", "until", "though", "although", "because", "if",
            "its", "his", "her", "their", "our", "my", "your", "there", "here", "what", "why", "how", "where", "who",
            "which", "sure", "yes", "no", "not", "just", "even", "only", "all", "every", "each", "many", "most",
            "some", "such", "other", "another", "more", "both", "either", "neither", "it", "he", "she", "they", "we",
            "i", "you", "these", "those", "asked", "like", "unlike", "despite", "instead", "indeed", "though",
            "over", "under", "of", "to", "or", "nor", "for", "via", "per", "among", "amid", "following",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december"), OPENING_WORDS));

    private static List<String> concat(Set<String> a, List<String> b, Set<String> c) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        all.addAll(c);
        return all;
    }
    static final Set<String> PRONOUN_WORDS = Lexicon.of("he", "she", "it", "they", "we", "i", "his", "her", "their",
            "our", "its", "you", "my", "this", "that", "these", "those", "there", "here");
    static final Set<String> PARTICLES = Lexicon.of("de", "van", "von", "der", "da", "del", "la", "le", "bin", "al", "di", "du", "st.");
    static final WordSet ROLE_WORD_SET = new WordSet(ROLE_WORDS);
    /**
     * The {@link #ABBREVIATED_TITLES} of four letters or more, with a full stop that ends no sentence: "Capt. Jeff Davis", "Sens. John
     * McCain and Lindsey Graham", "Pres. Trump". (Three letters or fewer are taken as an abbreviation anyway.)
     */
    private static final WordSet LONG_TITLE_ABBREVIATIONS;

    /**
     * Words of two or three letters that are written with a full stop that ends no sentence: titles, a company's and a
     * street's words, months, the states as the news abbreviates them. A short word that is none of these ("Lee.",
     * "Cox.", "Kim.", "UK.") ends its sentence: a surname is no abbreviation.
     */
    private static final Set<String> SHORT_ABBREVIATIONS = Lexicon.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt",
            "Col", "Maj", "Sgt", "Adm", "Rev", "Cpl", "Pvt", "Pfc", "Pte", "Spc", "Cdr", "Ens", "Det", "Hon", "Rt", "Fr", "Br",
            "Mme", "Sr", "Jr", "Esq", "Dem", "Sec", "Amb", "St", "Mt", "Ft", "Ave", "Rd", "Ct", "Ln", "Hwy", "No", "Nos",
            "Vol", "Art", "Fig", "Op", "Eds", "Ph", "Co", "Inc", "Ltd", "Cos", "Cie", "Sta", "Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Ala", "Ark", "Cal", "Del",
            "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mo", "Neb", "Nev", "Pa", "Ore", "Tex", "Va", "Vt", "Wis", "Wyo");

    /** "Sen.", "U.S.", "J.", "Fla.": a word of at most three letters that its full stop does not end the sentence after. */
    static boolean shortAbbreviation(String word) {
        int len = word.length();
        if (len < 1 || len > 3 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        return len == 1 || SHORT_ABBREVIATIONS.contains(word);
    }

    /** Titles written abbreviated before a name, as a title is written ("Mr", "Sen", "Capt", "Sens"), full stop aside. */
    static final List<String> ABBREVIATED_TITLES = List.of("Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col",
            "Maj", "Sgt", "Adm", "Rev", "Capt", "Cmdr", "Comdr", "Brig", "Supt", "Insp", "Prof", "Pres", "Atty", "Msgr", "Lieut",
            "Sens", "Reps", "Govs", "Gens");

    private static final WordSet ABBREVIATED_TITLE_SET = new WordSet(Lexicon.copyOf(ABBREVIATED_TITLES));

    /** Whether {@code text[start, end)} is one of {@link #ABBREVIATED_TITLES}, in any case ("Ms", "Sen"). */
    static boolean isAbbreviatedTitle(String text, int start, int end) {
        return ABBREVIATED_TITLE_SET.contains(text, start, end);
    }

    static {
        Set<String> longer = new java.util.HashSet<>();
        for (String t : ABBREVIATED_TITLES) {
            if (t.length() >= 4) {
                longer.add(t.toLowerCase(Locale.ROOT));
            }
        }
        LONG_TITLE_ABBREVIATIONS = new WordSet(longer);
    }

    /**
     * Whether {@code text[start, end)} is one of {@link #LONG_TITLE_ABBREVIATIONS}, written as a title is ("Capt"; in
     * capitals, "PRES. TRUMP:", it is a transcript's label and its full stop keeps ending the sentence before).
     */
    static boolean longTitleAbbreviation(String text, int start, int end) {
        return end - start >= 2 && Character.isUpperCase(text.charAt(start)) && Character.isLowerCase(text.charAt(start + 1))
                && LONG_TITLE_ABBREVIATIONS.contains(text, start, end);
    }
    /**
     * The departments a "Secretary of …" heads, named between the title and the name ("Secretary of Homeland Security
     * Chad Wolf", "Secretary of the Air Force John Henderson"): no part of a name after them, but a body's name may end
     * in one ("Murray Energy", "Homeland Security").
     */
    private static final WordSet DEPARTMENT_SET = new WordSet(Lexicon.of("homeland", "security", "interior", "navy", "army",
            "air", "force", "commerce", "energy", "education", "agriculture", "transportation", "veterans", "affairs",
            "housing", "chiefs", "policy"));

    /**
     * A department's word before a person's first and last name ("Education Betsy DeVos"), not one inside a body's
     * name ("Murray Energy", "Voice Education Fund").
     */
    private static boolean departmentBeforeName(String word, List<String> nameAfter) {
        if (nameAfter.size() < 2 || !DEPARTMENT_SET.contains(word, 0, word.length())) {
            return false;
        }
        for (String w : nameAfter) {
            if (DEPARTMENT_SET.contains(w, 0, w.length())) {
                return false; // "Clean Air Task Force", "Air Force One": a body's or a thing's name
            }
        }
        return true;
    }

    /** Second halves that make any title a role: "PM-designate", "Governor-elect". */
    private static final WordSet HYPHEN_ROLE_SET = new WordSet(Lexicon.of("designate", "elect"));

    /**
     * Whether {@code text[from, to)} is a role word, or a hyphened title made of them ("Vice-President") or ending in
     * "-designate" or "-elect" ("PM-designate Giorgi Kvirikashvili"): no part of the name after it. A hyphened name
     * ("Ocasio-Cortez", "Ki-moon") has some part that is no role.
     */
    static boolean isRole(String text, int from, int to) {
        if (ROLE_WORD_SET.contains(text, from, to)) {
            return true;
        }
        boolean hyphened = false;
        for (int i = from + 1; i < to - 1 && !hyphened; i++) {
            hyphened = text.charAt(i) == '-';
        }
        if (!hyphened) {
            return false;
        }
        boolean allRoles = true;
        for (int start = from, i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '-') {
                if (HYPHEN_ROLE_SET.contains(text, start, i)) {
                    return true;
                }
                allRoles &= i > start && ROLE_WORD_SET.contains(text, start, i);
                start = i + 1;
            }
        }
        return allRoles;
    }
    private static final WordSet PRONOUN_WORD_SET = new WordSet(PRONOUN_WORDS);
    /** Speech verbs that open a sentence before the speaker's name ("Added Cornyn:", "Wrote Sen. Ted Cruz:"); "Sang" is a name. */
    private static final WordSet OPENING_VERB_SET = new WordSet(Phrases.VERB_WORDS.stream()
            .filter(v -> !v.equals("sang")).collect(java.util.stream.Collectors.toSet()));
    static final WordSet PARTICLE_SET = new WordSet(PARTICLES);

    private Names() { }

    /**
     * Words that open an institution's name ("National Review", "Federal Reserve") and stand before a person's name
     * only inside a longer title ("National Security Adviser Susan Rice"), never right before it.
     */
    private static final WordSet INSTITUTION_ADJECTIVES = new WordSet(Lexicon.of("national", "federal", "central", "regional"));

    /**
     * Whether {@code text[from, to)} opens its sentence or line as a participle or one of the {@link #OPENING_WORDS}
     * ("Regarding Israel and …, she", "Tracking Trump: how …", "Remember Trump’s assertion"): capitalised by its place
     * only, and no first name.
     */
    static boolean openingNotAName(String text, int from, int to) {
        if (ADJECTIVES_BEFORE_NAMES.contains(text, from, to)) {
            // "'Suicide march': Defiant Trump vows …", "Frequent Trump critic Rep. Ted Lieu": an adjective a sentence, a
            // line or a headline's clause opens with, capitalised by its place
            return ".!?\n(\"\u201C:\u2018'".indexOf(Words.charBeforeSpaces(text, from)) >= 0;
        }
        if (!participle(text, from, to) && !OPENING_WORD_SET.contains(text, from, to) && !willAsks(text, from, to)) {
            return false;
        }
        return ".!?\n(\"\u201C".indexOf(Words.charBeforeSpaces(text, from)) >= 0; // it opens a sentence or line
    }

    /**
     * Whether {@code text[from, to)} is "Will" asking the question its sentence is ("Will Trump spend more?", "Will Texas
     * turn blue?"): the verb, not a first name ("Will Hurd said …").
     */
    private static boolean willAsks(String text, int from, int to) {
        if (to - from != 4 || !text.startsWith("Will", from)) {
            return false;
        }
        for (int i = to, end = Math.min(text.length(), to + 200); i < end; i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if (c == '.' || c == '!' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Adjectives that news puts before a name ("Defiant Trump", "Embattled Johnson", "Ousted McCabe"), which open a
     * sentence or a headline capitalised and so look like a first name; none is one.
     */
    private static final WordSet ADJECTIVES_BEFORE_NAMES = new WordSet(Lexicon.of("defiant", "embattled", "beleaguered",
            "frequent", "longtime", "ousted", "disgraced", "jailed", "fired", "indicted", "convicted", "impeached",
            "detained", "exiled", "slain", "stalled", "besieged", "battered", "bruised", "weakened", "emboldened",
            "resurgent", "defeated", "victorious", "triumphant", "unrepentant", "unbowed", "undaunted", "unfazed",
            "chastened", "humbled", "isolated", "embittered", "angry", "furious", "emotional", "combative", "tearful",
            "upbeat", "feisty", "fiery", "testy", "weary", "wary", "grim", "somber", "sombre", "solemn", "vocal",
            "staunch", "fierce", "outspoken", "several", "unless", "negative", "key", "top", "leading", "prominent",
            "veteran", "ailing", "retiring", "outgoing", "incoming", "controversial", "scandal-hit", "under-fire",
            "second", "third", "fourth", "fifth", "next", "another", "final")); // "Second Obama term would …": an ordinal

    /** Whether {@code text[from, to)} is shaped as a participle ("Regarding", "Booing") and is no name known to end so. */
    static boolean participle(String text, int from, int to) {
        return to - from >= 5 && text.charAt(to - 3) == 'i' && text.charAt(to - 2) == 'n' && text.charAt(to - 1) == 'g'
                && !NAMES_IN_ING.contains(text, from, to) && Words.indexOf(text, '-', from, to) < 0; // not "Mei-Ling Chan"
    }

    private static boolean participle(String word) {
        return participle(word, 0, word.length());
    }

    /** First names that end as participles do ("Irving Kristol", "Sterling K. Brown"). */
    private static final WordSet NAMES_IN_ING = new WordSet(Lexicon.of("irving", "sterling", "channing", "ewing", "fleming",
            "manning", "browning", "harding", "downing", "king", "ming", "jing", "ling", "ying", "ping", "bing"));
    private static final WordSet OPENING_WORD_SET = new WordSet(OPENING_WORDS);

    /**
     * A capitalised word joined by a hyphen to a lower-case one ("Oscar-nominated", "Co-host", "Ex-minister",
     * "Chicago-based"): a modifier before a name, not a first name (those capitalise both parts: "Jean-Claude").
     */
    static boolean compoundModifier(String t) {
        return compoundModifier(t, 0, t.length());
    }

    /** As {@link #compoundModifier(String)} for {@code text[from, to)}, copying nothing out. */
    static boolean compoundModifier(String text, int from, int to) {
        int hyphen = -1;
        for (int k = from + 1; k < to - 1; k++) {
            if (text.charAt(k) == '-') {
                hyphen = k;
                break;
            }
        }
        if (hyphen < 0 || !Character.isUpperCase(text.charAt(from))) {
            return false;
        }
        int last = hyphen; // the last hyphen: "Man-of-the-match", "Congressman-turned-lobbyist"
        for (int k = hyphen + 1; k < to; k++) {
            char c = text.charAt(k);
            if (c == '-') {
                last = k;
            } else if (!Character.isLowerCase(c)) {
                return false;
            }
        }
        if (HYPHENED_PARTICLES.contains(text, from, hyphen)) {
            return false;
        }
        if (last > hyphen && innerFunctionWord(text, hyphen, last)) {
            return true; // "Grandmother-of-three", "Mother-in-law", "Man-of-the-match": a phrase joined up, no given name
        }
        // an English modifier's ending or prefix; given names joined so ("Ban Ki-moon", "Moon Jae-in") have neither
        String end = text.subSequence(last + 1, to).toString();
        // (short parts are syllables of a given name: "Chun-ying", "Jae-in")
        return MODIFIER_PREFIXES.contains(text, from, hyphen) || MODIFIER_HEADS.contains(end) || end.length() >= 5
                && (end.endsWith("ed") || end.endsWith("ing") || end.endsWith("er") || end.endsWith("ers")
                || end.endsWith("ist") || end.endsWith("ists") || end.endsWith("or"));
    }

    /** Whether a part between the hyphens at {@code first} and {@code last} is a function word ("of", "in", "the"). */
    private static boolean innerFunctionWord(String text, int first, int last) {
        int start = first + 1;
        for (int k = start; k <= last; k++) {
            if (text.charAt(k) == '-') {
                if (JOINING_WORDS.contains(text, start, k)) {
                    return true;
                }
                start = k + 1;
            }
        }
        return false;
    }

    private static final WordSet JOINING_WORDS = new WordSet(Lexicon.of("of", "in", "the", "to", "and", "at", "for", "on", "a"));

    private static final WordSet MODIFIER_PREFIXES = new WordSet(Lexicon.of("ex", "co", "non", "pro", "anti", "self", "then",
            "would-be", "vice", "former", "all", "well", "long", "first", "second", "third", "top"));
    private static final Set<String> MODIFIER_HEADS = Lexicon.of("based", "born", "led", "old", "time", "half", "host", "chair",
            "minister", "president", "presidents", "majority", "mate", "man", "woman", "elect", "designate", "match",
            "star", "winner", "class", "term", "wing", "party", "nominee", "candidate", "official", "officials", "lobbyist",
            "back", "centre", "center", "forward", "keeper", "leaning", "weary");

    /** Modifiers' last parts that are no participle: "Saudi-led", "Obama-era". */
    private static final Set<String> MODIFIER_ENDS = Lexicon.of("led", "era", "style", "like", "type");

    /**
     * Whether a compound modifier ends in a participle or the like ("Bush-appointed", "U.S.-based", "Media-bashing",
     * "Saudi-led"): it modifies a noun after it, and a phrase ending in one ends in no name.
     */
    private static boolean participleAfterHyphen(String t) {
        String end = t.substring(t.lastIndexOf('-') + 1);
        return end.length() >= 4 && end.endsWith("ed") || end.length() >= 5 && end.endsWith("ing") || MODIFIER_ENDS.contains(end);
    }

    /** The person's name at the end of a subject phrase, or null if it ends in no capitalised name. */
    public static String personAtEnd(String phrase) {
        return PERSON_AT_END.apply(phrase);
    }

    /** {@link #personAtEnd}'s answers, most asked many times over an archive ("Trump", "Mr. Obama", "The president"). */
    private static final PhraseMemo PERSON_AT_END = new PhraseMemo(20_000, Names::findPersonAtEnd);

    private static String findPersonAtEnd(String phrase) {
        int dash = lastSpacedDash(phrase);
        if (dash > 0 && dash + 2 < phrase.length()) {
            phrase = phrase.substring(dash + 2); // "… Hillary Clinton - Mueller": an aside's closing dash ends the name before it
        }
        int semicolon = listSemicolon(phrase);
        if (semicolon >= 0 && !phrase.substring(semicolon + 1).isBlank()) {
            phrase = phrase.substring(semicolon + 1); // "… features on West; Amity Shlaes": a list's items, not one name
        }
        int colon = phrase.lastIndexOf(": ");
        if (colon >= 0 && !phrase.substring(colon + 2).isBlank()) {
            phrase = phrase.substring(colon + 2); // "Borders: Trump said": a label's colon ends what names the person
        }
        boolean possessive = phrase.contains("'s") || phrase.contains("\u2019s");
        List<String> tokens = tokens(possessive ? POSSESSIVE_S.matcher(phrase).replaceAll("") : phrase);
        boolean pluralOwner = phrase.contains("s' ") || phrase.contains("s\u2019 "); // "The New York Times’ Farhad Manjoo"
        List<String> written = possessive || pluralOwner ? tokens(phrase) : null; // "Virginia’s Larry Sabato": the owner is no part of the name
        if (written != null && written.size() != tokens.size()) {
            written = null;
        }
        while (!tokens.isEmpty() && mayBePartyAndState(tokens.get(tokens.size() - 1))
                && PARTY_AND_STATE.matcher(tokens.get(tokens.size() - 1)).matches()) {
            tokens.remove(tokens.size() - 1); // "Rep. Adam Schiff, D-Calif.," : the party and state are no part of the name
        }
        if (tokens.size() > 2 && POST_NOMINALS.contains(tokens.get(tokens.size() - 1))
                && (HONOURS.contains(tokens.get(tokens.size() - 1)) || FirstNames.genderOfFirstName(tokens.get(tokens.size() - 3)) != '?')) {
            // a member's letters only after a first name and a surname ("Tom McCabe MSP"), not after a place ("the Salford MP")
            tokens.remove(tokens.size() - 1); // "Ken Macdonald QC", "Sir Elton John CBE": letters after the name are no part of it
            if (written != null) {
                written.remove(written.size() - 1);
            }
        }
        String suffix = "";
        if (!tokens.isEmpty() && SUFFIXES.contains(tokens.get(tokens.size() - 1))) { // "Emanuel Cleaver II"
            suffix = " " + tokens.remove(tokens.size() - 1);
        }
        List<String> name = new ArrayList<>();
        int i = tokens.size() - 1;
        for (; i >= 0 && name.size() < 4; i--) {
            String t = tokens.get(i);
            if (written != null && !name.isEmpty() && (isPossessive(written.get(i)) || ownerInS(written.get(i)))) {
                break;
            }
            if (PARTICLE_SET.contains(t) && !name.isEmpty()) { // asked in any case, without a lower-case copy
                name.add(0, t);
                continue;
            }
            if (firstPerson(t)) {
                break; // "I’m", "I’ve": the writer, not a name
            }
            if (PREPOSITION_SET.contains(t)) {
                break; // "Between Donald Trump’s flamboyant personality and …": a sentence's capital on a preposition
            }
            if (!name.isEmpty() && HEADLINE_VERB_SET.contains(t)) {
                break; // "Warren Backs Hillary Clinton": a headline's verb, capitalised, before the name
            }
            if (!name.isEmpty() && INSTITUTION_ADJECTIVES.contains(t) && !tokens.subList(0, i).contains("of")) {
                int first = firstNameAfterBodysWord(name);
                if (first > 0) {
                    name.subList(0, first).clear(); // "The Republican National Convention Patricia Smith, mother of …"
                    break;
                }
                return null; // "National Review", "National Public Radio": the words after it name an institution
            }
            if (compoundModifier(t)) {
                if (!name.isEmpty()) {
                    break; // "Oscar-nominated Owen", "Co-host Mika Brzezinski", "Chicago-based Boeing Co": no first name
                }
                if (participleAfterHyphen(t)) {
                    return null; // "George W. Bush-appointed": a modifier of the noun after it (not "Chan Kin-man")
                }
            }
            boolean surnameMay = name.isEmpty() && i > 0 && mayAsSurname(tokens.get(i - 1), t);
            if (!surnameMay && (!Character.isUpperCase(t.charAt(0)) && !hyphenedParticle(t, 0, t.length()) && !joinedParticle(t, 0, t.length())
                    || isRole(t, 0, t.length()) && !designation(name) || departmentBeforeName(t, name)
                    || isAcronym(t) && (name.isEmpty() || !joinedInitials(t, 0, t.length())))) { // "H.R. McMaster", not "U.S. Sen."
                break;
            }
            name.add(0, t);
            if (surnameMay && ROLE_WORD_SET.contains(tokens.get(i - 1))) {
                break; // "Mrs May": the title is not part of the name
            }
        }
        while (!name.isEmpty() && PARTICLE_SET.contains(name.get(0))) {
            name.remove(0);
        }
        withoutParty(name); // "fellow Tory David Heathcoat-Amory"
        withoutNationality(name);
        withoutRank(name, i >= 0 && RANK_OPENERS.contains(tokens.get(i)));
        withoutNamesBeforeFirstName(name);
        if (name.isEmpty()) {
            int run = tokens.size() - 1; // "Kyle Pomerleau of the Tax Foundation": an institution after the person
            if (run < 0 || !INSTITUTION_SET.contains(tokens.get(run))) {
                return null;
            }
            while (run >= 0 && Character.isUpperCase(tokens.get(run).charAt(0))) {
                run--;
            }
            return personBeforePlace(tokens, run);
        }
        int body = i >= 0 ? institutionBefore(tokens, i, name.size() == 1) : -1;
        if (body >= 0) {
            // "Office of Management", "University of Chicago": the institution's name, not a person's; unless a person's
            // name runs on from it ("founder of the Institute for Free Speech Brad Smith")
            List<String> person = new ArrayList<>(name);
            fromFirstName(person);
            if (person.size() >= 2 && person.size() < name.size()) {
                return String.join(" ", person) + suffix;
            }
            // a person may come before it, as before any institution ("Jared Bernstein of the liberal Center on Budget …")
            int run = body - 1;
            while (run >= 0 && Character.isUpperCase(tokens.get(run).charAt(0))) {
                run--; // "of the Manhattan Institute for …": the body's name opens before its word
            }
            return run >= 0 ? personBeforePlace(tokens, run) : null;
        }
        if (i >= 1 && placeAfterTitle(tokens.get(i), tokens.get(i - 1)) || officeOfTitle(tokens, i) && firstNameAfterOffice(name)) {
            keepPersonAfterPlace(name); // "Ambassador to Ukraine Marie Yovanovitch", "Secretary of the Treasury Steve Mnuchin"
        }
        String before = personBeforePlace(tokens, i);
        // a surname and "Jr." or "Sr." stay together ("Trump Jr. said" is not Trump's); a numeral after one name is a
        // monarch's or a pope's, called by the name ("King Abdullah II": Abdullah)
        boolean generation = name.size() > 1 || suffix.startsWith(" Jr") || suffix.startsWith(" Sr");
        return before != null ? before : withoutTrailing(String.join(" ", name), ".,") + (generation ? suffix : "");
    }

    /** Whether a name read so far is one designation with a digit ("B-37"): the role before it names the person with it. */
    private static boolean designation(List<String> name) {
        return name.size() == 1 && Words.hasDigit(name.get(0), 0, name.get(0).length());
    }

    /** Where the last semicolon is that ends no character entity ("Jos&#233; Manuel Barroso" has none), or -1. */
    private static int listSemicolon(String s) {
        for (int i = s.lastIndexOf(';'); i >= 0; i = s.lastIndexOf(';', i - 1)) {
            int j = i - 1;
            while (j >= 0 && i - j <= 10 && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '#')) {
                j--;
            }
            if (j < 0 || s.charAt(j) != '&') {
                return i;
            }
        }
        return -1;
    }

    /** Where the last dash set off by spaces is ("a - b", "a – b", "a — b"), or -1. */
    private static int lastSpacedDash(String s) {
        for (int i = s.length() - 2; i > 0; i--) {
            if (Words.spacedDashAt(s, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("\u2019s");
    }

    /** Whether the word {@code text[from, to)} ends in a single closing mark that no owner's s comes before ("‘Wild’"). */
    private static boolean closesSingleQuote(String text, int from, int to) {
        char last = text.charAt(to - 1);
        return to - from > 1 && (last == '\'' || last == '\u2019') && text.charAt(to - 2) != 's';
    }

    /** A word ending in s with an owner's apostrophe and no second s ("Times’", "Democrats'"). */
    private static boolean ownerInS(String word) {
        int n = word.length();
        return n > 2 && word.charAt(n - 2) == 's' && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019');
    }

    /** "I", "I’m", "I'd": the first person, capitalised like a name. */
    private static boolean firstPerson(String token) {
        return token.charAt(0) == 'I' && (token.length() == 1 || token.charAt(1) == '\'' || token.charAt(1) == '\u2019');
    }

    /** An initial or a particle ("T.", "De"): the word before it is a first name ("Ryan T. Anderson", "Jacqueline De León"). */
    private static boolean firstNameBefore(String second) {
        return second.length() == 2 && second.charAt(1) == '.' || PARTICLE_SET.contains(second);
    }

    /**
     * A run of three or more capitalised words after a title's "to" or "for", or "to the" ("Special Representative for
     * Ukraine Kurt Volker", "Secretary for Diplomatic Security Charlene Lamb", "Ambassador to the United Nations Nikki
     * Haley"): the title's place or office, then the person, whose
     * name is the last two words (three with an initial or a particle); cut to those. Not when an initial or a
     * particle follows the first word ("Ryan T. Anderson"): that is a first name.
     */
    private static void keepPersonAfterPlace(List<String> words) {
        if (words.size() >= 3 && !firstNameBefore(words.get(1))) {
            int keep = firstNameBefore(words.get(words.size() - 2)) ? 3 : 2;
            words.subList(0, words.size() - keep).clear();
        }
    }

    /**
     * For a run of capitalised words starting at word {@code k}: 3 when a title's "to" or "for" comes right before it
     * ("Special Representative for Ukraine Kurt Volker"), 4 after "to the" or "for the" ("Ambassador to the United Nations
     * Nikki Haley"), the fewest words the run must have for its first ones to be the place; after a title's office with
     * "of the" ("Secretary of the Treasury Steve Mnuchin"), {@link #OFFICE_WORDS}; else 0.
     */
    private static int placeWordsBefore(Tokens tokens, int k) {
        String text = tokens.text;
        if (k < 2 || tokens.end(k - 1) - tokens.start(k - 1) > 3
                || !Words.onlySpaceBetween(text, tokens.end(k - 2), tokens.start(k - 1))) {
            return 0;
        }
        if (placeAfterTitle(word(tokens, k - 1), word(tokens, k - 2))) {
            return 3;
        }
        boolean the = isWord(tokens, k - 1, "the");
        if (k > 2 && the && Words.onlySpaceBetween(text, tokens.end(k - 3), tokens.start(k - 2))
                && placeAfterTitle(word(tokens, k - 2), word(tokens, k - 3))) {
            return 4;
        }
        return (the || isWord(tokens, k - 1, "of")) && officeOfTitle(tokens, k) ? OFFICE_WORDS : 0;
    }

    /**
     * {@link #placeWordsBefore}'s answer after a title's office: at least one word of it, then a first and a last name;
     * negative, as the run is cut only when {@link #firstNameAfterOffice} agrees.
     */
    private static final int OFFICE_WORDS = -3;

    /**
     * Whether the name {@link #keepPersonAfterPlace} would keep of a run after a title's office opens with a common first name
     * or an initial ("Steve Mnuchin", "R.B. Scott"): the office's words are capitalised as names are, and a body's name
     * after "of the" is often three words ("the New England Patriots", "the Southern Baptist Convention").
     */
    private static boolean firstNameAfterOffice(List<String> run) {
        if (run.size() < 3 || firstNameBefore(run.get(1))) {
            return false;
        }
        String first = run.get(run.size() - (firstNameBefore(run.get(run.size() - 2)) ? 3 : 2));
        return FirstNames.genderOfFirstName(first) != '?' || first.length() >= 2 && first.charAt(first.length() - 1) == '.'
                && Character.isUpperCase(first.charAt(0));
    }

    /**
     * Whether the words before word {@code k} end with a title, "of" and its office ("Secretary of the", "Chief Justice
     * of the United States", "Speaker of the House of"): the capitalised words from {@code k} begin with the office's
     * last words ("Treasury Steve Mnuchin", "Commons John Bercow"). Only capitalised words, "of" and "the" between the
     * title and the name (seven words at most, no punctuation), and a "the" among them or the title capitalised. Read in
     * place: asked at every capitalised word after "of" or "of the".
     */
    private static boolean officeOfTitle(Tokens tokens, int k) {
        String text = tokens.text;
        if (k < 2 || !isWord(tokens, k - 1, "of") && !(isWord(tokens, k - 1, "the") && isWord(tokens, k - 2, "of"))) {
            return false;
        }
        boolean the = false;
        for (int j = k - 1; j >= 0 && j >= k - 7; j--) {
            if (j < k - 1 && !Words.onlySpaceBetween(text, tokens.end(j), tokens.start(j + 1))) {
                return false;
            }
            int start = tokens.start(j);
            int end = tokens.end(j);
            if (isWord(tokens, j, "of") || isWord(tokens, j, "the")) {
                the |= end - start == 3;
                continue;
            }
            // an office has "the", or a capitalised title ("Director of Communications Jennifer Palmieri"): "a friend of Mary
            // Ann Smith" is no office's
            if ((the || Character.isUpperCase(text.charAt(start))) && ROLE_WORD_SET.contains(text, start, end)) {
                return !INSTITUTION_SET.contains(text, start, end)
                        && !NOT_TITLES.contains(text.substring(start, end).toLowerCase(java.util.Locale.ROOT));
            }
            if (!Character.isUpperCase(text.charAt(start))) {
                return false;
            }
        }
        return false;
    }

    private static boolean isWord(Tokens tokens, int k, String word) {
        return tokens.end(k) - tokens.start(k) == word.length() && tokens.text.startsWith(word, tokens.start(k));
    }

    private static String word(Tokens tokens, int k) {
        return tokens.text.substring(tokens.start(k), tokens.end(k));
    }

    /** Whether the word before a name is "to" or "for" after a title ("Ambassador to", "the U.N. envoy for"). */
    private static boolean placeAfterTitle(String before, String title) {
        return (before.equals("to") || before.equals("for")) && !title.isEmpty()
                && (Character.isUpperCase(title.charAt(0))
                    || title.length() >= 5 && !NOT_TITLES.contains(title) && !OPENING_WORDS.contains(title))
                && ROLE_WORD_SET.contains(title) && !INSTITUTION_SET.contains(title);
    }

    /** {@link #officeOfTitle(Tokens, int)} for a name's words up to {@code boundary}, the word a name's run stopped at. */
    private static boolean officeOfTitle(List<String> tokens, int boundary) {
        if (boundary < 1 || !tokens.get(boundary).equals("of") && !tokens.get(boundary).equals("the")) {
            return false;
        }
        Tokens words = new Tokens(String.join(" ", tokens.subList(Math.max(0, boundary - 6), boundary + 1)));
        return officeOfTitle(words, words.count());
    }

    /** Role words of five letters or more that are no title in lower case ("according to", "after"). */
    private static final Set<String> NOT_TITLES = Lexicon.of("according", "after", "while", "earlier", "meanwhile", "however",
            "although", "because", "despite", "following", "during", "until", "since", "before", "later", "former",
            "senior", "acting", "interim", "retired"); // and the OPENING_WORDS

    /**
     * Where the institution's word is when the words up to {@code boundary} end with it and "of", "for" or "on" (or "of
     * the", …), or with such words, capitalised words and "and" ("the Center for Strategic and"): the capitalised words
     * after them complete the body's name ("the Department of Homeland Security", "the Center for American Progress", "the
     * Council on Foreign Relations", "… Strategic and International Studies"), no person's; -1 otherwise.
     */
    private static int institutionBefore(List<String> tokens, int boundary, boolean oneWord) {
        int of = boundary;
        while (of >= 1 && Character.isUpperCase(tokens.get(of).charAt(0)) && (INSTITUTION_ADJECTIVES.contains(tokens.get(of))
                || oneWord && isRole(tokens.get(of), 0, tokens.get(of).length()))) {
            // "the Center for National Security Studies", "the Council on Foreign Relations": a word of the body's name
            // that ended a one-word "name", no title of a person's ("… of Health Secretary Kathyleen Kunkel" is one)
            of--;
        }
        of = of >= 1 && tokens.get(of).equals("the") ? of - 1 : of;
        if (of >= 2 && tokens.get(of).equals("and") && Character.isUpperCase(tokens.get(of - 1).charAt(0))) {
            of--;
            while (of >= 1 && Character.isUpperCase(tokens.get(of).charAt(0)) && !isInstitutionWord(tokens.get(of))) {
                of--;
            }
        }
        return of >= 1 && BODYS_PREPOSITIONS.contains(tokens.get(of)) && isInstitutionWord(tokens.get(of - 1)) ? of - 1 : -1;
    }

    /** The words between an institution's word and the rest of its name ("Department of", "Center for", "Council on"). */
    private static final Set<String> BODYS_PREPOSITIONS = Lexicon.of("of", "for", "on");

    /** Whether a run of capitalised words from word {@code k} of a text completes a body's name ({@link #institutionBefore}). */
    private static boolean complementOfInstitution(Tokens tokens, int k) {
        if (k < 2 || !(isWord(tokens, k - 1, "the") || isWord(tokens, k - 1, "and") || isWord(tokens, k - 1, "of")
                || isWord(tokens, k - 1, "for") || isWord(tokens, k - 1, "on")
                || INSTITUTION_ADJECTIVES.contains(tokens.text, tokens.start(k - 1), tokens.end(k - 1)))) {
            return false; // most runs: asked no further
        }
        String text = tokens.text;
        int from = k; // the first word of the words before it, back to punctuation or eight words ("Institution for A B C and the")
        boolean institution = false;
        while (from > 0 && k - from < 8 && Words.onlySpaceBetween(text, tokens.end(from - 1), tokens.start(from))) {
            from--;
            institution |= Character.isUpperCase(text.charAt(tokens.start(from))) && INSTITUTION_SET.contains(text, tokens.start(from), tokens.end(from));
        }
        if (!institution) {
            return false; // no institution's word among them: most runs after "the" or "of", asked no further
        }
        List<String> before = new ArrayList<>(k - from);
        for (int j = from; j < k; j++) {
            before.add(word(tokens, j));
        }
        return institutionBefore(before, before.size() - 1, false) >= 0;
    }

    /** Words that start a clause of its own: "the Washington Post, in which Steven Mufson …" names no one of the Post. */
    private static final WordSet CLAUSE_WORDS = new WordSet(Lexicon.of("which", "who", "whom", "whose", "that", "where",
            "when", "while", "and", "or", "but", "as"));

    /**
     * Prepositions that are no one's name, capitalised where they open a sentence before one ("Behind Boehner, …", "Upon
     * Eric Holder’s arrival"). (Not "Like", "Over", "Near", … : names too.)
     */
    private static final WordSet PREPOSITION_SET = new WordSet(Lexicon.of("between", "behind", "besides", "beside", "through",
            "upon", "without", "regarding", "against", "among", "amid", "amidst", "despite", "unlike", "toward", "towards",
            "within", "beyond", "across", "during", "into", "onto", "concerning", "throughout", "alongside", "underneath"));

    /**
     * Verbs a headline or a live blog's update puts between names, capitalised ("Romney Raps Obama's Priorities", "Warren
     * Backs Hillary Clinton", "Betsy DeVos Named Education Secretary"): no one's name goes on past one.
     */
    private static final WordSet HEADLINE_VERB_SET = new WordSet(Lexicon.of("says", "raps", "backs", "slams", "blasts", "rips",
            "hits", "picks", "names", "named", "visits", "reacts", "meets", "urges", "vows", "defends", "endorses", "attacks",
            "praises", "mocks", "taps", "wins", "warns", "responds", "denies", "admits", "accuses", "touts", "unveils",
            "announces", "launches", "signs", "vetoes", "blames", "tells", "asks", "calls", "rejects", "joins", "leads", "trails",
            "threatens", "faces", "eyes", "sees", "gets", "takes", "seeks", "plans", "wants", "pushes", "opens", "drops", "helps",
            "thanks", "boosts", "stuns", "scolds", "grills", "lauds", "hails", "knocks", "bashes", "chides", "taunts", "trolls",
            "dismisses", "confronts", "challenges", "supports", "opposes", "ousts", "sues", "nominates", "appoints", "pardons"));

    /** Prepositions that put a place after a person: "Richard Seeborg of northern California", "Bob Casey of Pennsylvania". */
    private static final WordSet PLACE_PREPOSITIONS = new WordSet(Lexicon.of("of", "from", "in", "on", "at", "near"));

    /**
     * When the name a subject phrase ends in follows a preposition right after a person's full name ("District judge
     * Richard Seeborg of northern California", "Sen. Bob Casey of Pennsylvania"), that person is the subject; null
     * otherwise ("the mayor of New York", "Royal Bank of Scotland"). {@code boundary} is the index of the word before
     * the name.
     */
    private static String personBeforePlace(List<String> tokens, int boundary) {
        int p = boundary;
        for (int adjectives = 0; p >= 0 && adjectives < 2 && Character.isLowerCase(tokens.get(p).charAt(0))
                && !PLACE_PREPOSITIONS.contains(tokens.get(p)) && !CLAUSE_WORDS.contains(tokens.get(p)); adjectives++) {
            p--; // "of northern California", "of the Tax Foundation"
        }
        if (p < 1 || !PLACE_PREPOSITIONS.contains(tokens.get(p))) {
            return null;
        }
        String person = personAtEnd(String.join(" ", tokens.subList(0, p)));
        if (person == null || wordCount(person) < 2) {
            return null; // a full name: "Royal Bank of Scotland" is none
        }
        int first = p - wordCount(person);
        // "David Heymann, Professor of Infectious Disease Epidemiology from the London School …": a role's field, no one
        return first >= 2 && tokens.get(first - 1).equals("of") && isRole(tokens.get(first - 2), 0, tokens.get(first - 2).length())
                ? null : person;
    }

    private static final Set<String> SUFFIXES = Lexicon.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");
    /**
     * Letters for an honour or a silk written after a name: "Ken Macdonald QC", "Paul Smith OBE".
     */
    private static final Set<String> HONOURS = Lexicon.of("QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE");
    /**
     * Letters written after a name, no part of it: the {@link #HONOURS}, and a member's ("Tom McCabe MSP"), taken off only
     * after a first name and a surname ("the Salford MP" is a description).
     */
    private static final Set<String> POST_NOMINALS = Lexicon.of("QC", "KC", "OBE", "MBE", "CBE", "KBE", "DBE", "MP", "MSP", "MEP",
            "MLA");

    /** Whether a word is a generation's suffix ("Jr.", "III"), which ends a name and is no surname. */
    static boolean isSuffix(String word) {
        return SUFFIXES.contains(word);
    }

    /** Whether {@code name} is a surname and a generation's suffix only ("Trump Jr."). */
    static boolean isSurnameWithSuffix(String name) {
        int space = name.indexOf(' ');
        return space > 0 && name.indexOf(' ', space + 1) < 0 && isSuffix(name.substring(space + 1));
    }

    /**
     * Whether {@code full} is a longer name ending with {@code surnameWithSuffix}'s words, a suffix's full stop written or
     * not ("Donald Trump Jr" for "Trump Jr.").
     */
    static boolean endsWithGeneration(String full, String surnameWithSuffix) {
        return withoutTrailing(full, ".").endsWith(" " + withoutTrailing(surnameWithSuffix, "."));
    }

    /** A lawmaker's party and state as U.S. papers write them after the name: "D-Calif.", "R-S.C.", "I-Vt.". */
    private static final Pattern PARTY_AND_STATE = Pattern.compile("[DRI]-[A-Z][A-Za-z.]{0,12}(?: [A-Z][a-z]+)?"); // "D-Calif.", "D-New York"

    /** Whether a word opens as {@link #PARTY_AND_STATE} does ("R-"): the rest is asked of a matcher. */
    private static boolean mayBePartyAndState(String word) {
        return word.length() >= 3 && word.charAt(1) == '-' && "DRI".indexOf(word.charAt(0)) >= 0;
    }

    /** Whether a clause is only a lawmaker's party and state ("D-Calif.", "R-S.C."): an aside after a name. */
    static boolean isPartyAndState(String clause) {
        String c = withoutTrailing(clause.strip(), ",;");
        return mayBePartyAndState(c) && PARTY_AND_STATE.matcher(c).matches()
                || (c.endsWith("Democrat") || c.endsWith("Republican") || c.endsWith("Independent")) && STATE_PARTY.matcher(c).matches();
    }

    /** Whether a clause is only a state's abbreviation ("Va.", "N.Y."): the end of a town's name, an aside after a name. */
    static boolean isStateAbbreviation(String clause) {
        return UsStates.isApAbbreviation(withoutTrailing(clause.strip(), ",;")); // not "D.C.": "Washington, D.C." is read whole elsewhere
    }

    /** "Washington Democrat", "New Hampshire Republican": a lawmaker's state and party, as some papers write them. */
    private static final Pattern STATE_PARTY = Pattern.compile("(?:\\p{Lu}\\p{Ll}+ ){1,2}(?:Democrat|Republican|Independent)");

    /**
     * "Theresa May", "Mrs May", "Mark Judge": a month's name or a role that is also a surname is one after a first
     * name or a title. Not after a word that dates it ("Last May", "Early May"), one that names a court ("District
     * Judge"), nor one that a capital letter only starts a sentence with ("In May").
     */
    static boolean mayAsSurname(String before, String word) {
        if (SURNAMES_AFTER_FIRST_NAMES.contains(word)) {
            // "Matt House", "Mr. Pastor"; not "the White House", "Opera House", "Majority Leader"
            return FirstNames.genderOfFirstName(before) != '?' || HONORIFICS.contains(before.toLowerCase(java.util.Locale.ROOT));
        }
        if (!SURNAMES_THAT_ARE_ROLES.contains(word) || before.isEmpty() || !Character.isUpperCase(before.charAt(0))) {
            return false;
        }
        String b = before.toLowerCase(java.util.Locale.ROOT);
        if (TITLES_BEFORE_A_SURNAME.contains(b) || before.length() == 2 && before.charAt(1) == '.') {
            return true; // "Mrs May"; a middle initial: "Peter T. King", "Robert L. May"
        }
        return !ROLE_WORD_SET.contains(before) && !DATING_WORDS.contains(b) && !COURT_WORDS.contains(b) && !isAcronym(before)
                && !b.endsWith(".");
    }

    /** Role words that are also common surnames: "Theresa May", "Mark Judge", "Peter King", "Mark Singer". */
    static final Set<String> SURNAMES_THAT_ARE_ROLES = Lexicon.of("May", "Judge", "King", "Singer");
    /**
     * Institutions' words and titles that are surnames too, but only after a common first name: "Matt House" (Schumer's
     * spokesman), "Erik Prince", "Jim Justice", "Jeffrey Lord", "Paul Farmer", "Art Pope", "Robert Pastor", "Elaine Leader",
     * "Mark Alderman", "Marie March"; or after a title of courtesy ("Mr. Pastor"). A title before a name stays one: "Prince
     * Charles", "Justice Elena Kagan".
     */
    static final Set<String> SURNAMES_AFTER_FIRST_NAMES = Lexicon.of("House", "Prince", "Justice", "Lord", "Farmer", "Pope", "Pastor",
            "Alderman", "March", "Leader");
    /** Titles of courtesy: the capitalised word after one is a surname ("Mr. Pastor", "Ms. Leader"). */
    private static final Set<String> HONORIFICS = Lexicon.of("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr");
    /** The longest of them all: a longer word is none of them without being copied out to ask. */
    private static final int LONGEST_ROLE_SURNAME = java.util.stream.Stream.concat(SURNAMES_THAT_ARE_ROLES.stream(),
            SURNAMES_AFTER_FIRST_NAMES.stream()).mapToInt(String::length).max().orElse(0);
    /**
     * Titles that name a person when a surname follows: "Mr. Trump", "President Obama", "Sen. Collins". A person
     * whom the article names only this way is one of its people (pronouns may refer to them). Not "General" ("General
     * Motors"), nor titles of groups.
     */
    static final WordSet PERSON_TITLE_SET = new WordSet(Lexicon.of("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "dr.", "dr",
            "miss", "president", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mayor", "secretary",
            "chancellor", "premier", "minister", "judge", "justice", "speaker", "leader", "pope", "king", "queen",
            "prince", "princess", "rev.", "prof.", "professor", "ambassador", "sheriff", "commissioner", "lt.", "col.",
            "capt.", "sgt.", "adm.", "gen.", "pres.", "cmdr.", "comdr.", "brig.", "supt.", "insp.", "atty.", "msgr.", "lieut.",
            "lord", "baroness")); // a peer by the title's name: "Lord Heseltine", "Baroness Thatcher"
    private static final Set<String> TITLES_BEFORE_A_SURNAME = Lexicon.of("mrs", "mrs.", "mr", "mr.", "ms", "ms.", "miss", "dr",
            "dr.", "minister", "premier");
    private static final Set<String> COURT_WORDS = Lexicon.of("district", "circuit", "appeals", "appellate", "court", "federal",
            "superior", "county", "state", "family", "tax", "bankruptcy", "immigration", "administrative", "probate",
            "municipal", "trial", "magistrate", "presiding", "senior", "associate");
    private static final Set<String> DATING_WORDS = Lexicon.of("last", "early", "late", "next", "mid", "every", "each", "through",
            "until", "till", "since", "in", "on", "by", "from", "to", "this", "that", "of", "and", "or", "before", "after",
            "during", "for", "around", "about", "between");

    static boolean isAcronym(String t) {
        return isAcronym(t, 0, t.length());
    }

    /**
     * Initials written together before a surname ("H.R. McMaster", "J.D. Vance", "W.E.B. Du Bois"): two or three single
     * capitals, each with its full stop, and none of the abbreviations papers write so ("U.S.", "U.N.", "D.C.", "A.M.").
     */
    static boolean joinedInitials(String text, int from, int to) {
        int n = to - from;
        if (n != 4 && n != 6) {
            return false;
        }
        for (int i = from; i < to; i += 2) {
            if (!Character.isUpperCase(text.charAt(i)) || text.charAt(i + 1) != '.') {
                return false;
            }
        }
        return !DOTTED_ABBREVIATIONS.contains(text.subSequence(from, to).toString());
    }

    /** Abbreviations written as initials are: places, bodies, times of day ("U.S. Army", "D.C. Council", "10 A.M. Sunday"). */
    private static final Set<String> DOTTED_ABBREVIATIONS = Lexicon.of("U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.",
            "N.J.", "N.H.", "N.M.", "N.C.", "N.D.", "S.C.", "S.D.", "R.I.", "A.M.", "P.M.", "B.C.", "A.D.", "O.K.", "T.V.",
            "U.S.A.", "U.A.E.", "G.O.P.", "N.Y.C.", "U.S.S.", "D.O.J.", "F.B.I.", "C.I.A.", "N.S.A.", "I.R.S.", "E.P.A.",
            "N.R.A.", "N.F.L.", "N.B.A.", "S.E.C.", "F.D.A.", "C.D.C.", "A.C.L.U.", "N.A.T.O.", "P.R.", "U.A.W.", "I.S.");

    /** Mostly capitals ("NATO", "U.S.", "GOP"), dots aside. */
    private static boolean isAcronym(String text, int from, int to) {
        int upper = 0;
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            }
            if (c != '.') {
                letters++;
            }
        }
        return upper >= 2 && upper * 2 >= letters;
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        Words w = new Words(s); // a letter, then letters, apostrophes, dots, hyphens: no regex per call
        while (w.next()) {
            out.add(w.word());
        }
        return out;
    }

    /** Every run of two to four capitalised name words in the text (titles stripped): the full-name mentions. */
    public static List<String> fullNameMentions(String text) {
        return fullNameMentions(new Tokens(text));
    }

    static List<String> fullNameMentions(Tokens tokens) {
        return fullNameMentions(tokens, null);
    }

    /** As {@link #fullNameMentions(Tokens)}, noting in {@code notes} (when not null) how the article names families. */
    static List<String> fullNameMentions(Tokens tokens, Relatives notes) {
        String text = tokens.text;
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        int count = tokens.count();
        char[] chars = tokens.chars;
        int runStart = 0;
        int runEnd = 0;
        Headlines headlines = new Headlines(text);
        boolean titled = false; // the run started right after a person's title ("Mr.", "President")
        // the run started after "to"/"for" after a title: its first words name a place when it has at least this many
        // words (after "to the", four: "the New York Times" after "a reporter for" is a paper's name); 0: not after one
        int placeFirst = 0;
        boolean bodys = false; // the run started after an institution's word and "of", "for" or "on" ("the Center for")
        for (int k = 0; k < count; k++) {
            if (run.isEmpty()) {
                while (k < count && !Character.isUpperCase(chars[tokens.start(k)])) {
                    k++; // most words: lower case, outside a name, nothing to do
                }
                if (k == count) {
                    break;
                }
            }
            int wordStart = tokens.start(k);
            int wordEnd = tokens.end(k);
            int prevStart = k > 0 ? tokens.start(k - 1) : 0; // the word before this one
            int prevEnd = k > 0 ? tokens.end(k - 1) : 0;
            int lastEnd = prevEnd;
            if (!run.isEmpty() && (!Words.onlySpaceBetween(text, lastEnd, wordStart) || lineBreakBetween(text, lastEnd, wordStart))) {
                flush(run, out, headlines, runStart, runEnd, titled, placeFirst, bodys, notes); // punctuation or a line break between words ends a name ("Loser: Donald Trump\nDonald Trump got…")
            }
            boolean capital = Character.isUpperCase(chars[wordStart]);
            if (run.isEmpty()) {
                runStart = wordStart;
                titled = capital && lastEnd > prevStart && Character.isUpperCase(text.charAt(prevStart))
                        && Words.onlySpaceBetween(text, lastEnd, wordStart) && !lineBreakBetween(text, lastEnd, wordStart)
                        && PERSON_TITLE_SET.contains(text, prevStart, lastEnd);
                placeFirst = capital ? placeWordsBefore(tokens, k) : 0;
                bodys = capital && complementOfInstitution(tokens, k);
            }
            if (!capital && run.isEmpty()) {
                continue; // a run ended at this word: nothing to copy out
            }
            int from = wordStart;
            int to = wordEnd;
            int bare = endWithoutPossessive(text, from, to); // "Department’s" is a role word too
            // asked in place: only the words of a name are copied out
            boolean nameWord = capital && !isRole(text, from, bare)
                    && (!isAcronym(text, from, bare) || joinedInitials(text, from, bare) && capitalAfter(text, to)) // "H.R. McMaster"
                    && !compoundModifier(text, from, bare) // "Impeachment-weary Trump", "Co-host Mika Brzezinski"
                    && !Words.hasDigit(text, from, bare) // "AR-15", "B-52": a model's name, not a person's
                    && !(from > 0 && Character.isDigit(chars[from - 1])) // "the 50K Walk": a race, no "K Walk"
                    && !closesSingleQuote(text, from, to) // "‘Dope’ Mitt Romney": a quoted word, then the name
                    && !PRONOUN_WORD_SET.contains(text, from, bare)
                    && !(run.isEmpty() && OPENING_VERB_SET.contains(text, from, bare)) // "Added Cornyn:": the verb, then the name
                    && !(run.isEmpty() && openingNotAName(text, from, bare)) // "Regarding Israel, she …", "Remember Trump’s …"
                    || capital && !run.isEmpty() && bare - from <= LONGEST_ROLE_SURNAME && mayAsSurname(run.get(run.size() - 1), text.substring(from, bare))
                        && !capitalAfter(text, to) // "Obama May Face …": a headline's verb
                    || !capital && !run.isEmpty() && (hyphenedParticle(text, from, to) // "Bashar al-Assad", "Mohamed el-Baradei"
                        || joinedParticle(text, from, to)); // "Joseph diGenova"
            if (nameWord) {
                String t = text.substring(from, to);
                boolean inS = ownerInS(t); // "ABC News’ Amy Robach": the outlet's, then the name
                boolean owner = isPossessive(t) || inS;
                run.add(inS ? t.substring(0, t.length() - 1) : owner ? t.substring(0, t.length() - 2) : t);
                runEnd = to;
                if (owner || endsSentence(t)) {
                    flush(run, out, headlines, runStart, runEnd, titled, placeFirst, bodys, notes); // "Al Jazeera's Sohail Rahman": two names
                }
                continue;
            }
            if (!run.isEmpty() && PARTICLE_SET.contains(text, from, to)) {
                run.add(text.substring(from, to));
                runEnd = to;
                continue;
            }
            if (capital && !run.isEmpty() && INSTITUTION_SET.contains(text, from, bare) && Words.onlySpaceBetween(text, runEnd, from)) {
                run.clear(); // "the Bill and Melinda Gates Foundation", "George Washington University": a body's name, no person
                continue;
            }
            flush(run, out, headlines, runStart, runEnd, titled, placeFirst, bodys, notes);
        }
        flush(run, out, headlines, runStart, runEnd, titled, placeFirst, bodys, notes);
        return out;
    }

    /**
     * As {@link #flush(List, List)}, but a run on a headline's line is no mention ("Trump Team Blasts Comey for …",
     * "Ryan Endorses Trump"), unless it ends a line that something else begins: a heading that names the person the
     * section is about ("Former Colorado Gov. John Hickenlooper", "In Trouble for Thwarting Shoplifters: Tatiana Rodriguez").
     */
    private static void flush(List<String> run, List<String> out, Headlines headlines, int runStart, int runEnd, boolean titled,
            int placeFirst, boolean bodys, Relatives notes) {
        if (bodys) {
            fromFirstName(run); // "the Department of Homeland Security", "… of Justice Robert Mueller": from the person's first name
        }
        if (placeFirst != 0 && run.size() >= Math.abs(placeFirst) && (placeFirst > 0 || firstNameAfterOffice(run))) {
            keepPersonAfterPlace(run);
        }
        int before = out.size();
        boolean alone = titled && run.size() == 1;
        if (alone) {
            // "Mr. Trump", "President Trump": a person named by title and surname alone (blank first name); a pope or a
            // monarch is called by title and name together ("Pope Francis", "Queen Elizabeth")
            run.add(0, regnalTitleOr(headlines.text, runStart, ""));
        }
        if (run.size() > 1 && headlines.at(runStart) && (participle(run.get(0)) || HEADLINE_VERB_SET.contains(run.get(0)))) {
            // "Rashida Tlaib Backpedals After Booing Hillary Clinton", "… Which Only Helps Trump": a headline
            // capitalises its verbs too
            run.remove(0);
        }
        if (run.size() > 2 && headlines.at(runStart)) {
            fromFirstName(run);
        }
        if (run.size() >= 3 && RANKS_AS_FIRST_NAMES.contains(run.get(0)) && afterRankOpener(headlines.text, runStart)) {
            withoutRank(run, true); // "Air Vice Marshal Kapil Kak"
        }
        if (peopleOfAPlace(run, headlines)) {
            run.clear(); // "New Yorkers": many people, whom no "he" or "she" is
        }
        flush(run, out);
        if (out.size() > before && (headlines.at(runStart) && !headlines.namesAtEnd(runStart, runEnd)
                || ofTheNameBefore(headlines.text, runStart, out, before) || photoCredit(headlines.text, runStart, runEnd))) {
            out.remove(before);
        }
        if (notes != null && out.size() > before) {
            note(notes, headlines.text, runStart, runEnd, alone, out.get(before));
        }
        if (out.size() > before && headlines.partnersAsked < MAX_PARTNERS) {
            String first = partnerFirstName(headlines.text, runStart);
            if (first != null) {
                headlines.partnersAsked++;
                String partner = partner(first, out.get(before), out);
                if (partner != null && calledApart(headlines.text, partner)) {
                    out.add(before, partner); // "Khizr and Ghazala Khan": Khizr Khan too
                }
            }
        }
    }

    /**
     * Whether a run of capitalised words names the people of a place rather than a person: it ends in the plural of a
     * place's dweller whose place the text names ("New Yorkers" where "New York" stands on its own; not "Bernie
     * Sanders"). (A nation's people, "Black Americans", stay: as a group they speak, and the pronouns' checks know
     * them.)
     */
    private static boolean peopleOfAPlace(List<String> run, Headlines headlines) {
        if (run.size() < 2) {
            return false;
        }
        String last = withoutTrailing(run.get(run.size() - 1), ".,'\u2019");
        if (last.length() < 4 || !last.endsWith("ers")) {
            return false;
        }
        String place = String.join(" ", run.subList(0, run.size() - 1)) + " " + last.substring(0, last.length() - 3);
        // asked once per place and text: a name in "-ers" ("Bernie Sanders") is met again and again in one article
        return headlines.placesNamed.computeIfAbsent(place, p -> namedAlone(headlines.text, p));
    }

    /** Whether {@code text} names {@code place} as a word of its own (not only inside "New Yorkers"). */
    private static boolean namedAlone(String text, String place) {
        for (int i = text.indexOf(place); i >= 0; i = text.indexOf(place, i + 1)) {
            int end = i + place.length();
            if (end == text.length() || !Character.isLetter(text.charAt(end))) {
                return true;
            }
        }
        return false;
    }

    /** Partners looked for in one text at most: each reads the names found so far and the whole text (couples are rare). */
    private static final int MAX_PARTNERS = 16;

    /**
     * Whether the article tells the partner of a couple from the other: by the first name alone
     * elsewhere ("Jennifer said") or by a title with the surname ("Mrs. Patruso", "Mr. Russo"). A couple named once in
     * passing ("born to Fred and Mary Trump") adds no one the article's "Trump" could be.
     */
    private static boolean calledApart(String text, String partner) {
        int space = partner.indexOf(' ');
        String first = partner.substring(0, space);
        String last = partner.substring(space + 1);
        for (int i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) {
            int end = i + first.length();
            if ((i == 0 || !Character.isLetter(text.charAt(i - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))
                    && !text.startsWith(" and ", end) // the couple itself
                    && !afterCapitalisedWord(text, i)) { // not "Paul Ryan": a last name
                return true;
            }
        }
        for (String title : TITLES_OF_SEX) {
            String titled = title + last;
            for (int i = text.indexOf(titled); i >= 0; i = text.indexOf(titled, i + 1)) {
                int end = i + titled.length();
                if (end == text.length() || !Character.isLetter(text.charAt(end))) { // not "Mr. Smithson"
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the word before {@code at} (past spaces) is capitalised or an abbreviated title ("Paul Ryan", "Sen. Bill",
     * "Cory Booker and"): the word at {@code at} then goes on a name. False after a sentence's stop ("… Tom Yuen.
     * Jennifer said"), at a line's or the text's start.
     */
    private static boolean afterCapitalisedWord(String text, int at) {
        int p = at - 1;
        while (p >= 0 && text.charAt(p) == ' ') {
            p--;
        }
        boolean stop = p >= 0 && text.charAt(p) == '.';
        if (p < 0 || p == at - 1 || !(Character.isLetter(text.charAt(p)) || stop)) {
            return false;
        }
        int end = stop ? p : p + 1;
        while (p > 0 && Character.isLetter(text.charAt(p - 1))) {
            p--;
        }
        return stop ? isAbbreviatedTitle(text, p, end) : Character.isUpperCase(text.charAt(p));
    }

    private static final List<String> TITLES_OF_SEX = List.of("Mr. ", "Mrs. ", "Ms. ", "Miss ", "Mr ", "Mrs ", "Ms ");

    /**
     * The first name alone before "and" and the full name at {@code runStart} ("Bill and Hillary Clinton", "twins Mark and
     * Carol Thatcher"), or null: a common first name, standing alone (not "Cory Booker and John Lewis"), and no state
     * ("of Virginia and Kelly Ayotte").
     */
    private static String partnerFirstName(String text, int runStart) {
        int and = runStart - 5;
        if (and < 2 || !text.startsWith(" and ", and)) {
            return null;
        }
        int start = and;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        if (and - start < 2 || !Character.isUpperCase(text.charAt(start)) || !allLowerCase(text, start + 1, and)) {
            return null;
        }
        if (start > 0 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '\u2019' || text.charAt(start - 1) == '-')) {
            return null; // joined to the word before ("O'Bill")
        }
        if (afterCapitalisedWord(text, start)) {
            return null; // "Cory Booker and John Lewis", "Sen. Bill and …": the word is part of another name
        }
        String first = text.substring(start, and);
        return FirstNames.genderOfFirstName(first) == '?' || UsStates.isStateName(first) ? null : first;
    }

    /** The partner of {@code name} whose first name is {@code first}, unless that word is the last name of someone found before. */
    private static String partner(String first, String name, List<String> out) {
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return null;
        }
        String partner = first + name.substring(space);
        if (partner.equals(name) || name.startsWith(first + " ")) {
            return null;
        }
        for (String known : out) {
            if (known.endsWith(" " + first)) {
                return null; // "Ryan and Scott Walker" after Paul Ryan: his last name, no first name
            }
        }
        return partner;
    }

    /** Whether every char of {@code text[from, to)} is a lower-case letter. */
    static boolean allLowerCase(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Cuts a run whose words may all be capitalised for something else than a name to the name from a common first name on;
     * with none, it names no one. A headline capitalises every word ("Rubio Goes From Robot to Terminator Against Donald
     * Trump": Donald Trump; "Bridge Scandal Threatens Christie": no one), and so does a body's name ("the Department of
     * Homeland Security": no one).
     */
    private static void fromFirstName(List<String> run) {
        for (int i = run.size() - 2; i >= 0; i--) {
            if (FirstNames.genderOfFirstName(run.get(i)) != '?') {
                run.subList(0, i).clear();
                return;
            }
        }
        run.clear();
    }

    /**
     * Whether the run {@code [start, end)} opens a parenthesis and a slash follows it: a photo's credit ("(Ashley Landis /
     * Staff Photographer)", "(J.M. Giordano for ProPublica)" is not one) left in a caption, no one the story names.
     */
    private static boolean photoCredit(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && text.charAt(before) == '(' && after < text.length() && text.charAt(after) == '/';
    }

    /**
     * Whether the run at {@code start} follows "of" after the last name found, a person's by its first name ("Sen.
     * Kirsten Gillibrand of New York", "Rep. Tom Cole of New Mexico"): where the person is from, no one else. (Not
     * after a run that names no one known: "The Dangerous Case of Donald Trump", "Hall of Famer Magic Johnson".)
     */
    private static boolean ofTheNameBefore(String text, int start, List<String> out, int before) {
        if (before == 0 || start < 4 || !text.startsWith("of ", start - 3)) {
            return false;
        }
        int end = start - 3;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = Words.wordStartBefore(text, end, false);
        String last = out.get(before - 1);
        int n = end - from; // the word before "of" is the last name found's last word
        return n > 0 && FirstNames.gender(last) != '?' && last.length() >= n
                && last.regionMatches(last.length() - n, text, from, n)
                && (last.length() == n || last.charAt(last.length() - n - 1) == ' ');
    }

    /**
     * Whether a name's word ends a sentence after it: "Korea.", "Act." ("… the First Step Act. Barr told …"), "Un."
     * ("… with Kim Jong Un. Giuliani's remarks"), "Lie.'", "Bill..." — not an initial ("J."), nor "St.", "Mt." and
     * "Ft.", which open a place's name. "Jr." ends a name in any case.
     */
    private static boolean endsSentence(String word) {
        int n = word.length();
        if (n > 1 && (word.charAt(n - 1) == '\'' || word.charAt(n - 1) == '\u2019')) {
            return n > 3 && word.charAt(n - 2) == '.'; // "Lie.'"
        }
        if (n < 3 || word.charAt(n - 1) != '.') {
            return false;
        }
        return n > 3 && !joinedInitials(word, 0, n) // "H.R. McMaster": initials end no sentence
                || n == 3 && word.charAt(1) != '.' && !(word.startsWith("St") || word.startsWith("Mt") || word.startsWith("Ft"));
    }

    /** Tells {@code notes} of a name found: written alone after a title, or in full (perhaps as someone's relative). */
    private static void note(Relatives notes, String text, int start, int end, boolean alone, String name) {
        if (alone) {
            notes.titledAlone(text, start, name);
        } else {
            notes.introduced(text, start, end, name);
        }
    }

    private static final WordSet REGNAL_TITLES = new WordSet(Lexicon.of("pope", "king", "queen", "prince", "princess",
            "emperor", "empress"));

    /** The title right before {@code start} ("Pope", as the text writes it) if it is a pope's or a monarch's; else {@code other}. */
    private static String regnalTitleOr(String text, int start, String other) {
        int end = Words.lineSpaceStartBefore(text, start);
        int at = Words.wordStartBefore(text, end, false);
        return at < end && Character.isUpperCase(text.charAt(at)) && REGNAL_TITLES.contains(text, at, end)
                ? text.substring(at, end) : other;
    }

    /**
     * Which lines of a text are headlines ({@link #isHeadline}), asked line by line; the last line asked about is
     * remembered, to its end: a text that is one long line is searched for its end once, not at every name (5 MB on
     * one line took 16 s).
     */
    private static final class Headlines {
        private final String text;
        /** The line last read: from the place first asked about on it to its end (no line break between). */
        private int lineFrom = 0;
        private int lineEnd = -1;
        private boolean headline;
        /** Couples' partners looked for so far ({@link #MAX_PARTNERS}). */
        private int partnersAsked;
        /** Places asked about for their dwellers ("New York" for "New Yorkers"), and whether the text names them. */
        private final java.util.Map<String, Boolean> placesNamed = new java.util.HashMap<>(4);

        Headlines(String text) { this.text = text; }

        boolean at(int pos) {
            if (pos >= lineFrom && pos <= lineEnd) {
                return headline;
            }
            int end = text.indexOf('\n', pos); // a forward search the JVM vectorises; most lines end a sentence and stop here
            end = end < 0 ? text.length() : end;
            lineFrom = pos;
            lineEnd = end;
            int last = end;
            while (last > pos && Character.isWhitespace(text.charAt(last - 1))) {
                last--;
            }
            headline = last > pos && PROSE_ENDS.indexOf(text.charAt(last - 1)) < 0
                    && isHeadline(text, text.lastIndexOf('\n', pos - 1) + 1, end);
            return headline;
        }

        /** Whether {@code [start, end)} ends its line (nothing but punctuation after it) and does not begin it. */
        boolean namesAtEnd(int start, int end) {
            for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) { // each search stops at its first letter
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return false;
                }
            }
            for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
                if (Character.isLetterOrDigit(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a line of prose ends with; a headline ends with a word, or asks ("Does Trump Know What His Syria Policy Is?"). */
    private static final String PROSE_ENDS = ".!:,;\"\u201D)";

    /**
     * Whether {@code text[from, to)}, a line, is a headline set in the body (a related story's, a section's): three or
     * more words, nearly every word of four letters or more capitalised, no full stop at its end (a question mark only
     * there), no double quotation mark and no parenthesis. Its capitalised runs are the words of a title ("Ryan Endorses Trump", "Trump Team
     * Blasts Comey for …"), not people's full names.
     */
    private static boolean isHeadline(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == from || PROSE_ENDS.indexOf(text.charAt(end - 1)) >= 0 || end - from > 200) {
            return false; // prose ends its sentences; a headline is one short line
        }
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D' || c == '(') {
                return false; // a quotation: prose (headlines quote with single marks); "Sen. Rob Portman (R-OH)": a name's heading
            }
            if (text.charAt(end - 1) == '?' && (c == '?' || c == '.' || c == '!') && i < end - 1 && text.charAt(i + 1) == ' ') {
                // a question after another sentence: prose ("Who’s Oskar Brenn? What’s next?", "Yang’s Campaign Has a Lot of
                // Money. Now What?"); a headline asks in one sentence
                return false;
            }
        }
        int words = 0;
        int long4 = 0;
        int capitalised = 0;
        Words w = new Words(text, from, end);
        while (w.next()) {
            words++;
            if (w.end() - w.start() >= 4) {
                long4++;
                if (Character.isUpperCase(text.charAt(w.start()))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && long4 >= 3 && capitalised * 10 >= long4 * 8;
    }

    /** Where the word {@code text[from, to)} ends without a possessive 's ("Who’s", "Department's"). */
    static int endWithoutPossessive(String text, int from, int to) {
        boolean possessive = to - from > 2 && text.charAt(to - 1) == 's'
                && (text.charAt(to - 2) == '\'' || text.charAt(to - 2) == '’');
        return possessive ? to - 2 : to;
    }

    /** Particles joined to the surname by a hyphen, written in lower case: "al-Assad", "el-Sisi", "bin-Talal". */
    private static final WordSet HYPHENED_PARTICLES = new WordSet(Lexicon.of("al", "el", "ad", "ash", "as", "at", "az", "bin",
            "ibn", "abu", "abd", "ben", "ould"));

    /** Whether {@code text[from, to)} is a particle, a hyphen and a capitalised surname ("al-Zind"). */
    private static boolean hyphenedParticle(String text, int from, int to) {
        int hyphen = from + 1; // particles are two to four letters: the hyphen is looked for there only
        while (hyphen < to && hyphen <= from + 4 && text.charAt(hyphen) != '-') {
            hyphen++;
        }
        return hyphen < to - 1 && text.charAt(hyphen) == '-' && Character.isUpperCase(text.charAt(hyphen + 1))
                && HYPHENED_PARTICLES.contains(text, from, hyphen);
    }

    /** Particles written joined to a capitalised surname: "diGenova", "deGrasse", "LaHood" is capitalised already. */
    private static final WordSet JOINED_PARTICLES = new WordSet(Lexicon.of("di", "de", "da", "du", "del", "della", "la", "le",
            "van", "von"));

    /** Whether {@code text[from, to)} is a particle joined to a capitalised surname ("diGenova"), in lower case. */
    static boolean joinedParticle(String text, int from, int to) {
        int upper = from + 2; // particles are two to five letters: the capital is looked for there only
        while (upper < to && upper <= from + 5 && !Character.isUpperCase(text.charAt(upper))) {
            upper++;
        }
        return upper < to - 1 && upper <= from + 5 && Character.isUpperCase(text.charAt(upper))
                && Character.isLowerCase(text.charAt(to - 1)) && Character.isLowerCase(text.charAt(from))
                && JOINED_PARTICLES.contains(text, from, upper);
    }

    /** Whether the next word after {@code pos}, on the same line and after spaces only, starts with a capital. */
    private static boolean capitalAfter(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i > pos && i < text.length() && Character.isUpperCase(text.charAt(i));
    }

    private static boolean lineBreakBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Parties' members written before a full name: "Tory David Heathcoat-Amory", "Labour MP …" is caught as a title. */
    static final Set<String> PARTY_WORDS = Lexicon.of("Tory", "Labour", "Conservative", "Liberal", "Democrat", "Republican");

    /** A name's words without a party word before a full name ("Tory David Heathcoat-Amory": the party, then the name). */
    private static void withoutParty(List<String> words) {
        if (words.size() > 2 && PARTY_WORDS.contains(words.get(0))) {
            words.remove(0);
        }
    }

    /**
     * Whether a capitalised word is an abstract noun by its ending ("Affordability", "Liberalism", "Immigration"; not
     * "Hannity", too short an ending to tell).
     */
    private static boolean abstractNoun(String word) {
        String w = withoutTrailing(word, ".,'\u2019");
        return w.length() >= 8 && (w.endsWith("ility") || w.endsWith("ation") || w.endsWith("ition") || w.endsWith("ssion")
                || w.endsWith("ism") || w.endsWith("ness") || w.endsWith("ology"));
    }

    /** Counts that open a sentence in capitals: no name opens with one. */
    private static final Set<String> COUNT_WORDS = Lexicon.of("Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
            "Ten", "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands", "Dozens", "Millions");

    /** Bodies named by one word, which no person's name opens (a one-word name after them is the person's). */
    private static final Set<String> SINGLE_BODIES = Lexicon.of("Congress", "Parliament", "Pentagon", "Kremlin");

    /** Words that end an outlet's name and open no person's: "CBN News", "ABC Radio", "WSJ Opinion". */
    private static final Set<String> OUTLET_WORDS = Lexicon.of("News", "Radio", "Television", "TV", "Times", "Journal",
            "Magazine", "Network", "Press", "Opinion", "Politics");

    /**
     * "American Alan Gross", "German Angela Merkel", "Keeper Tony Bullock", "Lobbyist Trent Lott": a nationality, or a
     * word for people that is no first name, before a full name that opens with a first name is no part of it (a
     * sentence's capital makes a word for what someone is look like a name's).
     */
    private static void withoutNationality(List<String> name) {
        // (a nationality before two more names whatever the first of them: "Australian Lynton Crosby")
        if (name.size() >= 3 && (FirstNames.genderOfFirstName(name.get(1)) != '?' && plainWordNoFirstName(name.get(0))
                || TitleReferents.NATIONALITIES.contains(name.get(0)) && (FirstNames.genderOfFirstName(name.get(1)) != '?'
                    || name.size() == 3 && !TitleReferents.NATIONALITIES.contains(name.get(1)) && !bodyWord(name.get(2))))) {
            name.remove(0);
        }
    }

    /**
     * Ranks and services that are also first names ("Marine Le Pen", "Major Garrett", "Marshal Cohen"): a rank before a full
     * name that opens with a first name ("former US Marine David Moore", "Command Sgt. Major Bert Puckett"), or after a
     * word that makes it one ("Air Vice Marshal Kapil Kak").
     */
    private static final Set<String> RANKS_AS_FIRST_NAMES = Lexicon.of("Marine", "Major", "Marshal");
    /** Words a rank that is also a first name comes after, in ranks of more than one word. */
    private static final Set<String> RANK_OPENERS = Lexicon.of("Vice", "Air", "Field", "Chief", "Sgt.", "Sergeant", "Command",
            "Staff", "Lance", "Gunnery", "Drum", "Provost", "Fire");

    /**
     * Drops a rank that is also a first name from the front of a full name ({@link #RANKS_AS_FIRST_NAMES});
     * {@code afterOpener}: the word before the name is one of {@link #RANK_OPENERS}.
     */
    private static void withoutRank(List<String> name, boolean afterOpener) {
        while (name.size() >= 3 && RANKS_AS_FIRST_NAMES.contains(name.get(0))
                && (afterOpener || FirstNames.genderOfFirstName(name.get(1)) != '?' || RANKS_AS_FIRST_NAMES.contains(name.get(1)))) {
            name.remove(0); // "Marine Major Andrew Terrell": both
            afterOpener = true;
        }
    }

    /**
     * A place's or a body's name of two words or more run into a full name that opens with a common first name ("the
     * United Nations Nikki Haley", "New Yorker Laura Wagner"): the person's name is from the first name on. Only where
     * the word before the first name is one for a body, a role, a party or a thing ({@link #namesNoOne}) or the words
     * before it name a state ("New York Michael Bloomberg"), and none of them is a first name, an initial or a particle
     * (a given name of several words is the person's: "Dustin Lance Black").
     */
    private static void withoutNamesBeforeFirstName(List<String> name) {
        if (name.size() < 3 || name.get(0).isEmpty() || !Character.isUpperCase(name.get(0).charAt(0))) {
            return; // two words before a first name and a surname after it, or nothing to drop
        }
        for (int j = 0; j < name.size() - 1; j++) {
            String w = name.get(j);
            if (FirstNames.genderOfFirstName(w) != '?') {
                if (j >= 2 && (namesNoOne(name.get(j - 1)) || UsStates.isStateName(String.join(" ", name.subList(0, j))))) {
                    name.subList(0, j).clear();
                }
                return;
            }
            if (w.length() <= 2 || w.endsWith(".") || !Character.isUpperCase(w.charAt(0)) || PARTICLE_SET.contains(w)) {
                return;
            }
        }
    }

    /**
     * Where a common first name opens a full name after a word for a body, a role or a thing ("Convention Patricia
     * Smith": 1), or -1.
     */
    private static int firstNameAfterBodysWord(List<String> name) {
        for (int j = 1; j < name.size() - 1; j++) {
            if (FirstNames.genderOfFirstName(name.get(j)) != '?' && namesNoOne(name.get(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Whether a capitalised word is one for a body, a role, a party or a thing, not a given name ("Nations", "Group",
     * "Coordinator", "Tory", "Development"; not "Dustin" of "Dustin Lance Black").
     */
    private static boolean namesNoOne(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return bodyWord(word) || ROLE_WORD_SET.contains(lower) || ROLE_NOUNS.contains(lower) || agentEnding(lower)
                || PARTY_WORDS.contains(word) || TitleReferents.NATIONALITIES.contains(word)
                || lower.endsWith("s") && !lower.endsWith("ss") && !isPossessive(word)
                || lower.endsWith("ment") || lower.endsWith("ism") || lower.endsWith("tion") || lower.endsWith("ent")
                || lower.endsWith("ence") || lower.endsWith("ance") || lower.endsWith("ity");
    }

    /** Whether the word just before {@code start} (past spaces) is one of {@link #RANK_OPENERS} ("Air Vice Marshal …"). */
    private static boolean afterRankOpener(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = Words.tokenStartBefore(text, end);
        return from < end && RANK_OPENERS.contains(text.substring(from, end));
    }

    /** Last words of a body's name, not a person's: "Norwegian Cruise Line", "Russian Orthodox Church", "Scottish Daily Mail". */
    private static boolean bodyWord(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return INSTITUTION_WORDS.contains(lower) || BODY_WORDS.contains(lower);
    }

    private static final Set<String> BODY_WORDS = Lexicon.of("line", "lines", "church", "army", "navy", "mail", "industries", "cross",
            "project", "network", "panel", "agreement", "airlines", "airways", "times", "post", "news", "press", "television",
            "radio", "group", "fund", "forum", "journal", "guard", "club", "review", "herald", "telegraph", "tribune", "express",
            "channel", "broadcasting", "congress", "front", "movement", "republic", "state", "government"); // and INSTITUTION_WORDS

    /** Nouns for people that no agent-noun ending covers. */
    static final Set<String> ROLE_NOUNS = Lexicon.of("aide", "official", "spokeswoman", "spokesman", "spokesperson",
            "chief", "head", "chair", "member", "expert", "critic", "ally", "advocate", "attorney", "judge", "nurse",
            "witness", "friend", "colleague", "candidate", "envoy", "diplomat", "pundit", "scholar", "analyst", "host",
            "coach", "star", "co-star", "boss", "secretary", "nominee", "hopeful", "veteran", "economist", "executive",
            "founder", "co-founder", "chairman", "chairwoman", "adviser", "advisor", "pollster", "lawmaker", "senator",
            "governor", "mayor", "congressman", "congresswoman", "activist", "legend", "icon", "rapper", "comedian",
            "surgeon", "subordinate", "alumna", "alumnus", "graduate", "mogul", "tycoon", "magnate", "student", "analysts",
            "physio", "medic", "pilot", "rookie", "midfielder", "striker", "keeper", "winger", "ace", "chef", "poet",
            "writer", "artist");

    /** Endings of nouns for someone by what they do: "keeper", "lobbyist", "historian", "consultant". */
    private static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ian", "ant", "ent");

    /** Whether a lower-case word has an ending of a noun for someone by what they do: "keeper", "lobbyist", "consultant". */
    static boolean agentEnding(String lower) {
        for (String ending : AGENT_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capital and lower-case letters only, no first name, and a word for people: an agent noun or a plural ("Keeper",
     * "Lobbyist", "Correspondents"); not "Carlo" in "Carlo Maria Vigano", nor "J.", "McConnell" or "O'Neill".
     */
    private static boolean plainWordNoFirstName(String w) {
        if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        boolean forPeople = ROLE_WORD_SET.contains(lower) || ROLE_NOUNS.contains(lower)
                || lower.endsWith("s") && !lower.endsWith("ss") || agentEnding(lower);
        return forPeople && FirstNames.genderOfFirstName(w) == '?';
    }

    private static void flush(List<String> run, List<String> out) {
        int department = -1;
        for (int i = 0; i < run.size(); i++) {
            if (DEPARTMENT_SET.contains(run.get(i), 0, run.get(i).length())) {
                department = i;
            }
        }
        if (department >= 0 && department <= run.size() - 3) {
            run.subList(0, department + 1).clear(); // "Homeland Security Chad Wolf": the department, then the name
        } // (not "Air Force One", "Clean Air Task Force": a department's word last but one or last is a body's name)
        while (run.size() > 1 && OUTLET_WORDS.contains(run.get(0))) {
            run.remove(0); // "told CBN News Clinton …": the end of an outlet's name (its acronym is no name word)
        }
        for (int v = run.size() - 2; v >= 1; v--) {
            if (HEADLINE_VERB_SET.contains(run.get(v))) {
                run.subList(0, v + 1).clear(); // "Romney Raps Obama's Priorities": a headline's words, not a name
                break;
            }
        }
        while (run.size() > 1 && PREPOSITION_SET.contains(run.get(0))) {
            run.remove(0); // "Upon Eric Holder’s arrival": a sentence's capital on a preposition
        }
        withoutParty(run);
        withoutNationality(run);
        withoutRank(run, false);
        withoutNamesBeforeFirstName(run);
        if (run.size() >= 2 && abstractNoun(run.get(run.size() - 1)) && FirstNames.genderOfFirstName(run.get(0)) == '?') {
            run.clear(); // "Homeowner Affordability", "Social Security Disability": a thing's name, no one's
            return;
        }
        if (run.size() >= 2 && COUNT_WORDS.contains(run.get(0))) {
            run.clear(); // "Six Bay Area counties", "Two Democratic senators": a count of things or people, no one's name
            return;
        }
        if (run.size() == 2 && SINGLE_BODIES.contains(run.get(0))) {
            run.remove(0); // "Ex-lawyer tells Congress Trump directed lies": a headline in sentence case, the body, then the name
        }
        if (run.size() < 2) {
            run.clear(); // one word is no full name (most runs: a capitalised word opening a sentence)
            return;
        }
        while (!run.isEmpty() && PARTICLE_SET.contains(run.get(run.size() - 1))) {
            run.remove(run.size() - 1);
        }
        if (run.size() == 4 && run.get(0).equals(run.get(2)) && run.get(1).equals(run.get(3))) {
            run.subList(2, 4).clear(); // "Bernie Sanders Bernie Sanders": a caption or a label run into the text
        }
        if (run.size() >= 2 && run.size() <= 4 && !run.get(0).equals(run.get(1))) {
            out.add(withoutTrailing(String.join(" ", run), ".,'\u2019").strip());
        }
        run.clear();
    }

    /** The last word of a name, without a lower-case particle joined to it ("Bashar al-Assad": Assad). */
    static String lastName(String name) {
        int end = name.length();
        while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(name.charAt(start - 1))) {
            start--;
        }
        if (hyphenedParticle(name, start, end)) {
            start = name.indexOf('-', start) + 1; // "Bashar al-Assad" is Assad: so the text calls him
        }
        return name.substring(start, end);
    }

    /** {@code s} without any of {@code chars} at its end (hot path: no regex). */
    static String withoutTrailing(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /**
     * Whether a name as someone typed it ("Nadler", "Jerrold Nadler", "lena brandt") names this speaker ("Jerrold L.
     * Nadler", "Fire Chief Lena Brandt"): the same last name (or, with {@code spelledApart}, one letter apart:
     * "Zelensky"), and every other word typed among the speaker's words, ignoring case and accents.
     */
    public static boolean typedNames(String typed, String speaker, boolean spelledApart) {
        String[] words = Words.splitOnSpaces(typed.strip());
        String a = fold(lastName(typed));
        String b = fold(lastName(speaker));
        if (words.length == 0 || !(spelledApart ? sameFolded(a, b) : a.equals(b))) {
            return false;
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        for (String w : Words.splitOnSpaces(speaker)) {
            own.add(fold(w));
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!own.contains(fold(words[i]))) {
                return false;
            }
        }
        return true;
    }

    /** Same last name, ignoring case and accents, or spelled one letter apart (Zelensky, Zelenskyy). */
    public static boolean sameLastName(String a, String b) {
        return sameFolded(fold(a), fold(b));
    }

    /** {@link #sameLastName} for names already folded. */
    static boolean sameFolded(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        return x.length() >= 5 && y.length() >= 5 && editDistanceAtMostOne(x, y);
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        String decomposed = ascii || Normalizer.isNormalized(s, Normalizer.Form.NFD) ? s : Normalizer.normalize(s, Normalizer.Form.NFD);
        char[] out = new char[decomposed.length()];
        int n = 0;
        for (int i = 0; i < decomposed.length(); i++) { // letters only, accents dropped (hot path: no regex)
            char c = decomposed.charAt(i);
            if (Character.isLetter(c)) {
                out[n++] = Character.toLowerCase(c);
            }
        }
        return new String(out, 0, n);
    }

    /** Number of space-separated words (no regex: called for every quote). */
    static int wordCount(String s) {
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    private static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        int j = 0;
        boolean edited = false;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (edited) {
                return false;
            }
            edited = true;
            if (a.length() > b.length()) {
                i++;
            } else if (b.length() > a.length()) {
                j++;
            } else {
                i++;
                j++;
            }
        }
        return !(edited && (i < a.length() || j < b.length()));
    }
}
