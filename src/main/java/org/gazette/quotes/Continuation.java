package org.gazette.quotes;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Quotations with no cue of their own: whether one continues the speaker of the quotation before it (the same
 * paragraph, or a paragraph that opens with it), takes the speaker of the one after it (a paragraph left open and
 * reopened; two partial quotations joined by "and" with one cue), or is a title, nickname or scare quote that
 * nobody says.
 */
final class Continuation {
    private Continuation() { }

    private static final Pattern HANDLE = Pattern.compile("@\\w");

    /**
     * A quotation that runs over paragraphs with its cue only in a later one ("“We seem intent on …\n\n“We seem,
     * sometimes, to even enjoy that,” Flake said."): a paragraph left open, and no speaker of its own, is the speaker's
     * whose words reopen the next paragraph. Last first, so a quotation over three paragraphs takes its speaker back to
     * the first.
     */
    static void attributeBackOverParagraphs(String text, List<Quote> out) {
        boolean nextTaken = false; // whether the next quotation's speaker was itself taken back from the one after it
        for (int i = out.size() - 2; i >= 0; i--) {
            Quote open = out.get(i);
            Quote next = out.get(i + 1);
            // the next one's own cue, not a speaker it continues from before this one (which had none)
            boolean cued = next.speaker() != null && (nextTaken || !next.rule().startsWith("continuation"));
            nextTaken = open.speaker() == null && open.unclosed() && cued && reopensNextParagraph(text, open, next);
            if (nextTaken) {
                out.set(i, open.withSpeaker(next.speaker(), "continuation"));
            } else if (open.unclosed() && cued && open.speaker() != null && unnamedPeople(open.speaker())
                    && next.speaker().indexOf(' ') > 0 && Character.isUpperCase(next.speaker().charAt(0)) && !unnamedPeople(next.speaker())
                    && reopensNextParagraph(text, open, next)) {
                // one quotation over two paragraphs, its first cued by whom it stands for ("Others note that “…"), the
                // second by name ("…,” Marc Giller, Hot Air): the one named said all of it
                out.set(i, open.withSpeaker(next.speaker(), "continuation"));
            }
        }
    }

    /** People unnamed, by how many or what they are: "Others", "Some critics", "Many observers". */
    private static final java.util.Set<String> UNNAMED_PEOPLE = Lexicon.of("others", "some", "many", "most", "few",
            "critics", "observers", "commentators", "analysts", "experts", "pundits", "skeptics", "supporters", "opponents");

    private static boolean unnamedPeople(String who) {
        int space = who.lastIndexOf(' ');
        if (space > 0 && who.indexOf(' ') != space) {
            return false; // at most two words: "Some critics"
        }
        if (space > 0 && !UNNAMED_PEOPLE.contains(who.substring(0, space).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return UNNAMED_PEOPLE.contains(who.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Two partial quotations joined by "and" or "or" with one cue after the second ("Section 230 “permits …” and
     * “gives them immunity,” wrote law professor Mary Leary"): the first, with no speaker of its own, is the cue's too.
     */
    static void shareCueOverAnd(String text, List<Quote> out) {
        for (int i = out.size() - 2; i >= 0; i--) {
            Quote first = out.get(i);
            Quote second = out.get(i + 1);
            int from = first.end() + 1; // after the first's closing mark, up to the second's opening one
            int to = second.start() - 1;
            if (first.speaker() == null && !first.unclosed() && second.speaker() != null && second.rule().startsWith("cue-after")
                    && to > from && to - from <= 6) {
                String w = text.substring(from, to).strip().replace(",", "");
                if (w.equals("and") || w.equals("or")) {
                    out.set(i, first.withSpeaker(second.speaker(), second.rule()));
                }
            }
        }
    }

    /** Whether only line breaks and spaces, then the reopening mark, lie between the two quotations. */
    private static boolean reopensNextParagraph(String text, Quote open, Quote next) {
        boolean lineBreak = false;
        for (int i = open.end(); i < next.start() - 1; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineBreak = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return lineBreak && next.start() > open.end();
    }

    /**
     * Where the paragraph before a quotation that is its paragraph's whole text starts; -1 if the quotation shares its
     * paragraph with other words, or no paragraph of prose (ending as a sentence ends) comes right before it.
     */
    static int paragraphBefore(String text, Quote q) {
        int lineStart = q.start();
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n') {
            char c = text.charAt(--lineStart);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C') {
                return -1;
            }
        }
        int lineEnd = q.end();
        while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
            char c = text.charAt(lineEnd++);
            if (!Character.isWhitespace(c) && ".,!?;:\"\u201D\u2026".indexOf(c) < 0) {
                return -1;
            }
        }
        int end = lineStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return -1;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (".!?".indexOf(text.charAt(end - 1)) < 0 || "-\u2013\u2014".indexOf(text.charAt(start)) >= 0) {
            // not prose: a heading, a credit line ("Erick Erickson, The Resurgent"; "-- Gov. Deval Patrick on MSNBC.")
            return -1;
        }
        return start;
    }

    /**
     * Whether the quotation opens a sentence after another sentence of its paragraph (from {@code lineStart}): a full
     * stop, question or exclamation mark or a colon before its opening mark, with words before that.
     */
    static boolean opensSentenceInParagraph(String text, Quote q, int lineStart) {
        int i = q.start() - 2; // before the opening mark
        while (i > lineStart && text.charAt(i) == ' ') {
            i--;
        }
        return i > lineStart && ".?!:".indexOf(text.charAt(i)) >= 0 && !pronounSpeaksBefore(text, i, lineStart);
    }

    /**
     * Whether quotation {@code q} opens a sentence in mid-paragraph after one that a "he", "she" or "they" reports at its
     * end ("Stocks need slowing down, he says. “…”").
     */
    static boolean opensSentenceAfterPronounReport(String text, Quote q, int lineStart) {
        int i = q.start() - 2; // before the opening mark
        while (i > lineStart && text.charAt(i) == ' ') {
            i--;
        }
        return i > lineStart && text.charAt(i) == '.' && pronounSpeaksBefore(text, i, lineStart);
    }

    /**
     * Whether the sentence ending at {@code stop} ends in a pronoun's reporting clause ("Obama is letting Russia lead,
     * she said."): whoever "she" is speaks there, not the person the sentence is about.
     */
    private static boolean pronounSpeaksBefore(String text, int stop, int lineStart) {
        int s2 = Words.tokenStartBefore(text, stop);
        int e1 = Words.lineSpaceStartBefore(text, s2);
        int s1 = Words.tokenStartBefore(text, e1);
        if (s1 < lineStart || s1 == e1 || s2 == stop) {
            return false;
        }
        return Phrases.isVerbAt(text, s2, stop) && PRONOUNS.contains(text, s1, e1)
                || Phrases.isVerbAt(text, s1, e1) && PRONOUNS.contains(text, s2, stop);
    }

    private static final WordSet PRONOUNS = new WordSet(Lexicon.of("he", "she", "they"));

    /**
     * Who reports the last sentence of {@code text[from, to)} in a clause after its last comma ("The results were clear,
     * the president said."; "It will pass, Smith told reporters."), as the words after a quotation would name them; null
     * when it ends otherwise, or a pronoun reports it (see {@link #opensSentenceAfterPronounReport}).
     */
    static String reporterEnding(String text, int from, int to) {
        int stop = Words.spaceStartBefore(text, to) - 1; // the sentence's last character
        if (stop <= from || text.charAt(stop) != '.') {
            return null;
        }
        int comma = text.lastIndexOf(',', stop);
        if (comma <= from || stop - comma > MAX_REPORT_CHARS) {
            return null;
        }
        for (int i = comma + 1; i < stop; i++) {
            if ("\"\u201C\u201D?!\n:;".indexOf(text.charAt(i)) >= 0) {
                return null; // a quotation's mark, or another sentence's end: no clause that only reports
            }
        }
        String clause = text.substring(comma + 1, stop + 1).strip();
        if (Words.splitOnSpaces(clause).length > MAX_REPORT_WORDS || clause.contains(" that ")) {
            return null; // "…, another author of the report, told Grist that …": a sentence of its own
        }
        String who = CueAfter.trailing(" " + clause);
        // a name, a description ("the president", "a Bloomberg editorial") or people ("officials"); not "…, said no.",
        // "…, said the same thing.", "…, political actors get accused of hypocrisy."
        if (who == null || who.isEmpty() || Phrases.isPronoun(who) || Subjects.namesNoOne(who)
                || PASSIVE.matcher(clause).find()) {
            return null;
        }
        if (!Character.isUpperCase(who.charAt(0)) && !startsWithDeterminer(who)
                && !(who.indexOf(' ') < 0 && Subjects.peopleNoun(who))) {
            return null;
        }
        // the one who reports first ("the president said", "Smith told reporters"), or after "said" ("said Smith"): not
        // whom a verb takes ("…, tells the Monitor.")
        boolean first = clause.regionMatches(true, 0, who, 0, who.length());
        boolean afterSaid = (clause.startsWith("said ") || clause.startsWith("says "))
                && clause.regionMatches(true, 5, who, 0, who.length());
        return first || afterSaid ? who : null;
    }

    /** A passive verb: the clause's subject is spoken of, not speaking. */
    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
            "\\b(?:get|gets|got|gotten|is|are|was|were|be|been|being)\\s+\\p{L}+ed\\b");

    private static boolean startsWithDeterminer(String who) {
        int space = who.indexOf(' ');
        return space > 0 && DETERMINERS.contains(who.substring(0, space).toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> DETERMINERS = Lexicon.of("the", "a", "an", "one", "another", "his", "her",
            "their", "its");

    /** At most this many words in a clause that only reports: "the White House press secretary said on Friday." */
    private static final int MAX_REPORT_WORDS = 9;

    /** The longest reporting clause read at a sentence's end: "the White House press secretary said in a statement." */
    private static final int MAX_REPORT_CHARS = 80;

    /** Same paragraph as the previous quote, or the paragraph right after it when this one opens with the quote. */
    static boolean continues(String text, Quote q, int lastQuoteLine, int line, int lastQuoteEnd) {
        if (line == lastQuoteLine) {
            return true;
        }
        if (lastQuoteEnd < 0 || line - lastQuoteLine > 2) {
            return false;
        }
        return opensLine(text, q) >= 0;
    }

    /** Where the line that {@code q} opens starts (only blanks and opening marks before it there), or -1. */
    private static int opensLine(String text, Quote q) {
        int i = q.start() - 1;
        while (i >= 0 && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C') {
                return -1;
            }
            i--;
        }
        return i + 1;
    }

    /** How far a quotation's sentence is read on past its closing mark for a speech verb of its own. */
    private static final int SENTENCE_AFTER = 300;

    /**
     * A few words in marks, in a later sentence of the paragraph than the quotation before or opening a later paragraph
     * (unless the words right after it tell it is speech: {@link #speechAfter}), in a sentence with no speech
     * verb that does not name the speaker before ("…,” said Robert Laszewski, an insurance industry consultant. The “front
     * end” is what consumers see."; "Democrats in the past have backed “fencing.”"): the writer's term or scare quote, not
     * more of what the speaker before said. ("It was “collegial” when they saw each other often, he said" has its verb;
     * "He is confident problems can be “ironed out”" is about the speaker.) Kept as no one's: the news quotes such words
     * from someone as often, whom no cue names.
     */
    static boolean termInLaterSentence(String text, Quote q, int lastQuoteEnd, String lastSpeaker) {
        if (q.unclosed() || lastQuoteEnd < 0 || lastQuoteEnd >= q.start() || !Phrases.wordsAtMost(q.text(), 4)
                || Character.isUpperCase(q.text().charAt(0)) && Phrases.endsSentence(q.text())) {
            return false; // a sentence of its own ("Donald’s here, babe."): speech, the speaker's before
        }
        int sentenceStart = -1;
        for (int i = q.start() - 2; i >= lastQuoteEnd - 1 && i >= 0; i--) {
            if (endsSentenceAt(text, i)) {
                sentenceStart = i + 1;
                break;
            }
        }
        boolean paragraph = false;
        if (sentenceStart < 0) {
            // or opening a later paragraph: "“Timing” in this case is being used as shorthand …", a heading "“Up for grabs”"
            sentenceStart = opensParagraphAfter(text, q, lastQuoteEnd);
            paragraph = sentenceStart >= 0;
        }
        if (sentenceStart < 0) {
            return false; // the same sentence as the quotation before: its speaker's words, quoted in part
        }
        int sentenceEnd = q.end() + 1;
        int limit = Math.min(text.length(), q.end() + SENTENCE_AFTER);
        while (sentenceEnd < limit && text.charAt(sentenceEnd) != '\n' && !endsSentenceAt(text, sentenceEnd)) {
            sentenceEnd++;
        }
        String last = Names.lastName(lastSpeaker);
        String name = Phrases.capitalised(last) ? last : ""; // a person's name, not "the plan"
        return !namesSpeaker(text, sentenceStart, q.start() - 1, name) && !hasSpeechVerb(text, sentenceStart, q.start() - 1)
                && !hasSpeechVerb(text, q.end() + 1, sentenceEnd)
                && !(paragraph && speechAfter(text, q, sentenceEnd, name));
    }

    /**
     * Where the paragraph that {@code q} opens starts (only blanks and opening marks before it on its line), when a line
     * break stands between it and the quotation before; -1 otherwise.
     */
    private static int opensParagraphAfter(String text, Quote q, int lastQuoteEnd) {
        int lineStart = opensLine(text, q);
        return lineStart > lastQuoteEnd ? lineStart : -1; // the line break at lineStart - 1 comes after that quotation
    }

    /**
     * Whether the words right after a quotation that opens its paragraph tell it is speech: the speaker's last name or a
     * "he" or "she" first ("“I don’t,” he went on", "“…,” Obama started"), or a quotation it runs on into after a word or
     * two after a comma ("“Prudent management,” however, “requires that we be prepared …”").
     */
    private static boolean speechAfter(String text, Quote q, int sentenceEnd, String name) {
        Words w = new Words(text, q.end() + 1, Math.max(q.end() + 1, sentenceEnd));
        if (w.next() && namesSpeaker(text, w.start(), w.end(), name)) {
            return true;
        }
        boolean comma = q.text().stripTrailing().endsWith(",") || q.end() + 1 < text.length() && text.charAt(q.end() + 1) == ',';
        if (!comma) {
            return false; // "“Native production” and “story formats” means …": terms listed
        }
        int words = 0;
        for (int i = q.end() + 1; i < sentenceEnd; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201C') {
                return words <= 2;
            }
            if (Character.isLetter(c) && (i == q.end() + 1 || !Character.isLetter(text.charAt(i - 1)))) {
                words++;
            }
        }
        return false;
    }

    /** Whether a sentence ends at {@code i}: a stop, closing marks, a space, then a capital or an opening mark. */
    private static boolean endsSentenceAt(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '?' && c != '!' || c == '.' && Phrases.abbreviationBefore(text, i)) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && (text.charAt(j) == '"' || text.charAt(j) == '\u201D' || text.charAt(j) == '\u2019')) {
            j++;
        }
        if (j == i + 1 && j < text.length() && text.charAt(j) != ' ') {
            return false;
        }
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        if (j >= text.length() || j == i + 1) {
            return false;
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) || next == '"' || next == '\u201C';
    }

    /** Words that tell speech beside the cue verbs: "according to", "she spoke out about …". */
    private static final WordSet OTHER_SPEECH = new WordSet(Lexicon.of("according", "spoke", "speaks"));

    /**
     * Whether {@code text[from, to)} holds a lower-case speech verb other than one giving a name ("said", not "what is
     * called …": whoever names it, the sentence is the writer's unless it names the speaker).
     */
    static boolean hasSpeechVerb(String text, int from, int to) {
        Words w = new Words(text, from, Math.max(from, to));
        while (w.next()) {
            if (Phrases.isVerbAt(text, w.start(), w.end()) && !OwnedWords.namesWordAt(text, w.start(), w.end())
                    || OTHER_SPEECH.contains(text, w.start(), w.end()) && Phrases.lowerAscii(text, w.start(), w.end())) {
                return true;
            }
        }
        return false;
    }

    /** The pronouns a sentence about the speaker before refers to them by. */
    private static final WordSet HE_OR_SHE = new WordSet(Lexicon.of("he", "she", "he\u2019s", "she\u2019s", "he's",
            "she's"));

    /** Whether {@code text[from, to)} holds the speaker's last name {@code name} (as written) or a "he" or "she". */
    private static boolean namesSpeaker(String text, int from, int to, String name) {
        Words w = new Words(text, from, Math.max(from, to));
        while (w.next()) {
            if (HE_OR_SHE.contains(text, w.start(), w.end())
                    || !name.isEmpty() && w.end() - w.start() == name.length() && text.startsWith(name, w.start())) {
                return true;
            }
        }
        return false;
    }

    /** "(CROSSTALK.)", "Follow Pam Key on Twitter @pamkey": stage directions and handles, whoever spoke before. */
    static boolean notSpeech(Quote q) {
        return q.text().startsWith("(") || hasHandle(q.text());
    }

    private static boolean hasHandle(String quote) {
        return quote.indexOf('@') >= 0 && HANDLE.matcher(quote).find(); // most quotations have no '@' at all
    }

    /** Few words, no cue reaching it, inside running text: a title, nickname or scare quote nobody says. */
    static boolean looksLikeTitleOrScareQuote(String text, Quote q) {
        if (notSpeech(q)) {
            return true;
        }
        return !q.unclosed() && Phrases.wordsAtMost(q.text(), 4) && !shortSentence(q.text());
    }

    /**
     * Whether a quotation of a few words is a sentence of speech: two words or more, capitalised at its start only, and
     * closed by its stop inside the marks ("It could take months."), not a name or a title ("Fake News!").
     */
    private static boolean shortSentence(String quote) {
        String t = quote.strip();
        char stop = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        if (t.length() <= 3 || !Character.isUpperCase(t.charAt(0)) || ".!?".indexOf(stop) < 0 || t.indexOf(' ') < 0
                || Titles.titleCase(t) || capitalisedAfterFirst(t)) {
            return false;
        }
        // a full stop closes a term as often ("a reverse “Bradley effect.”"): a sentence has a pronoun or a verb
        return stop != '.' || SENTENCE_WORD.matcher(t).find();
    }

    /** A subject pronoun, a contraction or a common verb: what a sentence of a few words holds ("It could take months."). */
    private static final java.util.regex.Pattern SENTENCE_WORD = java.util.regex.Pattern.compile("(?i)\\b(?:i|we|you|he|she|it"
            + "|they|this|that|there|is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might"
            + "|must|not)\\b|[\u2019'](?:m|re|ve|ll|d)\\b|n[\u2019']t\\b");

    /** Whether a word after the first opens in a capital: a name or a title's words ("Lock Her Up!", "Ask Trump."). */
    private static boolean capitalisedAfterFirst(String t) {
        for (int i = t.indexOf(' '); i >= 0 && i + 1 < t.length(); i = t.indexOf(' ', i + 1)) {
            if (Character.isUpperCase(t.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the last sentence of {@code masked[from, to)} has the writer or an unquoted speaker say "I" outside quotation
     * marks ("Bob was one of the most mesmeric people I've ever worked with.").
     */
    static boolean lastSentenceInFirstPerson(String masked, int from, int to) {
        int end = to;
        while (end > from && (Character.isWhitespace(masked.charAt(end - 1)) || ".!?".indexOf(masked.charAt(end - 1)) >= 0)) {
            end--;
        }
        int start = end;
        while (start > from && ".!?\n".indexOf(masked.charAt(start - 1)) < 0) {
            start--;
        }
        Words w = new Words(masked, start, end);
        while (w.next()) {
            int a = w.start();
            int b = w.end();
            int len = 0; // the letters before an apostrophe: "I've" is "I"
            while (a + len < b && masked.charAt(a + len) != '\'' && masked.charAt(a + len) != '\u2019') {
                len++;
            }
            if (len == 1 && masked.charAt(a) == 'I') {
                return true; // not "me" or "my": "… told me the market is …" still tells of the one who says it
            }
        }
        return false;
    }
}
