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
 */
public final class QuoteAttributor {
    private static final Pattern TRAILING_CLOSERS = Pattern.compile("[.\"\u201D]+$");
    private static final Pattern TRAILING_ENDS = Pattern.compile("[.!?]+$");
    private static final Pattern LEADING_PUNCT = Pattern.compile("^[,;:\u2014\u2013-]+\\s*");
    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}'’.-]");
    private static final Pattern HANDLE = Pattern.compile("@\\w");
    private static final Pattern ARTICLE_START = Pattern.compile("(?i)(a|an|the)\\s");

    static final String VERBS = "said|says|say|told|tells|added|adds|adding|saying|wrote|writes|tweeted|tweets|asked|asks"
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
            + "|snapped|fumed|thundered|demanded|gushed|marveled|elaborated|clarified|scoffed|groused|bemoaned"
            + "|bellowed|growled|hollered|sneered|jabbed|laughed|sighed|muttered|mumbled|sniped|griped|reasoned"
            // the present tense of reviews and analysis ("Cruz opines"): the verbs above that have it and are seldom nouns
            + "|opines|muses|quips|jokes|concedes|admits|complains|replies|responds|observes|declares|urges|cautions"
            + "|shouts|agrees|emphasizes|stresses|testifies|yells|laments|confirms|denies|retorts|slams|touts|mocks"
            + "|accuses|criticizes|dismisses|condemns|proclaims|hails|decries|derides|reiterates|whispers|screams"
            + "|exclaims|pleads|interjects|scolds|characterizes|likens|compares|add"
            // found after "…,” Name" in AllSides and missing here: "“…,” he remembers", "“…,” Smith deadpanned"
            // (not "alleged", "offered", "pressed", "assured", "reflected" or "repeated": as often "their alleged
            // “privilege”", "the “revolution” offered by", "the testimony reflected “…”", "Trump’s repeated claims")
            + "|continues|remembered|remembers|deadpanned|intoned|boomed|snarked|whined|volunteered|confided"
            + "|averred|vented|enthused|blogged";
    /** The speech verbs as a set of single words, for word-by-word scans (no regex alternation per quote). */
    static final java.util.Set<String> VERB_WORDS = java.util.Set.copyOf(java.util.Arrays.stream(VERBS.split("\\|"))
            .filter(v -> !v.contains(" ")).collect(java.util.stream.Collectors.toSet()));
    private static final java.util.Set<String> ADVERBS = java.util.Set.of("also", "later", "then", "has", "had", "would",
            "once", "previously", "again", "reportedly", "repeatedly", "simply", "just", "quickly");
    private static final Pattern AFTER_DASH_NAME = Pattern.compile("^\\s*[\u2015\u2014\u2013-]+\\s*(?<subj>[^(\n,]{2,60})");
    /** The source after "according to", up to the clause's end; an abbreviation's dots ("a top U.S. official") are no end. */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\baccording to\\s+(?<subj>(?:[^,.;:!?\"\u201C\u201D\n]|\\.(?=\\p{L})|(?<=(?:^|[\\s.])(?-i:\\p{Lu}))\\."
            // a title's full stop before a name: "according to Mr. Barnes", "according to Sen. Rand Paul"
            + "|(?<=(?:^|\\s)(?-i:" + String.join("|", Names.ABBREVIATED_TITLES) + "))"
            + "\\.(?=\\s(?-i:\\p{Lu}))){2,80})",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PRONOUN = Pattern.compile("(?:and\\s+|but\\s+)?(he|she|they|i|we|it)", Pattern.CASE_INSENSITIVE);

    /** Whether {@link #PRONOUN} may match all of {@code s}: four chars at most, or "and"/"but" first (no matcher for the rest). */
    static boolean mayBePronoun(String s) {
        return s.length() <= 4 || s.regionMatches(true, 0, "and", 0, 3) || s.regionMatches(true, 0, "but", 0, 3);
    }

    private static final Pattern NOMINAL = Pattern.compile("(?:^|\\s)((?:a|an|the|one|another|two|three|several|some)\\s.{1,60})$",
            Pattern.CASE_INSENSITIVE);
    /** A subject that is a pronoun, resolved after the cue passes; the last char is its gender ('m', 'f', '?'). */
    private static final String HE = "\u0000pronoun:";
    /**
     * A subject that names no one ("Russian warplanes", "One of the measures"): without a letter, it is read as a cued
     * speaker left unnamed (no speaker, and none to continue), as a number read as a subject is.
     */
    private static final String NO_ONE = "\u0000";

    /** Prose has far more text than quotations: even a string of one-word quotes with cues is 30 chars each. */
    private static final int MIN_CHARS_PER_QUOTE = 10;

    /** How far back a pronoun looks for the subject it refers to (about three paragraphs). */
    private static final int PRONOUN_REACH = 1500;
    /** How far back a "they" looks for the people it names: the sentences just before. */
    private static final int PLURAL_REACH = 400;

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
        if (ends && leadsIn(sentence) && (lead = leading(sentence)) != null) {
            // "He added: "… punished." Lawyer Louise Christian, who …", "Trump said, “We will win.” Clinton said …": the
            // quotation ends its sentence, so the speaker before it speaks, not the next sentence's
            return new Cue(lead, "cue-before");
        }
        boolean credit = embedded && reportCredit(after);
        boolean direct = embedded && !credit && directCue(after, q);
        if (direct && innerCue(sentence) && (lead = leading(sentence)) != null && !isPronoun(lead)) {
            // "When Cruz said Trump “supports …,” Trump responded", "Trump said separating families was “…,” added Tom
            // Cole": the speaker whose verb runs into the quotation said it; the one after only reports it
            return new Cue(lead, "cue-before");
        }
        if ((!embedded || direct) && !(ends && handsOver(after)) && (trail = trailing(after)) != null) {
            return new Cue(trail, "cue-after");
        }
        if (q.unclosed() && (s = creditLine(text, q.end())) != null) {
            return new Cue(s, "cue-after"); // a pulled quotation credited on the line below: "Norman Ornstein, AEI scholar."
        }
        if ((s = ownerOfWords(sentence)) != null) {
            return new Cue(s, OWNER); // "Trump’s claim that there have been “…”": the claim is his
        }
        if ((s = inTheWordsOf(sentence)) != null) {
            return new Cue(s, WORDS_OF); // "in the words of one former subordinate, “…”"
        }
        if ((s = lead != UNASKED ? lead : leading(sentence)) != null) {
            return new Cue(s, "cue-before");
        }
        if (credit && (directCue(after, q) || outletCredit(after)) && (s = trailing(after)) != null) {
            return new Cue(s, "cue-after"); // the outlet, where the sentence names no one who said it
        }
        if (q.text().stripTrailing().endsWith(",") && nameAsideVerb(after) && !opensConcession(sentence)
                && (s = trail != UNASKED ? trail : (trail = trailing(after))) != null) {
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
            if (head != null && (s = speaker(head, false)) != null) {
                return new Cue(s, "cue-after");
            }
        }
        String subjectOfSentence = UNASKED;
        if (embedded && (s = subjectOfSentence = sentenceSubject(sentence)) != null) {
            return new Cue(s, "sentence-subject"); // a partial quote inside a sentence: "Japan branded North Korea an "…""
        }
        if (embedded && !ends && (s = trail != UNASKED ? trail : trailing(after)) != null) {
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
            pronoun[k] = isPronoun(subject[k]) ? subject[k].charAt(subject[k].length() - 1) : '?';
        }

        // the people of this article: full-name mentions, and anyone a cue named (a lone "Melanie" too)
        CapitalisedWords capitalised = new CapitalisedWords(masked, tokens.chars);
        Map<String, Boolean> places = new HashMap<>();
        for (String who : subject) {
            if (who != null && !isPronoun(who) && Character.isUpperCase(who.charAt(0)) && who.equals(Names.personAtEnd(who))
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
            if (isPronoun(who)) {
                // the nearest person named before the quote, outside quotes, whose pronouns in this article agree
                if (pronoun[k] == NEUTER && lastSpeaker != null && line - lastQuoteLine <= 2 && !namesAPerson(lastSpeaker)) {
                    who = lastSpeaker; // "“…,” the company said. “…,” it added.": the body that spoke just before
                } else if (pronoun[k] == PLURAL) {
                    // a group, a body or a document, or an unnamed source whom the news calls "they" ("a source close to
                    // Pence told CNN … they emphasized")
                    boolean group = lastSpeaker != null && line - lastQuoteLine <= 2 && (isGroup(lastSpeaker) || !namesAPerson(lastSpeaker));
                    // "“…,” Senate Democrats said. “…,” they added."; "Kirby and Munoz praised …. “…,” they said."
                    who = group ? lastSpeaker : pronouns.firstOfSeveralBefore(q.start());
                    if (who == null) {
                        lastSpeaker = null; // others than the speaker before are cued: no continuing that speaker
                    }
                } else {
                    who = pronoun[k] == FIRST_PERSON ? null
                            : pronouns.resolve(q.start(), lastSpeaker, pronoun[k] == NEUTER ? '?' : pronoun[k]);
                }
                if (who != null && (pronoun[k] == 'm' || pronoun[k] == 'f') && isGroup(who)) {
                    who = null; // "he said" after "Senate Democrats said": a group is "they"
                }
                if (pronoun[k] == NEUTER && who != null && pronouns.calledHeOrShe(who)) {
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
            if (who != null && !isPronoun(who) && !"transcript-label".equals(by)
                    && notNames.computeIfAbsent(who, w -> notAName(masked, w, people, capitalised))) {
                who = null; // "Bemoaning …", "Practice kindness …": capitalised only because it starts a sentence
                by = "none";
            }
            if (who != null && !isPronoun(who) && opensWithContraction(who)) {
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
            boolean spokenOn = named && who != null && !isPronoun(subject[k])
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
                if (Character.isUpperCase(who.charAt(0)) && !peopleNamedByWhom(who.split(" ")) && !by.startsWith(OWNER)
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
        return bare < first.end() && CONTRACTED_BEFORE_S.contains(who.substring(0, bare).toLowerCase(Locale.ROOT));
    }

    /** Whether a speaker is written as a person's name, not a description or a body ("the magazine", "the company"). */
    private static boolean namesAPerson(String speaker) {
        return Character.isUpperCase(speaker.charAt(0)) && speaker.equals(Names.personAtEnd(speaker))
                && !Names.isInstitutionName(speaker);
    }

    /** Whether a speaker is a group of people ("U.S. officials", "Senate Democrats"): no "he" or "she" refers to it. */
    private static boolean isGroup(String who) {
        return peopleNamedByWhom(who.split(" ")) || PARTY_MEMBERS.contains(who.substring(who.lastIndexOf(' ') + 1));
    }

    /** A party's members, named by the party: a group ("House Republicans said"), never a "he" or "she". */
    private static final Set<String> PARTY_MEMBERS = Set.of("Democrats", "Republicans", "Tories", "Conservatives",
            "Liberals", "Socialists", "Greens", "Progressives", "Libertarians", "Independents");

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
            return leading(sentence + ":");
        }
        if (c == '.' && newlines == 0) {
            // the sentence before ends in a cue: "…, Schiff said." / "…, said Bart Naylor, an advocate." /
            // "…, Mr. Obama said in his interview."
            int comma = sentence.lastIndexOf(',');
            while (comma > 0) {
                String clause = sentence.substring(comma + 1).strip();
                String[] words = Words.splitOnSpaces(clause);
                if (words.length > 0 && invertsSubject(words[0]) && words.length > 1 && Character.isUpperCase(words[1].charAt(0))) {
                    return firstName(clause.substring(words[0].length()).strip()); // inverted: "said Bart Naylor"
                }
                if (words.length <= 3 && isVerb(words[0]) && clause.equals(clause.toLowerCase(Locale.ROOT))) {
                    String head = Subjects.head(sentence); // "Her friend Brittany Lockwood, 20, a major, chimed in."
                    String s = head == null ? null : speaker(head, false);
                    return s != null && Character.isUpperCase(s.charAt(0)) ? s : null;
                }
                for (int k = 1; k < words.length && k <= 5; k++) {
                    if (isVerb(words[k]) && words.length - k <= 6 && Character.isUpperCase(words[k - 1].charAt(0))) {
                        String s = speaker(String.join(" ", java.util.Arrays.copyOf(words, k)), false);
                        return s != null && Character.isUpperCase(s.charAt(0)) ? s : null;
                    }
                }
                if (words.length > 0 && (isAppositive(clause))) {
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
        if (hasQuoteMark(sentence)) {
            return null; // a sentence with a quotation of its own: that quotation's cue and speaker go on
        }
        if (sentence.indexOf(',') > 0) {
            Matcher aside = NAME_SAID_ASIDE.matcher(sentence);
            if (aside.find()) { // "Obama, Cruz said, was worse than an armchair quarterback. “…”"
                String name = Names.personAtEnd(aside.group(1));
                if (name != null && aside.group(1).endsWith(name) && !SUBJECT_PRONOUNS.contains(name.toLowerCase(Locale.ROOT))) {
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
        String s = leading(String.join(" ", java.util.Arrays.copyOf(words, verb + 1)));
        // a pronoun is left to the quotation before (read on AllSides, "He said …" then a quotation went to the wrong
        // person as often as to the right one: "He noted that Biden's rating …" is the adviser's)
        return s != null && !isPronoun(s) && Character.isUpperCase(s.charAt(0)) ? s : null;
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
            if (before == '.' && at - i > 1 && i >= 0 && abbreviationBefore(masked, i)) {
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
        return start > from && end > start && isVerbAt(text, start, end);
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
            String credited = creditLine(after.stripLeading());
            return credited != null || !endsSentence(q.text()) ? credited : describedCredit(after);
        }
        String line = nextLine(text, end, 120);
        if (line == null) {
            return null;
        }
        return line.startsWith("--") || line.startsWith("\u2014") || line.startsWith("\u2013") ? dashCredit(line) : creditLine(line);
    }

    /** The line after one or two line breaks from {@code from} (only blanks before them), if no longer than {@code max}. */
    private static String nextLine(String text, int from, int max) {
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
                    && !abbreviationBefore(rest, i)) {
                stop = i;
                break;
            }
        }
        Matcher m = DESCRIBED_CREDIT.matcher(rest.substring(0, stop));
        return m.matches() ? personWithTitles(m.group(1)) : null;
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

    /** The person a short line right after an unclosed quotation names first ("Mo Elleithee, director of …"). */
    private static String creditLine(String text, int from) {
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

    /**
     * Whether {@code clause} is one to three capitalised words after a clause that ends in a place a preposition takes
     * ("in Ketchikan" + "Alaska"): the region of a town, as in "Lynchburg, Va.", and no one who speaks.
     */
    private static boolean townsRegion(String previous, String clause) {
        String[] region = Words.splitOnSpaces(clause.strip());
        if (region.length == 0 || region.length > 3 || !allCapitalised(region)) {
            return false;
        }
        String[] w = Words.splitOnSpaces(previous.strip());
        for (int j = w.length - 1; j >= Math.max(0, w.length - 3); j--) {
            if (w[j].isEmpty() || !Character.isUpperCase(w[j].charAt(0))) {
                return j < w.length - 1 && PLACE_PREPOSITIONS.contains(w[j]); // "in Ketchikan", "from New Haven"
            }
        }
        return false;
    }

    private static final WordSet PLACE_PREPOSITIONS = new WordSet(Set.of("in", "from", "near", "outside"));

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
        int verb = lastVerb(s);
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
                    && !abbreviationBefore(masked, start - 1))) {
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

    /** "Gen.", "U.S." or "Capt." before a full stop: not the end of a sentence. */
    private static boolean abbreviationBefore(String s, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        String word = s.substring(w, dot);
        boolean partyState = w >= 2 && s.charAt(w - 1) == '-' && "DRI".indexOf(s.charAt(w - 2)) >= 0
                && (w == 2 || !Character.isLetter(s.charAt(w - 3))) && word.length() <= 6; // "D-Mass.", "R-Calif."
        return (Names.shortAbbreviation(word) || partyState || Names.longTitleAbbreviation(word, 0, word.length()))
                && !word.isEmpty() && Character.isUpperCase(word.charAt(0));
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

    /** Whether the word {@code text[start, end)} ends in "-ing" ("calling", not "sing"). */
    private static boolean isParticiple(String text, int start, int end) {
        return end - start > 4 && text.startsWith("ing", end - 3);
    }

    /** Whether the words after a quotation open with a participle and a name: "…," calling DeSantis "…". */
    private static boolean participleBeforeName(String after) {
        int i = 0;
        while (i < after.length() && (Character.isWhitespace(after.charAt(i)) || ",;".indexOf(after.charAt(i)) >= 0)) {
            i++;
        }
        Words w = new Words(after, i, Math.min(after.length(), i + 60));
        if (!w.next() || w.start() != i || !isParticiple(after, w.start(), w.end()) || !isVerbAt(after, w.start(), w.end())) {
            return false;
        }
        int participleEnd = w.end();
        return w.next() && Character.isUpperCase(after.charAt(w.start())) && Words.onlySpaceBetween(after, participleEnd, w.start());
    }

    private static String trailing(String after) {
        String opening = openingAfter(after);
        if (startsAccordingTo(opening)) {
            return null; // "…" according to Reuters: the source, unless the sentence names a speaker (sourceAfter)
        }
        String credited = creditLine(opening);
        if (credited != null) {
            return credited; // "…" Ruth Marcus, Washington Post: a roundup's credit line
        }
        Matcher m = AFTER_DASH_NAME.matcher(after);
        // anchored: find() would try the pattern at every char; a credit opens with the name ("– Charles
        // Krauthammer"), not with a word of the sentence going on ("From Richard Nixon -- “…” -- to Bill Clinton")
        if (m.lookingAt() && Character.isUpperCase(m.group("subj").charAt(0))) {
            String subj = m.group("subj").strip();
            String name = Names.personAtEnd(subj);
            if (name == null) {
                name = fullNameBeforeCueCloser(subj); // "– Charles Krauthammer on “Special Report”"
                int at = name == null ? -1 : subj.indexOf(name);
                String lead = at < 0 ? "" : subj.substring(0, at).strip();
                if (name != null && (at < 0 || !lead.isEmpty() && !allCapitalised(Words.splitOnSpaces(lead)))) {
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
        if (!first.next() || first.start() != i) {
            return null;
        }
        if (first.end() - first.start() == 2 && after.startsWith("So", first.start())) {
            Words verb = new Words(after, first.end(), after.length()); // "…" So says Hillary Clinton of her rival
            if (verb.next() && Words.onlySpaceBetween(after, first.end(), verb.start()) && isVerbAt(after, verb.start(), verb.end())) {
                first = new Words(after, verb.start(), after.length());
                first.next();
            }
        }
        // "…," calling DeSantis "…": a participle takes its object after it (the speaker is the sentence's subject)
        if (isVerbAt(after, first.start(), first.end()) && !isParticiple(after, first.start(), first.end())) {
            int verbEnd = first.end();
            int end = verbEnd;
            while (end < after.length() && end - verbEnd < 80 && (",.;:!?\"\u201C\u201D\n".indexOf(after.charAt(end)) < 0
                    || after.charAt(end) == '.' && abbreviationBefore(after, end))) { // "said Mr. Clyburn"
                end++;
            }
            end = wholeNameFrom(after, verbEnd, end);
            end = beforeTopic(after, verbEnd, end);
            String phrase = after.substring(verbEnd, end);
            String nameFirst = nameBeforeCueCloser(phrase);
            if (nameFirst != null) {
                return nameFirst; // "said Obama in Los Angeles on June 7 at the home of … Peter Chernin"
            }
            String appositive = appositiveName(after, end);
            if (ownersSpokesman(phrase.strip())) {
                return appositive != null ? appositive : phrase.strip(); // "said Donald Trump's lawyer, Rudy Giuliani"
            }
            String s = partyOrSpeaker(phrase, true, ""); // "…," said Stoltenberg
            if (appositive != null && (s == null || !Character.isUpperCase(s.charAt(0)) || isPossessive(phrase))) {
                return appositive; // "said a spokeswoman for Trump hotels, Jennifer Rodstrom"
            }
            if (s != null) {
                return s;
            }
        }
        // "…," Stoltenberg said / "…," Hugh Hill, a doctor, said / "…," she added
        int limit = Math.min(after.length(), i + 190);
        Words w = new Words(after, i, limit);
        while (w.next()) {
            if (w.start() > i && isVerbAt(after, w.start(), w.end())) {
                // "Lavrov was quoted as" saying; "she is fond of" saying, "Clinton went on to" say
                String subj = withoutLeadIn(withoutPassiveReport(after.substring(i, w.start())));
                if (otherSentence(subj)) {
                    return null; // another sentence or quote came between: not this quote's cue
                }
                String lead = subj.strip().toLowerCase(Locale.ROOT);
                String[] commas = subj.split(",");
                // "…," Hugh Hill, a doctor, said / "…," Jesse Thomas, the acting CEO, recently told me
                boolean described = commas.length >= 3 && stripAuxiliaries(commas[commas.length - 1].strip()).isEmpty();
                String head = described ? commas[0] : subj;
                if (described && personWithTitles(commas[0]) == null && personWithTitles(commas[1]) != null) {
                    head = commas[1]; // "…," Energean's chief executive, Matthaios Rigas, told the FT
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
                    return personWithTitles(commas[0]); // "Rep. Bruce Braley, an Iowa Democrat who … said Thursday"
                }
                String possessed = possessedNoun(stripAdverbs(head));
                if (possessed != null) {
                    return possessed; // "…," his spokesman said / "…," its statement said: who or what speaks for someone
                }
                return partyOrSpeaker(stripAdverbs(head), false, after.substring(w.end()));
            }
        }
        // "…," Trump implored. — a name and a verb we do not list, closing a short sentence
        Matcher other = NAME_THEN_VERB.matcher(after).region(i, after.length());
        if (other.lookingAt()) {
            return Names.personAtEnd(other.group(1));
        }
        // "…," he boomed. / "…," she chuckled, — the same with "he" or "she" and a past tense
        Matcher pronoun = PRONOUN_THEN_VERB.matcher(after).region(i, after.length());
        return pronoun.lookingAt() ? HE + Genders.of(pronoun.group(1)) : null;
    }

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
    static String withoutLeadIn(String subj) {
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

    /** The words between a subject and the "to" or "of" before its speech verb: auxiliaries, and verbs and adjectives of wanting, habit and haste. */
    private static final java.util.Set<String> LEAD_IN = java.util.Set.of("on", "is", "was", "were", "are", "has", "have",
            "had", "been", "be", "would", "will", "could", "should", "might", "may", "later", "then", "also", "quick",
            "fond", "known", "likes", "like", "liked", "wanted", "wants", "want", "went", "goes", "go", "continued",
            "continues", "began", "begins", "decided", "decides", "tends", "tended", "used", "loves", "loved", "hastened",
            "rushed", "sure", "eager", "careful", "happy", "able", "not", "never", "often", "always", "once", "again",
            "going", "likely", "moved", "appeared", "seemed", "seems", "proceeded", "chose", "tried", "sought");

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

    private static String creditLine(String opening) {
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
        // "Editorial Board, Washington Post": the board with its outlet, as the credit reads; every paper has a board
        return Names.isInstitutionName(credited) ? credited + ", " + credit.group(2).strip() : personWithTitles(credited);
    }

    /** Titles written out before a name ("Col." and the like are abbreviated role words). */
    private static final java.util.Set<String> TITLES = java.util.Set.of("president", "senator", "governor", "mayor",
            "representative", "secretary", "minister", "prime", "general", "judge", "justice", "chief", "ambassador",
            "commissioner", "sheriff", "professor", "director", "chairman", "chairwoman", "deputy", "vice", "acting",
            "former", "sergeant", "captain", "lieutenant", "colonel", "admiral", "detective", "officer", "attorney");

    /**
     * A person's full name, alone or after titles only ("Rep. Bruce Braley" → Bruce Braley); null for anything else
     * ("Energean's CEO", "a trader at Global Risk").
     */
    private static String personWithTitles(String phrase) {
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
        return speaker(comma > 0 ? who.substring(0, comma) : who, false);
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
        String last = lastWord(sentence, sentence.length());
        int end = sentence.length();
        for (int i = 0; i < 2 && (last.equals("as") || last.equals("a") || last.equals("an")); i++) { // "described as a"
            end = Words.spaceStartBefore(sentence, end) - last.length();
            last = lastWord(sentence, end);
        }
        return last.endsWith("ed") || last.equals("called");
    }

    /**
     * The named subject of a clause that "and" or "but" opens, when it has one ("but Ryan cautioned …"); null when
     * the clause goes on with the sentence's subject ("and has referred to her as") or names no one.
     */
    private static String ownSubject(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("and ") && !lower.startsWith("but ")) {
            return null;
        }
        String rest = clause.substring(4).strip();
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || startsWithPredicate(rest)) {
            return null;
        }
        String head = Subjects.head(rest);
        String s = head == null ? null : speaker(head, false);
        return s != null && Names.namesPersonOrBody(head) ? s : null;
    }

    /**
     * The name before an aside whose own commas part a list of names, when the list runs on to the verb: "Rep. Rosa
     * DeLauro, chair of the subcommittee on Labor, Health and Human Services, and Education, said" is DeLauro's, not
     * "Education"'s. Null unless the clauses are a name, perhaps a party and state or an age, a lower-case aside ending
     * in a capitalised word, and then only capitalised items.
     */
    private static String nameBeforeListingAside(String[] clauses) {
        int end = clauses.length;
        while (end > 0 && clauses[end - 1].isBlank()) {
            end--;
        }
        int k = end - 1;
        while (k > 0 && listItem(clauses[k].strip())) {
            k--;
        }
        if (k == end - 1 || k < 1) {
            return null; // no list after an aside
        }
        String aside = clauses[k].strip();
        String[] words = Words.splitOnSpaces(aside);
        if (aside.isEmpty() || !Character.isLowerCase(aside.charAt(0)) || words.length < 2
                || !Character.isUpperCase(words[words.length - 1].charAt(0)) || !isAppositive(aside)
                || !ASIDE_OPENERS.contains(words[0]) && !(Names.ROLE_WORD_SET.contains(words[0])
                    && !Subjects.OPENERS.contains(words[0]) && !Subjects.LEADERS.contains(words[0]))) {
            return null; // an aside says who: "a lawyer in Austin", "chair of …"; not "later Saturday, Trump said"
        }
        for (int j = k - 1; j >= 0; j--) {
            String c = clauses[j].strip();
            if (j > 0 && (Names.isPartyAndState(c) || isAge(c) || STATE_ABBREVIATION.matcher(c).matches())) {
                continue; // "Sen. Roger Wicker, R-Miss., chairman of …"
            }
            return personWithTitles(j == 0 ? withoutOpeningConjunction(c) : c);
        }
        return null;
    }

    /** Words that open an aside describing someone: "a lawyer in Austin, Texas", "the head of …". */
    private static final Set<String> ASIDE_OPENERS = Set.of("a", "an", "the", "one", "another");

    /** Words that join a list's capitalised names: "Labor, Health and Human Services, and Education". */
    private static final Set<String> LIST_JOINERS = Set.of("and", "&", "of", "the", "for", "on");

    /** Whether a clause is an item of a list of names: a few capitalised words (and joiners), no person's full name. */
    private static boolean listItem(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        if (clause.isEmpty() || words.length > 6 || !Character.isUpperCase(words[words.length - 1].charAt(0))) {
            return false;
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !LIST_JOINERS.contains(w)) {
                return false;
            }
        }
        String person = Names.personAtEnd(clause);
        return person == null || person.indexOf(' ') < 0;
    }

    /** "in which he called", "where she told": a relative clause whose subject is a pronoun, and its verb. */
    private static final Pattern RELATIVE_PRONOUN = Pattern.compile("\\b(?:which|whom|where)\\s+(he|she)\\s+\\p{Ll}+");

    /**
     * The pronoun subject of the last relative clause in {@code clause}, when the cue's verb goes on from that clause
     * ("… in which he called Priebus “…” and said, “…”"); null if none or if a name follows it.
     */
    private static String relativePronounSubject(String clause) {
        if (clause.indexOf(" he ") < 0 && clause.indexOf(" she ") < 0) {
            return null; // most clauses: no pronoun to look for
        }
        Matcher m = RELATIVE_PRONOUN.matcher(clause);
        String found = null;
        int end = -1;
        while (m.find()) {
            found = m.group(1);
            end = m.end();
        }
        if (found == null || Names.personAtEnd(clause.substring(end)) != null) {
            return null;
        }
        return HE + Genders.of(found);
    }

    /** The reporting verbs of a clause set between commas: "…, his attorney, Nicholas Poehl, said, adding …". */
    private static final java.util.Set<String> REPORTING = java.util.Set.of("said", "says", "told", "tells", "wrote",
            "writes", "added", "adds", "explained", "noted", "stated", "continued");

    /** The last word (lower case) of {@code s} before {@code end}, without splitting the whole sentence. */
    private static String lastWord(String s, int end) {
        int e = Words.spaceStartBefore(s, end);
        return s.substring(Words.tokenStartBefore(s, e), e).toLowerCase(Locale.ROOT);
    }

    private static String byAgent(String after) {
        Matcher m = BY_AGENT.matcher(after);
        return m.find() ? speaker(m.group(1).strip(), false) : null;
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
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
        Matcher m = TOPIC.matcher(after).region(from, end);
        return m.find() ? m.start() : end;
    }

    private static final Pattern TOPIC = Pattern.compile("(?<=\\p{Lu}[\\p{L}.'’-]{0,30}) of (?:the|his|her|their|its|this|that|a|an) \\p{Ll}");

    /**
     * The name a verb-first cue opens with when a place, a time or whom it was said to follows it: "Obama in Los
     * Angeles", "Sen. Bob Casey on Fox", "former campaign manager Corey Lewandowski to reporters" (what someone is may
     * come first, in up to four lower-case words that are no article or preposition).
     */
    private static String nameBeforeCueCloser(String phrase) {
        String[] w = Words.splitOnSpaces(phrase.strip());
        int lead = 0;
        while (lead < w.length && lead < 4 && !w[lead].isEmpty() && w[lead].chars().allMatch(c -> Character.isLowerCase(c) || c == '-')
                && !NOT_IN_A_ROLE.contains(w[lead])) {
            lead++;
        }
        int n = lead;
        while (n < w.length && capitalised(w[n])) {
            n++;
        }
        if (n == lead || n >= w.length || !CUE_CLOSERS.contains(w[n]) && !w[n].equals("to")) {
            return null;
        }
        String run = String.join(" ", java.util.Arrays.copyOfRange(w, lead, n));
        String name = Names.personAtEnd(run);
        return name != null && run.endsWith(name) && !Names.isInstitutionName(run) ? partyOrSpeaker(run, true, "") : null;
    }

    /** Words that make the lower-case words before a name something other than what the person is: "a spokesman for Trump". */
    private static final Set<String> NOT_IN_A_ROLE = Set.of("a", "an", "the", "for", "of", "to", "with", "from", "by", "at",
            "in", "on", "and", "or", "his", "her", "their", "its", "our", "my", "your", "who", "that", "which", "about");

    /** After the verb, a title held before or after now: "then-Gov. Jim Doyle", "former Sen. Bob Kerrey", "ex-President". */
    private static boolean formerTitle(String[] w) {
        String t = w[1];
        int dash = t.indexOf('-');
        if ((t.startsWith("then-") || t.startsWith("ex-")) && dash + 1 < t.length()) {
            return Character.isUpperCase(t.charAt(dash + 1));
        }
        return w.length >= 3 && FORMER.contains(t) && capitalised(w[2]);
    }

    private static final Set<String> FORMER = Set.of("former", "then", "outgoing", "incoming");

    /** The text after a quote opens with its cue: "said Paula Sumberg, …" or ", Mr. Clyburn said". */
    private static boolean directCue(String after, Quote q) {
        String[] w = Words.splitOnSpaces(LEADING_PUNCT.matcher(after.strip()).replaceFirst(""), 8);
        if (w.length >= 2 && isVerb(w[0]) && (capitalised(w[1]) || formerTitle(w))) {
            return true;
        }
        if (w.length >= 2 && (w[0].equals("he") || w[0].equals("she")) && isVerb(w[1])) {
            return true; // "… for their “narrow party interests”, he told a meeting of diplomats": the cue, not the subject
        }
        if (w.length >= 3 && SAYING.contains(w[0]) && DETERMINERS.contains(w[1]) && q.text().stripTrailing().endsWith(",")
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
            if (isVerb(w[i])) {
                // a name, or a title and a name ("White House spokesman Jay Carney told"): capitalised words, and
                // lower-case ones only for what someone is
                boolean titled = false;
                for (int j = 0; j < i; j++) {
                    boolean role = !w[j].isEmpty() && Character.isLowerCase(w[j].charAt(0)) && j > 0 && roleNoun(w[j]);
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
     * The one described who opens a subordinate clause that ends right before the speech verb ("… felt real when a
     * Pentagon spokesperson" [told]): a determiner, up to three lower-case or capitalised modifiers, and a noun for a
     * person or for people. Null otherwise: the sentence's subject rules decide.
     */
    private static String describedAfterSubordinator(String clause) {
        String[] w = Words.splitOnSpaces(clause.strip());
        for (int at = w.length - 2; at >= Math.max(1, w.length - 6); at--) {
            if (!SUBORDINATORS.contains(w[at - 1].toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!DETERMINERS.contains(w[at].toLowerCase(Locale.ROOT))) {
                return null;
            }
            String noun = w[w.length - 1];
            if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0)) || NOT_IN_DESCRIPTION.contains(noun)
                    || !namesPeople(noun)) {
                return null;
            }
            for (int j = at + 1; j < w.length - 1; j++) {
                if (w[j].isEmpty() || isVerb(w[j]) || !Character.isLetter(w[j].charAt(0))
                        || NOT_IN_DESCRIPTION.contains(w[j].toLowerCase(Locale.ROOT))) {
                    return null; // "as a reference to menstruation when he": no one described
                }
            }
            return String.join(" ", java.util.Arrays.copyOfRange(w, at, w.length));
        }
        return null;
    }

    /** Whether a word is a noun for a person or for people ("spokesperson", "officials"; "ex-officials" by its last part). */
    private static boolean namesPeople(String word) {
        String noun = word.substring(word.lastIndexOf('-') + 1);
        return roleNoun(noun) || Subjects.peopleNoun(noun);
    }

    /** Words that end a description or stand for no one described: prepositions, relatives, pronouns. */
    private static final Set<String> NOT_IN_DESCRIPTION = Set.of("to", "of", "in", "on", "at", "for", "with", "by", "from",
            "which", "who", "whom", "that", "when", "what", "where", "and", "or", "but", "he", "she", "it", "they", "we",
            "i", "you", "his", "her", "its", "their", "our", "my", "your");

    /** Conjunctions that open a clause with a subject of its own (not "as": "a source who counts him as a friend told"). */
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "while", "because", "since", "before",
            "until", "once", "if", "although", "though");

    /**
     * Whether the words open with someone described, then a speech verb: "the officials said", "a senior aide told",
     * "the 58 ex-officials wrote" (a determiner or a number, up to three lower-case words, a noun for a person or for
     * people, the verb), "officials said".
     */
    private static boolean describedSourceThenVerb(String[] w) {
        if (w.length >= 2 && !w[0].isEmpty() && Character.isLowerCase(w[0].charAt(0)) && Subjects.peopleNoun(w[0]) && isVerb(w[1])) {
            return true; // "officials said", "critics say"
        }
        if (w.length < 3 || w[0].isEmpty() || !DETERMINERS.contains(w[0]) && !Character.isDigit(w[0].charAt(0))) {
            return false;
        }
        for (int i = 2; i < w.length && i <= 5; i++) {
            if (isVerb(w[i])) {
                for (int j = 1; j < i; j++) {
                    if (w[j].isEmpty() || Character.isUpperCase(w[j].charAt(0))) {
                        return false; // a name's words: the name's rules decide
                    }
                }
                return namesPeople(w[i - 1]);
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
            if (isVerb(w[i])) {
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
     * Whether a subject is a described one whose description goes on after its head with "of", "for", "at" or "from"
     * ("The head of the agency", "the occupant of the White House", "a spokesman for the company"): the head alone
     * ("The head") says less than the text does.
     */
    private static boolean describedWhole(String clause, String head) {
        if (head.length() >= clause.length() || !clause.startsWith(head)) {
            return false;
        }
        String first = Words.firstOnSpaces(head).toLowerCase(Locale.ROOT);
        String rest = clause.substring(head.length()).strip();
        if (!(first.equals("the") || first.equals("a") || first.equals("an")) || !wordsAtMost(clause, 8)
                || !(rest.startsWith("of ") || rest.startsWith("for ") || rest.startsWith("at ") || rest.startsWith("from "))
                || RELATIVE_END.matcher(clause).find()) {
            return false;
        }
        String[] words = Words.splitOnSpaces(rest);
        if (words.length < 2 || POINTING.contains(words[1])
                || words[0].equals("at") && !words[1].equals("the") && !Character.isUpperCase(words[1].charAt(0))) {
            return false; // "A majority of those", "the vice president at one point"
        }
        for (String w : words) {
            if (CLAUSE_VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                return false; // "The problem for Warren is that you can’t": a clause, no description
            }
        }
        return true;
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
        if (next < 0 || next - comma > 150 || otherSentence(t.substring(comma + 1, next))) {
            return false;
        }
        String[] rest = Words.splitOnSpaces(t.substring(next + 1).strip(), 2);
        return rest.length >= 1 && isVerb(rest[0]);
    }

    /** Whether the words after "said the …" go on with a verb of their own: what was said ("said the nation was …"). */
    private static boolean clauseAfterSource(String[] w) {
        for (int i = 2; i < w.length; i++) {
            if (AUXILIARIES.contains(w[i])) {
                return true;
            }
        }
        return false;
    }


    /** Words that open a described source after an inverted cue's verb ("said a spokesman", "says the sergeant"). */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "one", "another");
    /** The verbs of saying itself, without an object: others take one ("…," described the president as …; told the nation). */
    private static final java.util.Set<String> SAYING = java.util.Set.of("said", "says", "added", "adds",
            "wrote", "writes", "explained", "explains", "noted", "notes", "warned", "warns", "argued", "argues", "recalled",
            "recalls", "replied", "replies", "continued", "continues", "insisted", "insists");

    /** The name in the comma clause starting at {@code comma}, when that clause is just a name. */
    private static String appositiveName(String after, int comma) {
        if (comma >= after.length() || after.charAt(comma) != ',') {
            return null;
        }
        int end = comma + 1;
        while (end < after.length() && end - comma < 60 && ",.;:\n".indexOf(after.charAt(end)) < 0
                || end < after.length() && after.charAt(end) == '.' && abbreviationBefore(after, end)) {
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

    /** As {@link #ownersSpokesman(String, String)}, the owner being the capitalised words {@code phrase} opens with. */
    private static boolean ownersSpokesman(String phrase) {
        String[] w = Words.splitOnSpaces(phrase);
        int k = 0;
        while (k < w.length && capitalised(w[k]) && !endsWithOwnersMark(w[k])) {
            k++;
        }
        if (k >= w.length || !capitalised(w[k])) {
            return false;
        }
        return ownersSpokesman(phrase, String.join(" ", java.util.Arrays.copyOf(w, k + 1)));
    }

    /**
     * Whether {@code clause} is its head, an owner ("President Donald Trump's"), then one to three lower-case words
     * for who speaks for them ("lawyer", "chief aide").
     */
    private static boolean ownersSpokesman(String clause, String head) {
        if (!endsWithOwnersMark(head) || !clause.startsWith(head)) {
            return false;
        }
        String[] rest = Words.splitOnSpaces(clause.substring(head.length()).strip());
        if (rest.length < 1 || rest.length > 3) {
            return false;
        }
        for (String w : rest) {
            if (w.isEmpty() || !w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || beforeAVerb(w)
                    || VERB_WORDS.contains(w)) {
                return false; // "Trump's comments were", "Trump's website still"
            }
        }
        return speaksFor(rest[rest.length - 1]);
    }

    /** Whether a phrase's last word is an owner's: "Donald Trump's", "Mr. Jones’s", "the Sanders'". */
    private static boolean endsWithOwnersMark(String phrase) {
        String t = phrase.strip();
        if (t.endsWith("'s") || t.endsWith("\u2019s")) {
            String last = t.substring(t.lastIndexOf(' ') + 1, t.length() - 2);
            return !CONTRACTED_BEFORE_S.contains(last.toLowerCase(Locale.ROOT)); // not "There's", "Here's"
        }
        return t.endsWith("s'") || t.endsWith("s\u2019");
    }

    private static boolean isPossessive(String phrase) {
        String t = phrase.strip();
        int sp = t.indexOf(' ');
        String first = sp < 0 ? t : t.substring(0, sp);
        return first.endsWith("'s") || first.endsWith("\u2019s");
    }

    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            "(\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s+\\p{Ll}+(?:ed|s)\\b(?:\\s+\\p{Ll}+){0,2}\\s*[.,]");

    private static final Pattern PRONOUN_THEN_VERB = Pattern.compile("([Hh]e|[Ss]he)\\s+\\p{Ll}+ed\\b(?:\\s+\\p{Ll}+){0,2}\\s*[.,]");

    /** A lower-case speech verb; the word pattern keeps a trailing full stop ("said."), which is dropped here. */
    private static boolean isVerb(String word) {
        return isVerbAt(word, 0, word.length());
    }

    /** As {@link #isVerb} for the word {@code s[from, to)}, asked in place. */
    private static boolean isVerbAt(String s, int from, int to) {
        int end = to;
        while (end > from && s.charAt(end - 1) == '.') {
            end--;
        }
        // the verbs are lower-case ASCII words: any case matched, then lower case required
        return end > from && (VERB_SET.contains(s, from, end) || phrasalVerb(s, from, end)) && lowerAscii(s, from, end)
                && !comparesFigures(s, from, end);
    }

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

    /** The first word of a verb of two words ("pointed out", "shot back", "fired back"), asked at that word. */
    private static boolean phrasalVerb(String s, int from, int end) {
        if (!PHRASAL_FIRST.contains(s, from, end)) {
            return false;
        }
        String particle = s.regionMatches(true, from, "point", 0, 5) ? " out" : " back";
        return s.startsWith(particle, end) && (end + particle.length() == s.length() || !Character.isLetter(s.charAt(end + particle.length())));
    }

    private static final WordSet PHRASAL_FIRST = new WordSet(Set.of("pointed", "points", "pointing", "shot", "shoots",
            "shooting", "fired", "fires", "firing", "hit", "hits", "hitting"));

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

    private static String stripAdverbs(String subj) {
        String[] words = Words.splitOnSpaces(subj.strip());
        int n = words.length;
        while (n > 1 && ADVERBS.contains(words[n - 1].toLowerCase(Locale.ROOT))) {
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /** A clause that is a number of one to three digits: a person's age set off by commas. */
    private static boolean isAge(String clause) {
        if (clause.length() > 3) {
            return false;
        }
        for (int i = 0; i < clause.length(); i++) {
            if (clause.charAt(i) < '0' || clause.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The rule of a quotation whose words the sentence gives as someone's ("Waters’ suggestion that opponents “…”"). */
    static final String OWNER = "owner";
    /**
     * The rule of a quotation the writer borrows ("in the words of Abraham Lincoln, “…”"): its author takes no part in
     * the article's exchange, so the quotations after it do not continue that author.
     */
    static final String WORDS_OF = "words-of";

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
            if (nounEnd >= 0 && isVerbAt(sentence, w.start(), w.end())) {
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
                    && lowerAscii(sentence, w.start(), w.end()) && Words.onlySpaceBetween(sentence, prevEnd, w.start())) {
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
        int verb = lastVerb(upToOwner);
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
            return HE + pronounGender(owner.equalsIgnoreCase("their") ? "they" : owner.equalsIgnoreCase("his") ? "he" : "she");
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
                return Character.isUpperCase(owner.charAt(0)) ? speaker(described, false) : described;
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
        if (hasQuoteMark(gap)) {
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
                && (words.length == 1 || words.length == 2 && ARTICLE_START.matcher(words[1] + " ").matches());
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
        return who.isEmpty() ? null : speaker(who, true);
    }

    /**
     * Nouns for what someone answered or urged, whose words a form of "be" then gives: "Trump Jr.’s emailed reaction was
     * “I love it”", "his response was simple: “…”". ("Trump’s claim was “false”" is someone's verdict on a claim.)
     */
    private static final WordSet CONTENT_NOUNS = new WordSet(Set.of("reaction", "response", "answer", "reply", "message",
            "motto", "mantra", "slogan", "refrain", "advice", "explanation", "excuse", "instructions", "request", "verdict"));

    /** Whether what follows a content noun is "was", "is", "has been", perhaps with a word and a colon, and nothing else. */
    private static boolean isContent(String gap) {
        if (hasQuoteMark(gap)) {
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
     * Verbs that report what the speaker holds, the {@link #REPORTING} verbs and those that argue: "He said the
     * department’s claim that … was “flatly untrue”" (an evaluating verb reads the other way: "Sinise blasted Dean’s
     * declaration that ticket-buyers are “very angry”").
     */
    private static final Set<String> HOLDING = java.util.stream.Stream.concat(REPORTING.stream(),
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
            if (NAMING.contains(s, w.start(), w.end()) && lowerAscii(s, w.start(), w.end())) {
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

    /** Position of the last speech verb word in {@code s}, or -1. */
    private static int lastVerb(String s) {
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

    private static boolean lowerAscii(String s, int from, int to) {
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
     * {@code split(",|\\s+(?:--|\u2014|\u2013)\\s+", -1)} gives, in one pass without a regex.
     */
    static List<String> clauses(String s) {
        List<String> out = new ArrayList<>();
        int last = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
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

    /**
     * Words opening a phrase that sets a sentence's place or time ("In Colorado,", "After firing Comey,"): the name
     * in it is not the speaker, who comes after the comma. Not those that name whose view follows ("For Webster,",
     * "According to Frank Brown,", "From Matthew Henman, head of …:").
     */
    private static final java.util.Set<String> SCENE_OPENERS = java.util.Set.of("in", "at", "across", "outside", "inside",
            "near", "throughout", "within", "after", "before", "during", "when", "while", "since", "until", "amid", "following");

    /** The subject of the last speech verb in the sentence before the quote. */
    private static String leading(String sentence) {
        int verbAt = lastVerb(sentence);
        if (verbAt < 0) {
            String t = sentence.stripTrailing();
            if (t.endsWith(":")) { // Trump: "…" — and "Gerald F. Seib, The Wall Street Journal: "…""
                String label = t.substring(0, t.length() - 1);
                String inverted = invertedLabel(label);
                if (inverted != null) {
                    return inverted; // "Added a GOP lawmaker:", "Wrote Cornyn:": the verb first, then who
                }
                String next = nameAfterLastQuotation(label);
                if (next != null) {
                    return next; // "Mulvaney: “…–” Mitchell: “…”": a transcript's next speaker, not both names run together
                }
                int comma = label.indexOf(',');
                // a name, then who they are ("Gerald F. Seib, The Wall Street Journal:"); not a phrase that opens
                // the sentence ("In Colorado, one Democrat cast doubt on the poll:")
                String name = comma > 0 && !SCENE_OPENERS.contains(Words.firstOnSpaces(label).toLowerCase(Locale.ROOT))
                        ? Names.personAtEnd(label.substring(0, comma)) : null;
                if (name != null && comma < 40) {
                    return name;
                }
                String s = speaker(label, false);
                // not a name a verb or a preposition takes: "… a declaration about U.S. involvement in Syria:"
                if (s != null && (isPronoun(s) || Names.personAtEnd(label) != null && !takenByVerbOrPreposition(label))) {
                    return s;
                }
                String head = Subjects.head(label); // "But Trump quickly deflected with a non sequitur:"
                String h = head == null ? null : speaker(head, false);
                return h != null ? h : s;
            }
            return null;
        }
        String before = sentence.substring(0, verbAt);
        String subject = subjectOf(sentence, verbAt, before);
        if (before.contains(" come") || before.contains(" came") || before.contains(" coming")) {
            Matcher comes = COMES_AFTER.matcher(before);
            int cut = -1;
            int cutStart = -1;
            while (comes.find()) {
                cut = comes.end();
                cutStart = comes.start();
            }
            String head = cut > 0 ? before.substring(0, cutStart) : "";
            String inClause = cut > 0 && !PERFECT_BEFORE.matcher(head).find() ? leading(sentence.substring(cut)) : null;
            // "This comes after the director of the Chinese CDC admitted, “…”", "Redfield’s comments come after
            // President Trump said": the clause after it speaks, not what comes (nor "Trump has come after the teen")
            if (inClause != null && (subject == null || head.contains(Words.firstOnSpaces(subject))
                    || head.contains(Names.lastName(subject)))) {
                return inClause;
            }
        }
        return subject;
    }

    /** Pronouns after "of" that point back, naming nobody: "A majority of those". */
    private static final java.util.Set<String> POINTING = java.util.Set.of("those", "these", "them", "us", "it", "which", "whom",
            "this", "that");

    /** Verbs and conjunctions that make the words after a head a clause rather than a description. */
    private static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("is", "was", "are", "were", "be", "been",
            "that", "has", "have", "had", "will", "would", "can", "can’t", "can't", "could", "should", "may", "might");

    private static final Pattern INDEFINITE_START = Pattern.compile("(?i)(a|an|one|another)\\s");

    /**
     * The organisation a clause ends with, for a "which" after it: capitalised words, with "of", "for", "and", "the"
     * between them ("the American Medical Association", "Google", "the Office of Management and Budget"); null when
     * the clause ends otherwise, or in a person's name, a day or a month.
     */
    private static String bodyAtEnd(String clause) {
        String[] words = Words.splitOnSpaces(clause.strip());
        int end = words.length;
        int start = end;
        while (start > 0) {
            String w = words[start - 1];
            boolean cap = capitalised(w);
            boolean connector = start < end && (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&")
                    || w.equals("the") && start - 1 > 0 && (words[start - 2].equals("of") || words[start - 2].equals("for")));
            if (!cap && !connector) {
                break;
            }
            start--;
        }
        while (start < end && !capitalised(words[start])) {
            start++; // a run opens with a capital
        }
        if (start == end || start > 0 && capitalised(words[start - 1])) {
            return null;
        }
        String body = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
        String last = words[end - 1];
        if (body.equals(Names.personAtEnd(body)) && !Names.isInstitutionName(body) && body.indexOf(' ') > 0
                || DAYS.contains(last) || MONTHS.contains(last) || body.equals("I")) {
            return null;
        }
        return body;
    }

    /** Whether a "which" clause has a subject of its own before its verb: "which he said", "which Mr. Trump called". */
    private static boolean relativeHasOwnSubject(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        for (int k = 1; k < words.length; k++) {
            String w = words[k];
            if (capitalised(w) || SUBJECT_PRONOUNS.contains(w) || w.equals("you")) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> MONTHS = java.util.Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** What goes on from a description's head without a verb: "A source close to", "An aide to", "The head of". */
    private static final Pattern DESCRIPTION_GOES_ON = Pattern.compile("\\s+(?:of|to|for|at|with|in|from|close to)\\s");

    /** A relative pronoun ending a clause cut before its verb ("the percentage of Americans who"). */
    private static final Pattern RELATIVE_END = Pattern.compile("\\s(?:who|which|that|whom)$");

    /** "has come after", "had come after": attacked, not followed in time. */
    private static final Pattern PERFECT_BEFORE = Pattern.compile("\\b(?:has|have|had|having)\\s+$");

    /** "in what Millan calls", "what Robert Jones, CEO of …, calls": the name a relative "what" clause opens with, before its verb. */
    private static final Pattern WHAT_NAME = Pattern.compile(
            "\\bwhat\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]*)(?:\\s*,[^,]{1,80},)?\\s*$");

    /** The subject of the speech verb at {@code verbAt} in the sentence before a quote; {@code before} is the text before it. */
    private static String subjectOf(String sentence, int verbAt, String before) {
        if (before.indexOf("what ") >= 0) {
            Matcher what = WHAT_NAME.matcher(before);
            String name = what.find() ? Names.personAtEnd(what.group(1)) : null;
            if (name != null) {
                return name; // "The genre is in what Millan calls its “infant stage”"
            }
        }
        String afterVerb = afterFirstWord(sentence, verbAt);
        String beforeEnd = before.stripTrailing();
        // "…," said Smith: the quotation's own closing comma is blanked with it, so its closing mark stands for the comma
        boolean afterComma = beforeEnd.endsWith(",") || beforeEnd.endsWith("\u201D") || beforeEnd.endsWith("\"");
        if (afterComma && !afterVerb.isEmpty() && Character.isUpperCase(afterVerb.charAt(0))
                && invertsSubject(Words.firstOnSpaces(sentence.substring(verbAt))) && !nameWithAsides(before)) {
            int comma = afterVerb.indexOf(',');
            String run = comma > 0 ? afterVerb.substring(0, comma) : afterVerb.strip();
            boolean onlyName = allCapitalised(Words.splitOnSpaces(run.strip()));
            String name = onlyName ? firstName(run) : null; // "…, says David Palmiter, a …", not "…, said North Korea's latest"
            if (name != null) {
                return name;
            }
        }
        String verb = letterRun(sentence, verbAt, Math.min(sentence.length(), verbAt + 12));
        String beforeTrim = before.stripTrailing().toLowerCase(Locale.ROOT);
        String wordBeforeVerb = lastWord(beforeTrim, beforeTrim.length());
        if (!verb.endsWith("ing") && PASSIVE_AUXILIARIES.contains(wordBeforeVerb)) {
            // "has been called a charlatan … for promoting "quack" cures": its subject is not the speaker; a speech
            // verb before it may be ("McCain said Russia's actions can only be described as a "…"")
            return leading(sentence.substring(0, before.stripTrailing().length() - wordBeforeVerb.length()));
        }
        Matcher forSubject = endsWithTo(before) ? FOR_SUBJECT.matcher(before) : null; // the regex's find is slow on long text
        if (forSubject != null && forSubject.find()) {
            String name = Names.personAtEnd(forSubject.group(1)); // "only for Trump to tweet that"
            if (name != null) {
                return name;
            }
        }
        if (verb.endsWith("ing") && !beforeTrim.endsWith(",")) {
            String trimmed = before.stripTrailing();
            int space = trimmed.lastIndexOf(' ');
            String lastWord = trimmed.substring(space + 1);
            if (!lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0))) {
                String name = Names.personAtEnd(trimmed); // "footage of Trump saying", "has Podesta saying"
                if (name != null) {
                    return name;
                }
            }
        }
        if (verb.endsWith("ing") && !verb.equals("saying") && beforeTrim.endsWith(",")
                && REPORTING.contains(lastWord(beforeTrim, beforeTrim.length() - 1))) {
            // "…, his attorney, Nicholas Poehl, said, adding:": the one who said it, not the sentence's subject. Not
            // "…, Reuters said, saying they …": a source's "said", then the subject's "saying"
            String clause = before.stripTrailing();
            return leading(clause.substring(0, clause.length() - 1));
        }
        if (verb.endsWith("ing") || beforeTrim.endsWith(" to") || beforeTrim.endsWith(",to")) {
            // "…, saying", "Pence released a statement saying", "went on to say": the sentence's subject speaks
            String head = Subjects.head(sentence);
            return head == null ? null : speaker(head, false);
        }
        String lone = nameAfterLastQuotation(before); // "Pence “…,” Oesterle says": the subject is Oesterle alone
        String[] clauses = clauses(lone != null ? lone : before).toArray(new String[0]); // commas, and dashes used as commas
        String listed = nameBeforeListingAside(clauses);
        if (listed != null) {
            return listed; // "Sen. Roger Wicker, R-Miss., chairman of the Commerce, Science and Transportation Committee, said"
        }
        for (int i = clauses.length - 1; i >= Math.max(0, clauses.length - 6); i--) {
            String clause = stripAuxiliaries(i == 0 ? withoutOpeningConjunction(clauses[i].strip()) : clauses[i].strip());
            if (clause.indexOf('(') > 0) { // "The American Center for Law and Justice (ACLJ) said", "Washington (CNN) Obama"
                clause = withoutAcronym(clause);
            }
            if (clause.isEmpty() || STATE_ABBREVIATION.matcher(clause).matches() || isAge(clause)
                    || i > 0 && Names.isPartyAndState(clause)) { // "Sen. Elizabeth Warren, D-Mass. tweeted": her party and state
                continue; // "in Lynchburg, Va., derided": the place's state, not a subject; "Sanders, 78, said": an age
            }
            if (i > 0 && i == clauses.length - 2 && clauses[i + 1].isBlank() && townsRegion(clauses[i - 1], clause)) {
                continue; // "in Ketchikan, Alaska, said": the town's state or country between commas, not a subject
            }
            String lowered = clause.toLowerCase(Locale.ROOT);
            boolean closed = i < clauses.length - 1 || ARTICLE_START.matcher(clause).lookingAt(); // "X, a scholar, said"
            if (isAppositive(clause) && closed && namedBefore(clauses, i) && !lowered.startsWith("who ")
                    && !lowered.equals("who")) { // an aside ("a doctor") sits between a name and its verb
                continue; // "Hugh Hill, a doctor, said", "Mulgrew, president of …, which represents …, said"
            }
            if (isLeadingPhrase(clause) && i < clauses.length - 1) {
                if (i > 0 && !clauses[i - 1].isBlank()) {
                    continue; // "The White House, in a statement, said": an aside between the subject and its verb
                }
                return null; // "In Texas, …": nothing before it can be the subject
            }
            String lower = clause.toLowerCase(Locale.ROOT);
            String relativeSubject = relativeSubject(clause);
            if (relativeSubject == null && i == clauses.length - 1) {
                relativeSubject = thatClauseSubject(clause); // "a move that critics said “normalized” Trump"
            }
            if (relativeSubject != null) {
                // "Harry Reid, who he said “was right in 1993 …”", "Kelly, who one longtime confidant said “…”": the
                // relative's own subject says it, of the one named
                return relativeSubject;
            }
            if ((lower.startsWith("which ") || lower.equals("which")) && i >= 1 && !relativeHasOwnSubject(clause)) {
                String body = bodyAtEnd(clauses[i - 1]);
                if (body != null) {
                    return body; // "… with the state's Cannabis Control Commission, which said in a statement it would"
                }
            }
            if (lower.startsWith("who ") || lower.equals("who")) { // "McConnell, now the majority leader, who said"
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    String plain = PARENTHETICAL.matcher(clauses[j]).replaceAll(" ").strip();
                    String name = Names.personAtEnd(plain);
                    if (name != null && (plain.endsWith(" in " + name) || plain.endsWith(" in the " + name))) {
                        continue; // "professor … at the University of Brighton in Great Britain, who": a place, not the one who
                    }
                    // an aside names no antecedent ("McConnell, now the majority leader, who said"), but a name that a
                    // verb or a preposition takes right before "who" is one ("drew scrutiny from Donald Trump, who said")
                    if (name != null && (!isAppositive(clauses[j])
                            || j == i - 1 && (j == 0 || !describes(plain)) && takenByVerbOrPreposition(plain))) {
                        return name;
                    }
                }
                // "A White House spokesman, who asked not to be named, said": the unnamed source that opens the sentence
                // ("The Kentucky Republican, who …" refers back to someone named, whom the sentence's subject rule finds)
                String opening = i >= 1 && clauses[0].strip().length() > 2 && clauses[0].strip().length() <= 60 ? clauses[0].strip() : null;
                String openingHead = opening != null && INDEFINITE_START.matcher(opening).lookingAt() ? Subjects.head(opening) : null;
                if (openingHead != null && (openingHead.length() == opening.length()
                        || DESCRIPTION_GOES_ON.matcher(opening).region(openingHead.length(), opening.length()).lookingAt())) {
                    String described = speaker(opening, false);
                    return described != null && described.equals(opening) ? described : null; // not "The drug drew criticism from …"
                }
                return null;
            }
            boolean endsInName = Names.personAtEnd(clause) != null && !lower.endsWith(" and") && !lower.endsWith(" but");
            if (lower.startsWith("and ") || lower.startsWith("but ") || lower.equals("and") || lower.equals("but")
                    || lower.endsWith(" and") || lower.endsWith(" but") || !endsInName && startsWithPredicate(clause)) {
                String own = i == clauses.length - 1 ? ownSubject(clause) : null; // not a list's last item: "…, Justice, and Opportunity, told"
                if (own != null) {
                    return own; // "…, but Ryan cautioned he wasn't promising", "…, and Schumer warned that"
                }
                String relative = lower.endsWith(" and") ? relativePronounSubject(clause) : null;
                if (relative != null) {
                    return relative; // "… a call in which he called Priebus “…” and said": the relative clause's "he"
                }
                String head = Subjects.head(sentence); // "Trump …, and has referred to her as"
                return head == null ? null : speaker(head, false);
            }
            String described = i == clauses.length - 1 ? describedAfterSubordinator(clause) : null;
            if (described != null) {
                return described; // "But the danger felt real when a Pentagon spokesperson told reporters that …"
            }
            String s = speaker(clause, false);
            boolean named = s != null && (isPronoun(s) || Names.namesPersonOrBody(clause));
            if (named || s != null && s.equals(clause) && peopleNamedByWhom(Words.splitOnSpaces(s))) {
                return s; // "French officials said", "Belgian federal police said": the group, not its nationality
            }
            String clauseHead = Subjects.head(clause); // "Trump in the past has"; "the monster fired off" (tweets)
            if (s != null && clauseHead != null && (s.equals(clause) || s.equals(withoutTrailingDay(clause)))
                    && describedWhole(s, clauseHead)) {
                return beforeCueCloser(s); // "The head of the agency said": the description whole, not "The head"
            }
            if (clauseHead != null && ownersSpokesman(clause, clauseHead)) {
                if (i < clauses.length - 1 && namedBefore(clauses, i)) {
                    continue; // "Michael Cohen, U.S. President Donald Trump’s former personal lawyer, said": who he is
                }
                return clause; // "President Donald Trump's lawyer said": the lawyer, not the owner the description opens with
            }
            if (s == null || clauseHead != null && clauseHead.length() < clause.length() && !isPossessive(s)) {
                String h = clauseHead == null ? null : speaker(clauseHead, false);
                if (h != null || s == null) {
                    return h;
                }
            }
            return i == clauses.length - 1 || clauses[clauses.length - 1].isBlank() ? s : null;
        }
        return null;
    }

    /**
     * Whether a clause inside a sentence opens as a description ("a former aide to General David Petraeus", "the wife
     * of …"): an aside about the one named before it, whom a "who" after it then refers to.
     */
    private static boolean describes(String clause) {
        return RELATIVE_DETERMINERS.contains(Words.firstOnSpaces(clause).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the capitalised words that end {@code clause} (a name with its titles) follow a lower-case word other than
     * "of": "scrutiny from President Trump" (the name is what the clause ends on), not "a friend of Donald Trump" (the
     * friend is).
     */
    private static boolean takenByVerbOrPreposition(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int k = words.length - 1;
        while (k >= 0 && !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
            k--;
        }
        if (k < 0 || k == words.length - 1 || words[k].isEmpty()) {
            return false;
        }
        String before = words[k];
        return Character.isLowerCase(before.charAt(0)) && !before.equals("of") && before.chars().allMatch(Character::isLetter);
    }

    /**
     * The subject of a relative clause that has one of its own before its verb, or null: a pronoun ("who he", "whom
     * she"), a described source ("who one longtime confidant", "whom a spokesman") or a name ("who Trump").
     */
    private static String relativeSubject(String clause) {
        int space = clause.indexOf(' ');
        String relative = space < 0 ? clause : clause.substring(0, space);
        if (!relative.equalsIgnoreCase("who") && !relative.equalsIgnoreCase("whom")) {
            return null;
        }
        String rest = clause.substring(space + 1).strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        if (SUBJECT_PRONOUNS.contains(lower)) {
            return HE + pronounGender(lower);
        }
        String first = Words.firstOnSpaces(lower);
        if (RELATIVE_DETERMINERS.contains(first) && rest.length() > first.length()) {
            return speaker(rest, false);
        }
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && rest.equals(Names.personAtEnd(rest)) ? rest : null;
    }

    /**
     * The subject of a "that" or "which" clause right before the verb, when it has one of its own: people named by what
     * they are ("a move that critics said", "an interview that experts called") or a name ("a plan that Pelosi
     * called"); null otherwise. (A described one, "which the party called", read more wrongly than rightly.)
     */
    private static String thatClauseSubject(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        int at = Math.max(lower.lastIndexOf(" that "), lower.lastIndexOf(" which "));
        if (at < 0) {
            return null;
        }
        String rest = clause.substring(lower.indexOf(' ', at + 1) + 1).strip();
        if (rest.isEmpty()) {
            return null;
        }
        if (rest.indexOf(' ') < 0 && Character.isLowerCase(rest.charAt(0))) {
            return Subjects.peopleNoun(rest) && !VERB_WORDS.contains(rest) ? rest : null; // "critics", "officials"
        }
        return Character.isUpperCase(rest.charAt(0)) && rest.equals(Names.personAtEnd(rest)) ? rest : null;
    }

    /** Words that open a described subject: "who one longtime confidant said", "whom a spokesman called". */
    private static final java.util.Set<String> RELATIVE_DETERMINERS = java.util.Set.of("one", "a", "an", "the", "his", "her",
            "their", "its", "some", "many", "several", "another");

    /**
     * The name that alone follows the last quotation among some words, or null: "Pence “…,” Oesterle" gives Oesterle
     * and "Mulvaney: “…–” Mitchell" gives Mitchell, where both names would otherwise run together; "“…” And as
     * spokesman Jay Carney" gives null (more than a name follows).
     */
    private static String nameAfterLastQuotation(String words) {
        int closing = Math.max(words.lastIndexOf('\u201D'), words.lastIndexOf('"'));
        if (closing < 0) {
            return null;
        }
        int i = closing + 1;
        while (i < words.length() && (Character.isWhitespace(words.charAt(i)) || words.charAt(i) == ',')) {
            i++;
        }
        String rest = words.substring(i).strip();
        return !rest.isEmpty() && rest.equals(Names.personAtEnd(rest)) ? rest : null;
    }

    /** Whether {@code s} ends with "to" before trailing spaces (and line ends): what {@link #FOR_SUBJECT} needs to match. */
    private static boolean endsWithTo(String s) {
        int end = s.length();
        while (end > 0 && (Words.regexSpace(s.charAt(end - 1)) || "\u0085\u2028\u2029".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.startsWith("to", end - 2) && s.contains("for");
    }

    /**
     * The speaker of a label that opens with its speech verb, capitalised as the sentence's first word ("Added a GOP
     * lawmaker", "Wrote Cornyn"), or null. The verb test wants lower case, so such a verb is no verb to it.
     */
    private static String invertedLabel(String label) {
        String first = Words.firstOnSpaces(label.strip());
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0)) || !invertsSubject(first.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String rest = label.strip().substring(first.length()).strip();
        if (rest.isEmpty()) {
            return null;
        }
        // "Says Michigan party leader Mr. Dillon": the name after the titles; before an aside or a body the name is first
        // ("Added Toner, the former chairman", "Added Anthony Cordesman of the Center for Strategic and International Studies")
        String named = rest.indexOf(',') < 0 && !rest.contains(" of ") ? Names.personAtEnd(rest) : null;
        return named != null ? named : speaker(rest, true);
    }

    /**
     * Whether {@code before} (the words before a verb) is a name and then only asides: "Deb Calhoun, senior vice
     * president of the Waterways Council," is the subject of "called Paducah “…”", not a quotation's inverted verb.
     */
    private static boolean nameWithAsides(String before) {
        List<String> parts = clauses(before);
        int last = parts.size() - 1;
        while (last >= 0 && parts.get(last).isBlank()) {
            last--;
        }
        if (last < 1) {
            return false;
        }
        String first = withoutOpeningConjunction(parts.get(0).strip());
        String[] words = Words.splitOnSpaces(first);
        boolean onlyName = words.length > 0 && allCapitalised(words);
        String lone = first.toLowerCase(Locale.ROOT);
        if (words.length == 1 && (lone.endsWith("ly") || COMMA_OPENERS.contains(lone) || Subjects.OPENERS.contains(lone)
                || Subjects.COMMA_ADVERBS.contains(lone) || SENTENCE_ADVERBS.contains(lone) || ADVERBS.contains(lone))) {
            return false; // "Ultimately, there will be, says Mr Donofrio, …": an opening adverb, not a surname
        }
        if (!onlyName || Names.personAtEnd(first) == null) {
            return false;
        }
        for (int i = 1; i <= last; i++) {
            if (!isAppositive(parts.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Words that open a sentence before a comma, as a surname would with its aside ("True, …"), beyond the openers,
     * adverbs and sentence adverbs the sieve knows already ({@link Subjects#COMMA_ADVERBS}: "First, …", "Moreover, …").
     */
    private static final java.util.Set<String> COMMA_OPENERS = java.util.Set.of("true", "yes", "no", "well", "sure", "maybe");

    /** Whether every word is capitalised (and there is no empty one): a run of name words. */
    private static boolean allCapitalised(String[] words) {
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a capitalised name right after this speech verb is its speaker ("…, says David Palmiter"). Not after
     * "told": "…, Scalise, told Fox News" names whom he told.
     */
    private static boolean invertsSubject(String verb) {
        // a participle takes its object after it: "…, calling Brzezinski “crazy”" names whom he called so
        return isVerb(verb) && !Titles.TELLING.contains(verb.toLowerCase(Locale.ROOT)) && !verb.endsWith("ing");
    }


    /** Whether a clause before clause {@code i} (not itself an aside) ends in a name: the subject the asides describe. */
    private static boolean namedBefore(String[] clauses, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String c = clauses[j].strip();
            if (!c.isEmpty() && !isAppositive(c)) {
                return !isLeadingPhrase(c) && Names.namesPersonOrBody(c);
            }
        }
        return false;
    }

    /** "stressed her support of the raid": a clause that opens with a verb has its subject further back. */
    private static boolean startsWithPredicate(String clause) {
        String first = Words.firstOnSpaces(clause);
        if (first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
            return false;
        }
        String w = first.toLowerCase(Locale.ROOT);
        return isVerb(w) || w.endsWith("ed") && w.length() > 4;
    }

    /** Before a speech verb, these make it passive ("was told", "has been called"). */
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of("been", "being", "was", "were", "is",
            "are", "be", "get", "got", "gets");

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "is", "was", "were",
            "are", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do", "also",
            "then", "later", "again", "once", "instead", "himself", "herself", "itself", "themselves", "never", "not",
            "often", "still", "just", "even", "already", "first", "since");

    /** "The nominee has repeatedly" → "The nominee": auxiliaries and adverbs between a subject and its verb. */
    private static String stripAuxiliaries(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int n = words.length;
        while (n > 0 && auxiliaryOrAdverb(words[n - 1])) { // all of it: ", recently told" has no subject of its own
            n--;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }

    /**
     * "recently", "has", "also", "the": a word that can stand between a subject and its verb, or end a phrase that
     * is cut short, but is never the last word of a speaker ("Jesse Thomas, the acting CEO, recently told me").
     */
    private static boolean beforeAVerb(String word) {
        return auxiliaryOrAdverb(word) || NEVER_LAST.contains(word);
    }

    /** "has", "also", "recently": between a subject and its verb (a clause's "and" is left to the clause rules). */
    private static boolean auxiliaryOrAdverb(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT);
        return AUXILIARIES.contains(w) || ADVERBS.contains(w) || SENTENCE_ADVERBS.contains(w)
                || w.endsWith("ly") && w.length() > 4 && !NOUNS_IN_LY.contains(w);
    }

    /** "The attorney for the city, meanwhile, argued", "X and Y, both said": asides with no subject of their own. */
    private static final java.util.Set<String> SENTENCE_ADVERBS = java.util.Set.of("however", "meanwhile", "perhaps", "now",
            "too", "both", "yet", "further", "likewise", "sometimes", "earlier", "though", "therefore", "nonetheless",
            "nevertheless", "meantime", "separately", "afterward", "afterwards");

    /** Whether none of the words is an auxiliary, an adverb, a function word or a subject pronoun ("he is quoted"). */
    private static boolean nounsOnly(String[] words) {
        for (String w : words) {
            if (beforeAVerb(w) || SUBJECT_PRONOUNS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The speaker a cue after a quotation names: a party's members as a group ("…," Senate Democrats wrote in a letter;
     * "…," said House Republicans), else {@link #speaker}. Only where the cue closes there: the group, and the verb
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
            if (verbFirst ? n == words.length || CUE_CLOSERS.contains(words[n].toLowerCase(Locale.ROOT)) : closesCue(rest)) {
                return String.join(" ", Arrays.copyOf(words, n));
            }
            if (n == 1 && words.length == 1 && PARTY_MEMBERS.contains(words[0])) {
                return null; // "… “productive,” Democrats said there was no progress": the group's own statement follows
            }
        }
        return speaker(phrase, verbFirst);
    }

    /** Words after a cue's verb that close the cue rather than open what was said: a place, a time, a medium. */
    private static final java.util.Set<String> CUE_CLOSERS = java.util.Set.of("in", "on", "at", "during", "after", "before",
            "from", "with", "via", "through", "earlier", "later", "recently", "yesterday", "today", "tonight");

    /** Whether what follows a cue's verb ends the cue: punctuation, the text's end, or a {@link #CUE_CLOSERS} word. */
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
        return CUE_CLOSERS.contains(rest.substring(i, end).toLowerCase(Locale.ROOT));
    }

    /**
     * A party's members named as a group, with up to three capitalised words before them: "Democrats said", "Senate
     * Republicans wrote", "House Democrats argued". The plural is a role word, so the name tests pass it by.
     */
    private static boolean partyGroup(String[] words) {
        if (words.length > 4 || !PARTY_MEMBERS.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || isVerb(w) || w.endsWith(",")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A group of people named by whom or where they belong to, without an article: capitalised words, then a plural
     * noun ("U.S. officials", "White House aides", "Trump supporters", "Israeli military sources"). Not a name
     * ("Trump"), and not a name with a lower-case word that is no plural noun ("Trump himself").
     */
    private static boolean peopleNamedByWhom(String[] words) {
        if (words.length < 2 || words.length > 4) {
            return false;
        }
        String head = words[words.length - 1];
        if (head.isEmpty() || !Character.isLowerCase(head.charAt(0)) || !Subjects.peopleNoun(head) || !nounsOnly(new String[] {head})) {
            return false;
        }
        String first = words[0];
        if (NOT_A_MODIFIER.contains(first.toLowerCase(Locale.ROOT)) || first.endsWith("ing")
                || first.length() >= 5 && first.equals(first.toUpperCase(Locale.ROOT))) {
            return false; // "When different respondents", "Addressing reporters"; "CLOSE", a button's label left in the text
        }
        boolean modifier = false;
        for (int i = 0; i < words.length - 1; i++) {
            String w = words[i];
            int dot = w.indexOf('.');
            if (w.isEmpty() || isVerb(w) || dot >= 0 && dot < w.length() - 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
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
    private static final java.util.Set<String> NOT_A_MODIFIER = java.util.Set.of("when", "while", "before", "after", "to",
            "regarding", "as", "if", "for", "in", "on", "with", "by", "from", "what", "which", "where", "how", "why", "and",
            "but", "or", "so", "yet", "then", "now", "still", "even", "only", "just", "also", "meanwhile", "however",
            "instead", "once", "since", "because", "although", "though", "unlike", "like", "among", "including", "about",
            "against", "at", "of", "over", "under", "than", "whose", "who", "we", "they", "i", "you", "he", "she", "it",
            "despite", "during", "until", "without", "within", "through", "into", "onto", "upon", "whether", "unless",
            "perhaps", "maybe", "today", "tonight", "yesterday", "tomorrow", "these", "those");

    /**
     * A possessive and one or two nouns for who speaks for someone, the whole subject of the verb after a quote ("his
     * spokesman", "their lawyer", "her son", "his office"), or null. Such a phrase has no name for the other rules to
     * take, and the one "his" points to did not say it. What someone wrote ("his statement") is left to the rules that
     * find its author.
     */
    private static String possessedNoun(String subject) {
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

    /**
     * Whether a noun after an owner names who speaks for them ("spokesman", "lawyer", "aides", "son", "campaign"), not
     * what they wrote ("statement", "letter").
     */
    static boolean speaksFor(String nounAsWritten) {
        String noun = nounAsWritten.toLowerCase(Locale.ROOT);
        String singular = noun.endsWith("s") && noun.length() > 3 ? noun.substring(0, noun.length() - 1) : noun;
        boolean speaksFor = ROLE_NOUNS.contains(singular) || Names.ROLE_WORD_SET.contains(singular) || KIN.contains(singular)
                || singular.endsWith("er") || singular.endsWith("or") || singular.endsWith("ist");
        return speaksFor && !WRITTEN.contains(singular);
    }

    /** Written things whose nouns end like an agent's ("letter"): what someone wrote, not who spoke for them. */
    private static final java.util.Set<String> WRITTEN = java.util.Set.of("letter", "newsletter", "paper", "poster",
            "flyer", "flier", "banner", "order", "filing", "chapter", "twitter", "counter", "answer");

    /** Family, and those who speak for someone: who "his" or "her" names when they speak. */
    private static final java.util.Set<String> KIN = java.util.Set.of("son", "daughter", "wife", "husband", "mother",
            "father", "brother", "sister", "parent", "family", "widow", "uncle", "aunt", "niece", "nephew", "cousin",
            "grandmother", "grandfather", "fiancée", "fiancee", "fiancé", "fiance", "spouse", "partner", "team", "staff",
            "spokesperson", "aide", "campaign");

    private static final java.util.Set<String> POSSESSIVE_DETERMINERS = java.util.Set.of("his", "her", "its", "their");

    private static final java.util.Set<String> SUBJECT_PRONOUNS = java.util.Set.of("he", "she", "it", "they", "we", "i", "you");

    /** Function words no speaker ends with. */
    private static final java.util.Set<String> NEVER_LAST = java.util.Set.of("the", "a", "an", "of", "to", "and", "or", "in",
            "on", "at", "for", "with", "by", "from", "as", "but", "after", "before", "although", "while", "including",
            "so", "having", "being", "been", "be", "their", "his", "its", "him", "than", "if");
    /** Nouns ending in -ly that can be speakers ("the family", "the daily"): not adverbs. */
    private static final java.util.Set<String> NOUNS_IN_LY = java.util.Set.of("family", "ally", "assembly", "daily", "weekly",
            "monthly", "quarterly", "supply", "rally", "monopoly");

    /** "he’s replied", "he’d tell me": a subject pronoun with its auxiliary joined on is the pronoun. */
    private static String withoutContraction(String phrase) {
        int apostrophe = Math.max(phrase.lastIndexOf('\''), phrase.lastIndexOf('\u2019'));
        if (apostrophe <= 0 || !CONTRACTED.contains(phrase.substring(apostrophe + 1))) {
            return phrase;
        }
        int space = phrase.lastIndexOf(' ', apostrophe);
        String pronoun = phrase.substring(space + 1, apostrophe);
        if (!PRONOUN.matcher(pronoun).matches()) {
            return phrase;
        }
        // "he’d", "she’s": the person the pronoun stands for. "I’m", "they’re" are left as they are: the later passes
        // found someone for them as often wrong as right ("the “politicization” they’re complaining about")
        return Genders.of(pronoun) != '?' ? phrase.substring(0, apostrophe) : phrase;
    }

    private static final java.util.Set<String> CONTRACTED = java.util.Set.of("s", "d", "ll", "re", "ve", "m");

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

    /**
     * Whether the words after an owner's name are a role and then a name, nothing between: "parliamentarian Ilona
     * Staller" (the subject, with its country), not "ambassador to South Africa" (an aside naming a place).
     */
    private static boolean ownersRoleThenName(String words) {
        String[] w = Words.splitOnSpaces(words.strip());
        int k = 0;
        while (k < w.length && !w[k].isEmpty() && Character.isLowerCase(w[k].charAt(0))) {
            if (OWNER_ASIDE_WORDS.contains(w[k])) {
                return false;
            }
            k++;
        }
        if (k == 0 || k == w.length || !allCapitalised(java.util.Arrays.copyOfRange(w, k, w.length))) {
            return false;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
        return name.equals(Names.personAtEnd(name)) && name.indexOf(' ') > 0;
    }

    /** Words that make what follows an owner's name an aside about it: "ambassador to …", "leader of …". */
    private static final java.util.Set<String> OWNER_ASIDE_WORDS = java.util.Set.of("to", "of", "for", "in", "at", "on",
            "with", "from", "and", "by", "the", "a", "an", "who", "which", "that");

    /**
     * "a doctor", "director of the Institute of Politics", "one of the president's aides", "noting that …":
     * an appositive or aside between a name and its verb, not the subject.
     */
    private static boolean isAppositive(String clause) {
        String c = clause.strip();
        if (c.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(c.charAt(0)) || Names.isPartyAndState(c)) {
            return true; // "a doctor", "D-Calif."
        }
        int sp = c.indexOf(' ');
        if (sp > 0 && (c.substring(0, sp).endsWith("'s") || c.substring(0, sp).endsWith("\u2019s")) && sp + 1 < c.length()
                && Character.isLowerCase(c.charAt(sp + 1)) && !ownersRoleThenName(c.substring(sp + 1))) {
            return true; // "Pyongyang's only ally and its economic lifeline"; not "Italy's parliamentarian Ilona Staller"
        }
        if (ownersRole(c)) {
            return true; // "James Woolsey, Bill Clinton’s CIA chief, told": the owner's name is no subject
        }
        if (titleOfBody(c)) {
            return true; // "Colin Woodall, CEO of the National Cattlemen’s Beef Association, says"
        }
        // "a doctor", "the foreign minister of France" are asides; "the journalist Olivia Messer" names its subject
        return ARTICLE_START.matcher(c).lookingAt() && (DESCRIBED.matcher(c).lookingAt() || !Names.namesPersonOrBody(c));
    }

    /** Words that join a title to the body it is held in: "CEO of", "professor at", "director for". */
    private static final Set<String> TITLE_LINKS = Set.of("of", "at", "for");

    /** Whether a clause is a capitalised title held in a body, naming no person: "CEO of the National Beef Association". */
    private static boolean titleOfBody(String c) {
        String[] w = Words.splitOnSpaces(c, 3);
        if (w.length != 3 || !Character.isUpperCase(w[0].charAt(0)) || !Names.ROLE_WORD_SET.contains(w[0]) || !TITLE_LINKS.contains(w[1])) {
            return false;
        }
        String name = Names.personAtEnd(c);
        // "CEO of Murray Energy": a company named like a person, the whole of what the title is held in; not "Director
        // of National Intelligence James Clapper", a title and then the one who holds it
        return name == null || name.equals(w[2].strip());
    }

    /**
     * Whether a clause is someone's role, owner first, with a role noun as its last word: a possessive among its first
     * three words ("Bill Clinton’s CIA chief", "Obama’s longtime adviser") or capitalised words and then only lowercase
     * ones ("PTC president", "PTC president and conservative activist"); not a name ("Italy's parliamentarian Ilona
     * Staller").
     */
    private static boolean ownersRole(String c) {
        String[] words = Words.splitOnSpaces(c);
        if (words.length < 2) {
            return false;
        }
        String last = words[words.length - 1];
        if (last.isEmpty() || !Character.isLowerCase(last.charAt(0)) || !roleNoun(last)) {
            return false;
        }
        for (int k = 0; k < Math.min(3, words.length - 1); k++) {
            if (words[k].endsWith("'s") || words[k].endsWith("\u2019s")) {
                return true;
            }
        }
        int k = 0;
        while (k < words.length && !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
            k++;
        }
        if (k == 0 || k > 3) {
            return false;
        }
        for (int j = k; j < words.length; j++) {
            if (words[j].isEmpty() || !Character.isLowerCase(words[j].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "In Texas", "During the debate", "Looking at Washington": a leading phrase, whose capitalised words name no
     * speaker. A gerund opens one when a lower-case word follows it ("Irving Kristol" is a name).
     */
    private static boolean isLeadingPhrase(String clause) {
        String c = clause.strip();
        int sp = c.indexOf(' ');
        if (sp <= 0) {
            return false;
        }
        String first = c.substring(0, sp);
        return Subjects.LEADERS.contains(first.toLowerCase(Locale.ROOT)) || sp >= 5 && first.endsWith("ing") && first.indexOf('-') < 0
                && Character.isUpperCase(first.charAt(0)) && sp + 1 < c.length() && Character.isLowerCase(c.charAt(sp + 1));
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
        if (PRONOUN.matcher(first).matches()) {
            // "They …" is several people; "It …" and "We …" are left to the person pronouns' reading here (as "it"
            // after a cue, they gave more wrong speakers than right ones)
            return HE + (first.equalsIgnoreCase("they") ? PLURAL : Genders.of(first));
        }
        if (t.endsWith(",") || t.endsWith(":")) { // "The email began, "…"": the sentence hands over to the quote
            String head = Subjects.head(t.substring(0, t.length() - 1));
            String s = head == null ? null : speaker(head, false);
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
        return !auxiliaryOrAdverb(first) && w.next() && BE_HAVE_MODAL.contains(w.word());
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

    /** A cue's pronoun subject's gender as the resolver takes it: 'm', 'f', 'n' for "it", else '?'. */
    private static char pronounGender(String pronoun) {
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
                && !CONTRACTED_BEFORE_S.contains(who.substring(start, bare));
    }

    /** Words whose "'s" is "is" or "has" far more often than an owner's. */
    private static final java.util.Set<String> CONTRACTED_BEFORE_S = java.util.Set.of("it", "that", "there", "here",
            "what", "who", "he", "she", "where", "how", "when", "this", "let", "everyone", "nobody", "somebody", "someone");

    private static boolean isPronoun(String subject) {
        return subject != null && subject.startsWith(HE);
    }

    private static String sentenceEndCue(String rest) {
        int comma = rest.lastIndexOf(',');
        if (comma < 0 || rest.length() - comma > 90) {
            return null;
        }
        String[] words = Words.splitOnSpaces(TRAILING_ENDS.matcher(rest.substring(comma + 1).strip()).replaceAll(""));
        for (int i = 1; i < words.length && i <= 8; i++) {
            if (isVerb(words[i]) && words.length - i - 1 <= 3) {
                for (int k = i + 1; k < words.length; k++) {
                    if (!words[k].equals(words[k].toLowerCase(Locale.ROOT))) {
                        return null;
                    }
                }
                return speaker(String.join(" ", java.util.Arrays.copyOf(words, i)), false);
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
        String opening = openingAfter(after);
        return startsAccordingTo(opening) ? accordingTo(opening) : null;
    }

    /** The words after a quotation, past white space and one comma: where a cue after it starts. */
    private static String openingAfter(String after) {
        String opening = after.stripLeading();
        return opening.startsWith(",") ? opening.substring(1).stripLeading() : opening;
    }

    /**
     * The source named right after a quotation by "in the words of" ("“…”, in the words of Republican congressman Scott
     * Taylor of Virginia, …"; "“…,” in the words of one official, who added"), up to the end of its phrase; or null.
     */
    private static String wordsOfAfter(String after) {
        String opening = openingAfter(after);
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
        return who.isEmpty() ? null : speaker(who, true);
    }

    /** Words that end a source's phrase and start what is said of when or how it spoke. */
    private static final List<String> PHRASE_ENDS = List.of(" during ", " when ", " while ", " who ", " in 19", " in 20");

    private static boolean startsAccordingTo(String opening) {
        return opening.regionMatches(true, 0, "according to ", 0, 13);
    }

    private static String accordingTo(String sentence) {
        if (!Words.containsIgnoringCase(sentence, "according to")) {
            return null; // most sentences: a case-blind regex tried at every position was a tenth of the cue's work
        }
        Matcher m = ACCORDING_TO.matcher(sentence);
        return m.find() ? speaker(m.group("subj"), true) : null;
    }

    /**
     * The speaker a subject phrase names: a pronoun (resolved later), the person's name at its end, or the
     * phrase itself for organisations and unnamed sources ("a spokeswoman", "the Kremlin").
     */
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201C\u201D]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern QUANTITY = Pattern.compile(
            "(?:(?:[Oo]nly|[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Mm]ore than|[Ff]ewer than)\\s+)?\\d[\\d,.]*\\s*(?:percent|%)(?:\\s+of\\s+.{2,60})?");
    /** A passive cue after the quote: "… dubbed "Hillblazers" by the campaign". */
    private static final Pattern BY_AGENT = Pattern.compile("^\\s*by\\s+((?:the|a|an|his|her|their)\\s+[^,.;:\\u2014\\u2013\"\u201C\u201D-]{2,60}|\\p{Lu}[^,.;:\\u2014\\u2013\"\u201C\u201D-]{1,60})");
    private static final Pattern STATE_ABBREVIATION = Pattern.compile("\\p{Lu}[a-z]{0,3}\\.");
    private static final Pattern FOR_SUBJECT = Pattern.compile("\\bfor\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})to\\s*$");
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

    private static final Pattern AND_NAMES = Pattern.compile("(.*\\p{L}[.]?)\\s+and\\s+(\\p{Lu}[\\p{L}.'’ -]*)");
    /** A lone acronym or brand: "RT", "NATO", "PolitiFact". */
    private static final Pattern ORGANISATION = Pattern.compile("\\p{Lu}[\\p{L}&-]{1,20}");
    private static final Pattern OF_PLACE = Pattern.compile("\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.' -]*$");
    /** An unnamed source described with a place or body after it: the description, not the place, speaks. */
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
    private static final java.util.Set<String> DESCRIPTION_ENDS = java.util.Set.of("who", "whose", "after", "before", "during",
            "when", "while");
    /** A description of someone by whom they serve or are close to: "a former senior adviser to McCain", "a source close to". */
    private static final Pattern DESCRIBED_TO = Pattern.compile(
            "(?:[aA]|[aA]n|[tT]he|[oO]ne|[aA]nother)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}?(\\p{Ll}[\\p{L}'’-]*)\\s+to\\s+\\p{Lu}");
    private static final Pattern DESCRIBED = Pattern.compile( // no CASE_INSENSITIVE: it would let \\p{Ll} match capitals
            "((?:[aA]|[aA]n|[tT]he|[oO]ne|[aA]nother)\\s+(?:\\p{Ll}[\\p{L}'’-]*\\s+){0,3}\\p{Ll}[\\p{L}'’-]*)\\s+(?:in|at|of|for|from|with|on)\\s.*");
    /** Whether a text holds a double quotation mark, straight or curly ({@link #QUOTE_MARKS}). */
    private static boolean hasQuoteMark(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0;
    }

    /** The phrase with parentheticals and quote marks removed and spaces collapsed (regexes only when needed). */
    private static String cleanPhrase(String phrase) {
        String p = phrase;
        if (p.indexOf('(') >= 0) {
            p = PARENTHETICAL.matcher(p).replaceAll(" ");
        }
        if (hasQuoteMark(p)) {
            p = QUOTE_MARKS.matcher(p).replaceAll(" ");
        }
        p = p.strip();
        boolean plain = true;
        for (int i = 0; i < p.length() && plain; i++) {
            char c = p.charAt(i);
            plain = c != '\n' && c != '\t' && !(c == ' ' && i + 1 < p.length() && p.charAt(i + 1) == ' ');
        }
        return plain ? p : SPACES.matcher(p).replaceAll(" ");
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

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("a", "an", "the");

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("as", "but", "and", "yet", "thus", "hence",
            "while", "when", "whereas", "meanwhile", "however");

    private static final Pattern RELATIVE = Pattern.compile("\\s(who|which|that|whose)\\s");
    /** Words that open a relative or complement clause and name nobody themselves. */
    private static final java.util.Set<String> POINTERS = java.util.Set.of("which", "that", "who", "whom", "whose", "what",
            "this", "these", "those", "where", "when");
    private static final java.util.Set<String> WH_WORDS = java.util.Set.of("which", "who", "whom", "whose", "what", "where", "when");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]{0,40}\\)");
    /** "This comes after", "The move came just days after", "It comes as": the clause after it has the sentence's speaker. */
    private static final Pattern COMES_AFTER = Pattern.compile(
            "\\b(?:comes?|came|coming)\\s+(?:(?:just|only|shortly|soon|days|weeks|hours|months|a|day|week)\\s+){0,3}"
            + "(?:after|as|amid|when)\\s+");

    /** An acronym in parentheses: " (ACLJ)", " (CDC)". */
    private static final Pattern ACRONYM_IN_PARENTHESES = Pattern.compile("\\s*\\((\\p{Lu}[\\p{Lu}\\d&]{1,9})\\)");

    /**
     * A clause without an outlet's or a body's capitals in parentheses. After the name they abbreviate, ending the
     * clause ("the Centers for Disease Control and Prevention (CDC)": the letters are initials of the capitalised words
     * before, in order), they go. After a dateline's place ("Washington (CNN) President Barack Obama"), the clause
     * starts after them. Elsewhere the clause stays as it is ("The Bharatiya Janata Party (BJP) spokeswoman …").
     */
    private static String withoutAcronym(String clause) {
        Matcher m = ACRONYM_IN_PARENTHESES.matcher(clause);
        if (!m.find()) {
            return clause;
        }
        String[] before = Words.splitOnSpaces(clause.substring(0, m.start()).strip());
        StringBuilder initials = new StringBuilder();
        boolean allCapitalised = true;
        for (int k = before.length - 1; k >= 0 && k >= before.length - 10; k--) {
            String w = before[k];
            if (w.isEmpty() || Character.isLowerCase(w.charAt(0)) && !Names.CONNECTORS.contains(w)) {
                allCapitalised = false;
                break;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                initials.insert(0, w.charAt(0));
            } else {
                allCapitalised = false;
            }
        }
        String acronym = m.group(1);
        int i = 0;
        for (int j = 0; j < initials.length() && i < acronym.length(); j++) {
            if (initials.charAt(j) == acronym.charAt(i)) {
                i++;
            }
        }
        if (i == acronym.length()) {
            return m.end() == clause.length() ? clause.substring(0, m.start()) : clause;
        }
        String rest = clause.substring(m.end()).strip();
        return allCapitalised && before.length <= 3 && !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) ? rest : clause;
    }

    /**
     * A source without the day it spoke on: "a court filing Monday", "another EDL tweet on Thursday", "the paper
     * yesterday". A day after a capitalised word is part of a name ("USA Today", "Easter Sunday").
     */
    static String withoutTrailingDay(String p) {
        int space = p.lastIndexOf(' ');
        if (space <= 0 || !DAYS_SPOKEN_ON.contains(p, space + 1, p.length())) {
            return p;
        }
        String rest = p.substring(0, space).stripTrailing();
        int before = rest.lastIndexOf(' ') + 1;
        if (DAY_LEADS.contains(rest, before, rest.length())) {
            rest = rest.substring(0, before).stripTrailing(); // "on Thursday", "late Tuesday"
            before = rest.lastIndexOf(' ') + 1;
        } else if (rest.isEmpty() || !Character.isLowerCase(rest.charAt(before))) {
            return p;
        }
        if (before > 0 && ISSUED.contains(rest, before, rest.length())) {
            rest = rest.substring(0, before).stripTrailing(); // "a statement released Monday": the statement
        }
        return rest.indexOf(' ') > 0 ? rest : p; // two words at least: "one on Sunday" stays
    }

    private static String speaker(String phrase, boolean verbFirst) {
        String p = cleanPhrase(phrase); // "Rep. John Mica (R-Fla.)"
        if (!verbFirst) {
            int cut = lastVerb(p);
            if (cut > 0) { // "Trump said, adding": the subject is the one of the verb before
                p = p.substring(0, cut).strip();
            }
        }
        if (!verbFirst && (p.endsWith(" that") || p.endsWith(" which"))) {
            return null; // "hats that read "…"": a relative clause's subject, not a source
        }
        p = withoutTrailingDay(withoutContraction(withoutWordsBeforeAVerb(p))); // "he recently", a lone "has"; "he’d"
        if (p.isEmpty()) {
            return null;
        }
        String[] all = p.split(" ");
        if (mayBePronoun(p) && PRONOUN.matcher(p).matches() || mayBePronoun(all[all.length - 1]) && PRONOUN.matcher(all[all.length - 1]).matches()) {
            return HE + pronounGender(all[all.length - 1]);
        }
        if (Words.hasDigit(p, 0, p.length()) && QUANTITY.matcher(p).matches()) { // QUANTITY's \d is ASCII too
            return p; // "Only 52 percent of registered voters agreed"
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
        Matcher and = p.contains(" and ") ? AND_NAMES.matcher(p) : null;
        String first = and != null && and.matches() ? Names.personAtEnd(and.group(1)) : null;
        if (first != null && roleThenFullName(and.group(2))) {
            p = and.group(2); // "House Ways and Means Committee Chairman Dave Camp": the "and" is the committee's
        } else if (first != null && (first.indexOf(' ') > 0 || and.group(1).strip().equals(first) || !insideAName(and.group(2)))) {
            p = and.group(1); // "Cummings and Conyers wrote": the first of them
        }
        if (ORGANISATION.matcher(p).matches() && !Names.ROLE_WORDS.contains(p.toLowerCase(Locale.ROOT))) {
            return p; // "RT boasts", "NATO said"
        }
        if (PARTY_MEMBERS.contains(p)) {
            return p; // "Republicans said:": a party's members, a group
        }
        Matcher of = p.contains(" of ") ? OF_PLACE.matcher(p) : null;
        if (of != null && of.find() && Names.personAtEnd(p.substring(0, of.start())) != null) {
            p = p.substring(0, of.start()); // "Rep. Adam B. Schiff of California"
        }
        Matcher toSomeone = "aAtToO".indexOf(p.charAt(0)) >= 0 && p.contains(" to ") ? DESCRIBED_TO.matcher(p) : null;
        if (toSomeone != null && toSomeone.lookingAt() && (toSomeone.group(1).equals("close") || speaksFor(toSomeone.group(1)))) {
            return p; // "an aide to House Speaker John Boehner", "a source close to Johnson": the aide, not Boehner
        }
        if ("aAtToO".indexOf(p.charAt(0)) >= 0 && DESCRIBED.matcher(p).lookingAt()) {
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
        String name = verbFirst ? firstName(p) : Names.personAtEnd(p);
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
                return null;
            }
        }
        if (words.length <= 5 && (words[0].endsWith("'s") || words[0].endsWith("\u2019s") || words.length > 1
                && (words[1].endsWith("'s") || words[1].endsWith("\u2019s")))
                && (!Character.isUpperCase(words[words.length - 1].charAt(0))
                    || Names.ROLE_WORD_SET.contains(words[words.length - 1]))) {
            return p; // "Obama's former campaign strategist", "Donald Trump's son", "China's Foreign Ministry"
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
            return peopleNamedByWhom(words) ? p : null; // "U.S. officials", "White House aides", "Trump supporters"
        }
        return nominal.group(1).strip();
    }

    /** Words that, after an outlet's capitalised name, name its newsroom or channel: "ABC News", "BBC Radio", "NPR Politics". */
    private static final java.util.Set<String> OUTLET_WORDS = java.util.Set.of("News", "Radio", "Television", "TV", "Politics",
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
     * A sentence's first clause without the "And" or "But" that opens it ("And as The New York Times has noted"): a
     * link to the sentence before, not a second subject joined to a first ("…, and Schumer warned" stays as it is).
     */
    private static String withoutOpeningConjunction(String clause) {
        int space = clause.indexOf(' ');
        if (space <= 0 || !Character.isUpperCase(clause.charAt(0))) {
            return clause;
        }
        String first = clause.substring(0, space);
        return first.equals("And") || first.equals("But") ? clause.substring(space + 1).strip() : clause;
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

    /** After "said": the name that starts the phrase ("said Sen. Tim Kaine, the nominee" → Tim Kaine). */
    private static String firstName(String p) {
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
                    if (person == null && sb.indexOf(" ") < 0) {
                        person = describedPersonAfter(words, k); // "said Mexican cartoonist Felipe Galindo"
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
    private static String fullNameBeforeCueCloser(String p) {
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
    private static String beforeCueCloser(String p) {
        String[] words = p.split(" ");
        for (int k = 1; k < words.length; k++) {
            String w = words[k].endsWith(".") || words[k].endsWith(",") ? words[k].substring(0, words[k].length() - 1) : words[k];
            // a day ends the name when the phrase ends there or goes on with when or where ("Fox News Sunday anchorman" does not)
            boolean day = DAYS.contains(w) && (k + 1 == words.length || w.length() < words[k].length()
                    || CUE_CLOSERS.contains(words[k + 1]) || NAME_PHRASE_CLOSERS.contains(words[k + 1]) || TIMES_OF_DAY.contains(words[k + 1]));
            if ((CUE_CLOSERS.contains(w) || day || NAME_PHRASE_CLOSERS.contains(w))
                    && !words[k - 1].isEmpty() && Character.isUpperCase(words[k - 1].charAt(0))) {
                return String.join(" ", java.util.Arrays.copyOf(words, k));
            }
        }
        return p;
    }

    static final java.util.Set<String> DAYS = java.util.Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");
    /** The {@link #DAYS}, and the days named from today. */
    private static final WordSet DAYS_SPOKEN_ON = new WordSet(java.util.stream.Stream.concat(DAYS.stream(),
            java.util.stream.Stream.of("yesterday", "today", "tonight")).collect(java.util.stream.Collectors.toSet()));
    private static final WordSet DAY_LEADS = new WordSet(Set.of("on", "late", "early", "last", "this", "later", "earlier"));
    private static final WordSet ISSUED = new WordSet(Set.of("released", "issued", "published", "sent", "posted", "out",
            "aired", "approved"));
    private static final java.util.Set<String> TIMES_OF_DAY = java.util.Set.of("morning", "afternoon", "evening", "night",
            "morning.", "afternoon.", "evening.", "night.");
    /** Words after a speaker's name that open a time or a clause, not more of the name ("this week", "as he marched"). */
    private static final java.util.Set<String> NAME_PHRASE_CLOSERS = java.util.Set.of("this", "last", "as", "when", "while",
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
            if (!Names.isAcronym(w) || isPossessive(w) || TITLE_ACRONYMS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> TITLE_ACRONYMS = java.util.Set.of("PM", "MP", "VP", "CEO", "CFO", "COO");

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
        if (person == null || !rest.startsWith(person) && !NOT_NAME_CHARS.matcher(rest).replaceAll("").endsWith(
                NOT_NAME_CHARS.matcher(person).replaceAll(""))) {
            person = fullNameBeforeCueCloser(rest); // "Roni Suazo at a bustling subway station"
        }
        return person != null && person.indexOf(' ') > 0 ? person : null;
    }

    /**
     * The full name right after one to three lowercase description words from {@code from} on ("leader Michael
     * Howard sent …"), the capitalised run before them qualifying the description; null if no such name follows.
     */
    private static String nameAfterDescription(String t, int from) {
        String[] words = Words.splitOnSpaces(t.substring(from).strip());
        int j = afterDescription(words, 0);
        if (j < 0) {
            return null;
        }
        StringBuilder run = new StringBuilder();
        for (int k = j; k < words.length && !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0)); k++) {
            run.append(run.length() > 0 ? " " : "").append(NOT_NAME_CHARS.matcher(words[k]).replaceAll(""));
            if (words[k].endsWith(",")) {
                break;
            }
        }
        String r = run.toString();
        String person = r.indexOf(' ') > 0 ? Names.personAtEnd(r) : null;
        return person != null && person.indexOf(' ') > 0 && r.startsWith(person) ? person : null;
    }

    /**
     * Where a name may start after one to three lowercase description words from {@code words[k]} on, the last of them a
     * role noun ("oil official Sergei …", "leader Michael …"), a capitalised word there and one more after it; -1 if
     * there is no such description ("thinks Donald Trump": a verb, not a role, before the name).
     */
    private static int afterDescription(String[] words, int k) {
        int j = k;
        while (j < words.length && j < k + 3 && isDescriptionWord(words[j])) {
            j++;
        }
        return j > k && j + 1 < words.length && !words[j].isEmpty() && Character.isUpperCase(words[j].charAt(0))
                && roleNoun(words[j - 1].toLowerCase(Locale.ROOT)) ? j : -1;
    }

    /** Whether a lowercase word names what someone is: a title, or a noun for a person ("adviser", "strategist"). */
    private static boolean roleNoun(String w) {
        if (Names.ROLE_WORD_SET.contains(w) || ROLE_NOUNS.contains(w)) {
            return true;
        }
        return !NOT_DESCRIPTIONS.contains(w) && (w.endsWith("er") || w.endsWith("or") || w.endsWith("ist")
                || w.endsWith("ian") || w.endsWith("ant") || w.endsWith("ent"));
    }

    /** Nouns for people that no agent-noun ending covers. */
    private static final Set<String> ROLE_NOUNS = Set.of("aide", "official", "spokeswoman", "spokesman", "spokesperson",
            "chief", "head", "chair", "member", "expert", "critic", "ally", "advocate", "attorney", "judge", "nurse",
            "witness", "friend", "colleague", "candidate", "envoy", "diplomat", "pundit", "scholar", "analyst", "host",
            "coach", "star", "co-star", "boss", "secretary", "nominee", "hopeful", "veteran", "economist", "executive",
            "founder", "co-founder", "chairman", "chairwoman", "adviser", "advisor", "pollster", "lawmaker", "senator",
            "governor", "mayor", "congressman", "congresswoman", "activist", "legend", "icon", "rapper", "comedian",
            "surgeon", "subordinate", "alumna", "alumnus", "graduate", "mogul", "tycoon", "magnate", "student", "analysts",
            "physio", "medic", "pilot", "rookie", "midfielder", "striker", "keeper", "winger", "ace", "chef", "poet",
            "writer", "artist");

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
        return !NEVER_LAST.contains(w) && !NOT_DESCRIPTIONS.contains(w) && !VERB_WORDS.contains(w)
                && !SUBJECT_PRONOUNS.contains(w) && !w.endsWith("ed") && (!w.endsWith("ly") || NOUNS_IN_LY.contains(w));
    }

    /** Words after a speaker's name that begin what the sentence says of him, not a description before a name. */
    private static final java.util.Set<String> NOT_DESCRIPTIONS = java.util.Set.of("that", "her", "out", "during",
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

    /**
     * What resolving a pronoun needs: the article's sentence subjects, the pronouns it uses for each person, the
     * people named so far. Built when the first quotation cued by a pronoun needs them (a third of the articles
     * with quotations have none), with the speakers attributed before that replayed into it.
     */
    private static final class Pronouns {
        private final Tokens tokens;
        private final Names.Index people;
        /** A speaker attributed before the first pronoun: where the quotation ends, and who. */
        private record Said(int pos, String who) { }

        private final List<Said> speakersBefore = new ArrayList<>();
        private Genders genders;
        private Subjects subjects;
        private RecentPeople recent;

        Pronouns(Tokens tokens, Names.Index people) {
            this.tokens = tokens;
            this.people = people;
        }

        /** The person a pronoun of this gender at {@code pos} most likely refers to, or null. */
        String resolve(int pos, String lastSpeaker, char gender) {
            read();
            String who = subjects.personBefore(pos, PRONOUN_REACH, gender);
            return who != null ? who : recent.lastBefore(pos, lastSpeaker, gender, genders);
        }

        /**
         * The one person the last sentence of the paragraph from {@code paragraphStart} (up to the line that starts at
         * {@code before}) is about, or null.
         */
        String personEndingParagraph(int paragraphStart, int before) {
            read();
            int end = before;
            while (end > paragraphStart && Character.isWhitespace(tokens.text.charAt(end - 1))) {
                end--;
            }
            return end > paragraphStart ? subjects.onlyPersonOf(end - 1) : null;
        }

        /**
         * Whom the "he" or "she" refers to that the last sentence of the paragraph from {@code paragraphStart} (up to
         * the line at {@code before}) is about ("He said lifting them will require compromise."), or null.
         */
        String heOrSheEndingParagraph(int paragraphStart, int before, String lastSpeaker) {
            read();
            int end = before;
            while (end > paragraphStart && Character.isWhitespace(tokens.text.charAt(end - 1))) {
                end--;
            }
            Subjects.Subject pronoun = end > paragraphStart ? subjects.heOrSheOf(end - 1) : null;
            return pronoun == null ? null : resolve(pronoun.pos(), lastSpeaker, pronoun.gender());
        }

        /** The first of several people who are the subject last before {@code pos}, for a "they": or null. */
        String firstOfSeveralBefore(int pos) {
            read();
            return subjects.firstOfSeveralBefore(pos, PLURAL_REACH);
        }

        /** Reads the article's sentences and pronouns the first time a pronoun is resolved. */
        private void read() {
            if (subjects == null) {
                genders = new Genders(tokens, people);
                recent = new RecentPeople(tokens, people);
                subjects = new Subjects(tokens, people, genders);
                for (Said s : speakersBefore) {
                    subjects.speaker(s.pos(), s.who());
                }
            }
        }

        /** Whether the article refers to this person with "he" or "she" (after {@link #resolve} has run). */
        boolean calledHeOrShe(String who) {
            return genders != null && genders.gendered(who);
        }

        /** A quotation's attributed speaker, at the quotation's end. */
        void speaker(int pos, String who) {
            if (subjects != null) {
                subjects.speaker(pos, who);
            } else {
                speakersBefore.add(new Said(pos, who));
            }
        }
    }

    /**
     * The people named in the text so far, outside quotes, newest last: read once, front to back, as the quotes
     * are attributed in order, so resolving every pronoun of a text costs one pass over it.
     */
    private static final class RecentPeople {
        private static final int WINDOW = 3000;
        private final Tokens tokens;
        private final Names.Index people;
        private final java.util.ArrayDeque<Object[]> seen = new java.util.ArrayDeque<>();
        private int scanned;
        /** Whether the last word read is one that makes the next an object ("to", "with"). */
        private boolean afterObjectMarker;
        private static final WordSet OBJECT_MARKERS = new WordSet(java.util.Set.of("a", "an", "the", "to", "of", "for",
                "with", "by", "from", "at", "in", "on", "about", "against", "into", "over", "under", "between", "among",
                "toward", "towards", "than", "like", "via", "per"));

        RecentPeople(Tokens tokens, Names.Index people) {
            this.tokens = tokens;
            this.people = people;
        }

        /** The person named last before {@code pos} whose pronouns in the article fit the given one. */
        String lastBefore(int pos, String lastSpeaker, char pronounGender, Genders genders) {
            String speakerLast = lastSpeaker == null ? null : Names.lastName(lastSpeaker);
            if (pos > scanned) {
                String masked = tokens.text;
                Words words = tokens.words(scanned, pos); // words asked about in place: most are not copied
                while (words.next()) {
                    int start = words.start();
                    int end = words.end();
                    boolean object = afterObjectMarker;
                    afterObjectMarker = OBJECT_MARKERS.contains(masked, start, end);
                    if (!Character.isUpperCase(masked.charAt(start)) || object) {
                        continue; // "to Pell Grants", "with Clinton": an object, not who speaks next
                    }
                    if (end - start >= 2 && masked.charAt(end - 1) == 's'
                            && (masked.charAt(end - 2) == '\'' || masked.charAt(end - 2) == '’')) {
                        end -= 2;
                    }
                    String person = speakerLast != null && speakerLast.length() == end - start
                            && masked.regionMatches(start, speakerLast, 0, end - start) ? lastSpeaker
                            : people.byLastName(masked, start, end);
                    if (person != null) { // "Paige Mitchell" is not the Joyce Mitchell named first
                        String named = people.personEndingAt(masked, start, end);
                        person = named != null ? named : person;
                    }
                    if (person != null) {
                        seen.addLast(new Object[] {start, person});
                        if (seen.size() > 32) {
                            seen.removeFirst();
                        }
                    }
                }
                scanned = pos;
            }
            for (var it = seen.descendingIterator(); it.hasNext();) {
                Object[] e = it.next();
                if ((int) e[0] < pos - WINDOW) {
                    break;
                }
                if (genders.fits((String) e[1], pronounGender)) {
                    return (String) e[1];
                }
            }
            return null;
        }
    }

    /** "(CROSSTALK.)", "Follow Pam Key on Twitter @pamkey": stage directions and handles, whoever spoke before. */
    private static boolean notSpeech(Quote q) {
        return q.text().startsWith("(") || hasHandle(q.text());
    }

    private static boolean hasHandle(String quote) {
        return quote.indexOf('@') >= 0 && HANDLE.matcher(quote).find(); // most quotations have no '@' at all
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

    /** Few words, no cue reaching it, inside running text: a title, nickname or scare quote nobody says. */
    private static boolean looksLikeTitleOrScareQuote(String text, Quote q) {
        if (notSpeech(q)) {
            return true;
        }
        return !q.unclosed() && wordsAtMost(q.text(), 4);
    }
}
