package org.gazette.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words quoted as someone's without a verb of speech: an owner before them ("Trump’s claim that there have been
 * “…”", "his promise of “…”") or "in the words of" before or after them ("…”, in the words of Scott Taylor"). The
 * owner is the speaker of those words only, not of the quotations after them.
 */
final class OwnedWords {
    private OwnedWords() { }

    /** Nouns for what someone said, which an owner before them ("Trump’s claim", "his promise") says. */
    private static final WordSet SPEECH_NOUNS = new WordSet(Lexicon.of("claim", "claims", "statement", "statements", "assertion",
            "assertions", "remark", "remarks", "comment", "comments", "warning", "warnings", "promise", "promises", "pledge",
            "vow", "insistence", "suggestion", "argument", "accusation", "accusations", "description", "characterization",
            "characterisation", "declaration", "admission", "boast", "prediction", "contention", "complaint", "quip", "tweet",
            "tweets", "words", "denial", "retort", "insult", "insults", "threat", "threats", "plea", "announcement",
            "testimony", "assessment", "alibi", "question", "questions", "catchphrase", "rebuke", "lament"));

    private static final Set<String> OWNER_PRONOUNS = Lexicon.of("his", "her", "their");

    /** Prepositions that open a phrase between a verb of speech and its "that": "said in reference to …", "said about …". */
    private static final java.util.Set<String> PHRASE_OPENERS = Lexicon.of("in", "about", "regarding", "during");

    private static final Set<String> TIME_PREPOSITIONS = Lexicon.of("after", "before", "since", "following", "during", "until");

    /**
     * The owner of the words that the sentence before a quotation ends with: "… fact-check on Donald Trump’s claim that
     * there have been “…”", "mocked Clinton’s statement that she “…”", "his promise of “…”" (a pronoun, resolved as a
     * cue's). Only when no verb of speech comes between them and the quotation ("Trump’s claim that Clinton said “…”"
     * is Clinton's), and the words are near it.
     */
    static String ownerOfWords(String sentence) {
        if (!mayOwn(sentence)) {
            return null; // most sentences: no possessive, nothing to read
        }
        Words w = new Words(sentence);
        int nounEnd = -1;
        String owner = null;
        int ownerStart = -1;
        int prevStart = -1;
        int prevEnd = -1;
        int prev2Start = -1; // the word before that
        int prev2End = -1;
        boolean content = false;
        int saidEnd = -1; // where the verb ends whose subject the owner's words are ("Her statement continued:")
        while (w.next()) {
            if (nounEnd >= 0 && Phrases.isVerbAt(sentence, w.start(), w.end())) {
                if (saidEnd < 0 && Words.onlySpaceBetween(sentence, nounEnd, w.start())) {
                    saidEnd = w.end();
                } else {
                    nounEnd = -1; // someone speaks after the words: theirs is the quotation
                    owner = null;
                    saidEnd = -1;
                }
            }
            boolean speech = SPEECH_NOUNS.contains(sentence, w.start(), w.end());
            if (prevStart >= 0 && (speech || CONTENT_NOUNS.contains(sentence, w.start(), w.end()))
                    && Phrases.lowerAscii(sentence, w.start(), w.end()) && Words.onlySpaceBetween(sentence, prevEnd, w.start())) {
                String before = sentence.substring(prevStart, prevEnd);
                String o = possessor(before);
                int oStart = prevStart;
                if (o == null && prev2Start >= 0 && Phrases.lowerAscii(sentence, prevStart, prevEnd)
                        && Words.onlySpaceBetween(sentence, prev2End, prevStart)) {
                    o = possessor(sentence.substring(prev2Start, prev2End)); // "Waldman's unchecked assertion that"
                    oStart = prev2Start;
                }
                if (o != null) {
                    nounEnd = w.end();
                    owner = o;
                    ownerStart = oStart;
                    content = !speech;
                    saidEnd = -1;
                }
            }
            prev2Start = prevStart;
            prev2End = prevEnd;
            prevStart = w.start();
            prevEnd = w.end();
        }
        if (owner != null && saidEnd >= 0) {
            // the words speak: "Her statement continued: “…”", "Trump’s tweet said, “…”"; the verb ends the sentence
            if (!sentence.substring(saidEnd).replace(',', ' ').replace(':', ' ').isBlank()) {
                return null;
            }
            nounEnd = saidEnd;
        } else if (owner == null || sentence.length() - nounEnd > 120
                || !(content && isContent(sentence.substring(nounEnd)) || introducesWords(sentence.substring(nounEnd)))) {
            return null;
        }
        String upToOwner = sentence.substring(0, ownerStart);
        if (namesWords(upToOwner.substring(lastMark(upToOwner) + 1))) { // in the clause after any quotation before it
            return null; // "Page went on to call the president’s remarks “intimidating”", "dubbing Spicer’s words “…”"
        }
        int verb = Phrases.lastVerb(upToOwner);
        String gap = sentence.substring(nounEnd);
        // "in the Journal’s words, “…”": the words set off by a comma are the owner's; other words are what a speaker
        // says of them ("He said of Trump’s tweets, “…”", "Giuliani said of Cohen’s tweet: “…”")
        boolean wordsAside = gap.strip().equals(",") && sentence.regionMatches(true, nounEnd - 5, "words", 0, 5);
        if (verb >= 0) {
            // what a speaker says of the words: "Cordero says Snowden’s claim “does not …”", "Hogan said that Trump’s
            // claim that testing is no longer a problem is “just not true”", "Biden slammed Trump’s statement that … as
            // “outrageous”"
            String fromVerb = upToOwner.substring(verb);
            boolean nothingBetween = gap.replace(',', ' ').replace(':', ' ').isBlank() && !wordsAside;
            boolean holds = containsWord(fromVerb, "that") || HOLDING.contains(Words.firstOnSpaces(fromVerb));
            if (nothingBetween || holds && endsInCopula(gap)
                    || Words.lastOnSpaces(gap.stripTrailing()).equals("as")) {
                return null;
            }
            String[] fromVerbWords = Words.splitOnSpaces(fromVerb.strip());
            if (gap.stripLeading().startsWith("that ") && fromVerbWords.length >= 2
                    && !OWNER_PRONOUNS.contains(owner.toLowerCase(Locale.ROOT))
                    && PHRASE_OPENERS.contains(fromVerbWords[1].toLowerCase(Locale.ROOT))) {
                // "Kerry said in apparent reference to Romney's remarks that “…”": a phrase after the verb, then its
                // "that": what Kerry said, not the remarks
                return null;
            }
        }
        String[] before = Words.splitOnSpaces(sentence.substring(0, ownerStart).strip());
        int b = before.length - 1;
        while (b > 0 && !before[b].isEmpty() && Character.isUpperCase(before[b].charAt(0))) {
            b--; // the rest of the owner's name: "after Susan Rice’s announcement"
        }
        if (b >= 0 && TIME_PREPOSITIONS.contains(before[b].toLowerCase(Locale.ROOT))) {
            return null; // "Cicilline said after her remarks that Democrats want …": what follows is what he said
        }
        if (OWNER_PRONOUNS.contains(owner.toLowerCase(Locale.ROOT))) {
            return ownersPronoun(owner);
        }
        String phrase = sentence.substring(clauseStart(sentence, ownerStart), ownerStart) + owner; // the owner's words, up to it
        String name = Names.personAtEnd(phrase);
        if (name != null) {
            return name;
        }
        String[] words = Words.splitOnSpaces(phrase.strip());
        for (int i = words.length - 1; i >= Math.max(0, words.length - 4); i--) {
            if (words[i].equalsIgnoreCase("the")) { // "the governor’s warning", "the White House’s statement"
                String described = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                return Character.isUpperCase(owner.charAt(0)) ? SpeakerPhrase.speaker(described, false) : described;
            }
        }
        return null;
    }

    /**
     * The owner of words quoted between an owner's mark and a noun for what was said ("Trump picked up on Arpaio's
     * “silent majority” line", "Critics seized on Romney's “47 percent” comment"), or null: the words are the owner's,
     * whoever the sentence is about. Not a word alone, which is as often a word for the remarks by whoever speaks of them
     * ("Warren slammed Trump's “racist” remarks").
     */
    static String ownerAroundWords(String sentence, String after, String quoted) {
        String[] said = Words.splitOnSpaces(quoted.strip());
        if (said.length < 2 || said[0].endsWith("ly")) {
            return null; // "Trump's “racist” remarks", "his “deeply offensive” comments": a word for the remarks, someone else's
        }
        int end = sentence.length();
        while (end > 0 && sentence.charAt(end - 1) == ' ') {
            end--;
        }
        if (!endsWithOwner(sentence, end)) {
            return null; // no owner's word ("Arpaio's", "his", "her", "Democrats'") right before the quotation
        }
        int start = Words.tokenStartBefore(sentence, end);
        if (start >= end || end - start < 3) {
            return null;
        }
        String owner = possessor(sentence.substring(start, end));
        if (owner == null || owner.equalsIgnoreCase("their")) {
            return null; // "the party's struggle to fulfil their “repeal and replace” mantra": a group's, read as no one's
        }
        int from = 0;
        while (from < after.length() && after.charAt(from) == ' ') {
            from++;
        }
        int to = from;
        while (to < after.length() && Character.isLowerCase(after.charAt(to))) {
            to++;
        }
        if (to == from || to < after.length() && Character.isLetter(after.charAt(to))
                || !SPEECH_NOUNS.contains(after, from, to) && !SAID_AS_NOUNS.contains(after, from, to)) {
            return null;
        }
        if (OWNER_PRONOUNS.contains(owner.toLowerCase(Locale.ROOT))) {
            return ownersPronoun(owner);
        }
        return Names.personAtEnd(sentence.substring(clauseStart(sentence, start), start) + owner);
    }

    /** The cue an owner's pronoun gives: "his" a "he", "her" a "she", "their" a "they". */
    private static String ownersPronoun(String owner) {
        return Phrases.HE + Phrases.pronounGender(owner.equalsIgnoreCase("their") ? "they" : owner.equalsIgnoreCase("his") ? "he" : "she");
    }

    /** Where the clause holding {@code at} starts: after the last dash, comma, colon or bracket before it. */
    private static int clauseStart(String sentence, int at) {
        int clause = at;
        while (clause > 0 && ",;:()\u2014\u2013".indexOf(sentence.charAt(clause - 1)) < 0) {
            clause--;
        }
        return clause;
    }

    /** Whether the words up to {@code end} end with an owner's mark or "his", "her" (read in place: asked of every quotation). */
    private static boolean endsWithOwner(String s, int end) {
        if (end < 3) {
            return false;
        }
        char last = s.charAt(end - 1);
        char before = s.charAt(end - 2);
        if (last == 's') {
            return before == '\'' || before == '\u2019' || wordBefore(s, end, "his");
        }
        if (last == '\'' || last == '\u2019') {
            return before == 's';
        }
        return last == 'r' && wordBefore(s, end, "her");
    }

    /** Whether the word that ends at {@code end} is {@code word}, in any case. */
    private static boolean wordBefore(String s, int end, String word) {
        int start = end - word.length();
        return start >= 0 && s.regionMatches(true, start, word, 0, word.length()) && (start == 0 || !Character.isLetter(s.charAt(start - 1)));
    }

    /** Nouns after a quotation for the words themselves: "Arpaio's “silent majority” line", "his “deplorables” slogan". */
    private static final WordSet SAID_AS_NOUNS = new WordSet(Lexicon.of("line", "lines", "phrase", "phrases", "slogan", "mantra",
            "refrain", "label", "jab", "taunt", "retort", "quip", "catchphrase", "rhetoric", "gaffe", "dig"));

    /**
     * Whether what follows a speech noun up to the quotation introduces its words: "claim that there have been", "promise
     * of", "statement about", "words:", or nothing; not a clause of its own ("the senator’s statement, it was labeled",
     * "Trump’s remarks during the debate", "his tweet to invite …") nor an earlier quotation.
     */
    private static boolean introducesWords(String gap) {
        if (SpeakerPhrase.hasQuoteMark(gap)) {
            return false;
        }
        String[] words = Words.splitOnSpaces(gap.strip());
        if (words.length == 0 || words.length == 1 && (words[0].isEmpty() || words[0].equals(",") || words[0].equals(":"))) {
            return true;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.equals("that")) {
            return true;
        }
        String last = words[words.length - 1];
        if ((last.equals("\u2014") || last.equals("\u2013") || last.endsWith(":")) && words.length <= 12) {
            // "Mrs. Clinton’s famous alibi for her tortured misfeasance as secretary of state — “…”": what the words were
            // about, then a dash or a colon handing over to them; no verb of speech between
            for (String w : words) {
                if (Phrases.isVerb(w)) {
                    return false;
                }
            }
            return true;
        }
        // "of “free college”", "about “thousands of shootings”", "about the “47 percent”": the quotation is what the words
        // were; not "comments about Curiel “racially charged”"
        return (first.equals("of") || first.equals("about"))
                && (words.length == 1 || words.length == 2 && CueBefore.ARTICLE_START.matcher(words[1] + " ").matches());
    }

    /**
     * "in the words of one former subordinate, “…”", "in the words of Senator Cory Booker, “…”", "in the immortal words
     * of Sen. Rob Portman, “…”": the one named between "of" and the comma that hands over to the quotation.
     */
    static String inTheWordsOf(String sentence) {
        int words = sentence.lastIndexOf("words of ");
        if (words < 0) {
            return null;
        }
        int at = words;
        int adjective = sentence.lastIndexOf(' ', words - 2) + 1; // "in the immortal words of", "in the famous words of"
        if (!sentence.startsWith("the ", words - 4) && adjective >= 4 && Character.isLowerCase(sentence.charAt(adjective))
                && sentence.startsWith("the ", adjective - 4)) {
            at = adjective;
        }
        at -= 4;
        if (at < 3 || !sentence.startsWith("the ", at) || !sentence.regionMatches(true, at - 3, "in ", 0, 3)) {
            return null;
        }
        int from = words + "words of ".length();
        int comma = sentence.indexOf(',', from);
        if (comma < 0 || comma - from > 80 || !sentence.substring(comma + 1).isBlank() && !asideBeforeQuote(sentence.substring(comma + 1))) {
            return null;
        }
        String who = sentence.substring(from, comma).strip();
        return who.isEmpty() ? null : SpeakerPhrase.speaker(who, true);
    }

    /**
     * Whether the words between the name's comma and the quotation are one short aside in lower case, closed by a
     * comma: "in the words of Naomi Schoenbaum, writing in Slate, “…”".
     */
    private static boolean asideBeforeQuote(String rest) {
        String aside = rest.strip();
        return aside.length() > 2 && aside.length() <= 60 && Character.isLowerCase(aside.charAt(0))
                && aside.indexOf(',') == aside.length() - 1;
    }

    /**
     * Nouns for what someone answered or urged, whose words a form of "be" then gives: "Trump Jr.’s emailed reaction was
     * “I love it”", "his response was simple: “…”". ("Trump’s claim was “false”" is someone's verdict on a claim.)
     */
    private static final WordSet CONTENT_NOUNS = new WordSet(Lexicon.of("reaction", "response", "answer", "reply", "message",
            "motto", "mantra", "slogan", "refrain", "advice", "explanation", "excuse", "instructions", "request", "verdict"));

    /** Whether what follows a content noun is "was", "is", "has been", perhaps with a word and a colon, and nothing else. */
    private static boolean isContent(String gap) {
        if (SpeakerPhrase.hasQuoteMark(gap)) {
            return false;
        }
        String[] words = Words.splitOnSpaces(gap.replace(':', ' ').strip());
        if (words.length == 0 || words.length > 3) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        if (first.equals("has") || first.equals("had")) {
            return words.length >= 2 && words[1].equalsIgnoreCase("been") && (words.length == 2 || gap.stripTrailing().endsWith(":"));
        }
        // "was “…”", "was simple: “…”", "was blunt:" — not "was that the …" (a clause of its own)
        return (first.equals("was") || first.equals("is") || first.equals("were")) && (words.length == 1 || gap.stripTrailing().endsWith(":"));
    }

    /** Whether the text before a quotation ends in a form of "be": the quotation says what something is. */
    private static boolean endsInCopula(String before) {
        String last = Words.lastOnSpaces(before.stripTrailing()).toLowerCase(Locale.ROOT);
        return COPULAS.contains(last);
    }

    private static final Set<String> COPULAS = Lexicon.of("is", "was", "are", "were", "be", "been", "not");

    /**
     * Verbs that report what the speaker holds, the {@link CueBefore#REPORTING} verbs and those that argue: "He said the
     * department’s claim that … was “flatly untrue”" (an evaluating verb reads the other way: "Sinise blasted Dean’s
     * declaration that ticket-buyers are “very angry”").
     */
    private static final Set<String> HOLDING = java.util.stream.Stream.concat(CueBefore.REPORTING.stream(),
            java.util.stream.Stream.of("say", "argued", "argues", "notes", "insisted", "insists", "maintained", "maintains",
                    "contended", "stressed", "suggested", "asserted", "declared"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether {@code s} may hold a possessive: an apostrophe, or "his", "her" or "their" (in any case). */
    static boolean mayOwn(String s) {
        if (s.indexOf('\'') >= 0 || s.indexOf('\u2019') >= 0) {
            return true;
        }
        for (int i = s.indexOf('h'), j = s.indexOf('H'); i >= 0 || j >= 0; ) { // "his", "her", "heir" ("their"): one pass
            int at = i < 0 ? j : j < 0 ? i : Math.min(i, j);
            if (s.regionMatches(true, at + 1, "is", 0, 2) || s.regionMatches(true, at + 1, "er", 0, 2)
                    || s.regionMatches(true, at + 1, "eir", 0, 3)) {
                return true;
            }
            if (at == i) {
                i = s.indexOf('h', i + 1);
            } else {
                j = s.indexOf('H', j + 1);
            }
        }
        return false;
    }

    /** Where the last quotation mark of {@code s} is, or -1. */
    private static int lastMark(String s) {
        return Math.max(s.lastIndexOf('"'), Math.max(s.lastIndexOf('\u201C'), s.lastIndexOf('\u201D')));
    }

    /** Verbs that give a name to something: what they give it is the namer's words. */
    private static final WordSet NAMING = new WordSet(Lexicon.of("call", "calls", "called", "calling", "dub", "dubs", "dubbed",
            "dubbing", "label", "labels", "labeled", "labelled", "labeling", "labelling", "brand", "branded", "branding", "deem",
            "deemed", "deeming", "term", "termed", "terming"));

    /** Whether the word {@code s[from, to)} is a lower-case verb that gives a name to what follows it. */
    static boolean namesWordAt(String s, int from, int to) {
        return NAMING.contains(s, from, to) && Phrases.lowerAscii(s, from, to);
    }

    /** Whether {@code s} holds a lower-case verb that gives a name to what follows it. */
    private static boolean namesWords(String s) {
        Words w = new Words(s);
        while (w.next()) {
            if (namesWordAt(s, w.start(), w.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} is one of the words of {@code s}, in any case. */
    private static boolean containsWord(String s, String word) {
        Words w = new Words(s);
        while (w.next()) {
            if (w.end() - w.start() == word.length() && s.regionMatches(true, w.start(), word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** The owner a possessive word names ("Trump’s" is Trump, "Sanders’" Sanders, "his" his), or null. */
    private static String possessor(String word) {
        if (OWNER_PRONOUNS.contains(word.toLowerCase(Locale.ROOT))) {
            return word;
        }
        int n = word.length();
        if (n > 3 && Names.endWithoutPossessive(word, 0, n) < n) {
            return word.substring(0, n - 2);
        }
        if (n > 2 && (word.endsWith("s'") || word.endsWith("s\u2019")) && Character.isUpperCase(word.charAt(0))) {
            return word.substring(0, n - 1);
        }
        return null;
    }

    /**
     * The source named right after a quotation by "in the words of" ("“…”, in the words of Republican congressman Scott
     * Taylor of Virginia, …"; "“…,” in the words of one official, who added"), up to the end of its phrase; or null.
     */
    static String wordsOfAfter(String after) {
        String opening = CueAfter.openingAfter(after);
        int at = opening.regionMatches(true, 0, "in the words of ", 0, 16) ? 16 : -1;
        if (at < 0) {
            // "…,” in Perlstein’s words: the owner's name before "words"
            Matcher owned = opening.regionMatches(true, 0, "in ", 0, 3) ? OWNERS_WORDS.matcher(opening) : null;
            return owned != null && owned.lookingAt() ? Names.personAtEnd(owned.group(1)) : null; // most: one comparison
        }
        int end = at;
        while (end < opening.length() && end - at < 80 && ",.;:\n".indexOf(opening.charAt(end)) < 0) {
            end++;
        }
        String who = opening.substring(at, end);
        for (String cut : PHRASE_ENDS) {
            int i = who.indexOf(cut);
            who = i > 0 ? who.substring(0, i) : who; // "David Petraeus during the surge months in Iraq"
        }
        who = who.strip();
        return who.isEmpty() ? null : SpeakerPhrase.speaker(who, true);
    }

    /** "in Perlstein’s words", "in Rick Perlstein's own words": a name of capitalised words, its owner's mark, "words". */
    private static final Pattern OWNERS_WORDS = Pattern.compile(
            "in\\s+((?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*)['’]s?\\s+(?:own\\s+)?words\\b");

    /** Words that end a source's phrase and start what is said of when or how it spoke. */
    private static final List<String> PHRASE_ENDS = List.of(" during ", " when ", " while ", " who ", " in 19", " in 20");
}
