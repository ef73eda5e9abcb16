package org.gazette.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Quoted titles of shows, books and programmes that the words before them name as such: MSNBC's "Morning Joe",
 * her memoir, "Plenty Ladylike.", host of "The Press Pool", the broadcast of "Fox News Sunday". Nobody says them,
 * whatever verb the sentence has ("Sanders told MSNBC's "Morning Joe" that …"). Only title-case spans count: "the
 * book's "central thesis"" is a quotation from the book, not its title.
 */
final class Titles {
    private Titles() { }

    /** Nouns for works that carry a title: the title follows them, after a comma at most. */
    static final Set<String> WORKS = Lexicon.of("book", "memoir", "memoirs", "novel", "biography", "autobiography",
            "show", "program", "programme", "series", "film", "movie", "documentary", "column", "album", "song", "episode",
            "podcast", "broadcast", "magazine", "newsletter", "play", "musical", "sitcom", "miniseries", "newscast", "comedy",
            "drama", "thriller", "poem", "essay", "opera", "painting", "anthem", "report", "article", "study", "paper", "op-ed",
            "editorial", "piece", "chapter", "headline", "lecture", "bestseller", "best-seller", "hashtag", "manifesto", "pamphlet");
    /** Works whose title a sentence gives as what they are ("The book is “…”"): not reports or articles, which speak. */
    private static final Set<String> CREATIVE_WORKS = Lexicon.of("book", "memoir", "novel", "biography", "autobiography", "film",
            "movie", "documentary", "album", "song", "show", "series", "play", "musical", "podcast", "poem", "title");

    /** Roles and parts of a show, before "of": host of "…", the anchor of NBC's "…" is caught by the possessive. */
    private static final Set<String> OF_WORKS = Lexicon.of("host", "hosts", "anchor", "co-host", "cohost", "broadcast", "episode",
            "edition", "author", "creator", "star", "producer", "season", "cast", "episodes", "editions", "broadcasts", "set",
            "taping", "filming", "premiere", "finale",
            // a song's: "sang to the tune of “Why Can’t We Be Friends”", "the strains of “Hail to the Chief”"
            "tune", "strains", "lyrics", "chorus");
    /**
     * Words a title may keep in lower case: "The Truth about Marijuana", "Rhinelander v. Rhinelander". Not "are", "be" or
     * "over", which would make short sayings titles ("It is over," "We are back").
     */
    private static final Set<String> SMALL = Lexicon.of("a", "an", "the", "of", "in", "on", "for", "and", "to", "at", "by",
            "with", "or", "from", "is", "&", "about", "into", "upon", "but", "nor", "vs.", "v.");

    /**
     * Whether "so-called" comes right before the quotation ("the so-called “Green New Deal”", "so-called "false flag"
     * operations"): a name for something, in anyone's words but the speaker's.
     */
    static boolean soCalled(String text, Quote q) {
        int e = q.start() - 1; // the opening mark
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e - "so-called".length();
        return b >= 0 && (text.regionMatches(true, b, "so-called", 0, 9) || text.regionMatches(true, b, "so called", 0, 9))
                && (b == 0 || !Character.isLetter(text.charAt(b - 1)));
    }

    /**
     * Whether the quotation is a name given after a comma and a naming participle, with no one named as giving it ("the
     * Future Investment Initiative, dubbed “Davos in the Desert.”", "the plan, nicknamed “the nuclear option,” passed"):
     * no one's words. Not with "by" after it ("…, dubbed “…” by critics": the critics'), which its own rule reads.
     */
    static boolean namedAfterComma(String text, Quote q) {
        int e = q.start() - 1;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = Words.tokenStartBefore(text, e);
        if (b >= e || !COMMA_NAMING.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int c = b;
        while (c > 0 && text.charAt(c - 1) == ' ') {
            c--;
        }
        if (c == 0 || text.charAt(c - 1) != ',') {
            return false;
        }
        int before = Words.tokenStartBefore(text, c - 1);
        if (before >= c - 1 || !Character.isLowerCase(text.charAt(before))) {
            return false; // "David Bossie, called “…”", "Gavin Newsom, a Democrat, called “…”": a name and its verb
        }
        for (int p = c - 2; p >= 0 && c - p < 80; p--) {
            char ch = text.charAt(p);
            if (ch == '.' || ch == '\n' || ch == '\u201D' || ch == '"') {
                break;
            }
            if (ch == ',') { // "Mary Kusler, director of government relations, called “…”": an aside, then the name's verb
                int w = Words.tokenStartBefore(text, p);
                if (w < p && Character.isUpperCase(text.charAt(w))) {
                    return false;
                }
                break;
            }
        }
        int a = q.end() + 1;
        while (a < text.length() && (text.charAt(a) == ' ' || text.charAt(a) == ',' || text.charAt(a) == '\u201D' || text.charAt(a) == '"')) {
            a++;
        }
        return !text.startsWith("by ", a);
    }

    /** Participles that give something a name, after a comma: "…, dubbed “…”". */
    private static final Set<String> COMMA_NAMING = Lexicon.of("dubbed", "nicknamed", "labeled", "labelled", "branded", "named",
            "christened", "called");

    /** Whether the quotation is a title that the words right before it name as one, or the noun after it. */
    static boolean namedByContext(String text, Quote q) {
        return titleCase(q.text()) && (namedBefore(text, q) || namedAfter(text, q) || nickname(text, q)
                || inList(text, q)) || titledBefore(text, q);
    }

    /**
     * Whether "titled", "entitled" or "headlined" comes right before the quotation: a work's title in whatever case it is
     * written ("a recent article titled “Facial recognition is the plutonium of AI.”").
     */
    private static boolean titledBefore(String text, Quote q) {
        int e = endBefore(text, q.start() - 1);
        int b = Words.tokenStartBefore(text, e);
        if (b < e && text.charAt(b) == '(') {
            b++; // "the report (titled “The Age of the Wolf”)"
        }
        return TITLING.contains(text.substring(b, e).toLowerCase(Locale.ROOT)) || knownAs(text, b, e);
    }

    /**
     * Whether the word {@code text[b, e)} is the "as" of "known as": what the quotation names is called so by no one in
     * particular ("phrases like that are known as “weasel words,” since …", "a policy known as “Remain in Mexico”").
     */
    private static boolean knownAs(String text, int b, int e) {
        if (e - b != 2 || !text.regionMatches(true, b, "as", 0, 2)) {
            return false;
        }
        int ke = b;
        while (ke > 0 && text.charAt(ke - 1) == ' ') {
            ke--;
        }
        return ke >= 5 && text.regionMatches(true, ke - 5, "known", 0, 5) && (ke == 5 || !Character.isLetter(text.charAt(ke - 6)));
    }

    private static final Set<String> TITLING = Lexicon.of("titled", "entitled", "headlined");

    /**
     * A title in a list of quoted titles: another quotation opens right after this one's closing mark, or closed right
     * before its opening mark, with nothing but a comma or spaces between ("“14 Things Only Anxious People Will
     * Understand,” “19 Things Only People With Fibromyalgia Will Understand,” …").
     */
    private static boolean inList(String text, Quote q) {
        String t = q.text().strip();
        if (q.unclosed() || t.endsWith("!") || t.endsWith("?") || t.chars().noneMatch(Character::isLowerCase)) {
            return false; // "LIBERATE MINNESOTA!" "LIBERATE MICHIGAN!": shouted, a list of what was said
        }
        if (t.endsWith("\u2014") || t.endsWith("\u2013") || t.endsWith("-")) {
            return false; // "“Gentlemen —” “Senator John McCain, the Republican, and Senator Barack Obama, the —”": cut off
        }
        int i = q.end() + 1;
        while (i < text.length() && (text.charAt(i) == ',' || text.charAt(i) == ' ')) {
            i++;
        }
        if (i > q.end() + 1 && (text.startsWith("and ", i) || text.startsWith("or ", i))) {
            i += text.charAt(i) == 'a' ? 4 : 3; // "“The International Arms Trade” and “The Small Arms Trade”"
        }
        boolean next = false;
        if (i > q.end() + 1 && i + 1 < text.length() && OPENING.indexOf(text.charAt(i)) >= 0) {
            int close = firstOf(text, CLOSING, i + 1, Math.min(text.length(), i + 120));
            next = close > i + 1 && titleCase(text.substring(i + 1, close)); // the next one a title too
        }
        int b = q.start() - 2;
        while (b >= 0 && (text.charAt(b) == ',' || text.charAt(b) == ' ')) {
            b--;
        }
        // the last of a list: "such as “Charmed,” “Who's the Boss” and “Melrose Place.”"
        if (b >= 4 && text.startsWith(" and", b - 3) && text.charAt(b - 4) != ' ' || b >= 3 && text.startsWith(" or", b - 2)
                && text.charAt(b - 3) != ' ') {
            b -= text.charAt(b - 1) == 'n' ? 4 : 3;
            while (b >= 0 && (text.charAt(b) == ',' || text.charAt(b) == ' ')) {
                b--;
            }
        }
        boolean previous = false;
        if (b < q.start() - 2 && b > 0 && CLOSING.indexOf(text.charAt(b)) >= 0) {
            int open = lastOf(text, OPENING, Math.max(0, b - 120), b);
            previous = open >= 0 && open + 1 < b && titleCase(text.substring(open + 1, b));
        }
        return next || previous;
    }

    private static int firstOf(String text, String chars, int from, int to) {
        for (int k = from; k < to; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static int lastOf(String text, String chars, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return k;
            }
        }
        return -1;
    }

    private static final String OPENING = "\"\u201C";
    private static final String CLOSING = "\"\u201D";

    /**
     * A nickname between a first name (or initials) and a last name: Antonio "LA" Reid, Andrew “FoFo” Gilich, Richard “Dickie”
     * George, C.H. "Burt" Mills. At most two words, with a capitalised word and one space on either side of the marks.
     */
    private static boolean nickname(String text, Quote q) {
        int open = q.start() - 1;
        int close = q.end();
        if (q.unclosed() || open < 2 || close + 2 >= text.length() || text.charAt(open - 1) != ' ' || text.charAt(close + 1) != ' '
                || !Character.isUpperCase(text.charAt(close + 2)) || !Phrases.wordsAtMost(q.text(), 2)) {
            return false;
        }
        int b = open - 1;
        while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
            b--;
        }
        String before = text.substring(b, open - 1);
        // a first name, or initials ("Judge C.H. “Burt” Mills Jr.")
        return b < open - 1 && Character.isUpperCase(text.charAt(b)) && (b == 0 || !Character.isLetterOrDigit(text.charAt(b - 1)))
                && (before.indexOf('.') < 0 || INITIALS.matcher(before).matches());
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){1,3}");

    /** Nouns after a title that make it a work's ("the "Access Hollywood" tape", an exclusive "Fox News Sunday" interview). */
    private static final Set<String> WORK_AFTER = Lexicon.of("interview", "interviews", "tape", "tapes", "video", "segment",
            "appearance", "host", "anchor", "star", "episode", "contestant", "set", "show", "program", "broadcast",
            "podcast", "series", "book", "film", "movie", "album", "song", "sketch", "special", "award", "awards", "prize",
            "medal", "trophy", "honor", "honour");
    /** "told" right before a title: the title is whom the words were told to (and, after a verb, whom, not who). */
    static final Set<String> TELLING = Lexicon.of("told", "tells", "tell", "telling");
    /** Verbs of speaking or appearing before "on": said on "Meet the Press" (a programme, not the words said). */
    private static final Set<String> BEFORE_ON = Lexicon.of("said", "says", "say", "told", "tells", "appeared", "appearing",
            "appears", "speaking", "spoke", "interview", "interviewed", "remarks", "comments", "commented", "argued",
            "added", "asserted", "claimed", "explained", "noted", "insisted", "acknowledged", "warned", "suggested",
            "appearance", "segment",
            // a time spent on a programme: "his time on “The Celebrity Apprentice”", "her stint on “Saturday Night Live”"
            "time", "stint", "tenure", "role", "days", "years", "run");

    /** Talks held with a programme's host, before "with" and the host's name: "an interview with CNN's John Berman on “…”". */
    private static final Set<String> WITH_HOSTS = Lexicon.of("interview", "interviews", "conversation", "appearance", "sit-down",
            "chat", "discussion", "exchange", "spoke", "speaking", "spoken", "talked", "talking", "sat");

    /** Who hosts a programme, before the host's name and "on" ("told host Chris Wallace on “Fox News Sunday”"). */
    private static final Set<String> HOSTS = Lexicon.of("host", "anchor", "moderator", "co-host", "cohost", "hosts", "anchors");

    /** Words for when, between a verb and "on" ("said Monday on “The Lead”", "told reporters Tuesday night on …"). */
    private static final Set<String> TIMES_OF_DAY = Lexicon.of("morning", "night", "evening", "afternoon", "today", "tonight",
            "yesterday");

    /** The word after the closing mark: a work's noun, on the same line after spaces only. */
    private static boolean namedAfter(String text, Quote q) {
        if (q.unclosed()) {
            return false;
        }
        int i = q.end() + 1;
        int start = i;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == start) {
            return false;
        }
        int e = i;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return e > i && WORK_AFTER.contains(text.substring(i, e));
    }

    /**
     * Whether the quotation is a name in title case that the sentence sets before a noun, as a modifier: "at the “First
     * in the West” dinner", "the “Medicare for All” plan". Inside the sentence (a word before the opening mark), without
     * a stop of its own, and the word after the closing mark a lower-case word that is no verb, adverb or word of grammar.
     * (Asked only where no verb of speech reaches the quotation: in reported speech such a name is often the speaker's
     * own word, "She told the paper there would be no “Las Vegas-style” super-casinos".)
     */
    static boolean beforeNoun(String text, Quote q) {
        String t = q.text();
        if (q.unclosed() || t.isEmpty() || ".,;:!?".indexOf(t.charAt(t.length() - 1)) >= 0 || !titleCase(t)
                || DETERMINER.matcher(t).lookingAt()) {
            return false; // a noun phrase of its own: "“The Hispanics” love him", "“The Mooch” curses"
        }
        int open = q.start() - 1;
        if (open < 2 || text.charAt(open - 1) != ' ' || !Character.isLetter(text.charAt(open - 2))) {
            return false;
        }
        int i = q.end() + 1;
        if (i + 1 >= text.length() || text.charAt(i) != ' ') {
            return false;
        }
        int e = i + 1;
        while (e < text.length() && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
            e++;
        }
        if (e == i + 1 || !Character.isLowerCase(text.charAt(i + 1))) {
            return false;
        }
        String word = text.substring(i + 1, e);
        return !NOT_NOUNS.contains(word) && !word.endsWith("ly") && !word.endsWith("ed") && !Phrases.isVerb(word);
    }

    private static final java.util.regex.Pattern DETERMINER = java.util.regex.Pattern.compile("(?:The|A|An)\\s");

    /** Words of grammar and time that follow a quoted name without making it a modifier: "“King James” is", "last week". */
    private static final Set<String> NOT_NOUNS = Lexicon.of("and", "or", "but", "nor", "to", "of", "in", "on", "at", "by", "for",
            "with", "from", "as", "than", "that", "which", "who", "whom", "whose", "is", "are", "was", "were", "be", "been",
            "being", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does",
            "did", "not", "if", "when", "while", "because", "so", "then", "also", "into", "onto", "about", "after", "before",
            "over", "under", "since", "until", "against", "during", "among", "through", "the", "a", "an", "this", "these",
            "those", "its", "his", "her", "their", "our", "my", "your", "it", "he", "she", "they", "we", "i", "you", "him",
            "them", "us", "me", "last", "next", "each", "every", "ago", "today", "tonight", "yesterday", "tomorrow", "now",
            "here", "there", "again", "too", "even", "just", "still", "yet", "already", "only", "where", "why", "how", "what",
            "all", "both", "either", "neither", "per", "via", "around", "across", "behind", "between", "without", "within",
            "upon", "toward", "towards", "instead", "rather", "back", "out", "up", "down", "off", "away", "once", "twice",
            "any", "more", "much", "very", "no", "some", "less", "most", "well", "far");

    /**
     * At most ten words, the first and every word but small ones capitalised: "Nightly News.", "The Press Pool". A
     * subtitle may follow a colon or a question mark, up to twenty words, its first word small or not ("Impeachment: an
     * American History", "Who Killed Health Care? America’s $2 Trillion …"); the letters after a figure are part of it
     * ("the 21st Century").
     */
    static boolean titleCase(String quote) {
        Words w = new Words(quote);
        int n = 0;
        int parts = 1;
        int lastEnd = 0;
        while (w.next()) {
            if (w.start() > 0 && Character.isDigit(quote.charAt(w.start() - 1))) {
                lastEnd = w.end();
                continue; // "21st", "1960s"
            }
            if (n > 0 && parts < 2 && subtitleBetween(quote, lastEnd, w.start())) {
                n = 0; // "The Fierce Urgency of Now: Lyndon Johnson, …"
                parts++;
            }
            char c = quote.charAt(w.start());
            boolean small = SMALL.contains(w.word().toLowerCase(Locale.ROOT));
            if (++n > (parts == 1 ? 10 : 20) || !Character.isUpperCase(c) && !(small && (n > 1 || parts > 1))) {
                return false;
            }
            lastEnd = w.end();
        }
        return n > 0;
    }

    /** Whether a colon, or a question mark, stands between two words of a title: a subtitle follows. */
    private static boolean subtitleBetween(String quote, int from, int to) {
        for (int i = from; i < to; i++) {
            if (quote.charAt(i) == ':' || quote.charAt(i) == '?') {
                return true;
            }
        }
        return false;
    }

    /** Whether the title follows "in": a work someone wrote or said something in ("Comey writes in “A Higher Loyalty”"). */
    static boolean writtenIn(String text, Quote q) {
        int e = endBefore(text, q.start() - 1);
        int b = Words.tokenStartBefore(text, e);
        return e - b == 2 && text.regionMatches(true, b, "in", 0, 2);
    }

    /**
     * Whether the quotation is a programme or a paper the words around it were told to or said on: told "Fox &amp;
     * Friends", said on "Meet the Press", on CBS's "Face the Nation", told Fox News' "America's Newsroom". Whoever the
     * cue names speaks in the quotations that follow.
     */
    static boolean spokenOn(String text, Quote q) {
        if (!titleCase(q.text())) {
            return false;
        }
        int e = endBefore(text, q.start() - 1);
        int b = Words.tokenStartBefore(text, e);
        String word = text.substring(b, e);
        String lower = word.toLowerCase(Locale.ROOT);
        if (TELLING.contains(lower)) {
            return true;
        }
        if (lower.equals("on")) {
            return saidOn(text, b);
        }
        int channel = Phrases.isPossessive(word) ? -1 : broadcasterStart(text, b, e);
        if (channel >= 0) { // said Sunday on ABC News "This Week"
            return saidOnChannel(text, channel);
        }
        if (!(word.endsWith("'s") || word.endsWith("\u2019s") || word.endsWith("s'") || word.endsWith("s\u2019"))) {
            return false;
        }
        for (int n = 0; n < 4 && b > 0; n++) { // back over the owner's name: "Fox News'", "CBS's"
            int pe = Words.spaceStartBefore(text, b);
            b = Words.tokenStartBefore(text, pe);
            String w = text.substring(b, pe);
            if (w.isEmpty()) {
                return false;
            }
            if (!Character.isUpperCase(w.charAt(0))) {
                return OWNER_AFTER.contains(w.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether the word before a quotation's opening mark is a preposition or an owner's: "on", "of", "told", "ABC's". */
    static boolean afterPrepositionOrOwner(String text, Quote q) {
        String word = wordBefore(text, q);
        return !word.isEmpty() && (BEFORE_A_TITLE.contains(word.toLowerCase(Locale.ROOT)) || Phrases.isPossessive(word));
    }

    private static final Set<String> BEFORE_A_TITLE = Lexicon.of("on", "in", "of", "to", "at", "from", "told");

    /**
     * Whether the word right before the quotation is "the", "on" or an owner's ("his", "her", "its", "their"); not "a"
     * ("called it a “Total Disaster”").
     */
    static boolean afterDeterminerOrOn(String text, Quote q) {
        return DETERMINERS_AND_ON.contains(wordBefore(text, q).toLowerCase(Locale.ROOT));
    }

    private static final Set<String> DETERMINERS_AND_ON = Lexicon.of("the", "on", "his", "her", "its", "their");

    /** The word right before a quotation's opening mark, past spaces and commas ("" where none). */
    private static String wordBefore(String text, Quote q) {
        int e = endBefore(text, q.start() - 1);
        int b = Words.tokenStartBefore(text, e);
        return b < e ? text.substring(b, e) : "";
    }

    /** Where the word before the opening mark at {@code mark} ends: past the spaces and commas between them. */
    private static int endBefore(String text, int mark) {
        int e = mark;
        while (e > 0 && (Character.isWhitespace(text.charAt(e - 1)) || text.charAt(e - 1) == ',')) {
            e--;
        }
        return e;
    }

    /** Whether the word before the one starting at {@code start} is one of {@code words} ("said" before "on"). */
    private static boolean wordBeforeIn(String text, int start, Set<String> words) {
        int pe = Words.spaceStartBefore(text, start);
        return words.contains(text.substring(Words.tokenStartBefore(text, pe), pe).toLowerCase(Locale.ROOT));
    }

    /** Participles that give a thing its name: a session called "…", a report titled "…". */
    private static final Set<String> NAMING = Lexicon.of("called", "named", "dubbed"); // "titled": titledBefore, in any case
    /**
     * Lower-case words before "called" that make it someone's verb, not a thing's name: what he called "…", Trump
     * has called "…", once called "…".
     */
    private static final Set<String> NOT_A_THING = Lexicon.of("he", "she", "they", "it", "we", "i", "you", "who", "whom",
            "which", "that", "what", "be", "been", "being", "is", "was", "were", "are", "has", "have", "had", "also", "once",
            "often", "later", "then", "now", "just", "and", "or", "but", "so", "yesterday", "today", "him", "her", "them",
            "us", "me", "aides", "officials", "critics", "supporters", "democrats", "republicans", "people", "some", "many");

    /** Whether "what", "which" or "whom" stands in the three words before {@code start}: what an aide called "…". */
    private static boolean relativeBefore(String text, int start) {
        int b = start;
        for (int n = 0; n < 3 && b > 0; n++) {
            int pe = Words.spaceStartBefore(text, b);
            b = Words.tokenStartBefore(text, pe);
            String w = text.substring(b, pe).toLowerCase(Locale.ROOT);
            if (w.equals("what") || w.equals("which") || w.equals("whom")) {
                return true;
            }
        }
        return false;
    }

    /** Words before a programme's owner when the programme is where words were said: on CBS's "…", told Fox News' "…". */
    private static final Set<String> OWNER_AFTER = Lexicon.of("on", "told", "tells", "to", "with");

    /** The words before the opening mark at {@code mark}: a work noun, a role "of", or an acronym's possessive. */
    private static boolean namedBefore(String text, Quote q) {
        int mark = q.start() - 1;
        int e = endBefore(text, mark);
        int b = Words.tokenStartBefore(text, e);
        String word = text.substring(b, e);
        if (word.endsWith("'s") || word.endsWith("\u2019s")) {
            String owner = word.substring(0, word.length() - 2);
            // NBC's "Nightly News.", Wednesday's "CNN Tonight", a year's: "his final memoir, 2018's “The Restless Wave.”"
            return owner.length() >= 2 && owner.chars().allMatch(Character::isUpperCase) || Phrases.DAYS.contains(owner)
                    || owner.equals("Tonight") || owner.equals("Today") || owner.length() == 4 && owner.chars().allMatch(Character::isDigit)
                    || broadcasterStart(text, b, e) >= 0; // an interview on Fox News’s "Hannity", C-SPAN’s "Newsmakers"
        }
        if ((word.endsWith("s'") || word.endsWith("s\u2019") || word.endsWith("S'") || word.endsWith("S\u2019"))
                && word.length() > 2 && Character.isUpperCase(word.charAt(0))) { // Fox News' "…", CBS' "Face the Nation"
            return true; // Fox News' "Sunday Morning Futures": a name's possessive before a title
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (WORKS.contains(lower) || TELLING.contains(lower)) {
            return true; // told "Fox News Sunday.": whom it was told to, a programme or a paper
        }
        if ((lower.equals("is:") || lower.equals("was:") || lower.equals("is") || lower.equals("was")) && b >= 2) {
            // "His latest book is: “The Greatest Comeback …”": a work's title given as what the work is
            int pe = Words.spaceStartBefore(text, b);
            String work = text.substring(Words.tokenStartBefore(text, pe), pe).toLowerCase(Locale.ROOT);
            return CREATIVE_WORKS.contains(work);
        }
        int channel = broadcasterStart(text, b, e);
        if (channel >= 0) { // said on ABC News "This Week": the programme, named after its channel
            return saidOnChannel(text, channel);
        }
        if (NAMING.contains(lower)) { // a group called "…": the name it goes by
            int pe = Words.spaceStartBefore(text, b);
            int tb = Words.tokenStartBefore(text, pe);
            String thing = text.substring(tb, pe);
            return !thing.isEmpty() && thing.chars().allMatch(Character::isLowerCase)
                    && !thing.endsWith("ly") && !NOT_A_THING.contains(thing) && !relativeBefore(text, tb);
        }
        if (NAME_TAKERS.contains(lower) && letterRuns(q.text()) >= 2) {
            return true; // a woman from "Code Pink", a post by "Students for Trump": a group's or a work's name
        }
        if (lower.equals("on")) { // said on "…", said Monday on "…", in an appearance on "…"
            return saidOn(text, b);
        }
        return lower.equals("of") && wordBeforeIn(text, b, OF_WORKS); // host of "…"
    }

    /** Whether "on" stands right before the channel's name that starts at {@code channel}, after a verb of speaking. */
    private static boolean saidOnChannel(String text, int channel) {
        int pe = Words.spaceStartBefore(text, channel);
        int pb = Words.tokenStartBefore(text, pe);
        return pe - pb == 2 && text.regionMatches(true, pb, "on", 0, 2) && saidOn(text, pb);
    }

    /** Whether the "on" at {@code b} follows a verb of speaking or appearing: said on, said Monday on, told host X on. */
    private static boolean saidOn(String text, int b) {
        int pe = Words.spaceStartBefore(text, b);
        int pb = Words.tokenStartBefore(text, pe);
        String previous = text.substring(pb, pe);
        if (BEFORE_ON.contains(previous.toLowerCase(Locale.ROOT))) {
            return true; // "said on", "Speaking on"
        }
        for (int n = 0; n < 4 && pb > 0 && !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
                && !Phrases.DAYS.contains(previous) && !TIMES_OF_DAY.contains(previous); n++) {
            // back over whom it was told to: "told host Chris Wallace on “Fox News Sunday.”", "told CNN's Jake Tapper on"
            pe = Words.spaceStartBefore(text, pb);
            pb = Words.tokenStartBefore(text, pe);
            previous = text.substring(pb, pe);
            if (!previous.isEmpty() && !Character.isLetter(previous.charAt(previous.length() - 1))) {
                return false; // "… legislation. Speaking": another sentence
            }
            if (!previous.isEmpty() && Character.isLowerCase(previous.charAt(0))) {
                // "in an interview with CNN's John Berman on “New Day”", "spoke with host Chuck Todd on …"
                return BEFORE_ON.contains(previous) || HOSTS.contains(previous)
                        || previous.equals("with") && wordBeforeIn(text, pb, WITH_HOSTS);
            }
        }
        return BEFORE_ON.contains(previous.toLowerCase(Locale.ROOT))
                || (Phrases.DAYS.contains(previous) || TIMES_OF_DAY.contains(previous)) && wordBeforeIn(text, pb, BEFORE_ON);
    }

    /** Words that make a run of capitalised words a broadcaster's name: "Fox News Channel", "Fox Business Network". */
    private static final Set<String> CHANNEL_WORDS = Lexicon.of("News", "Channel", "Network", "Radio", "TV", "Television", "Fox");

    /**
     * Where the broadcaster's name that ends with the word {@code text[b, e)} starts ("ABC News", "CBS", "Fox News’s",
     * "C-SPAN’s"): up to four capitalised words, one of them an acronym or a channel's word; or -1.
     */
    static int broadcasterStart(String text, int b, int e) {
        int start = -1;
        boolean channel = false;
        for (int n = 0; n < 4 && b < e && Character.isUpperCase(text.charAt(b)); n++) {
            int end = Names.endWithoutPossessive(text, b, e);
            channel |= CHANNEL_WORDS.contains(text.substring(b, end)) || broadcastAcronym(text, b, end);
            start = b;
            int pe = Words.lineSpaceStartBefore(text, b);
            if (pe == b || pe == 0 || !Character.isLetter(text.charAt(pe - 1))) {
                break; // the line's start, or a stop or a comma before the word
            }
            e = pe;
            b = Words.tokenStartBefore(text, e);
        }
        return channel ? start : -1;
    }

    /** Capitals, with a hyphen or an ampersand between them, at least two: "ABC", "MSNBC", "C-SPAN", "CNBC". */
    private static boolean broadcastAcronym(String text, int b, int e) {
        int capitals = 0;
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (c != '-' && c != '&') {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** How many runs of letters or digits a quotation has ("Jell-O" two): a lone word may be a scare-quoted one. */
    private static int letterRuns(String quote) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < quote.length(); i++) {
            boolean letter = Character.isLetterOrDigit(quote.charAt(i));
            if (letter && !inRun) {
                runs++;
            }
            inRun = letter;
        }
        return runs;
    }

    /** Prepositions that take a name right after them: from "Code Pink", by "The Lincoln Project", with "Black Lives Matter". */
    private static final Set<String> NAME_TAKERS = Lexicon.of("from", "by", "with", "at", "against", "for", "joined", "in");
}
