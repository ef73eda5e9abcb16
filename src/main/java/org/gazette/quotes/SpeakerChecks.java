package org.gazette.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * What a speaker the cues found is, and how it is shown: a person's name or a body, a group ("Senate Democrats"), a
 * place written as one ("in Iran."), a word capitalised only because it opens a sentence, a clause ("It’s hard") or a
 * number read as a name; the sex a title gives a surname; the name shown without an owner's mark, a connective or a
 * dangling "who".
 */
final class SpeakerChecks {
    private SpeakerChecks() { }

    /** Whether {@code who} opens with "it’s", "here’s", "that’s" or the like: a clause, never a speaker's name. */
    static boolean opensWithContraction(String who) {
        Words first = new Words(who);
        if (!first.next() || first.start() != 0) {
            return false;
        }
        int bare = Names.endWithoutPossessive(who, 0, first.end());
        return bare < first.end() && SpeakerPhrase.CONTRACTED_BEFORE_S.contains(who.substring(0, bare).toLowerCase(Locale.ROOT));
    }

    /** Whether a speaker is written as a person's name, not a description or a body ("the magazine", "the company"). */
    static boolean namesAPerson(String speaker) {
        return Character.isUpperCase(speaker.charAt(0)) && speaker.equals(Names.personAtEnd(speaker))
                && !Names.isInstitutionName(speaker) && !Phrases.bodyByItsLetters(speaker);
    }

    /** Whether a speaker is a group of people ("U.S. officials", "Senate Democrats"): no "he" or "she" refers to it. */
    static boolean isGroup(String who) {
        String last = who.substring(who.lastIndexOf(' ') + 1);
        return SpeakerPhrase.peopleNamedByWhom(who.split(" ")) || Phrases.PARTY_MEMBERS.contains(last) || pluralDemonym(last)
                || who.equals("Police");
    }

    /** A people named by where they are from, in the plural: "Americans", "Iranians", "Europeans" (not "Evans", "Means"). */
    private static boolean pluralDemonym(String word) {
        return word.length() > 6 && Character.isUpperCase(word.charAt(0))
                && (word.endsWith("ians") || word.endsWith("icans") || word.endsWith("eans"));
    }

    /** Places looked at, at most, for a one-word speaker written as a place. */
    private static final int PLACE_LOOKS = 20;

    /**
     * Whether the article writes a one-word speaker as a place, "in Iran." or "in Iran, …": a country or city
     * that a cue named ("Iran warned") is no person for a later "he said" to refer to.
     */
    static boolean writtenAsPlace(String masked, String word, CapitalisedWords capitalised) {
        for (int at : capitalised.at(word, PLACE_LOOKS)) {
            int end = at + word.length();
            // the place ends a phrase: "in Iran.", "in Iran, the", not "in Trump's view", "in Trump Tower", "weigh in Trump warns"
            boolean endsPhrase = end == masked.length() || ".,;:!?)\n".indexOf(masked.charAt(end)) >= 0;
            if (endsPhrase && at >= 3 && masked.startsWith("in ", at - 3)
                    && (at == 3 || !Character.isLetter(masked.charAt(at - 4)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sex a title gives the surname {@code who} where the quotation's cue names it: "Mrs. Trump said" after
     * the quotation, or "Mrs. Trump said that" in the sentence before it; '?' if neither writes it with "Mr.",
     * "Mrs.", "Ms." or "Miss".
     */
    static char honorificSex(String masked, Quote q, String who) {
        for (int at = q.end(), to = Math.min(masked.length() - who.length(), q.end() + 200); at <= to; at++) {
            if (masked.startsWith(who, at)) {
                char sex = Relatives.honorificSexBefore(masked, at);
                if (sex != '?') {
                    return sex;
                }
                break;
            }
        }
        for (int at = Math.min(q.start(), masked.length() - who.length()), from = Math.max(0, q.start() - 300); at >= from; at--) {
            if (masked.startsWith(who, at)) {
                return Relatives.honorificSexBefore(masked, at);
            }
        }
        return '?';
    }

    /**
     * A one-word speaker that the article never writes capitalised inside a sentence and never as part of a
     * full name is a sentence's first word, not a name: names are capitalised wherever they stand.
     */
    static boolean notAName(String masked, String who, ArticlePeople people, CapitalisedWords capitalised, LowerCaseWords lowerCase) {
        if (who.indexOf(' ') >= 0 || !Character.isUpperCase(who.charAt(0)) || people.fullest(who).indexOf(' ') >= 0
                || capitalInside(who) && !masked.contains("@" + who) && !masked.contains("#" + who)) { // not a handle or tag
            return false;
        }
        if (Phrases.capitalsOnly(who) && !LABELS.contains(who) && !masked.contains("@" + who) && !masked.contains("#" + who)) {
            // "NATO", "RT": capitals no sentence's opening explains; not a label ("UPDATE:", "NOTE:"), a time zone ("9:34
            // a.m. ET:") nor a dateline's place ("TOPEKA, Kan. --", "RIYADH/WASHINGTON (Reuters) -")
            boolean dateline = false;
            for (int at : capitalised.at(who, 50)) {
                dateline |= datelineAt(masked, at, at + who.length());
            }
            if (!dateline) {
                return false; // (a dateline's place is a name only where written mid-sentence, as below)
            }
        }
        // "Officials said", "Critics say", and "Police said": a group named by what it is, as the subject of a speech verb
        boolean plural = isPluralNoun(who) || who.equals("Police");
        // where it stands as a word of its own: inside a word ("ArchSmith") it can be neither of the cases below
        for (int at : capitalised.at(who, 50)) {
            int end = at + who.length();
            if (end < masked.length() && Character.isLetter(masked.charAt(end))) {
                continue; // part of a longer word
            }
            if (plural && sentenceStart(masked, at) && (speechVerbAfter(masked, end) || speechVerbAfterPlace(masked, end))) {
                return false; // "Officials said", "Critics say", "Protesters in the gallery shouted": a group named by what it
                              // is, as the subject of a speech verb
            }
            if (!plural && sentenceStart(masked, at) && introducesWhatItSaid(masked, who, end, lowerCase)
                    && !COUNTED_PEOPLE.contains(who.toLowerCase(java.util.Locale.ROOT))
                    && !Names.ROLE_WORD_SET.contains(who.toLowerCase(java.util.Locale.ROOT))) {
                // "Bloomberg reports:", "Goldberg added, “…”", "Politico reported that": a name introducing what it said,
                // though only here
                return false;
            }
            int i = at - 1;
            while (i >= 0 && masked.charAt(i) == ' ') {
                i--;
            }
            char before = i >= 0 ? masked.charAt(i) : '.';
            if ((Character.isLowerCase(before) || ",\"\u201D\u2019(".indexOf(before) >= 0) && at - i > 1) {
                return false; // "… said Bone", "… and NATO": capitalised mid-sentence
            }
            if (before == '.' && at - i > 1 && i >= 0 && Phrases.abbreviationBefore(masked, i)) {
                return false; // "Mr. Lott", "Sen. Wyden", "John R. Lott": the full stop ends a title or an initial
            }
        }
        return true;
    }

    /**
     * Whether the one-word subject {@code who} that opens a sentence introduces what it said with the speech verb after
     * it: before a colon, or a comma and a quotation ("Bloomberg reports:", "Goldberg added, “…”"); or, for a word the
     * text writes nowhere in lower case, as the verb's subject ({@link #subjectOfSpeechVerb}). The text is searched for
     * the word in lower case only here, the last of these tests.
     */
    private static boolean introducesWhatItSaid(String masked, String who, int end, LowerCaseWords lowerCase) {
        if (speechVerbEndAfter(masked, end) < 0) {
            return false;
        }
        boolean lowerElsewhere = wordInLowerCase(who, lowerCase);
        return speechVerbThenColon(masked, end, !lowerElsewhere) || !lowerElsewhere && subjectOfSpeechVerb(masked, who, end);
    }

    /**
     * Whether a one-word subject opening a sentence is followed by its speech verb as a main verb ("Politico reported
     * that"): not an adverb's or a participle's ("Widely described as", "Often called", "Having warned", "Variously
     * called “…”"), an imperative's ("Please read"), a label's ("Related reads:") nor a noun's ("Multiple reports of").
     */
    private static boolean subjectOfSpeechVerb(String masked, String who, int end) {
        int verbEnd = speechVerbEndAfter(masked, end);
        boolean participleBeforeQuotation = masked.startsWith("ed", verbEnd - 2) && verbEnd + 1 < masked.length()
                && masked.charAt(verbEnd) == ' ' && "\u201C\"".indexOf(masked.charAt(verbEnd + 1)) >= 0;
        return verbEnd > 0 && !who.endsWith("ly") && !who.endsWith("ing") && !LABELS.contains(who)
                && !masked.startsWith("ing", verbEnd - 3) && !masked.startsWith("read", verbEnd - 4)
                && !masked.startsWith("reads", verbEnd - 5) && !masked.startsWith(" as ", verbEnd)
                && !(masked.startsWith("reports", verbEnd - 7) && masked.startsWith(" of ", verbEnd))
                && !participleBeforeQuotation;
    }

    /** Whether the word at {@code [at, end)} opens a line as a dateline's place does: "TOPEKA, Kan. --", "GENEVA (AP) —". */
    private static boolean datelineAt(String masked, int at, int end) {
        return (at == 0 || masked.charAt(at - 1) == '\n') && (end < masked.length() && ",/(\u2014\u2013-".indexOf(masked.charAt(end)) >= 0
                || masked.startsWith(" (", end) || masked.startsWith(" \u2014", end) || masked.startsWith(" --", end));
    }

    /** Words in capitals that label a line or a script's part ("SOT", sound on tape) rather than name who speaks, and time zones. */
    private static final Set<String> LABELS = Lexicon.of("UPDATE", "UPDATED", "NOTE", "SOURCE", "NEW", "BREAKING", "WATCH", "READ",
            "MORE", "EDITOR", "CORRECTION", "VIDEO", "PHOTOS", "RELATED", "ABOVE", "BELOW", "CLOSE", "SOT", "NAT", "VO",
            "ET", "PT", "CT", "MT", "EST", "EDT", "PST", "PDT", "CST", "CDT", "GMT", "BST", "UTC");

    /** "WikiLeaks", "McConnell", "YouTube": a capital after a small letter, which no word has by opening a sentence. */
    private static boolean capitalInside(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject with an aside between spaced hyphens, used as dashes: the name after the aside ("The deputy leader of
     * the DUP - the party whose backing May needs - Nigel Dodds"), else the words before it ("One unnamed
     * correspondent - all are anonymous -", "the Sanskrit language -"). Dashes proper part clauses before this; spaced hyphens are left to here,
     * where they can only end a speaker's words (parting clauses at them moved 220 AllSides quotations, not all for
     * the better).
     */
    static String withoutSpacedDashAside(String speaker) {
        String who = speaker.endsWith(" -") ? speaker + " " : speaker; // "the Sanskrit language -": the aside's start
        int last = who.lastIndexOf(" - ");
        String after = who.substring(last + 3).strip();
        if (!after.isEmpty() && after.equals(Names.personAtEnd(after))) {
            return after;
        }
        return who.substring(0, who.indexOf(" - ")).strip();
    }

    /**
     * Whether {@code who} is a month, as a cue's subject read off a date ("The July 2018 indictment … referred to Stone
     * as “…”", "“…” around Dec. 1, 2017, told Credico"): no one. Not the months that are also names (April, May, June,
     * August).
     */
    static boolean isMonth(String who) {
        String w = who.startsWith("The ") || who.startsWith("the ") ? who.substring(4) : who;
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return Phrases.MONTHS.contains(w) && !MONTHS_AS_NAMES.contains(w) || MONTH_ABBREVIATIONS.contains(w);
    }

    private static final java.util.Set<String> MONTHS_AS_NAMES = Lexicon.of("April", "May", "June", "August");
    private static final java.util.Set<String> MONTH_ABBREVIATIONS = Lexicon.of("Jan", "Feb", "Mar", "Apr", "Jun",
            "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** Whether {@code who} has no letter and is no share ("2016", "[153]"; not "17%"): no one a quotation can be credited to. */
    static boolean noWordIn(String who) {
        for (int i = 0; i < who.length(); i++) {
            if (Character.isLetter(who.charAt(i))) {
                return false;
            }
        }
        return !who.endsWith("%");
    }

    /**
     * Whether {@code who} is one lower-case word that names no one: not people ("officials", "protesters", "police"),
     * one of them ("author", "commenter") or how many ("one", "another", "some"), nor a name with a particle
     * ("al-Maliki"). A cue read in the wrong place gives such words: "despite", "according", "we’re", "emailed".
     */
    static boolean loneWordForNoOne(String who) {
        if (who.isEmpty() || !Character.isLowerCase(who.charAt(0)) || who.indexOf(' ') >= 0) {
            return false;
        }
        int hyphen = who.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < who.length() && Character.isUpperCase(who.charAt(hyphen + 1))) {
            return false; // "al-Maliki"
        }
        String lower = who.toLowerCase(java.util.Locale.ROOT);
        return GRAMMAR_IN_ER.contains(lower) || !COUNTED_PEOPLE.contains(lower) && !Subjects.groupOfPeople(lower)
                && !Subjects.personNoun(lower);
    }

    /**
     * Whether {@code who} is one capitalised adverb in "-ly" that opens a sentence ("Equally disturbing is that …",
     * "Crucially, …", "Specifically, …"): no one. Eight letters or more and an adjective's adverb ending ("Kelly", "Lilly",
     * "Beverly", "Kimberly" are names), no first name known; a surname in "-ly" ("Connolly") the caller tells by the
     * article's people.
     */
    static boolean adverbAlone(String who) {
        int n = who.length();
        if (n < 8 || !who.endsWith("ly") || !Character.isUpperCase(who.charAt(0)) || !Names.allLowerCase(who, 1, n)) {
            return false;
        }
        for (String ending : ADVERB_ENDINGS) {
            if (who.endsWith(ending)) {
                return FirstNames.gender(who) == '?';
            }
        }
        return false;
    }

    /** How adverbs made of adjectives end, and names seldom do ("Kimberly", "Connolly", "Donnelly" do not). */
    private static final String[] ADVERB_ENDINGS = {"ally", "ently", "antly", "ively", "ingly", "ously", "fully", "tely",
        "ably", "ibly", "sely", "ctly"};

    /**
     * Whether {@code who} is an article and an adjective alone, a noun phrase cut before its noun: "An old saying, “…”",
     * "The latest was an Obama Web video blasting …", "a new and vaguer term, “…”". No one; people stand for themselves
     * in "the other", "the rest", "a few".
     */
    static boolean adjectiveAlone(String who) {
        int space = who.indexOf(' ');
        if (space < 0 || who.indexOf(' ', space + 1) >= 0) {
            return false;
        }
        String article = who.substring(0, space).toLowerCase(java.util.Locale.ROOT);
        return (article.equals("a") || article.equals("an") || article.equals("the"))
                && ADJECTIVES_FOR_NO_ONE.contains(who.substring(space + 1));
    }

    /**
     * Whether {@code who} is a time, not anyone: "The next day", "the same day", "That night", "the first week" (a phrase of
     * when that opens the sentence, read as its subject).
     */
    static boolean timeAlone(String who) {
        int space = who.lastIndexOf(' ');
        if (space < 0 || !TIME_NOUNS.contains(who, space + 1, who.length())) {
            return false; // most speakers: the cheap test first
        }
        String[] words = Words.splitOnSpaces(who);
        if (words.length < 2 || words.length > 4 || !TIME_DETERMINERS.contains(words[0].toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (!Names.allLowerCase(words[i], 0, words[i].length())) {
                return false; // "The Trump day": a name in it; "The Day": no time the list writes so
            }
        }
        return true;
    }

    private static final java.util.Set<String> TIME_DETERMINERS = Lexicon.of("the", "a", "an", "that", "this", "each",
            "every", "one");
    private static final WordSet TIME_NOUNS = new WordSet(Lexicon.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "morning", "night", "evening", "afternoon", "weekend", "hour", "hours", "moment", "decade"));

    private static final java.util.Set<String> ADJECTIVES_FOR_NO_ONE = Lexicon.of("new", "old", "latest", "most", "final",
            "same", "next", "unidentified", "ridiculous", "notorious", "ominous", "unsuccessful", "obvious", "whole", "entire",
            "main", "real", "big", "only", "very", "recent", "current", "usual", "famous", "infamous", "best", "worst");

    /** Words of grammar that end as agent nouns do ("rather", "either", "over"): no one ("“…” rather than noting"). */
    private static final java.util.Set<String> GRAMMAR_IN_ER = Lexicon.of("rather", "either", "neither", "over",
            "per", "moreover", "however", "whether", "other", "together", "never", "ever", "after", "under", "further",
            "whatever", "whoever", "wherever", "whenever", "hereafter", "thereafter");

    /**
     * Whether the speaker is no one: "no one noted", "nobody said", "none of them", "no lawmakers" (lower case, as a
     * subject that denies anyone said it is written).
     */
    static boolean negated(String who) {
        return who.startsWith("no one") || who.equals("nobody") || who.startsWith("none") && (who.length() == 4 || who.charAt(4) == ' ')
                || who.startsWith("no ") && who.length() > 3 && Character.isLowerCase(who.charAt(3));
    }

    /**
     * Whether the speaker is a nationality's word alone ("British" of "British leader says", "Russian" of "the Russian FSB
     * claiming"): what is said of a speaker, never who.
     */
    static boolean nationalityAlone(String who) {
        return who.indexOf(' ') < 0 && TitleReferents.NATIONALITIES.contains(who);
    }

    /** Lower-case words that stand for people by how many, or who, and plurals that speak as bodies: "one said", "another added", "some argue", "companies say". */
    private static final java.util.Set<String> COUNTED_PEOPLE = Lexicon.of("one", "another", "some", "someone", "somebody",
            "many", "most", "several", "few", "others", "everyone", "everybody", "nobody", "two", "three", "four", "thousands",
            "hundreds", "dozens", "millions", "group", "employees", "husband", "wife", "son", "daughter", "mother", "father",
            "women", "men", "netizens", "companies", "firms", "businesses");

    /** A capitalised word that reads as a plural noun: "Officials", "Critics", not "Bemoaning", "Practice" or "Congress". */
    private static boolean isPluralNoun(String word) {
        int n = word.length();
        return n >= 4 && word.charAt(n - 1) == 's' && word.charAt(n - 2) != 's' && word.charAt(n - 2) != '\''
                && word.charAt(n - 2) != '\u2019' && Character.isLowerCase(word.charAt(1)) && word.chars().allMatch(Character::isLetter);
    }

    /** Whether {@code at} starts a sentence: the text's start, or a full stop, a line end or a closing mark before it. */
    private static boolean sentenceStart(String text, int at) {
        return ".!?\n\"\u201D".indexOf(Words.charBeforeSpaces(text, at)) >= 0;
    }

    /** Whether a speech verb, then a colon, follows {@code from} (past spaces): "Bloomberg reports:". */
    private static boolean speechVerbThenColon(String text, int from, boolean orComma) {
        int end = speechVerbEndAfter(text, from);
        return end > 0 && end < text.length() && (text.charAt(end) == ':' || orComma && commaThenQuotation(text, end))
                && !text.startsWith("ing", end - 3) && !text.startsWith("reads", end - 5); // not "Worth noting:", "Related reads:"
    }

    /**
     * Whether the word is written in lower case somewhere in the text ("people", "whoever"), or is a contraction: a
     * common word, which a comma after its speech verb does not make a name, as it makes "Goldberg added, “…”".
     */
    private static boolean wordInLowerCase(String who, LowerCaseWords lowerCase) {
        if (who.indexOf('\'') >= 0 || who.indexOf('\u2019') >= 0) {
            return true;
        }
        String lower = who.toLowerCase(java.util.Locale.ROOT);
        return lowerCase.contains(lower) || INDEFINITE_PEOPLE.contains(lower);
    }

    /** Words for anyone, capitalised where they open a sentence ("Whoever said, “…”"), which no comma makes a name. */
    private static final Set<String> INDEFINITE_PEOPLE = Lexicon.of("whoever", "everyone", "everybody", "someone", "somebody",
            "anyone", "anybody", "nobody", "people", "others", "many", "some", "few", "most", "all", "both");

    /** Whether a comma and an opening quotation mark follow {@code end}: "Goldberg added, “The tweet was …”". */
    private static boolean commaThenQuotation(String text, int end) {
        if (text.charAt(end) != ',') {
            return false;
        }
        int i = end + 1;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '\u201C' || text.charAt(i) == '"');
    }

    /** Whether the word after {@code from} (past spaces) is a speech verb: "Officials said". */
    static boolean speechVerbAfter(String text, int from) {
        return speechVerbEndAfter(text, from) > 0;
    }

    /**
     * Whether a phrase of where comes right after {@code from}, and a speech verb after it: " in the gallery shouted",
     * " outside the court said" (a preposition of place, then up to four words).
     */
    private static boolean speechVerbAfterPlace(String text, int from) {
        Words w = new Words(text, from, Math.min(text.length(), from + 60));
        if (!w.next() || !PLACE_PREPOSITIONS.contains(text, w.start(), w.end())) {
            return false;
        }
        int prevEnd = w.end();
        for (int words = 0; words < 5 && w.next(); words++) {
            if (!Words.onlySpaceBetween(text, prevEnd, w.start())) {
                return false; // punctuation: the phrase ended without a verb
            }
            if (Phrases.isVerbAt(text, w.start(), w.end())) {
                return words > 0;
            }
            prevEnd = w.end();
        }
        return false;
    }

    private static final WordSet PLACE_PREPOSITIONS = new WordSet(Lexicon.of("in", "at", "outside", "inside", "near",
            "on", "across", "from"));

    /** Where the speech verb that follows {@code from} after one or more spaces ends, or -1 where none does. */
    private static int speechVerbEndAfter(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > from && end > start && Phrases.isVerbAt(text, start, end) ? end : -1;
    }

    /**
     * A speaker as found, without the apostrophe a plural or an s-final possessive leaves at its end ("Mitch Ivers'
     * withering notes", "Col. Ralph Peters’ charge that …"): the owner is the speaker. Null when nothing but marks
     * is left (a closing single quote read as a subject). Only the name shown: the rules that decide who speaks
     * read the subject as written, where an owner's mark tells a possessive phrase from a name.
     */
    static String withoutOwnersMark(String who) {
        String name = Names.withoutTrailing(who, "'\u2019");
        if (name.length() == who.length() && ownedByDescription(who)) {
            name = who.substring(0, who.length() - 2); // "The president's reply: …": a description's owner ("McDonald's" is a name)
        }
        if (name.length() < who.length()) {
            name = name.strip();
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isLetterOrDigit(name.charAt(i))) {
                return name;
            }
        }
        return null;
    }

    /**
     * Whether the phrase ends in a lower-case word's possessive ("The president's", "the agency’s"), or in an office's
     * written with a capital after "the" ("The President's warning"), not in a name's ("McDonald's") nor in a
     * contraction ("it's", "that's").
     */
    private static boolean ownedByDescription(String who) {
        int start = who.lastIndexOf(' ') + 1;
        int bare = Names.endWithoutPossessive(who, start, who.length());
        if (bare == who.length()) {
            return false;
        }
        String word = who.substring(start, bare);
        return Character.isLowerCase(who.charAt(start)) ? !SpeakerPhrase.CONTRACTED_BEFORE_S.contains(word)
                : start == 4 && who.regionMatches(true, 0, "the ", 0, 4) && TitleReferents.isOffice(word.toLowerCase(Locale.ROOT));
    }

    /**
     * A phrase without the connective that opens its sentence: "As the Court", "But Supreme Court", "Thus Trump", "So
     * the Arkansas Democratic Party" (only before a lower-case word: "So Yeon Kim" is a name).
     */
    static String withoutConnective(String p) {
        int space = p.indexOf(' ');
        if (space <= 0 || space + 1 >= p.length() || !Character.isUpperCase(p.charAt(0))) {
            return p;
        }
        String first = p.substring(0, space).toLowerCase(Locale.ROOT);
        boolean lowerNext = Character.isLowerCase(p.charAt(space + 1));
        return CONNECTIVES.contains(first) || first.equals("so") && lowerNext ? p.substring(space + 1) : p;
    }

    /**
     * A phrase without the "who" its cue's clause ended on: "a doctor who" (from "a doctor who called it “…”") is "a
     * doctor"; a determiner left alone ("a who") is no one.
     */
    static String withoutDanglingWho(String p) {
        if (!p.endsWith(" who")) {
            return p;
        }
        String rest = p.substring(0, p.length() - 4).strip();
        return rest.isEmpty() || ARTICLES.contains(rest.toLowerCase(Locale.ROOT)) ? null : rest;
    }

    private static final java.util.Set<String> ARTICLES = Lexicon.of("a", "an", "the");

    /**
     * A described speaker without the particle or preposition its cue's reading left at its end, and the verb before a
     * particle ("The organization behind" → "The organization", "a columnist offers up" → "a columnist", "the BBC sums
     * up" → "the BBC", "the paper walked back" → "the paper"); the speaker as it is otherwise, or null when nothing but
     * an article would be left.
     */
    static String withoutDanglingParticle(String p) {
        if (p == null || p.indexOf(' ') < 0) {
            return p;
        }
        String[] w = Words.splitOnSpaces(p);
        int n = w.length;
        if (!DANGLING.contains(w[n - 1])) {
            return p; // nearly every speaker: the cheap test first
        }
        n--;
        if (n >= 3 && PARTICLES.contains(w[n]) && verbBeforeParticle(w[n - 1])) {
            n--; // "offers up", "walked back", "put out": the verb goes with its particle
        }
        if (n == 0 || n == 1 && ARTICLES.contains(w[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOf(w, n));
    }

    /**
     * A described speaker without how they spoke, which the cue's reading left at its end ("a spokeswoman in a statement"
     * → "a spokeswoman", "a current department official in an email"): a preposition, an article or an owner's word and a
     * word for a message, or for when ("on his return"); the speaker as it is otherwise.
     */
    static String withoutMannerPhrase(String p) {
        if (p == null || p.indexOf(' ') < 0) {
            return p;
        }
        String[] w = Words.splitOnSpaces(p);
        int n = w.length;
        if (n < 5 || !Phrases.ARTICLES_AND_OWNERS.contains(w[n - 2])) {
            return p;
        }
        boolean message = MESSAGES.contains(w[n - 1]) && MANNER_PREPOSITIONS.contains(w[n - 3]);
        boolean when = OCCASIONS.contains(w[n - 1]) && w[n - 3].equals("on"); // "… of the Red Cross on his return"
        if (!message && !when) {
            return p;
        }
        return String.join(" ", java.util.Arrays.copyOf(w, n - 3));
    }

    private static final java.util.Set<String> MESSAGES = Lexicon.of("statement", "email", "e-mail", "interview", "letter",
            "tweet", "post", "memo", "message", "release", "speech", "call", "text", "op-ed", "filing", "note");
    private static final java.util.Set<String> MANNER_PREPOSITIONS = Lexicon.of("in", "via", "through");
    private static final java.util.Set<String> OCCASIONS = Lexicon.of("return", "arrival", "departure");

    /** Whether a lower-case word before a particle is a verb's form: "offers", "walked", "leading", "put", "shut". */
    private static boolean verbBeforeParticle(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        return word.endsWith("ed") || word.endsWith("ing") || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                || Subjects.irregularPast(word);
    }

    /** Words no speaker's description ends with: prepositions and particles left after a verb or before its object. */
    private static final java.util.Set<String> DANGLING = Lexicon.of("up", "out", "off", "over", "back", "down",
            "behind", "about", "from", "into", "of", "to", "with", "for", "by");

    /** The particles of phrasal verbs: "sums up", "walked back", "put out". */
    private static final java.util.Set<String> PARTICLES = Lexicon.of("up", "out", "off", "over", "back", "down");

    /**
     * A name read across a full stop run into the next sentence ("Fox News Sunday.But Graham", "the Hill reported.Conant"):
     * the part after the stop, which the sentence it opens names.
     */
    static String afterRunTogetherStop(String p) {
        if (p == null) {
            return null;
        }
        for (int i = p.lastIndexOf('.'); i > 0; i = p.lastIndexOf('.', i - 1)) {
            if (Phrases.runTogether(p, i)) {
                return p.substring(i + 1);
            }
        }
        return p;
    }

    /**
     * A name without a title run into it with no space ("Sen.Ted Cruz", "Florida Rep.Vern Buchanan": text copied with a
     * space lost): the name after the title, as it is shown.
     */
    static String withoutGluedTitle(String p) {
        if (p == null || p.indexOf('.') < 0) {
            return p;
        }
        java.util.regex.Matcher m = GLUED_TITLE.matcher(p);
        return m.find() ? p.substring(m.end()) : p;
    }

    private static final java.util.regex.Pattern GLUED_TITLE = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:Sen|Rep|Reps|Gov|Lt|Gen|Col|Sgt|Capt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|Sens)\\.(?=\\p{Lu}\\p{Ll}+\\s+\\p{Lu})");

    private static final java.util.Set<String> CONNECTIVES = Lexicon.of("as", "but", "and", "yet", "thus", "hence",
            "while", "when", "whereas", "meanwhile", "however");

    /** Nouns for a person, other than relatives ({@link Relatives}), that tell their sex: "a spokeswoman", "the congressman". */
    private static final Set<String> WOMEN = Lexicon.of("spokeswoman", "woman", "chairwoman", "congresswoman", "businesswoman",
            "councilwoman", "girl", "lady", "actress");
    private static final Set<String> MEN = Lexicon.of("spokesman", "man", "chairman", "congressman", "businessman", "councilman",
            "boy", "actor");

    /**
     * Whether a described source ("a spokeswoman for the county mayor", "a White House official", "his mother") may be
     * the "he" or "she" ({@code sex} 'm' or 'f'): its words tell no sex, or the same one.
     */
    static boolean describedSexFits(String description, char sex) {
        for (String w : Words.splitOnSpaces(description)) {
            String lower = w.toLowerCase(java.util.Locale.ROOT);
            char told = WOMEN.contains(lower) ? 'f' : MEN.contains(lower) ? 'm' : Relatives.sexOfKinWord(lower);
            if (told != '?') {
                return told == sex;
            }
        }
        return true;
    }
}
