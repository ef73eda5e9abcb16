package org.gazette.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an article's direct quotations and attributes each to its speaker with a sieve: the surest pass
 * first, each pass leaving what it cannot decide to the next.
 * <ol>
 * <li>a cue right after the quote: {@code "…," Stoltenberg said}, {@code "…," said Kremlin spokesman Dmitry
 *     Peskov}, {@code "…," she added}, {@code "…" — Name (@handle)};</li>
 * <li>a speech verb earlier in the same sentence: {@code Stoltenberg warned Friday that "…"},
 *     {@code Hugh Hill, a doctor, said the plan was "reckless"};</li>
 * <li>{@code according to X} in the sentence, only when nobody else is named;</li>
 * <li>pronouns, in text order: the speaker of the quote before (same or previous paragraph), else the last
 *     person named before the quote;</li>
 * <li>continuation: a quote with no cue of its own continues the previous quote of its paragraph, or of the
 *     paragraph before when it opens its own;</li>
 * </ol>
 * then every name is mapped to the fullest form the article gives. Short quotes that no cue reaches (scare
 * quotes, titles, nicknames) are left out. All patterns are bounded, so the work is linear in the text.
 * <p>
 * This class runs the sieve and the pass over an article's quotations; the passes live beside it. The cues are read
 * by {@link CueAfter} and {@link CueBefore}, which ask {@link SpeakerPhrase} whom a cue's words name; {@link Credits}
 * reads sources and credit lines, {@link OwnedWords} words quoted as someone's, {@link SentenceSubject} the subject
 * of a sentence with no verb of speech. {@link Pronouns} resolves a pronoun to the person it refers to,
 * {@link Continuation} decides what a quotation with no cue continues, {@link SpeakerChecks} what a found speaker is.
 * They read the text through {@link QuoteContext} and ask {@link Phrases} the word-level questions they all share.
 */
public final class QuoteAttributor {
    /** The subject "it" as the cue passes leave it for the pronoun pass. */
    private static final String NEUTER = Phrases.HE + 'n';

    /** Prose has far more text than quotations: even a string of one-word quotes with cues is 30 chars each. */
    private static final int MIN_CHARS_PER_QUOTE = 10;

    /** Bump when extraction or attribution changes: archives then re-extract their stored quotations on open. */
    public static final int FORMAT = 499;

    private QuoteAttributor() { }

    /** A cue the sieve found for a quotation: the speaker's mention (or a pronoun) and the rule that found it. */
    private record Cue(String subject, String rule) { }

    /**
     * A transcript's label names its speaker when the article is a transcript: the label comes back ("OVERBY: …",
     * "OVERBY: …") or names a person the article names in full. A label said once and naming no one is a tweet's or a
     * sign's ("UPDATE: Vehicle found", "OMG: Mike Pence caught …", "ISIS: The State of Terror"): those quotations go
     * through the rest of the sieve.
     */
    private static void dropLoneLabels(String text, String masked, List<Quote> spans, List<String> mentions, String[] subject,
                                       String[] rule) {
        Map<String, Integer> labels = null;
        for (int k = 0; k < spans.size(); k++) {
            if ("transcript-label".equals(rule[k])) {
                labels = labels == null ? new HashMap<>() : labels;
                labels.merge(subject[k], 1, Integer::sum);
            }
        }
        if (labels == null) {
            return; // most articles
        }
        Set<String> surnames = new HashSet<>();
        for (String m : mentions) {
            surnames.add(Names.fold(Names.lastName(m)));
        }
        for (int k = 0; k < spans.size(); k++) {
            if ("transcript-label".equals(rule[k]) && labels.get(subject[k]) < 2
                    && !surnames.contains(Names.fold(Names.lastName(subject[k])))) {
                Cue c = cue(text, masked, spans, k, false, subject);
                subject[k] = c == null ? null : c.subject();
                rule[k] = c == null ? null : c.rule();
            }
        }
    }

    /**
     * Whether the sentences between the quotation that ended at {@code from} and {@code to} (a paragraph or two) all open
     * with "They": the group that spoke then is still the one a "they" after them means ("Hussain's family expressed their
     * “…”. They said their son suffered …. “…,” they said.").
     */
    private static boolean theyBetween(String masked, int from, int to) {
        if (from < 0 || to - from > 600) {
            return false;
        }
        boolean any = false;
        int i = from;
        while (i < to) {
            while (i < to && !Character.isLetter(masked.charAt(i))) {
                i++;
            }
            if (i >= to) {
                break;
            }
            if (!masked.startsWith("They ", i)) {
                return false;
            }
            any = true;
            int stop = i;
            while (stop < to && ".?!".indexOf(masked.charAt(stop)) < 0) {
                stop++;
            }
            i = stop + 1;
        }
        return any;
    }

    /**
     * The sentence's subject as the speaker, but for an "it" or a "they" the sentence credits to a source ("It
     * comprises, according to the New York Times, “…”", "They created … and, according to the indictment, “…”").
     */
    private static Cue subjectOrSource(String subject, String sentence) {
        String source = IT.equals(subject) || THEY.equals(subject) ? Credits.accordingTo(sentence) : null;
        return source != null ? new Cue(source, "according-to") : new Cue(subject, "sentence-subject");
    }

    /** The subject "it", as {@link SentenceSubject} gives it. */
    private static final String IT = Phrases.HE + Phrases.NEUTER;
    /** The subject "they", as {@link SentenceSubject} gives it. */
    private static final String THEY = Phrases.HE + Phrases.PLURAL;

    /** A rule's answer not yet worked out (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String UNASKED = new String("?");

    /** The sieve for one quotation, surest rules first; null when no rule places a speaker. */
    private static Cue cue(String text, String masked, List<Quote> spans, int k, boolean labels, String[] cued) {
        Quote q = spans.get(k);
        String after = QuoteContext.after(text, spans, k);
        // a sentence holding more than eight quotations after this one is a list of marks, not prose: bounding it there
        // keeps a text that is nothing but quote marks linear with a small constant. Before it, four: the cue before is
        // read over the whole window, and a cue ahead of four quotations in one sentence ("called them “…,” “…,” “…”
        // and “…”") is carried on by the quotations between (a text of 5 MB of quotations with no full stop: 5.0 ->
        // 2.7 s; of AllSides' 241,215 quotations, 6 changed speaker, 2 better, 2 worse)
        int floor = k >= 4 ? spans.get(k - 4).start() : 0;
        int ceiling = k + 8 < spans.size() ? spans.get(k + 8).start() : masked.length();
        String sentence = titlesAsWords(text, spans, k, cued, QuoteContext.sentenceBefore(masked, q.start() - 1, floor), q.start() - 1);
        String next = QuoteContext.firstSentence(masked, q.end(), ceiling);
        String s;
        if (labels && (s = transcriptLabel(q.text())) != null) {
            return new Cue(s, "transcript-label");
        }
        if (passiveBefore(sentence) && (s = byAgent(after)) != null) {
            return new Cue(s, "cue-after"); // "… dubbed "Hillblazers" by the campaign"
        }
        if ((s = asPutIt(sentence, after)) != null) {
            return new Cue(s, "cue-before"); // "… as The New Yorker put it, "…"", "North Korea is "…" as Van Jackson puts it"
        }
        if ((s = OwnedWords.wordsOfAfter(after)) != null) {
            return new Cue(s, WORDS_OF); // "… “a referendum on the administration”, in the words of Scott Taylor"
        }
        if ((s = Credits.roundupCredit(text, q, after)) != null) {
            return new Cue(s, "cue-after"); // "… the fact that he did so “…” Neal K. Katyal, New York Times"
        }
        if ((s = CueBefore.raisedVoices(sentence)) != null) {
            return new Cue(s, RAISED_VOICE); // "confronted by protesters yelling: “Shame!”": theirs, not the subject's
        }
        boolean ends = Phrases.endsSentence(q.text());
        boolean embedded = embedded(sentence);
        // the rules below ask some of the same questions of the same text: each is answered once
        String lead = UNASKED;
        String trail = UNASKED;
        if (ends && leadsIn(sentence) && (lead = CueBefore.leading(sentence)) != null) {
            // "He added: "… punished." Lawyer Louise Christian, who …", "Trump said, “We will win.” Clinton said …": the
            // quotation ends its sentence, so the speaker before it speaks, not the next sentence's
            return new Cue(lead, "cue-before");
        }
        boolean credit = embedded && Credits.reportCredit(after);
        boolean direct = embedded && !credit && directCue(after, q);
        if (direct && innerCue(sentence) && (lead = CueBefore.leading(sentence)) != null && !Phrases.isPronoun(lead)) {
            // "When Cruz said Trump “supports …,” Trump responded", "Trump said separating families was “…,” added Tom
            // Cole": the speaker whose verb runs into the quotation said it; the one after only reports it
            return new Cue(lead, "cue-before");
        }
        if (!embedded && Character.isUpperCase(q.text().charAt(0)) && Credits.reportCredit(after)
                && (lead = lead != UNASKED ? lead : CueBefore.leading(sentence)) != null) {
            // "McCarty told his colleagues, “Kids' meals …,” the Sacramento Bee reported.": the paper reports who spoke
            // (a fragment that goes on the sentence, "“after she allegedly made a remark,” NBC News reported", is the paper's)
            return new Cue(lead, "cue-before");
        }
        if ((!embedded || direct) && !(ends && (handsOver(after) || CueAfter.opensReportedClause(after)))
                && (trail = CueAfter.trailing(after)) != null) {
            return new Cue(trail, "cue-after");
        }
        if (q.unclosed() && (s = CueAfter.creditLine(text, q.end())) != null) {
            return new Cue(s, "cue-after"); // a pulled quotation credited on the line below: "Norman Ornstein, AEI scholar."
        }
        if ((s = OwnedWords.ownerAroundWords(sentence, after, q.text())) != null) {
            return new Cue(s, OWNER); // "Trump picked up on Arpaio's “silent majority” line": the line is Arpaio's
        }
        if ((s = OwnedWords.ownerOfWords(sentence)) != null) {
            return new Cue(s, OWNER); // "Trump’s claim that there have been “…”": the claim is his
        }
        if ((s = OwnedWords.inTheWordsOf(sentence)) != null) {
            return new Cue(s, WORDS_OF); // "in the words of one former subordinate, “…”"
        }
        if ((s = lead != UNASKED ? lead : CueBefore.leading(sentence)) != null) {
            String atEnd;
            if (s.equals(NEUTER) && !ends && ((atEnd = Credits.sentenceEndCue(next)) != null
                    || (atEnd = Credits.saidFirstAtEnd(next)) != null)) {
                // "It may be saying something like, “…,” agreeing to disagree …, says psychologist Nancy Molitor.": an
                // "it" says the words as an example; the one the sentence's end names says the sentence
                return new Cue(atEnd, "cue-sentence-end");
            }
            return new Cue(s, "cue-before");
        }
        if (credit && (directCue(after, q) || Credits.outletCredit(after)) && (s = CueAfter.trailing(after)) != null) {
            return new Cue(s, "cue-after"); // the outlet, where the sentence names no one who said it
        }
        if (q.text().stripTrailing().endsWith(",") && nameAsideVerb(after) && !opensConcession(sentence)
                && (s = trail != UNASKED ? trail : (trail = CueAfter.trailing(after))) != null) {
            // "as the smell “could make you aware,” Zach Sikora, a psychologist at Northwestern, told the Times": no
            // verb of speech before the quote, a name, an aside and one after it
            return new Cue(s, "cue-after");
        }
        if (!(ends && Credits.anotherSentence(after)) && (s = Credits.sourceAfter(after)) != null) {
            return new Cue(s, "according-to"); // "…" according to the Equal Employment Opportunity Commission
        }
        if (!(ends && !embedded && Credits.anotherSentence(next)) && (s = Credits.sentenceEndCue(next)) != null
                || !ends && (s = Credits.saidFirstAtEnd(next)) != null) {
            return new Cue(s, "cue-sentence-end");
        }
        if (participleBeforeName(after)) { // "… paint him as a "…," calling DeSantis "…"": the sentence's subject speaks
            String head = Subjects.head(sentence);
            if (head != null && (s = SpeakerPhrase.speaker(head, false)) != null) {
                return new Cue(s, "cue-after");
            }
        }
        if (embedded && q.text().stripTrailing().endsWith(",") && !Continuation.hasSpeechVerb(sentence, 0, sentence.length())
                && !opensConcession(sentence) && plainCueAfter(after)
                && (s = trail != UNASKED ? trail : (trail = CueAfter.trailing(after))) != null) {
            // "Data collected on children “could be used to build a profile,” the report concluded": no verb of speech
            // before it, so the quotation carries the sentence's own verb, and the source after it says the words
            return new Cue(s, "cue-after");
        }
        if ((s = Credits.accordingToRightBefore(sentence)) != null
                && !Continuation.hasSpeechVerb(sentence, 0, sentence.toLowerCase(java.util.Locale.ROOT).lastIndexOf("according to"))) {
            // "Cotton flubbed the wording — according to a 2001 Congressional Research Service report, “…”": the source,
            // where the sentence names no one who speaks ("he mentioned that charters were, according to the reporter, “…”"
            // quotes him)
            return new Cue(s, "according-to");
        }
        String subjectOfSentence = UNASKED;
        if (embedded && (s = subjectOfSentence = SentenceSubject.of(sentence)) != null) {
            return subjectOrSource(s, sentence); // a partial quote inside a sentence: "Japan branded North Korea an "…""
        }
        if (embedded && !ends && (s = trail != UNASKED ? trail : CueAfter.trailing(after)) != null) {
            return new Cue(s, "cue-after");
        }
        if ((s = introducedBefore(masked, q.start())) != null) {
            return new Cue(s, "cue-before"); // "He said:" closing the paragraph before, or "…, Schiff said." just before the quote
        }
        if ((s = subjectOfSentence != UNASKED ? subjectOfSentence : SentenceSubject.of(sentence)) != null) {
            return subjectOrSource(s, sentence);
        }
        // a quotation that ends its sentence is not credited by the next one ("“…Project Dragonfly.” According to The
        // Washington Free Beacon, “…”" is the Beacon's next quotation), unless that one points back ("That's according to")
        if ((s = Credits.accordingTo(ends && Credits.anotherSentence(next) ? sentence : sentence + " " + next)) != null) {
            return new Cue(s, "according-to");
        }
        return null;
    }

    /**
     * The sentence before quotation {@code k} (ending at {@code end}) with each title quoted in it left out (those
     * before it whose cue {@code cued} holds are decided)
     * ("Nancy Pelosi, speaking on “Fox News Sunday,” said: “…”" as "… speaking on, said:"): a programme's or a work's
     * name is no quotation the speaker's name must follow.
     */
    private static String titlesAsWords(String text, List<Quote> spans, int k, String[] cued, String sentence, int end) {
        int start = end - sentence.length();
        StringBuilder out = null;
        int copied = 0;
        for (int j = Math.max(0, k - 4); j < k; j++) {
            Quote p = spans.get(j);
            if (p.unclosed() || p.start() - 1 < start || p.end() + 1 > end) {
                continue;
            }
            // a name in title case after a preposition or an owner ("… on “Fox News Sunday,” said she believes …", "On
            // ABC's “This Week,” Graham said"), that no cue reached or that the context shows is a title
            boolean title = Titles.afterPrepositionOrOwner(text, p) && Titles.titleCase(p.text()) && Phrases.wordsAtMost(p.text(), 6)
                    && (cued[j] == null || Titles.namedByContext(text, p));
            if (!title) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(sentence.length());
            }
            String t = p.text().stripTrailing();
            char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
            String before = sentence.substring(copied, p.start() - 1 - start).stripTrailing();
            if (before.endsWith("’s") || before.endsWith("'s")) {
                before = before.substring(0, before.length() - 2); // "the anchors of MSNBC’s “Morning Joe”": of MSNBC
            }
            out.append(before).append(",.;:".indexOf(last) >= 0 ? String.valueOf(last) : "");
            copied = p.end() + 1 - start;
        }
        return out == null ? sentence : out.append(sentence, copied, sentence.length()).toString();
    }

    /** The quotations of a text with their speakers as the text words them ("the president" stays so). */
    public static List<Quote> quotes(String original) {
        return quotes(original, false);
    }

    /**
     * As {@link #quotes(String)}, a lone office ("the president said") credited to the one person the article titles
     * so ({@link TitleReferents}), a lone role ("the spokeswoman said") to the one person it named with it before
     * ({@link RoleReferents}), and a state and party ("the Kentucky Republican said") to the one person it marks so
     * ({@link PartyEpithets}): the speakers the archive shows.
     */
    public static List<Quote> quotesResolvingOffices(String original) {
        return quotes(original, true);
    }

    private static List<Quote> quotes(String original, boolean resolveOffices) {
        List<Quote> spans = QuoteFinder.spans(original);
        if (spans.isEmpty()) {
            return List.of(); // nothing to attribute: skip building the article's people and sentences
        }
        if (spans.size() > original.length() / MIN_CHARS_PER_QUOTE) {
            return List.of(); // a quotation every few characters is a run of marks, not prose: nothing anyone said
        }
        String text = QuoteContext.plainSpaces(original); // same length: offsets hold; the quotes keep the original's text
        List<String> caseNames = new ArrayList<>(0);
        Tokens tokens = QuoteContext.maskQuotes(text, spans, caseNames); // the words of the text outside quotes, found once for every pass
        String masked = tokens.text;
        Relatives relatives = new Relatives();
        List<String> mentions = new ArrayList<>(Names.fullNameMentions(tokens, relatives));
        String[] subject = new String[spans.size()];
        char[] pronoun = new char[spans.size()];

        String[] rule = new String[spans.size()];
        boolean[] cue = new boolean[spans.size()];

        for (int k = 0; k < spans.size(); k++) {
            Cue c = cue(text, masked, spans, k, true, subject); // its own method: C2 recompiles a smaller unit when profiles change
            if (c != null) {
                subject[k] = c.subject();
                rule[k] = c.rule();
            }
        }
        dropLoneLabels(text, masked, spans, mentions, subject, rule);
        for (int k = 0; k < spans.size(); k++) {
            // a speech cue reached the quote; a sentence's subject alone does not make a short quote speech
            cue[k] = subject[k] != null && !"sentence-subject".equals(rule[k]);
            pronoun[k] = Phrases.isPronoun(subject[k]) ? subject[k].charAt(subject[k].length() - 1) : '?';
        }

        // the people of this article: full-name mentions, and anyone a cue named (a lone "Melanie" too)
        CapitalisedWords capitalised = new CapitalisedWords(masked, tokens.chars);
        Map<String, Boolean> places = new HashMap<>();
        for (String who : subject) {
            if (who != null && !Phrases.isPronoun(who) && Character.isUpperCase(who.charAt(0)) && who.equals(Names.personAtEnd(who))
                    && !(who.indexOf(' ') < 0 && places.computeIfAbsent(who, w -> SpeakerChecks.writtenAsPlace(masked, w, capitalised)))) {
                mentions.add(who); // names only: "A small group of students" is not a person to refer back to
            }
        }
        // a case's parties act nowhere, but their full names are the article's fullest ("United States v. Edith Windsor")
        ArticlePeople people = new ArticlePeople(caseNames.isEmpty() ? mentions : withCaseParties(mentions, caseNames), relatives);
        // which words the text has in lower case, asked of one-word speakers and of names no one may bear
        LowerCaseWords lowerCase = new LowerCaseWords(masked);
        Pronouns pronouns = new Pronouns(tokens, people, mentions, lowerCase);
        boolean askSex = people.namesRelatives(); // "Mrs. Trump" asks which relative only where there is one
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        char lastSpeakerSex = '?'; // the sex a title or pronoun told of lastSpeaker, where it was asked
        int lastQuoteLine = -10;
        int lastQuoteEnd = -1;
        int lastSpeakerLine = -10; // the line of the quotation that gave lastSpeaker
        boolean lastNoOnes = false; // the quotation before was kept as no one's, and is no sentence of its own
        int[] lines = QuoteContext.lineNumbers(text, spans);
        int[] lineStarts = QuoteContext.lineStarts(text, spans);
        // whether a one-word speaker is a name depends on the word and the article only: decided once per word
        Map<String, Boolean> notNames = new HashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            Quote q = spans.get(k);
            int line = lines[k];
            String who = subject[k];
            String by = rule[k];
            if (Phrases.isPronoun(who)) {
                // the nearest person named before the quote, outside quotes, whose pronouns in this article agree
                String ownBody = pronoun[k] == Phrases.NEUTER && "cue-before".equals(by) ? bodyOpeningSentence(masked, q.start()) : null;
                if (ownBody != null && !ownBody.equals(lastSpeaker) && !initialsOf(ownBody, lastSpeaker)) {
                    // "The NBA has been so insufferable …, that this past summer it announced that it has “moved away”": the
                    // body its own sentence opens with, not the one that spoke in the paragraph before
                    who = ownBody;
                } else if (pronoun[k] == Phrases.NEUTER && lastSpeaker != null && line - lastQuoteLine <= 2 && !SpeakerChecks.namesAPerson(lastSpeaker)) {
                    who = lastSpeaker; // "“…,” the company said. “…,” it added.": the body that spoke just before
                } else if (pronoun[k] == Phrases.PLURAL) {
                    // a group, a body or a document, or an unnamed source whom the news calls "they" ("a source close to
                    // Pence told CNN … they emphasized")
                    boolean group = lastSpeaker != null && (line - lastQuoteLine <= 2 || theyBetween(masked, lastQuoteEnd, q.start()))
                            && (SpeakerChecks.isGroup(lastSpeaker) || !SpeakerChecks.namesAPerson(lastSpeaker));
                    // "“…,” Senate Democrats said. “…,” they added."; "Kirby and Munoz praised …. “…,” they said."
                    who = group ? lastSpeaker : pronouns.firstOfSeveralBefore(q.start());
                    if (who == null) {
                        lastSpeaker = null; // others than the speaker before are cued: no continuing that speaker
                    }
                } else {
                    String asked = (pronoun[k] == 'm' || pronoun[k] == 'f') && "cue-after".equals(by) && line - lastQuoteLine <= 2
                            ? askedBefore(text, spans, k) : null;
                    String owner = asked == null && (pronoun[k] == 'm' || pronoun[k] == 'f') && "cue-before".equals(by)
                            ? CueBefore.ownerOfRelativeClause(QuoteContext.sentenceBefore(masked, q.start() - 1)) : null;
                    if (asked != null && pronouns.fits(people.fullest(asked), pronoun[k])) {
                        who = asked; // "“…?” a TV journalist asked Marine Le Pen. “…,” she declared": the one asked answers
                    } else if (owner != null && pronouns.fits(people.fullest(owner), pronoun[k])) {
                        // "Trump’s comments in which he referred to the coronavirus as the “…”": Trump's words, as an
                        // owner's, which leave who the sentence is about as it was (Biden, who "slammed" them)
                        who = owner;
                        by = OWNER;
                    } else {
                        // "Christie, he said, “has a lot of explaining to do.”": the pronoun is someone named before the
                        // sentence, whose quotation tells of Christie; not Christie
                        int topic = "cue-before".equals(by) ? CueBefore.topicBeforeSplitCue(masked, q) : -1;
                        // an "it" after a sentence about a body or a document ("The statement said …") is that
                        String body = pronoun[k] == Phrases.NEUTER ? pronouns.bodyBefore(q.start()) : null;
                        // an owner's "his" or "her": the one person the sentence names, where it names one
                        String named = OWNER.equals(by) && (pronoun[k] == 'm' || pronoun[k] == 'f')
                                ? pronouns.onlyPersonBeforeOwner(q.start() - 1 - QuoteContext.sentenceBefore(masked, q.start() - 1).length(),
                                        q.start(), pronoun[k]) : null;
                        int colon = "cue-after".equals(by) && (pronoun[k] == 'm' || pronoun[k] == 'f') ? colonBefore(masked, q.start()) : -1;
                        if (colon >= 0) {
                            // "… Michael Mann’s testimony before the committee: “…,” he asserted": the one the colon's
                            // words name, not the subject of the sentences before
                            named = pronouns.onlyPersonBeforeColon(colon - QuoteContext.sentenceBefore(masked, colon).length(),
                                    colon, pronoun[k]);
                        }
                        // someone the sentence just before brings in, unnamed, as saying something ("A farmer who didn’t
                        // want to reveal his name said …. “…,” he said."): the new one, not a person named before
                        String introduced = named == null && topic < 0 && (pronoun[k] == 'm' || pronoun[k] == 'f')
                                ? introducedUnnamedBefore(masked, q.start(), pronoun[k], people) : null;
                        who = pronoun[k] == Phrases.FIRST_PERSON ? null : body != null ? body : named != null ? named
                                : introduced != null ? introduced
                                : pronouns.resolve(topic >= 0 ? topic : q.start(), lastSpeaker,
                                        pronoun[k] == Phrases.NEUTER ? '?' : pronoun[k], addressee(text, spans, k, by, people));
                    }
                }
                if (who == null && (pronoun[k] == 'm' || pronoun[k] == 'f') && lastSpeaker != null && line - lastQuoteLine <= 2
                        && !SpeakerChecks.namesAPerson(lastSpeaker) && !SpeakerChecks.isGroup(lastSpeaker)
                        && SpeakerChecks.describedSexFits(lastSpeaker, pronoun[k])) {
                    // "“…,” a spokeswoman for the county mayor said. Lava can weigh “…”, she told Reuters.": no one named
                    // fits the pronoun; the unnamed source who spoke just before does
                    who = lastSpeaker;
                }
                if (who == null && (pronoun[k] == 'm' || pronoun[k] == 'f') && ("cue-after".equals(by) || "cue-before".equals(by))) {
                    // "The United Nations secretary-general … called this week for united action. “…,” he said.": no one
                    // named, the one the sentence before is about, described by what they are
                    String described = describedSubjectBefore(masked, q.start());
                    if (described != null && SpeakerChecks.describedSexFits(described, pronoun[k])) {
                        who = described;
                    }
                }
                if (who != null && (pronoun[k] == 'm' || pronoun[k] == 'f') && (SpeakerChecks.isGroup(who)
                        || !SpeakerChecks.namesAPerson(who) && !SpeakerChecks.describedSexFits(who, pronoun[k]))) {
                    // "he said" after "Senate Democrats said": a group is "they"; nor is "he" the spokeswoman who spoke before
                    who = null;
                }
                if (pronoun[k] == Phrases.NEUTER && who != null && (pronouns.calledHeOrShe(who)
                        || FirstNames.gender(who) != '?')) {
                    // "it" is the report or the agency, not a person the article calls "he" or "she", nor one named
                    // with a common first name ("It described Moser as “…”" after a quotation of Laura Moser's)
                    who = null;
                }
                by = by + "+pronoun";
            }
            if ("sentence-subject".equals(by) && who != null && SentenceSubject.isDescribedGroup(who) && Continuation.looksLikeTitleOrScareQuote(text, q)
                    && !(lastSpeaker != null && Continuation.continues(text, q, lastQuoteLine, line, lastQuoteEnd))) {
                // people a sentence describes keep a short quotation from being the speaker's before ("The pro-Trump
                // chalkers scrawled the campaign slogan “…”"), but make none speech that would be no one's ("The
                // researchers are testing …, those we categorize as “them”")
                who = null;
                by = "none";
            }
            // a sentence gave it a subject: part of a reported statement, not a title (the writer's "I" or "we" too)
            boolean placed = who != null || pronoun[k] == Phrases.FIRST_PERSON; // (a title's subject takes it back below)
            // a name the sentence's words wrap around a noun ("drew roars of approval at the “First in the West” dinner"):
            // kept, as the news quotes it, but said by no one, and no one's words go on in it
            boolean namesNoun = !cue[k] && Titles.beforeNoun(text, q);
            if (namesNoun) {
                who = null;
                by = "none";
            }
            if (who != null && !Phrases.isPronoun(who) && !"transcript-label".equals(by)
                    && notNames.computeIfAbsent(who, w -> SpeakerChecks.notAName(masked, w, people, capitalised, lowerCase))) {
                who = null; // "Bemoaning …", "Practice kindness …": capitalised only because it starts a sentence
                by = "none";
            }
            if (who != null && !Phrases.isPronoun(who) && (SpeakerChecks.loneWordForNoOne(who) || SpeakerChecks.adjectiveAlone(who)
                    || Subjects.namesNoOne(who) // "A closer look at Women2Women: “…”", "The problem is": what no one is
                    || SpeakerChecks.timeAlone(who) // "The next day, the “…” concept was born:"
                    || SpeakerChecks.adverbAlone(who) && people.fullest(who).equals(who) // "Equally disturbing is that …"; not Connolly
                    || SpeakerChecks.nationalityAlone(who) && people.fullest(who).equals(who))) { // not David French's "French"
                who = null; // "“…,” Trump said, despite having …": a word read as a speaker
                by = "none";
            }
            if (who != null && !Phrases.isPronoun(who) && SpeakerChecks.opensWithContraction(who)) {
                who = null; // "Here’s more: “…”", "It’s hard", "He’s the President who": a clause read as a speaker
                by = "none";
            }
            boolean unnamed = who != null && (SpeakerChecks.noWordIn(who) || SpeakerChecks.negated(who) // "no one noted"
                    || SpeakerChecks.isMonth(who) && people.fullest(who).equals(who)); // not "Sept" of Natalie Sept
            if (unnamed) {
                // "A form dated May 14, 2018, described him as “…”": a number (or a month) read as the cue's subject. Someone other
                // than the speaker before is cued, unnamed: neither this quotation nor the next continue that speaker
                who = null;
                by = "none";
                lastSpeaker = null;
            }
            if (who != null && (who.indexOf(" - ") > 0 || who.endsWith(" -"))) {
                who = SpeakerChecks.withoutSpacedDashAside(who);
            }
            String titledBy = null; // the subject of a sentence that names something in quotation marks
            if ("sentence-subject".equals(by) && who != null && Titles.titleCase(q.text()) && !Phrases.wordsAtMost(q.text(), 1)
                    && Titles.afterDeterminerOrOn(text, q)) {
                // a name in title case after "the", "on" or an owner's word ("introduced the “Medicare for All Act of
                // 2017”", "on “Fox News Sunday”"): a bill's, a show's or a group's name, which the subject did not say; the
                // subject goes on as the one the next quotation may continue
                titledBy = who;
                who = null;
                by = "none";
                placed = false;
            }
            boolean term = false; // a few words the speaker before would continue to, but in a sentence of the writer's
            // a quotation after words kept as no one's in its paragraph, the speaker before in an earlier paragraph, is no
            // more theirs than those ("Both Trump and Biden raise money via “…”.\n\nA fundraiser gets “…” and “…”"). After
            // a sentence of speech that is no one's, the paragraph's quotations go on as before: a quotation of several
            // paragraphs run into one line ("“It's all about my back. “There's a lot of work …")
            boolean afterNoOnes = lastNoOnes && line == lastQuoteLine && lastSpeakerLine != line;
            // a "he" or "she" left unresolved goes on the speaker before only where that speaker may be one ("“…,” he said"
            // after a spokeswoman's quotation is someone else's)
            boolean sexFits = pronoun[k] != 'm' && pronoun[k] != 'f' || lastSpeaker != null
                    && SpeakerChecks.describedSexFits(lastSpeaker, pronoun[k]) && pronouns.fits(people.fullest(lastSpeaker), pronoun[k]);
            if (who == null && lastSpeaker != null && !afterNoOnes && pronoun[k] != Phrases.FIRST_PERSON && sexFits
                    && Continuation.continues(text, q, lastQuoteLine, line, lastQuoteEnd)) {
                // a name before a noun is kept as such a term too: quoted, not the speaker's words
                term = namesNoun || Continuation.termInLaterSentence(text, q, lastQuoteEnd, lastSpeaker);
                String reporter = term ? null : reportedBetween(text, masked, q, line == lastQuoteLine, lastQuoteEnd, pronouns);
                if (reporter != null && !people.fullest(reporter).equals(people.fullest(lastSpeaker))) {
                    // "“…,” Bush said. Rubio fired back, saying Bush never took issue with … “The only reason …”": a
                    // sentence of someone else's speech comes between; the quotation after it is theirs
                    who = reporter;
                    by = "sentence-before";
                } else if (!term) {
                    who = lastSpeaker;
                    by = "continuation";
                }
            }
            if (who == null && !cue[k] && !namesNoun && !q.unclosed() && !Continuation.looksLikeTitleOrScareQuote(text, q)) {
                // a paragraph that is one quotation, no one's so far, after a paragraph without quotations that ends
                // on what a person did ("Ashley Kurth, a teacher, questioned Rubio about arming teachers.\n\n“Am I
                // supposed to …?”"): the news quotes that person. (A paragraph left open is the next one's speaker's.)
                int before = Continuation.paragraphBefore(text, q);
                int lineStart = lineStarts[k];
                // or a quotation opening a sentence in mid-paragraph, the paragraph's first: the sentence before it is
                // about the person who says it ("Diaz sees it differently: that …. “When I hear Bernie Sanders …”")
                boolean endsSentence = before < 0 && Phrases.endsSentence(q.text());
                // or after a sentence a "he" or "she" reports at its end ("Stocks need slowing down, he says. “…”"):
                // that pronoun's, not the person the sentence is about
                boolean pronounReports = endsSentence && Continuation.opensSentenceAfterPronounReport(text, q, lineStart);
                int from = before >= 0 ? before
                        : endsSentence && (pronounReports || Continuation.opensSentenceInParagraph(text, q, lineStart)) ? lineStart : -1;
                int upTo = before >= 0 ? lineStart : q.start() - 1;
                if (from >= 0 && (k == 0 || spans.get(k - 1).end() < from)) {
                    // a sentence in the first person ("Bob was the most mesmeric man I've ever worked with. “…”"): the
                    // one who speaks tells of the person it is about, who says nothing
                    boolean ownWords = Continuation.lastSentenceInFirstPerson(masked, from, upTo);
                    // a sentence a name or a description reports at its end ("The results were clear, the president
                    // said. “…”"): the one who reports it goes on speaking
                    String actor = null;
                    if (!pronounReports && !ownWords) {
                        String reporter = Continuation.reporterEnding(text, from, upTo);
                        actor = reporter != null ? reporter : pronouns.personEndingParagraph(from, upTo);
                    }
                    String how = before >= 0 ? "paragraph-before" : "sentence-before";
                    if (actor != null && SpeakerChecks.isMonth(actor)) {
                        actor = null; // "… declared in the London Daily Express, Oct. 15, 2009:": a date cut at its stop
                    }
                    if (actor != null) {
                        who = actor;
                        by = how;
                    } else if (!ownWords && (actor = pronouns.heOrSheEndingParagraph(from, upTo, lastSpeaker)) != null) {
                        // "“…,” MacGuineas said.\n\nShe acknowledges that the shutdown hurts.\n\n“But …”"
                        who = actor;
                        by = how + "+pronoun";
                    }
                }
            }
            boolean named = Titles.namedByContext(text, q) || Titles.soCalled(text, q) || Titles.namedAfterComma(text, q);
            // a programme the speaker named before it was on ("McCain said on "Face the Nation": "…""), or a work its
            // author wrote in ("In “Politics and the English Language,” George Orwell wrote …"): no quotation, but that
            // speaker speaks in the quotations after it
            boolean spokenOn = named && who != null && !Phrases.isPronoun(subject[k])
                    && (by.startsWith("cue-before") && Titles.spokenOn(text, q) || by.startsWith("cue") && Titles.writtenIn(text, q));
            if (!cue[k] && !placed && !term && who == null && Continuation.looksLikeTitleOrScareQuote(text, q)
                    || !cue[k] && Continuation.notSpeech(q) || named && !spokenOn) {
                if (titledBy != null) { // the name is left out, but its sentence's subject goes on as it would have
                    lastSpeaker = people.fullest(titledBy);
                    lastSpeakerSex = '?';
                    lastSpeakerLine = line;
                    lastQuoteLine = line;
                    lastQuoteEnd = q.end();
                    lastNoOnes = false;
                }
                continue;
            }
            char whoSex = '?';
            String written = who;
            // the sex a "he" or "she" cue tells ('?' for any other cue; no cue, no speaker: "by" is null then)
            char pronounSex = who != null && by.endsWith("+pronoun") && (pronoun[k] == 'm' || pronoun[k] == 'f') ? pronoun[k] : '?';
            if (who != null && who.indexOf(' ') < 0) {
                // a title tells which relative ("Mrs. Trump"), or which of two people the article calls "Mr." and
                // "Mrs." ("Mrs. McDonnell" where only Bob McDonnell is named in full); asked only where it can tell
                // "she said" tells it; a continuation is of the person decided before ("Ms. Russell said … “…” she
                // said. “…”" is not Mr. Russell's for "Mr. Russell scoffed" after it)
                boolean twoTitled = people.titledAsBothSexes(who);
                if (askSex || twoTitled || people.severalOfLastName(who)) {
                    char sex = "continuation".equals(by) ? lastSpeakerSex
                            : twoTitled && pronounSex != '?' ? pronounSex
                            : SpeakerChecks.honorificSex(masked, q, who);
                    who = people.fullest(who, sex);
                    whoSex = sex;
                } else {
                    who = people.fullest(who);
                }
            } else {
                who = people.fullest(who);
            }
            if (pronounSex != '?' && whoSex == '?' && ArticlePeople.otherSexFirstName(who, pronounSex)) {
                // "Jackson acknowledged his failings … “…,” he said" where the fullest Jackson is Amy Berman Jackson:
                // "he" is the one of that surname the article names as a man, or the surname alone
                String surname = Names.lastName(written.indexOf(' ') < 0 ? written : who);
                String ofSex = people.ofSex(surname, pronounSex);
                who = ofSex != null ? ofSex : surname;
                whoSex = pronounSex;
            }
            // decided as written, shown without them
            String shown = who == null ? null : shown(people.shownInFull(who));
            if (!named) {
                out.add(q.withSpeaker(shown, shown == null ? "none" : by));
            }
            if (who != null) {
                // "he" is no group; and an owner of words quoted in passing is not who the sentence is about ("He pushed
                // back against Trump’s assertion that NATO was “…”, telling reporters, “…”" is not Trump's)
                boolean raised = by.equals(RAISED_VOICE);
                if (Character.isUpperCase(who.charAt(0)) && !SpeakerPhrase.peopleNamedByWhom(who.split(" ")) && !by.startsWith(OWNER)
                        && !by.startsWith(WORDS_OF) && !raised) {
                    pronouns.speaker(q.end(), who);
                }
                String subjectHead = raised ? Subjects.head(QuoteContext.sentenceBefore(masked, q.start() - 1)) : null;
                if (raised && !Phrases.isPronoun(subjectHead)) {
                    // "Sanders … told a raucous crowd chanting “…” that …": the sentence's subject goes on, where a name;
                    // "with people chanting “…” and “…”": no one (a "he" who heard it goes on as the speaker before)
                    String name = subjectHead == null ? null : Names.personAtEnd(subjectHead); // "a smiling Trump"
                    lastSpeaker = name != null ? people.fullest(name) : null;
                    lastSpeakerSex = '?';
                    lastSpeakerLine = line;
                } else if (!by.startsWith(WORDS_OF) && !raised) {
                    lastSpeaker = who;
                    lastSpeakerSex = whoSex;
                    lastSpeakerLine = line;
                }
            } else if (!q.unclosed() && line - lastQuoteLine > 2) {
                // kept as speech, no one's, and paragraphs away from the speaker before: nor does that speaker reach
                // past it ("the cable TV stories asked: “…”" two paragraphs before "emphasis on “income inequality,” the
                // president tacked … instead of “inequality of opportunity.”" is not the stories')
                lastSpeaker = null;
            }
            if (titledBy != null) {
                lastSpeaker = people.fullest(titledBy);
                lastSpeakerSex = '?';
                lastSpeakerLine = line;
            }
            lastQuoteLine = line;
            lastQuoteEnd = q.end();
            lastNoOnes = who == null && titledBy == null && !(Character.isUpperCase(q.text().charAt(0)) && Phrases.endsSentence(q.text()));
        }
        Continuation.shareCueOverAnd(text, out);
        Continuation.attributeBackOverParagraphs(text, out);
        if (!resolveOffices) {
            return out;
        }
        List<Quote> offices = TitleReferents.resolve(text, out, mentions, people);
        return PartyEpithets.resolve(text, RoleReferents.resolve(text, offices, people), people);
    }

    private static List<String> withCaseParties(List<String> mentions, List<String> caseNames) {
        List<String> all = new ArrayList<>(mentions);
        all.addAll(CaseNames.partiesFullNames(caseNames));
        return all;
    }

    /**
     * The body named by its name (an institution's, "The Justice Department", or initials, "The NBA") that opens the
     * sentence before {@code quoteStart} as its subject, for an "it" later in that sentence; null otherwise.
     */
    private static String bodyOpeningSentence(String masked, int quoteStart) {
        String head = Subjects.head(QuoteContext.sentenceBefore(masked, quoteStart - 1));
        if (head == null || Phrases.isPronoun(head) || head.indexOf(' ') < 0 && !Names.isAcronym(head)) {
            return null;
        }
        String last = head.substring(head.lastIndexOf(' ') + 1);
        boolean named = Names.isAcronym(last) || Character.isUpperCase(last.charAt(0)) && Names.endsWithInstitution(head);
        return named && !SpeakerChecks.namesAPerson(head) ? SpeakerPhrase.speaker(head, false) : null;
    }

    /** Whether {@code initials} are {@code name}'s initials ("BA" of "British Airways"). */
    private static boolean initialsOf(String initials, String name) {
        if (name == null || initials.length() < 2) {
            return false;
        }
        StringBuilder first = new StringBuilder();
        for (String w : Words.splitOnSpaces(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                first.append(w.charAt(0));
            }
        }
        return first.toString().equals(initials);
    }

    /** Where the colon that introduces the quotation at {@code quoteStart} stands (spaces between), or -1. */
    private static int colonBefore(String masked, int quoteStart) {
        int i = Words.lineSpaceStartBefore(masked, quoteStart - 1); // before the opening mark
        return i > 0 && masked.charAt(i - 1) == ':' ? i - 1 : -1;
    }

    /**
     * A speaker's name as it is shown: without what a cue's words left on it (a name read across a run-together stop, a
     * connective, an owner's mark, a dangling "who", how they spoke, a title run into the name), its ranks' stops as
     * written.
     */
    private static String shown(String who) {
        String name = SpeakerChecks.withoutOwnersMark(SpeakerChecks.withoutConnective(SpeakerChecks.afterRunTogetherStop(who)));
        String bare = SpeakerChecks.withoutMannerPhrase(SpeakerChecks.withoutDanglingParticle(SpeakerChecks.withoutDanglingWho(name)));
        return bare == null ? null : QuoteContext.withRankStops(SpeakerChecks.withoutGluedTitle(bare));
    }

    /**
     * The person the sentence just before {@code quoteStart} is about when it opens with a description of one person by
     * what they are ("The United Nations secretary-general, who seeks $2 billion in aid, called …", "an audience member
     * encapsulated …"), or null: a name, a group, a body, or a sentence that is about no one.
     */
    private static String describedSubjectBefore(String masked, int quoteStart) {
        int end = lastMarkBefore(masked, quoteStart);
        if (end <= 0 || ".:".indexOf(masked.charAt(end)) < 0) {
            return null; // the quotation goes on a sentence of its own: its own words name who
        }
        String raw = QuoteContext.sentenceBefore(masked, end);
        String sentence = raw.strip();
        String head = sentence.isEmpty() ? null : Subjects.head(sentence);
        String who = head == null ? null : SpeakerPhrase.speaker(head, false);
        if (who != null && Phrases.isPronoun(who) && masked.charAt(end) == ':') {
            // "A Conservative spokeswoman said the party stuck to the rules. She said: “…”": the "she" of the line
            // introducing the quotation is the one the sentence before it is about
            int before = end - raw.length() - 1; // the last char of the sentence before
            while (before > 0 && Character.isWhitespace(masked.charAt(before))) {
                before--;
            }
            return before > 0 && masked.charAt(before) == '.' ? describedSubjectBefore(masked, before + 1) : null;
        }
        if (who == null || Phrases.isPronoun(who) || SpeakerChecks.namesAPerson(who) || SpeakerChecks.isGroup(who)) {
            return null;
        }
        String[] words = Words.splitOnSpaces(who);
        String first = words[0].toLowerCase(java.util.Locale.ROOT);
        String last = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        // a noun for one person last ("the official", "a student", "the ex-president"), not a body's ("A Department" of
        // "A Department for Work and Pensions spokeswoman")
        boolean described = (first.equals("the") || first.equals("a") || first.equals("an")) && words.length >= 2
                && (Names.ROLE_NOUNS.contains(last) || Subjects.personNoun(last) || last.endsWith("-general"));
        return described ? who : null;
    }

    /**
     * The one the sentence right before a quotation brings in as a new, unnamed person who says something ("A farmer who
     * didn’t want to reveal his name said he would feel safer."), when {@code sex} fits the description; null otherwise.
     * An indefinite description is someone new, whom the next "he" or "she" most likely means; a definite one ("the
     * senator") often refers back to a person named before. Not where the sentence names anyone the article knows ("A
     * spokeswoman for the PLO, Hanan Ashrawi, told the BBC", "…, Ms. Earl says."), sets a pronoun beside the description
     * ("A strong advocate of gun rights, he has …"), or the one described asks ("A reporter pushed back and said …").
     */
    private static String introducedUnnamedBefore(String masked, int quoteStart, char sex, ArticlePeople people) {
        int end = lastMarkBefore(masked, quoteStart);
        if (end <= 0 || masked.charAt(end) != '.') {
            return null;
        }
        String described = describedSubjectBefore(masked, quoteStart);
        if (described == null || !(described.startsWith("A ") || described.startsWith("An "))
                || !SpeakerChecks.describedSexFits(described, sex) || ASKERS.contains(described.substring(described.lastIndexOf(" ") + 1).toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        String sentence = QuoteContext.sentenceBefore(masked, end);
        if (!Continuation.hasSpeechVerb(sentence, 0, sentence.length()) || sentence.contains(", he ") || sentence.contains(", she ")) {
            return null;
        }
        int from = end - sentence.length();
        Words words = new Words(masked, from, end);
        while (words.next()) {
            if (Character.isUpperCase(masked.charAt(words.start()))
                    && people.byLastName(masked, words.start(), Names.endWithoutPossessive(masked, words.start(), words.end())) != null
                    && !forWhom(masked, from, words.start())) {
                return null; // someone the article names is in the sentence: the pronoun may well be theirs
            }
        }
        String whole = CueBefore.leading(sentence); // the description whole: "A spokesman for the Oxford University Press"
        return whole != null && whole.startsWith(described + " ") ? whole : described;
    }

    /**
     * Whether the name at {@code at} belongs to the description that opens the sentence at {@code from}, as whom the
     * one described works for ("A spokesman for Sen. Claire McCaskill of Missouri", "A spokesperson for Melania Trump"):
     * "for" before it, with only capitalised words and titles between, no comma before it, within 60 characters.
     */
    private static boolean forWhom(String masked, int from, int at) {
        int i = at;
        while (i > from) {
            int space = masked.lastIndexOf(' ', i - 2);
            if (space < from) {
                return false;
            }
            String word = masked.substring(space + 1, i).strip();
            if (word.equals("for")) {
                return masked.lastIndexOf(',', space) < from && space - from < 60;
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            i = space + 1;
        }
        return false;
    }

    /** Those whose words are questions put to someone, whose "he" or "she" after them is the one who answers. */
    private static final Set<String> ASKERS = Lexicon.of("reporter", "journalist", "questioner", "interviewer", "moderator");

    /** Where the last character before a quotation's opening that is no space or quotation mark is. */
    private static int lastMarkBefore(String masked, int quoteStart) {
        int end = quoteStart - 1;
        while (end > 0 && (Character.isWhitespace(masked.charAt(end)) || masked.charAt(end) == '"' || masked.charAt(end) == '\u201C')) {
            end--;
        }
        return end;
    }

    /** The person the quotation before the {@code k}th asked a question of, where it is a question and says whom. */
    /** Whom the pronoun's cue after quotation {@code k} tells it, as the article names them in full ("he told Mr. Romney"), or null. */
    private static String addressee(String text, List<Quote> spans, int k, String by, ArticlePeople people) {
        if (!"cue-after".equals(by)) {
            return null;
        }
        String name = CueAfter.pronounsAddressee(QuoteContext.after(text, spans, k));
        return name == null ? null : people.fullest(name);
    }

    private static String askedBefore(String text, List<Quote> spans, int k) {
        if (k == 0) {
            return null;
        }
        String question = spans.get(k - 1).text().stripTrailing();
        return question.endsWith("?") ? CueAfter.askedWhom(QuoteContext.after(text, spans, k - 1)) : null;
    }

    /**
     * A quotation that opens its sentence, right after a sentence that introduces it: "He said:" at the end of
     * the paragraph before, or "…, Schiff said." just before it in the same paragraph.
     */
    private static String introducedBefore(String masked, int quoteStart) {
        int i = quoteStart - 1;
        int floor = quoteStart - 400; // bounded: blanked quotations can make long runs of spaces
        while (i >= Math.max(0, floor) && (masked.charAt(i) == ' ' || masked.charAt(i) == '"' || masked.charAt(i) == '\u201C')) {
            i--;
        }
        int newlines = 0;
        while (i >= Math.max(0, floor) && Character.isWhitespace(masked.charAt(i))) {
            if (masked.charAt(i) == '\n') {
                newlines++;
            }
            i--;
        }
        if (i < 0) {
            return null;
        }
        char c = masked.charAt(i);
        String sentence = QuoteContext.sentenceBefore(masked, i);
        if (c == ':' && newlines <= 2) {
            String putIt = asPutIt(sentence, "");
            // "As the poet Robert Frost put it:" closing the paragraph before, as it is read before a quotation on its line
            return putIt != null ? putIt : CueBefore.leading(sentence + ":");
        }
        if (c == '.' && newlines == 0) {
            // the sentence before ends in a cue: "…, Schiff said." / "…, said Bart Naylor, an advocate." /
            // "…, Mr. Obama said in his interview."
            int comma = sentence.lastIndexOf(',');
            while (comma > 0) {
                String clause = sentence.substring(comma + 1).strip();
                String[] words = Words.splitOnSpaces(clause);
                if (words.length > 0 && CueBefore.invertsSubject(words[0]) && words.length > 1 && Character.isUpperCase(words[1].charAt(0))) {
                    // inverted: "said Bart Naylor"; a day after the verb names no one ("…,” Gallucci, a professor, said
                    // Friday at a discussion hosted by the Center …": the quotation goes on the one who said it)
                    return Phrases.DAYS.contains(words[1]) ? null : SpeakerPhrase.firstName(clause.substring(words[0].length()).strip());
                }
                if (words.length <= 3 && Phrases.isVerb(words[0]) && clause.equals(clause.toLowerCase(Locale.ROOT))) {
                    String head = Subjects.head(sentence); // "Her friend Brittany Lockwood, 20, a major, chimed in."
                    String s = head == null ? null : SpeakerPhrase.speaker(head, false);
                    return s != null && Character.isUpperCase(s.charAt(0)) ? s : null;
                }
                if (words.length > 1 && Credits.NEWS_REPORTING.contains(words[words.length - 1])) {
                    // "…,” Clinton told McCain at an event, Politico.com reported.": the outlet reports who spoke
                    comma = sentence.lastIndexOf(',', comma - 1);
                    continue;
                }
                for (int k = 1; k < words.length && k <= 5; k++) {
                    if (Phrases.isVerb(words[k]) && words.length - k <= 6 && Character.isUpperCase(words[k - 1].charAt(0))) {
                        // a description before the verb, closed by its comma ("…,” Sen. John Kennedy, Cassidy’s GOP
                        // colleague from Louisiana, said of his proposal."; not a name: "Intel’s General Counsel, Steve
                        // Rodgers, said"), or one opening in lower case: the name before it
                        String named = Character.isLowerCase(words[0].charAt(0)) || words[k - 1].endsWith(",") && describes(words, k)
                                ? Credits.nameBeforeDescription(sentence, comma, true) : null;
                        if (named != null) {
                            return named; // "…,” Paul Goosens, head of Preventon told the BBC.": the name, not the body
                        }
                        String s = SpeakerPhrase.speaker(String.join(" ", java.util.Arrays.copyOf(words, k)), false);
                        return s != null && Character.isUpperCase(s.charAt(0)) ? s : null;
                    }
                }
                if (words.length > 0 && (CueBefore.isAppositive(clause))) {
                    comma = sentence.lastIndexOf(',', comma - 1); // "…, said Bart Naylor, financial policy advocate"
                    continue;
                }
                break;
            }
            return reportedBy(sentence);
        }
        if (c == '.' && newlines <= 2) {
            return reportedBy(sentence); // the paragraph before ends reporting what someone said; this one quotes it
        }
        return null;
    }

    /**
     * Whether the first {@code n} words, the last ending in a comma, describe someone rather than name them: a word in
     * lower case among them ("Democrat of Vermont,"), or a state after a town ("Mayor Michael Coleman of Columbus, Ohio,").
     */
    private static boolean describes(String[] words, int n) {
        for (int i = 0; i < n; i++) {
            if (Character.isLowerCase(words[i].charAt(0))) {
                return true;
            }
        }
        String joined = String.join(" ", java.util.Arrays.copyOf(words, n));
        return UsStates.isStateName(joined.substring(0, joined.length() - 1));
    }

    /** Words at most before the speech verb of a sentence that reports what someone said. */
    private static final int REPORTER_WORDS = 12;

    /** Words at least after that verb: a statement, not "says yes." */
    private static final int REPORTED_WORDS = 4;

    /**
     * Who a sentence reports as saying something, when it opens with them and a speech verb ("A spokesman for Heinz,
     * Chris Bastardi, said the heir had nothing to do with it."): the quotation right after it, with no cue of its
     * own, is theirs. Null when the verb comes late or its subject is no name, pronoun or described source.
     */
    private static String reportedBy(String sentence) {
        if (SpeakerPhrase.hasQuoteMark(sentence)) {
            return null; // a sentence with a quotation of its own: that quotation's cue and speaker go on
        }
        if (sentence.indexOf(',') > 0) {
            Matcher aside = NAME_SAID_ASIDE.matcher(sentence);
            if (aside.find()) { // "Obama, Cruz said, was worse than an armchair quarterback. “…”"
                String name = Names.personAtEnd(aside.group(1));
                if (name != null && aside.group(1).endsWith(name) && !SpeakerPhrase.SUBJECT_PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
                    return name;
                }
            }
        }
        String[] words = Words.splitOnSpaces(sentence.strip());
        int verb = -1;
        for (int k = 1; k < words.length && k <= REPORTER_WORDS; k++) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (REPORTING_VERBS.contains(w)) {
                verb = k;
                break;
            }
        }
        if (verb < 0 || words.length - verb - 1 < REPORTED_WORDS) {
            return null; // no verb near the start, or no statement after it ("The prosecutor says yes.")
        }
        String before = words[verb - 1].toLowerCase(Locale.ROOT);
        String object = words[verb + 1].toLowerCase(Locale.ROOT);
        if (before.equals("and") || before.equals("but") || before.equals("or") || NOT_REPORTED.contains(object)) {
            return null; // "The right supports the deal, and argues", "Trump insisted on attending": no statement of theirs
        }
        for (int k = verb + 1; k <= verb + 4; k++) {
            if (words[k].endsWith(",")) {
                return null; // an aside, "The reason, said the Journal, is Iran.": the words after the verb speak
            }
        }
        String s = CueBefore.leading(String.join(" ", java.util.Arrays.copyOf(words, verb + 1)));
        // a pronoun is left to the quotation before (read on AllSides, "He said …" then a quotation went to the wrong
        // person as often as to the right one: "He noted that Biden's rating …" is the adviser's)
        return s != null && !Phrases.isPronoun(s) && Character.isUpperCase(s.charAt(0)) ? s : null;
    }

    /** A name and a reporting verb set between commas inside a sentence: "Obama, Cruz said, was worse …". */
    private static final Pattern NAME_SAID_ASIDE = Pattern.compile(
            ",\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*)\\s+(?:said|says|argued|argues|added|noted|notes|"
            + "explained|explains|insisted|insists|contended|contends|wrote|writes)\\s*,");

    /** Words after a reporting verb that make it report no statement: "insisted on attending", "thought about it". */
    private static final Set<String> NOT_REPORTED = Lexicon.of("on", "about", "of", "for", "in", "upon", "to", "with", "at");

    /** Verbs that report speech and take what was said as their object ("said the plan would work"). */
    private static final Set<String> REPORTING_VERBS = Lexicon.of("said", "says", "told", "added", "argued", "argues",
            "insisted", "insists", "explained", "explains", "noted", "notes", "warned", "warns", "stressed", "emphasized",
            "acknowledged", "admitted", "maintained", "maintains", "contended", "contends", "wrote", "writes", "claimed",
            "claims", "suggested", "predicted", "recalled", "complained", "conceded", "countered", "agreed",
            "believes", "believed", "thinks", "thought", "expects", "expected", "hopes", "hoped", "fears", "feared");

    /** Whether the sentence before a quotation ends in the colon, or in a comma right after its verb's clause ("Trump said, “…”"). */
    private static boolean leadsIn(String sentenceBefore) {
        String t = sentenceBefore.stripTrailing();
        if (t.endsWith(":")) {
            return true;
        }
        // a comma after the verb's own clause ("Ginsburg said,", "Pelosi wrote on Twitter,"), not after a clause that
        // only follows one ("Cruz told the show.But if Clinton is indicted,")
        if (!t.endsWith(",")) {
            return false;
        }
        int verb = verbInLastClause(t.substring(0, t.length() - 1));
        if (verb < 0) {
            return false;
        }
        for (int i = verb + 1; i + 1 < t.length(); i++) {
            if (t.charAt(i) == '.' && Character.isLowerCase(t.charAt(i - 1)) && Character.isUpperCase(t.charAt(i + 1))) {
                return false; // "show.But": two sentences run together, the comma not the verb's
            }
        }
        return true;
    }

    /** Where the last verb of speech of {@code s} stands, if no comma follows it; else -1. */
    private static int verbInLastClause(String s) {
        int verb = Phrases.lastVerb(s);
        return verb > s.lastIndexOf(',') ? verb : -1;
    }

    /**
     * Whether the sentence's last verb of speech stands in the clause that runs into the quotation ("Ryan says NATO is
     * an “"), not before a comma ("they called it “glitches,” but the rollout has “") and not as an -ing form ("without
     * asking them first was “").
     */
    private static boolean innerCue(String sentence) {
        int verb = verbInLastClause(sentence);
        if (verb < 0) {
            return false;
        }
        int end = verb;
        while (end < sentence.length() && Character.isLetter(sentence.charAt(end))) {
            end++;
        }
        return !sentence.startsWith("ing", end - 3);
    }

    /**
     * A quotation inside a running sentence ("called the plan "reckless" and …"): the sentence before it ends in
     * a word, not in a comma, colon or dash that hands over to the quote.
     */
    private static boolean embedded(String sentenceBefore) {
        for (int i = sentenceBefore.length() - 1; i >= 0; i--) {
            char c = sentenceBefore.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLetterOrDigit(c);
            }
        }
        return false;
    }

    static final Pattern LABEL = Pattern.compile("^(\\p{Lu}[\\p{Lu}'’. -]{1,30}):\\s");

    /**
     * Whether {@link #LABEL} may match at the start of {@code quote}, told by its first two code points: a capital, then
     * a capital or one of the label's marks. (A quick test: where it says no, the pattern does not match.)
     */
    static boolean mayBeLabel(String quote) {
        if (quote.length() < 3 || !Character.isUpperCase(quote.codePointAt(0))) {
            return false;
        }
        int c = quote.codePointAt(Character.charCount(quote.codePointAt(0)));
        return Character.isUpperCase(c) || c == '\'' || c == '’' || c == '.' || c == ' ' || c == '-';
    }

    /** Interview transcripts: "PENCE: Well, look, …" names its speaker inside the quote. */
    private static String transcriptLabel(String quote) {
        if (!mayBeLabel(quote)) {
            return null; // most quotations: ruled out by their first two chars, without a matcher each
        }
        Matcher m = LABEL.matcher(quote);
        if (!m.lookingAt()) { // anchored: find() would try the pattern at every char of the quotation
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : m.group(1).strip().toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /** Whether the words after a quotation open with a participle and a name: "…," calling DeSantis "…". */
    private static boolean participleBeforeName(String after) {
        int i = 0;
        while (i < after.length() && (Character.isWhitespace(after.charAt(i)) || ",;".indexOf(after.charAt(i)) >= 0)) {
            i++;
        }
        Words w = new Words(after, i, Math.min(after.length(), i + 60));
        if (!w.next() || w.start() != i || !Phrases.isParticiple(after, w.start(), w.end()) || !Phrases.isVerbAt(after, w.start(), w.end())) {
            return false;
        }
        int participleEnd = w.end();
        return w.next() && Character.isUpperCase(after.charAt(w.start())) && Words.onlySpaceBetween(after, participleEnd, w.start());
    }

    static final Pattern AS_PUT_IT = Pattern.compile(
            "\\b[Aa]s\\s+((?:[^\"\u201C\u201D.;]|\\.(?=\\p{L})" // a full stop inside a word: "buildyourown.org.uk"
            // a nickname's quotation, blanked: "as Bakersfield resident Craig “Buster” Barnard puts it"
            + "|[\"\u201C] {1,30}[\"\u201D]"
            // a title's full stop before a name: "as Sen. Chuck Schumer (D) of New York puts it"
            + "|(?<=(?:^|\\s)(?:" + String.join("|", Names.ABBREVIATED_TITLES) + "))\\.(?=\\s\\p{Lu})){2,160}?)"
            // "said it" only where the clause ends there: "As Clinton claimed …, Trump said it just goes to show" names no one
            + ",?\\s+(?:(?:put|puts)\\s+it\\b|(?:said|says|wrote|writes|described|describes)\\s+it(?=\\s*[,:;.\u2014\u2013]|\\s*$))");

    /** "as X put it" before the quote (in its sentence) or right after it. */
    private static String asPutIt(String sentence, String after) {
        // the pattern's lazy run backtracks from every "as": run only where its "as" and "put it" both are
        boolean inAfter = mayPutIt(after);
        boolean inSentence = mayPutIt(sentence);
        Matcher m = inAfter ? AS_PUT_IT.matcher(after) : null;
        // right after the quotation, in its sentence ("… “…” as Van Jackson puts it"); "As …" opens the next one's
        if (m == null || !m.find() || m.start() > 3 || after.charAt(m.start()) == 'A') {
            m = inSentence ? AS_PUT_IT.matcher(sentence) : null;
            if (m == null || !findPuttingAs(m, sentence)) {
                return null;
            }
        }
        String who = withoutBlankedQuotations(m.group(1)).strip();
        int inner = who.lastIndexOf(" as ");
        if (inner >= 0) {
            who = who.substring(inner + 4).strip(); // "As such, moderation is, as Joseph Hall put it": the last "as"
        }
        int comma = who.indexOf(',');
        String phrase = comma > 0 ? who.substring(0, comma) : who;
        if (comma > 0 && SpeakerPhrase.possessedNoun(phrase) != null) {
            return null; // "as his wife, Melania, put it" is left to the rules that read the name after the comma
        }
        String speaker = SpeakerPhrase.speaker(phrase, false);
        if (speaker != null || comma > 0) {
            return speaker;
        }
        return SpeakerPhrase.possessedNoun(phrase); // "as his campaign put it": who speaks for him
    }

    /** {@code s} with each blanked quotation (its marks and the spaces between) and the space before it taken out. */
    private static String withoutBlankedQuotations(String s) {
        if (s.indexOf('\u201C') < 0 && s.indexOf('"') < 0) {
            return s;
        }
        return BLANKED_QUOTATION.matcher(s).replaceAll("");
    }

    private static final Pattern BLANKED_QUOTATION = Pattern.compile(" ?[\"\u201C] {1,30}[\"\u201D]");

    /**
     * Finds the next "as X put it" whose "as" is not a role's or a comparison's: "Kingsdale, who served as the first
     * executive director …, puts it": the "as" of "served as", "known as", "such as" names no one who puts it.
     */
    private static boolean findPuttingAs(Matcher m, String s) {
        int from = 0;
        while (m.find(from)) {
            int end = m.start();
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            int start = Words.wordStartBefore(s, end, false);
            if (start >= end || !(s.startsWith("ed", end - 2) || ROLE_AS.contains(s, start, end))) {
                return true;
            }
            from = m.start() + 2;
        }
        return false;
    }

    /** Words after which "as" gives a role or a likeness, not whose words these are. */
    private static final WordSet ROLE_AS = new WordSet(Lexicon.of("such", "known", "well", "same", "serve", "serves", "serving",
            "act", "acts", "acting", "work", "works", "working", "so"));

    private static final String[] PUT_IT_VERBS = {"put", "puts", "said", "says", "wrote", "writes", "described", "describes"};

    /**
     * Whether {@code s} has what {@link #AS_PUT_IT} cannot match without: "as" then white space, and one of its
     * verbs, white space and "it". (A quick test: where it says no, the pattern finds nothing.)
     */
    static boolean mayPutIt(String s) {
        boolean as = false;
        for (int at = s.indexOf("as"); at >= 0 && !as; at = s.indexOf("as", at + 1)) {
            as = at + 2 < s.length() && Words.regexSpace(s.charAt(at + 2));
        }
        for (int at = s.indexOf("As"); at >= 0 && !as; at = s.indexOf("As", at + 1)) {
            as = at + 2 < s.length() && Words.regexSpace(s.charAt(at + 2)); // "As he put it, …"
        }
        if (!as) {
            return false;
        }
        for (int at = s.indexOf("it"); at >= 0; at = s.indexOf("it", at + 1)) {
            int end = at;
            while (end > 0 && Words.regexSpace(s.charAt(end - 1))) {
                end--;
            }
            if (end < at) {
                for (String verb : PUT_IT_VERBS) {
                    if (end >= verb.length() && s.startsWith(verb, end - verb.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The sentence before the quote ends in a past participle ("dubbed", "described as", "called"). */
    private static boolean passiveBefore(String sentence) {
        String last = Phrases.lastWord(sentence, Phrases.endPastArticles(sentence, sentence.length())); // "described as a"
        return last.endsWith("ed") || last.equals("called");
    }

    private static String byAgent(String after) {
        Matcher m = BY_AGENT.matcher(after);
        return m.find() ? SpeakerPhrase.speaker(m.group(1).strip(), false) : null;
    }

    /** After the verb, a title held before or after now: "then-Gov. Jim Doyle", "former Sen. Bob Kerrey", "ex-President". */
    private static boolean formerTitle(String[] w) {
        String t = w[1];
        int dash = t.indexOf('-');
        if ((t.startsWith("then-") || t.startsWith("ex-")) && dash + 1 < t.length()) {
            return Character.isUpperCase(t.charAt(dash + 1));
        }
        return w.length >= 3 && FORMER.contains(t) && Phrases.capitalised(w[2]);
    }

    private static final Set<String> FORMER = Lexicon.of("former", "then", "outgoing", "incoming");

    /** The text after a quote opens with its cue: "said Paula Sumberg, …" or ", Mr. Clyburn said". */
    private static boolean directCue(String after, Quote q) {
        String[] w = Words.splitOnSpaces(Credits.withoutLeadingPunct(after.strip()), 8);
        if (w.length >= 2 && Phrases.isVerb(w[0]) && (Phrases.capitalised(w[1]) || formerTitle(w))) {
            return true;
        }
        if (w.length >= 2 && (w[0].equals("he") || w[0].equals("she")) && verbBeforeComma(w[1])) {
            return true; // "… for their “narrow party interests”, he told a meeting of diplomats": the cue, not the subject
        }
        if (w.length >= 3 && (w[0].equals("he") || w[0].equals("she")) && PERFECT.contains(w[1]) && verbBeforeComma(w[2])) {
            return true; // "Videos … are “gruesome,” he has said, and …"
        }
        if (w.length >= 3 && SAYING.contains(w[0]) && CueBefore.DETERMINERS.contains(w[1]) && q.text().stripTrailing().endsWith(",")
                && !clauseAfterSource(w)) {
            return true; // "… “took effect immediately,” said a Chinese foreign ministry spokesman": the source, not the subject
        }
        if (w.length >= 3 && ASKING.contains(w[0]) && CueBefore.DETERMINERS.contains(w[1]) && q.text().stripTrailing().endsWith("?")
                && !clauseAfterSource(w)) {
            return true; // "If families don't have “…, how do they pay for fuel?” asks the Afghan road engineer"
        }
        if (q.text().stripTrailing().endsWith(",") && describedSourceThenVerb(w)) {
            return true; // "… will “undermine U.S. interests,” the 58 ex-officials wrote": the source, not the subject
        }
        if (Phrases.endsSentence(q.text())) {
            return false; // "… "outlaw nation." Russia insisted …": a new sentence, not this quote's cue
        }
        for (int i = 1; i < w.length && i <= 6; i++) {
            if (verbBeforeComma(w[i])) {
                // a name, or a title and a name ("White House spokesman Jay Carney told"): capitalised words, and
                // lower-case ones only for what someone is; "has" or "had" right before the verb ("Boehner has said")
                int subjectEnd = i >= 2 && PERFECT.contains(w[i - 1]) ? i - 1 : i;
                boolean titled = false;
                for (int j = 0; j < subjectEnd; j++) {
                    boolean role = !w[j].isEmpty() && Character.isLowerCase(w[j].charAt(0)) && j > 0 && SpeakerPhrase.roleNoun(w[j]);
                    titled |= role;
                    if (w[j].isEmpty() || !Character.isUpperCase(w[j].charAt(0)) && !role) {
                        return false;
                    }
                }
                return subjectEnd <= 4 || titled;
            }
        }
        return false;
    }

    /**
     * The one person whose speech the sentence right before quotation {@code q} reports, in the paragraph of the quotation
     * before it and after that one: "Rubio fired back, saying Bush never …" before a quotation that opens its sentence.
     */
    private static String reportedBetween(String text, String masked, Quote q, boolean sameLine, int lastQuoteEnd, Pronouns pronouns) {
        // on the line of the quotation before: that one's end bounds every look back (a text with no line break
        // must not be read back to its start for each quotation)
        if (!sameLine || lastQuoteEnd < 0 || q.unclosed() || !Phrases.endsSentence(q.text())
                || !Continuation.opensSentenceInParagraph(text, q, lastQuoteEnd)) {
            return null;
        }
        int end = q.start() - 1; // the opening mark
        int stop = end - 1;
        while (stop > lastQuoteEnd && masked.charAt(stop) == ' ') {
            stop--;
        }
        if (stop <= lastQuoteEnd || ".?!".indexOf(masked.charAt(stop)) < 0) {
            return null;
        }
        // the start of the sentence that ends at the stop before the quotation ("Sen." no stop)
        int sentence = stop - QuoteContext.sentenceBefore(masked, stop, lastQuoteEnd + 1).length();
        if (sentence <= lastQuoteEnd + 1 || !Continuation.hasSpeechVerb(masked, sentence, stop)) {
            return null; // the quotation's own cue before ("…,” Bush said.") is no other sentence
        }
        String actor = pronouns.firstPersonEnding(sentence, end);
        return actor == null || SpeakerChecks.isMonth(actor) ? null : actor;
    }

    /**
     * Whether the words after a quotation may be a plain cue: only a source's words before its verb ("the report
     * concluded", "Michael Isikoff of Yahoo News recently reported", "as Bill Gertz once reported"). Not a clause that
     * goes on the sentence ("a social-media conspiracy that falsely claimed", "an emotional sell-off could threaten",
     * "the importance of having allies noting", "the foundational text calls for").
     */
    static boolean plainCueAfter(String after) {
        String[] w = Words.splitOnSpaces(Credits.withoutLeadingPunct(after.strip()), 10);
        for (int i = 0; i < w.length && i <= 8; i++) {
            String word = w[i];
            int dash = word.indexOf('\u2014');
            word = dash > 0 ? word.substring(0, dash) : word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
            if (Phrases.isVerb(word)) {
                return !word.endsWith("ing") && !(i + 1 < w.length && w[i + 1].equals("for"));
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            boolean afterCapital = i > 0 && !w[i - 1].isEmpty() && Character.isUpperCase(w[i - 1].charAt(0));
            if (lower.equals("to") && afterCapital || lower.equals("as") && i > 0 && w[i - 1].equals("quoted")) {
                continue; // "U.S. Ambassador to the United Nations Nikki Haley said", "Mr. Xi was quoted as telling"
            }
            if (VERB_GOES_ON.contains(lower)) {
                // "James Comey would later tell", "Glenn Reynolds likes to say", "Mr. Xi was quoted as telling"
                if (!(i + 1 < w.length && (Phrases.isVerb(w[i + 1]) || w[i + 1].equals("quoted"))
                        || i + 2 < w.length && Phrases.isVerb(w[i + 2]))) {
                    return false;
                }
            } else if (NOT_IN_A_SOURCE.contains(lower) && !(i == 0 && (lower.equals("as") || lower.equals("which")))) {
                return false;
            }
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && word.endsWith(".")) {
                return true; // "the report states.": the cue ends its sentence (a verb we do not list as speech)
            }
        }
        return true;
    }

    /** Words no source's name or description before its verb holds: a relative, a preposition of a clause. */
    private static final java.util.Set<String> NOT_IN_A_SOURCE = Lexicon.of("that", "which", "who", "whom", "whose",
            "without", "despite", "while", "when", "if", "because", "as", "than", "not", "having", "being", "getting");

    /** Words a source's verb may come one or two words after ("would later tell"); before any other word, a clause's. */
    private static final java.util.Set<String> VERB_GOES_ON = Lexicon.of("could", "would", "will", "should", "may",
            "might", "must", "can", "to", "is", "are", "was", "were", "be", "been");

    /** The auxiliaries of a perfect tense: "has said", "had told". */
    private static final java.util.Set<String> PERFECT = Lexicon.of("has", "had");

    /** A verb of speech, with or without a comma after it ("Mr. Maksut says, as the community tried to decide"). */
    private static boolean verbBeforeComma(String word) {
        return Phrases.isVerb(word.endsWith(",") ? word.substring(0, word.length() - 1) : word);
    }

    /**
     * Whether the words open with someone described, then a speech verb: "the officials said", "a senior aide told",
     * "the 58 ex-officials wrote" (a determiner or a number, up to three lower-case words, a noun for a person or for
     * people, the verb), "officials said".
     */
    private static boolean describedSourceThenVerb(String[] w) {
        if (w.length >= 2 && !w[0].isEmpty() && Character.isLowerCase(w[0].charAt(0)) && Subjects.peopleNoun(w[0]) && Phrases.isVerb(w[1])) {
            return true; // "officials said", "critics say"
        }
        if (w.length < 3 || w[0].isEmpty() || !CueBefore.DETERMINERS.contains(w[0]) && !Character.isDigit(w[0].charAt(0))) {
            return false;
        }
        for (int i = 2; i < w.length && i <= 5; i++) {
            if (Phrases.isVerb(w[i])) {
                for (int j = 1; j < i; j++) {
                    // a name's words: the name's rules decide; but a capital before the noun for the person is what
                    // they are ("the Tory leader said", "a White House spokesman told")
                    if (w[j].isEmpty() || Character.isUpperCase(w[j].charAt(0)) && (j == i - 1 || i == 2)) {
                        return false;
                    }
                }
                return CueBefore.namesPeople(w[i - 1]);
            }
        }
        return false;
    }

    /**
     * Whether a sentence opens with a concession ("While Hawley's bill alleges that features “…,” Daisy Soderberg-Rivkin
     * said …"): the quotation in it is the concession's, and the name after it speaks in the main clause.
     */
    private static boolean opensConcession(String sentence) {
        String first = Words.firstOnSpaces(sentence.strip()).toLowerCase(Locale.ROOT);
        return first.equals("while") || first.equals("although") || first.equals("though") || first.equals("whereas")
                || first.equals("whilst");
    }

    /**
     * Whether the text after a quote opens with a name of one to four capitalised words and a comma, an aside of no more
     * than 150 characters up to the next comma, and a verb of speech right after that comma: "Zach Sikora, a clinical
     * psychologist at Northwestern Medicine in Chicago, told …".
     */
    private static boolean nameAsideVerb(String after) {
        String t = Credits.withoutLeadingPunct(after.strip());
        int comma = t.indexOf(',');
        if (comma <= 0 || comma > 60) {
            return false;
        }
        String[] name = Words.splitOnSpaces(t.substring(0, comma));
        if (name.length > 4) {
            return false;
        }
        for (String w : name) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        int next = t.indexOf(',', comma + 1);
        if (next < 0 || next - comma > 150 || Phrases.otherSentence(t.substring(comma + 1, next))) {
            return false;
        }
        String[] rest = Words.splitOnSpaces(t.substring(next + 1).strip(), 2);
        return rest.length >= 1 && Phrases.isVerb(rest[0]);
    }

    /** Whether the words after "said the …" go on with a verb of their own: what was said ("said the nation was …"). */
    private static boolean clauseAfterSource(String[] w) {
        for (int i = 2; i < w.length; i++) {
            if (Phrases.AUXILIARIES.contains(w[i])) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that hand a question to the one who asks it, after it: "“…?” asks the engineer". */
    private static final java.util.Set<String> ASKING = Lexicon.of("asks", "asked", "wonders", "wondered");

    /** The verbs of saying itself, without an object: others take one ("…," described the president as …; told the nation). */
    private static final java.util.Set<String> SAYING = Lexicon.of("said", "says", "added", "adds",
            "wrote", "writes", "explained", "explains", "noted", "notes", "warned", "warns", "argued", "argues", "recalled",
            "recalls", "replied", "replies", "continued", "continues", "insisted", "insists");

    /**
     * Whether the words after a quotation that ended its sentence introduce the next one: "“…” Stone shot back: “Ha! …”"
     * is the next quotation's cue, not this one's (a short run of words, no comma or full stop, a colon, then a quote;
     * commas too where a verb of speech ends the words: "“…” LTA chief executive, John Crowther, added: “…”").
     */
    private static boolean handsOver(String after) {
        int colon = after.indexOf(':');
        if (colon < 0 || colon > 100) {
            return false;
        }
        // commas only around an aside before the verb that ends at the colon ("LTA chief executive, John Crowther,
        // added: “…”"); without one, a short run of words ("Stone shot back:")
        int comma = after.indexOf(',');
        int lastComma = after.lastIndexOf(',', colon);
        // the verb right after the aside's closing comma, an adverb at most between ("…, John Crowther, added:"); no
        // verb before the first comma ("Clinton quipped, adding:" is this quotation's cue)
        boolean verbLast = lastComma >= 0 && Phrases.isVerb(Phrases.lastWord(after, colon))
                && Words.splitOnSpaces(after.substring(lastComma + 1, colon).strip()).length <= 2
                && Phrases.lastVerb(after.substring(0, comma)) < 0;
        if (colon > 60 && !verbLast) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = after.charAt(i);
            if (c == ',' && !verbLast || c == '.' || c == '\n' || c == '"' || c == '\u201C' || c == '\u201D') {
                return false;
            }
        }
        int next = colon + 1;
        while (next < after.length() && after.charAt(next) == ' ') {
            next++;
        }
        return next == after.length() || after.charAt(next) == '"' || after.charAt(next) == '\u201C';
    }

    /** The rule of a quotation whose words the sentence gives as someone's ("Waters’ suggestion that opponents “…”"). */
    private static final String OWNER = "owner";

    /**
     * The rule of a quotation the writer borrows ("in the words of Abraham Lincoln, “…”"): its author takes no part in
     * the article's exchange, so the quotations after it do not continue that author.
     */
    private static final String WORDS_OF = "words-of";

    /**
     * The rule of a chant or a cry the sentence gives to a crowd or to someone in passing ("Sanders told a raucous crowd
     * chanting “…” that …"): the quotations after it continue the sentence's subject, not the crowd.
     */
    private static final String RAISED_VOICE = "raised-voice";

    /** A passive cue after the quote: "… dubbed "Hillblazers" by the campaign". */
    // a hyphen inside a word is part of it ("by an economic-development official"); one set off by spaces ends the agent
    private static final Pattern BY_AGENT = Pattern.compile("^\\s*by\\s+((?:the|a|an|his|her|their)\\s+(?:[^,.;:\\u2014\\u2013\"\u201C\u201D-]|(?<=\\p{L})-(?=\\p{L})){2,60}"
            + "|\\p{Lu}(?:[^,.;:\\u2014\\u2013\"\u201C\u201D-]|(?<=\\p{L})-(?=\\p{L})){1,60})");
}
