package org.gazette.quotes;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last resort of the sieve for a partial quotation inside a sentence with no verb of speech: the sentence's
 * subject ("Japan branded North Korea an “…”"), unless the subject only opens a longer one ("Russian warplanes
 * are …", "One of the new measures …"), which names no one; and the groups a sentence describes ("The pro-Trump
 * chalkers"), whose short quotations are no speech.
 */
final class SentenceSubject {
    private SentenceSubject() { }

    /**
     * A subject that names no one ("Russian warplanes", "One of the measures"): without a letter, it is read as a cued
     * speaker left unnamed (no speaker, and none to continue), as a number read as a subject is.
     */
    private static final String NO_ONE = "\u0000";

    /** Prepositions of place that open a sentence: the name after one is where, not who ("In America the …"). */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = Lexicon.of("in", "at", "across", "outside", "inside",
            "near", "throughout", "within", "around");

    /**
     * No speech verb, but the quote sits in a sentence that opens with a person's name ("Clinton compared the
     * president to a duck, “…”"): the sentence's subject is the speaker.
     */
    private static final Pattern SUBJECT_NAME = Pattern.compile("^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)\\s+\\p{Ll}");

    /**
     * A description of a person that opens the sentence, then their name set off by commas, then the verb in lower case:
     * "Her deputy, Steny Hoyer, shrugged …", "The group's president, Jane Doe, called …", "Twitter’s head of site integrity, Yoel
     * Roth, has attacked …" (an owner for the determiner).
     */
    private static final Pattern APPOSITIVE_NAME = Pattern.compile("(?:His|Her|Their|Its|Our|The|A|An|\\p{Lu}[\\p{L}.&-]*(?:’s|'s))\\s+"
            + "(?:[\\p{L}'’-]+\\s+){0,3}?\\p{Ll}[\\p{L}'’-]*,\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}\\p{Lu}[\\p{L}'’-]*),\\s+\\p{Ll}");

    /** Whether {@code name} opens {@code rest} and a past tense, a verb of speech or an auxiliary follows it. */
    private static boolean verbAfterName(String rest, String name) {
        if (!rest.startsWith(name + " ")) {
            return false;
        }
        String next = Words.firstOnSpaces(rest.substring(name.length() + 1));
        return !next.isEmpty() && Character.isLowerCase(next.charAt(0)) && (next.endsWith("ed") || Phrases.isVerb(next)
                || next.equals("has") || next.equals("had") || next.equals("is") || next.equals("was") || presentTense(next));
    }

    /** A verb's present tense after one name ("finds", "thinks"), not a plural noun ("officers", "residents", "activists"). */
    private static boolean presentTense(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ers") && !word.endsWith("ors")
                && !word.endsWith("ists") && !word.endsWith("ans") && !word.endsWith("ents") && !word.endsWith("ants")
                && !word.endsWith("ees") && !word.endsWith("ies") && !word.endsWith("als");
    }

    /** Past participles that give what something is called ("is called", "has been dubbed", "was described as"). */
    private static final java.util.Set<String> NAMING_PARTICIPLES = Lexicon.of("called", "dubbed", "labeled", "labelled",
            "branded", "nicknamed", "described", "hailed", "touted", "derided", "known", "seen", "viewed", "regarded", "deemed",
            "considered", "termed", "named");
    private static final java.util.Set<String> AUXILIARIES = Lexicon.of("is", "are", "was", "were", "be", "been", "being",
            "he\u2019s", "she\u2019s", "it\u2019s", "he's", "she's", "it's");

    /**
     * Whether the sentence up to the quotation names it in the passive ("Giuliani … is described as a “…”", "He’s been
     * called an “…”", "the program, which is called the “…”"): what others call the subject, not the subject's words.
     */
    private static boolean namedInPassive(String t) {
        int end = Phrases.endPastArticles(t, t.length());
        String last = Phrases.lastWord(t, end);
        if (!NAMING_PARTICIPLES.contains(last)) {
            return false;
        }
        end = Words.spaceStartBefore(t, end) - last.length();
        String before = Phrases.lastWord(t, end);
        if (before.endsWith("ly") || before.equals("since") || before.equals("also") || before.equals("often") || before.equals("now")) {
            end = Words.spaceStartBefore(t, end) - before.length(); // "is widely seen as", "has since been dubbed"
            before = Phrases.lastWord(t, end);
        }
        return AUXILIARIES.contains(before);
    }

    /** Words that open a phrase of when or where before a sentence's subject. */
    private static final java.util.Set<String> SCENE_LEADERS = Lexicon.of("in", "on", "at", "during", "later", "earlier",
            "last", "yesterday", "today", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "meanwhile"); // not "after", "before", "since": they open clauses ("After Gaetz made his statement, …")
    /** Whether the text holds a party's letter, a hyphen and a capital ("D-Mass", "R-Calif"): asked before the pattern. */
    private static boolean partyBeforeState(String t) {
        for (int i = t.indexOf('-', 1); i > 0 && i + 1 < t.length(); i = t.indexOf('-', i + 1)) {
            char p = t.charAt(i - 1);
            if ((p == 'R' || p == 'D' || p == 'I') && Character.isUpperCase(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A party and state set off after a name: ", D-Mass.,", " (R-Calif.)", ", D-N.Y.,". */
    private static final Pattern PARTY_AND_STATE = Pattern.compile(
            ",\\s*[RDI]-[A-Z][A-Za-z.]{0,12}(?:\\s[A-Z][a-z.]{1,10})?,|\\s*\\([RDI]-[A-Z][A-Za-z. ]{0,16}\\)");

    /** Words that open a leading clause with a verb of its own, before the main clause's subject. */
    private static final java.util.Set<String> CLAUSE_LEADERS = Lexicon.of("after", "before", "since", "when", "while",
            "although", "though", "because", "once", "until", "whenever");

    /**
     * Whom the subject of {@code sentence} (up to the quotation) names, as a cue would give it: a pronoun, a phrase
     * that hands over to the quotation with a colon or comma, a name that opens the sentence; {@link #NO_ONE} when its
     * capitalised words only open a longer subject; null when it has none.
     */
    static String of(String sentence) {
        String s = subjectOf(sentence);
        // "For those who grew up celebrating Christmas, it can be hard to conceive of …": an "it" that stands for nothing
        return s != null && s.startsWith(Phrases.HE) && EXPLETIVE_IT.matcher(sentence).find() ? null : s;
    }

    /**
     * An "it" opening the sentence (or its clause after a leading phrase) that stands for what comes after: "it can be
     * hard to …", "It is clear that …", "it's natural to assume"; not a participle's ("It was also committed to stamping
     * out …": the government).
     */
    private static final Pattern EXPLETIVE_IT = Pattern.compile("(?:^\\s*|, )[Ii]t(?:['’]s|\\s+(?:is|was|can be|could be"
            + "|would be|will be|may be|might be|must be|seems|seemed|remains|remained|becomes|became|has been|had been))"
            + "\\s+(?:(?!\\p{L}+ed\\s)\\p{L}+\\s+){0,2}?(?:to|that)\\b");

    private static String subjectOf(String sentence) {
        String t = sentence.strip();
        if (partyBeforeState(t)) {
            // "Sen. Elizabeth Warren, D-Mass., called it “…”", "Rep. Hank Johnson (D-Ga.) chided": the party and state
            // say nothing of who the subject is
            t = PARTY_AND_STATE.matcher(t).replaceAll("");
        }
        // a leading clause may name who does the naming ("When PolitiFact examined the claim, it was labeled “Mostly True.”")
        if (t.length() < 8 || namedInPassive(t) && !Subjects.LEADERS.contains(Words.firstOnSpaces(t).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String first = Words.firstOnSpaces(t);
        Matcher named = !t.isEmpty() && Character.isUpperCase(t.charAt(0)) ? SUBJECT_NAME.matcher(t) : null;
        int subjectEnd = Phrases.pronounPhrase(first) ? first.length() : named != null && named.lookingAt() ? named.end(1) : -1;
        if (subjectEnd > 0 && !Subjects.LEADERS.contains(first.toLowerCase(java.util.Locale.ROOT)) && passiveAfter(t, subjectEnd)) {
            return null; // "Latson was fired on grounds of “…”", "Fox News was told that …": done to the subject, not said
        }
        String lead = first.toLowerCase(java.util.Locale.ROOT);
        if (lead.endsWith(",") && Subjects.isCommaAdverb(lead.substring(0, lead.length() - 1))
                && t.length() > first.length() + 1) {
            // "Similarly, Gallup finds public approval … is “…”", "Afterward, Mr. Walsh congratulated those who “…”": a
            // person, or one name and a verb after it; not "it" ("Additionally, it bolsters the argument …"), nor a
            // capitalised word opening another subject ("Previously, California officers …")
            String rest = t.substring(first.length() + 1).strip();
            String after = of(rest);
            String opening = Words.firstOnSpaces(rest).toLowerCase(java.util.Locale.ROOT);
            if (after == null || opening.equals("it") || opening.equals("it’s") || opening.equals("it's")) {
                return null;
            }
            return Phrases.isPronoun(after) || after.indexOf(' ') > 0 || verbAfterName(rest, after) ? after : null;
        }
        if (SCENE_LEADERS.contains(lead)) {
            // "In his statement on Monday, Coons pointed to “…”", "On Tuesday, the senator called it “…”": a phrase of when
            // or where, then the subject (not "According to CNN, Tribe is “…”": a source, which the credit passes read)
            int comma = t.indexOf(", ");
            if (comma > 0 && comma < 80 && comma + 2 < t.length() && Character.isUpperCase(t.charAt(comma + 2))
                    && Phrases.lastVerb(t.substring(0, comma)) < 0) {
                return of(t.substring(comma + 2));
            }
        }
        int clauseComma = CLAUSE_LEADERS.contains(lead) ? t.indexOf(", ") : -1;
        if (clauseComma > 0 && clauseComma < 160 && clauseComma + 2 < t.length() && Character.isUpperCase(t.charAt(clauseComma + 2))
                && t.substring(0, clauseComma).split(" ").length >= 3) {
            // "After Gaetz made his statement, Rep. Hank Johnson chided him for “…”": a quotation in the main clause is its
            // subject's, not the leading clause's (one inside the leading clause, before its comma, stays that clause's)
            return of(t.substring(clauseComma + 2));
        }
        String open = withoutClosingMarks(t);
        Matcher appositive = APPOSITIVE_NAME.matcher(open);
        if (appositive.lookingAt()) {
            String run = appositive.group(1);
            String person = Names.personAtEnd(run);
            if (person != null && person.indexOf(' ') > 0 && run.strip().equals(person)
                    && !Names.participle(run, 0, run.indexOf(' '))) { // not "The initiative, Redistricting U, will …"
                // "Her deputy, Steny Hoyer, shrugged it off as a “…”": the name set off after its description; not when
                // the verb is done to them ("A Malaysian lawmaker, Fuziah Salleh, has been charged for causing “…”")
                return passiveAfter(open, appositive.end(1) + 1) ? null : person;
            }
        }
        if (Phrases.pronounPhrase(first)) {
            // "They …" is several people; "It …" and "We …" are left to the person pronouns' reading here (as "it"
            // after a cue, they gave more wrong speakers than right ones)
            return Phrases.HE + (first.equalsIgnoreCase("they") ? Phrases.PLURAL
                    : first.equalsIgnoreCase("i") || first.equalsIgnoreCase("we") ? Phrases.FIRST_PERSON : Genders.of(first));
        }
        if (t.endsWith(",") || t.endsWith(":")) { // "The email began, "…"": the sentence hands over to the quote
            String head = Subjects.head(t.substring(0, t.length() - 1));
            String s = head == null ? null : SpeakerPhrase.speaker(head, false);
            if (s != null) {
                return s;
            }
        }
        String group = describedGroup(t);
        if (group != null) {
            return group; // "The pro-Trump chalkers scrawled the campaign slogan "…"": the people the sentence is about
        }
        String asideAfter = nameBeforeAside(t);
        if (asideAfter != null) {
            return asideAfter;
        }
        Matcher m = named;
        if (m == null || subjectEnd < 0) { // anchored: find() would try the pattern at every char
            return null;
        }
        String owned = ownersPeople(t, m.group(1), m.end(1));
        if (owned != null) {
            return owned; // "Trump's lawyer called it “…”": the lawyer, not Trump
        }
        int firstEnd = t.indexOf(' ');
        if (firstEnd > 0 && firstEnd <= m.end(1) && Subjects.opensWithParticiple(t, 0, firstEnd)) {
            if (firstEnd == m.end(1)) {
                // "Addressing the council afterwards, Wang Yi rejected “…”": a participle alone, then its phrase, names no
                // one ("Golding said" does, "Acting Director Joseph Maguire" is a title), nor is it a person a later "he"
                // refers to. (Reading on after the phrase's comma made a speaker of whoever followed it as often wrongly
                // as rightly: "According to CNN, Tribe is “…”".)
                return null;
            }
            // "Denouncing Obama's response, Glenn Beck …": the name after an opening participle is its object; the
            // subject comes after the phrase's comma
            int comma = t.indexOf(", ", firstEnd);
            return comma > 0 && comma < 160 ? of(t.substring(comma + 2)) : null; // else left to the passes after
        }
        String name = Names.personAtEnd(m.group(1));
        if (name != null && PLACE_PREPOSITIONS.contains(first.toLowerCase(java.util.Locale.ROOT))
                && m.group(1).equals(first + " " + name)) {
            return null; // "In America the “local” problems …": the place the phrase opens with, not the sentence's subject
        }
        // (also after a run that is a modifier, no name: "Media-bashing conservative activist Brent Bozell took aim")
        String run = m.group(1);
        String described = name == null && !Names.compoundModifier(run, run.lastIndexOf(' ') + 1, run.length()) ? null
                : nameAfterDescription(t, m.end(1));
        if (described != null) {
            // "Earlier Tory leader Michael Howard sent Mr Bush his "…"": Howard, not "Tory" (only in place of a name
            // read before: a sentence that names no one here keeps its quotation out of speech)
            return described;
        }
        String subject = name == null && Names.isInstitutionName(m.group(1)) ? m.group(1) : name; // "The Supreme Court invalidated"
        if (subject != null && opensLongerSubject(t, m.end(1))) {
            return NO_ONE; // "Russian warplanes are backing …": the quotation is the sentence's, but "Russian" said nothing
        }
        String modified = name == null ? null : nameAsModifier(t, m.group(1), m.end(1));
        // "The Sanders campaign held an online “…”": the campaign, not Sanders
        return modified != null ? modified : subject;
    }

    /**
     * The people a name's owner's mark and a noun for people name as the subject ("Trump's lawyer", "Hussain's family"),
     * or null: no owner's mark, or a thing after it ("Trump's tweet called it “…”" is Trump's words).
     */
    private static String ownersPeople(String t, String run, int end) {
        if (!run.endsWith("'s") && !run.endsWith("\u2019s") || end + 1 >= t.length()) {
            return null;
        }
        int w = end + 1;
        int e = lowerWordEnd(t, w);
        if (e == w || e < t.length() && t.charAt(e) != ' ' || !OWNED_PEOPLE.contains(t.substring(w, e))) {
            return null;
        }
        // not before their name ("Trump's adviser Kellyanne Conway issued"): the words after read it
        if (e + 1 < t.length() && Character.isUpperCase(t.charAt(e + 1))) {
            return null;
        }
        int n = lowerWordEnd(t, e + 1);
        // nor a noun the word goes on into ("Trump's campaign promise", "Kuchma's family members", "the South's campaign
        // of", "New York's attorney general")
        return n > e + 1 && COMPOUND_HEADS.contains(t.substring(e + 1, n)) ? null : run + " " + t.substring(w, e);
    }

    /** Where the run of lower-case letters from {@code from} ends. */
    private static int lowerWordEnd(String t, int from) {
        int e = from;
        while (e < t.length() && Character.isLowerCase(t.charAt(e))) {
            e++;
        }
        return e;
    }

    private static final java.util.Set<String> COMPOUND_HEADS = Lexicon.of("of", "general", "promise", "promises",
            "member", "members", "manager", "managers", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
            "staff", "staffers", "official", "officials", "ad", "ads", "trail", "office", "headquarters", "account", "website",
            "event", "events", "rally", "memo", "email", "emails", "statement", "plan", "chief", "aide", "aides", "lawyer",
            "lawyers", "team", "doctor", "friend", "friends", "adviser", "advisers", "pledge", "slogan", "video", "literature");

    /** Nouns for people an owner's mark ties to someone: who they are speaks, not the one named. */
    private static final java.util.Set<String> OWNED_PEOPLE = Lexicon.of("family", "parents", "wife", "husband", "son",
            "daughter", "mother", "father", "brother", "sister", "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides",
            "spokesman", "spokeswoman", "spokesperson", "campaign", "team", "allies", "supporters", "critics", "friends",
            "adviser", "advisers", "advisor", "advisors", "staff", "doctor", "doctors", "children", "widow", "relatives",
            "defenders", "backers", "lawmakers", "officials");

    /**
     * "Bobbi Kilberg, a Republican bundler from Virginia, expressed optimism that Christie may “…”": a full name opening the
     * sentence, an aside about it set off by commas, then a verb in lower case, not in the passive. The person, or null.
     */
    private static String nameBeforeAside(String t) {
        int comma = t.indexOf(", ");
        if (comma < 3 || comma > 60 || t.indexOf(' ') >= comma) {
            return null; // not two words or more before the comma
        }
        int close = t.indexOf(", ", comma + 2);
        if (close < 0 || close - comma > 140 || close + 2 >= t.length() || !Character.isLowerCase(t.charAt(close + 2))) {
            return null;
        }
        String aside = t.substring(comma + 2, close);
        String opening = Words.firstOnSpaces(aside);
        boolean relative = opening.equals("who") || opening.equals("whose");
        // what the person is ("a doctor", "the top House Democrat", "who lost to Trump", "D-Calif.", "65"), not a clause
        // of its own ("sensing an opening …", "according to a person who …", "protesters carried signs")
        boolean describes = relative || ASIDE_OPENERS.contains(opening) || !opening.isEmpty() && Character.isDigit(opening.charAt(0))
                || Names.isPartyAndState(aside);
        if (!describes || !relative && Subjects.holdsFiniteVerb(aside) || !CueBefore.isAppositive(aside)) {
            return null;
        }
        String run = t.substring(0, comma);
        String person = Names.personAtEnd(run);
        if (person == null || !run.equals(person)) {
            return null; // the whole of the words before the comma a name
        }
        return passiveAfter(t, close + 2) ? null : person;
    }

    /** Words an aside describing a person opens with: "a doctor", "the former governor", "his spokesman", "one of …". */
    private static final Set<String> ASIDE_OPENERS = Lexicon.of("a", "an", "the", "one", "another", "his", "her", "their", "its",
            "then", "now", "also", "herself", "himself", "formerly", "once");

    /**
     * Whether the verb right after the subject ending at {@code at} is in the passive: a form of "be" (after "has",
     * "will" and the like), perhaps an adverb ("widely", "also"), then a past participle ("Latson was fired", "Pence was pilloried by
     * hardliners, who labeled …", "It is claimed that"). What is done to the subject tells nothing of what it said; a
     * state of mind does ("Obama has been frustrated by his inability to “…”").
     */
    static boolean passiveAfter(String sentence, int at) {
        Words w = new Words(sentence, at, Math.min(sentence.length(), at + 60));
        if (!w.next()) {
            return false;
        }
        String word = w.word();
        if (HAVE_OR_MODAL.contains(word)) {
            if (!w.next() || BETWEEN_AUXILIARIES.contains(w.word()) && !w.next()) { // "has also been", "had since been"
                return false;
            }
            if (!(w.word().equals("been") || w.word().equals("be"))) {
                return false;
            }
        } else if (!BE_FORMS.contains(word)) {
            return false;
        }
        if (!w.next()) {
            return false;
        }
        word = w.word();
        if (word.endsWith("ly") && word.length() > 4 || BETWEEN_AUXILIARIES.contains(word)) { // "was also charged"
            if (!w.next()) {
                return false;
            }
            word = w.word();
        }
        return (word.endsWith("ed") && word.length() > 4 || IRREGULAR_PARTICIPLES.contains(word)) && !STATES_OF_MIND.contains(word)
                && !SPEECH_PASSIVES.contains(word);
    }

    private static final Set<String> BE_FORMS = Lexicon.of("is", "are", "was", "were");
    /** Adverbs between an auxiliary and what follows it: "has also been", "was since charged", "had already been". */
    private static final Set<String> BETWEEN_AUXILIARIES = Lexicon.of("also", "since", "already", "just", "now", "still",
            "never", "long", "recently", "later", "again", "once", "twice");
    private static final Set<String> HAVE_OR_MODAL = Lexicon.of("has", "have", "had", "will", "would", "could", "may", "might",
            "must", "should", "can");
    private static final Set<String> IRREGULAR_PARTICIPLES = Lexicon.of("told", "given", "shown", "taken", "taught", "caught",
            "held", "sold", "found", "brought", "kept", "left", "sent", "built", "beaten", "driven", "written", "chosen",
            "stolen", "broken", "hidden", "thrown", "sworn", "hit", "cut", "put", "struck", "bitten", "forgiven", "forbidden");

    /** Passives that report the subject's own words ("Trump was quoted as …", "was heard saying", "was caught on tape"). */
    private static final Set<String> SPEECH_PASSIVES = Lexicon.of("quoted", "heard", "overheard", "recorded", "caught",
            "reported", "filmed", "videotaped", "taped");

    /** Participles that tell how the subject feels or stands, so that the sentence may go on with its words. */
    private static final Set<String> STATES_OF_MIND = Lexicon.of("concerned", "worried", "frustrated", "pleased", "excited",
            "interested", "determined", "convinced", "committed", "prepared", "scared", "surprised", "disappointed",
            "alarmed", "confused", "delighted", "thrilled", "upset", "relieved", "satisfied", "encouraged", "troubled",
            "dismayed", "amazed", "impressed", "annoyed", "embarrassed", "ashamed", "horrified", "inspired", "opposed",
            "involved", "engaged", "focused", "dedicated", "obsessed", "tired", "unimpressed", "undeterred", "adamant",
            "angered", "outraged", "incensed", "offended", "shocked", "stunned", "infuriated", "pained", "saddened");

    /**
     * The sentence without the closing marks of a quotation that ended the sentence before ("… was “an exercise.” Her
     * deputy, Steny Hoyer, shrugged …"): the sentence starts after its stop, inside the marks. (Only the appositive is
     * read past them: the other readings took "Very", "Months" and "Contrast" for names there.)
     */
    private static String withoutClosingMarks(String t) {
        int i = 0;
        while (i < t.length() && "\"\u201D\u2019'".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        return i == 0 ? t : t.substring(i).stripLeading();
    }

    /**
     * Whether the capitalised words ending at {@code at} only open the sentence's subject: "of" follows them ("One of
     * the new measures banned"), or a noun and then an auxiliary ("Russian warplanes are backing", "Clinton aides were
     * told"). The subject is then what they describe, not a name they make.
     */
    private static boolean opensLongerSubject(String sentence, int at) {
        Words w = new Words(sentence, at, Math.min(sentence.length(), at + 60));
        if (!w.next()) {
            return false;
        }
        String first = w.word();
        if (first.equals("of")) {
            return true;
        }
        if (Phrases.auxiliaryOrAdverb(first) || !w.next()) {
            return false;
        }
        String second = w.word();
        if (pluralNoun(first) && second.endsWith("ly") && w.next()) {
            second = w.word(); // "News reports routinely describe …": an adverb before the verb
        }
        // "Russian warplanes are backing …"; "Court documents said", "Morsi's supporters canceled": a plural noun
        // after the capital, then its verb (not "Berner states optimistically": a verb after a name); or joined to
        // another ("Immigration judges and lawyers assailed …")
        if (pluralNoun(first) && second.equals("and")) {
            // another plural, then a verb: "judges and lawyers assailed", not two verbs ("Trump sees and raises by")
            return w.next() && pluralNoun(w.word()) && w.next() && pluralSubjectsVerb(w.word());
        }
        return BE_HAVE_MODAL.contains(second) || pluralNoun(first) && !second.isEmpty() && Character.isLowerCase(second.charAt(0))
                && pluralSubjectsVerb(second);
    }

    /**
     * Where a name after "The" is a modifier of the noun after it, that noun then the verb ("The Sanders campaign held",
     * "The Obama administration has"): the whole noun phrase as a speaker where the noun is a body's, a paper's or a
     * role's, {@link #NO_ONE} for a time ("The Obama era gave us the banality that “…”"); else null.
     */
    private static String nameAsModifier(String sentence, String run, int runEnd) {
        if (!run.startsWith("The ") && !run.startsWith("the ")) {
            return null;
        }
        Words w = new Words(sentence, runEnd, Math.min(sentence.length(), runEnd + 60));
        if (!w.next() || w.start() != runEnd + 1) {
            return null;
        }
        String noun = w.word();
        int nounEnd = w.end();
        boolean time = TIMES.contains(noun);
        if (!w.next()) {
            return null;
        }
        if (!time && Names.allLowerCase(noun, 0, noun.length()) && w.start() == nounEnd + 1 && SPEAKING_NOUNS.contains(w.word())) {
            noun = w.word(); // "The Senate majority leader said", "The Trump campaign manager told": a word before the noun
            nounEnd = w.end();
            if (!w.next()) {
                return null;
            }
        }
        if (!time && !SPEAKING_NOUNS.contains(noun)) {
            return null; // of other things ("The Bush video came …") the sentence is not about a speaker: the name as before
        }
        String verb = w.word();
        if (!BE_HAVE_MODAL.contains(verb) && !pluralSubjectsVerb(verb) && !Phrases.isVerb(verb) && !IRREGULAR_VERBS.contains(verb)
                && !(verb.length() > 3 && verb.endsWith("s") && !verb.endsWith("ss") && Names.allLowerCase(verb, 0, verb.length()))) {
            return null;
        }
        if (!time && passiveAfter(sentence, nounEnd)) {
            return null; // "The Cuban revolutionary government was instituted to deny “…”": done to it, not said
        }
        // a body, a paper or a role the name marks speaks as itself
        return time ? NO_ONE : SpeakerPhrase.speaker(sentence.substring(sentence.indexOf(run), nounEnd), false);
    }

    /** Verbs in the past or present whose form tells no tense by its ending ("held", "gave", "took"). */
    private static final Set<String> IRREGULAR_VERBS = Lexicon.of("gave", "held", "took", "made", "brought", "got", "went",
            "came", "saw", "put", "set", "ran", "won", "lost", "left", "kept", "sent", "found", "began", "became", "led", "paid",
            "met", "wrote", "spoke", "thought", "felt", "knew", "chose", "drew", "broke", "built", "bought", "sought", "told",
            "said", "hit", "cut", "let", "quit", "spent", "stood", "struck", "threw", "understood", "won't", "can't");

    /** Bodies, papers and roles a name may mark, which speak as themselves ("The Trump campaign", "The Pew study"). */
    private static final Set<String> SPEAKING_NOUNS = Lexicon.of("administration", "campaign", "team", "camp", "government",
            "agency", "department", "ministry", "committee", "panel", "commission", "court", "study", "report", "survey",
            "poll", "analysis", "bill", "rule", "law", "plan", "proposal", "lawsuit", "suit", "ruling", "decision",
            "statement", "memo", "letter", "complaint", "indictment", "filing", "senator", "lawmaker", "governor",
            "congressman", "congresswoman", "mayor", "candidate", "leader", "official", "officials", "spokesman",
            "spokeswoman", "lawyer", "attorney", "minister", "lawmakers", "delegation", "plaintiffs", "prosecutors",
            "secretary", "whip", "chairman", "chairwoman", "spokesperson", "adviser", "aide", "manager", "director");

    /** Nouns of a time a name may mark ("The Obama era", "the Trump years"): no one speaks as it. */
    private static final Set<String> TIMES = Lexicon.of("era", "years", "age", "days", "decade", "presidency", "tenure", "term",
            "legacy", "reign", "regime");

    private static boolean pluralSubjectsVerb(String word) {
        return Phrases.isVerb(word) || word.endsWith("ed") || PLAIN_VERBS.contains(word);
    }

    /** Present-tense verbs that follow a plural subject: "Court records show", "Officials describe". */
    private static final Set<String> PLAIN_VERBS = Lexicon.of("show", "describe", "suggest", "indicate", "reveal", "state",
            "claim", "allege", "say", "note", "reflect", "list");

    /** A lower-case plural: "documents", "reports", "people"; not "press", "thus" nor "this". */
    private static boolean pluralNoun(String w) {
        return w.length() > 3 && Character.isLowerCase(w.charAt(0)) && !Phrases.SENTENCE_ADVERBS.contains(w)
                && (Phrases.pluralEnding(w) || w.equals("people"));
    }

    private static final java.util.Set<String> BE_HAVE_MODAL = union(BE_FORMS, HAVE_OR_MODAL);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Lexicon.copyOf(all);
    }

    /**
     * A sentence's subject that is people described, not named: a determiner, then words ending in a plural for people
     * ("The pro-Trump chalkers", "Some protesters", "Many analysts"), then a verb. Null for anything else.
     */
    private static String describedGroup(String sentence) {
        String first = Words.firstOnSpaces(sentence);
        if (!GROUP_DETERMINERS.contains(first)) {
            return null;
        }
        String head = Subjects.head(sentence);
        if (head == null || head.indexOf(' ') < 0 || head.length() >= sentence.length()) {
            return null;
        }
        String[] words = Words.splitOnSpaces(head);
        if (words.length > 5) {
            return null;
        }
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].endsWith("s") && Character.isLowerCase(words[i].charAt(0))) {
                return null; // "The statute allows police officers": a verb inside, not one group of people
            }
        }
        int after = head.length();
        boolean verbNext = after + 1 < sentence.length() && sentence.charAt(after) == ' '
                && Character.isLowerCase(sentence.charAt(after + 1));
        return verbNext && isDescribedGroup(head) ? head : null;
    }

    /** Whether a speaker is what {@link #describedGroup} finds: a determiner, and a plural for people last. */
    static boolean isDescribedGroup(String who) {
        String last = who.substring(who.lastIndexOf(' ') + 1);
        return GROUP_DETERMINERS.contains(Words.firstOnSpaces(who)) && !last.isEmpty() && Character.isLowerCase(last.charAt(0))
                && Subjects.groupOfPeople(last);
    }

    private static final Set<String> GROUP_DETERMINERS = Lexicon.of("The", "Some", "Many", "Several", "Most", "Other", "Two",
            "Three", "Dozens", "Hundreds", "Thousands");

    /**
     * The full name right after one to three lowercase description words from {@code from} on ("leader Michael
     * Howard sent …"), the capitalised run before them qualifying the description; null if no such name follows.
     */
    private static String nameAfterDescription(String t, int from) {
        String[] words = Words.splitOnSpaces(t.substring(from).strip());
        int j = SpeakerPhrase.afterDescription(words, 0);
        if (j < 0) {
            return null;
        }
        StringBuilder run = new StringBuilder();
        for (int k = j; k < words.length && !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0)); k++) {
            run.append(run.length() > 0 ? " " : "").append(SpeakerPhrase.NOT_NAME_CHARS.matcher(words[k]).replaceAll(""));
            if (words[k].endsWith(",")) {
                break;
            }
        }
        String r = run.toString();
        String person = r.indexOf(' ') > 0 ? Names.personAtEnd(r) : null;
        return person != null && person.indexOf(' ') > 0 && r.startsWith(person) ? person : null;
    }
}
