package org.gazette.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sieve's cue before a quotation: the subject of the last verb of speech in the sentence up to it
 * ("Stoltenberg warned Friday that “…”", "Hugh Hill, a doctor, said the plan was “…”", "Added a GOP lawmaker: “…”"),
 * found past the clauses that stand between the subject and its verb (relative clauses, appositives, passives,
 * "what Millan calls").
 */
final class CueBefore {
    private CueBefore() { }

    static final Pattern ARTICLE_START = Pattern.compile("(?i)(a|an|the)\\s");

    /**
     * Whether {@code clause} is one to three capitalised words after a clause that ends in a place a preposition takes
     * ("in Ketchikan" + "Alaska"): the region of a town, as in "Lynchburg, Va.", and no one who speaks.
     */
    private static boolean townsRegion(String previous, String clause) {
        String[] region = Words.splitOnSpaces(clause.strip());
        if (region.length == 0 || region.length > 3 || !Phrases.allCapitalised(region)
                || region.length > 1 && FirstNames.genderOfFirstName(region[0]) != '?') {
            return false; // "in Islamabad, Meghan Gregonis, said": a person's name, not the town's region
        }
        String[] w = Words.splitOnSpaces(previous.strip());
        for (int j = w.length - 1; j >= Math.max(0, w.length - 4); j--) {
            if (w[j].isEmpty() || !Character.isUpperCase(w[j].charAt(0))) {
                // "in Ketchikan", "from Salt Lake City", "of Palmetto Bay, Florida" (after "of", a one-word region only: "The
                // attorney general of Massachusetts, Maura Healey," names her)
                return j < w.length - 1 && PLACE_PREPOSITIONS.contains(w[j]) && (region.length == 1 || !w[j].equals("of"));
            }
        }
        return false;
    }

    private static final WordSet PLACE_PREPOSITIONS = new WordSet(Lexicon.of("in", "from", "near", "outside", "of"));

    /**
     * Whether the clause is "and" or "but" and "he" or "she", perhaps with an adverb: "but he", "and she also". (An "it"
     * or "they" there is as a rule the sentence's subject, which the sentence's rules take: "A draft resolution doesn't
     * name her, but it condemns …")
     */
    private static boolean pronounClause(String clause) {
        String rest = clause.length() > 4 ? clause.substring(4).strip() : "";
        String first = Words.firstOnSpaces(rest);
        return (first.equals("he") || first.equals("she")) && Phrases.wordsAtMost(rest, 2);
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
        String rest = withoutOpeningAdverb(clause.substring(4).strip()); // "and afterward the senator said"
        if (pronounClause(clause)) {
            // "…, but he (also) adds,": the clause's own pronoun, not the sentence's first subject
            String s = SpeakerPhrase.speaker(rest, false);
            return s != null && Phrases.isPronoun(s) ? s : null;
        }
        if (!rest.isEmpty() && (DESCRIBED_SUBJECT_START.matcher(rest).lookingAt() || peopleAlone(rest)) && !startsWithPredicate(rest)) {
            // "…, but a spokesman said", "…, and the senator added": a described subject of its own, when those words are
            // one noun phrase and the whole of it (not "and the changes he said", "and the report ratifies the")
            String head = rest.indexOf(' ') < 0 ? rest : Subjects.head(rest); // a plural alone has no head of its own
            if (head != null && Subjects.headThenAdverb(rest, head)) {
                rest = head; // "…, and the White House soon announced a “…”": the adverb is the verb's
            }
            String s = rest.equals(head) ? SpeakerPhrase.speaker(rest, false) : null;
            return s != null && s.equals(rest) ? s : null;
        }
        if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) || startsWithPredicate(rest)) {
            return null;
        }
        String head = Subjects.head(rest);
        String s = head == null ? null : SpeakerPhrase.speaker(head, false);
        return s != null && Names.namesPersonOrBody(head) ? s : null;
    }

    /**
     * Whether the capitalised words that end {@code clause} are whom a letter or the like was sent to ("wrote a letter to
     * Mr Barr saying", "sent a statement to Axios saying"): the writer says it, not the addressee.
     */
    private static boolean writtenTo(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int k = beforeEndingName(words);
        return k >= 1 && words[k].equals("to") && WRITINGS.contains(words[k - 1].toLowerCase(Locale.ROOT));
    }

    private static final java.util.Set<String> WRITINGS = Lexicon.of("letter", "statement", "memo", "message", "note",
            "email", "e-mail", "missive", "text", "tweet", "reply", "response", "complaint", "petition", "filing");

    /** {@code words} without an adverb of time that opens them ("afterward the senator", "later officials"). */
    private static String withoutOpeningAdverb(String words) {
        int space = words.indexOf(' ');
        return space > 0 && TIME_ADVERBS.contains(words.substring(0, space).toLowerCase(Locale.ROOT))
                ? words.substring(space + 1).strip() : words;
    }

    private static final java.util.Set<String> TIME_ADVERBS = Lexicon.of("afterward", "afterwards", "later", "then",
            "meanwhile", "today", "yesterday", "earlier", "soon");

    /**
     * An article, an owner's word or a count that opens a described subject: "a spokesman", "the senator", "his
     * spokesman", "one aide", "two officials".
     */
    private static final Pattern DESCRIBED_SUBJECT_START = Pattern.compile(
            "(?:a|an|the|his|her|its|their|our|one|another|two|three|several|some|many)\\s+\\p{L}");

    /** Whether {@code words} are a plural for people alone, or with words before it: "analysts", "critics", "Democrats", "GOP leaders". */
    private static boolean peopleAlone(String words) {
        int space = words.lastIndexOf(' ');
        String last = words.substring(space + 1).toLowerCase(Locale.ROOT);
        return space < 0 ? Character.isLowerCase(words.charAt(0)) && Subjects.groupOfPeople(last) || Phrases.PARTY_MEMBERS.contains(words)
                : Subjects.groupOfPeople(last) && Character.isLowerCase(words.charAt(space + 1));
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
            if (j > 0 && (Names.isPartyAndState(c) || isAge(c) || stateAbbreviation(c))) {
                continue; // "Sen. Roger Wicker, R-Miss., chairman of …"
            }
            return SpeakerPhrase.personWithTitles(j == 0 ? withoutOpeningConjunction(c) : c);
        }
        return null;
    }

    /** Words that open an aside describing someone: "a lawyer in Austin, Texas", "the head of …". */
    private static final Set<String> ASIDE_OPENERS = Lexicon.of("a", "an", "the", "one", "another");

    /** Words that join a list's capitalised names: "Labor, Health and Human Services, and Education". */
    private static final Set<String> LIST_JOINERS = Lexicon.of("and", "&", "of", "the", "for", "on");

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
        return Phrases.HE + Genders.of(found);
    }

    /** The reporting verbs of a clause set between commas: "…, his attorney, Nicholas Poehl, said, adding …". */
    static final java.util.Set<String> REPORTING = Lexicon.of("said", "says", "told", "tells", "wrote",
            "writes", "added", "adds", "explained", "noted", "stated", "continued");

    /**
     * The one described who opens a subordinate clause that ends right before the speech verb ("… felt real when a
     * Pentagon spokesperson" [told]): a determiner, up to three lower-case or capitalised modifiers, and a noun for a
     * person or for people. Null otherwise: the sentence's subject rules decide.
     */
    private static String describedAfterSubordinator(String clause) {
        String[] w = Words.splitOnSpaces(clause.strip());
        for (int at = w.length - 2; at >= Math.max(1, w.length - 6); at--) {
            // "as" too, where someone described speaks in the clause it opens ("The crowd laughed as an aide told him,"),
            // not where it gives what someone is ("a source who counts him as a friend told me")
            if (!SUBORDINATORS.contains(w[at - 1].toLowerCase(Locale.ROOT)) && !(w[at - 1].equalsIgnoreCase("as")
                    && asOpensClause(w, at - 1))) {
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
                if (w[j].isEmpty() || Phrases.isVerb(w[j]) || !Character.isLetter(w[j].charAt(0))
                        || NOT_IN_DESCRIPTION.contains(w[j].toLowerCase(Locale.ROOT))) {
                    return null; // "as a reference to menstruation when he": no one described
                }
            }
            return String.join(" ", java.util.Arrays.copyOfRange(w, at, w.length));
        }
        return null;
    }

    /**
     * Whether the "as" at {@code as} opens a clause of its own ("laughed as an aide told him"), not what someone is
     * taken for ("counts him as a friend", "known as the leader", "a source who … as"): no relative pronoun before it, and
     * no object or verb right before it that "as" completes.
     */
    private static boolean asOpensClause(String[] w, int as) {
        if (as < 1 || AS_COMPLETES.contains(w[as - 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int i = 0; i < as; i++) {
            if (RELATIVES.contains(w[i].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Words "as" completes when it gives what someone is: "him as", "known as", "served as", "such as". */
    private static final Set<String> AS_COMPLETES = Lexicon.of("him", "her", "them", "me", "us", "it", "himself", "herself",
            "themselves", "such", "same", "known", "described", "identified", "regarded", "seen", "viewed", "served",
            "serves", "serving", "worked", "works", "working", "acted", "acts", "acting", "posing", "posed", "dressed");
    private static final Set<String> RELATIVES = Lexicon.of("who", "whom", "whose", "which", "that");

    /** Whether a word is a noun for a person or for people ("spokesperson", "officials"; "ex-officials" by its last part). */
    static boolean namesPeople(String word) {
        String noun = word.substring(word.lastIndexOf('-') + 1);
        return SpeakerPhrase.roleNoun(noun) || Subjects.peopleNoun(noun);
    }

    /** Words that end a description or stand for no one described: prepositions, relatives, pronouns. */
    private static final Set<String> NOT_IN_DESCRIPTION = Lexicon.of("to", "of", "in", "on", "at", "for", "with", "by", "from",
            "which", "who", "whom", "that", "when", "what", "where", "and", "or", "but", "he", "she", "it", "they", "we",
            "i", "you", "his", "her", "its", "their", "our", "my", "your");

    /** Conjunctions that open a clause with a subject of its own (not "as": "a source who counts him as a friend told"). */
    private static final WordSet SUBORDINATORS = Subjects.SUBORDINATORS;

    /**
     * Whether a lower-case word after {@code from} reads as a verb (a verb of speech, or a past tense in "-ed"): the words
     * are a clause ("A spokesman for Netanyahu defended the Prime Minister"), not a description.
     */
    private static boolean verbAfterHead(String phrase, int from) {
        Words w = new Words(phrase, from, phrase.length());
        while (w.next()) {
            if (Character.isLowerCase(phrase.charAt(w.start())) && (Phrases.isVerbAt(phrase, w.start(), w.end())
                    || w.end() - w.start() > 3 && phrase.startsWith("ed", w.end() - 2))) {
                return true;
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
        // "A source close to the president", "One person familiar with the talks": what the adjective ending the head takes
        boolean adjectiveGoesOn = head.endsWith(" close") && rest.startsWith("to ") || head.endsWith(" familiar")
                && rest.startsWith("with ") || head.endsWith(" knowledgeable") && rest.startsWith("about ");
        if (!(first.equals("the") || first.equals("a") || first.equals("an") || adjectiveGoesOn && DETERMINERS.contains(first))
                || !Phrases.wordsAtMost(clause, 8) || RELATIVE_END.matcher(clause).find() || !adjectiveGoesOn
                && !(rest.startsWith("of ") || rest.startsWith("for ") || rest.startsWith("at ") || rest.startsWith("from "))) {
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

    /** Words that open a described source after an inverted cue's verb ("said a spokesman", "says the sergeant"). */
    static final java.util.Set<String> DETERMINERS = Lexicon.of("a", "an", "the", "one", "another");

    /** When something was said, set between a name's aside and its verb: "last week", "this year", "earlier this month". */
    private static final Pattern TIME_PHRASE = Pattern.compile("(?:(?:earlier|later)\\s+)?(?:last|this|next)\\s+(?:week|month|year|"
            + "morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday)|(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:earlier|later|recently)");

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

    /**
     * Words opening a phrase that sets a sentence's place or time ("In Colorado,", "After firing Comey,"): the name
     * in it is not the speaker, who comes after the comma. Not those that name whose view follows ("For Webster,",
     * "According to Frank Brown,", "From Matthew Henman, head of …:").
     */
    private static final java.util.Set<String> SCENE_OPENERS = Lexicon.of("in", "at", "across", "outside", "inside",
            "near", "throughout", "within", "after", "before", "during", "when", "while", "since", "until", "amid", "following",
            "as", "because", "although", "though", "once", "if");

    /**
     * Words after an opening verb that start no subject of it: the verb opens a clause of its own ("Asked if he would
     * support the council decision, Mayor Jacob Frey hedged, “…”", "Asked again by Barkan, …").
     */
    private static final java.util.Set<String> NO_INVERTED_SUBJECT = Lexicon.of("if", "whether", "about", "for", "on",
            "to", "how", "what", "why", "when", "where", "in", "at", "with", "from", "again", "after", "before", "during",
            "that", "by", "as", "repeatedly", "later", "earlier");

    /** The subject of the last speech verb in the sentence before the quote. */
    static String leading(String sentence) {
        Matcher pageLabel = sentence.length() > 8 && Character.isUpperCase(sentence.charAt(0)) && Character.isUpperCase(sentence.charAt(1))
                ? CAPITALS_LABEL.matcher(sentence) : null;
        if (pageLabel != null && pageLabel.lookingAt() && Phrases.lastVerb(sentence.substring(pageLabel.end())) >= 0
                && !FIRST_PERSON_WORD.matcher(sentence).region(pageLabel.end(), sentence.length()).find()) {
            // "BREAKING: McConnell walks onto the floor and tells reporters:": a page's label, then the sentence that
            // cues (not a transcript's "TRUMP:" right before the words, which names who speaks, nor one whose speaker
            // then tells what they said: "THE PRESIDENT: We're fixing to have lunch here, and I said,")
            return leading(sentence.substring(pageLabel.end()));
        }
        String quotedAs = quotedAsSaying(sentence);
        if (quotedAs != null) {
            return quotedAs;
        }
        String caller = whatTheyCall(sentence);
        if (caller != null) {
            return caller;
        }
        int verbAt = Phrases.lastVerb(sentence);
        int adverb = verbAt > 0 ? adverbAfterComma(sentence, verbAt) : -1; // chars only: this runs for every quotation
        if (adverb >= 0 && ADVERB_SKIPPING_VERBS.contains(sentence, verbAt, letterRunEnd(sentence, verbAt))) {
            // an adverb alone between an aside's comma and the verb ("As Representative Steve Eliason, one of the
            // sponsors of Utah’s law, aptly said"): read as if the verb followed the comma
            return leading(sentence.substring(0, adverb) + sentence.substring(verbAt));
        }
        String clause = sentence.strip();
        String afterVerb = clause.endsWith(",") ? Phrases.afterFirstWord(clause, 0) : "";
        if (!afterVerb.isEmpty() && Character.isUpperCase(clause.charAt(0)) && Phrases.lastVerb(afterVerb) < 0
                && !NO_INVERTED_SUBJECT.contains(Words.firstOnSpaces(afterVerb).toLowerCase(Locale.ROOT))) {
            // "Added an Iowa Republican, “…”": the verb first, then who, as before a colon (not "Asked about it, Boehner
            // said, “…”": a verb after the first is the sentence's own); who is the words up to an aside or a relative
            // clause ("Added Sen. Ted Cruz, Texas Republican, speaking on ABC News,"; "Added a Nevada Democrat who …,")
            String label = clause.substring(0, clause.length() - 1);
            int aside = label.indexOf(',');
            label = aside > 0 ? label.substring(0, aside) : label;
            int who = label.indexOf(" who ");
            String inverted = invertedLabel(who > 0 ? label.substring(0, who) : label);
            if (inverted != null) {
                return inverted;
            }
        }
        if (verbAt < 0) {
            String t = sentence.stripTrailing();
            if (t.endsWith(":")) { // Trump: "…" — and "Gerald F. Seib, The Wall Street Journal: "…""
                String afterAdverb = afterOpeningAdverb(t.substring(0, t.length() - 1)); // "Moreover, in Carlson’s words:"
                if (afterAdverb != null) {
                    if (afterAdverb.isEmpty()) {
                        return null;
                    }
                    // after the adverb, a pronoun or a capitalised name only: "Then, 13 pages later:", "Still, a statement:"
                    // name no one ("Finally, on appeal, the Supreme Court of the United Kingdom …, concluding:" does)
                    String who = leading(afterAdverb + ":");
                    return who != null && (Phrases.isPronoun(who) || Phrases.hasCapitalisedWord(who)) ? who : null;
                }
                String label = t.substring(0, t.length() - 1);
                if (label.isEmpty()) {
                    return null;
                }
                int according = label.indexOf(", according to ");
                // "The right way, according to the adviser:": the source, not what the words are; but "Gruber’s response,
                // according to McDonough:" is still Gruber's
                String source = according > 0 && OwnedWords.ownerOfWords(label.substring(0, according)) == null
                        ? Credits.accordingTo(label.substring(according + 2)) : null;
                if (source != null) {
                    return source;
                }
                String inverted = invertedLabel(label);
                if (inverted != null) {
                    return inverted; // "Added a GOP lawmaker:", "Wrote Cornyn:": the verb first, then who
                }
                Matcher wordsOf = label.indexOf(" from ") > 0 || label.indexOf(" by ") > 0 || label.indexOf(" of ") > 0
                        ? WORDS_FROM.matcher(label) : null;
                // not a phrase that goes on: "a message from Rolett with the note:" is the note's writer's
                String author = wordsOf != null && wordsOf.find() && !wordsOf.group(1).contains(" with ")
                        ? SpeakerPhrase.speaker(wordsOf.group(1), true) : null;
                if (author != null && !Phrases.isPronoun(author)) {
                    return author; // "Other comments from Mr Ivers included:": a list of someone's words follows
                }
                String next = nameAfterLastQuotation(label);
                if (next != null) {
                    return next; // "Mulvaney: “…–” Mitchell: “…”": a transcript's next speaker, not both names run together
                }
                int comma = label.indexOf(',');
                // a name, then who they are ("Gerald F. Seib, The Wall Street Journal:"); not a phrase that opens
                // the sentence ("In Colorado, one Democrat cast doubt on the poll:", "As Sanders took the stage in Boulder, …
                // a woman held a sign:")
                String name = comma > 0 && !SCENE_OPENERS.contains(Words.firstOnSpaces(label).toLowerCase(Locale.ROOT))
                        ? Names.personAtEnd(label.substring(0, comma)) : null;
                if (name != null && comma < 40) {
                    return name;
                }
                String s = objectItAtEnd(label) ? null : SpeakerPhrase.speaker(label, false); // "Henry Clay opposed it:": not "it"
                // not a name a verb or a preposition takes: "… a declaration about U.S. involvement in Syria:"
                if (s != null && (Phrases.isPronoun(s) || Names.personAtEnd(label) != null && !takenByVerbOrPreposition(label))) {
                    return s;
                }
                String head = Subjects.head(label); // "But Trump quickly deflected with a non sequitur:"
                String h = head == null ? null : SpeakerPhrase.speaker(head, false);
                if (h == null && s != null && addressedByPreposition(label) && s.equals(Names.personAtEnd(label))) {
                    return null; // "…, and implored to Cardinal Timothy Dolan:": the one spoken to, not the speaker
                }
                return h != null ? h : s;
            }
            return null;
        }
        String agent = passiveAgent(sentence, verbAt);
        if (agent != null) {
            return agent; // "One other fact, noted by Hemenway and Vriniotis in 2011:": who noted it, not the fact
        }
        String before = sentence.substring(0, verbAt);
        int aside = distributiveAside(before);
        if (aside >= 0) {
            // "Two officials, one current and one former, said": the two, not the first of the aside's pair
            return leading(before.substring(0, aside) + " " + sentence.substring(verbAt));
        }
        String reporter = nameAfterAs(before);
        if (reporter != null && !anotherClauseAfter(sentence, verbAt)) {
            return reporter; // "As CNN reported, “…”", "But, as NPR’s Yuki Noguchi reports, “…”"
        }
        String asker = askerOfTheNameBefore(sentence, verbAt, before);
        if (asker != null) {
            return asker;
        }
        String coordinated = subjectOfCoordinatedVerb(before);
        if (coordinated != null) {
            return coordinated;
        }
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

    /**
     * Where an aside that shares out the people named before it ends {@code before} ("Two officials, one current and one
     * former, " "two officials — one current and one former — "): the start of its opening comma or dash; -1 if none.
     */
    static int distributiveAside(String before) {
        int end = before.length();
        while (end > 0 && before.charAt(end - 1) == ' ') {
            end--;
        }
        int close = end - 1;
        if (close < 1 || !isAsideMark(before.charAt(close))) {
            return -1;
        }
        int closeStart = close > 0 && before.charAt(close) == '-' && before.charAt(close - 1) == '-' ? close - 1 : close;
        int open = closeStart - 1;
        while (open >= 0 && closeStart - open <= 60 && !isAsideMark(before.charAt(open))) {
            open--;
        }
        if (open < 1 || closeStart - open > 60 || before.charAt(closeStart) != before.charAt(open)) {
            return -1; // no aside, or one set off by a comma on one side and a dash on the other
        }
        String inside = before.substring(open + 1, closeStart).strip();
        boolean shared = inside.startsWith("one ") && (inside.contains(" and one ") || inside.contains(" and another ")
                || inside.contains(" and the other ") || inside.contains(" or one "));
        if (!shared) {
            return -1;
        }
        int openStart = open > 0 && before.charAt(open) == '-' && before.charAt(open - 1) == '-' ? open - 1 : open;
        return Character.isLetter(before.charAt(Math.max(0, openStart - 1))) || before.charAt(Math.max(0, openStart - 1)) == ' '
                ? openStart : -1;
    }

    private static boolean isAsideMark(char c) {
        return c == ',' || Words.isDash(c);
    }

    /**
     * Whether a clause with a subject of its own follows the verb at {@code verbAt} before the quotation: "as Democrats
     * accused Issa of … and Republicans stepped up their criticism of Holder’s “…”" (a semicolon, or "and" before a
     * capitalised word).
     */
    private static boolean anotherClauseAfter(String sentence, int verbAt) {
        if (sentence.indexOf(';', verbAt) >= 0) {
            return true;
        }
        for (int i = sentence.indexOf(" and ", verbAt); i >= 0; i = sentence.indexOf(" and ", i + 1)) {
            if (i + 5 < sentence.length() && Character.isUpperCase(sentence.charAt(i + 5))) {
                return true;
            }
        }
        return false;
    }

    /** Words between "as" and the verb that the name is no part of: "As NPR has reported", "as Reuters first reported". */
    private static final Set<String> AS_VERB_WORDS = Lexicon.of("has", "had", "first", "previously", "also", "later", "recently");

    /**
     * The name that "as" opens a clause with, right before its verb of speech: "As CNN reported," "as NPR’s Yuki Noguchi
     * reports," (the text before the verb is {@code before}); capitalised words only, at most five. Null otherwise.
     */
    private static String nameAfterAs(String before) {
        if (!hasWordAs(before)) {
            return null; // most sentences: no "as" to read, nothing split
        }
        String[] w = Words.splitOnSpaces(before.strip());
        int end = w.length;
        while (end > 0 && AS_VERB_WORDS.contains(w[end - 1])) {
            end--;
        }
        int as = end - 1;
        while (as >= 0 && !w[as].isEmpty() && Character.isUpperCase(w[as].charAt(0)) && !w[as].equals("As") && end - as <= 6) {
            as--;
        }
        if (as < 0 || as == end - 1 || end - as > 6 || !w[as].equalsIgnoreCase("as") || !opensClause(w, as)) {
            return end == w.length ? nameWithAsideAfterAs(w) : null; // no "as", or one inside a clause ("counts him as")
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, as + 1, end));
        if (name.endsWith(",")) {
            return null; // "As Sanders took the stage, …": not the verb's clause
        }
        return SpeakerPhrase.speaker(name, false);
    }

    /** Whether "as" stands in the text as a word of its own, in either case. */
    private static boolean hasWordAs(String text) {
        for (int i = text.indexOf('s'); i > 0; i = text.indexOf('s', i + 1)) {
            char a = text.charAt(i - 1);
            if ((a == 'a' || a == 'A') && (i == 1 || !Character.isLetter(text.charAt(i - 2)))
                    && (i + 1 == text.length() || !Character.isLetter(text.charAt(i + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the "as" at {@code as} opens the sentence or a clause: first, or after a comma, "But" or "And". */
    private static boolean opensClause(String[] w, int as) {
        return as == 0 || w[as - 1].endsWith(",") || w[as - 1].equals("But") || w[as - 1].equals("And");
    }

    /**
     * The name after an opening "as" that an aside describes before the verb: "As Matt Strawn, former chairman of the Iowa
     * GOP, told Politico", "as Bob Bauer, an N.Y.U. law professor, told me" (the person, not the aside's last name). The
     * words {@code w} end right before the verb, the aside's closing comma last.
     */
    private static String nameWithAsideAfterAs(String[] w) {
        if (w.length < 4 || !w[w.length - 1].endsWith(",")) {
            return null;
        }
        for (int as = w.length - 3; as >= 0 && as >= w.length - 30; as--) {
            if (!w[as].equalsIgnoreCase("as") || !opensClause(w, as)) {
                continue;
            }
            int comma = as + 1;
            while (comma < w.length - 1 && !w[comma].endsWith(",") && comma - as <= 5) {
                comma++;
            }
            if (comma >= w.length - 1 || !w[comma].endsWith(",")) {
                return null; // no aside: the name runs to the verb, or is too long for one
            }
            for (int i = as + 1; i <= comma; i++) {
                if (w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))) {
                    return null; // "As expected, the …": no name
                }
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(w, as + 1, comma + 1));
            name = name.substring(0, name.length() - 1);
            return Names.personAtEnd(name) != null ? SpeakerPhrase.speaker(name, false) : null;
        }
        return null;
    }

    /**
     * The speaker a passive verb of speech names after "by", in the two shapes where the quotation is that speaker's: a
     * name given as something ("an Obama-era rule once described by Sen. Ted Cruz as “…”", "branded by Majority Whip
     * Steve Scalise, R-La., as the “…”"), and words introduced by who said or asked them ("One other fact, noted by
     * Hemenway and Vriniotis in 2011:", "when he was asked by Fox News' Megyn Kelly, “…”"). Null otherwise: "the
     * numbers being reported by Beijing “seem …”", "the incident described by Ramirez “did not happen”" are the
     * sentence's own words about what the agent said.
     */
    private static String passiveAgent(String sentence, int verbAt) {
        int verbEnd = verbAt;
        while (verbEnd < sentence.length() && Character.isLetter(sentence.charAt(verbEnd))) {
            verbEnd++;
        }
        if (!sentence.startsWith(" by ", verbEnd) || verbEnd + 4 >= sentence.length()
                || !Character.isUpperCase(sentence.charAt(verbEnd + 4))) {
            return null;
        }
        boolean namingAs = NAMING_AS.contains(sentence, verbAt, verbEnd);
        if (!namingAs && !INTRODUCING.contains(sentence, verbAt, verbEnd)) {
            return null;
        }
        String rest = sentence.substring(verbEnd + 4).stripTrailing();
        Matcher m = (namingAs ? AGENT_THEN_AS : AGENT_TO_END).matcher(rest);
        if (!m.matches()) {
            return null;
        }
        String first = Words.firstOnSpaces(m.group(1));
        return Phrases.DAYS.contains(first) || Phrases.MONTHS.contains(first) ? null : SpeakerPhrase.speaker(m.group(1), false);
    }

    /** The speaker's own "I" or "we", contracted or not. */
    private static final Pattern FIRST_PERSON_WORD = Pattern.compile("\\b(?:I|We|we)(?:['’]\\p{L}+)?\\b");

    /** A label in capitals opening a sentence: "BREAKING: ", "UPDATE: ", "FLASHBACK - ". */
    private static final Pattern CAPITALS_LABEL = Pattern.compile("\\p{Lu}{2,}(?:\\s\\p{Lu}{2,}){0,2}(?::|\\s[-–—])\\s+(?=\\p{Lu})");

    /** Verbs that give something a name, the name quoted after "as". */
    private static final WordSet NAMING_AS = new WordSet(Lexicon.of("described", "branded", "dubbed", "called", "labeled",
            "labelled", "termed", "characterized", "characterised"));

    /** Verbs whose passive introduces the words that follow as the agent's. */
    private static final WordSet INTRODUCING = new WordSet(Lexicon.of("asked", "noted", "observed", "written", "stated",
            "explained", "put"));

    /**
     * The agent, then "as" right before the quotation: capitalised words (a party and state, a time between commas
     * allowed), no clause of its own.
     */
    private static final Pattern AGENT_THEN_AS = Pattern.compile("((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+){0,5}\\p{Lu}[\\p{L}.'\u2019-]*)"
            + "(?:,\\s+[\\p{Lu}][\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3},?)?(?:\\s+(?:on|in|last|this)\\s+\\p{L}+)?"
            + "\\s+as(?:\\s+(?:the|a|an))?");

    /**
     * The agent to the end of the words before the quotation: capitalised words (and "and" between names; a year), a
     * comma or a colon after.
     */
    private static final Pattern AGENT_TO_END = Pattern.compile("((?:\\p{Lu}[\\p{L}.'\u2019-]*\\s+(?:and\\s+)?){0,5}"
            + "\\p{Lu}[\\p{L}.'\u2019-]*)(?:\\s+in\\s+\\d{4})?(?:,\\s+[\\p{Lu}][\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})?[,:]?");

    /**
     * "Hagel sent a letter to President George W. Bush asking him to launch “…”": a participle whose object is a
     * pronoun, after the name something is sent or said to, is the sentence's subject's doing, not the name's (the
     * pronoun is that name). The subject's speaker then, or null where this is not the shape.
     */
    private static String askerOfTheNameBefore(String sentence, int verbAt, String before) {
        Words verb = new Words(sentence, verbAt, Math.min(sentence.length(), verbAt + 40));
        if (!verb.next() || !Phrases.isParticiple(sentence, verb.start(), verb.end()) || !verb.next()
                || !OBJECT_PRONOUNS.contains(sentence, verb.start(), verb.end())) {
            return null;
        }
        String clause = before.stripTrailing();
        String asked = clause.isEmpty() || clause.endsWith(",") || !addressed(clause) ? null : Names.personAtEnd(clause);
        if (asked == null) {
            // "…, asking him": the comma's own reading; "Mr Harris recalled Mr Dowless telling him", "a letter from Pelosi
            // urging him": the name is who asks
            return null;
        }
        String head = Subjects.head(clause);
        String who = head == null ? null : SpeakerPhrase.speaker(head, false);
        return who != null && !who.equals(asked) ? who : null;
    }

    private static final WordSet OBJECT_PRONOUNS = new WordSet(Lexicon.of("him", "her", "them"));

    /**
     * A verb of speech joined by "and" to a verb before it, with no subject of its own, is that verb's subject's: the
     * name a relative clause hangs on ("she was approached by Clinton who took her by the arm and said, “…”") or the
     * subject of a reported clause ("Broaddrick said Clinton took her by the arm and said, “…”"). Null where the words
     * before the verb do not end in "and" or no such name is found.
     */
    static String subjectOfCoordinatedVerb(String before) {
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) { // as stripTrailing, without its copy
            end--;
        }
        // asked before every cue before a quotation: no copy unless the words end in "and"
        if (!before.startsWith(" and", end - 4) && !before.startsWith(" and,", end - 5)) {
            end = beforeAsideAfterAnd(before, end);
            if (end < 0) {
                return null;
            }
        }
        Matcher m = COORDINATED.matcher(before.substring(0, end));
        String name = null;
        while (m.find()) {
            name = m.group(1) != null ? m.group(1) : m.group(2);
        }
        if (name == null) {
            return null;
        }
        String person = Names.personAtEnd(name);
        return person != null && name.endsWith(person) ? person : null;
    }

    /**
     * Where "and," ends when the words after it up to {@code end} are a short aside with no punctuation of its own ("…
     * grabbed her by the arm and, in a low voice said, “…”"); else -1.
     */
    private static int beforeAsideAfterAnd(String before, int end) {
        int and = before.lastIndexOf(" and, ", end);
        if (and < 0 || end - and > 40) {
            return -1;
        }
        int words = 0;
        for (int i = and + 6; i < end; i++) {
            char c = before.charAt(i);
            if (c == ' ') {
                words++;
            } else if (!Character.isLetter(c)) {
                return -1;
            }
        }
        return words <= 4 ? and + 4 : -1;
    }

    /**
     * The person named right before a "who" that, with a verb or two, ends the clause before the quotation, no comma
     * between ("… was joined by House Majority Leader Eric Cantor who declared,"); null otherwise.
     */
    private static String nameBeforeWhoAtEnd(String clause, String lower, boolean last) {
        int who = !last ? -1 : lower.endsWith(" who") ? lower.length() - 4 : lower.lastIndexOf(" who ");
        if (who <= 0 || lower.length() > who + 4 && lower.substring(who + 5).strip().split(" ").length > 2) {
            return null; // more than two words after "who": a clause of its own
        }
        String before = clause.substring(0, who);
        String name = Names.personAtEnd(before);
        return name != null && name.indexOf(' ') > 0 && before.endsWith(name) ? name : null;
    }

    /**
     * A capitalised name and then "who" and a verb, or a reporting verb, a capitalised name and a past tense: the clause a
     * verb joined by "and" at the end of the words shares its subject with (no comma, dash or other clause after it; not
     * a group, "those Iranians who").
     */
    private static final Pattern COORDINATED = Pattern.compile(
            "(?:(?<!\\b(?:those|these|the|some|many|other|all)\\s)\\b((?:\\p{Lu}[\\p{L}.'’-]*\\s){0,3}\\p{Lu}[\\p{L}'’-]+)\\s+who\\s+\\p{Ll}+"
            + "|\\b(?:said|says|recalled|recalls|added|wrote)\\s+(?:that\\s+)?((?:\\p{Lu}[\\p{L}.'’-]*\\s){0,3}\\p{Lu}[\\p{L}'’-]+)"
            + "\\s+(?:(?:again|also|then|later|once|still|just|soon|\\p{Ll}+ly)\\s+)?" // "Clinton again grabbed her"
            + "(?:\\p{Ll}+ed|took|grabbed|turned|went|came|stood|looked|leaned|told)\\b)"
            + "[^,;.:!?\"\u201C\u201D\u2014\u2013]*$");

    /** Whether a clause ends with a name in capitalised words after "to": "sent a letter to President George W. Bush". */
    private static boolean addressed(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int k = beforeEndingName(words);
        return k >= 1 && k < words.length - 1 && words[k].equals("to");
    }

    /** Pronouns after "of" that point back, naming nobody: "A majority of those". */
    private static final java.util.Set<String> POINTING = Lexicon.of("those", "these", "them", "us", "it", "which", "whom",
            "this", "that");

    /** Verbs and conjunctions that make the words after a head a clause rather than a description. */
    private static final java.util.Set<String> CLAUSE_VERBS = Lexicon.of("is", "was", "are", "were", "be", "been",
            "that", "has", "have", "had", "will", "would", "can", "can’t", "can't", "could", "should", "may", "might");

    private static final Pattern INDEFINITE_START = Pattern.compile("(?i)(a|an|one|another)\\s");

    /**
     * A description of someone named before, its "who" right after it ("The official, who …, said", "Her lawyer, who
     * …, said"): the description speaks, as the text words it (the archive resolves it to the person); read here, a
     * quotation run on after the verb ("said the deal was “…”") keeps its speaker.
     */
    private static final Pattern DEFINITE_START = Pattern.compile("(?:The|Her|His|Their|Its)\\s");

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
            boolean cap = Phrases.capitalised(w);
            boolean connector = start < end && (w.equals("of") || w.equals("for") || w.equals("and") || w.equals("&")
                    || w.equals("the") && start - 1 > 0 && (words[start - 2].equals("of") || words[start - 2].equals("for")));
            if (!cap && !connector) {
                break;
            }
            start--;
        }
        while (start < end && !Phrases.capitalised(words[start])) {
            start++; // a run opens with a capital
        }
        if (start == end || start > 0 && Phrases.capitalised(words[start - 1])) {
            return null;
        }
        String body = String.join(" ", java.util.Arrays.copyOfRange(words, start, end));
        String last = words[end - 1];
        if (body.equals(Names.personAtEnd(body)) && !Names.isInstitutionName(body) && body.indexOf(' ') > 0
                || Phrases.DAYS.contains(last) || Phrases.MONTHS.contains(last) || body.equals("I")) {
            return null;
        }
        return body;
    }

    /** Whether a "which" clause has a subject of its own before its verb: "which he said", "which Mr. Trump called". */
    private static boolean relativeHasOwnSubject(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        for (int k = 1; k < words.length; k++) {
            String w = words[k];
            if (Phrases.capitalised(w) || SpeakerPhrase.SUBJECT_PRONOUNS.contains(w) || w.equals("you")) {
                return true;
            }
        }
        return false;
    }

    /** What goes on from a description's head without a verb: "A source close to", "An aide to", "The head of". */
    private static final Pattern DESCRIPTION_GOES_ON = Pattern.compile("\\s+(?:of|to|for|at|with|in|from|close to)\\s");

    /** A relative pronoun ending a clause cut before its verb ("the percentage of Americans who"). */
    private static final Pattern RELATIVE_END = Pattern.compile("\\s(?:who|which|that|whom)$");

    /** "has come after", "had come after": attacked, not followed in time. */
    private static final Pattern PERFECT_BEFORE = Pattern.compile("\\b(?:has|have|had|having)\\s+$");

    /**
     * The person the clause before a "who" ends with as described, after a preposition: "refuted by the Cincinnati
     * manager", "spoke with a local farmer" (a determiner, at most four words, a word for a person last); null otherwise.
     */
    private static String describedPersonTaken(String clause) {
        String[] words = Words.splitOnSpaces(clause.strip());
        int n = words.length;
        for (int d = n - 2; d >= Math.max(1, n - 5); d--) {
            if (DETERMINERS.contains(words[d].toLowerCase(Locale.ROOT))) {
                String head = words[n - 1];
                boolean taken = TAKING_PREPOSITIONS.contains(words[d - 1]);
                return taken && !head.isEmpty() && Character.isLowerCase(head.charAt(0)) && personWord(head)
                        ? String.join(" ", java.util.Arrays.copyOfRange(words, d, n)) : null;
            }
        }
        return null;
    }

    /** Prepositions whose object a "who" after it may describe: "by the manager, who", "with a farmer, who". */
    private static final java.util.Set<String> TAKING_PREPOSITIONS = Lexicon.of("by", "from", "with", "to");

    /** Whether a lower-case noun is for a person or people: a role ("aide"), an agent noun ("supporter") or a plural of them. */
    private static boolean personWord(String lower) {
        return Names.ROLE_NOUNS.contains(lower) || Subjects.personNoun(lower) || Subjects.peopleNoun(lower);
    }

    /** The other forms of "quoted" before whom and "as saying". */
    private static final List<String> QUOTING = List.of("quotes ", "quoting ", "quote ", "reported ", "reports ", "cited ",
            "cites ", "citing ");

    /**
     * "The agency quoted Foreign Ministry spokesman Abbas Mousavi as saying Iran “…”": the one quoted speaks, not who
     * quotes them. Null unless the sentence ends in such a clause (a few words after "saying" at most).
     */
    static String quotedAsSaying(String sentence) {
        int as = sentence.lastIndexOf(" as saying");
        // the words it reports may run on before the quotation ("… as saying the reception in Washington was a symbol of
        // his isolation, “…”"), where no other verb of speech takes over
        if (as < 0 || sentence.length() - as > 60 && (sentence.length() - as > 250 || quotesOrCues(sentence.substring(as + 10)))) {
            return null;
        }
        int quoted = sentence.lastIndexOf("quoted ", as);
        int verbLength = 7;
        for (String form : QUOTING) { // "The report quotes the caller as saying", "quoting an aide as saying"
            int at = sentence.lastIndexOf(form, as);
            if (at > quoted) {
                quoted = at;
                verbLength = form.length();
            }
        }
        if (quoted < 0 || quoted + verbLength >= as || as - quoted > 100 || quoted > 0 && Character.isLetter(sentence.charAt(quoted - 1))) {
            return null; // "… was quoted as saying": no one between (the subject before "was" is the one quoted)
        }
        String who = sentence.substring(quoted + verbLength, as).strip();
        if (who.isEmpty() || who.startsWith("in ") || who.startsWith("by ")) {
            return null; // "Christie was quoted in the Newark Star-Ledger in 1994 as saying": where, not who
        }
        who = who.endsWith(",") ? who.substring(0, who.length() - 1).strip() : who;
        int comma = who.lastIndexOf(", ");
        if (comma > 0) {
            // "FARS reported a spokesperson for Iran's Guardian Council, Abbas Ali Kadkhodayee, as saying": the name
            String named = who.substring(comma + 2).strip();
            if (named.equals(Names.personAtEnd(named))) {
                return named;
            }
        }
        String subject = SUBJECT_FORMS.get(who.toLowerCase(Locale.ROOT)); // "It quoted her as saying": she, whom the
        return SpeakerPhrase.speaker(subject != null ? subject : who, true); // pronoun rules resolve
    }

    private static final java.util.Map<String, String> SUBJECT_FORMS = java.util.Map.of("her", "she", "him", "he", "them", "they");

    /** Whether words reported after "as saying" hold a quotation of their own or a verb of speech that takes over. */
    private static boolean quotesOrCues(String reported) {
        return SpeakerPhrase.hasQuoteMark(reported) || Phrases.lastVerb(reported) >= 0;
    }

    /** Participles of a voice raised, which describe the noun just before them: "protesters yelling", "a crowd chanting". */
    private static final WordSet RAISED_VOICE = new WordSet(Lexicon.of("yelling", "shouting", "chanting", "screaming",
            "shrieking", "hollering", "singing", "cheering", "jeering", "booing", "heckling"));

    /** Nouns for a gathering of people, beside the nouns for people: "a raucous crowd chanting". */
    private static final Set<String> GATHERINGS = Lexicon.of("crowd", "crowds", "audience", "audiences", "mob", "mobs", "throng",
            "chorus", "group", "groups");

    /** Words after which the noun before a raised voice is where it was raised, not who raised it ("around the candidate"). */
    private static final Set<String> WHERE_RAISED = Lexicon.of("around", "at", "toward", "towards", "against", "past",
            "behind", "near", "beside", "outside", "inside", "into", "onto", "over", "under", "through", "across", "in",
            "on", "for", "before", "after");

    /** Words that end a noun phrase read backwards from a raised voice: the phrase starts after them. */
    private static final Set<String> PHRASE_OPENERS = Lexicon.of("by", "of", "to", "with", "from", "among", "as", "and", "saw",
            "see", "sees", "showed", "shows", "heard", "hear", "hears");

    /**
     * "was confronted … by protesters yelling: “…”", "greeted by a raucous crowd chanting “…”", "a recording of Frank
     * Sinatra singing:": the people or the person a raised voice describes (no comma between) speak, not the sentence's
     * subject. Null unless the sentence ends so.
     */
    static String raisedVoices(String sentence) {
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1)) || sentence.charAt(end - 1) == ':'
                || sentence.charAt(end - 1) == ',')) {
            end--;
        }
        int space = sentence.lastIndexOf(' ', end - 1);
        if (space <= 0 || !RAISED_VOICE.contains(sentence, space + 1, end)) { // asked of every quotation: no copy
            return null;
        }
        String[] w = Words.splitOnSpaces(sentence.substring(0, space).strip());
        if (w.length == 0 || w[w.length - 1].endsWith(",")) {
            return null; // "…, chanting": the sentence's subject does it
        }
        String last = w[w.length - 1];
        String lower = last.toLowerCase(Locale.ROOT);
        if (Character.isUpperCase(last.charAt(0)) && !(lower.endsWith("s") && Subjects.peopleNoun(lower))) {
            String run = sentence.substring(0, space).strip();
            String name = Names.personAtEnd(run);
            // "of Frank Sinatra singing:"; not "in Florida", nor "outside Trump Tower on Fifth Avenue"
            return name != null && name.indexOf(' ') > 0 && run.endsWith(name) ? name : null;
        }
        boolean people = Subjects.peopleNoun(lower) || GATHERINGS.contains(lower)
                || w.length > 1 && DETERMINERS.contains(w[w.length - 2].toLowerCase(Locale.ROOT)) && namesPeople(lower); // "the attacker"
        if (!people) {
            return null; // "were chanting", "began yelling", "by shouting": the subject, as any sentence's
        }
        int from = w.length - 1;
        while (from > 0 && w.length - from < 4) {
            String before = w[from - 1].toLowerCase(Locale.ROOT);
            if (PHRASE_OPENERS.contains(before) || before.endsWith(",") || WHERE_RAISED.contains(before)
                    || Phrases.VERB_WORDS.contains(before)) {
                break;
            }
            from--;
        }
        if (from > 0 && WHERE_RAISED.contains(w[from - 1].toLowerCase(Locale.ROOT))) {
            return null; // "protesters crowded around the candidate shouting": not the candidate
        }
        if (from > 0 && w.length - from >= 4) {
            return null; // no phrase opener found near: not plainly a noun phrase
        }
        return SpeakerPhrase.speaker(String.join(" ", Arrays.copyOfRange(w, from, w.length)), false);
    }

    /**
     * The owner of the words a relative clause describes, where the cue's "he" or "she" opens that clause: "Biden
     * slammed Trump’s recent comments in which he referred to the coronavirus as the “kung flu”", "Trump's comments on
     * Saturday where he described himself as a “…”": the pronoun is the owner, not the sentence's subject. Null where the
     * sentence before the quotation has no such clause, or a later "he" or "she" may be the cue's.
     */
    static String ownerOfRelativeClause(String sentence) {
        if (sentence.indexOf(" which ") < 0 && sentence.indexOf(" where ") < 0) {
            return null;
        }
        Matcher m = OWNED_RELATIVE.matcher(sentence);
        String owner = null;
        int pronounEnd = -1;
        while (m.find()) {
            owner = said(m.group(2)) ? m.group(1) : null; // not "Clinton’s impeachment proceedings in which he argued"
            pronounEnd = m.end(3);
        }
        if (owner == null || LATER_PRONOUN.matcher(sentence).region(pronounEnd, sentence.length()).find()
                || verbAfterFirst(sentence, pronounEnd)) {
            return null; // nor another verb's: "… in which he referred to it as the “…” and said Trump “…”"
        }
        String person = Names.personAtEnd(owner);
        return person != null && owner.endsWith(person) ? person : null;
    }

    /** A name's words ("Trump’s recent racist comments", "Gabbard’s remarks on September 16"), then "in which he" or "where she". */
    private static final Pattern OWNED_RELATIVE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,2}\\p{Lu}[\\p{L}-]+)[’']s\\s+((?:[\\p{Ll}\\d][\\p{L}\\d-]*\\s+)(?:[\\p{L}\\d-]+\\s+){0,5}?)"
            + "(?:in\\s+which|where)\\s+(he|she)\\s+\\p{Ll}");

    /** Whether a verb of speech follows the first word of {@code s} from {@code from} (the clause's own verb). */
    private static boolean verbAfterFirst(String s, int from) {
        Words w = new Words(s, from, s.length());
        if (!w.next()) {
            return false;
        }
        while (w.next()) {
            if (Phrases.isVerbAt(s, w.start(), w.end())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words name something said: "recent racist comments", "keynote", "full response to the question". */
    private static boolean said(String words) {
        for (String w : Words.splitOnSpaces(words.strip())) {
            if (SAID_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SAID_NOUNS = Lexicon.of("comments", "comment", "remarks", "remark", "statement", "statements",
            "speech", "speeches", "interview", "interviews", "response", "reply", "tweet", "tweets", "post", "posts", "letter",
            "keynote", "address", "gaffe", "op-ed", "column", "essay", "video", "message", "testimony", "memo", "email",
            "call", "rant", "monologue", "sermon", "answer", "announcement");

    /** A "he" or "she" after the clause's: the cue may be another's. */
    private static final Pattern LATER_PRONOUN = Pattern.compile("\\b(?:he|she|He|She)\\b");

    /**
     * Where the sentence starts, when a quotation goes on a sentence that a pronoun's reporting clause splits after
     * its subject alone ("Christie, he said, “has a lot of explaining to do.”", "But Sanders, he added, “has a base of
     * support”"): the subject is what the quotation tells of, so the pronoun is someone named before it. -1 otherwise.
     */
    static int topicBeforeSplitCue(String masked, Quote q) {
        String quoted = q.text().strip();
        if (quoted.isEmpty() || !Character.isLowerCase(quoted.charAt(0))) {
            return -1; // the quotation goes on the sentence
        }
        String sentence = QuoteContext.sentenceBefore(masked, q.start() - 1);
        String[] w = Words.splitOnSpaces(sentence.strip());
        int n = w.length;
        if (n < 3 || n > 16) {
            return -1;
        }
        String verb = w[n - 1].endsWith(",") ? w[n - 1].substring(0, w[n - 1].length() - 1) : w[n - 1];
        String pronoun = w[n - 2];
        if (!Phrases.VERB_WORDS.contains(verb) || !(pronoun.equals("he") || pronoun.equals("she")) || !w[n - 3].endsWith(",")) {
            return -1;
        }
        // the words before the cue's comma (w[n - 3] ends with it)
        int from = n > 3 && OPENING_CONJUNCTIONS.contains(w[0]) ? 1 : 0; // "But Sanders, he added,"
        String opening = from > n - 3 ? "" : w[from].toLowerCase(Locale.ROOT);
        if (opening.isEmpty() || opening.equals(",") || SUBORDINATORS.contains(opening) || opening.equals("as")
                || opening.equals("whether") || opening.equals("unless")) {
            return -1; // no subject before the cue ("But, he added,"), or a clause ("When Bump analyzed …, he concluded")
        }
        boolean named = false;
        for (int i = from; i <= n - 3; i++) {
            String word = i == n - 3 ? w[i].substring(0, w[i].length() - 1) : w[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.isEmpty() || word.endsWith(",") || FINITE.contains(lower) || Phrases.VERB_WORDS.contains(word)) {
                return -1; // a clause of its own before the cue ("Hill didn't agree with that, she said, “because …”")
            }
            named |= Character.isUpperCase(word.charAt(0)) && !NAMING_NOTHING.contains(lower) && !OPENING_CONJUNCTIONS.contains(word);
        }
        // a name or a named thing: not "This, he suggests, “…”", which points back at what the speaker said
        return named ? Math.max(0, q.start() - 1 - sentence.length()) : -1;
    }

    private static final Set<String> OPENING_CONJUNCTIONS = Lexicon.of("But", "And", "Yet", "So", "Still");
    /** Capitalised words that open a sentence and name nothing: "This, he suggests, “…”". */
    private static final Set<String> NAMING_NOTHING = Lexicon.of("this", "that", "it", "these", "those", "such", "a", "an", "the");

    /** Auxiliaries and copulas: a word group holding one is a clause, not a subject alone. */
    private static final Set<String> FINITE = Names.withNegatives(Lexicon.of("is", "are", "was", "were", "has", "have", "had",
            "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "be", "been"),
            "isn't", "wasn't", "didn't", "doesn't", "don't", "won't", "can't", "hasn't", "haven't");

    /**
     * The name that alone follows the last "and" of a clause whose words before that "and" hold a verb of speech
     * ("Robertson noted that Lincoln said … and Bush"): the subject of a clause joined to that one; null otherwise ("Obama
     * and Biden" is one subject of two).
     */
    private static String nameJoinedToClause(String clause) {
        int and = clause.lastIndexOf(" and ");
        if (and <= 0) {
            return null;
        }
        String after = clause.substring(and + 5).strip();
        String before = Words.lastOnSpaces(clause.substring(0, and).stripTrailing());
        boolean quotation = !before.isEmpty() && "\"\u201D\u2019'".indexOf(before.charAt(before.length() - 1)) >= 0;
        if (!quotation && (before.isEmpty() || !Character.isLowerCase(before.charAt(0)) || SpeakerPhrase.SUBJECT_PRONOUNS.contains(before))) {
            return null; // "that he and Kim agreed", "that Trump and Moon had agreed": one subject of two
        }
        String name = after.isEmpty() || !Character.isUpperCase(after.charAt(0)) ? null : Names.personAtEnd(after);
        return name != null && name.equals(after) && Phrases.lastVerb(clause.substring(0, and)) >= 0 ? name : null;
    }

    /** Where the last clause set against the one before it starts (after ", while ", ", whereas ", ", but ", ", yet ", "; "), or -1. */
    private static int lastContrastedClause(String before) {
        int at = -1;
        for (String joint : CONTRASTING) {
            int i = before.lastIndexOf(joint);
            if (i >= 0 && i + joint.length() > at) {
                at = i + joint.length();
            }
        }
        return at;
    }

    /** (Not ", and ": as often the last of a list, "… Omar, Ayanna Pressley, and Rashida Tlaib, saying they …".) */
    private static final List<String> CONTRASTING = List.of(", while ", ", whereas ", ", but ", ", yet ", "; ");

    /**
     * A label that introduces someone's words: "Other comments from Mr Ivers included", "Among the remarks by …", "…
     * elicited a neutral response from Sanders", "the key quote from Judge Walton’s ruling".
     */
    private static final Pattern WORDS_FROM = Pattern.compile("\\b(?:(?:comment|remark|word|note|message|tweet|post"
            + "|statement|excerpt|line|quote|response|answer|reply|replie)s?)"
            + "\\s+(?:from|by|of)\\s+(\\p{Lu}[^,;:]{1,60}?)"
            + "(?:\\s+(?:included|include|were|are|read|follow|follows|went))?\\s*$");

    /**
     * "what the Democrats call", "what critics have dubbed a", "what one aide termed": a relative "what" whose subject
     * names the words that follow, with a verb of naming that is no speech verb alone ("call" and "term" are as often
     * nouns). The subject's words, up to four.
     */
    private static final Pattern WHAT_CALLED = Pattern.compile("\\b[Ww]hat\\s+((?:[\\p{L}'’.-]+\\s+){0,3}?[\\p{L}'’.-]+)\\s+"
            + "(?:(?:have|has|had|would|will|might|now|often|sometimes|once)\\s+)?"
            + "(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|label|labels|labeled|labelled|describe|describes"
            + "|described\\s+as|refer\\s+to\\s+as|refers\\s+to\\s+as|referred\\s+to\\s+as)"
            + "(?:\\s+(?:a|an|the|its|their|his|her|it|them))?\\s*$");

    /** The one a relative "what … call" right before the quotation names, or null ({@link #WHAT_CALLED}). */
    static String whatTheyCall(String before) {
        int what = before.lastIndexOf("hat ");
        if (what < 1 || before.length() - what > 80 || (before.charAt(what - 1) | 32) != 'w') {
            return null; // no "what" near the end ("that" is no "what"): most sentences
        }
        Matcher m = WHAT_CALLED.matcher(before).region(Math.max(0, what - 1), before.length());
        if (!m.find()) {
            return null;
        }
        String subject = m.group(1);
        String first = Words.firstOnSpaces(subject).toLowerCase(Locale.ROOT);
        if (Phrases.lastVerb(subject) >= 0 || first.equals("is") || first.equals("was") || subject.endsWith(" to")) {
            return null; // "what is called", "what she said was", "what people used to call": no one who names it now
        }
        if (SpeakerPhrase.SUBJECT_PRONOUNS.contains(first)) {
            return null; // "what he called": the sentence's own rules find whom "he" is
        }
        return SpeakerPhrase.speaker(subject, false);
    }

    /** "what the pollsters" (described as): the described people or body that a relative "what" names. */
    private static final Pattern WHAT_DESCRIBED = Pattern.compile(
            "\\bwhat\\s+((?:the|a|an|some|many|its|their|his|her)(?:\\s+(?!(?:but|and|or|would|will|could|should|can|do|does|did|is|was"
            + "|are|were|has|have|had|not|to|that|which|who)\\b)[\\p{L}'’-]+){1,3})\\s*$");

    /**
     * "in what Millan calls", "what Robert Jones, CEO of …, calls", "what White House adviser Steve Bannon has billed as":
     * the name a relative "what" clause opens with (a role's words before it), before its verb.
     */
    private static final Pattern WHAT_NAME = Pattern.compile(
            "\\bwhat\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+|\\p{Ll}{2,12}\\s+(?=\\p{Lu})){0,4}\\p{Lu}[\\p{L}'’-]*)(?:\\s*,[^,]{1,80},)?\\s*$");

    /** Words that tie a name to where the person works: "writes Dahlia Lithwick of Slate magazine". */
    private static final WordSet AFFILIATIONS = new WordSet(Lexicon.of("of", "at", "for", "from"));

    /**
     * A run of words up to its first lower-case word, when that word ties a name of two words or more to a body that
     * follows it capitalised ("Dahlia Lithwick of Slate magazine", "Jane Doe of the Brookings Institution"); not "Barr
     * of seeming to", nor "University of Illinois".
     */
    private static String beforeAffiliation(String run) {
        Words words = new Words(run, 0, run.length());
        int count = 0;
        while (words.next()) {
            if (Character.isLowerCase(run.charAt(words.start()))) {
                if (count < 2 || !AFFILIATIONS.contains(run, words.start(), words.end())) {
                    return run;
                }
                int cut = words.start();
                boolean next = words.next();
                if (next && run.startsWith("the", words.start()) && words.end() - words.start() == 3) {
                    next = words.next();
                }
                return next && Character.isUpperCase(run.charAt(words.start())) ? run.substring(0, cut) : run;
            }
            count++;
        }
        return run;
    }

    private static final WordSet SUBJECT_PRONOUNS = new WordSet(Lexicon.of("he", "she", "it", "they", "we"));

    /**
     * Whether {@code raw} (as {@link Phrases#clauses} cut it from {@code text}; {@code clause} stripped) is a clause of its
     * own set between dashes, a pronoun and words after it ("— he won that demographic by 42 points —"): a remark
     * inside the sentence, whose pronoun is not the subject of the verb after it.
     */
    private static boolean pronounClauseBetweenDashes(String text, String raw, String clause) {
        int space = clause.indexOf(' ');
        if (space < 0 || !SUBJECT_PRONOUNS.contains(clause, 0, space) || !Character.isLowerCase(clause.charAt(space + 1))) {
            return false;
        }
        int at = text.lastIndexOf(raw);
        int before = at - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = at + raw.length();
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return at >= 0 && before >= 0 && after < text.length() && Words.isDash(text.charAt(before))
                && Words.isDash(text.charAt(after));
    }

    /** Capitalised words that describe a person without naming one: "the presumptive Republican nominee". */
    private static final java.util.Set<String> PARTY_WORDS = Lexicon.of("Republican", "Democratic", "Democrat", "GOP",
            "Independent", "Conservative", "Labour", "Liberal");

    /**
     * The person described after "with" before a speech participle ("…, with one senior quartermaster explaining “…”",
     * "with an aide saying it was “…”"): an absolute phrase whose own subject speaks. Null otherwise.
     */
    private static String describedAfterWith(String sentence, int verbAt, String before) {
        String verb = Phrases.letterRun(sentence, verbAt, Math.min(sentence.length(), verbAt + 12));
        if (!verb.endsWith("ing")) {
            return null;
        }
        String[] words = Words.splitOnSpaces(before.strip());
        int n = words.length;
        while (n > 1 && words[n - 1].length() > 4 && words[n - 1].endsWith("ly") && Phrases.lowerAscii(words[n - 1], 0, words[n - 1].length())) {
            n--; // "with the nominee derisively referring to her as": the adverb, then the verb
        }
        for (int k = n - 2; k >= Math.max(0, n - 5); k--) {
            if (words[k].equals("with") && k + 1 < n && RELATIVE_DETERMINERS.contains(words[k + 1].toLowerCase(Locale.ROOT))) {
                String last = words[n - 1].toLowerCase(Locale.ROOT);
                if (last.equals("latter") || last.equals("former")
                        || !personWord(last) || !Phrases.lowerAscii(words[n - 1], 0, words[n - 1].length())) {
                    return null; // "with the latter saying": someone named before, whom the sentence's rules find
                }
                for (int j = k + 1; j < n - 1; j++) {
                    if (!Phrases.lowerAscii(words[j], 0, words[j].length()) && !Character.isDigit(words[j].charAt(0))
                            && !PARTY_WORDS.contains(words[j])) {
                        return null; // a name among them: the name's own rules read it
                    }
                }
                return String.join(" ", java.util.Arrays.copyOfRange(words, k + 1, n));
            }
        }
        return null;
    }

    /** The subject of the speech verb at {@code verbAt} in the sentence before a quote; {@code before} is the text before it. */
    private static String subjectOf(String sentence, int verbAt, String before) {
        if (before.indexOf("what ") >= 0) {
            Matcher what = WHAT_NAME.matcher(before);
            String name = what.find() ? Names.personAtEnd(what.group(1)) : null;
            if (name != null) {
                return name; // "The genre is in what Millan calls its “infant stage”"
            }
            Matcher described = WHAT_DESCRIBED.matcher(before);
            String who = described.find() ? SpeakerPhrase.speaker(described.group(1), false) : null;
            if (who != null) {
                return who; // "the cuts involving what the pollsters described as “…”": the pollsters, not the cuts
            }
        }
        String withSubject = describedAfterWith(sentence, verbAt, before);
        if (withSubject != null) {
            return withSubject; // "…, with one senior quartermaster explaining “…”": the one described, not the sentence's subject
        }
        String afterVerb = Phrases.afterFirstWord(sentence, verbAt);
        String beforeEnd = before.stripTrailing();
        // "…," said Smith: the quotation's own closing comma is blanked with it, so its closing mark stands for the comma
        boolean afterComma = beforeEnd.endsWith(",") || beforeEnd.endsWith("\u201D") || beforeEnd.endsWith("\"");
        if (afterComma && !afterVerb.isEmpty() && Character.isUpperCase(afterVerb.charAt(0))
                && invertsSubject(Words.firstOnSpaces(sentence.substring(verbAt))) && !nameWithAsides(before)) {
            int comma = afterVerb.indexOf(',');
            String run = beforeAffiliation(comma > 0 ? afterVerb.substring(0, comma) : afterVerb.strip());
            boolean onlyName = Phrases.allCapitalised(Words.splitOnSpaces(run.strip()));
            String name = onlyName ? SpeakerPhrase.firstName(run) : null; // "…, says David Palmiter, a …", not "…, said North Korea's latest"
            if (name != null) {
                return name;
            }
        }
        String verb = Phrases.letterRun(sentence, verbAt, Math.min(sentence.length(), verbAt + 12));
        String beforeTrim = before.stripTrailing().toLowerCase(Locale.ROOT);
        String wordBeforeVerb = Phrases.lastWord(beforeTrim, beforeTrim.length());
        if (!verb.endsWith("ing") && PASSIVE_AUXILIARIES.contains(wordBeforeVerb)) {
            // "has been called a charlatan … for promoting "quack" cures": its subject is not the speaker; a speech
            // verb before it may be ("McCain said Russia's actions can only be described as a "…"")
            return leading(sentence.substring(0, before.stripTrailing().length() - wordBeforeVerb.length()));
        }
        String caused = causedToSpeak(before);
        if (caused != null) {
            return caused; // "…, prompting Mrs May to say it was not helpful to “…”": the one made to speak
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
            if (!lastWord.isEmpty() && Character.isUpperCase(lastWord.charAt(0)) && !writtenTo(trimmed)) {
                String name = Names.personAtEnd(trimmed); // "footage of Trump saying", "has Podesta saying"
                if (name != null) {
                    return name;
                }
            }
        }
        if (verb.endsWith("ing") && !verb.equals("saying") && beforeTrim.endsWith(",")
                && REPORTING.contains(Phrases.lastWord(beforeTrim, beforeTrim.length() - 1))) {
            // "…, his attorney, Nicholas Poehl, said, adding:": the one who said it, not the sentence's subject. Not
            // "…, Reuters said, saying they …": a source's "said", then the subject's "saying"
            String clause = before.stripTrailing();
            return leading(clause.substring(0, clause.length() - 1));
        }
        if (verb.endsWith("ing") || beforeTrim.endsWith(" to") || beforeTrim.endsWith(",to")) {
            // "…, saying", "Pence released a statement saying", "went on to say": the sentence's subject speaks; of
            // clauses set side by side, the last one's ("Cook promised …, while Satya Nadella pledged …, adding")
            int joined = lastContrastedClause(before);
            String head = joined >= 0 ? Subjects.head(sentence.substring(joined)) : null;
            int from = joined;
            if (head == null || !Phrases.hasCapitalisedWord(head)) {
                head = Subjects.head(sentence);
                from = 0;
            }
            if (head == null) {
                return null;
            }
            // "the Office for Civil Rights wrote back, saying": the description whole, not "the Office"
            int at = sentence.indexOf(head, Math.max(0, from));
            int comma = at < 0 ? -1 : sentence.indexOf(',', at + head.length());
            String described = comma < 0 ? null : SpeakerPhrase.speaker(sentence.substring(at, comma), false);
            return described != null && describedWhole(described, head) && !verbAfterHead(described, head.length())
                    ? SpeakerPhrase.beforeCueCloser(described) : SpeakerPhrase.speaker(head, false);
        }
        String joinedAfter = subjectJoinedAfterLastQuotation(before);
        if (joinedAfter != null) {
            return joinedAfter; // "Diaz told ABC News: “…,” and an aide added that it was": the aide, not Diaz
        }
        String lone = nameAfterLastQuotation(before); // "Pence “…,” Oesterle says": the subject is Oesterle alone
        String[] clauses = Phrases.clauses(lone != null ? lone : before).toArray(new String[0]); // commas, and dashes used as commas
        String semicolonListed = lone == null ? firstOfSemicolonList(before) : null;
        if (semicolonListed != null) {
            return semicolonListed; // "Sens. Rand Paul, R-Ky.; Ted Cruz, R-Texas; and Mike Lee, R-Utah, said": the first
        }
        String listed = nameBeforeListingAside(clauses);
        if (listed != null) {
            return listed; // "Sen. Roger Wicker, R-Miss., chairman of the Commerce, Science and Transportation Committee, said"
        }
        String firstListed = firstOfListedNames(clauses);
        if (firstListed != null) {
            return firstListed; // "Dube, T. William Lester, and Michael Reich compared": the first of them
        }
        for (int i = clauses.length - 1; i >= Math.max(0, clauses.length - 6); i--) {
            String clause = Phrases.stripAuxiliaries(i == 0 ? withoutOpeningConjunction(clauses[i].strip()) : clauses[i].strip());
            int space = clause.indexOf(' ');
            if (i > 0 && space > 0 && CLAUSE_OPENERS.contains(clause.substring(0, space)) && titledNameAfterModifiers(clause)) {
                clause = clause.substring(space + 1); // "…, but Air Force Brig. Gen. Ed Thomas, the chief spokesman, told"
            }
            if (clause.indexOf('(') > 0) { // "The American Center for Law and Justice (ACLJ) said", "Washington (CNN) Obama"
                clause = withoutAcronym(clause);
            }
            if (clause.isEmpty() || stateAbbreviation(clause) || isAge(clause)
                    || i > 0 && Names.isPartyAndState(clause)) { // "Sen. Elizabeth Warren, D-Mass. tweeted": her party and state
                continue; // "in Lynchburg, Va., derided": the place's state, not a subject; "Sanders, 78, said": an age
            }
            if (i > 0 && i == clauses.length - 1 && TIME_PHRASE.matcher(clause).matches()) {
                continue; // "Nancy Pelosi, the top House Democrat, last week asked": when, not who
            }
            if (i > 0 && i == clauses.length - 2 && clauses[i + 1].isBlank() && townsRegion(clauses[i - 1], clause)) {
                continue; // "in Ketchikan, Alaska, said": the town's state or country between commas, not a subject
            }
            String lowered = clause.toLowerCase(Locale.ROOT);
            boolean closed = i < clauses.length - 1 || articleStart(clause); // "X, a scholar, said"
            if ((isAppositive(clause) || titleHeldIn(clause) || partyAndStateWho(clause)) && closed && namedBefore(clauses, i)
                    && !lowered.startsWith("who ")
                    && !lowered.equals("who")) { // an aside ("a doctor") sits between a name and its verb
                continue; // "Hugh Hill, a doctor, said", "Mulgrew, president of …, which represents …, said"
            }
            if (i > 0 && i < clauses.length - 1 && pronounClauseBetweenDashes(lone != null ? lone : before, clauses[i], clause)) {
                continue; // "exit polling data … — he won that demographic by 42 points — suggests": an aside of its own
            }
            if (isLeadingPhrase(clause) && i < clauses.length - 1) {
                if (i > 0 && !clauses[i - 1].isBlank()) {
                    continue; // "The White House, in a statement, said": an aside between the subject and its verb
                }
                return null; // "In Texas, …": nothing before it can be the subject
            }
            String lower = clause.toLowerCase(Locale.ROOT);
            String beforeWho = nameBeforeWhoAtEnd(clause, lower, i == clauses.length - 1 || i == clauses.length - 2 && clauses[i + 1].isBlank());
            if (beforeWho != null) {
                return beforeWho; // "He was joined by House Majority Leader Eric Cantor who declared, “…”": the one before "who"
            }
            String relativeSubject = relativeSubject(clause);
            if (relativeSubject == null && i == clauses.length - 1) {
                relativeSubject = thatClauseSubject(clause); // "a move that critics said “normalized” Trump"
            }
            if (relativeSubject != null) {
                // "Harry Reid, who he said “was right in 1993 …”", "Kelly, who one longtime confidant said “…”": the
                // relative's own subject says it, of the one named
                return relativeSubject;
            }
            if (lower.startsWith("which ") && i < clauses.length - 1 && i >= 2 && clauses[i + 1].isBlank()
                    && isAppositive(clauses[i - 1]) && Names.personAtEnd(clauses[0].strip()) != null) {
                continue; // "James Poniewozik, TV columnist for Time, which is part of Time Warner, wrote": an aside on Time
            }
            if ((lower.startsWith("which ") || lower.equals("which")) && i >= 1 && !relativeHasOwnSubject(clause)) {
                String body = bodyAtEnd(clauses[i - 1]);
                if (body != null) {
                    return body; // "… with the state's Cannabis Control Commission, which said in a statement it would"
                }
            }
            if (lower.startsWith("who ") || lower.equals("who")) { // "McConnell, now the majority leader, who said"
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    String plain = SpeakerPhrase.PARENTHETICAL.matcher(clauses[j]).replaceAll(" ").strip();
                    String name = Names.personAtEnd(plain);
                    String taken = name == null && j == i - 1 ? describedPersonTaken(plain) : null;
                    if (taken != null) {
                        return taken; // "… is refuted by the Cincinnati manager, who described himself … as a “…”"
                    }
                    if (name != null && (plain.endsWith(" in " + name) || plain.endsWith(" in the " + name))) {
                        continue; // "professor … at the University of Brighton in Great Britain, who": a place, not the one who
                    }
                    // an aside names no antecedent ("McConnell, now the majority leader, who said"), but a name that a
                    // verb or a preposition takes right before "who" is one ("drew scrutiny from Donald Trump, who said")
                    if (name != null && (!isAppositive(clauses[j])
                            || j == i - 1 && (j == 0 || !describesAPerson(plain)) && takenByVerbOrPreposition(plain)
                                && !(j > 0 && endsOfTheName(plain)))) {
                        return name;
                    }
                }
                // "A White House spokesman, who asked not to be named, said": the unnamed source that opens the sentence
                // ("The Kentucky Republican, who …" refers back to someone named, whom the sentence's subject rule finds)
                String opening = i >= 1 && clauses[0].strip().length() > 2 && clauses[0].strip().length() <= 60 ? clauses[0].strip() : null;
                String openingHead = opening != null && ("aAoO".indexOf(opening.charAt(0)) >= 0 && INDEFINITE_START.matcher(opening).lookingAt()
                        || i == 1 && "THI".indexOf(opening.charAt(0)) >= 0 && DEFINITE_START.matcher(opening).lookingAt())
                        ? Subjects.head(opening) : null;
                // (a definite one whole: in "The high regard of her former boss, who …" the "who" is the boss)
                if (openingHead != null && (openingHead.length() == opening.length() || "aAoO".indexOf(opening.charAt(0)) >= 0
                        && DESCRIPTION_GOES_ON.matcher(opening).region(openingHead.length(), opening.length()).lookingAt())) {
                    String described = SpeakerPhrase.speaker(opening, false);
                    return described != null && described.equals(opening) ? described : null; // not "The drug drew criticism from …"
                }
                return null;
            }
            boolean endsInName = Names.personAtEnd(clause) != null && !lower.endsWith(" and") && !lower.endsWith(" but");
            if (lower.startsWith("and ") || lower.startsWith("but ") || lower.equals("and") || lower.equals("but")
                    || lower.endsWith(" and") || lower.endsWith(" but") || !endsInName && startsWithPredicate(clause)) {
                // not a list's last item: "…, Justice, and Opportunity, told"; but a pronoun's clause before the quotation's
                // comma is its own ("…, but he adds, “…”")
                String own = i == clauses.length - 1 || i == clauses.length - 2 && clauses[i + 1].isBlank() && pronounClause(clause)
                        ? ownSubject(clause) : null;
                if (own != null) {
                    return own; // "…, but Ryan cautioned he wasn't promising", "…, and Schumer warned that"
                }
                String relative = lower.endsWith(" and") ? relativePronounSubject(clause) : null;
                if (relative != null) {
                    return relative; // "… a call in which he called Priebus “…” and said": the relative clause's "he"
                }
                String head = Subjects.head(sentence); // "Trump …, and has referred to her as"
                return head == null ? null : SpeakerPhrase.speaker(head, false);
            }
            String described = i == clauses.length - 1 ? describedAfterSubordinator(clause) : null;
            if (described != null) {
                return described; // "But the danger felt real when a Pentagon spokesperson told reporters that …"
            }
            String joined = i == clauses.length - 1 ? nameJoinedToClause(clause) : null;
            if (joined != null) {
                return joined; // "Robertson noted that … and Bush responded, “…”": the clause joined last has its own subject
            }
            String s = SpeakerPhrase.speaker(clause, false);
            boolean named = s != null && (Phrases.isPronoun(s) || Names.namesPersonOrBody(clause));
            if (named || s != null && s.equals(clause) && SpeakerPhrase.namedByWhom(Words.splitOnSpaces(s))) {
                return s; // "French officials said", "Belgian federal police said": the group, not its nationality
            }
            String clauseHead = Subjects.head(clause); // "Trump in the past has"; "the monster fired off" (tweets)
            if (s != null && clauseHead != null && (s.equals(clause) || s.equals(SpeakerPhrase.withoutTrailingDay(clause))
                    || s.startsWith(clauseHead) && clause.endsWith(" " + s)) // "Last week the head of the agency said"
                    && describedWhole(s, clauseHead)) {
                return SpeakerPhrase.beforeCueCloser(s); // "The head of the agency said": the description whole, not "The head"
            }
            if (clauseHead != null && SpeakerPhrase.ownersSpokesman(clause, clauseHead)) {
                if (i < clauses.length - 1 && namedBefore(clauses, i)) {
                    continue; // "Michael Cohen, U.S. President Donald Trump’s former personal lawyer, said": who he is
                }
                return clause; // "President Donald Trump's lawyer said": the lawyer, not the owner the description opens with
            }
            if (s == null || clauseHead != null && clauseHead.length() < clause.length() && !Phrases.isPossessive(s)) {
                String h = clauseHead == null ? null : SpeakerPhrase.speaker(clauseHead, false);
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
     * Whether an aside describes a person by what they are ("a spokesman for Donald Trump, who": the spokesman is who),
     * not a thing done by or to the one it ends with ("Trump shared intel, a charge rebutted by H.R. McMaster, who said",
     * "an homage to John Quincy Adams, who … declared": that one is who).
     */
    private static boolean describesAPerson(String clause) {
        if (!describes(clause)) {
            return false;
        }
        String head = Subjects.head(clause);
        String[] words = head == null ? new String[0] : Words.splitOnSpaces(head);
        if (words.length < 2) {
            return true;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (personWord(last)) {
            return true;
        }
        String[] all = Words.splitOnSpaces(clause);
        int k = beforeEndingName(all);
        if (k >= 1 && all[k].equals("the")) {
            k--;
        }
        return k < 0 || !AGENT_PREPOSITIONS.contains(all[k]);
    }

    /** Prepositions before a name that something was done by, to or with: "rebutted by", "an homage to", "a departure from". */
    private static final Set<String> AGENT_PREPOSITIONS = Lexicon.of("by", "to", "from", "with");

    /**
     * Whether the capitalised words that end {@code clause} (a name with its titles) follow a lower-case word other than
     * "of": "scrutiny from President Trump" (the name is what the clause ends on), not "a friend of Donald Trump" (the
     * friend is).
     */
    private static boolean takenByVerbOrPreposition(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int k = beforeEndingName(words);
        if (k < 0 || k == words.length - 1 || words[k].isEmpty()) {
            return false;
        }
        String before = words[k];
        return Character.isLowerCase(before.charAt(0)) && !before.equals("of") && before.chars().allMatch(Character::isLetter);
    }

    /**
     * Whether the capitalised words that end {@code clause} follow "of the": a role held in a body ("president of the
     * US-based Eurasia Group"), the aside of a name before it, which a "who" after it refers to.
     */
    private static boolean endsOfTheName(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int k = beforeEndingName(words);
        return k >= 1 && words[k].equals("the") && words[k - 1].equals("of");
    }

    /** Whether the capitalised words that end {@code clause} follow a preposition that names whom words are addressed to. */
    private static boolean addressedByPreposition(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        int k = beforeEndingName(words);
        if (k < 1 || k == words.length - 1 || !ADDRESSEES.contains(words[k])) {
            return false;
        }
        // not whose words they are ("According to Reuters:", "attributed to Einstein:") nor whose people ("aides to Sen. Blunt:")
        String before = words[k - 1].toLowerCase(Locale.ROOT);
        return !SOURCE_BEFORE_TO.contains(before) && !Subjects.peopleNoun(before) && !Subjects.personNoun(before);
    }

    /** "implored to", "pleaded with", "turned toward": the name after them is spoken to. */
    private static final java.util.Set<String> ADDRESSEES = Lexicon.of("to", "with", "toward", "towards", "at", "against");
    private static final java.util.Set<String> SOURCE_BEFORE_TO = Lexicon.of("according", "attributed", "credited", "thanks",
            "due", "close", "closest", "next");

    /** Where the word before the capitalised words that end {@code words} is: -1 when all are capitalised. */
    private static int beforeEndingName(String[] words) {
        int k = words.length - 1;
        while (k >= 0 && !words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
            k--;
        }
        return k;
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
        if (SpeakerPhrase.SUBJECT_PRONOUNS.contains(lower)) {
            return Phrases.HE + Phrases.pronounGender(lower);
        }
        String first = Words.firstOnSpaces(lower);
        if (RELATIVE_DETERMINERS.contains(first) && rest.length() > first.length()) {
            return SpeakerPhrase.speaker(rest, false);
        }
        return !rest.isEmpty() && Character.isUpperCase(rest.charAt(0)) && rest.equals(Names.personAtEnd(rest)) ? rest : null;
    }

    /**
     * The subject of a "that" or "which" clause right before the verb, when it has one of its own: people named by what
     * they are ("a move that critics said", "an interview that experts called"), one described as a person ("which a
     * former employee described", "in which the agent wrote") or a name ("a plan that Pelosi called"); null otherwise.
     * (A body described, "which the party called", read more wrongly than rightly.)
     */
    private static String thatClauseSubject(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        String spaced = " " + lower; // the clause may open with its "which" ("CBS News, which a former employee described")
        int at = Math.max(spaced.lastIndexOf(" that "), spaced.lastIndexOf(" which ")); // where the word opens in lower
        if (at < 0) {
            return null;
        }
        String rest = clause.substring(lower.indexOf(' ', at) + 1).strip();
        if (rest.isEmpty()) {
            return null;
        }
        if (rest.indexOf(' ') < 0 && Character.isLowerCase(rest.charAt(0))) {
            if (SpeakerPhrase.SUBJECT_PRONOUNS.contains(rest)) {
                return Phrases.HE + Phrases.pronounGender(rest); // "a series of tweets in which he said they should “…”"
            }
            return Subjects.peopleNoun(rest) && !Phrases.VERB_WORDS.contains(rest) ? rest : null; // "critics", "officials"
        }
        String[] words = Words.splitOnSpaces(rest);
        String last = words[words.length - 1];
        if (words.length >= 2 && words.length <= 4 && RELATIVE_DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))
                && personWord(last)) {
            return rest; // "CBS News, which a former female employee described as a “…”": one described as a person is
        }
        return Character.isUpperCase(rest.charAt(0)) && rest.equals(Names.personAtEnd(rest)) ? rest : null;
    }

    /** Words that open a described subject: "who one longtime confidant said", "whom a spokesman called". */
    private static final java.util.Set<String> RELATIVE_DETERMINERS = Lexicon.of("one", "a", "an", "the", "his", "her",
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

    /** Whether {@code label} ends with "it" after a verb in lower case: its object ("opposed it"), no speaker. */
    private static boolean objectItAtEnd(String label) {
        String t = label.stripTrailing();
        if (!t.endsWith(" it") || t.length() < 5) {
            return false;
        }
        int w = t.length() - 3;
        int b = w;
        while (b > 0 && Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        String word = t.substring(b, w);
        // (not "puts it", which its own readings take, nor a place's "from it", "on it": "Here's a bit from it:", "printed on it:")
        return b < w && Character.isLowerCase(t.charAt(b)) && !Phrases.auxiliaryOrAdverb(word) && !NOT_OBJECT_IT.contains(word);
    }

    private static final Set<String> NOT_OBJECT_IT = Lexicon.of("put", "puts", "putting", "from", "on", "in", "at", "of", "about",
            "with", "by");

    /**
     * The subject of a clause that "and" or a semicolon joins after the last quotation among {@code words}, before the verb
     * ("“…,” and an aide added", "“…”; Jones called it"), or null: no quotation, no "and" or semicolon right after it, or no
     * subject of its own ("“…” and added": the sentence's).
     */
    private static String subjectJoinedAfterLastQuotation(String words) {
        int closing = Math.max(words.lastIndexOf('\u201D'), words.lastIndexOf('"'));
        if (closing < 0) {
            return null;
        }
        int i = closing + 1;
        boolean semicolon = false;
        while (i < words.length() && (Character.isWhitespace(words.charAt(i)) || words.charAt(i) == ',' || words.charAt(i) == ';')) {
            semicolon |= words.charAt(i) == ';';
            i++;
        }
        boolean and = words.startsWith("and ", i);
        if (!and && !semicolon) {
            return null;
        }
        String rest = Phrases.stripAuxiliaries(words.substring(and ? i + 4 : i).strip());
        if (rest.isEmpty() || rest.indexOf(',') >= 0 || !and && (rest.contains(" who ") || rest.endsWith(" who"))) {
            return null; // (a list's next description: "…, who invested in “Seinfeld”; a former banker who has called himself")
        }
        String first = Words.firstOnSpaces(rest);
        if (!Character.isUpperCase(first.charAt(0)) && !RELATIVE_DETERMINERS.contains(first)) {
            return null; // "“…” and then added": no subject
        }
        return SpeakerPhrase.speaker(rest, false);
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
        return named != null ? named : SpeakerPhrase.speaker(rest, true);
    }

    /**
     * Whether {@code before} (the words before a verb) is a name and then only asides: "Deb Calhoun, senior vice
     * president of the Waterways Council," is the subject of "called Paducah “…”", not a quotation's inverted verb.
     */
    private static boolean nameWithAsides(String before) {
        List<String> parts = Phrases.clauses(before);
        int last = parts.size() - 1;
        while (last >= 0 && parts.get(last).isBlank()) {
            last--;
        }
        if (last < 1) {
            return false;
        }
        String first = withoutOpeningConjunction(parts.get(0).strip());
        String[] words = Words.splitOnSpaces(first);
        boolean onlyName = words.length > 0 && Phrases.allCapitalised(words);
        String lone = first.toLowerCase(Locale.ROOT);
        if (words.length == 1 && (lone.endsWith("ly") || COMMA_OPENERS.contains(lone) || Subjects.OPENERS.contains(lone)
                || Subjects.COMMA_ADVERBS.contains(lone) || Phrases.SENTENCE_ADVERBS.contains(lone) || Phrases.ADVERBS.contains(lone))) {
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
    private static final java.util.Set<String> COMMA_OPENERS = Lexicon.of("true", "yes", "no", "well", "sure", "maybe");

    /**
     * Whether a capitalised name right after this speech verb is its speaker ("…, says David Palmiter"). Not after
     * "told": "…, Scalise, told Fox News" names whom he told.
     */
    static boolean invertsSubject(String verb) {
        // a participle takes its object after it: "…, calling Brzezinski “crazy”" names whom he called so
        return Phrases.isVerb(verb) && !Titles.TELLING.contains(verb.toLowerCase(Locale.ROOT)) && !verb.endsWith("ing");
    }

    /** Whether a clause before clause {@code i} (not itself an aside) ends in a name: the subject the asides describe. */
    private static boolean namedBefore(String[] clauses, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String c = clauses[j].strip();
            if (titledNameAfterModifiers(c)) {
                return true; // "former Florida Gov. Jeb Bush, a Catholic convert, said"
            }
            if (!c.isEmpty() && !isAppositive(c) && !isAge(c)) { // "Meehan, 56, a retired entrepreneur, said": past the age
                return !isLeadingPhrase(c) && Names.namesPersonOrBody(c);
            }
        }
        return false;
    }

    /** Lower-case words that may stand before a title and a name: "former Florida Gov.", "but Air Force Brig. Gen.". */
    private static final Set<String> BEFORE_TITLED_NAME = Lexicon.of("former", "but", "although", "though", "while", "then",
            "retired", "acting", "late", "outgoing", "incoming", "longtime", "veteran", "the", "now");

    /** A party and state, then who the person is: "Vermont independent who is challenging …", "Florida Democrat who’s a …". */
    private static boolean partyAndStateWho(String clause) {
        int who = clause.indexOf(" who");
        return who > 0 && Names.isPartyAndState(clause.substring(0, who).replace(" independent", " Independent"));
    }

    /** Conjunctions that open a clause whose subject a titled name is: "but Sen. Ben Sasse", "although Rep. John Yarmuth". */
    private static final Set<String> CLAUSE_OPENERS = Lexicon.of("but", "although", "though", "while");

    /**
     * Whether a clause in lower case is a person's name of two words or more with a title and such words before it
     * ("former Florida Gov. Jeb Bush", "but Air Force Brig. Gen. Ed Thomas"): it names whom an aside after it describes.
     */
    private static boolean titledNameAfterModifiers(String c) {
        if (c.isEmpty() || !Character.isLowerCase(c.charAt(0))) {
            return false;
        }
        int space = c.indexOf(' ');
        if (space < 0 || !BEFORE_TITLED_NAME.contains(c.substring(0, space))) {
            return false; // the first word asked before the name is looked for: "a bartender in …" stops here
        }
        String name = Names.personAtEnd(c);
        if (name == null || name.indexOf(' ') < 0 || !c.endsWith(name)) {
            return false;
        }
        String[] w = Words.splitOnSpaces(c.substring(0, c.length() - name.length()).strip());
        boolean titled = false;
        for (String word : w) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isLowerCase(word.charAt(0))) {
                if (!BEFORE_TITLED_NAME.contains(word)) {
                    return false; // "a bartender in Richardson", "an attorney representing Wanda Cooper"
                }
            } else {
                titled = true;
            }
        }
        return titled;
    }

    /**
     * Verbs of speech after which an adverb between an aside's comma and the verb is skipped ("…, aptly said", "…,
     * recently wrote"); not verbs that name ("…, grandiosely branded Race to the Top, is …", "…, commonly referred to as
     * the “…” law") nor ones that take whom they address ("…, loudly ask Nicole").
     */
    private static final WordSet ADVERB_SKIPPING_VERBS = new WordSet(Lexicon.of("said", "says", "wrote", "writes", "told", "tells",
            "noted", "notes", "proclaimed", "recalled", "recalls", "observed", "remarked", "added", "declared", "stated",
            "explained", "argued", "warned", "put", "concluded", "acknowledged", "admitted", "insisted"));

    /** {@code before} without an adverb in "-ly" that stands alone after its last comma: "…, aptly" -> "…, ". */
    static String withoutAdverbAfterComma(String before) {
        int adverb = adverbAfterComma(before, before.length());
        return adverb < 0 ? before : before.substring(0, adverb);
    }

    /** Where an adverb in "-ly" standing alone after a comma and before {@code end} (spaces aside) starts, or -1. */
    private static int adverbAfterComma(String text, int end) {
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLowerCase(text.charAt(start - 1))) {
            start--;
        }
        if (end - start < 4 || !text.startsWith("ly", end - 2)) {
            return -1;
        }
        int comma = start;
        while (comma > 0 && text.charAt(comma - 1) == ' ') {
            comma--;
        }
        return comma > 0 && text.charAt(comma - 1) == ',' && comma < start ? start : -1;
    }

    /** Where the run of letters from {@code from} ends. */
    private static int letterRunEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** "stressed her support of the raid": a clause that opens with a verb has its subject further back. */
    private static boolean startsWithPredicate(String clause) {
        String first = Words.firstOnSpaces(clause);
        if (first.isEmpty() || !Character.isLowerCase(first.charAt(0))) {
            return false;
        }
        String w = first.toLowerCase(Locale.ROOT);
        return Phrases.isVerb(w) || w.endsWith("ed") && w.length() > 4;
    }

    /** Before a speech verb, these make it passive ("was told", "has been called"). */
    private static final java.util.Set<String> PASSIVE_AUXILIARIES = Lexicon.of("been", "being", "was", "were", "is",
            "are", "be", "get", "got", "gets");

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
        if (k == 0 || k == w.length || !Phrases.allCapitalised(java.util.Arrays.copyOfRange(w, k, w.length))) {
            return false;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
        return name.equals(Names.personAtEnd(name)) && name.indexOf(' ') > 0;
    }

    /** Words that make what follows an owner's name an aside about it: "ambassador to …", "leader of …". */
    private static final java.util.Set<String> OWNER_ASIDE_WORDS = Lexicon.of("to", "of", "for", "in", "at", "on",
            "with", "from", "and", "by", "the", "a", "an", "who", "which", "that");

    /**
     * "a doctor", "director of the Institute of Politics", "one of the president's aides", "noting that …":
     * an appositive or aside between a name and its verb, not the subject.
     */
    static boolean isAppositive(String clause) {
        String c = clause.strip();
        if (c.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(c.charAt(0)) || Names.isPartyAndState(c) || Names.isStateAbbreviation(c)) {
            return true; // "a doctor", "D-Calif.", "… from Chesapeake, Va.,"
        }
        int and = c.indexOf(" and ");
        if (and > 0 && and + 5 < c.length() && Character.isLowerCase(c.charAt(and + 5)) && Names.isPartyAndState(c.substring(0, and))) {
            return true; // "Minnesota Republican and chairman of the House Education and Workforce Committee"
        }
        int sp = c.indexOf(' ');
        if (sp > 0 && (c.substring(0, sp).endsWith("'s") || c.substring(0, sp).endsWith("\u2019s")) && sp + 1 < c.length()
                && Character.isLowerCase(c.charAt(sp + 1)) && !ownersRoleThenName(c.substring(sp + 1))) {
            return true; // "Pyongyang's only ally and its economic lifeline"; not "Italy's parliamentarian Ilona Staller"
        }
        if (ownersRole(c)) {
            return true; // "James Woolsey, Bill Clinton’s CIA chief, told": the owner's name is no subject
        }
        if (titleOfBody(c) || capitalsThenTitleOfBody(c)) {
            return true; // "Colin Woodall, CEO of the National Cattlemen’s Beef Association, says"
        }
        // "a doctor", "the foreign minister of France" are asides; "the journalist Olivia Messer" names its subject
        return articleStart(c) && (SpeakerPhrase.DESCRIBED.matcher(c).lookingAt() || !Names.namesPersonOrBody(c));
    }

    /**
     * "TV columnist for Time", "NPR correspondent at the White House": a few capitalised words, a lower-case role noun and
     * the body it is held in; no one named after the link (not "… for Senator Ted Cruz").
     */
    private static boolean capitalsThenTitleOfBody(String c) {
        String[] w = Words.splitOnSpaces(c);
        int k = 0;
        while (k < w.length && k < 3 && !w[k].isEmpty() && Character.isUpperCase(w[k].charAt(0))) {
            k++;
        }
        if (k == 0 || k + 2 >= w.length || w[k].isEmpty() || !Character.isLowerCase(w[k].charAt(0))
                || !SpeakerPhrase.roleNoun(w[k]) || !TITLE_LINKS.contains(w[k + 1])) {
            return false;
        }
        String held = String.join(" ", java.util.Arrays.copyOfRange(w, k + 2, w.length));
        String name = Names.personAtEnd(held);
        return name == null || name.indexOf(' ') < 0 && name.equals(held);
    }

    /**
     * A title of up to five words ending in a role noun, then the body or place it is held in: "Deputy Chief Medical
     * Officer for England", "Lord Mayor of Copenhagen", "South Asia expert at the Heritage Foundation", "U.S. Attorney for
     * the District of Oregon". No first name before the link: "Jon Tester of Montana" names a person.
     */
    private static boolean titleHeldIn(String c) {
        String[] w = Words.splitOnSpaces(c, 7);
        for (int k = 1; k < w.length - 1 && k <= 5; k++) {
            if (HELD_LINKS.contains(w[k])) {
                if (!SpeakerPhrase.roleNoun(w[k - 1])) {
                    return false;
                }
                for (int i = 0; i < k; i++) {
                    if (w[i].isEmpty() || !Character.isLetter(w[i].charAt(0)) || FirstNames.genderOfFirstName(w[i]) != '?') {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Words that join a title to where it is held: "Officer for England", "ambassador to Russia", "colleague from Louisiana". */
    private static final Set<String> HELD_LINKS = Lexicon.of("of", "at", "for", "to", "from", "in");

    /** Words that join a title to the body it is held in: "CEO of", "professor at", "director for". */
    private static final Set<String> TITLE_LINKS = Lexicon.of("of", "at", "for");

    /** A parliament's members by the seat they hold: "David Cameron, MP for Witney, added". */
    private static final Set<String> MEMBER_TITLES = Lexicon.of("MP", "MSP", "MEP", "MLA", "AM", "TD");

    /** Whether a clause is a capitalised title held in a body, naming no person: "CEO of the National Beef Association". */
    private static boolean titleOfBody(String c) {
        String[] w = Words.splitOnSpaces(c, 3);
        if (w.length != 3 || !Character.isUpperCase(w[0].charAt(0)) || !TITLE_LINKS.contains(w[1])
                || !Names.ROLE_WORD_SET.contains(w[0]) && !(MEMBER_TITLES.contains(w[0]) && "for".equals(w[1]))) {
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
        if (last.isEmpty() || !SpeakerPhrase.roleNoun(last)) {
            return false;
        }
        if (!Character.isLowerCase(last.charAt(0))) {
            // "Shadow’s CEO": an owner's, then a role in capitals
            return words.length == 2 && Phrases.capitalsOnly(last) && Phrases.isPossessive(words[0]);
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
     * The first of three or more people the subject lists ("Dube, T. William Lester, and Michael Reich", "John Smith,
     * Bill Jones and Jane Doe"): the news credits words several people wrote or said to the first, as for two ("Cummings
     * and Conyers"). Null unless every item is a capitalised name and the list opens the sentence or follows a leading
     * phrase ("Starting in a 2010 paper, …").
     */
    static String firstOfListedNames(String[] clauses) {
        int n = clauses.length;
        if (n < 2) {
            return null;
        }
        String last = clauses[n - 1].strip();
        int and = last.startsWith("and ") ? 0 : last.indexOf(" and ");
        if (and < 0 || !namesOnly(last.substring(and == 0 ? 4 : and + 5)) || and > 0 && !namesOnly(last.substring(0, and))) {
            return null;
        }
        int start = n - 1;
        while (start > 0 && namesOnly(clauses[start - 1].strip())) {
            start--;
        }
        if (start == n - 1 || start > 0 && !isLeadingPhrase(clauses[start - 1])) {
            return null;
        }
        return Names.personAtEnd(clauses[start].strip());
    }

    /**
     * The first of people listed with their party and state between semicolons ("Sens. Rand Paul, R-Ky.; Ted Cruz,
     * R-Texas; and Mike Lee, R-Utah, said"), where the list opens the sentence or follows a leading phrase; else null.
     */
    static String firstOfSemicolonList(String before) {
        if (before.indexOf("; and ") < 0) {
            return null;
        }
        String[] items = before.split(";");
        String first = null;
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            if (i == items.length - 1) {
                if (!item.startsWith("and ")) {
                    return null;
                }
                item = item.substring(4);
            }
            String[] parts = item.split(",");
            // the item's name and its party and state: the last two parts, or the first two of the last item, whose
            // verb follows
            int name = i == items.length - 1 ? 0 : parts.length - 2;
            if (name < 0 || name + 1 >= parts.length || !namesOnly(parts[name].strip())
                    || !Names.isPartyAndState(parts[name + 1].strip())) {
                return null;
            }
            if (i == 0) {
                if (name > 1 || name == 1 && !isLeadingPhrase(parts[0])) {
                    return null; // not a list that opens the sentence: "… told Sen. Rand Paul, R-Ky.; …"
                }
                first = Names.personAtEnd(parts[name].strip());
            }
        }
        return first;
    }

    /** Whether the words are a person's name and nothing else: capitalised, with a name at their end. */
    private static boolean namesOnly(String words) {
        return !words.isEmpty() && Phrases.allCapitalised(Words.splitOnSpaces(words)) && Names.personAtEnd(words) != null;
    }

    /**
     * "In Texas", "During the debate", "Looking at Washington": a leading phrase, whose capitalised words name no
     * speaker. A gerund opens one when a lower-case word follows it ("Irving Kristol" is a name).
     */
    private static boolean isLeadingPhrase(String clause) {
        String c = clause.strip();
        int sp = c.indexOf(' ');
        if (sp < 0) {
            // "Essentially, the authors called for …", "Further, the economists argue that …"
            return SENTENCE_ADVERBS.contains(c) || CONNECTIVES.contains(c.toLowerCase(Locale.ROOT));
        }
        if (sp == 0) {
            return false;
        }
        String first = c.substring(0, sp);
        return Subjects.LEADERS.contains(first.toLowerCase(Locale.ROOT)) || sp >= 5 && first.endsWith("ing") && first.indexOf('-') < 0
                && Character.isUpperCase(first.charAt(0)) && sp + 1 < c.length() && Character.isLowerCase(c.charAt(sp + 1));
    }

    /** Adverbs that open a sentence before a comma, capitalised there: no name, though a lone capitalised word. */
    private static final Set<String> SENTENCE_ADVERBS = Lexicon.of("Essentially", "Recently", "Similarly", "Crucially",
            "Accordingly", "Clearly", "Conversely", "Finally", "Naturally", "Fortunately", "Unfortunately", "Evidently",
            "Equally", "Specifically", "Ultimately", "Seemingly", "Interestingly", "Importantly", "Notably", "Ironically",
            "Obviously", "Apparently", "Additionally", "Initially", "Previously", "Subsequently", "Eventually", "Originally",
            "Currently", "Presumably", "Reportedly", "Allegedly", "Supposedly", "Frankly", "Honestly", "Generally",
            "Typically", "Usually", "Traditionally", "Historically", "Technically", "Officially", "Publicly", "Privately",
            "Separately", "Lastly", "Hopefully", "Sadly", "Luckily", "Strangely", "Surprisingly", "Predictably",
            "Unsurprisingly", "Inevitably", "Arguably", "Certainly", "Undoubtedly", "Admittedly", "Consequently",
            "Incidentally", "Alternatively", "Increasingly", "Basically", "Critically", "Remarkably", "Tellingly", "Oddly",
            "Curiously", "Alas");

    /** Words that join a sentence to the one before it, and open it before a comma: "Further, the economists argue …". */
    private static final Set<String> CONNECTIVES = Lexicon.of("further", "furthermore", "moreover", "indeed", "instead", "thus",
            "hence", "besides", "still", "again", "also", "otherwise", "regardless", "anyway", "overall", "however",
            "meanwhile", "nonetheless", "nevertheless", "therefore", "likewise", "yet", "then", "now");

    private static final Pattern STATE_ABBREVIATION = Pattern.compile("\\p{Lu}[a-z]{0,3}\\.");

    /** Whether {@link #STATE_ABBREVIATION} matches all of {@code s}; no matcher for what is too long or ends otherwise. */
    private static boolean stateAbbreviation(String s) {
        return s.length() >= 2 && s.length() <= 5 && s.charAt(s.length() - 1) == '.' && STATE_ABBREVIATION.matcher(s).matches();
    }

    /** Whether {@link #ARTICLE_START} matches at the start of {@code s}; no matcher unless it opens with an a or a t. */
    static boolean articleStart(String s) {
        return !s.isEmpty() && "aAtT".indexOf(s.charAt(0)) >= 0 && ARTICLE_START.matcher(s).lookingAt();
    }

    private static final Pattern FOR_SUBJECT = Pattern.compile("\\bfor\\s+((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})to\\s*$");

    /** Verbs that make someone do what the infinitive after them says: "prompted Trump to call him", "led Shapiro to ask". */
    private static final Set<String> CAUSATIVES = Lexicon.of("prompt", "prompts", "prompted", "prompting", "led", "leads",
            "leading", "caused", "causes", "causing", "allowed", "allows", "allowing", "spurred", "spurring", "inspired",
            "inspiring");

    /**
     * The name a causative verb takes right before "to" and the verb of speech ({@code before} ends with "to"): "prompting
     * Trump to", "led NPR's Ari Shapiro to", "prompt the Heritage Foundation to". Whoever is asked or urged to speak is
     * not so read ("Lynch urged Comey to call it a “…”": the words are the one who urged them). Null otherwise.
     */
    private static String causedToSpeak(String before) {
        String[] w = Words.splitOnSpaces(before.strip());
        int last = w.length - 1;
        if (last < 2 || !w[last].equals("to")) {
            return null;
        }
        int k = last - 1;
        while (k >= 0 && last - k <= 5 && !w[k].isEmpty() && Character.isUpperCase(w[k].charAt(0))) {
            k--; // back over the name: "NPR's Ari Shapiro", "Mrs May"
        }
        if (k >= 0 && k < last - 1 && w[k].equals("the")) {
            k--; // "prompt the Heritage Foundation to"
        } else if (k == last - 1) {
            // someone described: "prompting the president to", "which prompts the CNN journalist to"
            int d = last - 1;
            while (d > 0 && last - d <= 4 && !Phrases.ARTICLES_AND_OWNERS.contains(w[d]) && !CAUSATIVES.contains(w[d])
                    && !w[d].isEmpty() && Character.isLetter(w[d].charAt(0))) {
                d--;
            }
            if (d > 0 && d < last - 1 && Phrases.ARTICLES_AND_OWNERS.contains(w[d])) {
                k = d - 1;
            }
        }
        if (k < 0 || k == last - 1 || !CAUSATIVES.contains(w[k])) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(w, k + 1, last));
        String who = SpeakerPhrase.speaker(name, false);
        return who != null && !who.isEmpty() && !Phrases.isPronoun(who) ? who : null;
    }

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

    /** The label after an adverb set off by its comma that opens it ("Moreover, in Carlson’s words" → "in Carlson’s words"), or null. */
    private static String afterOpeningAdverb(String written) {
        String label = written.strip();
        int comma = label.indexOf(',');
        if (comma <= 0 || label.lastIndexOf(' ', comma) >= 0) {
            return null; // no comma, or more than one word before it
        }
        String first = label.substring(0, comma).toLowerCase(Locale.ROOT);
        return Subjects.isCommaAdverb(first) || Subjects.OPENERS.contains(first) ? label.substring(comma + 1).strip() : null;
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
        if (first.equals("And") || first.equals("But")) {
            return clause.substring(space + 1).strip();
        }
        String lower = first.toLowerCase(Locale.ROOT);
        // the sentence adverbs, here without their comma, and adverbs of time ("Recently Mark Bertolini, CEO of …, said":
        // when, then who)
        boolean adverb = SENTENCE_ADVERBS.contains(first) || Phrases.SENTENCE_ADVERBS.contains(lower) || TIME_ADVERBS.contains(lower)
                || lower.equals("also") || lower.equals("still");
        return adverb && space + 1 < clause.length() && Character.isUpperCase(clause.charAt(space + 1))
                ? clause.substring(space + 1).strip() : clause;
    }
}
