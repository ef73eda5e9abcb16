package org.gazette.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The word-level questions every pass of the attribution sieve asks of a cue's words: whether a word is a verb of
 * speech (and where a phrase's last one is), a pronoun (and of which gender), an auxiliary or capitalised; where a
 * sentence's clauses, abbreviations and other sentences are.
 */
final class Phrases {
    /** A party's members, named by the party: a group ("House Republicans said"), never a "he" or "she". */
    static final Set<String> PARTY_MEMBERS = Lexicon.of("Democrats", "Republicans", "Tories", "Conservatives",
            "Liberals", "Socialists", "Greens", "Progressives", "Libertarians", "Independents");

    private Phrases() { }

    /**
     * A share of people as a phrase's subject: "Only 52 percent of registered voters", or a share alone, whom the sentence
     * before tells ("About 30 percent").
     */
    static final Pattern SHARE = Pattern.compile(
            "(?:(?:[Oo]nly|[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Mm]ore than|[Ff]ewer than)\\s+)?\\d[\\d,.]*\\s*(?:percent|%)(?:\\s+of\\s+.{2,60})?");

    private static final String VERBS = "said|says|say|told|tells|added|adds|adding|saying|wrote|writes|tweeted|tweets|asked|asks"
            + "|explained|explains|continued|noted|notes|argued|argues|insisted|insists|warned|warns|declared|stated"
            + "|replied|responded|recalled|claimed|claims|acknowledged|admitted|suggested|announced|conceded|joked|quipped"
            + "|remarked|complained|urged|cautioned|observed|predicted|posted|shouted|agreed|countered|concluded|called"
            + "|described|emphasized|stressed|echoed|charged|boasted|mused|promised|vowed|pledged|testified|thanked|yelled"
            + "|wondered|lamented|reported|reports|announces|insist|argue|tell|write|ask|recounted|confirmed|denied"
            + "|predicts|sings|sang|chanted|shot back|fired back|retorted|answered|explain|writing|telling|asking"
            + "|blasted|slammed|praised|touted|opined|mocked|pointed out|went on|said in a statement"
            + "|calling|arguing|noting|insisting|warning|claiming|describing|tweeting|declaring|urging|joking|complaining"
            + "|suggesting|recalling|referring|explaining|accusing|praising|blasting|slamming|dismissing|describes|calls"
            + "|referred|dubbed|branded|accused|criticized|criticised|dismissed|condemned|proclaimed"
            + "|hailed|decried|derided|refers|recalls|recounts|acknowledges|concludes|contends|contended|maintained"
            + "|maintains|emailed|texted|messaged|commented|reiterated|whispered|screamed|exclaimed|cried|pleaded"
            + "|interjected|interrupted|boasts|brags|bragged|scolded|tells|advised|advises|reads|suggests|asserted|asserts"
            + "|chimed|characterized|characterised|read|likened|likening|compared|comparing"
            // how it was said: "“…,” Trump snapped", "Schumer fumed, “…”"
            // (not verbs that take the one spoken to: "lectured young Gipple", "implored the assembly", "taunted supporters")
            + "|snapped|fumed|huffed|thundered|demanded|gushed|marveled|elaborated|clarified|scoffed|groused|bemoaned"
            + "|bellowed|growled|hollered|sneered|jabbed|laughed|sighed|muttered|mumbled|sniped|griped|reasoned"
            // the present tense of reviews and analysis ("Cruz opines"): the verbs above that have it and are seldom nouns
            + "|opines|muses|quips|jokes|concedes|admits|complains|replies|responds|observes|declares|urges|cautions"
            + "|shouts|agrees|emphasizes|stresses|testifies|yells|laments|confirms|denies|retorts|slams|touts|mocks"
            + "|accuses|criticizes|dismisses|condemns|proclaims|hails|decries|derides|reiterates|whispers|screams"
            + "|exclaims|pleads|interjects|scolds|characterizes|likens|compares|add|laughs|sighs"
            // found after "…,” Name" in AllSides and missing here: "“…,” he remembers", "“…,” Smith deadpanned"
            // (not "alleged", "offered", "pressed", "assured", "reflected" or "repeated": as often "their alleged
            // “privilege”", "the “revolution” offered by", "the testimony reflected “…”", "Trump’s repeated claims")
            + "|continues|remembered|remembers|deadpanned|intoned|boomed|snarked|whined|volunteered|confided"
            + "|averred|vented|enthused|blogged"
            // the present tense after a plural subject ("Trump’s legal team complain that", "critics contend"): the forms
            // above that are seldom nouns and seldom take a term (not "claim", "note", "call", "report", "state", nor
            // "describe", "declare", "suggest", "testify", "lament": "describe their mission as “freedom”", "testify on “…” laws")
            + "|complain|warn|contend|concede|predict|assert";

    /**
     * "NATO", "CNN", "Police": a body or a force named alone, in capitals or by what it is, whom a "he" or "she" means
     * only where the article says so (initials of a person, "AOC", are written the same way).
     */
    static boolean bodyByItsLetters(String name) {
        return name.equals("Police") || capitalsOnly(name);
    }

    /** Two to six capitals and nothing else: "NATO", "RT", "CNN". */
    static boolean capitalsOnly(String word) {
        return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(Character::isUpperCase);
    }

    /** The speech verbs as a set of single words, for word-by-word scans (no regex alternation per quote). */
    static final java.util.Set<String> VERB_WORDS = Lexicon.copyOf(java.util.Arrays.stream(VERBS.split("\\|"))
            .filter(v -> !v.contains(" ")).collect(java.util.stream.Collectors.toSet()));

    /**
     * Whether the full stop at {@code dot} ends a sentence the next one was run into without a space ("… from the White
     * House.While Obama …"): three small letters before it, a capital and a small letter after it.
     */
    static boolean runTogether(String s, int dot) {
        if (!(dot >= 3 && dot + 2 < s.length() && Character.isUpperCase(s.charAt(dot + 1)) && Character.isLowerCase(s.charAt(dot + 2))
                && Character.isLowerCase(s.charAt(dot - 1)) && Character.isLowerCase(s.charAt(dot - 2))
                && Character.isLowerCase(s.charAt(dot - 3)))) {
            return false;
        }
        int end = dot + 1;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        // not a web address: "Halo.Bungie.Org", "TheTeaParty.Net"
        return !(end + 1 < s.length() && s.charAt(end) == '.' && Character.isLetter(s.charAt(end + 1)))
                && !TOP_LEVEL_DOMAINS.contains(s, dot + 1, end);
    }

    /** Whether a lower-case word ends as a plural does: "documents", "officials"; not "press", "crisis", "status". */
    static boolean pluralEnding(String lower) {
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("is") && !lower.endsWith("us");
    }

    /** The endings of web addresses, which a full stop between letters may open ("Politico.com", "TheTeaParty.Net"). */
    static final WordSet TOP_LEVEL_DOMAINS = new WordSet(Lexicon.of("com", "org", "net", "gov", "edu", "io", "co", "us",
            "uk", "info", "news", "tv", "biz", "mil", "ca", "au"));

    static final java.util.Set<String> ADVERBS = Lexicon.of("also", "later", "then", "has", "had", "would",
            "once", "previously", "again", "reportedly", "repeatedly", "simply", "just", "quickly");

    /** A pronoun subject, with "and" or "but" before it: "he", "and she", "They". */
    static final Pattern PRONOUN = Pattern.compile("(?:and\\s+|but\\s+)?(he|she|they|i|we|it)", Pattern.CASE_INSENSITIVE);

    /**
     * Whether {@link #PRONOUN} matches all of {@code s}, read by hand: asked for nearly every cue, where a matcher made
     * each time was a fifth of what the cue passes allocate.
     */
    static boolean pronounPhrase(String s) {
        int i = 0;
        int n = s.length();
        if (n > 4 && (s.regionMatches(true, 0, "and", 0, 3) || s.regionMatches(true, 0, "but", 0, 3)) && Words.regexSpace(s.charAt(3))) {
            i = 4;
            while (i < n && Words.regexSpace(s.charAt(i))) {
                i++;
            }
        }
        int len = n - i;
        switch (len) {
            case 1:
                return (s.charAt(i) | 32) == 'i';
            case 2:
                return s.regionMatches(true, i, "he", 0, 2) || s.regionMatches(true, i, "we", 0, 2)
                        || s.regionMatches(true, i, "it", 0, 2);
            case 3:
                return s.regionMatches(true, i, "she", 0, 3);
            case 4:
                return s.regionMatches(true, i, "they", 0, 4);
            default:
                return false;
        }
    }

    /** Whether {@link #PRONOUN} may match all of {@code s}: four chars at most, or "and"/"but" first (no matcher for the rest). */
    static boolean mayBePronoun(String s) {
        return s.length() <= 4 || s.regionMatches(true, 0, "and", 0, 3) || s.regionMatches(true, 0, "but", 0, 3);
    }

    /** A subject that is a pronoun, resolved after the cue passes; the last char is its gender ('m', 'f', '?'). */
    static final String HE = "\u0000pronoun:";

    /** "Gen.", "U.S." or "Capt." before a full stop: not the end of a sentence. */
    static boolean abbreviationBefore(String s, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        String word = s.substring(w, dot);
        boolean partyState = w >= 2 && s.charAt(w - 1) == '-' && "DRI".indexOf(s.charAt(w - 2)) >= 0
                && (w == 2 || !Character.isLetter(s.charAt(w - 3))) && word.length() <= 6; // "D-Mass.", "R-Calif."
        return (Names.shortAbbreviation(word) || partyState || Names.longTitleAbbreviation(word, 0, word.length()))
                && !word.isEmpty() && Character.isUpperCase(word.charAt(0)) || versus(s, dot);
    }

    /**
     * Whether the full stop at {@code dot} closes "v" or "vs" between two capitalised words, and so ends no sentence: a
     * case's or a contest's name ("In NFIB v. Sebelius, the Court pointed out", "Trump vs. Clinton").
     */
    static boolean versus(CharSequence s, int dot) {
        int start = dot >= 2 && s.charAt(dot - 1) == 's' ? dot - 2 : dot - 1;
        if (start < 2 || s.charAt(start) != 'v' || s.charAt(start - 1) != ' ' || dot + 2 >= s.length()
                || s.charAt(dot + 1) != ' ' || !Character.isUpperCase(s.charAt(dot + 2))) {
            return false;
        }
        int w = start - 1;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        return w < start - 1 && Character.isUpperCase(s.charAt(w));
    }

    /** Whether the word {@code text[start, end)} ends in "-ing" ("calling", not "sing"). */
    static boolean isParticiple(String text, int start, int end) {
        return end - start > 4 && text.startsWith("ing", end - 3);
    }

    /**
     * Where the words before {@code end} end once up to two of "as", "a", "an" and "the" are passed over: the word before
     * a quotation's description ("described as a", "is called the").
     */
    static int endPastArticles(String s, int end) {
        String last = lastWord(s, end);
        for (int i = 0; i < 2 && (last.equals("as") || last.equals("a") || last.equals("an") || last.equals("the")); i++) {
            end = Words.spaceStartBefore(s, end) - last.length();
            last = lastWord(s, end);
        }
        return end;
    }

    /** The last word (lower case) of {@code s} before {@code end}, without splitting the whole sentence. */
    static String lastWord(String s, int end) {
        int e = Words.spaceStartBefore(s, end);
        return s.substring(Words.tokenStartBefore(s, e), e).toLowerCase(Locale.ROOT);
    }

    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static boolean isPossessive(String phrase) {
        String t = phrase.strip();
        int sp = t.indexOf(' ');
        String first = sp < 0 ? t : t.substring(0, sp);
        return first.endsWith("'s") || first.endsWith("\u2019s");
    }

    /** A lower-case speech verb; the word pattern keeps a trailing full stop ("said."), which is dropped here. */
    static boolean isVerb(String word) {
        return isVerbAt(word, 0, word.length());
    }

    /** As {@link #isVerb} for the word {@code s[from, to)}, asked in place. */
    static boolean isVerbAt(String s, int from, int to) {
        int end = withoutStops(s, from, to);
        // the verbs are lower-case ASCII words: any case matched, then lower case required
        return end > from && (VERB_SET.contains(s, from, end) && !nounAfterDeterminer(s, from, end)
                && !gerundInPhrase(s, from, end) || phrasalVerb(s, from, end)
                || pluralVerbBeforeThat(s, from, end) || documentVerb(s, from, end)) && lowerAscii(s, from, end)
                && !comparesFigures(s, from, end);
    }

    /**
     * Whether the word {@code s[from, end)} is a verb in "-s" that a document does, right after a document's noun: "The
     * report states that …", "as the order states:", "the lawsuit alleges", "the poll finds" (elsewhere these words are as
     * often plural nouns: "states that expanded Medicaid", "the findings", "his points").
     */
    static boolean documentVerb(String s, int from, int end) {
        if (end - from < 5 || s.charAt(end - 1) != 's' || from < 3 || s.charAt(from - 1) != ' '
                || !DOCUMENT_VERBS.contains(s, from, end)) {
            return false; // the cheap tests first: few words are these
        }
        int pb = Words.wordStartBefore(s, from - 1, false);
        return pb < from - 1 && Character.isLowerCase(s.charAt(pb)) && DOCUMENT_NOUNS.contains(s, pb, from - 1);
    }

    /** What a document does with its words, in "-s", and none of the speech verbs above. */
    private static final WordSet DOCUMENT_VERBS = new WordSet(Lexicon.of("states", "alleges", "finds", "cites", "charges",
            "estimates", "recommends", "lists", "mentions", "highlights", "promises", "quotes", "points", "includes"));

    /** Nouns of what is written, which "states" what it says. */
    private static final WordSet DOCUMENT_NOUNS = new WordSet(Lexicon.of("statement", "report", "letter", "memo", "memorandum",
            "study", "survey", "poll", "lawsuit", "suit", "complaint", "filing", "indictment", "ruling", "order", "document",
            "release", "bill", "law", "constitution", "amendment", "policy", "rule", "guidance", "text", "opinion", "decision",
            "agreement", "treaty", "resolution", "platform", "website", "page", "application", "warrant", "affidavit", "brief",
            "motion", "petition", "summary", "note", "email", "post", "tweet", "article", "book", "contract", "manual",
            "charter", "statute", "regulation", "provision", "section", "clause", "form", "notice", "plan", "proposal",
            "legislation", "transcript", "verdict", "judgment", "judgement", "ad", "advertisement", "sign", "label", "warning"));

    /**
     * Whether the word at {@code [from, end)} is one in "-ing" after a preposition and an article, and perhaps a participle
     * ("in a published warning", "from a briefing"): a noun in a phrase, not the verb of someone's speech.
     */
    private static boolean gerundInPhrase(String s, int from, int end) {
        if (end - from < 5 || !s.startsWith("ing", end - 3) || from < 2 || s.charAt(from - 1) != ' ') {
            return false;
        }
        int pe = from - 1;
        int pb = Words.wordStartBefore(s, pe, false);
        if (pb < pe && pb >= 2 && s.charAt(pb - 1) == ' ' && Character.isLowerCase(s.charAt(pb)) && s.startsWith("ed", pe - 2)) {
            pe = pb - 1; // a participle between: "in a published warning"
            pb = Words.wordStartBefore(s, pe, false);
        }
        if (pb == pe || !ARTICLES.contains(s, pb, pe) || pb < 2 || s.charAt(pb - 1) != ' ') {
            return false;
        }
        int re = pb - 1;
        int rb = Words.wordStartBefore(s, re, false);
        // inside a phrase ("as the CDC said in a published warning, …"), not what someone issues ("issued a warning that")
        return rb < re && PREPOSITIONS_BEFORE_NOUN.contains(s, rb, re);
    }

    private static final WordSet PREPOSITIONS_BEFORE_NOUN = new WordSet(Lexicon.of("in", "from", "with", "of", "after", "despite",
            "during", "by"));

    private static final WordSet ARTICLES = new WordSet(Lexicon.of("a", "an", "the"));

    /** Articles and owners' words, which open a noun phrase: "a Thursday town hall", "his return", "the president". */
    static final java.util.Set<String> ARTICLES_AND_OWNERS = Lexicon.of("a", "an", "the", "his", "her", "their", "its", "our");

    /** Verbs in "-s" that are plural nouns as often: "the claims", "his calls", "the suits' claims", "Trump's tweets". */
    private static final WordSet PLURAL_NOUNS_TOO = new WordSet(Lexicon.of("claims", "calls", "reports", "tweets", "jokes",
            "quips", "replies"));
    /** Words before a noun that no verb follows: "the claims", "his tweets". */
    private static final WordSet DETERMINERS = new WordSet(Lexicon.of("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "these", "those", "such", "whose"));

    /** Whether the word at {@code [from, end)} is one of {@link #PLURAL_NOUNS_TOO} right after a determiner or an owner's word. */
    private static boolean nounAfterDeterminer(String s, int from, int end) {
        if (!PLURAL_NOUNS_TOO.contains(s, from, end) || from < 2 || s.charAt(from - 1) != ' ') {
            return false; // the cheap test first: nearly every verb is none of these
        }
        int pe = from - 1;
        int pb = pe;
        while (pb > 0 && !Character.isWhitespace(s.charAt(pb - 1))) {
            pb--;
        }
        if (pe - pb >= 2 && (s.charAt(pe - 1) == '\'' || s.charAt(pe - 1) == '\u2019')) {
            return true; // "the suits' claims"
        }
        if (Names.endWithoutPossessive(s, pb, pe) < pe) {
            return true; // "Trump's tweets"
        }
        return DETERMINERS.contains(s, pb, pe);
    }

    /**
     * Words that are nouns as often as verbs ("a note", "the state", "his claim"), verbs when "that" follows them and
     * a plural subject or an auxiliary comes before: "the researchers note that", "court records state that", "critics
     * claim that", "the memo does note that".
     */
    private static final WordSet NOUN_OR_VERB = new WordSet(Lexicon.of("note", "state", "claim"));
    /** Plural subjects that are no nouns in "-s": "they note that", "others claim that". */
    private static final WordSet PLURAL_SUBJECTS = new WordSet(Lexicon.of("they", "we", "some", "others", "many", "both", "few",
            "most", "all"));
    /** Auxiliaries before the plain form: "does note that", "might note that". */
    private static final WordSet MODALS = new WordSet(Lexicon.of("do", "does", "did", "might", "may", "must", "should",
            "would", "could", "will", "can"));
    /** Words in "-s" that are no plural nouns. */
    private static final WordSet NOT_PLURALS = new WordSet(Lexicon.of("this", "thus", "has", "was", "is", "his", "its", "hers",
            "ours", "yours", "theirs", "as", "us", "plus", "whereas", "news", "always", "perhaps", "sometimes", "nevertheless",
            "regardless", "nonetheless", "besides", "towards", "afterwards", "yes", "whose"));

    private static boolean pluralVerbBeforeThat(String s, int from, int end) {
        if (!s.startsWith(" that", end) || end + 5 < s.length() && Character.isLetter(s.charAt(end + 5))
                || !NOUN_OR_VERB.contains(s, from, end)) {
            return false; // the cheap test first: most words have no "that" after them
        }
        int pe = from - 1;
        if (pe <= 0 || s.charAt(pe) != ' ') {
            return false;
        }
        int pb = pe;
        while (pb > 0 && Character.isLetter(s.charAt(pb - 1))) {
            pb--;
        }
        if (pb == pe || pb > 0 && !Character.isWhitespace(s.charAt(pb - 1))) {
            return false; // no word before, or an owner's ("Trump’s claim that") or a hyphened one
        }
        if (PLURAL_SUBJECTS.contains(s, pb, pe) || MODALS.contains(s, pb, pe)) {
            return true;
        }
        // a plural noun ("researchers", "Reports", "filings"): in "-s", not "-ss" ("press"), nor a word of grammar
        return pe - pb >= 4 && s.charAt(pe - 1) == 's' && s.charAt(pe - 2) != 's' && s.charAt(pe - 2) != 'u'
                && s.charAt(pe - 2) != 'i' && !NOT_PLURALS.contains(s, pb, pe);
    }

    /** Where the word {@code s[from, to)} ends without its trailing full stops ("saying." ends before the stop). */
    static int withoutStops(String s, int from, int to) {
        int end = to;
        while (end > from && s.charAt(end - 1) == '.') {
            end--;
        }
        return end;
    }

    /** The first word of a verb of two words ("pointed out", "shot back", "fired back"), asked at that word. */
    private static boolean phrasalVerb(String s, int from, int end) {
        if (PHRASAL_BEFORE_COLON.contains(s, from, end)) {
            // "The memo goes on: “…”", "she goes on, “…”", "the BBC sums up:": a verb of speech with its particle before a
            // colon, or a comma and the quotation ("the war goes on", "sums up the year", "the longer it goes on, the …" are none)
            String particle = s.charAt(from) == 'g' ? " on" : " up";
            int after = end + particle.length();
            return s.startsWith(particle, end) && after < s.length() && (s.charAt(after) == ':' || s.charAt(after) == ','
                    && (after + 1 == s.length() || s.startsWith(" \u201C", after + 1) || s.startsWith(" \"", after + 1)));
        }
        if (!PHRASAL_FIRST.contains(s, from, end)) {
            return false;
        }
        String particle = s.regionMatches(true, from, "point", 0, 5) ? " out" : " back";
        return s.startsWith(particle, end) && (end + particle.length() == s.length() || !Character.isLetter(s.charAt(end + particle.length())));
    }

    private static final WordSet PHRASAL_FIRST = new WordSet(Lexicon.of("pointed", "points", "pointing", "shot", "shoots",
            "shooting", "fired", "fires", "firing", "hit", "hits", "hitting"));
    private static final WordSet PHRASAL_BEFORE_COLON = new WordSet(Lexicon.of("goes", "sums", "summed"));

    /**
     * "compared" right before "to" or "with" compares figures ("54% …, compared with 37% who …"); someone who compares
     * names what first ("Trump compared the inquiry to “a lynching”").
     */
    private static boolean comparesFigures(String s, int from, int end) {
        if (!s.startsWith("compar", from)) {
            return false;
        }
        int next = end;
        while (next < s.length() && s.charAt(next) == ' ') {
            next++;
        }
        return s.startsWith("to ", next) || s.startsWith("with ", next);
    }

    /** Position of the last speech verb word in {@code s}, or -1. */
    static int lastVerb(String s) {
        Words w = new Words(s);
        int at = -1;
        while (w.next()) {
            if (isVerbAt(s, w.start(), w.end())) {
                at = w.start();
            }
        }
        return at;
    }

    /** The speech verbs, asked about a word in place. */
    private static final WordSet VERB_SET = new WordSet(VERB_WORDS);

    static boolean lowerAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The sentence split at commas and at dashes used as commas (" -- ", " — ", " – "), empty parts kept: what
     * {@code split(",|\\s+(?:--|\u2014|\u2013)\\s+", -1)} gives, in one pass without a regex; and after a closing
     * quotation mark that a contrasting "while", "whereas" or "but" follows, whose comma the quotation holds ("called
     * the plan “bold,” while Tom Reyes called it"), the clause after it starting at that word, as after a comma.
     */
    static List<String> clauses(String s) {
        List<String> out = new ArrayList<>();
        int last = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if ((c == '\u201D' || c == '"') && i + 1 < n && s.charAt(i + 1) == ' ') {
                int word = i + 2;
                int end = word;
                while (end < n && s.charAt(end) >= 'a' && s.charAt(end) <= 'z') {
                    end++;
                }
                if (end < n && s.charAt(end) == ' ' && CONTRASTING_AFTER_QUOTE.contains(s, word, end)) {
                    out.add(s.substring(last, i + 1));
                    last = word;
                    i = word;
                    continue;
                }
            }
            if (c == ',' && !(i > 0 && i + 1 < n && Words.isDigit(s.charAt(i - 1)) && Words.isDigit(s.charAt(i + 1)))) {
                // a comma inside a number ("110,000 people had urged") joins, it does not part
                out.add(s.substring(last, i));
                last = ++i;
                continue;
            }
            if (!Words.regexSpace(c)) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Words.regexSpace(s.charAt(j))) {
                j++;
            }
            int dashEnd = j < n && (s.charAt(j) == '\u2014' || s.charAt(j) == '\u2013') ? j + 1
                    : s.startsWith("--", j) ? j + 2 : -1;
            if (dashEnd > 0 && dashEnd < n && Words.regexSpace(s.charAt(dashEnd))) {
                int k = dashEnd;
                while (k < n && Words.regexSpace(s.charAt(k))) {
                    k++;
                }
                out.add(s.substring(last, i));
                last = k;
                i = k;
            } else {
                i = j;
            }
        }
        out.add(s.substring(last));
        return out;
    }

    /** The words that set a clause against the one before it, after a quotation that holds the comma between them. */
    private static final WordSet CONTRASTING_AFTER_QUOTE = new WordSet(Lexicon.of("while", "whereas", "but"));

    /** {@code s} from {@code from} on without its first run of non-space chars and the spaces after it ({@code ^\\S+\\s*}). */
    static String afterFirstWord(String s, int from) {
        int i = from;
        while (i < s.length() && !Words.regexSpace(s.charAt(i))) {
            i++;
        }
        if (i == from) {
            return s.substring(from); // no word to take off: a space or nothing first
        }
        while (i < s.length() && Words.regexSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** The letters of {@code s} from {@code from} up to the first char that is none, not past {@code to}. */
    static String letterRun(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (!Character.isLetter(cp) || next > to) {
                break;
            }
            i = next;
        }
        return s.substring(from, i);
    }

    /** Whether some word of the phrase opens with a capital letter ("the Supreme Court", "Republicans"; not "a statement"). */
    static boolean hasCapitalisedWord(String phrase) {
        for (String w : Words.splitOnSpaces(phrase)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every word is capitalised (and there is no empty one): a run of name words. */
    static boolean allCapitalised(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static final java.util.Set<String> AUXILIARIES = Lexicon.of("has", "have", "had", "is", "was", "were",
            "are", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do", "also",
            "then", "later", "again", "once", "instead", "himself", "herself", "itself", "themselves", "never", "not",
            "often", "still", "just", "even", "already", "first", "since");

    /** "The nominee has repeatedly" → "The nominee": auxiliaries and adverbs between a subject and its verb. */
    static String stripAuxiliaries(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int n = words.length;
        while (n > 0 && auxiliaryOrAdverb(words[n - 1])) { // all of it: ", recently told" has no subject of its own
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /** "has", "also", "recently": between a subject and its verb (a clause's "and" is left to the clause rules). */
    static boolean auxiliaryOrAdverb(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return AUXILIARIES.contains(w) || ADVERBS.contains(w) || SENTENCE_ADVERBS.contains(w)
                || w.endsWith("ly") && w.length() > 4 && !NOUNS_IN_LY.contains(w);
    }

    /** "The attorney for the city, meanwhile, argued", "X and Y, both said": asides with no subject of their own. */
    static final java.util.Set<String> SENTENCE_ADVERBS = Lexicon.of("however", "meanwhile", "perhaps", "now",
            "too", "both", "yet", "further", "likewise", "sometimes", "earlier", "though", "therefore", "nonetheless",
            "nevertheless", "meantime", "separately", "afterward", "afterwards");

    /** Nouns ending in -ly that can be speakers ("the family", "the daily"): not adverbs. */
    static final java.util.Set<String> NOUNS_IN_LY = Lexicon.of("family", "ally", "assembly", "daily", "weekly",
            "monthly", "quarterly", "supply", "rally", "monopoly");

    /** A cue's pronoun subject's gender as the resolver takes it: 'm', 'f', 'n' for "it", else '?'. */
    static char pronounGender(String pronoun) {
        return pronoun.equalsIgnoreCase("it") ? NEUTER : pronoun.equalsIgnoreCase("they") ? PLURAL
                : pronoun.equalsIgnoreCase("i") || pronoun.equalsIgnoreCase("we") ? FIRST_PERSON : Genders.of(pronoun);
    }

    /**
     * "“…,” I wrote", "“…,” we said": outside the quotation, the first person is the writer (or the paper), whom the
     * text does not name as a speaker; never the person named last.
     */
    static final char FIRST_PERSON = '1';

    /** "“…,” it said": a report, a statement, an organisation; resolved as any pronoun, but never to a "he" or "she". */
    static final char NEUTER = 'n';

    /**
     * "“…,” they said": several people or a body, never the one person named last ("For eight years, he participated in
     * a prayer group. They called themselves the “dog patrol”" is not his). Resolved only to a group or body that spoke
     * just before.
     */
    static final char PLURAL = 'p';

    static boolean isPronoun(String subject) {
        return subject != null && subject.startsWith(HE);
    }

    /** Whether {@code s}, trimmed, splits on {@code \\s+} into at most {@code max} words; counted without splitting it. */
    static boolean wordsAtMost(String s, int max) {
        String t = s.trim();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Words.regexSpace(t.charAt(i));
            if (!space && !inWord && ++words > max) {
                return false;
            }
            inWord = !space;
        }
        return true;
    }

    /**
     * Whether a stretch of text holds the end of a sentence or another quotation: one of {@code ; ! ? " “
     * ”} or a line break, or a word of four letters or more, a full stop, space and a capital ("… in Moscow.
     * The"). One pass; it was a pattern with a leading {@code .*} that backtracked over the stretch.
     */
    static boolean otherSentence(String s) {
        int letters = 0; // letters in a row just before i
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int next = i + Character.charCount(c);
            switch (c) {
                case ';', '!', '?', '"', '\u201C', '\u201D', '\n' -> {
                    return true;
                }
                case '.' -> {
                    if (letters >= 4 && !Names.longTitleAbbreviation(s, i - letters, i)) { // "Capt. Jeff Davis"
                        int j = next;
                        while (j < s.length() && Words.regexSpace(s.charAt(j))) {
                            j++;
                        }
                        if (j > next && j < s.length() && Character.getType(s.codePointAt(j)) == Character.UPPERCASE_LETTER) {
                            return true;
                        }
                    }
                    letters = 0;
                }
                default -> letters = Character.isLetter(c) ? letters + 1 : 0;
            }
            i = next;
        }
        return false;
    }

    static boolean endsSentence(String quote) {
        String t = quote.stripTrailing();
        return !t.isEmpty() && ".?!".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** The months, capitalised as written. */
    static final java.util.Set<String> MONTHS = Lexicon.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** The days of the week, capitalised as written. */
    static final java.util.Set<String> DAYS = Lexicon.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
}
