package org.gazette.quotes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sieve's cue after a quotation: the speaker named after its closing mark ("“…,” Stoltenberg said", "“…,” said
 * Kremlin spokesman Dmitry Peskov, who …", "“…” – Charles Krauthammer"), and the credit line under a pulled
 * quotation or in a roundup ("“…” Ruth Marcus, Washington Post").
 */
final class CueAfter {
    private CueAfter() { }

    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[.\"\u201D]+$");

    private static final Pattern AFTER_DASH_NAME = Pattern.compile("^\\s*[\u2015\u2014\u2013-]+\\s*(?<subj>[^(\n,]{2,60})");

    /** Whether the text opens, after blanks, with a dash that {@link #AFTER_DASH_NAME} reads. */
    private static boolean opensWithDash(String after) {
        int i = 0;
        while (i < after.length() && Character.isWhitespace(after.charAt(i))) {
            i++;
        }
        return i < after.length() && "\u2015\u2014\u2013-".indexOf(after.charAt(i)) >= 0;
    }

    /** The line after one or two line breaks from {@code from} (only blanks before them), if no longer than {@code max}. */
    static String nextLine(String text, int from, int max) {
        int i = from;
        int newlines = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i++) == '\n') {
                newlines++;
            }
        }
        if (newlines < 1 || newlines > 2 || i >= text.length()) {
            return null;
        }
        int end = text.indexOf('\n', i);
        end = end < 0 ? text.length() : end;
        return end - i > max ? null : text.substring(i, end);
    }

    /** The person a short line right after an unclosed quotation names first ("Mo Elleithee, director of …"). */
    static String creditLine(String text, int from) {
        String next = nextLine(text, from, 200);
        if (next == null) {
            return null;
        }
        String line = next.strip();
        int comma = line.indexOf(',');
        String first = TRAILING_CLOSERS.matcher(comma > 0 ? line.substring(0, comma) : line).replaceAll("").strip();
        for (String w : Words.splitOnSpaces(first)) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return null;
            }
        }
        String name = Names.personAtEnd(first);
        return name != null && name.indexOf(' ') > 0 && name.length() == first.length() ? name : null;
    }

    /**
     * Whether the words after a quotation open a sentence that reports what someone said in their own clause: a verb of
     * speech and "that" ("The theorist Hannah Arendt once wrote that …", "Jindal said that the nation needs …", "told
     * reporters that"). Such a sentence goes on to its own news; it names no one as this quotation's speaker.
     */
    static boolean opensReportedClause(String after) {
        int i = 0;
        int n = Math.min(after.length(), 120);
        while (i < n && (after.charAt(i) == ' ' || after.charAt(i) == '"' || after.charAt(i) == '\u201D')) {
            i++;
        }
        int verbStart = -1; // the word before the last, and the last word read
        int verbEnd = -1;
        int lastStart = -1;
        int lastEnd = -1;
        for (int words = 0; i < n && words < 12; words++) {
            int start = i;
            while (i < n && Character.isLetter(after.charAt(i)) || i < n && i > start && ".'\u2019-".indexOf(after.charAt(i)) >= 0
                    && i + 1 < n && Character.isLetter(after.charAt(i + 1))) {
                i++;
            }
            if (i == start) {
                return false; // a comma, a stop, a mark: the clause is not one that runs on to "that"
            }
            if (i - start == 4 && after.startsWith("that", start) && lastStart >= 0) {
                // "said that", or "told reporters that"
                return Phrases.isVerbAt(after, lastStart, lastEnd)
                        || verbStart >= 0 && after.startsWith("told", verbStart) && verbEnd - verbStart == 4;
            }
            verbStart = lastStart;
            verbEnd = lastEnd;
            lastStart = start;
            lastEnd = i;
            if (i < n && after.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }

    private static final WordSet CREDIT_PREPOSITIONS = new WordSet(Lexicon.of("to", "on", "in", "at", "via", "during"));

    /**
     * The person a dash credit names: the credit opens with the name, and what follows "to", "on" or "in" is whom or
     * where it was said ("— W. Joseph King to Inside Higher Ed", "— Joe Biden on Twitter"), when the words before it
     * are capitalised and name someone. Not "from" nor "with": what follows those is who ("— Statement from former
     * Gov. John H. Sununu", "— Interview with …").
     */
    static String creditedName(String subj) {
        Words words = new Words(subj, 0, subj.length());
        while (words.next()) {
            if (Character.isLowerCase(subj.charAt(words.start()))) {
                if (words.start() > 0 && CREDIT_PREPOSITIONS.contains(subj, words.start(), words.end())) {
                    String name = Names.personAtEnd(subj.substring(0, words.start()).strip());
                    if (name != null) {
                        return name;
                    }
                }
                break; // "— A mother told Sadiq Khan during …": a sentence, not a credit
            }
        }
        return Names.personAtEnd(subj);
    }

    /** The speaker a cue right after a quotation names ({@code after}: the text after its closing mark), or null. */
    static String trailing(String after) {
        String opening = openingAfter(after);
        if (startsAccordingTo(opening)) {
            return null; // "…" according to Reuters: the source, unless the sentence names a speaker (sourceAfter)
        }
        String credited = creditLine(opening);
        if (credited != null) {
            return credited; // "…" Ruth Marcus, Washington Post: a roundup's credit line
        }
        Matcher m = opensWithDash(after) ? AFTER_DASH_NAME.matcher(after) : null;
        // anchored: find() would try the pattern at every char; a credit opens with the name ("– Charles
        // Krauthammer"), not with a word of the sentence going on ("From Richard Nixon -- “…” -- to Bill Clinton")
        if (m != null && m.lookingAt() && Character.isUpperCase(m.group("subj").charAt(0))) {
            String subj = m.group("subj").strip();
            String name = creditedName(subj);
            if (name == null) {
                name = SpeakerPhrase.fullNameBeforeCueCloser(subj); // "– Charles Krauthammer on “Special Report”"
                int at = name == null ? -1 : subj.indexOf(name);
                String lead = at < 0 ? "" : subj.substring(0, at).strip();
                if (name != null && (at < 0 || !lead.isEmpty() && !Phrases.allCapitalised(Words.splitOnSpaces(lead)))) {
                    name = null; // "— A mother told Sadiq Khan during a forum": whom she told, not who
                }
            }
            if (name != null) {
                return name;
            }
        }
        int i = 0;
        while (i < after.length() && (Character.isWhitespace(after.charAt(i)) || ",;:\u2014\u2013-".indexOf(after.charAt(i)) >= 0)) {
            i++;
        }
        Words first = new Words(after, i, after.length()); // the words as Words reads them, without a matcher
        if (!first.next() || first.start() != i && !figureThenSpace(after, i, first.start())) {
            return null; // (a figure may open a name: "…," 38 North analyst Joseph Bermudez told CNN)
        }
        if (Character.isUpperCase(after.charAt(i)) && after.startsWith(" ", first.end()) && TIME_SPAN.matcher(after).region(i,
                after.length()).lookingAt()) {
            return null; // "“…” Four years later, Republicans took back …": a new sentence, whose cue is not this quotation's
        }
        if (first.end() - first.start() == 2 && after.startsWith("So", first.start())) {
            Words verb = new Words(after, first.end(), after.length()); // "…" So says Hillary Clinton of her rival
            if (verb.next() && Words.onlySpaceBetween(after, first.end(), verb.start()) && Phrases.isVerbAt(after, verb.start(), verb.end())) {
                first = new Words(after, verb.start(), after.length());
                first.next();
            }
        }
        // "…," calling DeSantis "…": a participle takes its object after it (the speaker is the sentence's subject)
        if (Phrases.isVerbAt(after, first.start(), first.end()) && !Phrases.isParticiple(after, first.start(), first.end())
                && !OBJECT_FIRST.contains(after, first.start(), first.end())) {
            int verbEnd = first.end();
            int end = verbEnd;
            while (end < after.length() && end - verbEnd < 80 && (",.;:!?\"\u201C\u201D\n".indexOf(after.charAt(end)) < 0
                    || after.charAt(end) == '.' && Phrases.abbreviationBefore(after, end))) { // "said Mr. Clyburn"
                end++;
            }
            end = wholeNameFrom(after, verbEnd, end);
            end = beforeTopic(after, verbEnd, end);
            String phrase = after.substring(verbEnd, end);
            if (pronounThenVerb(phrase)) {
                return null; // "“Fox News Sunday,” said she believes Congress will …": the sentence's own "said", not an inverted cue
            }
            boolean inverted = CueBefore.invertsSubject(after.substring(first.start(), verbEnd));
            if (inverted) {
                phrase = withoutDayAfterName(phrase); // "said Mulvaney Wednesday"; not "told CNN Business Friday": whom
            }
            String nameFirst = nameBeforeCueCloser(phrase, inverted);
            if (nameFirst != null) {
                return nameFirst; // "said Obama in Los Angeles on June 7 at the home of … Peter Chernin"
            }
            String appositive = appositiveName(after, end);
            if (SpeakerPhrase.ownersSpokesman(phrase.strip())) {
                return appositive != null ? appositive : phrase.strip(); // "said Donald Trump's lawyer, Rudy Giuliani"
            }
            String s = partyOrSpeaker(phrase, true, ""); // "…," said Stoltenberg
            if (appositive != null && (s == null || !Character.isUpperCase(s.charAt(0)) || Phrases.isPossessive(phrase))) {
                return appositive; // "said a spokeswoman for Trump hotels, Jennifer Rodstrom"
            }
            if (s != null) {
                return s;
            }
        }
        // "…," the report states. — a document's words: "states" is no verb of speech we list (it is as often a noun);
        // asked before the verbs after it ("the proposal states, adding that …")
        String document = SpeakerPhrase.documentStatingAt(after, i);
        if (document != null) {
            return document;
        }
        if (itStatesAt(after, i)) {
            return Phrases.HE + Phrases.NEUTER; // "…," it states. — the document the sentences before are about
        }
        String finding = SpeakerPhrase.bodyFindingAt(after, i);
        if (finding != null) {
            return finding; // "…," the federal appeals court ruled.
        }
        String alleging = SpeakerPhrase.allegingAt(after, i);
        if (alleging != null) {
            return alleging; // "…," the complaint alleges.
        }
        // "…," Stoltenberg said / "…," Hugh Hill, a doctor, said / "…," she added
        int limit = Math.min(after.length(), i + 190);
        // the first verb past any aside about the subject ("…,” Trump, who recently announced his list, said"), or, where
        // none follows it, the aside's own (a verb we do not list after it: "…,” Noah Berlatsky, who compares …, informs")
        Words w = new Words(after, i, limit);
        int before = -1; // where the word before w ends
        int beforeStart = -1;
        int firstStart = -1; // the first verb at all, inside an aside or not
        int firstEnd = -1;
        while (w.next()) {
            boolean noun = nounAt(after, beforeStart, before, w.start(), w.end());
            int previousStart = beforeStart;
            int previousEnd = before;
            beforeStart = w.start();
            before = w.end();
            if (w.start() > i && !noun && (Phrases.isVerbAt(after, w.start(), w.end())
                    || modalThenBaseVerb(after, previousStart, previousEnd, w.start(), w.end()))) {
                if (!insideAside(after, i, w.start())) {
                    return speakerBeforeVerb(after, i, w.start(), w.end());
                }
                if (firstStart < 0) {
                    firstStart = w.start();
                    firstEnd = w.end();
                }
            }
        }
        if (firstStart >= 0) {
            return speakerBeforeVerb(after, i, firstStart, firstEnd);
        }
        // "…," Brazile began. — how a speech opens, not a verb of speech in every sentence ("began to", "began his tour")
        Matcher began = after.indexOf("began", i) < 0 ? null : BEGAN.matcher(after).region(i, after.length());
        if (began != null && began.lookingAt()) {
            String who = began.group(1);
            return who.equalsIgnoreCase("he") || who.equalsIgnoreCase("she") ? Phrases.HE + Genders.of(who) : Names.personAtEnd(who);
        }
        // "…," Trump implored. — a name and a verb we do not list, closing a short sentence
        Matcher other = NAME_THEN_VERB.matcher(after).region(i, after.length());
        if (other.lookingAt()) {
            return Names.personAtEnd(other.group(1));
        }
        // "…," he boomed. / "…," she chuckled, — the same with "he" or "she" and a past tense
        Matcher pronoun = PRONOUN_THEN_VERB.matcher(after).region(i, after.length());
        return pronoun.lookingAt() ? Phrases.HE + Genders.of(pronoun.group(1)) : null;
    }

    /**
     * The person a long phrase before a cue's verb names after an office's capitalised words, joined by "of", "for",
     * "and", "on" or "the" only ("then-Assistant Secretary of Defense for International Security Affairs Robert Karem"),
     * from a known first name on; null when a word is not an office's or no first name opens the name.
     */
    static String titledPersonAtEnd(String head) {
        String[] words = Words.splitOnSpaces(head.strip());
        int first = -1;
        for (int k = words.length - 2; k >= 0 && first < 0; k--) {
            if (FirstNames.genderOfFirstName(words[k]) != '?') {
                first = k;
            }
        }
        if (first <= 0 || words.length - first > 4) {
            return null;
        }
        for (int k = 0; k < words.length; k++) {
            String w = words[k];
            int hyphen = w.indexOf('-'); // "then-Assistant", "ex-Deputy"
            if (k == 0 && hyphen > 0 && hyphen + 1 < w.length() && Character.isLowerCase(w.charAt(0))) {
                w = w.substring(hyphen + 1);
            }
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !(k < first && Names.CONNECTORS.contains(w))
                    || k >= first && !Character.isLetter(w.charAt(w.length() - 1)) && !w.endsWith(".")) {
                return null;
            }
        }
        String name = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        return name.equals(Names.personAtEnd(name)) ? name : null;
    }

    /**
     * Whether {@code s[from, to)} is digits and then spaces only, no share ("72 percent") after them; or digits and the
     * hyphen of an age the word at {@code to} goes on with ("31-year-old England fan Robert Williams").
     */
    private static boolean figureThenSpace(String s, int from, int to) {
        int k = from;
        while (k < to && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
            k++;
        }
        if (k > from && k + 1 == to && s.charAt(k) == '-') {
            return s.startsWith("year-old ", to); // not a score or a vote ("…," 52-48 the Senate voted)
        }
        if (k == from || k == to || s.charAt(k) != ' ') {
            return false;
        }
        while (k < to && s.charAt(k) == ' ') {
            k++;
        }
        return k == to && !s.startsWith("percent", to) && !s.startsWith("per cent", to); // not a poll's share
    }

    /**
     * The speaker the words {@code after[from, verbStart)} name before the cue's verb at {@code [verbStart, verbEnd)}:
     * "…," Stoltenberg said / "…," Hugh Hill, a doctor, said / "…," she added; null where they name none.
     */
    private static String speakerBeforeVerb(String after, int from, int verbStart, int verbEnd) {
        // "Lavrov was quoted as" saying; "she is fond of" saying, "Clinton went on to" say
        String subj = withoutLeadIn(withoutPassiveReport(after.substring(from, verbStart)));
        String semicolonListed = CueBefore.firstOfSemicolonList(subj);
        if (semicolonListed != null) {
            return semicolonListed; // "…," Sens. Rand Paul, R-Ky.; Ted Cruz, R-Texas; and Mike Lee, R-Utah, said
        }
        if (Phrases.otherSentence(subj)) {
            return null; // another sentence or quote came between: not this quote's cue
        }
        String quoted = quotedAs(subj);
        if (quoted != null) {
            return quoted; // "…," The Guardian quoted her as saying: the one quoted, not the paper
        }
        String lead = subj.strip().toLowerCase(Locale.ROOT);
        String[] commas = subj.split(",");
        // "…," Hugh Hill, a doctor, said / "…," Jesse Thomas, the acting CEO, recently told me
        boolean described = commas.length >= 3 && Phrases.stripAuxiliaries(commas[commas.length - 1].strip()).isEmpty();
        String head = described ? commas[0] : subj;
        if (described && SpeakerPhrase.personWithTitles(commas[0]) == null && (SpeakerPhrase.personWithTitles(commas[1]) != null
                || ownersDescription(commas[0]) && oneName(commas[1].strip()))) {
            // "…," Energean's chief executive, Matthaios Rigas, told the FT; "…," their younger sister, Juanita, told me
            head = commas[1];
        }
        String listed = commas.length >= 2 ? CueBefore.firstOfListedNames(commas) : null;
        // the names right after the quotation, nothing before them ("…” at a meeting, Boehner, Cantor and
        // McCarthy announced" is no cue of the words quoted inside the opening phrase)
        if (listed != null && listed.equals(Names.personAtEnd(commas[0].strip()))) {
            return listed; // "…," Rand Paul, Ted Cruz and Mike Lee said: the first of them, as before a quotation
        }
        if (commas.length == 2 && Names.personAtEnd(commas[1].strip()) != null
                && Character.isUpperCase(commas[1].strip().charAt(0)) && commas[1].strip().split(" ").length <= 5) {
            head = commas[1]; // "… and enact her agenda, Mr. Clyburn said"
        } else if (lead.equals("and") || lead.startsWith("and ") || lead.startsWith("while ") || lead.startsWith("but ")
                || lead.startsWith("or ") || lead.startsWith("when ")) {
            // "… "reckless" and said": the sentence's own subject, found by other passes; "…," when Clinton
            // blasted him: what happened as it was said, not who said it
            return null;
        }
        if (head.contains(",") || head.length() > 80) {
            // "…," Katie Hill, a spokesperson for Obama told ABC News / "…," Edward Marshall, a trader at
            // Global Risk, was quoted as saying: a full name, then whatever describes it, then the verb
            String titled = head.contains(",") ? null : titledPersonAtEnd(head);
            // "Rep. Bruce Braley, an Iowa Democrat who … said Thursday"
            return titled != null ? titled : SpeakerPhrase.personWithTitles(withoutPlaceOrParty(commas[0]));
        }
        String possessed = SpeakerPhrase.possessedNoun(stripAdverbs(head));
        if (possessed != null) {
            return possessed; // "…," his spokesman said / "…," its statement said: who or what speaks for someone
        }
        String speaker = partyOrSpeaker(stripAdverbs(head), false, after.substring(verbEnd));
        if (speaker == null || speaker.equals(head.strip())) {
            // "…,” Chairman of the White House Council of Economic Advisers Alan Krueger said": an office of a body, then
            // the name (not a name's own initials or middle names: "J. Paul Compton Jr.", "John Philip Sousa IV")
            String titled = titledPersonAtEnd(head);
            int at = titled == null ? -1 : head.lastIndexOf(titled);
            String office = at < 0 ? "" : head.substring(0, at);
            return office.contains(" of ") || office.contains(" for ") ? titled : speaker;
        }
        return speaker;
    }

    /**
     * Whether {@code after[verbAt]} stands inside an aside about the subject that is still open: a relative clause after
     * a comma ("…,” Trump, who recently announced his list, said": "announced" is the clause's) or a parenthesis
     * ("…,” Graves (who also noted that …) said"). The verb after the aside is the cue's.
     */
    private static boolean insideAside(String after, int from, int verbAt) {
        int open = after.lastIndexOf('(', verbAt);
        if (open >= from && after.indexOf(')', open) > verbAt) {
            return true;
        }
        int comma = after.lastIndexOf(',', verbAt);
        if (comma < from) {
            return false;
        }
        Words w = new Words(after, comma + 1, verbAt);
        return w.next() && RELATIVES.contains(after, w.start(), w.end());
    }

    private static final WordSet RELATIVES = new WordSet(Lexicon.of("who", "whose", "which", "whom"));

    /**
     * A titled name without the party in parentheses or the place after it ("Sen. Bernie Sanders (I) of Vermont" →
     * "Sen. Bernie Sanders"), where the words end so; else the words as they are.
     */
    static String withoutPlaceOrParty(String words) {
        Matcher m = PLACE_OR_PARTY.matcher(words);
        return m.matches() ? m.group(1) : words;
    }

    private static final Pattern PLACE_OR_PARTY = Pattern.compile(
            "\\s*(.+?\\p{L})(?:\\s+\\([^()]{1,12}\\))?(?:\\s+of\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?\\s*");


    /** Whether a phrase opens with a subject pronoun and a lower-case word after it: "she believes", "he would". */
    private static boolean pronounThenVerb(String phrase) {
        Words w = new Words(phrase);
        if (!w.next() || !SUBJECT_PRONOUNS.contains(phrase, w.start(), w.end())
                || w.end() - w.start() > 1 && Character.isUpperCase(phrase.charAt(w.start() + 1))) {
            return false; // not "IT labor expert Ron Hira"
        }
        int end = w.end();
        return w.next() && Words.onlySpaceBetween(phrase, end, w.start()) && Character.isLowerCase(phrase.charAt(w.start()));
    }

    private static final WordSet SUBJECT_PRONOUNS = new WordSet(SpeakerPhrase.SUBJECT_PRONOUNS);

    /**
     * Whether the word {@code s[from, to)}, after the word {@code s[prevStart, prevEnd)} (-1: none), is a noun even where it
     * may be a verb of speech: after "of", an article, an owner or a number's word ("a sample of 2.25 million tweets",
     * "his posts"; not after a figure: "Fox 9 reported", "Guccifer 2.0 wrote"); a participle is still a verb ("is fond of
     * saying").
     */
    private static boolean nounAt(String s, int prevStart, int prevEnd, int from, int to) {
        return prevStart >= 0 && Words.onlySpaceBetween(s, prevEnd, from) && NOUN_MARKERS.contains(s, prevStart, prevEnd)
                && !Phrases.isParticiple(s, from, Phrases.withoutStops(s, from, to));
    }

    /** Words after which a verb of speech's form is a noun: "a sample of tweets", "the posts", "his tweets". */
    private static final WordSet NOUN_MARKERS = new WordSet(Lexicon.of("of", "the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "these", "those", "million", "thousand", "hundred", "dozen", "dozens"));

    /** Whether a phrase describes someone as someone's, in lower-case words: "their younger sister", "his wife". */
    private static boolean ownersDescription(String phrase) {
        String[] words = Words.splitOnSpaces(phrase.strip());
        if (words.length < 2 || !OWNERS.contains(words[0])) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> OWNERS = Lexicon.of("his", "her", "their", "my", "our");

    /** Whether a phrase is one capitalised word of letters, no function word: "Juanita". */
    private static boolean oneName(String phrase) {
        if (phrase.length() < 2 || !Character.isUpperCase(phrase.charAt(0)) || Names.ROLE_WORD_SET.contains(phrase)) {
            return false;
        }
        for (int k = 1; k < phrase.length(); k++) {
            if (!Character.isLetter(phrase.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Verbs of speech whose next noun is their object, never their subject put after them: "…,” calls the former
     * lawmaker “a victim”" names whom the writer calls so, where "…,” said the former lawmaker" names who spoke. (Not
     * "urged", "scolds", "criticizes": "“…,” urged Mr. Smith" names who spoke.)
     */
    private static final WordSet OBJECT_FIRST = new WordSet(Lexicon.of("calls", "called", "describes", "described",
            "dubbed", "branded", "accuses", "accused", "praises", "praised", "likens", "likened", "compares", "compared",
            "dismisses", "dismissed", "condemns", "condemned", "hails", "hailed", "decries", "decried", "derides", "derided",
            "thanked", "refers", "referred", "characterizes", "characterized"));

    /** "asked" and the name after it, in the cue of a question: "… a TV journalist recently asked Marine Le Pen, …". */
    private static final Pattern ASKED_WHOM = Pattern.compile(
            "[^.?!\\n\u201C\u201D\"]{0,80}?\\basked\\s+(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})");

    /**
     * The person a question's cue says was asked ("“…?” a TV journalist asked Marine Le Pen"), who answers in the
     * quotation after it; null when the cue asks no one it names.
     */
    static String askedWhom(String after) {
        if (after.indexOf("asked") < 0) {
            return null;
        }
        Matcher m = ASKED_WHOM.matcher(after);
        if (!m.lookingAt()) {
            return null;
        }
        String run = m.group(1);
        String name = Names.personAtEnd(run);
        return name != null && name.equals(run) && name.indexOf(' ') > 0 ? name : null;
    }

    /**
     * Whom a "he" or "she" told the quotation, by name, right after it ("“…,” he told Mr. Romney."): the words after
     * the closing mark, a pronoun, a verb of telling and the name (a title before it, at most); null otherwise.
     */
    static String pronounsAddressee(String after) {
        Matcher m = after.indexOf("he ") < 0 ? null : PRONOUN_TOLD.matcher(after);
        return m != null && m.lookingAt() ? Names.personAtEnd(m.group(1)) : null;
    }

    private static final Pattern PRONOUN_TOLD = Pattern.compile("[\\s,]*(?:he|she|He|She)\\s+(?:told|tells|reminded|reminds|"
            + "assured|assures|warned|warns|thanked|thanks)\\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.\\s+)?\\p{Lu}[\\p{L}'’-]+"
            + "(?:\\s+\\p{Lu}[\\p{L}'’-]+)?)(?![\\p{L}'’-])");

    /** Whether "it states" or "it stipulates" closes the clause at {@code from}: a document's words, as "it said" a body's. */
    private static boolean itStatesAt(String after, int from) {
        for (String verb : IT_STATES) {
            int end = from + verb.length();
            if (after.startsWith(verb, from) && end < after.length() && (after.charAt(end) == '.' || after.charAt(end) == ',')) {
                return true;
            }
        }
        return false;
    }

    private static final String[] IT_STATES = {"it states", "it stipulates"};

    /**
     * "…," Lavrov was quoted as saying / Romney is heard saying / one aide was overheard telling him: the subject
     * of a passive "reported" before the verb is who spoke; the words between are no part of the name.
     */
    private static final Pattern PASSIVE_REPORT = Pattern.compile(
            "\\s+(?:was|is|were|are|(?:has|have|had) been)\\s+(?:\\p{Ll}+ly\\s+)?"
            + "(?:quoted|cited|heard|overheard|recorded|reported|caught(?:\\s+on\\s+\\p{Ll}+)?)(?:\\s+as)?\\s*$");

    /**
     * The subject of a speech verb that a verb or adjective leads into with "to" or "of" ("she likes to say", "he
     * went on to say", "Clinton is fond of saying", "the aide was quick to add"): the words before that lead-in.
     * Unchanged when the words before the verb do not end in "to" or "of".
     */
    private static String withoutLeadIn(String subj) {
        String t = subj.stripTrailing();
        if (!t.endsWith(" to") && !t.endsWith(" of")) {
            return subj;
        }
        String[] words = Words.splitOnSpaces(t.strip());
        int n = words.length - 1; // the "to" or "of"
        while (n > 0 && LEAD_IN.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
            n--;
        }
        return n == words.length - 1 || n == 0 ? subj : String.join(" ", Arrays.copyOf(words, n)) + " ";
    }

    /**
     * Whether the word {@code after[start, end)} is the plain form of a verb of speech that the word before it, a modal,
     * makes a verb ("“…,” Cohen will testify", "she would later recall"): forms left out of the speech verbs because
     * alone they are as often nouns or take a term ("testify on “…” laws", "a note", "describe it as “…”").
     */
    private static boolean modalThenBaseVerb(String after, int modalStart, int modalEnd, int start, int end) {
        return modalStart >= 0 && MODALS.contains(after, modalStart, modalEnd) && Words.onlySpaceBetween(after, modalEnd, start)
                && BASE_SPEECH_VERBS.contains(after, start, Phrases.withoutStops(after, start, end)) && endsClause(after, end);
    }

    /**
     * Whether the verb ending at {@code end} ends its clause, as a cue's verb does: a stop or a comma after it, or a word of
     * where, when or how ("will testify before Congress", "would recall in her memoir", "would describe it"); not an
     * object ("England will announce their squad", "will report back to the council": what is to be done).
     */
    private static boolean endsClause(String after, int end) {
        if (end > 0 && after.charAt(end - 1) == '.' || end < after.length() && ".,;:!?".indexOf(after.charAt(end)) >= 0) {
            return true;
        }
        Words next = new Words(after, end, Math.min(after.length(), end + 20));
        return next.next() && Words.onlySpaceBetween(after, end, next.start())
                && AFTER_CLAUSE.contains(after.substring(next.start(), Phrases.withoutStops(after, next.start(), next.end())));
    }

    private static final java.util.Set<String> AFTER_CLAUSE = Lexicon.of("in", "on", "at", "before", "during", "later",
            "according", "it", "from", "when", "as", "after");

    /** Modals of what is to come or came later ("will testify", "would later recall"); not "should declare", "might suggest". */
    private static final WordSet MODALS = new WordSet(Lexicon.of("will", "would"));
    /** Not "continue", "respond", "reply", "declare" or "suggest": "will continue to", "would respond to tax cuts". */
    private static final WordSet BASE_SPEECH_VERBS = new WordSet(Lexicon.of("testify", "describe", "note", "state",
            "claim", "report", "lament", "recall", "announce", "acknowledge", "admit", "urge", "remark", "confirm", "deny",
            "tweet", "post", "stress", "emphasize", "caution", "observe", "conclude", "joke", "quip", "recount", "concede",
            "boast", "promise", "vow", "pledge"));

    /** The words between a subject and the "to" or "of" before its speech verb: auxiliaries, and verbs and adjectives of wanting, habit and haste. */
    private static final java.util.Set<String> LEAD_IN = Lexicon.of("on", "is", "was", "were", "are", "has", "have",
            "had", "been", "be", "would", "will", "could", "should", "might", "may", "later", "then", "also", "quick",
            "fond", "known", "likes", "like", "liked", "wanted", "wants", "want", "went", "goes", "go", "continued",
            "continues", "began", "begins", "decided", "decides", "tends", "tended", "used", "loves", "loved", "hastened",
            "rushed", "sure", "eager", "careful", "happy", "able", "not", "never", "often", "always", "once", "again",
            "going", "likely", "moved", "appeared", "seemed", "seems", "proceeded", "chose", "tried", "sought",
            // what is to come: "“…,” Brown is expected to say", "is scheduled to testify"
            "expected", "scheduled", "slated", "poised", "set", "due");

    /**
     * The one a source quotes, where the words before a verb of speech are "X quoted Y as" ("The Guardian quoted her as"
     * saying): Y, as a "he" or "she" or by name; else null.
     */
    private static String quotedAs(String subj) {
        String t = subj.strip();
        int quoted = t.indexOf(" quoted ");
        if (quoted <= 0 || !t.endsWith(" as") || quoted + 8 > t.length() - 3) {
            return null; // (not "he was quoted as": no one between)
        }
        String who = t.substring(quoted + 8, t.length() - 3).strip();
        if (who.equals("her") || who.equals("him")) {
            return Phrases.HE + (who.equals("her") ? 'f' : 'm');
        }
        return who.isEmpty() || !Character.isUpperCase(who.charAt(0)) ? null : SpeakerPhrase.speaker(who, true);
    }

    private static String withoutPassiveReport(String subj) {
        if (subj.indexOf(" wa") < 0 && subj.indexOf(" is ") < 0 && subj.indexOf(" we") < 0 && subj.indexOf(" are ") < 0
                && subj.indexOf(" been ") < 0) {
            return subj; // most cues: no auxiliary at all, no pattern run
        }
        Matcher m = PASSIVE_REPORT.matcher(subj);
        return m.find() ? subj.substring(0, m.start()) + " " : subj;
    }

    /**
     * What follows a quotation in a roundup of opinion, to the end of its line: the writer's name, a comma, and the
     * outlet in capitalised words ("Ruth Marcus, Washington Post", "Ian Millhiser, Vox"), nothing else.
     */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "[\u2014\u2013-]?\\s*([^,]{3,50}),\\s+(\\p{Lu}[\\p{L}.&'\u2019]*(?:\\s+(?:of|the|and|\\p{Lu}[\\p{L}.&'\u2019]*)){0,5})\\s*");

    static String creditLine(String opening) {
        int comma = opening.indexOf(',');
        String line = opening.stripTrailing();
        if (comma < 3 || comma > 55 || line.length() > 120 || !Character.isLetter(line.charAt(line.length() - 1))) {
            return null; // most text after a quotation: a sentence going on, no pattern run
        }
        Matcher credit = CREDIT_LINE.matcher(opening);
        if (!credit.matches()) {
            return null;
        }
        String credited = credit.group(1).strip();
        if (Names.isInstitutionName(credited)) {
            // "Editorial Board, Washington Post": the board with its outlet, as the credit reads; every paper has a board
            return credited + ", " + credit.group(2).strip();
        }
        int and = credited.indexOf(" and ");
        if (and > 0) {
            // "Rachel Kleinfeld and Joshua Kleinfeld, National Review": two authors, the first of them, as of names
            // listed before a verb
            String first = SpeakerPhrase.personWithTitles(credited.substring(0, and));
            return first != null && SpeakerPhrase.personWithTitles(credited.substring(and + 5)) != null ? first : null;
        }
        return SpeakerPhrase.personWithTitles(credited);
    }

    /**
     * Where a cue's words end when the 80 chars after its verb ended inside a word: the word whole, and the capitalised
     * words after it ("… favorite blogger Mike Cernovich", not "Mike Cernovi"; "… speechwriter Hendrik Hertzberg").
     */
    private static int wholeNameFrom(String after, int verbEnd, int end) {
        if (end >= after.length() || !Character.isLetter(after.charAt(end))) {
            return end;
        }
        boolean capital = end > 0 && Character.isLetter(after.charAt(end - 1))
                && Character.isUpperCase(after.charAt(Words.wordStartBefore(after, end, false)));
        while (end < after.length() && end - verbEnd < 120 && Character.isLetter(after.charAt(end))) {
            end++;
        }
        for (int words = 0; capital && words < 2 && end + 1 < after.length() && after.charAt(end) == ' '
                && Character.isUpperCase(after.charAt(end + 1)); words++) {
            end++;
            while (end < after.length() && end - verbEnd < 140 && (Character.isLetter(after.charAt(end)) || after.charAt(end) == '-')) {
                end++;
            }
        }
        return end;
    }

    /**
     * Where a cue's words end before what was said about ("said a former senior adviser to McCain of the endorsement"):
     * "of" and an article or a possessive right after a capitalised word; {@code end} if there is none.
     */
    private static int beforeTopic(String after, int from, int end) {
        int of = after.indexOf(" of ", from);
        if (of < 0 || of + 4 > end) {
            return end; // no " of " to match: most cues, asked without a matcher
        }
        Matcher m = TOPIC.matcher(after).region(from, end);
        return m.find() ? m.start() : end;
    }

    private static final Pattern TOPIC = Pattern.compile("(?<=\\p{Lu}[\\p{L}.'’-]{0,30}) of (?:the|his|her|their|its|this|that|a|an) \\p{Ll}");

    /**
     * The name a verb-first cue opens with when a place, a time or whom it was said to follows it: "Obama in Los
     * Angeles", "Sen. Bob Casey on Fox", "former campaign manager Corey Lewandowski to reporters" (what someone is may
     * come first, in up to four lower-case words that are no article or preposition).
     */
    private static String nameBeforeCueCloser(String phrase, boolean inverted) {
        String[] w = Words.splitOnSpaces(phrase.strip());
        if (inverted && w.length >= 3 && w[0].equals("the") && Phrases.capitalsOnly(w[1])
                && SpeakerPhrase.CUE_CLOSERS.contains(w[2])) {
            return "the " + w[1]; // "said the CDC in a statement"
        }
        int lead = 0;
        while (lead < w.length && lead < 4 && !w[lead].isEmpty() && w[lead].chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !NOT_IN_A_ROLE.contains(w[lead])) {
            lead++;
        }
        int n = lead;
        while (n < w.length && Phrases.capitalised(w[n])) {
            n++;
        }
        if (n == lead || n >= w.length || !SpeakerPhrase.CUE_CLOSERS.contains(w[n]) && !w[n].equals("to")) {
            return null;
        }
        if (inverted && n == lead + 1 && Phrases.capitalsOnly(w[lead])) {
            // initials before the closer after a verb its subject follows: "said FDR in 1932", "said CNN in a
            // statement" (not "told WBUR in Boston": whom it was told)
            return String.join(" ", java.util.Arrays.copyOfRange(w, 0, n));
        }
        String run = String.join(" ", java.util.Arrays.copyOfRange(w, lead, n));
        String name = Names.personAtEnd(run);
        return name != null && run.endsWith(name) && !Names.isInstitutionName(run) ? partyOrSpeaker(run, true, "") : null;
    }

    /** {@code phrase} without a day that closes it after a capitalised word: "said Mulvaney Wednesday" is Mulvaney. */
    private static String withoutDayAfterName(String phrase) {
        String p = phrase.stripTrailing();
        int space = p.lastIndexOf(' ');
        if (space <= 0 || !Phrases.DAYS.contains(p.substring(space + 1))) {
            return phrase;
        }
        String rest = p.substring(0, space).stripTrailing();
        int word = rest.lastIndexOf(' ') + 1;
        return word < rest.length() && Character.isUpperCase(rest.charAt(word)) && !Phrases.DAYS.contains(rest.substring(word))
                ? rest : phrase;
    }

    /** Words that make the lower-case words before a name something other than what the person is: "a spokesman for Trump". */
    private static final Set<String> NOT_IN_A_ROLE = Lexicon.of("a", "an", "the", "for", "of", "to", "with", "from", "by", "at",
            "in", "on", "and", "or", "his", "her", "their", "its", "our", "my", "your", "who", "that", "which", "about");

    /** The name in the comma clause starting at {@code comma}, when that clause is just a name. */
    private static String appositiveName(String after, int comma) {
        if (comma >= after.length() || after.charAt(comma) != ',') {
            return null;
        }
        int end = comma + 1;
        while (end < after.length() && end - comma < 60 && ",.;:\n".indexOf(after.charAt(end)) < 0
                || end < after.length() && after.charAt(end) == '.' && Phrases.abbreviationBefore(after, end)) {
            end++;
        }
        String clause = after.substring(comma + 1, end).strip();
        if (clause.isEmpty() || !Character.isUpperCase(clause.charAt(0))) {
            return null;
        }
        String[] words = Words.splitOnSpaces(clause);
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) && !Names.PARTICLES.contains(word)) {
                return null;
            }
        }
        return words.length >= 2 ? Names.personAtEnd(clause) : null;
    }

    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+\\p{Ll}+(?:ed|s)\\b(?:\\s+\\p{Ll}+){0,2}\\s*[.,]");

    private static final Pattern BEGAN = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}|[Hh]e|[Ss]he)"
            + "\\s+began\\b(?!\\s+(?:his|her|their|its|the|a|an|to|\\p{Ll}+ing)\\b)");

    private static final Pattern PRONOUN_THEN_VERB = Pattern.compile("([Hh]e|[Ss]he)\\s+\\p{Ll}+ed\\b(?:\\s+\\p{Ll}+){0,2}\\s*[.,]");

    /** A span of time that opens a sentence: "Four years later", "Two days ago", "Ten minutes after". */
    private static final Pattern TIME_SPAN = Pattern.compile("\\p{Lu}\\p{Ll}+\\s+(?:years?|days?|weeks?|months?|hours?|minutes?|"
            + "decades?)\\s+(?:later|ago|earlier|before|after)\\b");

    private static String stripAdverbs(String subj) {
        String[] words = Words.splitOnSpaces(subj.strip());
        int n = words.length;
        while (n > 1 && Phrases.ADVERBS.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /**
     * The speaker a cue after a quotation names: a party's members as a group ("…," Senate Democrats wrote in a letter;
     * "…," said House Republicans), else {@link SpeakerPhrase#speaker}. Only where the cue closes there: the group, and the verb
     * before or after it, then nothing or a place or time ("in a letter"). "…," Democrats said there was no progress
     * opens a statement of their own; and as a sentence's subject the group would take the scare quotes and others'
     * words its sentence holds. {@code rest} is what follows the verb when the verb comes after the group; when it
     * comes before, the phrase itself runs to the cue's end.
     */
    private static String partyOrSpeaker(String phrase, boolean verbFirst, String rest) {
        String[] words = Words.splitOnSpaces(phrase.strip());
        int n = 0;
        while (n < words.length && !words[n].isEmpty() && Character.isUpperCase(words[n].charAt(0))) {
            n++; // "said Senate Democrats in a letter": the capitalised words the phrase opens with
        }
        if (n > 0 && partyGroup(Arrays.copyOf(words, n))) {
            if (verbFirst ? n == words.length || SpeakerPhrase.CUE_CLOSERS.contains(words[n].toLowerCase(Locale.ROOT)) : closesCue(rest)) {
                return String.join(" ", Arrays.copyOf(words, n));
            }
            if (n == 1 && words.length == 1 && Phrases.PARTY_MEMBERS.contains(words[0])) {
                return null; // "… “productive,” Democrats said there was no progress": the group's own statement follows
            }
        }
        return SpeakerPhrase.speaker(phrase, verbFirst);
    }

    /** Whether what follows a cue's verb ends the cue: punctuation, the text's end, or a {@link SpeakerPhrase#CUE_CLOSERS} word. */
    private static boolean closesCue(String rest) {
        int i = 0;
        while (i < rest.length() && rest.charAt(i) == ' ') {
            i++;
        }
        if (i == rest.length() || !Character.isLetter(rest.charAt(i))) {
            return true;
        }
        int end = i;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return SpeakerPhrase.CUE_CLOSERS.contains(rest.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /**
     * A party's members named as a group, with up to three capitalised words before them: "Democrats said", "Senate
     * Republicans wrote", "House Democrats argued". The plural is a role word, so the name tests pass it by.
     */
    private static boolean partyGroup(String[] words) {
        if (words.length > 4 || !Phrases.PARTY_MEMBERS.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || Phrases.isVerb(w) || w.endsWith(",")) {
                return false;
            }
        }
        return true;
    }

    /** The words after a quotation, past white space and one comma: where a cue after it starts. */
    static String openingAfter(String after) {
        String opening = after.stripLeading();
        return opening.startsWith(",") ? opening.substring(1).stripLeading() : opening;
    }

    static boolean startsAccordingTo(String opening) {
        return opening.regionMatches(true, 0, "according to ", 0, 13);
    }
}
