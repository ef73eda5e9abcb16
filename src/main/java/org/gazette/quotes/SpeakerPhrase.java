package org.gazette.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the words of a cue name. Given the phrase a verb of speech has for its subject ("Rep. John Mica (R-Fla.)",
 * "the National Retail Federation and 150 other business groups", "he recently"), the speaker as the text words
 * it: a person's name, an office or a body, an unnamed source, or a pronoun ({@link Phrases#HE}) for the pronoun pass
 * to resolve; null when the phrase names no one who speaks. The cues before and after a quotation both ask it.
 */
final class SpeakerPhrase {
    private SpeakerPhrase() { }

    static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}'’.-]");

    private static final Pattern NOMINAL = Pattern.compile("(?:^|\\s)((?:a|an|the|one|another|two|three|several|some)\\s.{1,60})$",
            Pattern.CASE_INSENSITIVE);

    /** Titles written out before a name ("Col." and the like are abbreviated role words). */
    private static final java.util.Set<String> TITLES = Lexicon.of("president", "senator", "governor", "mayor",
            "representative", "secretary", "minister", "prime", "general", "judge", "justice", "chief", "ambassador",
            "commissioner", "sheriff", "professor", "director", "chairman", "chairwoman", "deputy", "vice", "acting",
            "former", "sergeant", "captain", "lieutenant", "colonel", "admiral", "detective", "officer", "attorney");

    /**
     * A person's full name, alone or after titles only ("Rep. Bruce Braley" → Bruce Braley); null for anything else
     * ("Energean's CEO", "a trader at Global Risk").
     */
    static String personWithTitles(String phrase) {
        String named = phrase.strip();
        String person = Names.personAtEnd(named);
        if (person == null || person.indexOf(' ') < 0 || !named.endsWith(person)) {
            return null;
        }
        if (named.length() == person.length()) {
            return person;
        }
        if (named.charAt(named.length() - person.length() - 1) != ' ') {
            return null;
        }
        for (String word : Words.splitOnSpaces(named.substring(0, named.length() - person.length()).strip())) {
            String w = word.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(word.charAt(0)) || !(w.endsWith(".") && Names.ROLE_WORDS.contains(w) || TITLES.contains(w))) {
                return null; // "Energean's CEO Matthaios Rigas", "The Muslim Brotherhood": a description, then a name
            }
        }
        return person;
    }

    /** As {@link #ownersSpokesman(String, String)}, the owner being the capitalised words {@code phrase} opens with. */
    static boolean ownersSpokesman(String phrase) {
        String[] w = Words.splitOnSpaces(phrase);
        int k = 0;
        while (k < w.length && Phrases.capitalised(w[k]) && !endsWithOwnersMark(w[k])) {
            k++;
        }
        if (k >= w.length || !Phrases.capitalised(w[k])) {
            return false;
        }
        return ownersSpokesman(phrase, String.join(" ", java.util.Arrays.copyOf(w, k + 1)));
    }

    /**
     * Whether {@code clause} is its head, an owner ("President Donald Trump's"), then one to three lower-case words
     * for who speaks for them ("lawyer", "chief aide"), and what for or where ("nominee for the Supreme Court").
     */
    static boolean ownersSpokesman(String clause, String head) {
        if (!endsWithOwnersMark(head) || !clause.startsWith(head)) {
            return false;
        }
        String[] rest = Words.splitOnSpaces(clause.substring(head.length()).strip());
        int end = rest.length;
        for (int j = 1; j < rest.length; j++) {
            if (OWNED_ROLE_TAILS.contains(rest[j])) {
                if (!namesBodyOrPlace(rest, j + 1)) {
                    return false; // "Keyser's lawyer in a statement", "Cohen's attorney on Tuesday night"
                }
                end = j; // "Donald Trump's nominee for the Supreme Court": what the role is for, after it
                break;
            }
        }
        if (end < 1 || end > 3) {
            return false;
        }
        for (int j = 0; j < end; j++) {
            String w = rest[j];
            if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || beforeAVerb(w)
                    || Phrases.VERB_WORDS.contains(w)) {
                return false; // "Trump's comments were", "Trump's website still"
            }
        }
        return speaksFor(rest[end - 1]);
    }

    /** Whether {@code words} from {@code from} on are an optional "the" and one to four capitalised words, no day's. */
    private static boolean namesBodyOrPlace(String[] words, int from) {
        int k = from < words.length && words[from].equals("the") ? from + 1 : from;
        int n = words.length - k;
        if (n < 1 || n > 4) {
            return false;
        }
        for (int j = k; j < words.length; j++) {
            if (!Phrases.capitalised(words[j]) || Phrases.DAYS.contains(words[j])) {
                return false;
            }
        }
        return true;
    }

    /** Prepositions that open what an owner's role is for or where: "nominee for the Supreme Court", "lawyer in the case". */
    private static final java.util.Set<String> OWNED_ROLE_TAILS = Lexicon.of("for", "at", "in", "on", "to");

    /** Whether a phrase's last word is an owner's: "Donald Trump's", "Mr. Jones’s", "the Sanders'". */
    private static boolean endsWithOwnersMark(String phrase) {
        String t = phrase.strip();
        if (t.endsWith("'s") || t.endsWith("\u2019s")) {
            String last = t.substring(t.lastIndexOf(' ') + 1, t.length() - 2);
            return !CONTRACTED_BEFORE_S.contains(last.toLowerCase(Locale.ROOT)); // not "There's", "Here's"
        }
        return t.endsWith("s'") || t.endsWith("s\u2019");
    }

    /**
     * "recently", "has", "also", "the": a word that can stand between a subject and its verb, or end a phrase that
     * is cut short, but is never the last word of a speaker ("Jesse Thomas, the acting CEO, recently told me").
     */
    static boolean beforeAVerb(String word) {
        return Phrases.auxiliaryOrAdverb(word) || NEVER_LAST.contains(word);
    }

    /** Whether none of the words is an auxiliary, an adverb, a function word or a subject pronoun ("he is quoted"). */
    private static boolean nounsOnly(String[] words) {
        for (String w : words) {
            if (beforeAVerb(w) || SUBJECT_PRONOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Words after a cue's verb that close the cue rather than open what was said: a place, a time, a medium. */
    static final java.util.Set<String> CUE_CLOSERS = Lexicon.of("in", "on", "at", "during", "after", "before",
            "from", "with", "via", "through", "earlier", "later", "recently", "yesterday", "today", "tonight");

    /**
     * People or outlets named by whom they belong to, without an article ({@link #peopleNamedByWhom}, {@link
     * #mediaNamedByWhom}): a speaker as the words stand, not the name they open with.
     */
    static boolean namedByWhom(String[] words) {
        return peopleNamedByWhom(words) || mediaNamedByWhom(words);
    }

    /** Nouns for a country's or a body's news outlets, written without an article: "state media", "state television". */
    private static final Set<String> MEDIA_HEADS = Lexicon.of("media", "television", "tv", "radio", "broadcaster", "newspaper",
            "newspapers", "outlets");

    /**
     * A country's or a body's news outlets named by whose they are, without an article: capitalised words, then
     * lower-case nouns ending in one for the media ("North Korean state media", "Chinese state television", "Iranian
     * state TV"). Not the nationality alone.
     */
    static boolean mediaNamedByWhom(String[] words) {
        if (words.length < 2 || words.length > 5 || !MEDIA_HEADS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                || words[0].isEmpty() || !Character.isUpperCase(words[0].charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < words.length - 1; i++) {
            String w = words[i];
            if (w.isEmpty() || Phrases.isVerb(w) || w.endsWith(",") || lower && Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            lower |= Character.isLowerCase(w.charAt(0));
        }
        return true;
    }

    /**
     * A group of people named by whom or where they belong to, without an article: capitalised words, then a plural
     * noun ("U.S. officials", "White House aides", "Trump supporters", "Israeli military sources"). Not a name
     * ("Trump"), and not a name with a lower-case word that is no plural noun ("Trump himself").
     */
    static boolean peopleNamedByWhom(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        String head = words[words.length - 1];
        if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) || !Subjects.peopleNoun(head) || !nounsOnly(new String[] {head})) {
            return false;
        }
        String first = words[0];
        if (NOT_A_MODIFIER.contains(first.toLowerCase(Locale.ROOT)) || first.endsWith("ing") && first.indexOf('-') < 0
                || first.length() >= 5 && first.equals(first.toUpperCase(Locale.ROOT))) {
            // "When different respondents", "Addressing reporters"; "CLOSE", a button's label left in the text (but
            // "Top-ranking lawmakers", "Long-serving members": a compound's "-ing" describes them)
            return false;
        }
        boolean modifier = false;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            int dot = w.indexOf('.');
            if (w.isEmpty() || Phrases.isVerb(w) || dot >= 0 && dot < w.length() - 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
                return false; // "These include casual stoners"; "said.While": two sentences run together, not "U.S."
            }
            if (Character.isUpperCase(w.charAt(0)) && !w.endsWith(",")) {
                modifier = true;
            } else if (i == 0 || !Character.isLowerCase(w.charAt(0)) || w.endsWith("ed") || !nounsOnly(new String[] {w})
                    || NEVER_LAST.contains(w)) {
                return false; // only a noun may sit among the modifiers: "Israeli military sources"
            }
        }
        return modifier;
    }

    /**
     * Words that open a clause or a phrase rather than a noun phrase ("When different respondents", "Regarding
     * voting procedures", "Before letting others"): capitalised as a sentence's first word, naming no group.
     */
    private static final java.util.Set<String> NOT_A_MODIFIER = Lexicon.of("when", "while", "before", "after", "to",
            "regarding", "as", "if", "for", "in", "on", "with", "by", "from", "what", "which", "where", "how", "why", "and",
            "but", "or", "so", "yet", "then", "now", "still", "even", "only", "just", "also", "meanwhile", "however",
            "instead", "once", "since", "because", "although", "though", "unlike", "like", "among", "including", "about",
            "against", "at", "of", "over", "under", "than", "whose", "who", "we", "they", "i", "you", "he", "she", "it",
            "despite", "during", "until", "without", "within", "through", "into", "onto", "upon", "whether", "unless",
            "perhaps", "maybe", "today", "tonight", "yesterday", "tomorrow", "these", "those");

    /**
     * A possessive and one or two nouns for who speaks for someone, the whole subject of a speech verb after a quotation
     * or before one ("his spokesman", "their lawyer", "her son", "his office"), or null. Such a phrase has no name for the
     * other rules to take, and the one "his" points to did not say it. What someone wrote ("his statement") is left to
     * the rules that find its author.
     */
    static String possessedNoun(String subject) {
        String[] w = Words.splitOnSpaces(subject.strip());
        if (w.length < 2 || w.length > 3 || !POSSESSIVE_DETERMINERS.contains(w[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int k = 1; k < w.length; k++) {
            String x = w[k];
            if (x.isEmpty() || !Character.isLowerCase(x.charAt(0)) || beforeAVerb(x) || SUBJECT_PRONOUNS.contains(x)) {
                return null;
            }
            for (int i = 0; i < x.length(); i++) {
                if (!Character.isLetter(x.charAt(i)) && x.charAt(i) != '-') {
                    return null;
                }
            }
        }
        return speaksFor(w[w.length - 1]) ? String.join(" ", w) : null;
    }

    private static final java.util.Set<String> POSSESSIVE_DETERMINERS = Lexicon.of("his", "her", "its", "their");

    /**
     * Whether a noun after an owner names who speaks for them ("spokesman", "lawyer", "aides", "son", "campaign"), not
     * what they wrote ("statement", "letter").
     */
    static boolean speaksFor(String nounAsWritten) {
        String noun = nounAsWritten.toLowerCase(Locale.ROOT);
        String singular = noun.endsWith("s") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun;
        boolean speaksFor = Names.ROLE_NOUNS.contains(singular) || Names.ROLE_WORD_SET.contains(singular) || KIN.contains(singular)
                || singular.endsWith("er") || singular.endsWith("or") || singular.endsWith("ist");
        return speaksFor && !WRITTEN.contains(singular);
    }

    /** Written things whose nouns end like an agent's ("letter"): what someone wrote, not who spoke for them. */
    private static final java.util.Set<String> WRITTEN = Lexicon.of("letter", "newsletter", "paper", "poster",
            "flyer", "flier", "banner", "order", "filing", "chapter", "twitter", "counter", "answer");

    /** Family, and those who speak for someone: who "his" or "her" names when they speak. */
    private static final java.util.Set<String> KIN = Lexicon.of("son", "daughter", "wife", "husband", "mother",
            "father", "brother", "sister", "parent", "family", "widow", "uncle", "aunt", "niece", "nephew", "cousin",
            "grandmother", "grandfather", "fiancée", "fiancee", "fiancé", "fiance", "spouse", "partner", "team", "staff",
            "spokesperson", "aide", "campaign");

    static final java.util.Set<String> SUBJECT_PRONOUNS = Lexicon.of("he", "she", "it", "they", "we", "i", "you");

    /** Function words no speaker ends with. */
    private static final java.util.Set<String> NEVER_LAST = Lexicon.of("the", "a", "an", "of", "to", "and", "or", "in",
            "on", "at", "for", "with", "by", "from", "as", "but", "after", "before", "although", "while", "including",
            "so", "having", "being", "been", "be", "their", "his", "its", "him", "than", "if");

    /** "he’s replied", "he’d tell me": a subject pronoun with its auxiliary joined on is the pronoun. */
    private static String withoutContraction(String phrase) {
        int apostrophe = Math.max(phrase.lastIndexOf('\''), phrase.lastIndexOf('\u2019'));
        if (apostrophe <= 0 || !CONTRACTED.contains(phrase.substring(apostrophe + 1))) {
            return phrase;
        }
        int space = phrase.lastIndexOf(' ', apostrophe);
        String pronoun = phrase.substring(space + 1, apostrophe);
        if (!Phrases.pronounPhrase(pronoun)) {
            return phrase;
        }
        // "he’d", "she’s": the person the pronoun stands for. "I’m", "they’re" are left as they are: the later passes
        // found someone for them as often wrong as right ("the “politicization” they’re complaining about")
        return Genders.of(pronoun) != '?' ? phrase.substring(0, apostrophe) : phrase;
    }

    private static final java.util.Set<String> CONTRACTED = Lexicon.of("s", "d", "ll", "re", "ve", "m");

    /** The phrase without the words {@link #beforeAVerb} ends it with ("he recently", "the president bluntly"). */
    private static String withoutWordsBeforeAVerb(String phrase) {
        if ((phrase.contains("wh") || phrase.contains("that")) && RELATIVE.matcher(phrase).find()) {
            return phrase; // "a lobbyist who spoke … to talk freely": the words end the clause, not the subject
        }
        int end = phrase.length();
        while (end > 0) {
            int space = phrase.lastIndexOf(' ', end - 1);
            if (!beforeAVerb(phrase.substring(space + 1, end))) {
                break;
            }
            end = Math.max(0, space);
        }
        return phrase.substring(0, end).strip();
    }

    /** Words whose "'s" is "is" or "has" far more often than an owner's. */
    static final java.util.Set<String> CONTRACTED_BEFORE_S = Lexicon.of("it", "that", "there", "here",
            "what", "who", "he", "she", "where", "how", "when", "this", "let", "everyone", "nobody", "somebody", "someone");

    /**
     * Whether {@code s} ends with a body's word, a role word and then a full name ("Means Committee Chairman Dave
     * Camp"): the rest of a body's name with "and" in it, and who holds the role there.
     */
    private static boolean roleThenFullName(String s) {
        String[] w = Words.splitOnSpaces(s.strip());
        for (int i = w.length - 3; i >= 1; i--) { // the body's word, the role, then two words of a name at least
            if (Names.ROLE_WORD_SET.contains(w[i].toLowerCase(Locale.ROOT)) && Names.isInstitutionWord(w[i - 1])) {
                String name = String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, w.length));
                return name.equals(Names.personAtEnd(name)) && name.indexOf(' ') > 0;
            }
        }
        return false;
    }

    /** A company's name joined by "&" ("Procter & Gamble", "Louisville Gas & Electric"), at the start of a phrase. */
    private static final Pattern COMPANY_WITH_AMPERSAND = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3}&\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}(?=\\s|$)");

    private static final Pattern AND_NAMES = Pattern.compile("(.*\\p{L}[.]?)\\s+and\\s+(\\p{Lu}[\\p{L}.'’ -]*)");

    /** The document of a phrase that is only a document and "states" ("the proposal states", "the guidelines state"), or null. */
    static String documentThatStates(String phrase) {
        if (!phrase.endsWith(" states") && !phrase.endsWith(" state") && !phrase.endsWith(" provides")
                && !phrase.endsWith(" stipulates")) {
            return null;
        }
        Matcher m = DOCUMENT_STATES.matcher(phrase);
        return m.matches() ? document(m) : null;
    }

    /** A document and "states" (documents and "state"): its words, though "states" is no verb of speech we list. */
    private static final Pattern DOCUMENT_STATES = Pattern.compile("(?:((?:the|The|this|This|its|their|his|her|a)\\s+"
            + "(?:[\\p{L}’'-]+\\s+){0,3}?(?:report|statement|letter|memo|memorandum|document|filing|complaint|order|guidance|"
            + "lawsuit|indictment|ruling|opinion|policy|release|proposal|agreement|resolution|petition|motion|brief|notice|"
            + "analysis|study|survey|website|bill|law|rule|amendment|plan|platform|manual|summary|constitution|disclaimer|"
            + "editorial|guide|bio|passage|section|clause|treaty|charter|statute"
            // a law or a charter by its name: "The Constitution states", "The Fourth Amendment states"
            + "|Constitution|Amendment|Act|Charter|Treaty|Declaration|Clause|Code|Statute"
            // and bodies, by a noun for one or by a name that ends in one's word: "the council states", "the United Nations states"
            + "|council|committee|commission|agency|organization|organisation|ministry|department|court|government|campaign"
            + "|Nations|Council|Committee|Commission|Agency|Organization|Organisation|Ministry|Department|Court|Office|Institute"
            + "|Foundation|Association|Union|Party|Campaign|Bureau|Administration|Service|Fund|Center|Centre))\\s+(?:states|provides|stipulates)"
            // and documents in the plural: "the guidelines state", "the court documents state"
            + "|((?:the|The|these|These|its|their|his|her)\\s+(?:[\\p{L}’'-]+\\s+){0,3}?(?:reports|statements|letters|memos|"
            + "documents|filings|guidelines|rules|records|notes|papers|emails|minutes|instructions|regulations))\\s+state)\\b");

    /** The document stating at {@code from} ("…," the report states), or null. */
    static String documentStatingAt(String after, int from) {
        if (after.indexOf("state", from) < 0 && after.indexOf("provides", from) < 0 && after.indexOf("stipulates", from) < 0) {
            return null;
        }
        Matcher m = DOCUMENT_STATES.matcher(after).region(from, after.length());
        return m.lookingAt() ? document(m) : null;
    }

    /** After the verb, the clause closes: a stop or a comma, or when (a day, "last week", "in a ruling"). */
    private static final String VERB_CLOSES_CLAUSE = "(?=\\s*[.,;]|\\s+(?:in|on|last|this|Monday|Tuesday|Wednesday|Thursday|"
            + "Friday|Saturday|Sunday)\\b)";

    /**
     * A court, a report or an inquiry and what it ruled or found ("…,” the Fifth Circuit ruled", "…,” a new poll found",
     * "…,” the Inspector General found"): its words, though "ruled" and "found" are no verbs of speech we list (most
     * often they are not: "the court ruled that …", "found guilty").
     */
    private static final Pattern BODY_FINDS = Pattern.compile("((?:the|The|a|A|an|An)\\s+(?:[\\p{L}’'.-]+\\s+){0,4}?"
            + "(?:court|Court|courts|circuit|Circuit|judge|Judge|justices|panel|board|Board|commission|Commission|jury|report|study|"
            + "survey|poll|review|audit|investigation|analysis|General|appeals|\\p{Lu}{2,6}))\\s+(?:ruled|found|finds|determined|held)"
            + VERB_CLOSES_CLAUSE);

    /** The court, report or inquiry finding at {@code from} ("…," the court ruled), or null. */
    static String bodyFindingAt(String after, int from) {
        if (after.indexOf(" ruled", from) < 0 && after.indexOf(" found", from) < 0 && after.indexOf(" finds", from) < 0
                && after.indexOf(" determined", from) < 0 && after.indexOf(" held", from) < 0) {
            return null;
        }
        return whoAt(BODY_FINDS, after, from);
    }

    /**
     * A charge's author and "alleged" ("…," the indictment alleges; "…," federal prosecutors alleged Monday): its words, though
     * "alleged" is no verb of speech we list (as often it is an adjective: "their alleged “privilege”", "the crimes alleged").
     */
    private static final Pattern ALLEGES = Pattern.compile("((?:(?:the|The|a|A|an|An|its|their|his|her)\\s+)?(?:[\\p{L}’'.-]+\\s+){0,3}?"
            + "(?:indictment|complaint|lawsuit|suit|filing|petition|motion|affidavit|charges|documents|commission|Commission|"
            + "prosecutors|prosecution|plaintiffs|investigators|authorities|regulators))\\s+(?:alleges|alleged|allege)"
            + VERB_CLOSES_CLAUSE);

    /** The charge's author at {@code from} ("…," the complaint alleges), or null. */
    static String allegingAt(String after, int from) {
        if (after.indexOf(" alleg", from) < 0) {
            return null;
        }
        return whoAt(ALLEGES, after, from);
    }

    /** Who {@code pattern}, anchored at {@code from} and read over a bounded window, names in its first group; or null. */
    private static String whoAt(Pattern pattern, String after, int from) {
        Matcher m = pattern.matcher(after).region(from, Math.min(after.length(), from + 120));
        return m.lookingAt() ? m.group(1) : null;
    }

    /** The document a {@link #DOCUMENT_STATES} match names. */
    private static String document(Matcher m) {
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    /**
     * Words that come before names as part of a title ("NATO Secretary-General …", "Labour leader …", "Police Chief …") and
     * alone name a body that speaks ("NATO said", "Labour said", "Police said").
     */
    private static final Set<String> BODIES_AMONG_ROLES = Lexicon.of("nato", "eu", "labour", "labor", "gop", "police");

    /** A lone acronym or brand: "RT", "NATO", "PolitiFact". */
    private static final Pattern ORGANISATION = Pattern.compile("\\p{Lu}[\\p{L}&-]{1,20}");

    /** The place or body a name ends with: "of California", "of the Heritage Foundation", "at PPIC", "at Harvard". */
    private static final Pattern OF_PLACE = Pattern.compile("\\s+(of|at)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.' -]*$");

    /**
     * As {@link #DESCRIBED}, with capitalised words before the lower-case noun ("a GOP aide", "a State Department
     * official") and the words that qualify a source ("familiar with", "close to", "working for", "who …").
     */
    private static final Pattern DESCRIBED_QUALIFIED = Pattern.compile("((?:[aA]|[aA]n|[tT]he|[oO]ne|[aA]nother)\\s+"
            + "(?:[\\p{L}'’.-]+\\s+){0,4}?\\p{Ll}[\\p{L}'’-]*)\\s+(in|at|of|for|from|with|on|familiar|close|working|involved|"
            + "representing|who|whose|after|before|during|when|while)\\s.*");

    /** {@code p} up to its first {@link #DESCRIPTION_ENDS} word: "a source close to the PAC (who asked not to be named)". */
    private static String beforeDescriptionEnds(String p) {
        String[] words = p.split(" ");
        for (int k = 2; k < words.length; k++) {
            if (DESCRIPTION_ENDS.contains(words[k])) {
                return String.join(" ", java.util.Arrays.copyOf(words, k));
            }
        }
        return p;
    }

    /** Words after which a source's description is over: a time, or a relative clause about it. */
    private static final java.util.Set<String> DESCRIPTION_ENDS = Lexicon.of("who", "whose", "after", "before", "during",
            "when", "while");

    /** A description of someone by whom they serve or are close to: "a former senior adviser to McCain", "a source close to". */
    private static final Pattern DESCRIBED_TO = Pattern.compile(
            "(?:[aA]|[aA]n|[tT]he|[oO]ne|[aA]nother)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}?(\\p{Ll}[\\p{L}'’-]*)\\s+to\\s+\\p{Lu}");

    /**
     * People described by whom they are close to, know of or serve, with no article: "Those close to Smith", "People
     * familiar with Trump's thinking", "Someone close to", "Sources close to", "Aides to Pelosi", "Advisers to the
     * president".
     */
    private static final Pattern PEOPLE_TO = Pattern.compile(
            "(?:[tT]hose|[pP]eople|[sS]omeone|[sS]ources|[oO]thers|[aA]llies|[fF]riends|[aA]ssociates)\\s+(?:\\p{Ll}+\\s+)?(?:close\\s+to|familiar\\s+with)\\s+\\S"
            + "|(?:[aA]ides|[aA]dvisers|[aA]dvisors|[sS]taffers|[sS]pokesmen|[lL]awyers|[aA]ttorneys)\\s+to\\s+\\S");

    /** An unnamed source described with a place or body after it: the description, not the place, speaks. */
    static final Pattern DESCRIBED = Pattern.compile( // no CASE_INSENSITIVE: it would let \\p{Ll} match capitals
            "((?:[aA]|[aA]n|[tT]he|[oO]ne|[aA]nother)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}\\p{Ll}[\\p{L}'’-]*)\\s+(?:in|at|of|for|from|with|on)\\s.*");

    /** Whether a text holds a double quotation mark, straight or curly. */
    static boolean hasQuoteMark(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0;
    }

    /** The phrase with parentheticals and quote marks removed and spaces collapsed (regexes only when needed). */
    private static String cleanPhrase(String phrase) {
        String p = phrase;
        if (p.indexOf('(') >= 0) {
            p = PARENTHETICAL.matcher(p).replaceAll(" ");
        }
        if (hasQuoteMark(p)) {
            p = p.replace('"', ' ').replace('\u201C', ' ').replace('\u201D', ' ');
        }
        p = p.strip();
        boolean plain = true;
        for (int i = 0; i < p.length() && plain; i++) {
            char c = p.charAt(i);
            plain = c != '\n' && c != '\t' && !(c == ' ' && i + 1 < p.length() && p.charAt(i + 1) == ' ');
        }
        return plain ? p : collapseSpaces(p);
    }

    /** Each run of ASCII white space (regex {@code \s}) as one space: a masked window holds long runs of them. */
    static String collapseSpaces(String p) {
        StringBuilder b = new StringBuilder(p.length());
        boolean inSpace = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                b.append(c);
            } else if (!inSpace) {
                b.append(' ');
            }
            inSpace = space;
        }
        return b.toString();
    }

    private static final Pattern RELATIVE = Pattern.compile("\\s(who|which|that|whose)\\s");

    /** Words that open a relative or complement clause and name nobody themselves. */
    private static final java.util.Set<String> POINTERS = Lexicon.of("which", "that", "who", "whom", "whose", "what",
            "this", "these", "those", "where", "when");

    private static final java.util.Set<String> WH_WORDS = Lexicon.of("which", "who", "whom", "whose", "what", "where", "when");

    static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]{0,40}\\)");

    /**
     * A source without the day it spoke on: "a court filing Monday", "another EDL tweet on Thursday", "the paper
     * yesterday". A day after a capitalised word is part of a name ("USA Today", "Easter Sunday").
     */
    static String withoutTrailingDay(String p) {
        String original = p;
        int space = p.lastIndexOf(' ');
        boolean partOfDay = false;
        if (space > 0 && TIMES_OF_DAY.contains(p.substring(space + 1))) {
            int day = p.lastIndexOf(' ', space - 1) + 1;
            if (day < space && Phrases.DAYS.contains(p.substring(day, space))) {
                p = p.substring(0, space); // "a press release issued Wednesday night": as "… issued Wednesday"
                space = day - 1;
                partOfDay = true;
            }
        }
        if (space <= 0 || !DAYS_SPOKEN_ON.contains(p, space + 1, p.length())) {
            return original;
        }
        String rest = p.substring(0, space).stripTrailing();
        int before = rest.lastIndexOf(' ') + 1;
        // "today", "tonight", "yesterday" are never a name's, nor a day with its part ("Wednesday night"): taken off a
        // short phrase ("the Supreme Court today", "an Intercept headline Wednesday night"); a capitalised word before a
        // day alone may be a name's
        boolean plainlyTime = (partOfDay || Character.isLowerCase(p.charAt(space + 1))) && Names.wordCount(rest) <= 4;
        if (DAY_LEADS.contains(rest, before, rest.length())) {
            rest = rest.substring(0, before).stripTrailing(); // "on Thursday", "late Tuesday"
            before = rest.lastIndexOf(' ') + 1;
        } else if (rest.isEmpty() || !plainlyTime && !Character.isLowerCase(rest.charAt(before))) {
            return original;
        }
        if (partOfDay && !plainlyTime && !(before > 0 && ISSUED.contains(rest, before, rest.length()))) {
            return original; // "The White House released a statement late Tuesday night saying": left to the clause rules
        }
        if (before > 0 && ISSUED.contains(rest, before, rest.length())) {
            rest = rest.substring(0, before).stripTrailing(); // "a statement released Monday": the statement
        }
        return rest.indexOf(' ') > 0 ? rest : original; // two words at least: "one on Sunday" stays
    }

    /**
     * The phrase without a period of time it ends with ("A Wisconsin judge last week", "the senator this year"); empty
     * when it is nothing but one ("next week", "two years ago", "The following year"): no one.
     */
    static String withoutTrailingPeriod(String p) {
        int space = p.lastIndexOf(' ');
        if (space < 0 || !PERIODS.contains(p.substring(space + 1).toLowerCase(java.util.Locale.ROOT)) && !p.contains(" ago")
                && !p.contains(" Ago")) {
            return p; // most speakers: no time in them, nothing split
        }
        String[] w = Words.splitOnSpaces(p);
        int n = w.length;
        if (n == 0) {
            return p;
        }
        String last = w[n - 1].toLowerCase(java.util.Locale.ROOT);
        if (last.equals("ago") && n <= 4) {
            return ""; // "A few days ago", "two years ago": when, not who (not "Autry who moved … six years ago")
        }
        for (int i = 1; i < Math.min(n - 1, 4); i++) {
            if (w[i].equalsIgnoreCase("ago")) {
                return String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, n)); // "A few days ago a reporter"
            }
        }
        if (!PERIODS.contains(last) || n < 2 || n > 6 || !PERIOD_LEADS.contains(w[n - 2].toLowerCase(java.util.Locale.ROOT))) {
            return p;
        }
        int end = n - 2;
        while (end > 0 && DAY_ADVERBS.contains(w[end - 1].toLowerCase(java.util.Locale.ROOT))) {
            end--; // "a Twitter message late last month", "the president earlier this year"
        }
        // "A Wisconsin judge last week", "The foreign ministry last month"; "next week", "The next month": no one
        return end == 0 || end == 1 && TIME_DETERMINERS.contains(w[0].toLowerCase(java.util.Locale.ROOT))
                ? "" : String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    private static final java.util.Set<String> PERIODS = Lexicon.of("week", "month", "year", "weekend", "decade",
            "century", "evening", "afternoon", "morning", "night");
    private static final java.util.Set<String> PERIOD_LEADS = Lexicon.of("last", "this", "next", "that", "each",
            "every");
    /** Adverbs before a time: "late last month", "earlier this year", "late Tuesday". */
    private static final java.util.Set<String> DAY_ADVERBS = Lexicon.of("late", "early", "earlier", "later");
    private static final java.util.Set<String> TIME_DETERMINERS = Lexicon.of("the", "a", "an", "one");

    /** Prepositions that join people to the body or place they belong to: "Officials at the Pentagon". */
    private static final java.util.Set<String> BELONGING = Lexicon.of("at", "with", "of", "in", "from", "for", "on");
    /** Titles that a body's head holds before their name: "Students for Life President Kristan Hawkins". */
    private static final java.util.Set<String> HOLDER_TITLES = Lexicon.of("president", "director", "chairman",
            "chairwoman", "chair", "ceo", "founder", "head", "leader", "spokesman", "spokeswoman", "secretary", "commissioner",
            "executive", "chief");
    /** Lower-case words inside a body's name: "Department of Homeland Security", "Bureau of Alcohol and Tobacco". */
    private static final java.util.Set<String> INSIDE_A_NAME = Lexicon.of("of", "and", "for", "the", "on");

    /**
     * Whether the phrase is people by a plural noun, then the body or place they belong to by its name ("Officials at the
     * Pentagon", "Soldiers with the 130th Engineer Brigade", "Residents of Flint, Michigan"): the people speak, not the
     * body. The noun within the first four words, no name among them; the name after the preposition the rest.
     */
    private static boolean peopleOfBody(String p) {
        String[] words = Words.splitOnSpaces(p);
        int k = 0;
        while (k < Math.min(4, words.length - 2) && !BELONGING.contains(words[k + 1])) {
            k++;
        }
        if (k + 2 >= words.length || !BELONGING.contains(words[k + 1]) || !pluralNoun(words[k])) {
            return false;
        }
        for (int i = 0; i <= k; i++) {
            String lower = words[i].toLowerCase(Locale.ROOT);
            if (FirstNames.genderOfFirstName(words[i]) != '?' || NOT_IN_A_DESCRIPTION.contains(lower) || lower.indexOf(';') >= 0) {
                return false; // "Ben Rhodes at the White House", "among Maine’s senators in Washington", "talking to reporters in …"
            }
        }
        int rest = words.length - k - 2;
        String body = String.join(" ", java.util.Arrays.copyOfRange(words, k + 2, words.length));
        String named = rest > 8 ? null : Names.personAtEnd(body);
        if (rest > 8 || named != null && FirstNames.gender(named) != '?') {
            return false; // "Americans for Tax Reform President Grover Norquist": the person the words end on
        }
        for (int i = k + 2; i < words.length; i++) {
            if (words[i].indexOf(';') >= 0 || i + 1 < words.length && HOLDER_TITLES.contains(words[i].toLowerCase(Locale.ROOT))
                    && Character.isUpperCase(words[i].charAt(0)) && Character.isUpperCase(words[i + 1].charAt(0))) {
                return false; // "Students for Life President Kristan Hawkins": a title and the one who holds it
            }
            String w = words[i].endsWith(",") ? words[i].substring(0, words[i].length() - 1) : words[i];
            boolean inside = INSIDE_A_NAME.contains(w) && i > k + 2 && i < words.length - 1 || w.equals("the") && i == k + 2;
            if (w.isEmpty() || !inside && !Character.isUpperCase(w.charAt(0)) && !Words.hasDigit(w, 0, w.length())) {
                return false;
            }
        }
        return Character.isUpperCase(words[words.length - 1].charAt(0));
    }

    /** Whether a word is a plural noun for people or things ("officials", "Soldiers"), no name or state, nor "crisis", "status". */
    /** Whether a phrase is one word that names a group or a role, not a person: "Economists", "Leadership", "Officials". */
    private static boolean groupNoun(String phrase) {
        String w = phrase.strip();
        return w.indexOf(' ') < 0 && (pluralNoun(w) || Names.isRole(w, 0, w.length()) || w.endsWith("ship"));
    }

    private static boolean pluralNoun(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return Phrases.pluralEnding(lower) && !lower.endsWith("'s") && !lower.endsWith("\u2019s") && FirstNames.genderOfFirstName(w) == '?'
                && !UsStates.isStateName(w);
    }

    /** Words that open a description of someone unnamed: "the Democrat", "a spokesman", "two officials". */
    private static final java.util.Set<String> DESCRIPTION_OPENERS = Lexicon.of("the", "a", "an", "one", "two", "three",
            "some", "many", "several", "other", "another", "local", "state", "city", "county", "federal");

    /** Words that make the words before a place no description of who speaks: prepositions, pronouns, adverbs, relatives. */
    private static final java.util.Set<String> NOT_IN_A_DESCRIPTION = Lexicon.of("on", "at", "to", "after", "before",
            "during", "with", "about", "for", "by", "of", "he", "she", "they", "we", "i", "it", "her", "his", "their", "its",
            "our", "my", "who", "that", "which", "already", "even", "also", "still", "only", "later", "then", "now", "when",
            "among", "amid");

    /**
     * A description of people, then "in" or "from" and a place's capitalised name ("Leaders in Washington", "the Democrat
     * from Nevada", "The Russian embassy in London"): the whole phrase, since the place is where
     * they are, not who speaks. Null where the words before the place name a person ("Sen. Ted Cruz in Texas") or are
     * no description of people (neither a determiner first nor a plural noun last: "crisis in America").
     */
    private static String describedInPlace(String p) {
        int in = p.lastIndexOf(" in ");
        int from = p.lastIndexOf(" from ");
        int at = Math.max(in, from);
        if (at <= 0) {
            return null;
        }
        String place = p.substring(at + (at == in ? 4 : 6)).strip();
        int comma = place.indexOf(',');
        String placeName = comma > 0 ? place.substring(0, comma).strip() : place; // "Washington, DC"
        if (comma > 0 && (Words.splitOnSpaces(place.substring(comma + 1).strip()).length > 2
                || !Phrases.allCapitalised(Words.splitOnSpaces(place.substring(comma + 1).strip())))) {
            return null; // the place ends the phrase, its state at most after a comma
        }
        String[] placeWords = Words.splitOnSpaces(placeName);
        // a state after "from" ("a letter from Lerner" is hers); after "in", a capitalised name but no titled person's
        if (placeWords.length == 0 || placeWords.length > 3 || !Phrases.allCapitalised(placeWords) || place.indexOf(';') >= 0
                || (at == from ? !UsStates.isStateName(placeName)
                        : Names.personAtEnd(placeName) == null && !UsStates.isStateName(placeName)
                                || Names.PERSON_TITLE_SET.contains(placeWords[0]))) {
            return null;
        }
        String before = p.substring(0, at).strip();
        String[] words = Words.splitOnSpaces(before);
        // a noun phrase of a few words: no comma, no verb ("For years, both parties have found success … from Washington")
        if (words.length == 0 || words.length > 8 || before.indexOf(',') >= 0 || Subjects.holdsFiniteVerb(before)
                || Phrases.lastVerb(before) >= 0 || words[0].toLowerCase(Locale.ROOT).endsWith("ly")
                || Names.personAtEnd(before) != null && (!before.endsWith("s") || FirstNames.gender(Names.personAtEnd(before)) != '?')) {
            return null;
        }
        for (int k = 0; k < words.length; k++) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (NOT_IN_A_DESCRIPTION.contains(w) || k >= 2 && (w.endsWith("ed") || w.endsWith("ing")) || w.indexOf(';') >= 0) {
                return null; // "On the current state of politics", "later on he mentioned", "a coalition fighting ISIS"
            }
        }
        String last = words[words.length - 1];
        return DESCRIPTION_OPENERS.contains(words[0].toLowerCase(Locale.ROOT)) || pluralNoun(last) ? p : null;
    }

    /**
     * "the American", "the 27-year-old Austrian": a nationality for the person the story is about, as sports and foreign
     * reports name their subject again (not "the Russian FSB", where the nationality qualifies a body).
     */
    private static boolean nationalityEpithet(String[] words) {
        int n = words.length;
        return (n == 2 || n == 3 && words[1].endsWith("-year-old")) && words[0].equalsIgnoreCase("the")
                && TitleReferents.NATIONALITIES.contains(words[n - 1]);
    }

    /**
     * A full name with a common first name, then "of" and where the person is from ("Gavin Cox of the excellent …
     * website"): the name. Null for any other phrase ("Bank of America", "Secretary of State Mike Pompeo").
     */
    private static String nameOfSomewhere(String p) {
        int of = p.indexOf(" of ");
        int space = p.indexOf(' ');
        if (of < 0 || space == of || FirstNames.genderOfFirstName(p.substring(0, space)) == '?') {
            return null;
        }
        String lead = p.substring(0, of);
        return Phrases.allCapitalised(Words.splitOnSpaces(lead)) && lead.equals(Names.personAtEnd(lead)) ? lead : null;
    }

    /**
     * The speaker {@code phrase} names, or null. {@code verbFirst}: the phrase follows its verb ("said Smith, a
     * doctor"); else it is the verb's subject, up to the verb.
     */
    static String speaker(String phrase, boolean verbFirst) {
        return verbFirst ? SPEAKER_AFTER_VERB.apply(phrase) : SPEAKER_BEFORE_VERB.apply(phrase);
    }

    /** {@link #speaker}'s answers ("he", "Trump", "the president" are read as speakers thousands of times over an archive). */
    private static final PhraseMemo SPEAKER_AFTER_VERB = new PhraseMemo(10_000, p -> numbered(p, untimed(findSpeaker(p, true))));
    private static final PhraseMemo SPEAKER_BEFORE_VERB = new PhraseMemo(10_000, p -> numbered(p, untimed(findSpeaker(p, false))));

    /**
     * A one-word speaker with the number that names it in the phrase: "The 14th Amendment says" is the "14th Amendment",
     * "The 4th Circuit reads" the "4th Circuit", "Article III, Section 2 says" "Section 2", not the bare noun.
     */
    static String numbered(String phrase, String who) {
        if (who == null || who.isEmpty() || who.indexOf(' ') >= 0 || !Character.isUpperCase(who.charAt(0))) {
            return who;
        }
        int at = phrase.indexOf(who);
        if (at < 0) {
            return who;
        }
        Matcher before = ORDINAL_BEFORE.matcher(phrase.substring(0, at));
        if (before.find()) {
            return before.group(1) + " " + who;
        }
        if (!NUMBERED_NOUNS.contains(who)) {
            return who; // "Clinton 2 said" is no "Clinton 2"
        }
        Matcher after = NUMBER_AFTER.matcher(phrase).region(at + who.length(), phrase.length());
        return after.lookingAt() ? who + " " + after.group(1) : who;
    }

    /** Parts of laws and documents that a number names: "Article IV", "Section 2", "Proposition 8". */
    private static final java.util.Set<String> NUMBERED_NOUNS = Lexicon.of("Article", "Section", "Title", "Chapter",
            "Clause", "Part", "Rule", "Paragraph", "Amendment", "Proposition", "Prop", "Measure", "Resolution",
            "Schedule", "Volume", "Exhibit", "Appendix", "Annex", "Protocol", "Directive", "Regulation", "Order", "Executive");

    /** An ordinal in figures right before a word: "14th ", "4th ", "1st ". */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,3}(?:st|nd|rd|th))\\s$");
    /** A number or a Roman numeral right after a word: " 2", " 112", " IV". */
    private static final Pattern NUMBER_AFTER = Pattern.compile("\\s([IVXL]{1,5}|\\d{1,4}[A-Za-z]?)(?![\\p{L}\\d])");

    /** The speaker found, without the period of time it spoke in ("A Wisconsin judge last week"); null for a time alone. */
    private static String untimed(String who) {
        if (who == null) {
            return null;
        }
        String untimed = withoutTrailingPeriod(who);
        return untimed.isEmpty() ? null : untimed;
    }

    private static String findSpeaker(String phrase, boolean verbFirst) {
        String p = cleanPhrase(phrase); // "Rep. John Mica (R-Fla.)"
        String possessed = p.length() < 40 && p.indexOf(' ') > 0 ? possessedNoun(p) : null;
        if (possessed != null) {
            return possessed; // "His spokesman said", "their lawyer argued": who speaks for the one "his" names (as after a quote)
        }
        Matcher company = p.indexOf(" & ") > 0 ? COMPANY_WITH_AMPERSAND.matcher(p) : null;
        if (company != null && company.lookingAt()) {
            // "said Procter & Gamble chief executive David Taylor": the company's name is one, the person after it speaks
            String rest = p.substring(company.end()).strip();
            if (rest.isEmpty()) {
                return p; // "said Johnson & Johnson": the company
            }
            String who = Character.isLowerCase(rest.charAt(0)) ? findSpeaker(rest, verbFirst) : null;
            if (who != null && Character.isUpperCase(who.charAt(0))) {
                return who;
            }
        }
        int space = p.indexOf(' ');
        if (space > 0 && Character.isUpperCase(p.charAt(0)) && OPENING_SUBORDINATORS.contains(p.substring(0, space))) {
            p = p.substring(space + 1).strip(); // "Whenever editors say": a clause's opening word is no part of who
        }
        if (!verbFirst) {
            int cut = Phrases.lastVerb(p);
            if (cut > 0) { // "Trump said, adding": the subject is the one of the verb before
                p = p.substring(0, cut).strip();
            }
        }
        String document = verbFirst ? null : documentThatStates(p);
        if (document != null) {
            return document; // "the proposal states, adding that …": the document, "states" no verb we list
        }
        if (!verbFirst && (p.endsWith(" that") || p.endsWith(" which"))) {
            return null; // "hats that read "…"": a relative clause's subject, not a source
        }
        p = withoutTrailingDay(withoutContraction(withoutWordsBeforeAVerb(p))); // "he recently", a lone "has"; "he’d"
        if ((p.contains(" to ") || p.contains(" with ")) && PEOPLE_TO.matcher(p).lookingAt()) {
            return p; // "Those close to Smith", "People familiar with the talks", "Aides to Pelosi": the people, not whom they know
        }
        p = withoutMannerAside(p); // "Trump in a tweet", "in a low voice": how or where, not who
        if (p.isEmpty()) {
            return null;
        }
        String[] all = p.split(" ");
        String lastWord = all[all.length - 1];
        if (Phrases.mayBePronoun(p) && Phrases.pronounPhrase(p)
                || Phrases.mayBePronoun(lastWord) && Phrases.pronounPhrase(lastWord)) {
            return Phrases.HE + Phrases.pronounGender(lastWord);
        }
        if (nationalityEpithet(all)) {
            return Phrases.HE + '?'; // "the American said", "the 27-year-old Austrian said": the person written about, as "he"
        }
        String ofSomewhere = nameOfSomewhere(p);
        if (ofSomewhere != null) {
            return ofSomewhere; // "Gavin Cox of the excellent buildyourown.org.uk website": the person, not the website
        }
        if (Words.hasDigit(p, 0, p.length()) && Phrases.SHARE.matcher(p).matches()) { // SHARE's \d is ASCII too
            return p; // "Only 52 percent of registered voters agreed"
        }
        if (Subjects.countedPeople(p)) {
            return p; // "About 30 protesters chanted", "Dozens of protesters chanted"
        }
        if (Names.isInstitutionName(p)) {
            return p; // "the Ministry of Commerce", "Republican National Committee", "the Office of Management and Budget"
        }
        String abbreviated = abbreviatedName(p);
        if (abbreviated != null) {
            return abbreviated; // "the L.A. Times", "the U.S. Army": the name, not its last word
        }
        if (p.endsWith(" Today") && titledToday(p)) {
            return p; // "USA Today reported": a publication, though "Today" opens sentences too
        }
        if (outletName(p)) {
            return p; // "ABC News reported", "NPR Politics": the outlet, not a person named "News" after a title
        }
        int andAt = p.indexOf(" and ");
        if (andAt > 0 && andAt + 5 < p.length() && !Character.isUpperCase(p.charAt(andAt + 5))
                && Names.isInstitutionName(p.substring(0, andAt))) {
            return p.substring(0, andAt); // "the National Retail Federation and 150 other business groups said"
        }
        String named = andAt > 0 ? twoRolesThenName(p, andAt) : null;
        if (named != null) {
            return named; // "ABC News contributor and former DHS official John Cohen"
        }
        Matcher and = p.contains(" and ") ? AND_NAMES.matcher(p) : null;
        String first = and != null && and.matches() ? Names.personAtEnd(and.group(1)) : null;
        if (first != null && (roleThenFullName(and.group(2)) || Subjects.officeBeforeAnd(and.group(1))
                && Subjects.andInsideAnOffice(and.group(2), 0, and.group(2).length()))) {
            p = and.group(2); // "House Ways and Means Committee Chairman Dave Camp": the "and" is the committee's
        } else if (first != null && !bodyNameGoesOn(and.group(2)) // "the Centers for Medicare and Medicaid Services": one body
                && (first.indexOf(' ') > 0 || and.group(1).strip().equals(first) || !insideAName(and.group(2)))) {
            p = and.group(1); // "Cummings and Conyers wrote": the first of them
            String shared = sharedSurname(p, and.group(2));
            if (shared != null) {
                return shared; // "Fred and Cindy Warmbier": Fred Warmbier
            }
        }
        if (p.length() >= 2 && p.length() <= 21 && Character.isUpperCase(p.charAt(0)) && p.indexOf(' ') < 0
                && ORGANISATION.matcher(p).matches() && (!Names.ROLE_WORDS.contains(p.toLowerCase(Locale.ROOT))
                    || BODIES_AMONG_ROLES.contains(p.toLowerCase(Locale.ROOT)))) {
            return p; // "RT boasts", "NATO said", "Labour said"
        }
        String body = acronymAfterBodyNoun(p);
        if (body != null) {
            return body; // "pro-Israel lobby AIPAC tweeted", "the union SEIU said": the body, by its name
        }
        if (Phrases.PARTY_MEMBERS.contains(p)) {
            return p; // "Republicans said:": a party's members, a group
        }
        Matcher of = p.contains(" of ") || p.contains(" at ") ? OF_PLACE.matcher(p) : null;
        if (of != null && of.find() && Names.personAtEnd(p.substring(0, of.start())) != null && !nameEndsPlace(p, of.start())
                && !(of.group(1).equals("at") && groupNoun(p.substring(0, of.start())))) {
            // "Rep. Adam B. Schiff of California", "Mr. Baldassare at PPIC"; not "Economists at Fathom Consulting": the
            // economists there, whom peopleOfBody reads
            p = p.substring(0, of.start());
        }
        Matcher toSomeone = "aAtToO".indexOf(p.charAt(0)) >= 0 && p.contains(" to ") ? DESCRIBED_TO.matcher(p) : null;
        if (toSomeone != null && toSomeone.lookingAt() && (toSomeone.group(1).equals("close") || speaksFor(toSomeone.group(1)))) {
            return p; // "an aide to House Speaker John Boehner", "a source close to Johnson": the aide, not Boehner
        }
        String relativeSubject = nameAfterRelative(p);
        if (relativeSubject != null) {
            return relativeSubject; // "the president … did something that Rep Pete King" (declared "…"): King
        }
        Matcher describedSource = "aAtToO".indexOf(p.charAt(0)) >= 0 ? DESCRIBED.matcher(p) : null;
        if (describedSource != null && describedSource.lookingAt() && !Subjects.holdsFiniteVerb(describedSource.group(1))) {
            // (not a clause: "The statements drew a rebuke from Secretary of State Alex Padilla", who said "…")
            // a described source is the whole description: "a woman in the audience at a campaign event in New
            // Hampshire asked", "said a joint statement from the two agencies"
            return p;
        }
        // after the verb only ("said a GOP aide familiar with …"): before it, the same shape is any sentence's opening
        // ("The comparison came after …")
        Matcher qualified = verbFirst && "aAtToO".indexOf(p.charAt(0)) >= 0 ? DESCRIBED_QUALIFIED.matcher(p) : null;
        if (qualified != null && qualified.lookingAt()) {
            // "a GOP aide familiar with the provision", "one senior House GOP aide close to the issue"; without a time or a
            // relative clause after it: "a Senate GOP aide (after senators held a call)", "a Trump ally (who asked …)"
            return DESCRIPTION_ENDS.contains(qualified.group(2)) ? qualified.group(1) : beforeDescriptionEnds(p);
        }
        if (verbFirst) { // "said Trump supporters outside the hall": the group, not the name that qualifies it
            String[] lead = p.split(" ");
            for (int n = 2; n <= Math.min(4, lead.length); n++) {
                if (!lead[n - 1].isEmpty() && Character.isLowerCase(lead[n - 1].charAt(0))) {
                    // not a title before a name: "said Russian official Sergei Oganesyan" is Oganesyan
                    boolean nameFollows = n < lead.length && !lead[n].isEmpty() && Character.isUpperCase(lead[n].charAt(0));
                    if (!nameFollows && peopleNamedByWhom(java.util.Arrays.copyOf(lead, n))) {
                        return String.join(" ", java.util.Arrays.copyOf(lead, n));
                    }
                    break;
                }
            }
        }
        String inPlace = peopleOfBody(p) ? p : describedInPlace(p);
        if (inPlace != null) {
            return inPlace; // "Leaders in Washington say", "the Democrat from Nevada added": who, not where
        }
        String name = verbFirst ? firstName(p) : Names.personAtEnd(p);
        if (name != null && !verbFirst && name.indexOf(' ') < 0 && afterPlacePreposition(p, name)) {
            return null; // "62% of people polled in Britain said": where they were polled, not who spoke
        }
        if (name != null) {
            return name;
        }
        if (Names.SURNAMES_THAT_ARE_ROLES.contains(p)) {
            return p; // "…," King said: the article's Peter King (a king would be "the King")
        }
        String[] words = p.split(" ");
        if (words.length > 8) {
            Matcher relative = RELATIVE.matcher(p); // "an industry lobbyist who spoke on condition of anonymity"
            if (!relative.find() || relative.start() == 0) {
                return null;
            }
            p = p.substring(0, relative.start()).strip();
            words = p.split(" ");
            if (words.length > 8) {
                // "said a Florida Bush backer and Right to Rise donor who worked on …": the description before "and"
                int joined = p.indexOf(" and ");
                boolean described = DESCRIPTION_OPENERS.contains(words[0].toLowerCase(Locale.ROOT));
                return described && joined > 0 && p.substring(0, joined).split(" ").length <= 6 ? p.substring(0, joined) : null;
            }
        }
        if (words.length <= 5 && (words[0].endsWith("'s") || words[0].endsWith("\u2019s") || words.length > 1
                && (words[1].endsWith("'s") || words[1].endsWith("\u2019s")))
                && (!Character.isUpperCase(words[words.length - 1].charAt(0))
                    || Names.ROLE_WORD_SET.contains(words[words.length - 1]))) {
            // "Obama's former campaign strategist", "Donald Trump's son", "China's Foreign Ministry"; "(…, when) Yale’s committee";
            // not a preposition's object: "in Carlson’s words" (whose words they are is read as such)
            return PREPOSITIONS.contains(words[0].toLowerCase(Locale.ROOT)) ? null : withoutSubordinator(p);
        }
        Matcher nominal = NOMINAL.matcher(p);
        if (!nominal.find()) {
            // no name, no pronoun, no "a spokesman": an organisation or group written without article ("officials");
            // not "which" or "that", which only point back to a phrase ("a study, which notes that …")
            boolean pointer = words.length == 1 ? POINTERS.contains(p) : WH_WORDS.contains(words[0]); // not "that aide"
            // (nor words around a verb: "then corrected himself to", "he is quoted as")
            if (words.length <= 3 && p.equals(p.toLowerCase(Locale.ROOT)) && !pointer && nounsOnly(words)) {
                return p;
            }
            return namedByWhom(words) ? p : null; // "U.S. officials", "Trump supporters"; "North Korean state media"
        }
        String described = nominal.group(1).strip();
        // "Some are concerned (that …)": a clause after its determiner, not a description of who
        return beforeAuxiliaries(described);
    }

    /**
     * A description as it stands, or the words before a verb's auxiliaries that end it, the verb of speech coming after
     * ("the reporter can be heard" saying, "the CNN producer is seen" saying, "the president has always" insisted); null
     * where other words follow them ("The new partnership is scheduled", "Some are concerned", "Some did so"): a clause,
     * not who speaks. An auxiliary in a relative clause describes ("a source who was on the call").
     */
    static String beforeAuxiliaries(String described) {
        String[] words = Words.splitOnSpaces(described);
        int at = -1;
        for (int k = 1; k < words.length && at < 0; k++) {
            String word = words[k];
            if (RELATIVES.contains(word) || word.equals("-") || word.equals("\u2013") || word.equals("\u2014")) {
                return described; // (an aside between dashes: "One unnamed correspondent - all are anonymous -")
            }
            if (AUXILIARIES.contains(word) || CLAUSE_AUXILIARIES.contains(word)) {
                at = k;
            }
        }
        if (at < 0) {
            return described;
        }
        if (at < 2 || CLAUSE_AUXILIARIES.contains(words[at])) {
            return null; // "Some are …", "One is …": nothing but the determiner before it; "one might think"
        }
        for (int k = at; k < words.length; k++) {
            String lower = words[k].toLowerCase(Locale.ROOT);
            if (!AUXILIARIES.contains(lower) && !PERCEIVED.contains(lower) && !lower.endsWith("ly")) {
                return null;
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, at));
    }

    /** Auxiliaries that open a clause's verb, never the words before a verb of speech: "one might think", "Some did so". */
    private static final java.util.Set<String> CLAUSE_AUXILIARIES = Lexicon.of("might", "may", "should", "must",
            "shall", "did", "does", "do");

    /** Words that open a relative clause, whose verb describes. */
    private static final java.util.Set<String> RELATIVES = Lexicon.of("who", "that", "which", "whom", "whose");

    /** A finite verb's auxiliaries: "can be", "is", "has". */
    private static final java.util.Set<String> AUXILIARIES = Lexicon.of("can", "could", "is", "are", "was", "were",
            "has", "have", "had", "will", "would", "be", "been");

    /** What may stand between auxiliaries and a verb of speech: how the words were caught, and adverbs of time. */
    private static final java.util.Set<String> PERCEIVED = Lexicon.of("heard", "seen", "shown", "caught", "recorded",
            "filmed", "quoted", "to", "always", "long", "never", "also", "often", "once", "still", "just", "since");

    /**
     * Whether the phrase ends with "in" or "across" and then the one word {@code name}: a place ("people polled in
     * Britain"). Not "from": "And then this, from Newsweek:", "more from Sturgeon:" name the source.
     */
    private static boolean afterPlacePreposition(String p, String name) {
        if (!p.endsWith(name)) {
            return false;
        }
        String before = p.substring(0, p.length() - name.length()).stripTrailing();
        return before.endsWith(" in") || before.endsWith(" across");
    }

    private static final java.util.Set<String> PREPOSITIONS = Lexicon.of("in", "on", "at", "for", "with", "by", "from",
            "of", "to", "about", "into", "under", "over");

    /**
     * The person a phrase ends with after "that" or "whom" opening a relative clause, in capitalised words only ("did
     * something that Rep Pete King"), or null: the relative clause's subject is who speaks in it.
     */
    private static String nameAfterRelative(String p) {
        int that = Math.max(p.lastIndexOf(" that "), p.lastIndexOf(" whom "));
        if (that < 0) {
            return null;
        }
        String rest = p.substring(that + 6).strip(); // " that " and " whom " are six chars
        return !rest.isEmpty() && nameOrPronoun(rest) ? Names.personAtEnd(rest) : null; // a pronoun has no person at its end
    }

    /**
     * A phrase saying how or where someone spoke, closing the words before the verb: "in a tweet", "in a low voice", "at
     * a rally", "in an interview": a preposition, an article or an owner, then up to four lower-case words, no pronoun
     * among them ("in his resignation letter he" admitted: the pronoun is the subject).
     */
    private static final Pattern MANNER_ASIDE = Pattern.compile(
            "(?:^|\\s)(?:in|on|at|during|via|through)\\s+(?:a|an|the|his|her|their|its)(?:\\s+(?!(?:he|she|they|we|i|it)\\b)[a-z][a-z-]*){1,4}\\s*$");

    /**
     * The phrase before the verb without a phrase that says how or where the speaker spoke: "Trump in a tweet" is Trump,
     * "Clinton in a low voice" Clinton, and "in a low voice" (after "and,") no one. Only after a name or a pronoun, or
     * alone: "a woman in the audience", "the Institute for Policy Integrity at …" are descriptions whole.
     */
    static String withoutMannerAside(String p) {
        // a matcher only where one of the prepositions stands: speaker phrases come by for every cue
        boolean mayHaveAside = p.contains("in ") || p.contains("on ") || p.contains("at ") || p.contains("during ")
                || p.contains("via ") || p.contains("through ");
        Matcher m = mayHaveAside ? MANNER_ASIDE.matcher(p) : null;
        if (m == null || !m.find()) {
            return p;
        }
        String head = p.substring(0, m.start()).strip();
        if (head.equals("and,") || head.equals("and") || head.isEmpty()) {
            return ""; // "and, in a low voice" (said): no subject in it
        }
        return head.indexOf(',') < 0 && nameOrPronoun(head) ? head : p;
    }

    /**
     * Whether a phrase is a pronoun, or a person's name with its titles ("Sen. Warren", "Trump"), all of it: capitalised
     * words, no participle first ("Taking Clinton").
     */
    private static boolean nameOrPronoun(String phrase) {
        if (Phrases.mayBePronoun(phrase) && Phrases.pronounPhrase(phrase)) {
            return true;
        }
        String[] words = Words.splitOnSpaces(phrase);
        if (!Phrases.allCapitalised(words)) {
            return false;
        }
        String person = Names.personAtEnd(phrase);
        return person != null && phrase.endsWith(person) && !Phrases.isParticiple(words[0], 0, words[0].length());
    }

    /**
     * Lower-case words that open a clause before its subject: "…, when Yale’s Intercultural Affairs Committee asked", "as
     * McConnell’s team said" (with "as", unlike {@code CueBefore}'s list: an owner's phrase is never "as"'s object).
     */
    private static final java.util.Set<String> SUBORDINATORS = Lexicon.of("when", "while", "after", "before", "as",
            "because", "since", "although", "though", "until", "once", "whereas", "where", "if", "whenever", "wherever", "unless");

    /**
     * Subordinators that, capitalised, open a sentence and never a name: "Whenever", "Although" ("When", "After", "As",
     * "Since", "Once", "While" are left: they open names and titles too, "After Hours", "As Ever"; and "If" and "Because",
     * whose clause names a condition more often than a speaker: "If a service provider fails to delete “…,” the text says").
     */
    private static final java.util.Set<String> OPENING_SUBORDINATORS = Lexicon.of("Whenever", "Wherever", "Although",
            "Though", "Whereas");

    /** The phrase without a subordinator opening it (lower case: a capitalised word may open a name). */
    private static String withoutSubordinator(String p) {
        int space = p.indexOf(' ');
        return space > 0 && Character.isLowerCase(p.charAt(0)) && SUBORDINATORS.contains(p.substring(0, space))
                ? p.substring(space + 1).strip() : p;
    }

    /** Words that, after an outlet's capitalised name, name its newsroom or channel: "ABC News", "BBC Radio", "NPR Politics". */
    private static final java.util.Set<String> OUTLET_WORDS = Lexicon.of("News", "Radio", "Television", "TV", "Politics",
            "Online", "Sports", "Digital", "Network", "Newsroom");

    /** An outlet's name: an acronym, then a word for a newsroom ("CBS News", "NPR Politics", "BBC Radio"). */
    private static boolean outletName(String p) {
        String[] w = Words.splitOnSpaces(p);
        if (w.length != 2 || !OUTLET_WORDS.contains(w[1]) || w[0].length() < 2 || w[0].length() > 4) {
            return false;
        }
        return w[0].chars().allMatch(c -> Character.isUpperCase(c) || c == '&');
    }

    /**
     * A body's name after "the" that has a place's abbreviation in it ("the L.A. Times", "the U.S. Army"): its words
     * after "the", or null. Such an abbreviation would end a person's name where it stands.
     */
    private static String abbreviatedName(String p) {
        String[] w = Words.splitOnSpaces(p.strip());
        if (w.length < 3 || w.length > 5 || !w[0].equalsIgnoreCase("the")) {
            return null;
        }
        boolean abbreviation = false;
        for (int k = 1; k < w.length; k++) {
            String t = w[k];
            if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.endsWith("'s") || t.endsWith("\u2019s")) {
                return null; // "the Hill's A.B. Stoddard": a person after an owner
            }
            abbreviation |= k < w.length - 1 && t.length() >= 3 && t.endsWith(".") && t.indexOf('.') < t.length() - 1;
        }
        return abbreviation ? String.join(" ", Arrays.copyOfRange(w, 1, w.length)) : null;
    }

    /** Whether a phrase ending in "Today" is a publication's or a show's name: capitalised words before it ("USA Today"). */
    private static boolean titledToday(String p) {
        String[] w = p.split(" ");
        if (w.length < 2 || w.length > 3) {
            return false;
        }
        for (int i = 0; i < w.length - 1; i++) {
            if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0)) || NOT_A_MODIFIER.contains(w[i].toLowerCase(Locale.ROOT))) {
                return false; // "But Today": a sentence's opening words
            }
        }
        return true;
    }

    /**
     * One person's two roles joined by "and", then the name: "ABC News contributor and former DHS official John Cohen",
     * "a Trump supporter and retired teacher Jane Doe". Before the "and": a role held by one (a singular person noun)
     * and no name at its end; after it: lower-case words with a role among them, then a full name, ending the phrase. Not two
     * people, nor a group or a body and a person ("Trump supporters and Mayor Ed Lee", "the committee and former Sen. Bob Dole").
     */
    private static String twoRolesThenName(String p, int andAt) {
        String after = p.substring(andAt + 5).strip();
        if (after.isEmpty() || !Character.isLowerCase(after.charAt(0)) || after.contains(" and ")) {
            return null;
        }
        String before = p.substring(0, andAt).strip();
        String head = before.substring(before.lastIndexOf(' ') + 1);
        if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) || Subjects.peopleNoun(head)
                || !(Subjects.personNoun(head) || Names.ROLE_WORD_SET.contains(head)) || Names.INSTITUTION_WORDS.contains(head)
                || Names.personAtEnd(before) != null) {
            return null;
        }
        String person = Names.personAtEnd(after);
        if (person == null || person.indexOf(' ') < 0 || !after.endsWith(person) || after.length() == person.length()) {
            return null;
        }
        for (String w : Words.splitOnSpaces(after.substring(0, after.length() - person.length()).strip())) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (Names.ROLE_WORD_SET.contains(lower) && !Names.INSTITUTION_WORDS.contains(lower) || Subjects.personNoun(lower)) {
                return person; // "former DHS official", "eventual president of the Confederacy"
            }
        }
        return null;
    }

    /**
     * Whether the words after an "and" go on with a name's other words before a title and a person ("House Ways and
     * Means Chairman Kevin Brady"), rather than name a second person ("… and Conyers"). Asked only when the words
     * before the "and" end in one name word after others ("House Ways"): after a full name or a lone surname
     * ("Lighthizer and Treasury Secretary Steven Mnuchin"), a second person follows.
     */
    private static boolean insideAName(String afterAnd) {
        String after = afterAnd.strip();
        String person = Names.personAtEnd(after);
        if (person == null || !after.endsWith(person) || after.length() == person.length()) {
            return false;
        }
        String[] before = after.substring(0, after.length() - person.length()).strip().split(" ");
        return !Names.ROLE_WORD_SET.contains(before[0]) && Names.ROLE_WORD_SET.contains(before[before.length - 1]);
    }

    private static final java.util.Set<String> BODY_PREPOSITIONS = Lexicon.of("at", "of", "for", "with", "from", "in", "by");

    /**
     * Whether the place after "of" at {@code of} ends in a person's full name, first name known: "former U.S. attorney
     * for the District of Columbia Joseph diGenova" is diGenova, not "District".
     */
    private static boolean nameEndsPlace(String p, int of) {
        String whole = Names.personAtEnd(p);
        return whole != null && whole.indexOf(' ') > 0 && p.endsWith(whole) && p.length() - whole.length() > of
                && FirstNames.genderOfFirstName(Words.firstOnSpaces(whole)) != '?';
    }

    /** Words for what a body is, before its name in capitals: "lobby AIPAC", "the union SEIU". */
    private static final java.util.Set<String> BODY_NOUNS = Lexicon.of("lobby", "group", "union", "network", "firm",
            "company", "agency", "organization", "organisation", "coalition", "charity", "nonprofit", "watchdog",
            "broadcaster", "newspaper", "channel", "association", "alliance", "station", "affiliate", "outlet", "magazine",
            "tabloid", "website");

    /**
     * The acronym that ends a phrase after a word for a body ("pro-Israel lobby AIPAC": AIPAC), or null; not where the
     * body follows a preposition ("director at digital content firm THX", "a spokesperson for the lobby AHIP": who
     * works there speaks).
     */
    private static String acronymAfterBodyNoun(String p) {
        int space = p.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        for (String w : Words.splitOnSpaces(p)) {
            if (BODY_PREPOSITIONS.contains(w)) {
                return null;
            }
        }
        String last = Names.withoutTrailing(p.substring(space + 1), ".,;:");
        int before = p.lastIndexOf(' ', space - 1) + 1;
        return last.length() >= 2 && Names.isAcronym(last) && last.chars().allMatch(c -> Character.isUpperCase(c) || c == '&')
                && BODY_NOUNS.contains(p.substring(before, space)) ? last : null;
    }

    /**
     * Whether the capitalised words after an "and" end a body's name ("Medicaid Services", "Human Services Department"):
     * at most four, the last an institution's word ("Services", "Committee"); no person's name after it.
     */
    private static boolean bodyNameGoesOn(String afterAnd) {
        String[] words = Words.splitOnSpaces(afterAnd.strip());
        if (words.length == 0 || words.length > 4) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return Names.isInstitutionWord(Names.withoutTrailing(words[words.length - 1], ".,;:"));
    }

    /**
     * The first of two people who share a surname written once, after the second's first name: "Fred" and "Cindy
     * Warmbier" give "Fred Warmbier". Null unless both are known first names and the second is a first and a last name.
     */
    private static String sharedSurname(String firstAlone, String afterAnd) {
        String one = firstAlone.strip();
        String[] two = Words.splitOnSpaces(afterAnd.strip());
        if (one.indexOf(' ') >= 0 || two.length != 2 || FirstNames.genderOfFirstName(one) == '?'
                || FirstNames.genderOfFirstName(two[0]) == '?' || !Character.isUpperCase(two[1].charAt(0))
                || FirstNames.genderOfFirstName(two[1]) != '?') {
            return null;
        }
        String last = Names.withoutTrailing(two[1], ".,;:");
        return last.length() >= 2 ? one + " " + last : null;
    }

    /** After "said": the name that starts the phrase ("said Sen. Tim Kaine, the nominee" → Tim Kaine). */
    static String firstName(String p) {
        String[] words = p.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            String clean = NOT_NAME_CHARS.matcher(words[k]).replaceAll("");
            if (clean.isEmpty()) {
                break;
            }
            boolean cap = Character.isUpperCase(clean.charAt(0));
            if (!cap && !Names.PARTICLES.contains(clean.toLowerCase(Locale.ROOT))) {
                if (sb.length() > 0 && continuesInstitution(sb, clean, words, k)) {
                    sb.append(' ').append(clean); // "said the Ministry of Commerce", "said Bank of America"
                    continue;
                }
                if (sb.length() > 0) {
                    String person = titledPersonAtEnd(p);
                    if (person == null) {
                        person = titledPersonAtEnd(beforeCueCloser(p)); // "… Josh Earnest at a briefing"
                    }
                    if (person == null && (sb.indexOf(" ") < 0 || Names.isInstitutionName(sb.toString()))) {
                        // "said Mexican cartoonist Felipe Galindo", "says Wake Forest University sociologist David Yamane"
                        person = describedPersonAfter(words, k);
                    }
                    if (person == null && sb.indexOf(" ") < 0) {
                        person = describedSurnameAfter(words, k); // "said Spanish teenager Nadal."
                    }
                    if (person == null && (clean.equals("for") || clean.equals("of"))) {
                        person = officerAtEnd(words, k + 1); // "said Americans for Prosperity President Tim Phillips"
                    }
                    if (person != null) {
                        return person; // "said Alliance Defending Freedom lawyer Casey Mattox"
                    }
                    break;
                }
                String person = fullNameBeforeCueCloser(p);
                return person != null ? person : Names.personAtEnd(p); // "said the Kremlin spokesman Dmitry Peskov"
            }
            sb.append(sb.length() > 0 ? " " : "").append(clean);
        }
        String run = sb.toString();
        if (Names.isInstitutionName(run)) {
            return run;
        }
        String name = sb.length() == 0 ? null : Names.personAtEnd(run);
        if (name != null && organisationEndingIn(run, name)) {
            return run; // "said ABC News", "said IHS Markit", "said A.J. Spiker": not someone called News or Spiker
        }
        if (name == null) {
            name = fullNameBeforeCueCloser(p); // "said Steve Mnuchin Monday"
        }
        return name != null ? name : Names.personAtEnd(p); // "said MSNBC host Chris Matthews"
    }

    /**
     * The full name that ends a phrase cut before a {@link #CUE_CLOSERS} word right after a capitalised one
     * ("spokesman Josh Earnest on Monday": the time, place or medium after the name names nobody); null if the cut
     * phrase does not end with a full name ("one masked fighter who spoke Arabic with an accent").
     */
    static String fullNameBeforeCueCloser(String p) {
        String before = beforeCueCloser(p);
        String person = before.length() < p.length() ? Names.personAtEnd(before) : null;
        if (person == null || person.indexOf(' ') < 0 || !before.endsWith(person)) {
            return null;
        }
        // a person's name: two or three words, four with an initial ("Product Development Adam Mosseri" is no name)
        int words = Names.wordCount(person);
        return words <= 3 || words == 4 && INITIAL.matcher(person).find() ? person : null;
    }

    private static final Pattern INITIAL = Pattern.compile("\\b\\p{Lu}\\.");

    /**
     * {@code p} up to its first word that closes a name's phrase right after a capitalised word (all of it if none): a
     * {@link #CUE_CLOSERS} word, a day ("Steve Mnuchin Monday"), "this" or "last" ("Mitt Romney this week"), or a
     * clause's conjunction ("John Chow as he marched").
     */
    static String beforeCueCloser(String p) {
        String[] words = p.split(" ");
        for (int k = 1; k < words.length; k++) {
            String w = words[k].endsWith(".") || words[k].endsWith(",") ? words[k].substring(0, words[k].length() - 1) : words[k];
            // a day ends the name when the phrase ends there or goes on with when or where ("Fox News Sunday anchorman" does not)
            boolean day = Phrases.DAYS.contains(w) && (k + 1 == words.length || w.length() < words[k].length()
                    || CUE_CLOSERS.contains(words[k + 1]) || NAME_PHRASE_CLOSERS.contains(words[k + 1]) || TIMES_OF_DAY.contains(words[k + 1]));
            if ((CUE_CLOSERS.contains(w) || day || NAME_PHRASE_CLOSERS.contains(w))
                    && !words[k - 1].isEmpty() && Character.isUpperCase(words[k - 1].charAt(0))) {
                return String.join(" ", java.util.Arrays.copyOf(words, k));
            }
        }
        return p;
    }

    /** The {@link Phrases#DAYS}, and the days named from today. */
    private static final WordSet DAYS_SPOKEN_ON = new WordSet(java.util.stream.Stream.concat(Phrases.DAYS.stream(),
            java.util.stream.Stream.of("yesterday", "today", "tonight")).collect(java.util.stream.Collectors.toSet()));

    /** Words before a day: "on Thursday", "late Tuesday", "that Wednesday". */
    private static final WordSet DAY_LEADS = new WordSet(java.util.stream.Stream.concat(DAY_ADVERBS.stream(),
            java.util.stream.Stream.of("on", "last", "this", "that")).collect(java.util.stream.Collectors.toSet()));

    private static final WordSet ISSUED = new WordSet(Lexicon.of("released", "issued", "published", "sent", "posted", "out",
            "aired", "approved"));

    private static final java.util.Set<String> TIMES_OF_DAY = Lexicon.of("morning", "afternoon", "evening", "night",
            "morning.", "afternoon.", "evening.", "night.");

    /** Words after a speaker's name that open a time or a clause, not more of the name ("this week", "as he marched"). */
    private static final java.util.Set<String> NAME_PHRASE_CLOSERS = Lexicon.of("this", "last", "as", "when", "while",
            "who", "after");

    /**
     * Whether {@code run}, capitalised words, is a name whose last word alone {@code name} was taken for a surname: every
     * word before it is an acronym ("ABC News", "IHS Markit") or initials ("A.J. Spiker"), not an owner ("AEI's
     * Gottlieb") nor a title ("PM Netanyahu").
     */
    private static boolean organisationEndingIn(String run, String name) {
        if (name.indexOf(' ') >= 0 || !run.endsWith(" " + name)) {
            return false;
        }
        String[] before = run.substring(0, run.length() - name.length() - 1).split(" ");
        for (String w : before) {
            if (!Names.isAcronym(w) || Phrases.isPossessive(w) || TITLE_ACRONYMS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> TITLE_ACRONYMS = Lexicon.of("PM", "MP", "VP", "CEO", "CFO", "COO");

    /**
     * The full name that ends an organisation's name and its officer's title, from {@code words[k]} (the words after the
     * "for" or "of" inside the name) on: "Prosperity President Tim Phillips", "America CEO Michael Needham". Every word
     * is capitalised and the one before the name is a title; null otherwise.
     */
    private static String officerAtEnd(String[] words, int k) {
        StringBuilder rest = new StringBuilder();
        for (int i = k; i < words.length; i++) {
            String w = NOT_NAME_CHARS.matcher(words[i]).replaceAll("");
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || i + 1 < words.length && words[i].endsWith(",")) {
                return null; // a lowercase word or an aside: not one name and title
            }
            rest.append(rest.length() > 0 ? " " : "").append(w);
        }
        String r = rest.toString();
        String person = Names.personAtEnd(r);
        if (person == null || Names.wordCount(person) < 2 || Names.wordCount(person) > 3 || !r.endsWith(" " + person)) {
            return null;
        }
        String before = r.substring(0, r.length() - person.length() - 1);
        String title = before.substring(before.lastIndexOf(' ') + 1);
        return before.indexOf(' ') > 0 && (Names.ROLE_WORD_SET.contains(title.toLowerCase(Locale.ROOT))
                || TITLE_ACRONYMS.contains(title)) ? person : null;
    }

    /** The full name a phrase ends with after a lower-case title ("… law professor Nicholas Bagley"), or null. */
    private static String titledPersonAtEnd(String p) {
        String person = Names.personAtEnd(p);
        if (person == null || person.indexOf(' ') < 0 || !p.stripTrailing().endsWith(person)) {
            return null;
        }
        String before = p.stripTrailing();
        before = before.substring(0, before.length() - person.length()).stripTrailing();
        String title = before.substring(before.lastIndexOf(' ') + 1);
        return !title.isEmpty() && Character.isLowerCase(title.charAt(0)) && Names.ROLE_WORD_SET.contains(title)
                && !NEVER_LAST.contains(title) ? person : null;
    }

    /**
     * The full name after one capitalised word and a lowercase description of one to three words, from {@code
     * words[k]} on: "said Mexican cartoonist Felipe Galindo", "said Russian oil official Sergei Oganesyan", "says
     * Nextdoor co-founder Nirav Tolia". The first word qualifies the description, so the person is the name after it.
     * Null when a lowercase word is a function word or a verb ("said Trump told reporters", "said Obama at the …").
     */
    private static String describedPersonAfter(String[] words, int k) {
        int j = afterDescription(words, k);
        if (j < 0) {
            return null;
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, j, words.length));
        String person = Names.personAtEnd(rest); // "Felipe Galindo", "Navy Capt. Jeff Davis"
        if (person == null || !rest.startsWith(person)) {
            // "Roni Suazo at a bustling subway station", "Stephen Hess in a 2009 op-ed in The Washington Post": the name
            // the description leads to, before the words that say where (a name after them only if none is found)
            String first = fullNameBeforeCueCloser(rest);
            if (first != null || person == null || !NOT_NAME_CHARS.matcher(rest).replaceAll("").endsWith(
                    NOT_NAME_CHARS.matcher(person).replaceAll(""))) {
                person = first;
            }
        }
        return person != null && person.indexOf(' ') > 0 ? person : null;
    }

    /**
     * The one capitalised word that ends the phrase after a role noun and the words before it ("Spanish teenager Nadal",
     * "Democratic strategist Jones"): the surname of the one described; null if more follows or no role noun comes
     * before it.
     */
    private static String describedSurnameAfter(String[] words, int k) {
        int j = descriptionEnd(words, k);
        if (j == k || j != words.length - 1 || !roleNoun(words[j - 1].toLowerCase(Locale.ROOT))) {
            return null;
        }
        String surname = NOT_NAME_CHARS.matcher(words[j]).replaceAll("");
        return !surname.isEmpty() && Character.isUpperCase(surname.charAt(0)) && surname.equals(Names.personAtEnd(surname)) ? surname : null;
    }

    /**
     * Where a name may start after one to three lowercase description words from {@code words[k]} on, the last of them a
     * role noun ("oil official Sergei …", "leader Michael …"), a capitalised word there and one more after it; -1 if
     * there is no such description ("thinks Donald Trump": a verb, not a role, before the name).
     */
    static int afterDescription(String[] words, int k) {
        int j = descriptionEnd(words, k);
        if (j <= k || j + 1 >= words.length || words[j].isEmpty() || !Character.isUpperCase(words[j].charAt(0))) {
            return -1;
        }
        String role = words[j - 1].toLowerCase(Locale.ROOT);
        // or a plural role before the first of names ("said Harvard professors Paul Maher and Eric Igou")
        String singular = role.substring(0, role.length() - 1);
        boolean plural = role.length() > 4 && role.endsWith("s") && !role.endsWith("ss") && roleNoun(singular)
                && (Names.agentEnding(singular) || Names.ROLE_NOUNS.contains(singular)); // not a verb's "blames"
        return roleNoun(role) || plural ? j : -1;
    }

    /** Where the lower-case description words from {@code words[k]} on end: three at most ("oil official", "leader"). */
    private static int descriptionEnd(String[] words, int k) {
        int j = k;
        while (j < words.length && j < k + 3 && isDescriptionWord(words[j])) {
            j++;
        }
        return j;
    }

    /** Whether a lowercase word names what someone is: a title, or a noun for a person ("adviser", "strategist"). */
    static boolean roleNoun(String w) {
        if (Names.ROLE_WORD_SET.contains(w) || Names.ROLE_NOUNS.contains(w)) {
            return true;
        }
        return !NOT_DESCRIPTIONS.contains(w) && Names.agentEnding(w);
    }

    private static boolean isDescriptionWord(String w) {
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false; // "official," ends the phrase
            }
        }
        return !NEVER_LAST.contains(w) && !NOT_DESCRIPTIONS.contains(w) && !Phrases.VERB_WORDS.contains(w)
                && !SUBJECT_PRONOUNS.contains(w) && !w.endsWith("ed") && (!w.endsWith("ly") || Phrases.NOUNS_IN_LY.contains(w));
    }

    /** Words after a speaker's name that begin what the sentence says of him, not a description before a name. */
    private static final java.util.Set<String> NOT_DESCRIPTIONS = Lexicon.of("that", "her", "out", "during",
            "outside", "inside", "near", "about", "over", "under", "into", "through", "against", "without", "within",
            "among", "amid", "despite", "via", "per", "like", "behind", "beside", "across", "toward", "towards", "upon",
            "since", "until", "following", "then", "now", "today", "tonight", "yesterday", "there", "here", "this",
            "these", "those", "when", "where", "who", "whom", "whose", "which", "what", "how", "why", "not", "never",
            "once", "again", "too", "also", "even", "still", "just", "later", "earlier", "recently", "ahead", "back");

    /** "of" or "for" after an institution's word, or "the" after that, before a capitalised word: the name goes on. */
    private static boolean continuesInstitution(StringBuilder run, String word, String[] words, int k) {
        boolean next = k + 1 < words.length && !words[k + 1].isEmpty() && Character.isUpperCase(words[k + 1].charAt(0));
        if (word.equals("the")) {
            return next && (run.toString().endsWith(" of") || run.toString().endsWith(" for"));
        }
        if (word.equals("and")) { // "the Office of Management and Budget"
            return next && (run.indexOf(" of ") > 0 || run.indexOf(" for ") > 0);
        }
        if (!word.equals("of") && !word.equals("for")) {
            return false;
        }
        String last = run.substring(run.lastIndexOf(" ") + 1);
        return Names.isInstitutionWord(last) && (next || k + 2 < words.length && words[k + 1].equals("the"));
    }
}
