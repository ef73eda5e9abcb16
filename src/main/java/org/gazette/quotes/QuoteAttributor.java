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
 * This class runs the sieve and the pass over an article's quotations. The cues are read by {@link CueAfter} and
 * {@link CueBefore}, which ask {@link SpeakerPhrase} whom a cue's words name; {@link Pronouns} resolves a pronoun to
 * the person it refers to; {@link Phrases} answers the word-level questions they all ask.
 */
public final class QuoteAttributor {
    private static final Pattern TRAILING_ENDS = Pattern.compile("[.!?]+$");

    private static final Pattern LEADING_PUNCT = Pattern.compile("^[,;:\u2014\u2013-]+\\s*");

    private static final Pattern HANDLE = Pattern.compile("@\\w");

    /** The source after "according to", up to the clause's end; an abbreviation's dots ("a top U.S. official") are no end. */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\baccording to\\s+(?<subj>(?:[^,.;:!?\"\u201C\u201D\n]|\\.(?=\\p{L})|(?<=(?:^|[\\s.])(?-i:\\p{Lu}))\\."
            // a title's full stop before a name: "according to Mr. Barnes", "according to Sen. Rand Paul"
            + "|(?<=(?:^|\\s)(?-i:" + String.join("|", Names.ABBREVIATED_TITLES) + "))"
            + "\\.(?=\\s(?-i:\\p{Lu}))){2,80})",
            Pattern.CASE_INSENSITIVE);

    /**
     * A subject that names no one ("Russian warplanes", "One of the measures"): without a letter, it is read as a cued
     * speaker left unnamed (no speaker, and none to continue), as a number read as a subject is.
     */
    private static final String NO_ONE = "\u0000";

    /** Prose has far more text than quotations: even a string of one-word quotes with cues is 30 chars each. */
    private static final int MIN_CHARS_PER_QUOTE = 10;

    /** Bump when extraction or attribution changes: archives then re-extract their stored quotations on open. */
    public static final int FORMAT = 149;

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
                Cue c = cue(text, masked, spans, k, false);
                subject[k] = c == null ? null : c.subject();
                rule[k] = c == null ? null : c.rule();
            }
        }
    }

    /** A rule's answer not yet worked out (compared by identity). */
    @SuppressWarnings("StringOperationCanBeSimplified")
    private static final String UNASKED = new String("?");

    /** The sieve for one quotation, surest rules first; null when no rule places a speaker. */
    private static Cue cue(String text, String masked, List<Quote> spans, int k, boolean labels) {
        Quote q = spans.get(k);
        String after = after(text, spans, k);
        // a sentence holding more than eight quotations before or after this one is a list of marks, not prose:
        // bounding it there keeps a text that is nothing but quote marks linear with a small constant
        int floor = k >= 8 ? spans.get(k - 8).start() : 0;
        int ceiling = k + 8 < spans.size() ? spans.get(k + 8).start() : masked.length();
        String sentence = sentenceBefore(masked, q.start() - 1, floor);
        String next = firstSentence(masked, q.end(), ceiling);
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
        if ((s = wordsOfAfter(after)) != null) {
            return new Cue(s, WORDS_OF); // "… “a referendum on the administration”, in the words of Scott Taylor"
        }
        if ((s = roundupCredit(text, q, after)) != null) {
            return new Cue(s, "cue-after"); // "… the fact that he did so “…” Neal K. Katyal, New York Times"
        }
        boolean ends = endsSentence(q.text());
        boolean embedded = embedded(sentence);
        // the rules below ask some of the same questions of the same text: each is answered once
        String lead = UNASKED;
        String trail = UNASKED;
        if (ends && leadsIn(sentence) && (lead = CueBefore.leading(sentence)) != null) {
            // "He added: "… punished." Lawyer Louise Christian, who …", "Trump said, “We will win.” Clinton said …": the
            // quotation ends its sentence, so the speaker before it speaks, not the next sentence's
            return new Cue(lead, "cue-before");
        }
        boolean credit = embedded && reportCredit(after);
        boolean direct = embedded && !credit && directCue(after, q);
        if (direct && innerCue(sentence) && (lead = CueBefore.leading(sentence)) != null && !Phrases.isPronoun(lead)) {
            // "When Cruz said Trump “supports …,” Trump responded", "Trump said separating families was “…,” added Tom
            // Cole": the speaker whose verb runs into the quotation said it; the one after only reports it
            return new Cue(lead, "cue-before");
        }
        if ((!embedded || direct) && !(ends && handsOver(after)) && (trail = CueAfter.trailing(after)) != null) {
            return new Cue(trail, "cue-after");
        }
        if (q.unclosed() && (s = CueAfter.creditLine(text, q.end())) != null) {
            return new Cue(s, "cue-after"); // a pulled quotation credited on the line below: "Norman Ornstein, AEI scholar."
        }
        if ((s = ownerOfWords(sentence)) != null) {
            return new Cue(s, OWNER); // "Trump’s claim that there have been “…”": the claim is his
        }
        if ((s = inTheWordsOf(sentence)) != null) {
            return new Cue(s, WORDS_OF); // "in the words of one former subordinate, “…”"
        }
        if ((s = lead != UNASKED ? lead : CueBefore.leading(sentence)) != null) {
            return new Cue(s, "cue-before");
        }
        if (credit && (directCue(after, q) || outletCredit(after)) && (s = CueAfter.trailing(after)) != null) {
            return new Cue(s, "cue-after"); // the outlet, where the sentence names no one who said it
        }
        if (q.text().stripTrailing().endsWith(",") && nameAsideVerb(after) && !opensConcession(sentence)
                && (s = trail != UNASKED ? trail : (trail = CueAfter.trailing(after))) != null) {
            // "as the smell “could make you aware,” Zach Sikora, a psychologist at Northwestern, told the Times": no
            // verb of speech before the quote, a name, an aside and one after it
            return new Cue(s, "cue-after");
        }
        if ((s = sourceAfter(after)) != null) {
            return new Cue(s, "according-to"); // "…" according to the Equal Employment Opportunity Commission
        }
        if ((s = sentenceEndCue(next)) != null) {
            return new Cue(s, "cue-sentence-end");
        }
        if (participleBeforeName(after)) { // "… paint him as a "…," calling DeSantis "…"": the sentence's subject speaks
            String head = Subjects.head(sentence);
            if (head != null && (s = SpeakerPhrase.speaker(head, false)) != null) {
                return new Cue(s, "cue-after");
            }
        }
        String subjectOfSentence = UNASKED;
        if (embedded && (s = subjectOfSentence = sentenceSubject(sentence)) != null) {
            return new Cue(s, "sentence-subject"); // a partial quote inside a sentence: "Japan branded North Korea an "…""
        }
        if (embedded && !ends && (s = trail != UNASKED ? trail : CueAfter.trailing(after)) != null) {
            return new Cue(s, "cue-after");
        }
        if ((s = introducedBefore(masked, q.start())) != null) {
            return new Cue(s, "cue-before"); // "He said:" closing the paragraph before, or "…, Schiff said." just before the quote
        }
        if ((s = subjectOfSentence != UNASKED ? subjectOfSentence : sentenceSubject(sentence)) != null) {
            return new Cue(s, "sentence-subject");
        }
        if ((s = accordingTo(sentence + " " + next)) != null) {
            return new Cue(s, "according-to");
        }
        return null;
    }

    /** The quotations of a text with their speakers as the text words them ("the president" stays so). */
    public static List<Quote> quotes(String original) {
        return quotes(original, false);
    }

    /**
     * As {@link #quotes(String)}, a lone office ("the president said") credited to the one person the article titles
     * so ({@link TitleReferents}): the speakers the archive shows.
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
        String text = plainSpaces(original); // same length: offsets hold; the quotes keep the original's text
        Tokens tokens = maskQuotes(text, spans); // the words of the text outside quotes, found once for every pass
        String masked = tokens.text;
        Relatives relatives = new Relatives();
        List<String> mentions = new ArrayList<>(Names.fullNameMentions(tokens, relatives));
        String[] subject = new String[spans.size()];
        char[] pronoun = new char[spans.size()];

        String[] rule = new String[spans.size()];
        boolean[] cue = new boolean[spans.size()];

        for (int k = 0; k < spans.size(); k++) {
            Cue c = cue(text, masked, spans, k, true); // its own method: C2 recompiles a smaller unit when profiles change
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
                    && !(who.indexOf(' ') < 0 && places.computeIfAbsent(who, w -> writtenAsPlace(masked, w, capitalised)))) {
                mentions.add(who); // names only: "A small group of students" is not a person to refer back to
            }
        }
        Names.Index people = new Names.Index(mentions, relatives);
        Pronouns pronouns = new Pronouns(tokens, people);
        boolean askSex = people.namesRelatives(); // "Mrs. Trump" asks which relative only where there is one
        List<Quote> out = new ArrayList<>();
        String lastSpeaker = null;
        int lastQuoteLine = -10;
        int lastQuoteEnd = -1;
        int[] lines = lineNumbers(text, spans);
        // whether a one-word speaker is a name depends on the word and the article only: decided once per word
        Map<String, Boolean> notNames = new HashMap<>();
        for (int k = 0; k < spans.size(); k++) {
            Quote q = spans.get(k);
            int line = lines[k];
            String who = subject[k];
            String by = rule[k];
            if (Phrases.isPronoun(who)) {
                // the nearest person named before the quote, outside quotes, whose pronouns in this article agree
                if (pronoun[k] == Phrases.NEUTER && lastSpeaker != null && line - lastQuoteLine <= 2 && !namesAPerson(lastSpeaker)) {
                    who = lastSpeaker; // "“…,” the company said. “…,” it added.": the body that spoke just before
                } else if (pronoun[k] == Phrases.PLURAL) {
                    // a group, a body or a document, or an unnamed source whom the news calls "they" ("a source close to
                    // Pence told CNN … they emphasized")
                    boolean group = lastSpeaker != null && line - lastQuoteLine <= 2 && (isGroup(lastSpeaker) || !namesAPerson(lastSpeaker));
                    // "“…,” Senate Democrats said. “…,” they added."; "Kirby and Munoz praised …. “…,” they said."
                    who = group ? lastSpeaker : pronouns.firstOfSeveralBefore(q.start());
                    if (who == null) {
                        lastSpeaker = null; // others than the speaker before are cued: no continuing that speaker
                    }
                } else {
                    who = pronoun[k] == Phrases.FIRST_PERSON ? null
                            : pronouns.resolve(q.start(), lastSpeaker, pronoun[k] == Phrases.NEUTER ? '?' : pronoun[k]);
                }
                if (who != null && (pronoun[k] == 'm' || pronoun[k] == 'f') && isGroup(who)) {
                    who = null; // "he said" after "Senate Democrats said": a group is "they"
                }
                if (pronoun[k] == Phrases.NEUTER && who != null && pronouns.calledHeOrShe(who)) {
                    who = null; // "it" is the report or the agency, not a person the article calls "he" or "she"
                }
                by = by + "+pronoun";
            }
            if ("sentence-subject".equals(by) && who != null && isDescribedGroup(who) && looksLikeTitleOrScareQuote(text, q)
                    && !(lastSpeaker != null && continues(text, q, lastQuoteLine, line, lastQuoteEnd))) {
                // people a sentence describes keep a short quotation from being the speaker's before ("The pro-Trump
                // chalkers scrawled the campaign slogan “…”"), but make none speech that would be no one's ("The
                // researchers are testing …, those we categorize as “them”")
                who = null;
                by = "none";
            }
            boolean placed = who != null; // a sentence gave it a subject: part of a reported statement, not a title
            if (who != null && !Phrases.isPronoun(who) && !"transcript-label".equals(by)
                    && notNames.computeIfAbsent(who, w -> notAName(masked, w, people, capitalised))) {
                who = null; // "Bemoaning …", "Practice kindness …": capitalised only because it starts a sentence
                by = "none";
            }
            if (who != null && !Phrases.isPronoun(who) && opensWithContraction(who)) {
                who = null; // "Here’s more: “…”", "It’s hard", "He’s the President who": a clause read as a speaker
                by = "none";
            }
            boolean unnamed = who != null && noWordIn(who);
            if (unnamed) {
                // "A form dated May 14, 2018, described him as “…”": a number read as the cue's subject. Someone other
                // than the speaker before is cued, unnamed: neither this quotation nor the next continue that speaker
                who = null;
                by = "none";
                lastSpeaker = null;
            }
            if (who != null && (who.indexOf(" - ") > 0 || who.endsWith(" -"))) {
                who = withoutSpacedDashAside(who);
            }
            if (who == null && lastSpeaker != null && continues(text, q, lastQuoteLine, line, lastQuoteEnd)) {
                who = lastSpeaker;
                by = "continuation";
            }
            if (who == null && !cue[k] && !q.unclosed() && !looksLikeTitleOrScareQuote(text, q)) {
                // a paragraph that is one quotation, no one's so far, after a paragraph without quotations that ends
                // on what a person did ("Ashley Kurth, a teacher, questioned Rubio about arming teachers.\n\n“Am I
                // supposed to …?”"): the news quotes that person. (A paragraph left open is the next one's speaker's.)
                int before = paragraphBefore(text, q);
                if (before >= 0 && (k == 0 || spans.get(k - 1).end() < before)) {
                    int lineStart = text.lastIndexOf('\n', q.start()) + 1;
                    String actor = pronouns.personEndingParagraph(before, lineStart);
                    if (actor != null) {
                        who = actor;
                        by = "paragraph-before";
                    } else if ((actor = pronouns.heOrSheEndingParagraph(before, lineStart, lastSpeaker)) != null) {
                        // "“…,” MacGuineas said.\n\nShe acknowledges that the shutdown hurts.\n\n“But …”"
                        who = actor;
                        by = "paragraph-before+pronoun";
                    }
                }
            }
            boolean named = Titles.namedByContext(text, q);
            // a programme the speaker named before it was on ("McCain said on "Face the Nation": "…""), or a work its
            // author wrote in ("In “Politics and the English Language,” George Orwell wrote …"): no quotation, but that
            // speaker speaks in the quotations after it
            boolean spokenOn = named && who != null && !Phrases.isPronoun(subject[k])
                    && (by.startsWith("cue-before") && Titles.spokenOn(text, q) || by.startsWith("cue") && Titles.writtenIn(text, q));
            if (!cue[k] && !placed && who == null && looksLikeTitleOrScareQuote(text, q) || !cue[k] && notSpeech(q)
                    || named && !spokenOn) {
                continue;
            }
            who = askSex && who != null && who.indexOf(' ') < 0 ? people.fullest(who, honorificSex(masked, q, who)) : people.fullest(who);
            // decided as written, shown without them
            String shown = who == null ? null : withoutDanglingWho(withoutOwnersMark(withoutConnective(who)));
            if (!named) {
                out.add(q.withSpeaker(shown, shown == null ? "none" : by));
            }
            if (who != null) {
                // "he" is no group; and an owner of words quoted in passing is not who the sentence is about ("He pushed
                // back against Trump’s assertion that NATO was “…”, telling reporters, “…”" is not Trump's)
                if (Character.isUpperCase(who.charAt(0)) && !SpeakerPhrase.peopleNamedByWhom(who.split(" ")) && !by.startsWith(OWNER)
                        && !by.startsWith(WORDS_OF)) {
                    pronouns.speaker(q.end(), who);
                }
                if (!by.startsWith(WORDS_OF)) {
                    lastSpeaker = who;
                }
            }
            lastQuoteLine = line;
            lastQuoteEnd = q.end();
        }
        shareCueOverAnd(text, out);
        attributeBackOverParagraphs(text, out);
        return resolveOffices ? TitleReferents.resolve(text, out, mentions, people) : out;
    }

    /**
     * A quotation that runs over paragraphs with its cue only in a later one ("“We seem intent on …\n\n“We seem,
     * sometimes, to even enjoy that,” Flake said."): a paragraph left open, and no speaker of its own, is the speaker's
     * whose words reopen the next paragraph. Last first, so a quotation over three paragraphs takes its speaker back to
     * the first.
     */
    private static void attributeBackOverParagraphs(String text, List<Quote> out) {
        boolean nextTaken = false; // whether the next quotation's speaker was itself taken back from the one after it
        for (int i = out.size() - 2; i >= 0; i--) {
            Quote open = out.get(i);
            Quote next = out.get(i + 1);
            // the next one's own cue, not a speaker it continues from before this one (which had none)
            boolean cued = next.speaker() != null && (nextTaken || !next.rule().startsWith("continuation"));
            nextTaken = open.speaker() == null && open.unclosed() && cued && reopensNextParagraph(text, open, next);
            if (nextTaken) {
                out.set(i, open.withSpeaker(next.speaker(), "continuation"));
            }
        }
    }

    /**
     * Two partial quotations joined by "and" or "or" with one cue after the second ("Section 230 “permits …” and
     * “gives them immunity,” wrote law professor Mary Leary"): the first, with no speaker of its own, is the cue's too.
     */
    private static void shareCueOverAnd(String text, List<Quote> out) {
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
    private static boolean namesAPerson(String speaker) {
        return Character.isUpperCase(speaker.charAt(0)) && speaker.equals(Names.personAtEnd(speaker))
                && !Names.isInstitutionName(speaker);
    }

    /** Whether a speaker is a group of people ("U.S. officials", "Senate Democrats"): no "he" or "she" refers to it. */
    private static boolean isGroup(String who) {
        return SpeakerPhrase.peopleNamedByWhom(who.split(" ")) || SpeakerPhrase.PARTY_MEMBERS.contains(who.substring(who.lastIndexOf(' ') + 1));
    }

    /** Places looked at, at most, for a one-word speaker written as a place. */
    private static final int PLACE_LOOKS = 20;

    /**
     * Whether the article writes a one-word speaker as a place, "in Iran." or "in Iran, …": a country or city
     * that a cue named ("Iran warned") is no person for a later "he said" to refer to.
     */
    private static boolean writtenAsPlace(String masked, String word, CapitalisedWords capitalised) {
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
    private static char honorificSex(String masked, Quote q, String who) {
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
     * The line each quotation starts on, counted in one pass (quotes come in text order). A method of its own: a
     * loop over every character inside the sieve made the JIT compile the whole sieve again on the stack (OSR).
     */
    private static int[] lineNumbers(String text, List<Quote> spans) {
        int[] lines = new int[spans.size()];
        int line = 0;
        int nextBreak = text.indexOf('\n'); // line breaks found by search, not char by char; each looked for once
        for (int k = 0; k < spans.size(); k++) {
            int start = spans.get(k).start();
            while (nextBreak >= 0 && nextBreak < start) {
                line++;
                nextBreak = text.indexOf('\n', nextBreak + 1);
            }
            lines[k] = line;
        }
        return lines;
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
        String sentence = sentenceBefore(masked, i);
        if (c == ':' && newlines <= 2) {
            return CueBefore.leading(sentence + ":");
        }
        if (c == '.' && newlines == 0) {
            // the sentence before ends in a cue: "…, Schiff said." / "…, said Bart Naylor, an advocate." /
            // "…, Mr. Obama said in his interview."
            int comma = sentence.lastIndexOf(',');
            while (comma > 0) {
                String clause = sentence.substring(comma + 1).strip();
                String[] words = Words.splitOnSpaces(clause);
                if (words.length > 0 && CueBefore.invertsSubject(words[0]) && words.length > 1 && Character.isUpperCase(words[1].charAt(0))) {
                    return SpeakerPhrase.firstName(clause.substring(words[0].length()).strip()); // inverted: "said Bart Naylor"
                }
                if (words.length <= 3 && Phrases.isVerb(words[0]) && clause.equals(clause.toLowerCase(Locale.ROOT))) {
                    String head = Subjects.head(sentence); // "Her friend Brittany Lockwood, 20, a major, chimed in."
                    String s = head == null ? null : SpeakerPhrase.speaker(head, false);
                    return s != null && Character.isUpperCase(s.charAt(0)) ? s : null;
                }
                for (int k = 1; k < words.length && k <= 5; k++) {
                    if (Phrases.isVerb(words[k]) && words.length - k <= 6 && Character.isUpperCase(words[k - 1].charAt(0))) {
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
    private static final Set<String> NOT_REPORTED = Set.of("on", "about", "of", "for", "in", "upon", "to", "with", "at");

    /** Verbs that report speech and take what was said as their object ("said the plan would work"). */
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "added", "argued", "argues",
            "insisted", "insists", "explained", "explains", "noted", "notes", "warned", "warns", "stressed", "emphasized",
            "acknowledged", "admitted", "maintained", "maintains", "contended", "contends", "wrote", "writes", "claimed",
            "claims", "suggested", "predicted", "recalled", "complained", "conceded", "countered", "agreed",
            "believes", "believed", "thinks", "thought", "expects", "expected", "hopes", "hoped", "fears", "feared");

    /**
     * A one-word speaker that the article never writes capitalised inside a sentence and never as part of a
     * full name is a sentence's first word, not a name: names are capitalised wherever they stand.
     */
    private static boolean notAName(String masked, String who, Names.Index people, CapitalisedWords capitalised) {
        if (who.indexOf(' ') >= 0 || !Character.isUpperCase(who.charAt(0)) || people.fullest(who).indexOf(' ') >= 0
                || capitalInside(who) && !masked.contains("@" + who) && !masked.contains("#" + who)) { // not a handle or tag
            return false;
        }
        boolean plural = isPluralNoun(who);
        // where it stands as a word of its own: inside a word ("ArchSmith") it can be neither of the cases below
        for (int at : capitalised.at(who, 50)) {
            int end = at + who.length();
            if (end < masked.length() && Character.isLetter(masked.charAt(end))) {
                continue; // part of a longer word
            }
            if (plural && sentenceStart(masked, at) && speechVerbAfter(masked, end)) {
                return false; // "Officials said", "Critics say": a group named by what it is, as the subject of a speech verb
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
    private static String withoutSpacedDashAside(String speaker) {
        String who = speaker.endsWith(" -") ? speaker + " " : speaker; // "the Sanskrit language -": the aside's start
        int last = who.lastIndexOf(" - ");
        String after = who.substring(last + 3).strip();
        if (!after.isEmpty() && after.equals(Names.personAtEnd(after))) {
            return after;
        }
        return who.substring(0, who.indexOf(" - ")).strip();
    }

    /** Whether {@code who} has no letter and is no share ("2016", "[153]"; not "17%"): no one a quotation can be credited to. */
    private static boolean noWordIn(String who) {
        for (int i = 0; i < who.length(); i++) {
            if (Character.isLetter(who.charAt(i))) {
                return false;
            }
        }
        return !who.endsWith("%");
    }

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

    /** Whether the word after {@code from} (past spaces) is a speech verb: "Officials said". */
    private static boolean speechVerbAfter(String text, int from) {
        int start = from;
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return start > from && end > start && Phrases.isVerbAt(text, start, end);
    }

    /**
     * A roundup's credit for a quotation that ends its paragraph: "name, outlet" and nothing else, after the closing
     * mark on the same line ("“…” Neal K. Katyal, New York Times") or alone on the next line ("David French, National
     * Review"). The quotation's words are the credited writer's, however the sentence around them reads.
     */
    private static String roundupCredit(String text, Quote q, String after) {
        if (q.unclosed()) {
            return null; // the line after an unclosed quotation is creditLine(text, from)'s
        }
        int end = Math.min(text.length(), q.end() + 1 + after.length());
        if (end < text.length() && text.charAt(end) != '\n') {
            return null; // another quotation follows on the line
        }
        if (!after.isBlank()) {
            String credited = CueAfter.creditLine(after.stripLeading());
            return credited != null || !endsSentence(q.text()) ? credited : describedCredit(after);
        }
        String line = CueAfter.nextLine(text, end, 120);
        if (line == null) {
            return null;
        }
        return line.startsWith("--") || line.startsWith("\u2014") || line.startsWith("\u2013") ? dashCredit(line) : CueAfter.creditLine(line);
    }

    /**
     * "“…” Robert Lasky, the special agent who heads the FBI’s Miami office.": after a quotation that is a sentence of
     * its own, a person's full name and one description of them, with no verb of theirs after it (a second comma
     * would start one: "“…” John Smith, the mayor, declined to comment" is no credit), to the sentence's end.
     */
    private static String describedCredit(String after) {
        String rest = after.strip();
        int stop = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            if (rest.charAt(i) == '.' && (i + 1 == rest.length() || Character.isWhitespace(rest.charAt(i + 1)))
                    && !Phrases.abbreviationBefore(rest, i)) {
                stop = i;
                break;
            }
        }
        Matcher m = DESCRIBED_CREDIT.matcher(rest.substring(0, stop));
        return m.matches() ? SpeakerPhrase.personWithTitles(m.group(1)) : null;
    }

    /** A name, then one description opening with an article, and no other comma. */
    private static final Pattern DESCRIBED_CREDIT = Pattern.compile("(?:[\u2014\u2013]|--?)?\\s*([^,]{3,40}), (?:a|an|the) [^,]{3,200}");

    /**
     * "-- Charles Krauthammer on “Special Report”", "— Joy Behar, cohost, The View", "-- Chicago Mayor Rahm Emanuel,
     * former …": a dash, then a person (titles and a full name, or a title and a surname), then a comma or what
     * they spoke on. Not "— On NPR's All Things Considered" nor "— From the 1984 movie" (no person opens them), nor
     * a name alone ("— Timothy Cama": the reporter signing a live blog's update).
     */
    private static String dashCredit(String line) {
        String rest = LEADING_DASH.matcher(line).replaceFirst("");
        if (Words.containsIgnoringCase(rest, "contribut") || Words.containsIgnoringCase(rest, "reporting")
                || NAME_LIST.matcher(rest).find()) {
            return null; // "—Carol E. Lee, Jared Favole and Matthew Dolan contributed to this article": the reporters
        }
        if (INTRODUCES_QUOTATION.matcher(rest).find()) {
            return null; // "-- Gil Hernandez, 43, a delegate: "All about the budget."": the next quotation's speaker
        }
        Matcher stop = CREDIT_STOP.matcher(rest);
        if (!stop.find() || rest.substring(stop.end()).isBlank()) {
            return null; // "— Timothy Cama" alone: a live blog's update signed by its reporter, not a credit
        }
        String named = rest.substring(0, stop.start()).strip();
        String[] words = named.split(" ");
        if (named.isEmpty() || words.length > 7 || DASH_CREDIT_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !Names.PARTICLE_SET.contains(w)) {
                return null;
            }
        }
        String person = Names.personAtEnd(named);
        if (person == null || !named.endsWith(person)) {
            return null;
        }
        if (person.indexOf(' ') > 0) {
            return person;
        }
        String before = named.substring(0, named.length() - person.length()).strip();
        return !before.isEmpty() && Names.ROLE_WORD_SET.contains(before.substring(before.lastIndexOf(' ') + 1)) ? person : null;
    }

    /** Names listed with a final "and" ("Bart Jansen, William Cummings and Nicholas Wu"): a byline's, not a credit's. */
    private static final Pattern NAME_LIST = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+,? and \\p{Lu}[\\p{L}.'’-]+ \\p{Lu}");

    private static final Pattern LEADING_DASH = Pattern.compile("^(?:--|\u2014|\u2013)\\s*");

    /** A colon, then a quotation mark: the line introduces a quotation of its own. */
    private static final Pattern INTRODUCES_QUOTATION = Pattern.compile(":\\s*[\"\u201C]");

    /** Where a dashed credit's person ends: a comma, or what they spoke on, at or in. */
    private static final Pattern CREDIT_STOP = Pattern.compile(",| (?:on|at|in|to|during|speaking|said|says|told|writing)\\b");

    /** Capitalised first words of a dashed line that open no person: "— On Fox", "— From the movie". */
    private static final java.util.Set<String> DASH_CREDIT_OPENERS = java.util.Set.of("on", "from", "in", "at", "with", "by",
            "as", "for", "via", "source", "sources", "photo", "image", "reporting", "additional", "read", "watch", "more");

    /**
     * No-break and thin spaces as plain spaces, and a pair of single marks typed for a double one ("…,’’ he said", "…,''")
     * as the double mark and a space, char for char (offsets hold), so the patterns see one kind of each; and a label
     * in parentheses after a name with its commas as hyphens ({@link #labelEnd}).
     */
    private static String plainSpaces(String text) {
        char[] c = null; // copied only when something is rewritten: most texts need a few searches the JVM vectorises
        if (text.indexOf('\u00A0') >= 0 || text.indexOf('\u202F') >= 0 || text.indexOf('\u2007') >= 0
                || text.indexOf("\u2019\u2019") >= 0 || text.indexOf("\u2018\u2018") >= 0 || text.indexOf("''") >= 0) {
            c = text.toCharArray();
            for (int i = 0; i < c.length; i++) {
                char ch = c[i];
                if (ch == '\u00A0' || ch == '\u202F' || ch == '\u2007') {
                    c[i] = ' ';
                } else if (QuoteFinder.closingPairAt(text, i)) {
                    c[i] = '\u201D'; // where QuoteFinder closes the quotation
                    c[++i] = ' ';
                } else if (QuoteFinder.openingPairAt(text, i)) {
                    c[i] = ' ';
                    c[++i] = '\u201C'; // where QuoteFinder opens it
                }
            }
        }
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = labelEnd(text, open);
            if (close < 0) {
                continue;
            }
            // "(R., Wis.)" read as "(R-Wis.)  ", as other outlets write it: no sentence ends after "R.", and no comma
            // ends the name's phrase inside the parentheses
            c = c == null ? text.toCharArray() : c;
            int to = open + 1;
            for (int i = open + 1; i < close; i++) {
                char ch = text.charAt(i);
                if (ch == ',') {
                    c[to++] = '-';
                } else if (ch != ' ' && !(ch == '.' && text.charAt(i + 1) == ',')) {
                    c[to++] = ch;
                }
            }
            c[to++] = ')';
            while (to <= close) {
                c[to++] = ' ';
            }
        }
        return c == null ? text : new String(c);
    }

    /** The longest label {@link #labelEnd} reads. */
    private static final int LABEL_LENGTH = 24;

    /**
     * Where a short label in parentheses after a name closes, if it has a comma in it ("Rep. Mark Meadows (R., N.C.)
     * said", "Sen. Mark Warner (D., Va.) said:"); -1 if what opens at {@code open} is not one. Read as they are, its
     * commas and full stops would end the name's phrase or sentence inside the parentheses ("Mark Meadows (R.",
     * "Va.) said").
     */
    private static int labelEnd(String text, int open) {
        if (open < 2 || text.charAt(open - 1) != ' ' || !Character.isLetter(text.charAt(open - 2))
                || open + 1 >= text.length() || !Character.isUpperCase(text.charAt(open + 1))) {
            return -1;
        }
        int word = open - 2;
        while (word > 0 && Character.isLetter(text.charAt(word - 1))) {
            word--;
        }
        if (!Character.isUpperCase(text.charAt(word))) {
            return -1; // after a capitalised word: a name's
        }
        boolean comma = false;
        for (int i = open + 1; i < text.length() && i <= open + LABEL_LENGTH; i++) {
            char ch = text.charAt(i);
            if (ch == ')') {
                return comma ? i : -1;
            }
            if (ch == ',') {
                comma = true;
            } else if (!Character.isLetter(ch) && ch != '.' && ch != ' ' && ch != '-') {
                return -1;
            }
        }
        return -1;
    }

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

    private static boolean endsSentence(String quote) {
        String t = quote.stripTrailing();
        return !t.isEmpty() && ".?!".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /**
     * The text with every quotation's inside blanked out, so cues and names are looked for outside quotes only;
     * with its words, read from the same characters.
     */
    private static Tokens maskQuotes(String text, List<Quote> spans) {
        char[] c = text.toCharArray();
        for (Quote q : spans) {
            int keep = q.end() - 1; // a quote's closing full stop still ends the sentence around it
            while (keep > q.start() && Character.isWhitespace(c[keep])) {
                keep--;
            }
            boolean ends = keep >= q.start() && ".?!".indexOf(c[keep]) >= 0;
            for (int i = q.start(); i < q.end(); i++) {
                if (c[i] != '\n' && !(ends && i == keep)) {
                    c[i] = ' ';
                }
            }
        }
        return new Tokens(new String(c), c);
    }

    /** The text after a quote's closing mark, up to the next quote or the end of the line (at most 200 chars). */
    private static String after(String text, List<Quote> spans, int k) {
        Quote q = spans.get(k);
        int from = Math.min(text.length(), q.end() + (q.unclosed() ? 0 : 1));
        int to = Math.min(text.length(), from + 200);
        for (int i = from; i < to; i++) { // bounded look for the line's end
            if (text.charAt(i) == '\n') {
                to = i;
                break;
            }
        }
        if (k + 1 < spans.size()) {
            to = Math.min(to, Math.max(from, spans.get(k + 1).start() - 1));
        }
        return text.substring(from, Math.min(to, from + 200));
    }

    /** From the start of the sentence (or line) holding position {@code pos} up to it, quotes blanked. */
    private static String sentenceBefore(String masked, int pos) {
        return sentenceBefore(masked, pos, 0);
    }

    /** As {@link #sentenceBefore(String, int)}, starting at {@code floor} at the earliest. */
    private static String sentenceBefore(String masked, int pos, int floor) {
        int i = Math.max(0, pos);
        int start = i;
        while (start > floor && pos - start < 400) {
            char c = masked.charAt(start - 1);
            if (c == '\n' || ((c == '.' || c == '?' || c == '!') && start < masked.length()
                    && (Character.isWhitespace(masked.charAt(start)) || "\"\u201D".indexOf(masked.charAt(start)) >= 0)
                    && !Phrases.abbreviationBefore(masked, start - 1))) {
                break;
            }
            start--;
        }
        return masked.substring(start, i);
    }

    /** The text from {@code from} to the end of its sentence or line (300 chars at most, and not past {@code ceiling}). */
    private static String firstSentence(String masked, int from, int ceiling) {
        int end = from;
        while (end < ceiling && end - from < 300 && masked.charAt(end) != '\n'
                && !(masked.charAt(end) == '.' && end + 1 < masked.length() && Character.isWhitespace(masked.charAt(end + 1)))) {
            end++;
        }
        return masked.substring(Math.min(from, masked.length()), end);
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
            "\\bas\\s+((?:[^\"\u201C\u201D.;]"
            // a title's full stop before a name: "as Sen. Chuck Schumer (D) of New York puts it"
            + "|(?<=(?:^|\\s)(?:" + String.join("|", Names.ABBREVIATED_TITLES) + "))\\.(?=\\s\\p{Lu})){2,160}?)"
            + ",?\\s+(?:put|puts|said|says|wrote|writes|described|describes)\\s+it\\b");

    /** "as X put it" before the quote (in its sentence) or right after it. */
    private static String asPutIt(String sentence, String after) {
        // the pattern's lazy run backtracks from every "as": run only where its "as" and "put it" both are
        boolean inAfter = mayPutIt(after);
        boolean inSentence = mayPutIt(sentence);
        Matcher m = inAfter ? AS_PUT_IT.matcher(after) : null;
        if (m == null || !m.find() || m.start() > 3) {
            m = inSentence ? AS_PUT_IT.matcher(sentence) : null;
            if (m == null || !findPuttingAs(m, sentence)) {
                return null;
            }
        }
        String who = m.group(1).strip();
        int comma = who.indexOf(',');
        return SpeakerPhrase.speaker(comma > 0 ? who.substring(0, comma) : who, false);
    }

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
    private static final WordSet ROLE_AS = new WordSet(Set.of("such", "known", "well", "same", "serve", "serves", "serving",
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
        String last = Phrases.lastWord(sentence, sentence.length());
        int end = sentence.length();
        for (int i = 0; i < 2 && (last.equals("as") || last.equals("a") || last.equals("an")); i++) { // "described as a"
            end = Words.spaceStartBefore(sentence, end) - last.length();
            last = Phrases.lastWord(sentence, end);
        }
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

    private static final Set<String> FORMER = Set.of("former", "then", "outgoing", "incoming");

    /** The text after a quote opens with its cue: "said Paula Sumberg, …" or ", Mr. Clyburn said". */
    private static boolean directCue(String after, Quote q) {
        String[] w = Words.splitOnSpaces(LEADING_PUNCT.matcher(after.strip()).replaceFirst(""), 8);
        if (w.length >= 2 && Phrases.isVerb(w[0]) && (Phrases.capitalised(w[1]) || formerTitle(w))) {
            return true;
        }
        if (w.length >= 2 && (w[0].equals("he") || w[0].equals("she")) && Phrases.isVerb(w[1])) {
            return true; // "… for their “narrow party interests”, he told a meeting of diplomats": the cue, not the subject
        }
        if (w.length >= 3 && SAYING.contains(w[0]) && CueBefore.DETERMINERS.contains(w[1]) && q.text().stripTrailing().endsWith(",")
                && !clauseAfterSource(w)) {
            return true; // "… “took effect immediately,” said a Chinese foreign ministry spokesman": the source, not the subject
        }
        if (q.text().stripTrailing().endsWith(",") && describedSourceThenVerb(w)) {
            return true; // "… will “undermine U.S. interests,” the 58 ex-officials wrote": the source, not the subject
        }
        if (endsSentence(q.text())) {
            return false; // "… "outlaw nation." Russia insisted …": a new sentence, not this quote's cue
        }
        for (int i = 1; i < w.length && i <= 6; i++) {
            if (Phrases.isVerb(w[i])) {
                // a name, or a title and a name ("White House spokesman Jay Carney told"): capitalised words, and
                // lower-case ones only for what someone is
                boolean titled = false;
                for (int j = 0; j < i; j++) {
                    boolean role = !w[j].isEmpty() && Character.isLowerCase(w[j].charAt(0)) && j > 0 && SpeakerPhrase.roleNoun(w[j]);
                    titled |= role;
                    if (w[j].isEmpty() || !Character.isUpperCase(w[j].charAt(0)) && !role) {
                        return false;
                    }
                }
                return i <= 4 || titled;
            }
        }
        return false;
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
                    if (w[j].isEmpty() || Character.isUpperCase(w[j].charAt(0))) {
                        return false; // a name's words: the name's rules decide
                    }
                }
                return CueBefore.namesPeople(w[i - 1]);
            }
        }
        return false;
    }

    /**
     * Whether the words after a quotation credit an outlet's report ("…,” Reuters reported", "…,” reports The
     * Christian Science Monitor"): it reports what the sentence's own speaker said, if the sentence names one
     * ("Aides said the president was “very happy,” Reuters reported").
     */
    private static boolean reportCredit(String after) {
        int report = after.indexOf("report");
        if (report < 0 || report > 120) {
            return false; // most quotations: no outlet's report after them
        }
        String[] w = Words.splitOnSpaces(LEADING_PUNCT.matcher(after.strip()).replaceFirst(""), 8);
        for (int i = 0; i < w.length && i <= 6; i++) {
            if (Phrases.isVerb(w[i])) {
                return NEWS_REPORTING.contains(w[i]);
            }
        }
        return false;
    }

    private static final WordSet NEWS_REPORTING = new WordSet(Set.of("reported", "reports", "reported.", "reports."));

    /**
     * Whether the words after a quotation are a name and a report's verb that ends the sentence ("…,” the South China
     * Morning Post reports."): an outlet's credit, however long its name. Not "following reports that", "Similar
     * reports came".
     */
    private static boolean outletCredit(String after) {
        String[] w = Words.splitOnSpaces(LEADING_PUNCT.matcher(after.strip()).replaceFirst(""), 9);
        for (int i = 0; i < w.length && i <= 7; i++) {
            String word = w[i];
            if (NEWS_REPORTING.contains(word)) {
                return i > 0 && (word.endsWith(".") || i + 1 == w.length);
            }
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) && !word.equals("the")) {
                return false;
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
        String t = LEADING_PUNCT.matcher(after.strip()).replaceFirst("");
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

    /** The verbs of saying itself, without an object: others take one ("…," described the president as …; told the nation). */
    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "added", "adds",
            "wrote", "writes", "explained", "explains", "noted", "notes", "warned", "warns", "argued", "argues", "recalled",
            "recalls", "replied", "replies", "continued", "continues", "insisted", "insists");

    /**
     * Whether the words after a quotation that ended its sentence introduce the next one: "“…” Stone shot back: “Ha! …”"
     * is the next quotation's cue, not this one's (a short run of words, no comma or full stop, a colon, then a quote).
     */
    private static boolean handsOver(String after) {
        int colon = after.indexOf(':');
        if (colon < 0 || colon > 60) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = after.charAt(i);
            if (c == ',' || c == '.' || c == '\n' || c == '"' || c == '\u201C' || c == '\u201D') {
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

    /** Nouns for what someone said, which an owner before them ("Trump’s claim", "his promise") says. */
    private static final WordSet SPEECH_NOUNS = new WordSet(Set.of("claim", "claims", "statement", "statements", "assertion",
            "assertions", "remark", "remarks", "comment", "comments", "warning", "warnings", "promise", "promises", "pledge",
            "vow", "insistence", "suggestion", "argument", "accusation", "accusations", "description", "characterization",
            "characterisation", "declaration", "admission", "boast", "prediction", "contention", "complaint", "quip", "tweet",
            "tweets", "words", "denial", "retort", "insult", "insults", "threat", "threats", "plea", "announcement",
            "testimony", "assessment"));

    private static final Set<String> OWNER_PRONOUNS = Set.of("his", "her", "their");

    private static final Set<String> TIME_PREPOSITIONS = Set.of("after", "before", "since", "following", "during", "until");

    /**
     * The owner of the words that the sentence before a quotation ends with: "… fact-check on Donald Trump’s claim that
     * there have been “…”", "mocked Clinton’s statement that she “…”", "his promise of “…”" (a pronoun, resolved as a
     * cue's). Only when no verb of speech comes between them and the quotation ("Trump’s claim that Clinton said “…”"
     * is Clinton's), and the words are near it.
     */
    private static String ownerOfWords(String sentence) {
        if (!mayOwn(sentence)) {
            return null; // most sentences: no possessive, nothing to read
        }
        Words w = new Words(sentence);
        int nounEnd = -1;
        String owner = null;
        int ownerStart = -1;
        int prevStart = -1;
        int prevEnd = -1;
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
                if (o != null) {
                    nounEnd = w.end();
                    owner = o;
                    ownerStart = prevStart;
                    content = !speech;
                    saidEnd = -1;
                }
            }
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
                || !(content ? isContent(sentence.substring(nounEnd)) : introducesWords(sentence.substring(nounEnd)))) {
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
            return Phrases.HE + Phrases.pronounGender(owner.equalsIgnoreCase("their") ? "they" : owner.equalsIgnoreCase("his") ? "he" : "she");
        }
        int clause = ownerStart; // the owner's words, up to it, from the last dash, comma or bracket before it
        while (clause > 0 && ",;:()\u2014\u2013".indexOf(sentence.charAt(clause - 1)) < 0) {
            clause--;
        }
        String phrase = sentence.substring(clause, ownerStart) + owner;
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
        // "of “free college”", "about “thousands of shootings”", "about the “47 percent”": the quotation is what the words
        // were; not "comments about Curiel “racially charged”"
        return (first.equals("of") || first.equals("about"))
                && (words.length == 1 || words.length == 2 && CueBefore.ARTICLE_START.matcher(words[1] + " ").matches());
    }

    /**
     * "in the words of one former subordinate, “…”", "in the words of Senator Cory Booker, “…”", "in the immortal words
     * of Sen. Rob Portman, “…”": the one named between "of" and the comma that hands over to the quotation.
     */
    private static String inTheWordsOf(String sentence) {
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
        if (comma < 0 || comma - from > 80 || !sentence.substring(comma + 1).isBlank()) {
            return null;
        }
        String who = sentence.substring(from, comma).strip();
        return who.isEmpty() ? null : SpeakerPhrase.speaker(who, true);
    }

    /**
     * Nouns for what someone answered or urged, whose words a form of "be" then gives: "Trump Jr.’s emailed reaction was
     * “I love it”", "his response was simple: “…”". ("Trump’s claim was “false”" is someone's verdict on a claim.)
     */
    private static final WordSet CONTENT_NOUNS = new WordSet(Set.of("reaction", "response", "answer", "reply", "message",
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

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "be", "been", "not");

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
    private static boolean mayOwn(String s) {
        if (s.indexOf('\'') >= 0 || s.indexOf('\u2019') >= 0) {
            return true;
        }
        return Words.containsIgnoringCase(s, "his") || Words.containsIgnoringCase(s, "her")
                || Words.containsIgnoringCase(s, "heir"); // "their"
    }

    /** Where the last quotation mark of {@code s} is, or -1. */
    private static int lastMark(String s) {
        return Math.max(s.lastIndexOf('"'), Math.max(s.lastIndexOf('\u201C'), s.lastIndexOf('\u201D')));
    }

    /** Verbs that give a name to something: what they give it is the namer's words. */
    private static final WordSet NAMING = new WordSet(Set.of("call", "calls", "called", "calling", "dub", "dubs", "dubbed",
            "dubbing", "label", "labels", "labeled", "labelled", "labeling", "labelling", "brand", "branded", "branding", "deem",
            "deemed", "deeming", "term", "termed", "terming"));

    /** Whether {@code s} holds a lower-case verb that gives a name to what follows it. */
    private static boolean namesWords(String s) {
        Words w = new Words(s);
        while (w.next()) {
            if (NAMING.contains(s, w.start(), w.end()) && Phrases.lowerAscii(s, w.start(), w.end())) {
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
     * No speech verb, but the quote sits in a sentence that opens with a person's name ("Clinton compared the
     * president to a duck, “…”"): the sentence's subject is the speaker.
     */
    private static final Pattern SUBJECT_NAME = Pattern.compile("^((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)\\s+\\p{Ll}");

    private static String sentenceSubject(String sentence) {
        String t = sentence.strip();
        if (t.length() < 8) {
            return null;
        }
        String first = Words.firstOnSpaces(t);
        if (Phrases.PRONOUN.matcher(first).matches()) {
            // "They …" is several people; "It …" and "We …" are left to the person pronouns' reading here (as "it"
            // after a cue, they gave more wrong speakers than right ones)
            return Phrases.HE + (first.equalsIgnoreCase("they") ? Phrases.PLURAL : Genders.of(first));
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
        Matcher m = SUBJECT_NAME.matcher(t);
        if (!m.lookingAt()) { // anchored: find() would try the pattern at every char
            return null;
        }
        String name = Names.personAtEnd(m.group(1));
        String described = name == null ? null : nameAfterDescription(t, m.end(1));
        if (described != null) {
            // "Earlier Tory leader Michael Howard sent Mr Bush his "…"": Howard, not "Tory" (only in place of a name
            // read before: a sentence that names no one here keeps its quotation out of speech)
            return described;
        }
        String subject = name == null && Names.isInstitutionName(m.group(1)) ? m.group(1) : name; // "The Supreme Court invalidated"
        // "Russian warplanes are backing …": the quotation is the sentence's, but "Russian" said nothing
        return subject != null && opensLongerSubject(t, m.end(1)) ? NO_ONE : subject;
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
        return !Phrases.auxiliaryOrAdverb(first) && w.next() && BE_HAVE_MODAL.contains(w.word());
    }

    private static final java.util.Set<String> BE_HAVE_MODAL = java.util.Set.of("is", "are", "was", "were", "has", "have",
            "had", "will", "would", "could", "can", "should", "may", "might", "must");

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
    private static boolean isDescribedGroup(String who) {
        String last = who.substring(who.lastIndexOf(' ') + 1);
        return GROUP_DETERMINERS.contains(Words.firstOnSpaces(who)) && !last.isEmpty() && Character.isLowerCase(last.charAt(0))
                && Subjects.groupOfPeople(last);
    }

    private static final Set<String> GROUP_DETERMINERS = Set.of("The", "Some", "Many", "Several", "Most", "Other", "Two",
            "Three", "Dozens", "Hundreds", "Thousands");

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
     * Whether the phrase ends in a lower-case word's possessive ("The president's", "the agency’s"), not in a name's
     * ("McDonald's") nor in a contraction ("it's", "that's").
     */
    private static boolean ownedByDescription(String who) {
        int start = who.lastIndexOf(' ') + 1;
        int bare = Names.endWithoutPossessive(who, start, who.length());
        return bare < who.length() && Character.isLowerCase(who.charAt(start))
                && !SpeakerPhrase.CONTRACTED_BEFORE_S.contains(who.substring(start, bare));
    }

    private static String sentenceEndCue(String rest) {
        int comma = rest.lastIndexOf(',');
        if (comma < 0 || rest.length() - comma > 90) {
            return null;
        }
        String[] words = Words.splitOnSpaces(TRAILING_ENDS.matcher(rest.substring(comma + 1).strip()).replaceAll(""));
        for (int i = 1; i < words.length && i <= 8; i++) {
            if (Phrases.isVerb(words[i]) && words.length - i - 1 <= 3) {
                for (int k = i + 1; k < words.length; k++) {
                    if (!words[k].equals(words[k].toLowerCase(Locale.ROOT))) {
                        return null;
                    }
                }
                return SpeakerPhrase.speaker(String.join(" ", java.util.Arrays.copyOf(words, i)), false);
            }
        }
        return null;
    }

    /**
     * The source an "according to" right after the quotation names, or null. Asked after the cues around the quotation
     * (a speech verb after it, or before it in its sentence): "Ulyanov said, “…,” according to RIA Novosti" quotes
     * Ulyanov, as RIA Novosti reported him.
     */
    private static String sourceAfter(String after) {
        String opening = CueAfter.openingAfter(after);
        return CueAfter.startsAccordingTo(opening) ? accordingTo(opening) : null;
    }

    /**
     * The source named right after a quotation by "in the words of" ("“…”, in the words of Republican congressman Scott
     * Taylor of Virginia, …"; "“…,” in the words of one official, who added"), up to the end of its phrase; or null.
     */
    private static String wordsOfAfter(String after) {
        String opening = CueAfter.openingAfter(after);
        int at = opening.regionMatches(true, 0, "in the words of ", 0, 16) ? 16 : -1;
        if (at < 0) {
            return null; // most quotations: one comparison
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

    /** Words that end a source's phrase and start what is said of when or how it spoke. */
    private static final List<String> PHRASE_ENDS = List.of(" during ", " when ", " while ", " who ", " in 19", " in 20");

    private static String accordingTo(String sentence) {
        if (!Words.containsIgnoringCase(sentence, "according to")) {
            return null; // most sentences: a case-blind regex tried at every position was a tenth of the cue's work
        }
        Matcher m = ACCORDING_TO.matcher(sentence);
        return m.find() ? SpeakerPhrase.speaker(m.group("subj"), true) : null;
    }

    /** A passive cue after the quote: "… dubbed "Hillblazers" by the campaign". */
    private static final Pattern BY_AGENT = Pattern.compile("^\\s*by\\s+((?:the|a|an|his|her|their)\\s+[^,.;:\\u2014\\u2013\"\u201C\u201D-]{2,60}|\\p{Lu}[^,.;:\\u2014\\u2013\"\u201C\u201D-]{1,60})");

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

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("as", "but", "and", "yet", "thus", "hence",
            "while", "when", "whereas", "meanwhile", "however");

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

    /**
     * Where the paragraph before a quotation that is its paragraph's whole text starts; -1 if the quotation shares its
     * paragraph with other words, or no paragraph of prose (ending as a sentence ends) comes right before it.
     */
    private static int paragraphBefore(String text, Quote q) {
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

    /** Same paragraph as the previous quote, or the paragraph right after it when this one opens with the quote. */
    private static boolean continues(String text, Quote q, int lastQuoteLine, int line, int lastQuoteEnd) {
        if (line == lastQuoteLine) {
            return true;
        }
        if (lastQuoteEnd < 0 || line - lastQuoteLine > 2) {
            return false;
        }
        for (int i = q.start() - 1; i >= 0 && text.charAt(i) != '\n'; i--) { // only blanks before it on its line?
            if (!Character.isWhitespace(text.charAt(i)) && "\"\u201C".indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "(CROSSTALK.)", "Follow Pam Key on Twitter @pamkey": stage directions and handles, whoever spoke before. */
    private static boolean notSpeech(Quote q) {
        return q.text().startsWith("(") || hasHandle(q.text());
    }

    private static boolean hasHandle(String quote) {
        return quote.indexOf('@') >= 0 && HANDLE.matcher(quote).find(); // most quotations have no '@' at all
    }

    /** Few words, no cue reaching it, inside running text: a title, nickname or scare quote nobody says. */
    private static boolean looksLikeTitleOrScareQuote(String text, Quote q) {
        if (notSpeech(q)) {
            return true;
        }
        return !q.unclosed() && Phrases.wordsAtMost(q.text(), 4);
    }
}
