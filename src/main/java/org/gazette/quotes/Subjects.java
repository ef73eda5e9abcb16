package org.gazette.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammatical subjects of an article's sentences, outside quotes, in text order: who each sentence is
 * about. A pronoun ("he added") refers to the nearest earlier subject it fits, as readers resolve it — not to
 * whatever name came last ("… the voice of Mr. Tribe's client, Peabody Energy. “…,” he said" is Mr. Obama, the
 * sentence's subject). Found without a tagger: the first noun phrase of the sentence, after an opening
 * conjunction or a leading phrase ("In Moscow, …"). One pass over the text.
 */
final class Subjects {
    enum Kind { PERSON, PRONOUN, OTHER }

    /**
     * A sentence subject: where it is, what kind, the person (full name) when it is one, pronoun gender; whether
     * the person is the first of several ("Kirby and Munoz praised …"), whom a later "they" names as the reports do;
     * and whether a speech verb names the person after the sentence's subject ("…, said Friedman.").
     */
    record Subject(int pos, Kind kind, String person, char gender, boolean firstOfSeveral, boolean speaks) {
        Subject(int pos, Kind kind, String person, char gender, boolean firstOfSeveral) {
            this(pos, kind, person, gender, firstOfSeveral, false);
        }

        Subject(int pos, Kind kind, String person, char gender) {
            this(pos, kind, person, gender, false, false);
        }

        Subject speaking() {
            return new Subject(pos, kind, person, gender, firstOfSeveral, true);
        }
    }

    private static final WordSet VERBS = new WordSet(Phrases.VERB_WORDS);
    /** Words that open a sentence before its subject ("But Trump said", "Meanwhile, the aide …"). */
    static final Set<String> OPENERS = Lexicon.of("but", "and", "yet", "so", "still", "however", "meanwhile",
            "now", "then", "also", "instead", "indeed", "later", "earlier", "today", "yesterday", "separately", "even",
            "afterward", "afterwards", "thereafter");
    /** Words that open a leading phrase: the subject comes after its comma. */
    static final Set<String> LEADERS = Lexicon.of("in", "on", "at", "after", "before", "during", "when", "while",
            "although", "though", "as", "since", "because", "if", "unlike", "like", "despite", "with", "without", "for",
            "from", "over", "under", "speaking", "asked", "responding", "last", "this", "that", "by", "until", "once",
            "according", "to", "following", "of", "amid", "between", "among", "outside", "inside", "across", "behind", "near", "throughout", "within", "in.", "upon", "writing");
    private static final WordSet OPENER_SET = new WordSet(OPENERS);
    /**
     * Adverbs that open a sentence before a comma, then its subject: "First, President Obama made a statement …",
     * "Finally, the aide …". Only with the comma: "First Lady Melania Trump said" opens with a name. (A one-word opening
     * before a comma that is one of these is no surname with an aside either: {@link CueBefore}'s name rules.)
     */
    static final Set<String> COMMA_ADVERBS = Lexicon.of("first", "second", "third", "fourth", "finally", "lastly", "additionally",
            "moreover", "furthermore", "similarly", "likewise", "again", "next", "ultimately", "notably", "importantly",
            "specifically", "initially", "afterward", "afterwards", "subsequently", "nonetheless", "nevertheless",
            "regardless", "accordingly", "consequently", "thus", "hence", "otherwise", "besides", "alternatively",
            "interestingly", "ironically", "surprisingly", "unsurprisingly", "predictably", "fortunately", "unfortunately",
            "clearly", "obviously", "apparently", "privately", "publicly", "personally", "politically", "recently",
            "previously", "historically", "traditionally", "typically", "generally", "overall", "plus", "anyway", "further",
            "though", "here", "there", "soon");
    private static final WordSet COMMA_ADVERB_SET = new WordSet(COMMA_ADVERBS);

    /** Whether {@code lower} is an adverb that opens a sentence before a comma: one of those, or an "-ly" adverb. */
    static boolean isCommaAdverb(String lower) {
        return COMMA_ADVERBS.contains(lower) || LyAdverbs.is(lower);
    }

    /**
     * Whether the word {@code text[start, end)} opens the sentence as an opener, or as an adverb set off by a comma before
     * a capitalised word, an article or a role and a name ("Finally, the aide"; "Recently, venture capitalist Mike Dodd").
     */
    private static boolean opener(String text, int start, int end) {
        return opener(text, start, end, true);
    }

    /** As {@link #opener(String, int, int)}; {@code another}: an adverb may follow this one (once: bounded on any text). */
    private static boolean opener(String text, int start, int end, boolean another) {
        if (OPENER_SET.contains(text, start, end)) {
            return true;
        }
        boolean lyAdverb = LyAdverbs.is(text, start, end);
        if (lyAdverb && end + 1 < text.length() && text.charAt(end) == ' ') {
            // "Shortly after the vote,", "Shortly afterwards,", "Immediately after": the time phrase's own words follow
            int nextEnd = end + 1;
            while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
                nextEnd++;
            }
            return TIME_AFTER_ADVERB.contains(text, end + 1, nextEnd);
        }
        if (end + 2 >= text.length() || text.charAt(end) != ',' || text.charAt(end + 1) != ' '
                || !lyAdverb && !COMMA_ADVERB_SET.contains(text, start, end)) {
            return false;
        }
        char next = text.charAt(end + 2);
        int nextEnd = end + 2;
        while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
            nextEnd++;
        }
        return Character.isUpperCase(next) || text.startsWith("the ", end + 2) || text.startsWith("a ", end + 2)
                || text.startsWith("an ", end + 2) || roleThenName(text, end + 2, text.length())
                || another && nextEnd > end + 2 && opener(text, end + 2, nextEnd, false); // "Here, though, Trump …"
    }
    /** The words of time an adverb opens before the subject: "Shortly after", "Soon afterwards", "Only later". */
    private static final WordSet TIME_AFTER_ADVERB = new WordSet(Lexicon.of("after", "before", "afterwards", "afterward",
            "thereafter", "later"));
    private static final WordSet LEADER_SET = new WordSet(LEADERS);
    /** The words that open a relative clause on a leading phrase, which runs on to its own comma. */
    private static final WordSet RELATIVE_SET = new WordSet(Lexicon.of("where", "which", "who", "whose", "whom"));
    /** The leading words of a phrase that sets where the sentence happens: "In Washington,", "Outside Iowa,". */
    private static final WordSet PLACE_LEADER_SET = new WordSet(Lexicon.of("in", "at", "outside", "inside", "across", "near",
            "throughout", "within"));
    /** Words that open a described subject by how many: "One kid said", "Several residents told". */
    private static final Set<String> QUANTIFIERS = Lexicon.of("one", "another", "two", "three", "several", "some", "many");
    private static final Set<String> TITLES_M = Lexicon.of("mr.", "mr");
    private static final Set<String> TITLES_F = Lexicon.of("mrs.", "ms.", "mrs", "ms", "miss");

    /**
     * The person the article gives the office a sentence's subject names alone ("The president declined …", "The
     * senator, who …"; not "the president of the company", "the president's"), or null.
     */
    private static String officeHolder(String masked, int start, int to, java.util.function.Function<String, String> officeHolders) {
        Words w = new Words(masked, start, Math.min(to, start + 60));
        if (!w.next() || w.end() - w.start() != 3 || !masked.regionMatches(true, w.start(), "the", 0, 3) || !w.next()) {
            return null;
        }
        int first = w.start();
        String office = null;
        int officeEnd = -1;
        for (int words = 1; words <= 2; words++) {
            String candidate = masked.substring(first, w.end()).toLowerCase(Locale.ROOT);
            if (TitleReferents.isOffice(candidate)) {
                office = candidate;
                officeEnd = w.end();
            }
            if (words == 2 || !w.next()) {
                break;
            }
        }
        if (office == null || officeEnd >= masked.length() || masked.charAt(officeEnd) != ' ' && masked.charAt(officeEnd) != ',') {
            return null; // "the president's", or the office at the sentence's end
        }
        Words after = new Words(masked, officeEnd, Math.min(to, officeEnd + 30));
        if (masked.charAt(officeEnd) == ' ' && (!after.next() || !Character.isLowerCase(masked.charAt(after.start()))
                || after.end() - after.start() == 2 && masked.startsWith("of", after.start()))) {
            return null; // "the president of the company", "The President Barack Obama"
        }
        String holder = officeHolders.apply(office);
        return holder.isEmpty() ? null : holder;
    }

    /**
     * Whether the word {@code text[start, end)} is a participle that opens a phrase before the sentence's subject
     * ("Turning to foreign policy, Trump denounced …", "Citing Ben Carson's account, Trump said"): one that ends in "-ing",
     * is no first name and opens no title, with no speech verb after it ("Golding said" opens with a name).
     */
    static boolean opensWithParticiple(String text, int start, int end) {
        if (!Names.participle(text, start, end) || end + 1 >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        String next = Phrases.letterRun(text, end + 1, Math.min(text.length(), end + 20));
        // not a title's modifier: "Acting Director Joseph Maguire", "Incoming Press Secretary Sean Spicer"
        return !next.isEmpty() && !Phrases.isVerb(next)
                && (Character.isLowerCase(next.charAt(0)) || !TITLE_MODIFIERS.contains(text, start, end));
    }

    /**
     * Whether the word {@code text[start, end)} is the last name of someone the article names in full: "Balding pointed
     * out that …" after "Christopher Balding" opens with the man, not with a participle.
     */
    private static boolean namedInFull(String text, int start, int end, ArticlePeople people) {
        String person = people.byLastName(text, start, end);
        return person != null && person.indexOf(' ') > 0;
    }

    /**
     * Words in "-ing" that open a title or a name rather than a phrase: "Acting Director", "Ranking Member", "Outgoing
     * Speaker", "Rolling Stone", "Morning Consult", "Beijing".
     */
    private static final WordSet TITLE_MODIFIERS = new WordSet(Lexicon.of("acting", "incoming", "outgoing", "ranking", "managing",
            "presiding", "visiting", "founding", "leading", "governing", "ruling", "standing", "sitting", "serving", "retiring",
            "consulting", "supervising", "commanding", "reigning", "opposing", "competing", "contributing", "polling", "evening",
            "morning", "rolling", "sporting", "working", "housing", "voting", "talking", "boeing", "wyoming", "beijing"));

    /**
     * Words that open a phrase comparing the subject with someone ("Like Cruz, Jindal used his speech …"): the person
     * compared does nothing in the sentence, and a "he" after it is the subject's.
     */
    private static final WordSet LIKENESS = new WordSet(Lexicon.of("like", "unlike"));

    /** Whether the word {@code text[start, end)} is "of": it opens a phrase naming what the sentence is about ("Of Obama, he said"). */
    private static boolean isOf(String text, int start, int end) {
        return end - start == 2 && text.regionMatches(true, start, "of", 0, 2);
    }

    /** Whether the word {@code text[start, end)} is the "of" of "of course", which leads no phrase. */
    private static boolean ofCourse(String text, int start, int end) {
        return isOf(text, start, end) && text.regionMatches(true, end, " course", 0, 7)
                && (end + 7 == text.length() || !Character.isLetter(text.charAt(end + 7)));
    }

    /** Where each sentence starts and ends (outside-quote text between stops), in text order. */
    private final Spans sentences = new Spans(64);
    /** Each sentence's subjects in text order, found when first asked for (null: not yet). */
    private final List<Subject>[] found;
    private final Tokens tokens;
    private final ArticlePeople people;
    private final Genders genders;
    /** The one person the article gives an office ("" for none). */
    private final java.util.function.Function<String, String> officeHolders;
    /** Speakers of the quotations attributed so far, in text order (kept apart: appending stays linear). */
    private final List<Subject> quoteSpeakers = new ArrayList<>();

    /**
     * Finds the sentences; their subjects are worked out when a pronoun looks back over them (a few sentences
     * each), except in the sentences that tell the article's pronouns for its people ("Mr.", "He said"), which
     * are read now, so that every person's gender is known before the first pronoun is resolved.
     */
    @SuppressWarnings("unchecked")
    Subjects(Tokens tokens, ArticlePeople people, Genders genders) {
        this(tokens, people, genders, office -> "");
    }

    /**
     * As {@link #Subjects(Tokens, ArticlePeople, Genders)}, with the one person the article gives each office ("the
     * president": "Barack Obama"; "" for none), asked of a sentence whose subject is the office alone.
     */
    Subjects(Tokens tokens, ArticlePeople people, Genders genders, java.util.function.Function<String, String> officeHolders) {
        this.tokens = tokens;
        this.people = people;
        this.genders = genders;
        this.officeHolders = officeHolders;
        char[] c = tokens.chars; // every character looked at: an array, without String's per-char checks
        int n = c.length;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || c[i] == '\n'
                    || (isStop(c[i]) && i + 1 < n && (Character.isWhitespace(c[i + 1]) || c[i + 1] == '"' || c[i + 1] == '\u201D')
                        && !(c[i] == '.' && abbreviation(c, i)))
                    || c[i] == '.' && Phrases.runTogether(tokens.text, i) // "… law enforcement.And Obama, said …"
                    // a sentence in parentheses: "(Justice Brett Kavanaugh did not participate.) Writing in dissent, …"
                    || c[i] == ')' && i > 0 && isStop(c[i - 1]) && i + 1 < n && Character.isWhitespace(c[i + 1])
                        && sentenceInParentheses(c, start, i)
                    || i - start >= MAX_SENTENCE_CHARS && c[i] == ' ';
            if (end) {
                if (i > start) {
                    sentences.add(start, i);
                }
                start = i + 1;
            }
        }
        found = new List[sentences.size()];
        // a title ("Mr. Obama said") votes as its sentence is read; a pronoun subject votes for the person the
        // subject before it is: "Obama … . He said" votes 'm' for Obama
        Words w = tokens.words();
        int si = 0;
        while (w.next()) {
            int end = w.end();
            while (end > w.start() && c[end - 1] == '.') {
                end--;
            }
            if (!GENDER_TELLING.contains(tokens.text, w.start(), end)) {
                continue;
            }
            while (si < sentences.size() && sentences.end(si) <= w.start()) {
                si++;
            }
            if (si == sentences.size()) {
                break;
            }
            if (sentences.start(si) <= w.start() && found[si] == null) {
                voteFrom(si);
            }
        }
    }

    /** Whether the sentence's subject, the last found, is the writer ("I", "We") reaching someone: "I spoke with". */
    private static boolean writerSubject(String masked, List<Subject> found) {
        if (found.isEmpty() || found.get(found.size() - 1).kind() != Kind.PRONOUN) {
            return false;
        }
        int pos = found.get(found.size() - 1).pos();
        int end = pos;
        while (end < masked.length() && Character.isLetter(masked.charAt(end))) {
            end++;
        }
        String word = masked.substring(pos, end);
        if (!word.equals("I") && !word.equals("We") && !word.equals("we")) {
            return false;
        }
        int verbEnd = end + 1;
        while (verbEnd < masked.length() && Character.isLetter(masked.charAt(verbEnd))) {
            verbEnd++;
        }
        return end + 1 < verbEnd && CONTACT_VERBS.contains(masked.substring(end + 1, verbEnd));
    }

    /** What a writer does to hear from someone: "I spoke with …", "We reached out to …", "I ran it by …". */
    private static final Set<String> CONTACT_VERBS = Lexicon.of("spoke", "talked", "asked", "reached", "interviewed", "called",
            "emailed", "ran", "met", "contacted", "caught", "sat", "visited", "phoned", "texted", "put");

    /**
     * Adds the first person the article knows by a full name between {@code from} and {@code to} whom a comma and an
     * aside follow there ("Jennifer Stefano, who …", "Christopher Bail, one of the study's authors"), if any.
     */
    private static void namedAfter(String masked, int from, int to, ArticlePeople people, List<Subject> found) {
        int i = from;
        while (i < to) {
            while (i < to && !(Character.isUpperCase(masked.charAt(i)) && (i == 0 || !Character.isLetter(masked.charAt(i - 1))))) {
                i++;
            }
            int end = capitalisedRunEnd(masked, i, to);
            while (end > i && masked.charAt(end - 1) == ' ') {
                end--;
            }
            if (end > i && end < to && masked.charAt(end) == ',') { // a person introduced: a comma and who they are follow
                String name = Names.personAtEnd(masked.substring(i, end));
                String person = name == null || name.indexOf(' ') < 0 || FirstNames.gender(name) == '?' ? null : known(name, people);
                if (person != null) {
                    addPerson(found, i, person);
                    return;
                }
            }
            i = end + 1;
        }
    }

    /**
     * Whether the sentence's subject is a person's thing rather than the person ("Trump’s speech was endorsed by …"):
     * the last subject found names its person with an owner's "’s".
     */
    private static boolean ownersThing(String masked, List<Subject> found) {
        if (found.isEmpty()) {
            return false;
        }
        Subject s = found.get(found.size() - 1);
        if (s.kind() != Kind.PERSON) {
            return false;
        }
        int end = s.pos();
        while (end < masked.length() && (Character.isLetter(masked.charAt(end)) || masked.charAt(end) == '.'
                || masked.charAt(end) == '-' || masked.charAt(end) == ' ' && end + 1 < masked.length()
                    && Character.isUpperCase(masked.charAt(end + 1)))) {
            end++;
        }
        return end + 1 < masked.length() && (masked.charAt(end) == '\'' || masked.charAt(end) == '\u2019')
                && masked.charAt(end + 1) == 's';
    }

    /**
     * Whether the parenthesis closing at {@code close} holds a sentence of its own, opened after {@code from}: a capital
     * after its "(" and several words ("(The Post published the story.)"), not a party and state ("(R-Miss.)").
     */
    private static boolean sentenceInParentheses(char[] c, int from, int close) {
        int spaces = 0;
        for (int k = close - 1; k >= from && close - k < 400; k--) {
            if (c[k] == '(') {
                return spaces >= 3 && k + 1 < close && Character.isUpperCase(c[k + 1]);
            }
            if (c[k] == ' ') {
                spaces++;
            }
        }
        return false;
    }

    /**
     * Past this many characters a run without a full stop is cut at its next space: prose has no such sentence (the
     * longest of AllSides' 2.3 million run to about 3,000), and a sentence's subjects are compared with each other,
     * which a text of capitalised words and quotations with no stop at all would make quadratic.
     */
    private static final int MAX_SENTENCE_CHARS = 1_000;

    /** The words that make a sentence tell a gender: titles, and the pronouns a sentence can open with. */
    private static final WordSet GENDER_TELLING = new WordSet(Lexicon.of("mr", "mrs", "ms", "miss", "he", "she"));

    /** Reads sentence {@code si} (its titles vote), and lets each gendered pronoun subject in it vote. */
    private void voteFrom(int si) {
        List<Subject> subjects = subjects(si);
        for (int k = 0; k < subjects.size(); k++) {
            Subject s = subjects.get(k);
            if (s.kind() != Kind.PRONOUN || s.gender() == '?') {
                continue;
            }
            Subject last = nonPronounBefore(si, k, s.pos() - 600);
            if (last != null && last.kind() == Kind.PERSON && s.pos() - last.pos() < 600) {
                genders.vote(last.person(), s.gender(), 1);
            }
        }
    }

    /** The last subject before the {@code k}th of sentence {@code si} that is not a pronoun; null once past {@code floor}. */
    private Subject nonPronounBefore(int si, int k, int floor) {
        for (int i = si; i >= 0; i--) {
            if (i < si && sentences.end(i) <= floor) {
                return null; // every subject from here back is too far to vote
            }
            List<Subject> subjects = subjects(i);
            for (int j = (i == si ? k : subjects.size()) - 1; j >= 0; j--) {
                if (subjects.get(j).kind() != Kind.PRONOUN) {
                    return subjects.get(j);
                }
            }
        }
        return null;
    }

    /** The subjects of sentence {@code si}, read the first time they are asked for. */
    private List<Subject> subjects(int si) {
        List<Subject> s = found[si];
        if (s == null) {
            s = sentence(tokens, sentences.start(si), sentences.end(si), people, genders, officeHolders);
            found[si] = s;
        }
        return s;
    }

    /** The sentence holding {@code pos}: the last starting at or before it (-1 if none). */
    private int sentenceAt(int pos) {
        return sentences.firstStartingAtOrAfter(pos + 1) - 1;
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '?' || c == '!' || c == ';';
    }

    /**
     * "Mr.", "Sen.", "U.S.": a full stop that ends no sentence. Unlike {@code Phrases.abbreviationBefore} it
     * takes a party and a state of four letters or more ("D-Wash.") as a sentence's end: a cue's clause reads on past
     * one ("Sen. Elizabeth Warren, D-Mass. tweeted:"), but the sentences a pronoun looks back over end there as often
     * ("They beat then-House Speaker Tom Foley, D-Wash. Then-House Speaker Newt Gingrich, R-Ga., christened …";
     * sharing the cue's test changed one quotation of AllSides, BBC, eval and seeds, for the worse).
     */
    private static boolean abbreviation(char[] s, int dot) {
        int w = dot;
        while (w > 0 && dot - w <= 3 && Character.isLetter(s[w - 1])) { // past four letters it is a word, not an abbreviation
            w--;
        }
        int len = dot - w;
        if (len < 1 || len > 3 || !Character.isUpperCase(s[w])) {
            return false;
        }
        return len == 1 || Names.shortAbbreviation(new String(s, w, len)); // "Mr.", "Sen.", "U.S.", "J."; not "Lee."
    }

    private static List<Subject> sentence(Tokens tokens, int from, int to, ArticlePeople people, Genders genders,
            java.util.function.Function<String, String> officeHolders) {
        List<Subject> found = new ArrayList<>(3);
        boolean personSubject = subject(tokens.text, from, to, people, genders, found, officeHolders);
        if (personSubject && writerSubject(tokens.text, found)) {
            // "I spoke with Jennifer Stefano, who …. She told me": the writer is no "she"; the one the writer names is
            int pos = found.get(found.size() - 1).pos();
            namedAfter(tokens.text, pos + 2, Math.min(to, pos + 80), people, found);
        }
        if (personSubject) {
            coordinatedSubjects(tokens, found.get(found.size() - 1).pos(), to, people, genders, found);
        }
        int before = found.size();
        speakers(tokens, from, to, people, genders, found);
        for (int i = before; i < found.size(); i++) {
            found.set(i, found.get(i).speaking());
        }
        if ((!personSubject || ownersThing(tokens.text, found)) && found.size() == before) {
            // no person is the subject, and none speaks in it ("…,” said Robert Carey, the former director … under
            // former President Barack Obama, a Democrat." is Carey's)
            introducedAtEnd(tokens.text, from, to, people, found);
        }
        if (found.size() > 1) {
            found.sort(java.util.Comparator.comparingInt(Subject::pos));
        }
        return found.isEmpty() ? List.of() : found;
    }

    /**
     * Adds the person who is the subject of a clause the sentence joins to its first with "and", after the first
     * subject's verb ("Hussein withdrew from the race and minutes later Blatter took to the stage. He …": Blatter, the
     * nearer): "and", a few words of time at most, a person the article knows, then a verb. Not a second subject of the
     * same verb ("Obama and Biden met": the joined subjects), nor an object ("attacked Clinton and Sanders on Monday").
     */
    private static void coordinatedSubjects(Tokens tokens, int subjectAt, int to, ArticlePeople people, Genders genders,
            List<Subject> found) {
        String masked = tokens.text;
        int lastAnd = to - 5;
        while (lastAnd >= subjectAt && !masked.startsWith(" and ", lastAnd)) {
            lastAnd--; // within the sentence only: a search on to the text's start made a text without "and" quadratic
        }
        if (lastAnd < subjectAt) {
            return; // most sentences: no "and" after the subject, nothing to read
        }
        boolean verb = false; // the first clause's verb is behind
        boolean inner = false; // a clause inside the first opened, which an "and" may go on with
        int previousStart = -1;
        Words w = tokens.words(subjectAt, lastAnd + 4);
        while (w.next() && !inner) {
            int start = w.start();
            boolean lower = Character.isLowerCase(masked.charAt(start));
            if (lower && w.end() - start == 3 && masked.startsWith("and ", start) && verb
                    && joinsClauses(masked, previousStart, start)) {
                Subject s = clauseSubject(masked, start + 4, to, people, genders);
                if (s != null) {
                    found.add(s);
                }
            } else if (lower) {
                inner = INNER_CLAUSE_OPENERS.contains(masked, start, w.end());
                verb = verb || verbLikeAt(masked, start, w.end());
            }
            previousStart = start;
        }
    }

    /**
     * Whether the word {@code s[start, end)} (a full stop after it aside) reads as a verb: a speech verb, a past in "-ed"
     * or an irregular one, an adverb in "-ly", a reflexive, a negated auxiliary ("aren't", "don't"). Asked in place.
     */
    private static boolean verbLikeAt(String s, int start, int end) {
        int e = end > start && s.charAt(end - 1) == '.' ? end - 1 : end;
        int length = e - start;
        return length >= 2 && (s.startsWith("ed", e - 2) || s.startsWith("ly", e - 2))
                || length >= 3 && (s.startsWith("n't", e - 3) || s.startsWith("n\u2019t", e - 3))
                || VERB_LIKE.contains(s, start, e) && !hasUpperCase(s, start, e) // the lists' words as written, in lower case
                || Phrases.documentVerb(s, start, e); // "The report states that"
    }

    private static boolean hasUpperCase(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isUpperCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the "and" at {@code and} may join two clauses, the word before it starting at {@code previous}: a comma
     * before it, or a word in lower case that is no pronoun ("Mullen, Gen. David Petraeus and Gen. Stanley McChrystal
     * were": a list's last name; "he and Scalise are": one verb's two subjects).
     */
    private static boolean joinsClauses(String masked, int previous, int and) {
        if (previous < 0 || masked.charAt(and - 2) == ',') {
            return previous >= 0;
        }
        return Character.isLowerCase(masked.charAt(previous)) && masked.charAt(and - 1) == ' '
                && !JOINED_PRONOUNS.contains(masked, previous, and - 1);
    }

    /**
     * The person who is the subject of the clause from {@code from} (after an "and"): a few words of time at most ("and
     * minutes later", "and then"), a person the article knows, then a verb; else null ("and Sanders, calling them …",
     * "and Sanders on Monday").
     */
    private static Subject clauseSubject(String masked, int from, int to, ArticlePeople people, Genders genders) {
        Words w = new Words(masked, from, to);
        boolean more = w.next();
        for (int i = 0; i < 4 && more && COORDINATED_TIME.contains(masked, w.start(), w.end()); i++) {
            more = w.next();
        }
        if (!more || !Character.isUpperCase(masked.charAt(w.start()))) {
            return null;
        }
        int runEnd = capitalisedRunEnd(masked, w.start(), to);
        Words verb = new Words(masked, runEnd, to);
        if (!verb.next() || verb.start() != runEnd + 1 || !Character.isLowerCase(masked.charAt(verb.start()))
                || !verbLikeAt(masked, verb.start(), verb.end())) {
            return null;
        }
        Subject s = nounPhrase(masked, w, to, people, genders);
        return s != null && s.kind() == Kind.PERSON && !s.firstOfSeveral() ? s : null;
    }

    /**
     * Where the run of words from {@code from} ends that a name's capitalised words make: letters, full stops, hyphens and
     * apostrophes, and a space only before a capital ("Sen. Ted Cruz's"), up to {@code to}.
     */
    private static int capitalisedRunEnd(String masked, int from, int to) {
        int end = from;
        while (end < to && (Character.isLetter(masked.charAt(end)) || masked.charAt(end) == '.' || masked.charAt(end) == '-'
                || masked.charAt(end) == '\'' || masked.charAt(end) == ' ' && end + 1 < to
                    && Character.isUpperCase(masked.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    /** Pronouns a name joins with "and" as one subject or object ("he and Scalise are", "for him and Bush"). */
    private static final WordSet JOINED_PRONOUNS = new WordSet(Lexicon.of("he", "she", "they", "we", "you", "him", "her", "them",
            "us", "it", "me"));

    /** Words that open a clause inside a sentence's first, or report one: an "and" after them may go on with it. */
    private static final WordSet INNER_CLAUSE_OPENERS = new WordSet(Lexicon.of("said", "says", "say", "saying", "told", "tells",
            "telling", "that", "who", "which", "whom", "whose", "how", "what", "when", "while", "if", "because", "whether",
            "where", "why", "after", "before", "since", "until", "although", "though"));

    /** Words of time between "and" and the subject of the clause it joins ("and minutes later Blatter took"). */
    private static final WordSet COORDINATED_TIME = new WordSet(Lexicon.of("then", "later", "soon", "shortly", "now", "minutes",
            "hours", "days", "weeks", "months", "years", "moments", "seconds", "afterward", "afterwards", "finally",
            "eventually", "today", "yesterday", "two", "three", "four", "five", "few", "several", "a"));

    /**
     * The sentence's subject, and the person opening a leading clause ("When Emily Martin, …, gave a talk"). True
     * when the subject is a person or a pronoun.
     */
    private static boolean subject(String masked, int from, int to, ArticlePeople people, Genders genders, List<Subject> found,
            java.util.function.Function<String, String> officeHolders) {
        Words w = new Words(masked, from, to);
        if (!w.next()) {
            return false;
        }
        while (opener(masked, w.start(), w.end())) { // asked in place: no copy per sentence
            if (!w.next()) {
                return false;
            }
        }
        // one leading phrase after another: "Earlier this month, when the bill passed, Nancy Pelosi declared"
        boolean relative = false;
        for (int phrases = 0; phrases < 3
                // a relative clause on the phrase before goes on to its own comma: "Appearing in Philadelphia, where the
                // convention opened, Sanders tried …"
                && ((relative = phrases > 0 && RELATIVE_SET.contains(masked, w.start(), w.end()))
                    || LEADER_SET.contains(masked, w.start(), w.end())
                    || opensWithParticiple(masked, w.start(), w.end()) && !namedInFull(masked, w.start(), w.end(), people))
                && !ofCourse(masked, w.start(), w.end()); phrases++) {
            // the person a leading clause opens with is a subject too ("When Emily Martin, …, gave a talk"); the one a
            // sentence is about is not: "Of Obama, he said" (the pronoun cannot be the name its own clause fronts), nor
            // one a relative clause names in passing
            boolean topic = relative || isOf(masked, w.start(), w.end()) || LIKENESS.contains(masked, w.start(), w.end());
            boolean place = PLACE_LEADER_SET.contains(masked, w.start(), w.end());
            int phrase = w.end(); // the phrase's words start after the leading word
            boolean more = w.next();
            // a capitalised word right after it, not an owner's ("In Trump's telling,") nor a clause ("At issue is whether …")
            place = place && more && Character.isUpperCase(masked.charAt(w.start()))
                    && !Phrases.isPossessive(masked.substring(w.start(), w.end()));
            Subject inClause = more && !topic ? nounPhrase(masked, w, to, people, genders) : null;
            // "In Washington, Mayor Muriel Bowser …": one word after "in" or "at" is where, not who ("she" is not Washington)
            boolean person = inClause != null && inClause.kind() == Kind.PERSON
                    && !(place && inClause.person().indexOf(' ') < 0);
            if (person) {
                found.add(inClause);
            }
            // the phrase's comma, looked for after the words read: past a person's aside ("When Emily Martin, a professor,
            // gave") or a description's ("From Istanbul, the head of the coalition, Ahmad Al-Jarba, said"); where none
            // follows, the one those words were read up to ("In Iowa, Steve Deace thinks …")
            // (but a comma the words read ran past closes a phrase that names no one, where a person's name and an
            // aside follow it: "On Sunday, Gene Sperling, the White House’s adviser, suggested")
            int passed = !person && phrase < w.start() ? Words.indexOf(masked, ',', phrase, w.start()) : -1;
            // or where a person is the subject right after it ("In June, 20-year-old student Alex Kearns from Illinois died
            // after … lost $730,000": not the number's comma); a place or a date goes on past it ("In Louisville, Ky., …")
            boolean subjectAfter = passed >= 0
                    && (nameThenAside(masked, passed + 1, to, people) || personOpens(masked, passed + 1, to, people, genders));
            int comma = subjectAfter ? passed : Words.indexOf(masked, ',', w.start(), Math.min(to, w.start() + 161));
            if (comma < 0) {
                comma = passed; // where none follows, the one those words were read up to ("In Iowa, Steve Deace thinks …")
            } else if (!subjectAfter) {
                comma = listEnd(masked, comma, to); // "After … the radio shows of Mr. Hannity, Dana Loesch and Mike Huckabee, Wednesday’s efforts were"
            }
            if (comma < 0) {
                namedByCopula(masked, from, to, people, found); // "Among those watching was Sen. Ted Cruz."
                return false; // no subject we can find without a parser
            }
            w = new Words(masked, comma + 1, to);
            if (!w.next()) {
                return false;
            }
        }
        int start = w.start();
        Subject s = nounPhrase(masked, w, to, people, genders);
        String holder = s != null && s.kind() == Kind.OTHER ? officeHolder(masked, start, to, officeHolders) : null;
        if (holder != null) {
            s = new Subject(start, Kind.PERSON, holder, '?'); // "The president declined to answer. He did say …"
        }
        if ((s == null || s.kind() == Kind.OTHER) && start - from < 3) {
            // "Translation: Kerry confused matters …", "Bottom line: Trump …": a label of a word or three, then the
            // sentence, whose subject is after the colon
            Subject afterLabel = afterLabel(masked, start, to, people, genders);
            if (afterLabel == null) {
                afterLabel = afterAnswer(masked, start, to, people, genders);
            }
            if (afterLabel != null) {
                s = afterLabel;
            }
        }
        if (s != null && s.kind() == Kind.OTHER) {
            // "Eight years later, Obama is barnstorming": a short opening phrase, then the subject after its comma; or a
            // description, then the name it describes ("Another cafe regular, masonry contractor Carl Kurtz, 62, said")
            int comma = Words.indexOf(masked, ',', start, Math.min(to, start + 41));
            if (comma > 0) {
                Words after = new Words(masked, comma + 1, to);
                if (after.next() && (Character.isUpperCase(masked.charAt(after.start())) || roleThenName(masked, after.start(), to)
                        || after.end() - after.start() == 3 && masked.startsWith("the", after.start()) && ageThenCapital(masked, after.end(), to))) {
                    Subject later = nounPhrase(masked, after, to, people, genders);
                    if (later != null && later.kind() == Kind.PERSON) {
                        s = later;
                    }
                }
            }
        }
        if (s != null) {
            found.add(s);
        }
        if (s == null || s.kind() == Kind.OTHER) {
            namedByCopula(masked, from, to, people, found);
            return false;
        }
        return true;
    }

    /**
     * The comma that ends a list of names a leading phrase's comma at {@code comma} goes on with: a name before it, then
     * capitalised words with one "and" or "or" before the last, up to the next comma ("… of Mr. Hannity, Dana Loesch and
     * Mike Huckabee, Wednesday’s efforts …": the names are the phrase's, not the sentence's subject); {@code comma} itself
     * where no such list follows.
     */
    private static int listEnd(String masked, int comma, int to) {
        int b = Words.tokenStartBefore(masked, comma);
        if (b >= comma || !Character.isUpperCase(masked.charAt(b))) {
            return comma;
        }
        Words w = new Words(masked, comma + 1, Math.min(to, comma + 81));
        boolean joined = false;
        int lastEnd = comma + 1;
        while (w.next()) {
            if (Words.indexOf(masked, ',', lastEnd, w.start()) >= 0) {
                return joined && lastEnd > comma + 1 && masked.charAt(lastEnd) == ',' ? lastEnd : comma;
            }
            int length = w.end() - w.start();
            boolean and = length == 3 && masked.startsWith("and", w.start()) || length == 2 && masked.startsWith("or", w.start());
            if (and) {
                if (joined) {
                    return comma;
                }
                joined = true;
            } else if (!Character.isUpperCase(masked.charAt(w.start()))) {
                return comma; // "…, the campaign said": a clause, not a name
            }
            lastEnd = w.end();
        }
        return comma;
    }

    /** Labels of a picture's or a page's furniture, whose words after the colon are no sentence of the story. */
    private static final WordSet PICTURE_LABELS = new WordSet(Lexicon.of("photo", "photos", "image", "images", "picture",
            "pictures", "photograph", "photographs", "photographer", "illustration", "graphic", "courtesy", "credit", "caption",
            "video", "watch", "more", "read", "related", "see", "file", "gallery", "listen"));

    /**
     * The person who is the subject after a label that opens the sentence: one to three words, then a colon and a
     * capitalised word ("Translation: Kerry confused …"); null where there is none, or the subject there is no person
     * the article names with a common first name.
     */
    private static Subject afterLabel(String masked, int start, int to, ArticlePeople people, Genders genders) {
        int colon = -1;
        int spaces = 0;
        for (int i = start; i < Math.min(to, start + 40); i++) {
            char c = masked.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (c == ' ' && ++spaces > 2 || c != ' ' && c != '-' && c != '\'' && c != '\u2019' && !Character.isLetter(c)) {
                return null;
            }
        }
        if (colon < 0 || colon + 2 >= to || masked.charAt(colon + 1) != ' ' || !Character.isUpperCase(masked.charAt(colon + 2))) {
            return null;
        }
        Words label = new Words(masked, start, colon);
        while (label.next()) {
            if (label.end() - label.start() > 1 && Phrases.capitalsOnly(masked.substring(label.start(), label.end()))
                    || PICTURE_LABELS.contains(masked, label.start(), label.end())) {
                return null; // "FILE PHOTO: U.S. President Donald Trump speaks …", "Photo: …": a picture's caption
            }
        }
        Words w = new Words(masked, colon + 2, to);
        if (!w.next()) {
            return null;
        }
        Subject s = nounPhrase(masked, w, to, people, genders);
        // a person by a common first name: a page's labels run into headlines too ("More: Tesla Model S crash …",
        // "Full Coverage: Virus Outbreak")
        return s != null && s.kind() == Kind.PERSON && FirstNames.gender(s.person()) != '?' ? s : null;
    }

    /**
     * The person who is the subject after a short answer and a spaced dash that open the sentence ("Not on the Irish
     * backstop - chief negotiator Michel Barnier has said …", "No - the prime minister …"); null where the dash opens an
     * aside that another closes ("The vote - David Davis's third attempt - failed"), or no person follows it.
     */
    private static Subject afterAnswer(String masked, int start, int to, ArticlePeople people, Genders genders) {
        int dash = -1;
        int words = 0;
        for (int i = start; i < Math.min(to, start + 60) && dash < 0; i++) {
            char c = masked.charAt(i);
            if (i + 2 < to && Words.spacedDashAt(masked, i + 1)) {
                dash = i + 1;
            } else if (c == ' ' && ++words > 5 || c != ' ' && c != '\'' && c != '\u2019' && !Character.isLetterOrDigit(c)) {
                return null; // more than a few words, or punctuation: a clause of its own, not an answer
            }
        }
        if (dash < 0) {
            return null;
        }
        for (int i = dash + 3; i + 1 < to; i++) {
            if (Words.spacedDashAt(masked, i)) {
                return null; // an aside between two dashes
            }
        }
        Words w = new Words(masked, dash + 2, to);
        if (!w.next()) {
            return null;
        }
        Subject s = nounPhrase(masked, w, to, people, genders);
        return s != null && s.kind() == Kind.PERSON ? s : null;
    }

    /**
     * A sentence whose subject is no person and that ends by introducing one, a full name and then what they are
     * ("…, which is something that concerns Henry Crespo, president of the Miami-based Florida Democratic Black
     * Caucus."): the news introduces whom it quotes next, so a "he" after it is that person's.
     */
    private static void introducedAtEnd(String masked, int from, int to, ArticlePeople people, List<Subject> found) {
        int end = to;
        while (end > from && (Character.isWhitespace(masked.charAt(end - 1)) || masked.charAt(end - 1) == '.')) {
            end--;
        }
        int comma = Words.lastIndexOf(masked, ',', Math.max(from + 1, end - APPOSITIVE_CHARS), end);
        if (comma < 0) {
            return;
        }
        int description = comma + 1;
        while (description < end && masked.charAt(description) == ' ') {
            description++;
        }
        int descriptionEnd = description;
        while (descriptionEnd < end && Character.isLetter(masked.charAt(descriptionEnd))) {
            descriptionEnd++;
        }
        if (descriptionEnd == description || !Character.isLowerCase(masked.charAt(description))
                || !APPOSITIVE_OPENERS.contains(masked, description, descriptionEnd) && !describes(masked, description, descriptionEnd)) {
            return; // "…, Henry Crespo, president of …"; not "…, Erick Erickson, and much positive attention"
        }
        if (!beforeQuotation(masked, to)) {
            return; // the person introduced is quoted next, not a sentence later
        }
        int nameStart = capitalisedRunStart(masked, from, Words.wordStartBefore(masked, comma, false));
        if (nameStart >= comma || !Character.isUpperCase(masked.charAt(nameStart)) || listedBefore(masked, from, nameStart)) {
            return; // not the last of a list ("like Lisa Page, …, and James B. Comey, the former F.B.I. director")
        }
        String run = masked.substring(nameStart, comma);
        String name = Names.personAtEnd(run);
        if (name == null || !run.endsWith(name) || name.indexOf(' ') < 0 || !onlyTitles(run, run.length() - name.length())
                || FirstNames.gender(name) == '?' && !(afterPeopleNoun(masked, from, nameStart)
                    && !masked.startsWith("who", description) && !holdsFiniteVerb(masked.substring(description, end)))) {
            // a person's full name, as a person is introduced (not "the Patriot Act, which"); only titles before it; a
            // first name the list does not know where a noun for someone comes right before ("small business owner Egberto
            // Willies, a politically active Obama supporter")
            return;
        }
        String person = known(name, people);
        if (person != null) {
            addPerson(found, nameStart + run.length() - name.length(), person);
        }
    }

    /**
     * Where the name ends that " of " and the place starting at {@code placeStart} follow ("James Lankford of Oklahoma"), or
     * -1: the place's words are capitalised, the name's last word too.
     */
    private static int nameBeforeOfPlace(String masked, int from, int placeStart) {
        int of = placeStart - 4;
        if (of <= from || !masked.startsWith(" of ", of)) {
            return -1;
        }
        return Character.isLetter(masked.charAt(of - 1)) && Character.isUpperCase(masked.charAt(Words.wordStartBefore(masked, of, false)))
                ? of : -1;
    }

    /** Whether the word right before {@code nameStart} is a lower-case noun for someone: "owner", "analyst", "activist". */
    private static boolean afterPeopleNoun(String masked, int from, int nameStart) {
        int end = nameStart;
        while (end > from && masked.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > from && Character.isLowerCase(masked.charAt(start - 1))) {
            start--;
        }
        return start < end && (start == from || masked.charAt(start - 1) == ' ') && describesPerson(masked.substring(start, end));
    }

    /**
     * Whether the lower-case word at {@code [start, end)} can open a description ("president", "chairman"): no
     * function word, no verb ("…, Bush, described her"; "…, Jenny Sanford, left him") and no conjunction ("…, where
     * he called").
     */
    private static boolean describes(String masked, int start, int end) {
        if (FUNCTION_WORD_SET.contains(masked, start, end) || NOT_DESCRIPTIONS.contains(masked, start, end)) {
            return false;
        }
        String word = masked.substring(start, end);
        return !isVerbLike(word) && !word.endsWith("ing");
    }

    private static final WordSet NOT_DESCRIPTIONS = new WordSet(Lexicon.of("where", "when", "while", "whom", "whose", "because",
            "since", "although", "though", "if", "then", "so", "than", "including", "according", "says", "said", "told",
            "he", "she", "they", "we", "i", "you"));

    /** Whether the word before {@code at} is "and" or "or": what follows ends a list. */
    private static boolean listedBefore(String masked, int from, int at) {
        return wordBeforeIn(masked, from, at, AND_OR);
    }

    private static final WordSet AND_OR = new WordSet(Lexicon.of("and", "or"));

    /** Whether the word before {@code at} (after {@code from}) is one of {@code words}. */
    private static boolean wordBeforeIn(String masked, int from, int at, WordSet words) {
        int end = Words.lineSpaceStartBefore(masked, at);
        int start = Words.wordStartBefore(masked, end, false);
        return start >= from && start < end && words.contains(masked, start, end);
    }

    /** Whether a quotation opens right after {@code end} (the end of a sentence), in its paragraph or the next. */
    private static boolean beforeQuotation(String masked, int end) {
        int i = end;
        int lines = 0;
        while (i < masked.length() && (Character.isWhitespace(masked.charAt(i)) || masked.charAt(i) == '.')) {
            if (masked.charAt(i) == '\n' && ++lines > 2) {
                return false;
            }
            i++;
        }
        return i < masked.length() && (masked.charAt(i) == '"' || masked.charAt(i) == '\u201C');
    }

    /** The longest description after an introduced name that is read as its appositive. */
    private static final int APPOSITIVE_CHARS = 120;
    /** Function words that may open an appositive ("…, a doctor", "…, who leads", "…, his brother"). */
    private static final WordSet APPOSITIVE_OPENERS = new WordSet(Lexicon.of("a", "an", "the", "who", "his", "her", "their"));

    /**
     * A sentence that ends by naming who its subject is ("One person who plans to stay in town, however, is
     * Boehner."; "Among those watching was Sen. Ted Cruz."): the person named is who it is about, and whom a "he"
     * after it refers to.
     */
    private static void namedByCopula(String masked, int from, int to, ArticlePeople people, List<Subject> found) {
        int end = to;
        while (end > from && (Character.isWhitespace(masked.charAt(end - 1)) || masked.charAt(end - 1) == '.')) {
            end--;
        }
        int nameStart = capitalisedRunStart(masked, from, Words.wordStartBefore(masked, end, false));
        int before = Words.lineSpaceStartBefore(masked, nameStart);
        int at = Words.wordStartBefore(masked, before, true);
        int copula = at < before && at >= from && !Character.isUpperCase(masked.charAt(at))
                && COPULAS.contains(masked, at, before) ? at : -1;
        if (copula < 0 || nameStart >= end || !Character.isUpperCase(masked.charAt(nameStart)) || relativeBefore(masked, from, copula)) {
            return; // "Ban Ki-moon, who is South Korean": the clause's "who" is what it tells of
        }
        String run = masked.substring(nameStart, end);
        String name = Names.personAtEnd(run);
        if (name == null || !run.endsWith(name) || !onlyTitles(run, run.length() - name.length())) {
            return; // "was The Great Mistake": a name's words after something other than a title
        }
        String person = known(name, people);
        if (person != null) {
            addPerson(found, nameStart + run.length() - name.length(), person);
        }
    }

    private static final WordSet COPULAS = new WordSet(Lexicon.of("is", "was"));

    /**
     * Where the name ending with the word at {@code nameStart} starts: up to five capitalised words, not before
     * {@code from} ("Sen." and "Ted" before "Cruz").
     */
    private static int capitalisedRunStart(String masked, int from, int nameStart) {
        for (int words = 0; words < 5 && nameStart > from; words++) {
            int before = Words.lineSpaceStartBefore(masked, nameStart);
            int at = Words.wordStartBefore(masked, before, true);
            if (at >= before || at < from || !Character.isUpperCase(masked.charAt(at))) {
                break;
            }
            nameStart = at;
        }
        return nameStart;
    }

    /** Whether the word before {@code at} is "who", "which" or "that": a relative clause's verb, not the sentence's. */
    private static boolean relativeBefore(String masked, int from, int at) {
        return wordBeforeIn(masked, from, at, RELATIVES);
    }

    private static final WordSet RELATIVES = new WordSet(Lexicon.of("who", "which", "that"));

    /** Whether {@code run[0, end)} is nothing but the words of titles ("Sen.", "Former Secretary"), no article. */
    private static boolean onlyTitles(String run, int end) {
        Words w = new Words(run, 0, end);
        while (w.next()) {
            int e = run.charAt(w.end() - 1) == '.' ? w.end() - 1 : w.end();
            boolean title = Names.ROLE_WORD_SET.contains(run, w.start(), e) || Names.ROLE_WORD_SET.contains(run, w.start(), w.end());
            if (!title || DETERMINERS.contains(w.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Weeks later,", "Moments after,", "Years earlier,": a time that opens the sentence, not its subject. */
    private static boolean timeLater(String sentence, String first, int end) {
        Words next = new Words(sentence, end, Math.min(sentence.length(), end + 24));
        if (COUNTS.contains(first)) { // "Two years later,", "A day ahead of the vote,": the count first
            if (!next.next() || !TIME_UNITS.contains(next.word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        } else if (!TIME_UNITS.contains(first)) {
            return false;
        }
        return next.next() && LATER.contains(next.word().toLowerCase(Locale.ROOT));
    }

    /** Counts written as words before a unit of time. */
    private static final Set<String> COUNTS = Lexicon.of("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "several", "few", "many");

    private static final Set<String> TIME_UNITS = Lexicon.of("seconds", "minutes", "moments", "hours", "days", "weeks", "months",
            "years", "decades", "second", "minute", "moment", "hour", "day", "week", "month", "year", "decade");
    private static final Set<String> LATER = Lexicon.of("later", "earlier", "after", "before", "ago", "afterward", "afterwards",
            "ahead");

    /** A time that opens a sentence without a comma after it: "On Sunday", "Last week", "Earlier this month", "In 2019". */
    private static final Pattern TIME_OPENING = Pattern.compile("(?:[Oo]n\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            + "Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|(?:Last|This|Earlier this|Later this|Late last|Early last)\\s+"
            + "(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|fall|autumn|winter|Monday|Tuesday|Wednesday|"
            + "Thursday|Friday|Saturday|Sunday)|In\\s+(?:19|20)\\d\\d)\\s+(?=\\p{L})");

    /** Words that open a count of people: "About 30 protesters", "More than 100 residents". */
    private static final Set<String> COUNT_OPENERS = Lexicon.of("about", "nearly", "almost", "some", "roughly", "around", "over",
            "at", "more", "fewer", "up");
    /** Words after a count, up to its noun: "10 former national security officials". */
    private static final int MAX_COUNTED_WORDS = 4;

    /** Counts without a number: "Dozens of protesters", "Hundreds of supporters". */
    private static final Set<String> COUNT_WORDS = Lexicon.of("dozens", "hundreds", "thousands", "scores", "tens");

    /**
     * Whether the phrase counts people, a number or "dozens of" and a noun for people with at most two words before it
     * ("About 30 protesters", "More than 100 local residents", "Dozens of protesters"): a group that speaks as one.
     */
    static boolean countedPeople(String p) {
        int at = 0;
        while (at < p.length() && p.charAt(at) == ' ') {
            at++;
        }
        if (at == p.length() || !Character.isDigit(p.charAt(at)) && "aAnNsSrRoOmMfFuUdDhHtT".indexOf(p.charAt(at)) < 0) {
            return false; // most phrases: no count's opening letter, asked no further
        }
        String[] w = Words.splitOnSpaces(p.strip());
        int i = 0;
        if (i < w.length && COUNT_OPENERS.contains(w[i].toLowerCase(java.util.Locale.ROOT))) {
            i++;
            if (i < w.length && (w[i].equals("than") || w[i].equals("least") || w[i].equals("to"))) {
                i++; // "more than", "at least", "up to"
            }
        }
        if (i >= w.length) {
            return false;
        }
        if (COUNT_WORDS.contains(w[i].toLowerCase(java.util.Locale.ROOT)) && i + 1 < w.length && w[i + 1].equals("of")) {
            i += 2;
        } else if (!w[i].isEmpty() && Character.isDigit(w[i].charAt(0)) && w[i].chars().allMatch(c -> Character.isDigit(c) || c == ',')) {
            i++;
        } else {
            return false;
        }
        int rest = w.length - i;
        if (rest < 1 || rest > MAX_COUNTED_WORDS) {
            return false;
        }
        // the noun in lower case; the words before it may name a chamber or party ("Dozens of House lawmakers", "About 40
        // Republican senators"), not a person ("Dozens of Trump supporters" is about the supporters all the same)
        for (int k = i; k < w.length; k++) {
            if (w[k].isEmpty() || !(Character.isLowerCase(w[k].charAt(0))
                    || k < w.length - 1 && Character.isUpperCase(w[k].charAt(0)) && !Words.hasDigit(w[k], 0, w[k].length()))) {
                return false;
            }
        }
        String last = w[w.length - 1];
        return peopleNoun(last) && !Phrases.VERB_WORDS.contains(last);
    }

    /**
     * The words of a sentence's subject, as written: a pronoun ("he"), a capitalised run ("Republican presidential
     * nominee Donald Trump", "South Korea") or a described source ("The Republican presidential nominee", "the
     * Security Council"). Null when the sentence does not open with one we can find without a parser.
     */
    static String head(String sentence) {
        if (sentence.length() > 8 && "OLTEIo".indexOf(sentence.charAt(0)) >= 0) {
            java.util.regex.Matcher time = TIME_OPENING.matcher(sentence);
            if (time.lookingAt()) {
                String after = head(sentence.substring(time.end())); // "On Sunday he called …": when, then who
                if (after != null) {
                    return after;
                }
            }
        }
        int to = sentence.length();
        Words w = new Words(sentence, 0, to);
        if (!w.next()) {
            return null;
        }
        String first = w.word().toLowerCase(Locale.ROOT);
        boolean afterAdverb = false; // "Recently, …": an adverb set off by its comma
        while (opener(sentence, w.start(), w.end())) {
            afterAdverb = sentence.startsWith(",", w.end());
            if (!w.next()) {
                return null;
            }
            first = w.word().toLowerCase(Locale.ROOT);
        }
        if (sentence.length() - w.start() < 60 && (Character.isDigit(sentence.charAt(w.start())) || COUNT_OPENERS.contains(first)
                || COUNT_WORDS.contains(first))) {
            String counted = sentence.substring(w.start()).strip();
            if (countedPeople(counted) || Phrases.SHARE.matcher(counted).matches()) {
                // "About 30 protesters chanted", "Dozens of protesters chanted"; a poll's share, of people or alone
                // ("About 30 percent say the NRA is “too aggressive”")
                return counted;
            }
        }
        if ((LEADERS.contains(first) || timeLater(sentence, first, w.end()) || opensWithParticiple(sentence, w.start(), w.end()))
                && !ofCourse(sentence, w.start(), w.end())) {
            int comma = sentence.indexOf(',', w.start());
            for (int tries = 0; ; tries++) { // "Following a swiftly called, late-afternoon meeting, the Council …"
                if (comma < 0 || comma - w.start() > 160) {
                    return null;
                }
                Words next = new Words(sentence, comma + 1, to);
                if (!next.next()) {
                    return null;
                }
                String word = next.word().toLowerCase(Locale.ROOT);
                if (tries < 2 && Character.isLowerCase(next.word().charAt(0)) && !word.equals("the") && !word.equals("a")
                        && Genders.of(word) == '?' && !word.equals("they") && !word.equals("we") && !word.equals("it")) {
                    comma = sentence.indexOf(',', comma + 1);
                    continue;
                }
                w = next;
                first = word;
                break;
            }
        }
        boolean possessive = first.equals("his") || first.equals("her") || first.equals("their") || first.equals("its");
        if (!possessive && (Genders.of(first) != '?' || first.equals("they") || first.equals("we") || first.equals("it")
                || first.equals("i"))) {
            return first;
        }
        String afterOpening = afterShortOpening(sentence, w.start(), to);
        if (afterOpening != null) {
            return afterOpening; // "One recent evening, Kukura placed …", "Eight years later, Obama is …"
        }
        // "The family", "A spokesman", "One kid", "Some residents": described, with the lower-case words that say what
        boolean described = first.equals("the") || first.equals("a") || first.equals("an") || possessive
                || QUANTIFIERS.contains(first);
        if (!described && !Character.isUpperCase(sentence.charAt(w.start()))) {
            if (!afterAdverb || !roleThenName(sentence, w.start(), to)) {
                return null;
            }
            // "Recently, venture capitalist Mike Dodd described": the role's words, then the name
            while (!Character.isUpperCase(sentence.charAt(w.start()))) {
                if (!w.next()) {
                    return null;
                }
            }
        }
        // an adverb after the subject ends it as a verb would ("The president even harks back to …")
        String run = nounRun(sentence, w, to, described, word -> isVerbLike(word) || VERB_ADVERBS.contains(word)).words();
        if (QUANTIFIERS.contains(first) && run.indexOf(' ') < 0) {
            return null; // "some said", "one of them": how many, without what
        }
        return run.isEmpty() ? null : run;
    }

    /** Where a number standing alone between single spaces in {@code [from, to)} ends (" 11 "), or -1. */
    private static int numberBetween(String text, int from, int to) {
        if (to - from < 3 || text.charAt(from) != ' ' || text.charAt(to - 1) != ' ') {
            return -1;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) && c != ',') {
                return -1;
            }
        }
        return Character.isDigit(text.charAt(from + 1)) ? to - 1 : -1;
    }

    /** Whether the run's last word is an owner's: "Romney’s", "Romney's". */
    private static boolean endsPossessive(StringBuilder run) {
        int n = run.length();
        return n > 2 && run.charAt(n - 1) == 's' && (run.charAt(n - 2) == '\u2019' || run.charAt(n - 2) == '\'');
    }

    /** A noun phrase's words as written, and where the last of them ends. */
    private record Run(String words, int end) { }

    /**
     * The words of a noun phrase from the scanner's current word: capitalised words (titles and names), with
     * up to three lower-case modifiers between titles and the name ("Republican presidential nominee Donald
     * Trump"; four after an article, "the top California congressman"), ending at punctuation, a function word
     * or a verb.
     */
    private static Run nounRun(String text, Words w, int to, boolean described, java.util.function.Predicate<String> verb) {
        StringBuilder run = new StringBuilder();
        int lastEnd = w.start();
        boolean nameSeen = false;
        int lowerWords = 0;
        int beforeOf = -1;
        int endBeforeOf = 0;
        int institutionOf = -1; // where " of" after an institution's word starts in the run
        int endBeforeInstitutionOf = 0;
        boolean afterOf = false; // the word last added is that "of"
        boolean awaitingName = false; // "of" (and "the") added: the next word must start the name after them
        do {
            if (run.length() > 0 && !Words.onlySpaceBetween(text, lastEnd, w.start())) {
                int number = beforeOf >= 0 && run.length() == beforeOf + 3 ? numberBetween(text, lastEnd, w.start()) : -1;
                if (number < 0) {
                    break;
                }
                run.append(' ').append(text, lastEnd + 1, number); // "A group of 11 senators": how many, then who
            }
            String word = w.word();
            boolean cap = Character.isUpperCase(word.charAt(0));
            boolean of = word.equals("of") && institutionOf < 0 && run.length() > 0
                    && (Names.isInstitutionWord(run.substring(run.lastIndexOf(" ") + 1)) || titleBeforeOf(run));
            if (of || afterOf && word.equals("the")) {
                // "the Office of the Inspector General", "University of Michigan law professor Nicholas Bagley"
                if (of) {
                    institutionOf = run.length();
                    endBeforeInstitutionOf = lastEnd;
                }
                afterOf = of;
                awaitingName = true;
                run.append(' ').append(word);
                lastEnd = w.end();
                continue;
            }
            afterOf = false;
            if (awaitingName) {
                if (!cap) {
                    break; // "the University of" then no name: the run ends before "of"
                }
                awaitingName = false;
            }
            if (run.length() > 0 && lowerWords == 0 && word.equals("and") && officeBeforeAnd(run.toString())
                    && andInsideAnOffice(text, w.end(), to)) {
                // "Health and Human Services Secretary Thomas Price", "Ways and Means Chairman Dave Camp": the "and" is
                // the department's or committee's, and the run goes on to the name
                run.append(" and");
                lastEnd = w.end();
                continue;
            }
            if (run.length() > 0 && !cap && !Names.PARTICLE_SET.contains(word)) {
                // modifiers between titles and the name, never after the name ("communication director X" aside)
                String lower = word.toLowerCase(Locale.ROOT);
                if (described && lower.equals("of") && COLLECTIVE_HEADS.contains(lastWord(run))) {
                    // "A small group of students wrote": the group is named by what it is made of
                    beforeOf = run.length();
                    endBeforeOf = lastEnd;
                    run.append(" of");
                    lastEnd = w.end();
                    lowerWords = 0; // as many words again for what it is made of ("a team of career trade negotiators")
                    continue;
                }
                if (described && lower.endsWith("ing") && objectAfter(text, w.end(), to)) {
                    break; // "A man wearing a red hat said": who, not what he wore ("the ruling party" goes on)
                }
                if (nameSeen && !described && lowerWords == 0 && groupOfPeople(lower) && !verb.test(lower)
                        && !roleThenName(text, w.start(), to)) { // not "Los Angeles police commissioner William Parker"
                    // "Iranian officials promoted …", "Trump supporters chanted …": the name only says whose
                    run.append(' ').append(word);
                    lastEnd = w.end();
                    break;
                }
                int groupEnd = nameSeen && !described && lowerWords == 0 && !verb.test(lower) && !isVerbLike(lower)
                        && !FUNCTION_WORDS.contains(lower) ? groupAfter(text, w.end(), to) : -1;
                // (after a person's name a word in "-s" is their verb: "Chang believes officials should …"; nor a past tense:
                // "Pence blindsided officials"; the name asked only once a group follows)
                if (groupEnd > 0 && !(lower.endsWith("s") && Names.personAtEnd(run.toString()) != null)) {
                    // "World health officials said", "Israeli security sources told": a modifier, then the group
                    run.append(' ').append(text, w.start(), groupEnd);
                    lastEnd = groupEnd;
                    break;
                }
                if (lower.equals("and") && !described && roleWordAtEnd(run) && secondRoleThenName(text, w.end(), to)) {
                    // "Democratic presidential candidate and Texas native Beto O'Rourke", "Retired astronaut and Navy
                    // captain Mark Kelly": two things one person is, then the name (not after an article: "The president
                    // and first lady Melania Trump" are two)
                    run.append(" and");
                    lastEnd = w.end();
                    lowerWords = 0;
                    nameSeen = false;
                    continue;
                }
                if (lower.equals("of") && !nameSeen && !described && roleWordAtEnd(run) && officeThenName(text, w.end(), to)) {
                    // "Former secretary of state James Baker interjected": the office's words, then the name
                    run.append(" of");
                    lastEnd = w.end();
                    Words ahead = new Words(text, w.end(), Math.min(to, w.end() + 60));
                    while (ahead.next() && !Character.isUpperCase(ahead.word().charAt(0)) && w.next()) {
                        run.append(' ').append(w.word()); // "of the board": the office's lower-case words
                        lastEnd = w.end();
                    }
                    continue;
                }
                if (++lowerWords > (described ? 4 : 3) || FUNCTION_WORDS.contains(lower) || verb.test(lower)
                        || Phrases.documentVerb(text, w.start(), w.end()) // "The report states"
                        || nameSeen && !described && !roleThenName(text, w.start(), to)) {
                    break;
                }
            } else if (cap && run.length() > 0 && Phrases.DAYS.contains(word) && endsPossessive(run)) {
                break; // "Mr. Romney’s Monday speech called": the owner, then when; the day names no one
            } else if (cap && !Names.ROLE_WORD_SET.contains(word)) {
                nameSeen = true;
            }
            run.append(run.length() > 0 ? " " : "").append(word);
            lastEnd = w.end();
        } while (w.next() && run.length() < 120);
        if (awaitingName) {
            run.setLength(institutionOf); // "of" (and "the") with no name after them
            lastEnd = endBeforeInstitutionOf;
        }
        // "a group of" with nothing after it, or only a word that is no noun ("a group of more than 60 experts")
        if (beforeOf >= 0 && (run.length() == beforeOf + 3 || NOT_AFTER_OF.contains(lastWord(run)))) {
            run.setLength(beforeOf);
            lastEnd = endBeforeOf;
        }
        return new Run(run.toString(), lastEnd);
    }

    /** Titles that name their office after "of": "Secretary of Defense Mark Esper", "Director of National Intelligence". */
    private static final Set<String> TITLES_BEFORE_OF = Lexicon.of("Secretary", "Director", "Minister", "Chairman", "Chairwoman",
            "Chair", "Head", "Chief", "Commander", "Administrator", "Commissioner", "Governor", "Mayor", "President");

    /** Whether the run ends in a capitalised title that an "of" and its office follow. */
    private static boolean titleBeforeOf(StringBuilder run) {
        return TITLES_BEFORE_OF.contains(run.substring(run.lastIndexOf(" ") + 1));
    }

    /** Determiners that open the object of a participle: "wearing a", "holding the", "carrying his". */
    private static final WordSet OBJECT_OPENERS = new WordSet(Lexicon.of("a", "an", "the", "his", "her", "their", "its", "this",
            "that", "these", "those", "my", "our", "your"));

    /** Whether the word after {@code from} (spaces only between) opens a noun phrase: the participle before it takes an object. */
    private static boolean objectAfter(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + 20));
        return w.next() && Words.onlySpaceBetween(text, from, w.start()) && OBJECT_OPENERS.contains(text, w.start(), w.end());
    }

    /** The subject after a short opening phrase of time or manner ending in a comma, if that is where it is. */
    private static String afterShortOpening(String sentence, int from, int to) {
        int comma = sentence.indexOf(',', from);
        if (comma < 0 || comma - from > 40) {
            return null;
        }
        String opening = sentence.substring(from, comma);
        boolean lower = false;
        String[] words = Words.splitOnSpaces(opening.trim());
        for (String word : words) {
            if (word.isEmpty() || isVerbLike(word.toLowerCase(Locale.ROOT))) {
                return null;
            }
            lower |= Character.isLowerCase(word.charAt(0));
        }
        // an owner's title, capitalised ("His National Security Adviser, Robert O'Brien, said", "Trump's Chief of
        // Staff, Mark Meadows, said"): a description, then the name it describes
        lower |= words.length >= 2
                && (OWNER_OPENERS.contains(words[0].toLowerCase(Locale.ROOT)) || Phrases.isPossessive(words[0]));
        String rest = sentence.substring(comma + 1).stripLeading();
        if (!lower || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return null; // "Mike Pence, Trump's running mate": a name, then an aside
        }
        return head(rest);
    }

    /** Owners' words that open a description: "His National Security Adviser, …". */
    private static final Set<String> OWNER_OPENERS = Lexicon.of("his", "her", "their", "its", "our", "my");

    private static boolean isVerbLike(String lower) {
        return verbLikeAt(lower, 0, lower.length());
    }

    /**
     * Adverbs without "-ly" that stand between a subject and its verb, never inside a noun phrase: "The president even
     * harks back to …" (not "then", "now", "once": "the then Labour leader Ed Miliband").
     */
    private static final Set<String> VERB_ADVERBS = Lexicon.of("even", "also", "still", "just", "again", "never", "already",
            "often", "soon", "ever", "always");

    /** Whether {@code words} are a noun phrase {@code head} then one of those adverbs ("the White House soon"). */
    static boolean headThenAdverb(String words, String head) {
        return words.length() > head.length() + 1 && words.startsWith(head) && words.charAt(head.length()) == ' '
                && VERB_ADVERBS.contains(words.substring(head.length() + 1));
    }

    /**
     * Whether a phrase's words after its first hold a verb of speech or a common irregular past tense ("The statements
     * drew a rebuke") before any relative clause: a clause, not a description ("a woman in the audience", "a source who
     * was on the call").
     */
    static boolean holdsFiniteVerb(String phrase) {
        String[] words = Words.splitOnSpaces(phrase);
        for (int k = 1; k < words.length; k++) {
            String lower = words[k].toLowerCase(Locale.ROOT);
            if (lower.equals("who") || lower.equals("that") || lower.equals("which") || lower.equals("whom")) {
                return false; // a verb in a relative clause describes: "a source who was on the call"
            }
            if (Phrases.VERB_WORDS.contains(lower) || IRREGULAR_PAST.contains(lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a lower-case word is one of {@link #IRREGULAR_PAST} ("put", "took"), or a past written as its present
     * ("shut", "let", "cut"), which that list leaves out: there it would end subjects it does not end.
     */
    static boolean irregularPast(String lower) {
        return IRREGULAR_PAST.contains(lower) || lower.equals("shut") || lower.equals("let") || lower.equals("cut");
    }

    /** English's common irregular past tenses and auxiliaries: where a described subject ends ("The newspaper took"). */
    private static final Set<String> IRREGULAR_PAST = Lexicon.of("took", "made", "gave", "told", "went", "came", "saw", "got",
            "put", "ran", "wrote", "began", "kept", "left", "felt", "brought", "thought", "found", "held", "stood", "sent",
            "spent", "built", "paid", "met", "led", "won", "lost", "chose", "drew", "grew", "knew", "threw", "spoke",
            "broke", "rose", "fell", "sat", "set", "became", "did", "had", "was", "were", "is", "are", "has", "have",
            "will", "would", "can", "could", "may", "might", "should", "must", "does", "do",
            "cast", "struck", "sought", "heard", "meant", "sold", "fled", "fought", "bought", "caught", "taught",
            "swore", "shook", "hung", "forgot", "dealt", "laid", "slept", "shot", "blew", "drove", "flew", "froze", "hid", "rode",
            "rang", "sang", "sank", "stole", "stuck", "swept", "swung", "tore", "wept", "withdrew", "overtook", "upheld",
            "withheld", "understood", "overcame", "forgave", "foresaw", "arose", "awoke", "bent", "bled", "dug", "lent", "sped",
            "spun", "slid", "stung", "strove", "drank", "swam", "sprang", "shrank", "clung", "flung", "undertook", "mistook",
            "misled", "overheard", "overthrew", "oversaw", "withstood", "forbade");

    /** The words {@link #isVerbLike} knows by name: speech verbs, irregular pasts, the reflexives. */
    private static final WordSet VERB_LIKE = new WordSet(verbLikeWords());

    private static Set<String> verbLikeWords() {
        Set<String> words = new java.util.HashSet<>(Phrases.VERB_WORDS);
        words.addAll(IRREGULAR_PAST);
        words.addAll(Lexicon.of("himself", "herself", "itself"));
        return words;
    }

    /** Where the apostrophe of a contraction stands in the word {@code [from, to)} ("He's", "she’ll"), or -1. */
    private static int contraction(String masked, int from, int to) {
        for (int i = from + 2; i < to - 1; i++) {
            char c = masked.charAt(i);
            if (c == '\'' || c == '\u2019') {
                return i;
            }
        }
        return -1;
    }

    /** The noun phrase starting at the scanner's current word: a pronoun, a known person, or something else. */
    private static Subject nounPhrase(String masked, Words w, int to, ArticlePeople people, Genders genders) {
        int at = w.start();
        boolean owned = false; // a name after "the" and its owner's: a person's only with a common first name
        if (w.end() - at <= 4) { // pronouns and articles: short words, the only ones copied out here
            String first = w.word().toLowerCase(Locale.ROOT);
            char g = Genders.of(first);
            if (g != '?' && (first.equals("he") || first.equals("she"))) {
                return new Subject(at, Kind.PRONOUN, null, g);
            }
            if (first.equals("they") || first.equals("it") || first.equals("we") || first.equals("i") || first.equals("who")) {
                return new Subject(at, Kind.PRONOUN, null, '?');
            }
        }
        int apostrophe = w.end() - at <= 7 && w.end() - at >= 4 ? contraction(masked, at, w.end()) : -1;
        if (apostrophe > 0) { // "He's not sure", "She’ll say", "They're": the pronoun, contracted
            String pronoun = masked.substring(at, apostrophe).toLowerCase(Locale.ROOT);
            if (pronoun.equals("he") || pronoun.equals("she")) {
                return new Subject(at, Kind.PRONOUN, null, Genders.of(pronoun));
            }
            if (pronoun.equals("they")) {
                return new Subject(at, Kind.PRONOUN, null, '?');
            }
        }
        if (w.end() - at <= 4) {
            String first = w.word().toLowerCase(Locale.ROOT);
            if (first.equals("the") && ageThenCapital(masked, w.end(), to)) {
                w.next(); // "The 65-year-old Roberts is accustomed to …": the name after the age
                w.next();
            } else if (first.equals("the") && ownerThenCapital(masked, w.end(), to)) {
                w.next(); // "The Daily Caller’s Chuck Ross nailed it": the name after its paper's
                owned = true;
            } else if (first.equals("the") && Character.isUpperCase(masked.charAt(at))) {
                // "The late University of Maryland economist Julian Simon rejected …": a sentence that opens on a
                // description ending in what someone is and their name is about that person
                String person = describedPersonAfterThe(masked, w.end(), to, people);
                return person != null ? new Subject(at, Kind.PERSON, person, '?') : new Subject(at, Kind.OTHER, null, '?');
            } else if (first.equals("the") || first.equals("a") || first.equals("an")) {
                return new Subject(at, Kind.OTHER, null, '?');
            }
        }
        if (!Character.isUpperCase(masked.charAt(w.start()))) {
            if (!roleThenName(masked, at, to)) {
                return new Subject(at, Kind.OTHER, null, '?');
            }
            // "state senator Bob Giuda, a former FBI agent, said", "former president Barack Obama": the name after its role
            boolean more = true;
            while (more && !Character.isUpperCase(masked.charAt(w.start()))) {
                more = w.next();
            }
            if (!more) {
                return new Subject(at, Kind.OTHER, null, '?');
            }
        }
        // "Russian Foreign Minister Sergey Lavrov", "Mr. Obama", "Republican presidential nominee Donald Trump"
        Run run = nounRun(masked, w, to, false, Phrases.VERB_WORDS::contains);
        String name = Names.personAtEnd(run.words());
        String person = name == null ? null : known(name, people);
        if (person == null && !owned && run.words().indexOf(' ') < 0) {
            String described = describedFullName(masked, run.end(), to, run.words(), people);
            if (described != null) {
                return new Subject(at, Kind.PERSON, described, '?'); // "Conservative healthcare wonk Avik Roy also offers"
            }
        }
        if (person == null || agentNounAt(masked, run.end(), to) || owned && FirstNames.gender(person) == '?') {
            // "Trump backers looked to Kukura": the backers are the subject; "the U.K.’s Daily Mail", "The FBI's San
            // Francisco field office": a paper's or an office's name
            return new Subject(at, Kind.OTHER, null, '?');
        }
        char titleGender = titleSex(run.words());
        if (titleGender != '?' && people.namesRelatives()) {
            person = people.fullest(name, titleGender); // "Mrs. Trump": the first lady the article names, not the president
        }
        if (titleGender != '?') {
            genders.vote(person, titleGender, 3);
        }
        return new Subject(at, Kind.PERSON, person, '?', joinedByAnd(masked, run.end(), to));
    }

    /**
     * The person the article names at the end of a description after "The" that opens a sentence, where the word before
     * the name says what they are ("late University of Maryland economist Julian Simon", "former Trump adviser Roger
     * Stone"), or null: no comma or verb on the way, at most eight words.
     */
    private static String describedPersonAfterThe(String masked, int from, int to, ArticlePeople people) {
        Words w = new Words(masked, from, Math.min(to, from + 90));
        String before = null; // the lower-case word before the capitalised run being read
        int runStart = -1;
        int end = from;
        boolean afterCapital = false;
        for (int i = 0; i < 8 && w.next() && Words.onlySpaceBetween(masked, end, w.start()); i++) {
            boolean cap = Character.isUpperCase(masked.charAt(w.start()));
            if (!cap) {
                String lower = w.word().toLowerCase(Locale.ROOT);
                if (runStart >= 0) {
                    break; // the name is over
                }
                if (afterCapital && Names.CONNECTORS.contains(lower)) {
                    afterCapital = false; // "University of Maryland": a body's name goes on
                    end = w.end();
                    continue;
                }
                if (FUNCTION_WORD_SET.contains(masked, w.start(), w.end()) || NO_DESCRIPTION.contains(masked, w.start(), w.end())
                        || isVerbLike(lower) || Phrases.VERB_WORDS.contains(lower)) {
                    break; // the words are a clause or a phrase of time ("The morning after Election Day")
                }
                before = lower;
            } else if (runStart < 0 && before != null && (Names.ROLE_NOUNS.contains(before) || personNoun(before) || agentNoun(before))) {
                runStart = w.start();
            }
            afterCapital = cap;
            end = w.end();
        }
        if (runStart < 0) {
            return null;
        }
        String name = Names.personAtEnd(masked.substring(runStart, end));
        return name != null && name.indexOf(' ') > 0 ? known(name, people) : null;
    }

    /** Words that make the lower-case words before a name a phrase or a clause, not a description: "before", "this", "you". */
    private static final WordSet NO_DESCRIPTION = new WordSet(Lexicon.of("before", "after", "during", "since", "until", "about",
            "against", "over", "under", "into", "onto", "upon", "through", "between", "among", "without", "within", "like",
            "than", "this", "that", "these", "those", "you", "we", "i", "he", "she", "they", "me", "him", "us", "them", "my",
            "your", "our", "do", "does", "did", "can", "could", "should", "may", "might", "must", "shall", "if", "when"));

    /**
     * The person the article names in full after a capitalised word and a few lower-case ones that describe them
     * ("Conservative healthcare wonk Avik Roy", where "wonk" is no role we list), or null. Not after a plural ("Critics
     * slam …") nor across a function word, a past tense or a verb of speech: those words are a clause, not a description.
     */
    private static String describedFullName(String masked, int from, int to, String first, ArticlePeople people) {
        if (first.endsWith("s") || !Character.isUpperCase(first.charAt(0))) {
            return null;
        }
        Words w = new Words(masked, from, Math.min(to, from + 60));
        int described = 0;
        int end = from;
        while (w.next() && Character.isLowerCase(masked.charAt(w.start())) && Words.onlySpaceBetween(masked, end, w.start())) {
            if (++described > 3 || FUNCTION_WORD_SET.contains(masked, w.start(), w.end()) || NO_DESCRIPTION.contains(masked, w.start(), w.end())
                    || masked.startsWith("ed", w.end() - 2) || masked.startsWith("ly", w.end() - 2) || Phrases.isVerbAt(masked, w.start(), w.end())) {
                return null;
            }
            end = w.end();
        }
        if (described == 0 || w.start() < end || !Character.isUpperCase(masked.charAt(w.start()))
                || !Words.onlySpaceBetween(masked, end, w.start())) {
            return null;
        }
        int nameStart = w.start();
        int nameEnd = w.end();
        while (w.next() && Character.isUpperCase(masked.charAt(w.start())) && Words.onlySpaceBetween(masked, nameEnd, w.start())) {
            nameEnd = w.end();
        }
        String run = masked.substring(nameStart, nameEnd);
        String name = Names.personAtEnd(run);
        return name != null && name.equals(run) && name.indexOf(' ') > 0 ? known(name, people) : null;
    }

    /**
     * Whether the words after {@code from} are capitalised, the last of them an owner's ("Daily Caller’s", "New York
     * Times’"), and then a capitalised word: a name owned by a paper or a body ("The Daily Caller’s Chuck Ross").
     */
    private static boolean ownerThenCapital(String masked, int from, int to) {
        Words next = new Words(masked, from, Math.min(to, from + 60));
        for (int words = 0; words < 4 && next.next(); words++) {
            if (!Character.isUpperCase(masked.charAt(next.start()))) {
                return false;
            }
            if (Phrases.isPossessive(masked.substring(next.start(), next.end()))) {
                return next.next() && Character.isUpperCase(masked.charAt(next.start()));
            }
        }
        return false;
    }

    /** Whether the words after {@code from} are an age ("65-year-old") and then a capitalised word. */
    private static boolean ageThenCapital(String masked, int from, int to) {
        Words next = new Words(masked, from, Math.min(to, from + 40));
        // the words skip digits: "65-year-old" reads as "year-old"
        if (!next.next() || next.end() - next.start() < 8 || !masked.startsWith("year-old", next.end() - 8)) {
            return false;
        }
        if (!next.next() || !Character.isUpperCase(masked.charAt(next.start()))) {
            return false;
        }
        boolean more;
        while ((more = next.next()) && Character.isUpperCase(masked.charAt(next.start()))) {
            // the capitalised words of the name
        }
        // a name, not what describes someone: "the 71-year-old Black Lives Matter activist", "the 40-year-old Trump voter"
        return !more || !describesPerson(masked.substring(next.start(), next.end()));
    }

    /** Whether a lower-case word is a noun for someone by what they do: "activist", "supporter", "lawmakers". */
    private static boolean describesPerson(String word) {
        return peopleNoun(word) || Names.agentEnding(word);
    }

    /**
     * Whether another person is joined to the subject ending at {@code end}: "and", then a capitalised word before any
     * verb ("Bill Clinton and former Secretary of State Hillary Clinton released").
     */
    private static boolean joinedByAnd(String masked, int end, int to) {
        int and = end;
        // "Paul, Lee and Cruz": a list of capitalised names first
        for (int names = 0; names < 4 && masked.startsWith(", ", and) && and + 2 < to && Character.isUpperCase(masked.charAt(and + 2)); names++) {
            Words name = new Words(masked, and + 2, Math.min(to, and + 60));
            while (name.next() && Character.isUpperCase(masked.charAt(name.start()))) {
                and = name.end();
            }
        }
        if (masked.startsWith(",", and)) {
            and++; // "Paul, Lee, and Cruz"
        }
        if (!masked.startsWith(" and ", and)) {
            return false;
        }
        Words w = new Words(masked, and + 5, Math.min(to, and + 90));
        for (int i = 0; i < 6 && w.next(); i++) {
            if (Character.isUpperCase(masked.charAt(w.start()))) {
                return true;
            }
            if (VERBS.contains(masked, w.start(), w.end()) || PRONOUN_WORDS.contains(masked, w.start(), w.end())) {
                return false;
            }
        }
        return false;
    }

    private static final WordSet PRONOUN_WORDS = new WordSet(Lexicon.of("he", "she", "they", "his", "her", "their", "its", "it"));

    /**
     * "communication director Jennifer Palmieri": lower-case words up to a role word, then a capitalised name; or up
     * to a noun for a person by what they do, then a full name ("National Security Agency contractor Edward Snowden").
     */
    private static boolean roleThenName(String masked, int from, int to) {
        Words w = new Words(masked, from, Math.min(to, from + 80));
        boolean role = false;
        boolean agent = false;
        int lastEnd = from;
        for (int i = 0; i < 5 && w.next(); i++) { // "conservative talk show host Steve Deace": four words, then the name
            String word = w.word();
            if (Character.isUpperCase(word.charAt(0))) {
                return role || agent && w.start() == lastEnd + 1 && fullNameAt(w);
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (i > 0 && (lower.equals("a") || lower.equals("an") || lower.equals("the")) && Words.onlySpaceBetween(masked, lastEnd, w.start())) {
                // "held a press conference Friday": a clause and its object, no role ("employer, the security company
                // G4S": an aside after its comma)
                return false;
            }
            role = Names.ROLE_WORDS.contains(lower) && !notARole(lower);
            // "NBA legend Michael Jordan", "Labour veteran Dennis Skinner": one noun for what someone is, then a full name
            agent = agentNoun(lower) || i == 0 && singleNounBeforeName(lower);
            lastEnd = w.end();
        }
        return false;
    }

    /**
     * Whether capitalised words before an "and" may open an office's name ("House Ways", "Homeland Security", "Health"):
     * two words or more, or one that is a title's word or a body's letters ("NBC"), with no person among them ("Speaker
     * Nancy Pelosi", "Sen. Graham", "Lighthizer": the "and" then joins two people).
     */
    static boolean officeBeforeAnd(String left) {
        String[] words = Words.splitOnSpaces(left.strip());
        if (words.length == 1) {
            // "NBC and MSNBC Senior Politics Editor Beth Fouhy": two bodies by their letters share the title
            return Names.ROLE_WORD_SET.contains(words[0]) || Phrases.capitalsOnly(words[0]);
        }
        for (String word : words) {
            if (Names.PERSON_TITLE_SET.contains(word)) {
                return false;
            }
        }
        String person = Names.personAtEnd(left);
        if (person == null) {
            return true;
        }
        int at = left.lastIndexOf(person);
        String before = at > 0 ? Phrases.lastWord(left, at) : "";
        // a first name, or a title before a name of two words ("Fox News CEO Suzanne Scott"): a person
        return FirstNames.genderOfFirstName(Words.firstOnSpaces(person)) == '?'
                && !(person.indexOf(' ') > 0 && !before.isEmpty() && Names.ROLE_WORD_SET.contains(before));
    }

    /**
     * Whether the capitalised words from {@code from} go on an office's name after an "and" there: a word that is no
     * title first ("Human Services", "Means"), then a title and a name ("Secretary Thomas Price", "Chairman Dave Camp").
     * Not a second person ("Trump and Vice President Mike Pence": a title first), nor two names ("Kirby and Munoz").
     */
    static boolean andInsideAnOffice(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + 100));
        boolean role = false;
        int lastEnd = from;
        for (int i = 0; i < 6 && w.next(); i++) {
            if (i > 0 && !Words.onlySpaceBetween(text, lastEnd, w.start()) || !Character.isUpperCase(text.charAt(w.start()))) {
                return false;
            }
            boolean roleWord = Names.ROLE_WORD_SET.contains(text, w.start(), w.end());
            if (i == 0 && roleWord) {
                return false;
            }
            if (role && !roleWord) {
                return true; // a name after the title
            }
            role = roleWord;
            lastEnd = w.end();
        }
        return false;
    }

    /** A word that may be a noun for what someone is, not a verb's form, an adverb or a function word. */
    private static boolean singleNounBeforeName(String lower) {
        return lower.length() >= 4 && !notARole(lower) && !NOT_AGENTS.contains(lower) && !Titles.WORKS.contains(lower)
                && !PLACE_NOUNS.contains(lower) && !lower.endsWith("ed")
                && !lower.endsWith("ing") && !lower.endsWith("ly") && !lower.endsWith("s");
    }

    /** Whether the run's last word is a noun for what someone is ("candidate", "astronaut", "pundit") or a title ("CEO"). */
    private static boolean roleWordAtEnd(StringBuilder run) {
        int at = run.lastIndexOf(" ") + 1;
        if (at >= run.length()) {
            return false;
        }
        String last = run.substring(at);
        // a capitalised word only as a title's ("Former Hewlett-Packard CEO and presidential candidate Carly Fiorina",
        // "Writer and human rights lawyer Bela Bhatia"); not a name: "Ashley Warren and boyfriend Chris Smith" are two
        return Character.isLowerCase(last.charAt(0)) ? roleNoun(last) : Names.ROLE_WORD_SET.contains(last)
                && !PREMODIFIERS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** A lower-case noun for what someone is, not a word set before one ("former", "then", "top"). */
    private static boolean roleNoun(String lower) {
        return !PREMODIFIERS.contains(lower)
                && (Names.ROLE_WORDS.contains(lower) && !notARole(lower) || agentNoun(lower) || singleNounBeforeName(lower));
    }

    /** Words that stand before a noun for what someone is, and are none: "former South Bend Mayor", "top aide". */
    private static final Set<String> PREMODIFIERS = Lexicon.of("former", "then", "late", "fellow", "longtime", "retired",
            "current", "future", "acting", "interim", "incoming", "outgoing", "top", "senior", "junior", "prominent",
            "veteran", "vice", "deputy", "chief", "first", "second", "would-be", "onetime", "erstwhile");

    /**
     * Whether the words from {@code from} (after an "and") are a second thing someone is and then their full name: up
     * to four words, the last of them a noun for what someone is ("Texas native", "Navy captain", "presidential
     * biographer"), on one line with no punctuation between.
     */
    private static boolean secondRoleThenName(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + 80));
        boolean role = false;
        int lastEnd = from;
        for (int i = 0; i < 5 && w.next(); i++) {
            if (!Words.onlySpaceBetween(text, lastEnd, w.start())) {
                return false;
            }
            String word = w.word();
            String lower = word.toLowerCase(Locale.ROOT);
            if (role && Character.isUpperCase(word.charAt(0))) {
                return fullNameAt(w);
            }
            if (FUNCTION_WORDS.contains(lower) || OBJECT_OPENERS.contains(lower) || Phrases.VERB_WORDS.contains(lower)) {
                return false; // "and the …", "and his wife": a second subject; "and said": a verb
            }
            role = Character.isLowerCase(word.charAt(0)) && roleNoun(lower);
            lastEnd = w.end();
        }
        return false;
    }

    /** Nouns for places a name can follow ("the hospital Mount Sinai"): no one is what they name. */
    private static final Set<String> PLACE_NOUNS = Lexicon.of("city", "town", "village", "state", "county", "country", "hill",
            "street", "avenue", "road", "hotel", "hospital", "school", "college", "university", "church", "building", "park",
            "airport", "station", "island", "river", "lake", "mountain", "district", "province", "region", "capital");

    /** A singular noun for a person by what they do: "contractor", "leaker", "lobbyist", "historian", "consultant". */
    private static boolean agentNoun(String lower) {
        return lower.length() >= 5 && !notARole(lower) && !NOT_AGENTS.contains(lower) && Names.agentEnding(lower);
    }

    /** Words of those endings that name no one. */
    private static final Set<String> NOT_AGENTS = Lexicon.of("under", "after", "other", "never", "either", "neither", "whether",
            "later", "rather", "earlier", "summer", "winter", "number", "order", "center", "centre", "quarter", "letter",
            "chapter", "matter", "together", "however", "forever", "percent", "recent", "current", "different", "present",
            "event", "moment", "comment", "statement", "content", "intent", "extent", "amendment", "important",
            "significant", "vacant", "instant", "constant", "behavior", "behaviour", "error", "mirror", "floor",
            "favor", "favour", "labor", "labour", "honor", "honour", "color", "colour", "humor", "rumor", "tenor",
            "christian", "canadian", "italian", "indian", "russian", "asian");

    /**
     * Whether, from {@code from}, a few lower-case words of an office ("state", "the board", "communications") and then a
     * full name follow: "… secretary of state James Baker".
     */
    private static boolean officeThenName(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + 60));
        int end = from;
        for (int i = 0; i < 4 && w.next(); i++) {
            String word = w.word();
            if (!Words.onlySpaceBetween(text, end, w.start())) {
                return false;
            }
            end = w.end();
            if (Character.isUpperCase(word.charAt(0))) {
                // a person's full name, opening with a known first name (not "CEO of conservative Newsmax Media"), and
                // the name alone (not "of the George Washington Bridge Robert Durando": a place's name first)
                return i > 0 && FirstNames.genderOfFirstName(word) != '?' && capitalisedRun(text, w.start(), to) <= 3
                        && fullNameAt(w);
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (!lower.equals("the") && FUNCTION_WORDS.contains(lower) || isVerbLike(lower)) {
                return false;
            }
        }
        return false;
    }

    /** How many capitalised words run from {@code from} (up to five: enough to tell a name from a longer run). */
    private static int capitalisedRun(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + 120));
        int count = 0;
        int end = from;
        while (count < 5 && w.next() && Character.isUpperCase(w.word().charAt(0))
                && (count == 0 || Words.onlySpaceBetween(text, end, w.start()))) {
            count++;
            end = w.end();
        }
        return count;
    }

    /**
     * Whether the scanner's current word and the next are a capitalised first and last name, on one line, neither a
     * title nor a day.
     */
    private static boolean fullNameAt(Words w) {
        String first = w.word();
        int end = w.end();
        if (Names.ROLE_WORD_SET.contains(first) || Phrases.DAYS.contains(first)) {
            return false;
        }
        if (!w.next()) {
            return false;
        }
        String last = w.word();
        return w.start() == end + 1 && Character.isUpperCase(last.charAt(0)) && !Names.ROLE_WORD_SET.contains(last)
                && !Phrases.DAYS.contains(last);
    }

    /**
     * The words that {@link Names#ROLE_WORDS} holds only because they open sentences before names ("On", "Said"): in
     * lower case they are no role, and "DeVos spoke on President Donald Trump's plan" names no "on Donald Trump".
     */
    private static boolean notARole(String lower) {
        return FUNCTION_WORDS.contains(lower) || LEADERS.contains(lower) || OPENERS.contains(lower)
                || Phrases.VERB_WORDS.contains(lower);
    }

    /** A lower-case noun for people right after a name ("supporters", "lawyers"): the name only modifies it. */
    static boolean agentNounAt(String masked, int from, int to) {
        Words w = new Words(masked, from, Math.min(to, from + 40));
        if (!w.next() || !Words.onlySpaceBetween(masked, from, w.start())) {
            return false;
        }
        String word = w.word();
        // "Trump backers looked to …", not "Cole wants …": a verb that ends as such a plural does is the name's own
        return Character.isLowerCase(word.charAt(0)) && peopleNoun(word) && !VERBS_LIKE_PLURALS.contains(word);
    }

    /**
     * A plural noun for people, in lower case: agent nouns ("supporters", "prosecutors", "analysts", "Republicans"
     * aside) and the common plurals for people that are none ("officials", "aides", "sources").
     */
    static boolean peopleNoun(String word) {
        if (Phrases.VERB_WORDS.contains(word) || word.endsWith("ments") || word.equals("headquarters")) {
            return false; // "comments", "statements": things, not people
        }
        return word.endsWith("ers") || word.endsWith("ors") || word.endsWith("ists") || word.endsWith("ians")
                || word.endsWith("ants") || word.endsWith("ents") || word.endsWith("ites") || PEOPLE_PLURALS.contains(word)
                || word.endsWith("men") && !NOT_MEN.contains(word); // "chairmen", "congressmen", "gunmen"
    }

    /**
     * Words in "-men" that are no plural of a "-man" who does something: not a plural at all ("abdomen"), or men and
     * women as such, whom a sentence is as often about in general ("Real men hold their ground", "gentlemen do read …").
     */
    private static final Set<String> NOT_MEN = Lexicon.of("men", "women", "gentlemen", "amen", "omen", "abdomen", "specimen", "regimen",
            "acumen", "stamen", "semen", "hymen", "gravamen", "cyclamen");

    /**
     * A plural for people that can follow a name as what it modifies ("Iranian officials", "Trump supporters"): as
     * {@link #peopleNoun}, but not a verb of the same ending ("Swanson offers", "the judge orders", "Steele cites").
     */
    static boolean groupOfPeople(String lower) {
        return PEOPLE_PLURALS.contains(lower) || !lower.endsWith("ites") && !VERBS_LIKE_PLURALS.contains(lower) && peopleNoun(lower);
    }

    /**
     * Where the word right after {@code from} ends, when it is a lower-case plural for a group of people that no verb or
     * name follows as a role would ("health officials said"), or -1.
     */
    private static int groupAfter(String text, int from, int to) {
        Words w = new Words(text, from, Math.min(to, from + 30));
        if (!w.next() || !Words.onlySpaceBetween(text, from, w.start()) || !Character.isLowerCase(text.charAt(w.start()))) {
            return -1;
        }
        String next = w.word();
        return PEOPLE_PLURALS.contains(next) && !roleThenName(text, w.start(), to) ? w.end() : -1;
    }

    /** A noun for one person, as its plural is for people ("author", "contributor", "analyst"): {@link #groupOfPeople} of the plural. */
    static boolean personNoun(String lower) {
        return groupOfPeople(lower + "s");
    }

    /** Verbs that end as plurals for people do. */
    private static final Set<String> VERBS_LIKE_PLURALS = Lexicon.of("offers", "orders", "answers", "enters", "covers",
            "considers", "delivers", "gathers", "suffers", "wonders", "remembers", "discovers", "registers", "triggers",
            "counters", "prefers", "refers", "transfers", "lowers", "powers", "bothers", "matters", "numbers", "others",
            "centers", "monitors", "mirrors", "honors", "favors", "labors", "weathers", "differs", "alters", "filters",
            "renders", "tenders", "hinders", "steers", "wants", "grants", "plants", "presents", "represents", "invents",
            "prevents", "consents", "resents", "vents", "accents", "rents", "dissents", "assents", "relents", "repents",
            "warrants", "chants", "enchants", "slants", "supplants", "recants", "descants", "implants", "cheers",
            "jeers", "sneers", "veers", "towers", "showers", "empowers", "hovers", "recovers", "uncovers", "ponders",
            "wanders", "blunders", "surrenders", "lingers", "staggers", "mutters", "stutters", "flatters", "shatters",
            "utters", "caters", "conquers", "borders", "shelters", "falters", "whispers", "endeavors", "factors");

    /** Plurals for people that no agent-noun ending above covers. */
    private static final Set<String> PEOPLE_PLURALS = Lexicon.of("aides", "officials", "sources", "experts", "critics", "allies",
            "troops", "police", "authorities", "executives", "spokespeople", "people", "fans", "advocates", "attorneys",
            "judges", "justices", "nurses", "witnesses", "families", "friends", "colleagues", "children",
            "citizens", "delegates", "candidates", "conservatives", "liberals", "progressives", "moderates", "evangelicals",
            "generals", "envoys", "diplomats", "rebels", "pundits", "scholars", "staff", "staffs", "analysts", "agencies", "forces",
            "companies", "firms", "businesses", "banks", "networks", "carriers", "providers", "insurers", "lenders", "employees",
            "veterans", "victims", "relatives");

    /** Nouns that name a body of people by what it is made of: "a group of students", "a majority of voters". */
    private static final Set<String> COLLECTIVE_HEADS = Lexicon.of("group", "groups", "number", "majority", "minority",
            "handful", "couple", "crowd", "team", "panel", "coalition", "bunch", "band", "delegation", "pair", "dozens",
            "hundreds", "thousands", "millions", "plurality", "share", "percent");

    /** Words that end a run after a collective's "of" without naming what it is made of. */
    private static final Set<String> NOT_AFTER_OF = Lexicon.of("more", "less", "fewer", "than", "about", "around", "nearly", "almost",
            "over", "under", "some", "all", "those", "these", "them", "us", "you", "whom", "which", "its", "their", "his", "her");

    private static String lastWord(StringBuilder run) {
        return run.substring(run.lastIndexOf(" ") + 1).toLowerCase(Locale.ROOT);
    }

    private static final Set<String> FUNCTION_WORDS = Lexicon.of("the", "a", "an", "of", "to", "and", "or", "in", "on",
            "at", "for", "with", "by", "from", "that", "who", "which", "is", "was", "has", "had", "have", "will",
            "would", "also", "not", "be", "been", "were", "are", "as", "but", "it", "its", "his", "her", "their");
    private static final WordSet FUNCTION_WORD_SET = new WordSet(FUNCTION_WORDS);

    /**
     * People a speech verb names inside the sentence: "…, Mr. Obama said in his interview", and the inverted
     * "…, says psychologist Nancy Molitor" (only right after a comma or a quotation: "He said Putin has" names
     * what was said, not who said it).
     */
    private static void speakers(Tokens tokens, int from, int to, ArticlePeople people, Genders genders, List<Subject> found) {
        String masked = tokens.text;
        Words w = tokens.words(from, to);
        boolean prevCapital = false; // the word before is capitalised (copied out only when a verb follows it)
        boolean first = true;
        int prevStart = -1;
        int prevEnd = from;
        while (w.next()) {
            int wordEnd = masked.charAt(w.end() - 1) == '.' ? w.end() - 1 : w.end();
            boolean verb = VERBS.contains(masked, w.start(), wordEnd) || pointsOut(masked, w.start(), wordEnd);
            if (verb && prevEnd - prevStart == 3 && masked.regionMatches(true, prevStart, "who", 0, 3) && noPersonIn(found, prevStart)) {
                String named = namedBeforeWho(masked, from, prevStart); // "Janice Adkison, 52, of Florida, who said"
                String person = named == null ? null : known(named, people); // "Quincy Jones", not another Jones
                if (person != null) {
                    int who = prevStart;
                    found.removeIf(s -> s.pos() == who && s.kind() == Kind.PRONOUN); // the "who" is that person
                    addPerson(found, prevStart, person);
                }
            }
            if (verb && prevCapital && Words.onlySpaceBetween(masked, prevEnd, w.start())) {
                String firstOf = firstJoinedBefore(masked, from, prevStart, people);
                if (firstOf != null) {
                    // "…,” authors Robin Pogrebin and Kate Kelly wrote.": the first of them, as a "they" after names
                    found.add(new Subject(prevStart, Kind.PERSON, firstOf, '?', true));
                }
                String person = people.personEndingAt(masked, prevStart, prevEnd);
                int ofPlace = person == null ? nameBeforeOfPlace(masked, from, prevStart) : -1;
                char titled = titleSexBefore(masked, from, prevStart);
                if (titled != '?' && !subjectWithin(found, Words.wordStartBefore(masked, prevStart - 1, true), prevEnd)) {
                    // "…,” Mr. Pitney said": the title tells the speaker's sex, as it does of a sentence's subject (of a
                    // family, the one of that sex: "Mrs. Romney said" is Ann, not Mitt)
                    titleVote(genders, people, person != null ? person : masked.substring(prevStart, prevEnd), titled);
                }
                if (person != null) {
                    addPerson(found, prevStart, person); // "Paige Mitchell denied", where Joyce Mitchell is named first
                } else if (ofPlace >= 0) {
                    // "with Senator James Lankford of Oklahoma saying": the name before the place
                    int nameStart = Words.wordStartBefore(masked, ofPlace, false);
                    String named = people.personEndingAt(masked, nameStart, ofPlace);
                    if (named != null) {
                        addPerson(found, nameStart, named);
                    } else {
                        add(found, nameStart, masked.substring(nameStart, ofPlace), people);
                    }
                } else {
                    add(found, prevStart, masked.substring(prevStart, prevEnd), people);
                }
            } else if (verb && prevEnd > from && w.start() == prevEnd + 2 && masked.startsWith(", ", prevEnd)
                    && addedNameBeforeAside(masked, from, prevStart, prevEnd, people, found)) {
                // "…, Mark Haefele, global CIO of UBS, said in a note.": the name the aside describes speaks, added as
                // a subject; the verb names no one after it
            } else if (verb && (first || afterCommaOrQuote(masked, prevEnd, w.start()))
                    && !objectAfter(masked, w.start(), wordEnd, prevEnd)) {
                int at = w.end();
                StringBuilder run = new StringBuilder();
                int lowers = 0;
                int end = w.end();
                boolean clauseGoesOn = false; // the name is followed by its own verb: "…, said Hekmati called him"
                while (w.next()) { // "says psychologist Nancy Molitor", "said Sen. Ben Sasse"
                    String next = w.word();
                    if (!Words.onlySpaceBetween(masked, end, w.start())) {
                        break;
                    }
                    if (Character.isUpperCase(next.charAt(0))) {
                        run.append(run.length() > 0 ? " " : "").append(next);
                    } else if (run.length() > 0 || ++lowers > 3 || FUNCTION_WORDS.contains(next.toLowerCase(Locale.ROOT))) {
                        clauseGoesOn = run.length() > 0 && reportedVerb(next);
                        break;
                    }
                    end = w.end();
                }
                // the name is the subject of the clause the verb reports, not one who speaks after it
                String name = clauseGoesOn ? null : Names.personAtEnd(run.toString());
                String person = name == null || name.indexOf(' ') < 0 ? null : people.personNamed(name);
                char titled = name == null ? '?' : titleSex(run);
                if (titled != '?') {
                    titleVote(genders, people, person != null ? person : name, titled); // "…,” said Mr. Pitney"
                }
                if (name != null && name.indexOf(' ') > 0 && namesListedAfter(masked, end, to)) {
                    // "…,” write Gérard Araud, a former ambassador, and Ali Vaez": the first of them, whom a "they" after
                    // them means, as after "Araud and Vaez wrote"
                    found.add(new Subject(at, Kind.PERSON, person != null ? person : name, '?', true));
                } else if (person != null) {
                    addPerson(found, at, person);
                } else if (name != null) {
                    add(found, at, Names.lastName(name), people);
                }
                prevCapital = false;
                first = true;
                prevEnd = end;
                continue;
            }
            // only a capitalised word before a verb can name its speaker
            prevCapital = Character.isUpperCase(masked.charAt(w.start()));
            first = false;
            prevStart = w.start();
            prevEnd = w.end();
        }
    }

    /** Whether the word {@code [start, end)} is "points" or "pointed" and "out" follows: "…, points out Jane Doe." */
    private static boolean pointsOut(String masked, int start, int end) {
        int length = end - start;
        return (length == 6 && masked.startsWith("points", start) || length == 7 && masked.startsWith("pointed", start))
                && masked.startsWith(" out ", end);
    }

    /** Whether a subject already read starts in {@code [from, to)}: its title voted as the sentence's subject was read. */
    private static boolean subjectWithin(List<Subject> found, int from, int to) {
        for (Subject s : found) {
            if (s.pos() >= from && s.pos() < to) {
                return true;
            }
        }
        return false;
    }

    /** A title's vote for the sex of the person it names: of a family the article names, the one of that sex. */
    private static void titleVote(Genders genders, ArticlePeople people, String name, char sex) {
        if (people.namesRelatives()) {
            String relative = people.fullest(name, sex);
            if (relative.indexOf(' ') < 0 || FirstNames.gender(relative) != sex) {
                return; // no one of the family is known to be of that sex: the vote would fall on the surname they share
            }
            name = relative;
        }
        genders.vote(name, sex, 3);
    }

    /** The sex a title among a run's words tells ("Mr. Pitney": 'm'), or '?'. */
    private static char titleSex(CharSequence run) {
        char sex = '?';
        for (String word : Words.splitOnSpaces(run.toString())) {
            String lower = word.toLowerCase(Locale.ROOT);
            sex = TITLES_M.contains(lower) ? 'm' : TITLES_F.contains(lower) ? 'f' : sex;
        }
        return sex;
    }

    /** The sex a title right before the capitalised word at {@code wordStart} tells ("Mr. Pitney said"), or '?'. */
    private static char titleSexBefore(String masked, int from, int wordStart) {
        int end = wordStart - 1;
        if (end <= from || masked.charAt(end) != ' ') {
            return '?';
        }
        int start = Words.wordStartBefore(masked, end, true);
        if (start < from || start >= end) {
            return '?';
        }
        String lower = masked.substring(start, end).toLowerCase(Locale.ROOT);
        return TITLES_M.contains(lower) ? 'm' : TITLES_F.contains(lower) ? 'f' : '?';
    }

    /**
     * The person a "who" at {@code who} refers to when a speech verb follows it ("supporters like Janice Adkison, 52,
     * of Florida, who said she …"): the name that ends the clause before its comma, past an age or a place ("52",
     * "of Florida"); null if there is none.
     */
    private static String namedBeforeWho(String masked, int from, int who) {
        int end = who;
        while (end > from && Character.isWhitespace(masked.charAt(end - 1))) {
            end--;
        }
        if (end <= from || masked.charAt(end - 1) != ',') {
            return null;
        }
        List<String> clauses = Phrases.clauses(masked.substring(from, end - 1));
        for (int j = clauses.size() - 1; j >= Math.max(0, clauses.size() - 3); j--) {
            String c = clauses.get(j).strip();
            if (c.isEmpty() || Character.isDigit(c.charAt(0)) || PLACE_ASIDE.matcher(c).lookingAt() || Names.isPartyAndState(c)) {
                continue; // an age, a home town, a party and state
            }
            return Names.personAtEnd(c);
        }
        return null;
    }

    /** An aside that tells where someone is from: "of Florida", "from Ohio". */
    private static final Pattern PLACE_ASIDE = Pattern.compile("(?:of|from|in) [A-Z]");

    /**
     * Whether no subject found so far is a person or a pronoun, but for the "who" at {@code who} (taken for one when
     * it follows a leading phrase): a sentence about something else.
     */
    private static boolean noPersonIn(List<Subject> found, int who) {
        for (Subject s : found) {
            if (s.kind() != Kind.OTHER && s.pos() != who) {
                return false;
            }
        }
        return true;
    }

    /**
     * Speech verbs whose capitalised words after them name whom or what they act on, not who speaks: "Smith, a senator,
     * urged North Korea to …", "…, praised Obama for …". No inverted cue, after a comma or after a quotation.
     */
    private static final WordSet OBJECT_VERBS = new WordSet(Lexicon.of("urged", "urges", "urging", "called", "calls", "calling",
            "thanked", "blasted", "blasting", "slammed", "slams", "slamming", "praised", "praising", "mocked", "mocks",
            "accused", "accuses", "accusing", "criticized", "criticised", "criticizes", "dismissed", "dismisses", "dismissing",
            "condemned", "condemns", "hailed", "hails", "scolded", "scolds", "advised", "advises", "likened", "likens",
            "likening", "compared", "compares", "comparing", "described", "describes", "describing", "dubbed", "branded",
            "derided", "derides", "decried", "decries", "touted", "touts", "characterized", "characterised", "characterizes",
            "echoed", "telling", "asking", "referring", "told", "tells", "tell"));
    /**
     * Speech verbs that invert after a quotation ("“…?” asked Smith") but after a comma take whom they address: "Smith,
     * a senator, asked Jones whether …", "…, warned Russia that …".
     */
    private static final WordSet ADDRESSING_VERBS = new WordSet(Lexicon.of("asked", "asks", "ask", "warned", "warns", "warning",
            "cautioned", "answered", "interrupted", "pressed", "reminded"));

    /**
     * Whether the name after the speech verb {@code masked[start, end)} is its object rather than its inverted subject:
     * always for the verbs that take one ({@link #OBJECT_VERBS}), and after a comma for those that address someone.
     */
    private static boolean objectAfter(String masked, int start, int end, int prevEnd) {
        if (OBJECT_VERBS.contains(masked, start, end)) {
            return true;
        }
        return ADDRESSING_VERBS.contains(masked, start, end) && Words.indexOf(masked, ',', prevEnd, start) >= 0;
    }

    /** Whether a word is a verb a reported clause's subject takes: a verb of speech, a past tense, an auxiliary. */
    private static boolean reportedVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return VERBS.contains(word) || IRREGULAR_PAST.contains(lower) || REPORTED_AUXILIARIES.contains(lower)
                || lower.length() > 4 && lower.endsWith("ed");
    }

    private static final Set<String> REPORTED_AUXILIARIES = Lexicon.of("is", "was", "were", "are", "has", "had", "have",
            "will", "would", "could", "should", "can", "did", "does", "may", "might", "must");

    private static boolean afterCommaOrQuote(String masked, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = masked.charAt(i);
            if (c == ',') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return to - from > 2; // a blanked quotation lies between
    }

    /**
     * Whether more people's full names follow the name that ends at {@code nameEnd}, after its place or its aside: ", Paul
     * Tonko", "…, a former ambassador, and Ali Vaez", " and Jim Kessler" (after "and", or a known first name and a surname
     * after a comma: not "…, Jones's spokesman", "…, Washington Democrat").
     */
    private static boolean namesListedAfter(String masked, int nameEnd, int to) {
        Matcher m = LISTED_NAME.matcher(masked).region(nameEnd, Math.min(to, nameEnd + 200));
        if (!m.lookingAt() || m.group(2).endsWith("'s") || m.group(2).endsWith("\u2019s")) {
            return false;
        }
        // after a comma alone, a name that opens with a known first name: not "…, Washington Democrat and a sponsor"
        return m.group(1) != null || m.group(2).indexOf(' ') > 0 && FirstNames.genderOfFirstName(Words.firstOnSpaces(m.group(2))) != '?';
    }

    private static final Pattern LISTED_NAME = Pattern.compile("(?: (?:of|from) \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,3})?"
            + "(?:, [^,;\"\u201C\u201D]{1,80},)?(?:,? (and) |, )(\\p{Lu}[\\p{L}.'\u2019-]*(?: \\p{Lu}[\\p{L}'\u2019-]+){0,2})");

    /**
     * Whether the words before a speech verb end in a name and one aside set off by commas, the aside's last word at
     * {@code [asideEnd...)} ("Mark Haefele, global CIO of UBS, said"), and the person the name is, known to the article,
     * was added to {@code found} as a subject.
     */
    private static boolean addedNameBeforeAside(String masked, int from, int lastWordStart, int asideEnd, ArticlePeople people,
            List<Subject> found) {
        // looked for within the aside's reach only, not back through the text before the sentence
        int open = Words.lastIndexOf(masked, ',', Math.max(from, asideEnd - 100), lastWordStart);
        if (open <= from || !masked.startsWith(", ", open)) {
            return false;
        }
        String aside = masked.substring(open + 2, asideEnd);
        int nameStart = Words.wordStartBefore(masked, open, true);
        if (nameStart == open || nameStart < from || !Character.isUpperCase(masked.charAt(nameStart))
                || aside.indexOf(',') >= 0 || !Character.isLowerCase(aside.charAt(0)) && !Names.isPartyAndState(aside)
                || Names.isSuffix(masked.substring(nameStart, open))) {
            return false;
        }
        for (Subject s : found) {
            if (s.kind() == Kind.PERSON) {
                return false; // the sentence's subject is a person already ("Vin Weber, …, managing partner at Mercury
                              // Public Affairs, a consulting firm, said": not the firm)
            }
        }
        int runStart = capitalisedRunStart(masked, from, nameStart);
        if (runStart > from && !masked.startsWith(", ", runStart - 2)) {
            return false; // a name some word takes ("a lawyer for Taurus International Manufacturing, …"), not a clause's
        }
        Words opening = new Words(masked, runStart, open);
        if (opening.next() && LEADER_SET.contains(masked, opening.start(), opening.end())
                || Phrases.isPronoun(Words.firstOnSpaces(aside))) {
            return false; // "Like Cohn, he also opposed the tariffs, telling CNBC": a leading phrase, then the clause
        }
        int count = found.size();
        String shared = people.personEndingAt(masked, nameStart, open);
        if (shared != null) {
            addPerson(found, nameStart, shared);
        } else {
            add(found, nameStart, masked.substring(nameStart, open), people);
        }
        return found.size() > count;
    }

    private static void add(List<Subject> found, int pos, String word, ArticlePeople people) {
        String clean = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        String person = people.byLastName(clean);
        if (person != null) {
            addPerson(found, pos, person);
        }
    }

    /**
     * The person named first where the capitalised words ending with the one at {@code wordStart} follow "and" and
     * another person's name ("Robin Pogrebin and Kate Kelly"), or null.
     */
    private static String firstJoinedBefore(String masked, int from, int wordStart, ArticlePeople people) {
        int runStart = capitalisedRunStart(masked, from, wordStart); // the second person's name
        if (runStart - 5 < from || !masked.startsWith(" and ", runStart - 5)) {
            return null;
        }
        int firstEnd = runStart - 5;
        int lastWord = Words.wordStartBefore(masked, firstEnd, true);
        if (lastWord == firstEnd || lastWord < from || !Character.isUpperCase(masked.charAt(lastWord))) {
            return null;
        }
        int firstStart = capitalisedRunStart(masked, from, lastWord); // the first person's name
        String name = Names.personAtEnd(masked.substring(firstStart, firstEnd));
        // a person's full name, opening with a first name: not "Centers for Disease Control and Prevention"
        return name == null || name.indexOf(' ') < 0 || FirstNames.gender(name) == '?' ? null : known(name, people);
    }

    /** Adds {@code person} as a subject at {@code pos}, unless it is there already or just before. */
    private static void addPerson(List<Subject> found, int pos, String person) {
        for (Subject s : found) {
            if (s.pos() == pos || person.equals(s.person()) && Math.abs(s.pos() - pos) < 80) {
                return;
            }
        }
        found.add(new Subject(pos, Kind.PERSON, person, '?'));
    }

    /** A quotation's attributed speaker, as found by the sieve: a subject at the quote's cue. */
    void speaker(int pos, String person) {
        int si = sentenceAt(pos);
        if (si >= 0 && pos < sentences.end(si)) {
            for (Subject s : subjects(si)) {
                if (s.pos() == pos) {
                    return;
                }
            }
        }
        int j = firstAtOrAfter(quoteSpeakers, pos); // the end of the list: quotations come in text order
        if (j < quoteSpeakers.size() && quoteSpeakers.get(j).pos() == pos) {
            return;
        }
        // "it" may refer to "The report"; "he" and "she" only to someone who can be one
        quoteSpeakers.add(j, new Subject(pos, Kind.PERSON, person, notHeOrShe(person) ? Phrases.NEUTER : '?'));
    }

    /** Determiners that open a description rather than a name: "The headline", "A spokeswoman". */
    private static final Set<String> DETERMINERS = Lexicon.of("the", "a", "an", "another", "this", "that", "one");
    /**
     * Head nouns of descriptions that are no one "he" or "she" can be: what is written, published or filed, and
     * the bodies that speak through it ("The headline reads", "The suit alleges", "the agency said").
     */
    private static final Set<String> NOT_PERSONS = Lexicon.of("headline", "quote", "quotation", "page", "statement", "document",
            "report", "paper", "suit", "lawsuit", "article", "line", "bio", "title", "letter", "complaint", "resolution",
            "series", "description", "commentary", "editorial", "indictment", "opinion", "poll", "story", "documentary",
            "statute", "study", "survey", "memo", "memorandum", "post", "tweet", "video", "ad", "advertisement", "website",
            "site", "book", "essay", "column", "piece", "release", "filing", "brief", "ruling", "order", "bill", "law",
            "platform", "policy", "plan", "proposal", "message", "email", "note", "analysis", "review", "transcript",
            "warrant", "application", "petition", "motion", "agreement", "treaty", "amendment", "constitution", "rule",
            "guidance", "caption", "sign", "banner", "slogan", "chart", "magazine", "newspaper", "network", "channel",
            "show", "program", "logo", "version", "court", "committee", "agency", "department", "company", "group",
            "organization", "organisation", "union", "party", "government", "administration", "campaign", "office",
            "ministry", "council", "board", "commission", "firm", "bank", "giant", "newsletter", "journal", "outlet", "text",
            "draft", "announcement", "audit", "budget", "summary", "excerpt", "bulletin", "briefing", "sheet", "legislation",
            "account", "profile", "decision", "narrative", "strategy", "deal", "response");

    /**
     * Whether a quotation's speaker is a description that "he" or "she" cannot refer to: one whose head noun is
     * a document or a body, or plural ("The Republicans"), or an acronym ("The EPA"). Names, and descriptions of
     * a person ("The officer", "A New Hampshire mother"), can be.
     */
    static boolean notHeOrShe(String speaker) {
        int space = speaker.indexOf(' ');
        if (space < 0 || !DETERMINERS.contains(speaker.substring(0, space).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String head = descriptionHead(speaker);
        if (head.endsWith("’s") || head.endsWith("'s")) {
            head = head.substring(0, head.length() - 2);
        }
        if (head.length() >= 2 && head.chars().allMatch(Character::isUpperCase)) {
            return true; // an acronym: an agency or a party
        }
        String h = head.toLowerCase(Locale.ROOT);
        boolean plural = h.length() > 3 && h.endsWith("s") && !h.endsWith("ss") && !h.endsWith("us") && !h.endsWith("is");
        return plural || NOT_PERSONS.contains(h) || ABSTRACT_HEADS.contains(h);
    }

    /**
     * A description's head word: its last word before what qualifies it ("a person familiar with the talks": "person";
     * "one source in the room": "source"; "the secretary of state": "secretary"; "A closer look at Women2Women": "look").
     */
    static String descriptionHead(String description) {
        String[] words = Words.splitOnSpaces(description);
        int end = words.length;
        for (int k = 1; k < words.length; k++) {
            if (words[k - 1].endsWith(",") || k >= 2 && QUALIFIER_OPENERS.contains(words[k].toLowerCase(Locale.ROOT))) {
                end = k; // the determiner and one word at least come before a qualifier
                break;
            }
        }
        String head = words[end - 1];
        return head.endsWith(",") ? head.substring(0, head.length() - 1) : head;
    }

    /** Words that open what qualifies a description's head: a preposition, a relative, an adjective or a participle after it. */
    private static final Set<String> QUALIFIER_OPENERS = Lexicon.of("of", "for", "at", "in", "on", "with", "from", "to", "by",
            "about", "inside", "within", "near", "who", "whom", "whose", "which", "that", "familiar", "close", "involved",
            "briefed", "knowledgeable", "speaking", "working", "granted", "based", "told", "said");

    /**
     * Head nouns of descriptions that name no one who could say anything: a turn of events, a thought, a part of
     * something ("A closer look at …: “…”" heading a section; "The question comes up …, “…”"). A quotation credited to
     * one is no one's, and no "he" or "she" after it refers to one.
     */
    private static final Set<String> ABSTRACT_HEADS = Lexicon.of("look", "impact", "web", "question", "problem", "situation",
            "way", "thing", "fact", "idea", "issue", "matter", "point", "part", "result", "rise", "rash", "bottom", "reason",
            "lesson", "upshot", "takeaway", "truth", "reality", "irony", "difference", "trouble", "catch", "twist", "kicker",
            "outcome", "gist", "moral", "mood", "tone", "word", "phrase", "term", "answer", "room", "scene");

    /** Whether a speaker is a description whose head names no one who could speak ("A closer look", "The bottom line"). */
    static boolean namesNoOne(String speaker) {
        int space = speaker.indexOf(' ');
        if (space < 0 || !DETERMINERS.contains(speaker.substring(0, space).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String head = descriptionHead(speaker);
        return ABSTRACT_HEADS.contains(head.toLowerCase(Locale.ROOT));
    }

    /** Whether the words from {@code from} open with a person the article names (the subject after a leading phrase). */
    private static boolean personOpens(String masked, int from, int to, ArticlePeople people, Genders genders) {
        Words w = new Words(masked, from, to);
        if (!w.next() || FUNCTION_WORD_SET.contains(masked, w.start(), w.end())) {
            return false; // "With Westphalia, as historian C.V. Wedgwood put it, the West had begun": a clause between
        }
        Subject s = nounPhrase(masked, w, to, people, genders);
        if (s == null || s.kind() != Kind.PERSON || s.person() == null || known(s.person(), people) == null) {
            return false;
        }
        // the name's capitalised words, then a verb or an aside: not an owner's ("Karavani's cousin, Itzhak Levy, traces")
        // nor a place ("West York, Pa., Mayor Charles Wasko,")
        Words name = new Words(masked, s.pos(), to);
        int end = -1;
        int lastStart = -1;
        while (name.next()) {
            boolean capital = Character.isUpperCase(masked.charAt(name.start()));
            if (end >= 0 && (!capital || !Words.onlySpaceBetween(masked, end, name.start()))) {
                break;
            }
            if (capital) {
                lastStart = name.start();
                end = name.end();
            }
        }
        if (end < 0 || end >= to || Phrases.isPossessive(masked.substring(lastStart, end))) {
            return false;
        }
        // a comma after the name opens an aside about them ("On Sunday, Williams Kaliman, the head of …, backed")
        if (masked.charAt(end) == ' ') {
            return true;
        }
        int aside = end + 2;
        int asideEnd = aside;
        while (asideEnd < to && Character.isLetter(masked.charAt(asideEnd))) {
            asideEnd++;
        }
        return masked.startsWith(", ", end) && asideEnd > aside && Character.isLowerCase(masked.charAt(aside))
                && (APPOSITIVE_OPENERS.contains(masked, aside, asideEnd) || masked.startsWith("whose ", aside)
                    || describes(masked, aside, asideEnd)); // not ", at the Cocoa Cinnamon"
    }

    /**
     * Whether the words from {@code from} are a person the article names, in capitalised words and nothing else, then a
     * comma: "Gene Sperling, the White House’s adviser"; not "West York, Pa., Mayor Charles Wasko" (a place), "Karavani's
     * cousin, Itzhak Levy" (an owner) or "the head of the coalition, Ahmad Al-Jarba".
     */
    private static boolean nameThenAside(String masked, int from, int to, ArticlePeople people) {
        Words w = new Words(masked, from, Math.min(to, from + 60));
        int start = -1;
        int end = -1;
        while (w.next() && Character.isUpperCase(masked.charAt(w.start())) && (end < 0 || Words.onlySpaceBetween(masked, end, w.start()))) {
            start = start < 0 ? w.start() : start;
            end = w.end();
        }
        if (start < 0 || end >= to || masked.charAt(end) != ',' || Names.endWithoutPossessive(masked, start, end) < end) {
            return false;
        }
        String run = masked.substring(start, end);
        String name = Names.personAtEnd(run);
        return name != null && run.endsWith(name) && name.indexOf(' ') > 0 && FirstNames.gender(name) != '?'
                && known(name, people) != null;
    }

    /** The article's full name for a subject's name, if the article names such a person. */
    private static String known(String name, ArticlePeople people) {
        String last = Names.lastName(name);
        if (people.byLastName(last) == null && !people.knowsVariant(last)) {
            return Names.wordCount(name) == 1 ? people.byFirstName(name) : null; // "Hillary has stopped …"
        }
        return people.fullest(name);
    }

    /**
     * The first of several people who are the nearest subject before {@code pos} (within {@code window} chars), pronoun
     * subjects passed over: "Kirby and Munoz praised their employees. “…,” they said" is Kirby's, as one source of
     * several is named in the news; or the people that subject describes ("Some critics assert …"). Null otherwise.
     */
    String firstOfSeveralBefore(int pos, int window) {
        int floor = pos - window;
        int si = nearestWithSubject(pos, floor);
        if (si < 0) {
            return null;
        }
        List<Subject> subjects = subjectsBefore(si, pos, floor);
        for (Subject s : subjects) {
            if (s.kind() == Kind.PERSON && s.firstOfSeveral()) {
                return s.person(); // the first of them, though the others are subjects of the sentence too
            }
        }
        // the nearest sentence with a subject names no people together; people it describes are "they" ("Some critics
        // assert …. They say it is “…”"), the first subject if it is people, else a later one that is, as the clause that
        // reports the sentence ("A pro-choice Republican was three times as likely …, the researchers found. “…,” they wrote")
        int to = Math.min(pos, sentences.end(si));
        for (int k = 0; k < subjects.size(); k++) {
            Subject s = subjects.get(k);
            if (s.kind() != Kind.OTHER) {
                return null; // a person or a body: a "they" is not one of them, nor anyone after them
            }
            String people = peopleDescribedAt(s.pos(), k + 1 < subjects.size() ? subjects.get(k + 1).pos() : to);
            if (people != null) {
                return people;
            }
        }
        return reportingPeople(sentences.start(si), to);
    }

    /**
     * The people a sentence's last clause names as reporting it, after its last comma and before its verb, which ends the
     * sentence ("A pro-choice Republican was three times as likely …, the researchers found."), or null.
     */
    private String reportingPeople(int start, int end) {
        String text = tokens.text;
        int stop = end;
        while (stop > start && (text.charAt(stop - 1) == '.' || text.charAt(stop - 1) == ' ')) {
            stop--;
        }
        // looked for back from the stop within the clause's reach only: each "they" reads a few dozen characters
        int floor = Math.max(start, stop - MAX_REPORTING_CLAUSE);
        int verb = -1;
        int comma = -1;
        for (int i = stop - 1; i >= floor && comma < 0; i--) {
            if (text.charAt(i) == ' ' && verb < 0) {
                verb = i;
            } else if (text.charAt(i) == ',') {
                comma = i;
            }
        }
        if (comma < 0 || verb <= comma + 1
                || !(Phrases.isVerbAt(text, verb + 1, stop) || REPORTING_VERBS.contains(text, verb + 1, stop))) {
            return null;
        }
        int from = comma + 1;
        while (from < verb && text.charAt(from) == ' ') {
            from++;
        }
        String clause = text.substring(from, verb);
        return clause.equals(head(clause)) ? peopleDescribed(clause) : null; // the whole clause is its subject
    }

    /** The longest clause after a sentence's last comma that reports it: a described group and its verb. */
    private static final int MAX_REPORTING_CLAUSE = 60;

    /**
     * Verbs that report findings, closing a sentence after its people ("…, the researchers found"): those the verbs of
     * speech ({@link Phrases#isVerbAt}) do not hold already ("concluded", "reported").
     */
    private static final WordSet REPORTING_VERBS = new WordSet(Lexicon.of("found", "estimated", "calculated", "determined",
            "discovered"));

    /**
     * The body or document that the nearest sentence before {@code pos} (within {@code window} chars) with a subject
     * is about, as described there ("The statement said …. Trump's comments, it said, were …"; "The department"), for an
     * "it": null where that subject is a person, or no body's or document's noun.
     */
    String bodyBefore(int pos, int window) {
        int floor = pos - window;
        int si = nearestWithSubject(pos, floor);
        if (si < 0) {
            return null;
        }
        Subject s = subjectsBefore(si, pos, floor).get(0);
        if (s.kind() == Kind.PERSON) { // "The Justice Department", "the National Rifle Association": a body's name
            return s.person() != null && s.person().indexOf(' ') > 0 && Names.isInstitutionName(s.person()) ? s.person() : null;
        }
        return bodyDescribedAt(s.pos(), Math.min(pos, sentences.end(si)));
    }

    /** The nearest sentence before {@code pos}, ending after {@code floor}, with a subject other than a pronoun there; or -1. */
    private int nearestWithSubject(int pos, int floor) {
        for (int si = sentenceAt(pos - 1); si >= 0 && sentences.end(si) > floor; si--) {
            if (!subjectsBefore(si, pos, floor).isEmpty()) {
                return si;
            }
        }
        return -1;
    }

    /** Sentence {@code si}'s subjects other than pronouns between {@code floor} and {@code pos}, in text order. */
    private List<Subject> subjectsBefore(int si, int pos, int floor) {
        List<Subject> out = new ArrayList<>(2);
        for (Subject s : subjects(si)) {
            if (s.pos() < pos && s.pos() >= floor && s.kind() != Kind.PRONOUN) {
                out.add(s);
            }
        }
        return out;
    }

    private String bodyDescribedAt(int at, int to) {
        String head = headAt(at, to);
        if (head == null || head.indexOf(' ') < 0 || !head.regionMatches(true, 0, "the ", 0, 4)) {
            return null; // "The statement", "the department": one described, as an "it" refers back to
        }
        String last = head.substring(head.lastIndexOf(' ') + 1);
        return Character.isLowerCase(last.charAt(0)) && (Names.INSTITUTION_WORDS.contains(last) || DOCUMENTS.contains(last))
                || Names.isInstitutionName(head) || ownersInstitution(head)
                || head.indexOf(' ') == head.lastIndexOf(' ') && Names.isAcronym(last) ? head : null; // "The FER", "the IAAF"
    }

    /** Whether {@code head} is an owner and an institution's name: "The city’s Law Department". */
    private static boolean ownersInstitution(String head) {
        int mark = Math.max(head.indexOf("\u2019s "), head.indexOf("'s "));
        return mark > 0 && Names.isInstitutionName("The " + head.substring(mark + 3));
    }

    /** The noun phrase that opens the text from {@code at} to {@code to}, as {@link #head} reads it, or null. */
    private String headAt(int at, int to) {
        return to > at ? head(tokens.text.substring(at, to)) : null;
    }

    /** What speaks for someone as an "it": "The statement said …", "The report found …". */
    private static final Set<String> DOCUMENTS = Lexicon.of("statement", "report", "letter", "memo", "study", "survey", "poll",
            "government", "campaign", "newspaper", "paper", "website", "network", "firm", "lawsuit", "complaint", "filing",
            "indictment", "ruling", "order", "document", "release", "announcement", "group", "magazine", "editorial");

    /** The people a described subject at {@code at} names ("Some critics", "Local officials"), or null: a thing, one person. */
    private String peopleDescribedAt(int at, int to) {
        return peopleDescribed(headAt(at, to));
    }

    /** The people a subject's words ({@link #head}'s reading, or null) describe, as {@link #peopleDescribedAt}. */
    private static String peopleDescribed(String head) {
        if (head != null && head.indexOf(' ') < 0) {
            if (Phrases.PARTY_MEMBERS.contains(head)) {
                return head; // "Democrats agreed. “…,” they said": a party's members
            }
            String lower = head.toLowerCase(Locale.ROOT);
            if (groupOfPeople(lower)) {
                return lower; // "Officials agreed. “…,” they said": people by a plural alone, capitalised by its place only
            }
        }
        if (head == null || head.indexOf(' ') < 0) {
            return null; // a lone word here may open a sentence about anything
        }
        // up to its people's noun: "Some critics assert" read as one phrase is "Some critics"
        String[] words = Words.splitOnSpaces(head);
        for (int k = words.length - 1; k >= 1; k--) {
            if (Character.isLowerCase(words[k].charAt(0)) && groupOfPeople(words[k])) {
                for (int j = 1; j < k; j++) {
                    if (Character.isLowerCase(words[j].charAt(0)) && words[j].endsWith("s")
                            && Names.endWithoutPossessive(words[j], 0, words[j].length()) == words[j].length()) {
                        return null; // a verb before them: "The documentary features students" (not "The report’s authors")
                    }
                }
                return String.join(" ", java.util.Arrays.copyOf(words, k + 1));
            }
        }
        return null;
    }

    /**
     * The nearest subject before {@code pos} (within {@code window} chars) that is a person whose pronouns fit;
     * pronoun subjects are passed over (they refer further back), and {@code except} (when not null). Null if none. Reads
     * the sentences it passes.
     */
    String personBefore(int pos, int window, char gender, String except) {
        int floor = pos - window;
        int si = sentenceAt(pos - 1);
        List<Subject> inSentence = si >= 0 ? subjects(si) : List.of();
        int i = firstAtOrAfter(inSentence, pos) - 1;
        int j = firstAtOrAfter(quoteSpeakers, pos) - 1;
        // no sentence passed yet but those whose subject is the same pronoun; and the pronoun's own sentence has no subject
        // before it that may describe its person ("The infamous provocateur Milo Yiannopoulos …, and … he compared")
        boolean nearest = true;
        for (int k = 0; k <= i; k++) {
            nearest &= inSentence.get(k).kind() != Kind.OTHER;
        }
        while (true) {
            while (i < 0 && si > 0 && sentences.end(si - 1) > floor) { // sentences wholly before the window hold none in reach
                inSentence = subjects(--si);
                i = inSentence.size() - 1;
                if (i > 0 && (gender == 'm' || gender == 'f') && inSentence.get(0).kind() == Kind.PRONOUN
                        && inSentence.get(0).gender() == gender) {
                    // "He sees Prigozhin as an example of how Putin has weaponized …. “…,” he said": a sentence whose
                    // subject is the same "he" is about the one it refers to, not the people of its inner clauses
                    i = 0;
                }
                String named = nearest && !reportedSpeechGoesOn(si, gender)
                        ? onlyPersonNamedBeside(si, inSentence, gender) : null;
                // only the nearest sentence, or the one before the same "he" ("He declined."), tells whom it means
                nearest &= !inSentence.isEmpty() && inSentence.get(0).kind() == Kind.PRONOUN
                        && inSentence.get(0).gender() == gender;
                if (named != null) {
                    // "Trump backers looked to Kukura to take a stand. He declined. “…,” he said": no one is the subject,
                    // the one person the sentence names is whom the "he" means
                    inSentence = List.of(new Subject(sentences.end(si) - 1, Kind.PERSON, named, gender));
                    i = 0;
                }
            }
            boolean inList = i >= 0;
            if (!inList && j < 0) {
                return null;
            }
            // both newest first, merged by position
            boolean fromList = inList && (j < 0 || inSentence.get(i).pos() > quoteSpeakers.get(j).pos());
            Subject s = fromList ? inSentence.get(i--) : quoteSpeakers.get(j--);
            if (s.pos() < floor) {
                return null;
            }
            if (s.kind() == Kind.PERSON && (gender == '?' || s.gender() != Phrases.NEUTER) && genders.fits(s.person(), gender)
                    && !s.person().equals(except)) {
                return s.person();
            }
            // (the sentence's only subject: "A new mom at the time, she had dreamed …" describes the "she" after it)
            String unnamed = fromList && i < 0 && inSentence.size() == 1 && s.kind() == Kind.OTHER
                    ? onePersonDescribedAt(s.pos(), sentences.end(si), gender) : null;
            if (unnamed != null) {
                // "A man selling lock picks, who would not give his name, agreed. “…,” he said": the man, unnamed, not
                // the person named before him
                return unnamed;
            }
        }
    }

    /**
     * Whether sentence {@code si} goes on with what the person before it said, in the same paragraph ("Tony Blair said he
     * would meet the concerns. But changes must not overturn the law …"): the one before has a person of the pronoun's
     * sex for subject, and a verb of speech.
     */
    private boolean reportedSpeechGoesOn(int si, char gender) {
        // looked for between the two sentences only: a search on to the text's end made a long paragraph quadratic
        if (si == 0 || Words.indexOf(tokens.text, '\n', sentences.end(si - 1), sentences.start(si)) >= 0) {
            return false; // a new paragraph
        }
        boolean speaker = false;
        for (Subject s : subjects(si - 1)) {
            speaker |= s.kind() == Kind.PERSON && genders.fits(s.person(), gender);
        }
        if (!speaker) {
            return false;
        }
        Words w = tokens.words(sentences.start(si - 1), sentences.end(si - 1));
        while (w.next()) {
            if (Phrases.isVerbAt(tokens.text, w.start(), w.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one person a sentence names whose subjects are all no one ("Trump backers on campus looked to Kukura …",
     * "Reporters asked Sen. Tom Okafor about the bill"), when a "he" or "she" of that sex may mean them; null when the
     * sentence names none or several, a subject is someone or a pronoun, or describes one person ("A man approached").
     * Names in the subject's own words ("Trump backers") and owners ("Obama's policies") are no one here.
     */
    private String onlyPersonNamedBeside(int si, List<Subject> subjects, char gender) {
        if (gender != 'm' && gender != 'f' || subjects.isEmpty()) {
            return null;
        }
        for (Subject s : subjects) {
            if (s.kind() != Kind.OTHER) {
                return null;
            }
        }
        int end = sentences.end(si);
        Subject first = subjects.get(0);
        String text = tokens.text;
        if (!namesSomeone(text, sentences.start(si), end)
                || subjects.size() == 1 && onePersonDescribedAt(first.pos(), end, gender) != null) {
            return null; // most sentences: no one the article knows named in them, and nothing more to read
        }
        String head = headAt(first.pos(), end);
        int at = head == null ? -1 : Words.indexOf(text, head, first.pos(), end); // within the sentence: one found after it counts for none
        int headEnd = at >= 0 && at < end ? at + head.length() : first.pos();
        if (subjectMayBeSomeone(text, first.pos(), at, head, headEnd, end) || fragmentOrQuestion(text, si)) {
            return null;
        }
        String found = null;
        Words w = tokens.words(sentences.start(si), end);
        int parentheses = 0;
        int previousEnd = sentences.start(si);
        boolean credit = false; // in a photo's credit ("REUTERS/Brendan McDermid")
        String unknownFirst = null; // the word before was a first name the article gives no one ("John Harris")
        while (w.next()) {
            int start = w.start();
            int stop = w.end();
            if (HE_OR_SHE.contains(text, start, stop)) {
                return null; // "… when she repeated her denunciations of Planned Parenthood": someone's pronouns go on in it
            }
            boolean capital = Character.isUpperCase(text.charAt(start));
            parentheses += countOf(text, '(', previousEnd, start) - countOf(text, ')', previousEnd, start);
            credit = capital && (start > 0 && text.charAt(start - 1) == '/'
                    || credit && Words.onlySpaceBetween(text, previousEnd, start));
            boolean afterFirstName = unknownFirst != null && Words.onlySpaceBetween(text, previousEnd, start);
            previousEnd = stop;
            unknownFirst = null;
            if (!capital || start >= first.pos() && start < headEnd || parentheses > 0 || credit) {
                // "(something Mr. Sanders has also been accused of)": an aside names no one the sentence is about
                continue;
            }
            int bare = Names.endWithoutPossessive(text, start, stop);
            boolean owner = bare < stop; // "Obama's policies", "Brown's first brush": whose, not whom it names, but someone
            if (owner) {
                stop = bare;
            } else if (beforePluralNoun(text, stop, end)) {
                continue; // "to call Koch operatives": a noun's word, no one
            }
            String person = people.byLastName(text, start, stop);
            if (person == null) {
                if (afterFirstName) {
                    return null; // "top executive John Harris plans …": someone whom the article does not know
                }
                if (FirstNames.genderOfFirstName(w.word()) != '?') {
                    unknownFirst = w.word();
                }
                continue;
            }
            String fuller = people.personEndingAt(text, start, stop);
            person = fuller != null ? fuller : person;
            if (found != null && !found.equals(person) || owner) {
                return null; // two people: which one a pronoun means, the sentence does not tell
            }
            found = person;
        }
        // a person named in full, of that sex by first name ("Derek Kukura"): not "Tropical Storm Harvey", "Plaza Hotel",
        // a page's "Wall Street Journal Rubio", a network's "Fox"
        return found != null && found.indexOf(' ') > 0 && genders.fits(found, gender) && FirstNames.gender(found) == gender
                ? found : null;
    }

    /** Whether a capitalised word in {@code [from, to)} is the last name of someone the article names. */
    private boolean namesSomeone(String text, int from, int to) {
        Words w = tokens.words(from, to);
        while (w.next()) {
            int start = w.start();
            if (Character.isUpperCase(text.charAt(start))) {
                if (people.byLastName(text, start, Names.endWithoutPossessive(text, start, w.end())) != null) { // "Obama's"
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the subject at {@code pos} (its head, as {@link #head} reads it, at {@code at}) may be a person after all:
     * one capitalised word ("Ban urged diplomacy"; "Reporters asked" is not), a role or a name at its end ("the
     * president added", "No. 2 Senate leader Richard Durbin was"), a full name in it ("Mizell Stewart III, our senior
     * director"), or a noun for one person among its words and the one after them ("The gunman", "The seventh seed").
     */
    private boolean subjectMayBeSomeone(String text, int pos, int at, String head, int headEnd, int end) {
        if (at >= 0 && headEnd > at) {
            if (head.indexOf(' ') < 0 && Character.isUpperCase(head.charAt(0)) && !head.endsWith("s")) {
                return true;
            }
            int lastWord = Words.wordStartBefore(text, headEnd, false);
            if (lastWord >= at && (Names.isRole(text, lastWord, headEnd) || people.byLastName(text, lastWord, headEnd) != null)
                    || fullNameIn(text, at, headEnd)) {
                return true;
            }
        }
        Words opening = new Words(text, pos, end);
        for (int past = 0; opening.next() && (opening.start() < headEnd || past++ < 1);) {
            if (ONE_PERSON_NOUNS.contains(text, opening.start(), opening.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether sentence {@code si} is a piece a line break cut off ("ask for an option on …") or a question ("And what if
     * Hillary Clinton is the nominee?": the one asked about is not the one who answers).
     */
    private boolean fragmentOrQuestion(String text, int si) {
        int start = sentences.start(si);
        int end = sentences.end(si);
        int opens = start;
        while (opens < end && !Character.isLetterOrDigit(text.charAt(opens))) {
            opens++;
        }
        if (opens < end && Character.isLowerCase(text.charAt(opens))) {
            return true;
        }
        int last = Math.min(end + 1, text.length()); // the sentence's stop may lie just past its end
        while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
            last--;
        }
        return last > start && (text.charAt(last - 1) == '?' || end < text.length() && text.charAt(end) == '?');
    }

    /** Nouns for one person that a subject may be ("The gunman was heading …", "the staffer is finding …"). */
    private static final WordSet ONE_PERSON_NOUNS = new WordSet(Lexicon.of("man", "woman", "boy", "girl", "guy", "person",
            "gunman", "shooter", "staffer", "suspect", "victim", "attacker", "seed", "player", "driver", "teen", "teenager",
            "student", "worker", "voter", "host", "reporter", "writer", "author", "lawyer", "doctor", "nurse", "teacher",
            "pastor", "priest", "soldier", "veteran", "child", "kid", "father", "mother", "son", "daughter", "husband", "wife",
            "candidate", "nominee", "official", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "source", "president",
            "senator", "governor", "mayor", "leader", "chairman", "chief", "judge", "justice", "minister", "friend", "owner"));

    /** Whether a person the article names in full is named in full in {@code [from, to)} ("Mizell Stewart III, our …"). */
    private boolean fullNameIn(String text, int from, int to) {
        Words w = new Words(text, from, to);
        while (w.next()) {
            if (Character.isUpperCase(text.charAt(w.start()))) {
                String named = people.personEndingAt(text, w.start(), w.end());
                if (named != null && named.indexOf(' ') > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A person's pronouns of either sex, with their contractions ("he's", "she'd"). */
    private static final WordSet HE_OR_SHE = new WordSet(Lexicon.of("he", "him", "his", "she", "her", "hers", "himself",
            "herself", "he's", "she's", "he'd", "she'd", "he’s", "she’s", "he’d", "she’d"));

    private static int countOf(String text, char c, int from, int to) {
        int n = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            n += text.charAt(i) == c ? 1 : 0;
        }
        return n;
    }

    /** Whether a lower-case plural noun follows the word ending at {@code at} ("Koch operatives", "Trump backers"). */
    private static boolean beforePluralNoun(String text, int at, int end) {
        if (at >= end || text.charAt(at) != ' ') {
            return false;
        }
        Words next = new Words(text, at + 1, end);
        if (!next.next() || next.start() != at + 1 || !Character.isLowerCase(text.charAt(next.start()))) {
            return false;
        }
        String word = next.word();
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")
                && !word.endsWith("us") && !Phrases.isVerbAt(text, next.start(), next.end()) && !NOT_PLURALS.contains(word);
    }

    private static final Set<String> NOT_PLURALS = Lexicon.of("says", "has", "was", "is", "does", "this", "thus", "always",
            "perhaps", "across", "towards", "whereas", "afterwards", "besides", "unless", "wants", "needs", "seems");

    /**
     * The one person, unnamed, a sentence's subject at {@code at} describes by a noun of the pronoun's sex after "a" or
     * "one" ("A man", "a retired woman", "One mother"), or null.
     */
    private String onePersonDescribedAt(int at, int to, char gender) {
        if (gender != 'm' && gender != 'f') {
            return null;
        }
        Words first = new Words(tokens.text, at, to);
        if (!first.next() || !INDEFINITE_WORDS.contains(tokens.text, first.start(), first.end())) {
            return null; // most subjects: no head read (this is asked for every subject a pronoun looks back past)
        }
        String head = headAt(at, to);
        String[] words = head == null ? new String[0] : Words.splitOnSpaces(head);
        if (words.length < 2 || !INDEFINITE.contains(words[0].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int comma = Words.indexOf(tokens.text, ',', at, to);
        if (comma > 0) {
            Words after = new Words(tokens.text, comma + 1, to);
            if (after.next() && (Character.isUpperCase(tokens.text.charAt(after.start()))
                    || Names.PRONOUN_WORDS.contains(after.word()))) {
                return null; // "A new mom at the time, she had dreamed", "A businessman …, Kushner has": who it describes follows
            }
        }
        Set<String> nouns = gender == 'm' ? MEN : WOMEN;
        for (int k = 1; k < Math.min(4, words.length); k++) {
            if (nouns.contains(words[k])) { // "A man selling lock picks": the whole head, if short; else up to the noun
                return words.length <= 6 ? head : String.join(" ", java.util.Arrays.copyOf(words, k + 1));
            }
            if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> INDEFINITE = Lexicon.of("a", "an", "one", "another");
    private static final WordSet INDEFINITE_WORDS = new WordSet(INDEFINITE);

    /** Nouns for one man or one woman: what a "he" or "she" after an unnamed subject refers to. */
    private static final Set<String> MEN = Lexicon.of("man", "boy", "father", "husband", "son", "grandfather", "dad", "brother",
            "gentleman", "businessman");
    private static final Set<String> WOMEN = Lexicon.of("woman", "girl", "mother", "wife", "daughter", "grandmother", "mom",
            "sister", "lady", "businesswoman");

    /**
     * The person the sentence holding {@code pos} is about: its first subject, or the one a speech verb names in it,
     * and no other person a subject in it or speaking in it; else null.
     */
    String onlyPersonOf(int pos) {
        int si = sentenceAt(pos);
        if (si < 0 || sentences.end(si) < pos) {
            return null; // the sentence ends before pos ('.', its stop, is not in it)
        }
        List<Subject> all = subjects(si);
        List<Subject> main = mainClauseSubjects(si, all);
        String person = main == all ? null : onlyPersonAmong(main);
        return person != null ? person : onlyPersonAmong(all);
    }

    /**
     * The person who is the first subject of the sentence holding {@code pos} (of its main clause, after a subordinate
     * one), whatever other people it names ("Rubio fired back, saying Bush never …"); null if that is no one person.
     */
    String firstPersonOf(int pos) {
        int si = sentenceAt(pos);
        if (si < 0 || sentences.end(si) < pos) {
            return null;
        }
        List<Subject> main = mainClauseSubjects(si, subjects(si));
        Subject first = main.isEmpty() ? null : main.get(0);
        return first != null && first.kind() == Kind.PERSON && !first.firstOfSeveral()
                && (genders.fits(first.person(), 'm') || genders.fits(first.person(), 'f')) ? first.person() : null;
    }

    /** The one person these subjects are, the first of them or one a speech verb names; null if others are subjects too. */
    private String onlyPersonAmong(List<Subject> subjects) {
        String person = null;
        for (Subject s : subjects) {
            if (s.kind() == Kind.PERSON && !s.firstOfSeveral() && (s == subjects.get(0) || s.speaks())) {
                person = s.person(); // "Ashley Kurth, a teacher, questioned …"; "…, said Friedman."
                break;
            }
        }
        if (person == null) {
            return null;
        }
        for (Subject s : subjects) {
            if (s.kind() == Kind.PRONOUN || s.kind() == Kind.PERSON && !person.equals(s.person())) {
                return null; // "He questioned Rubio": whom "he" is, is the pronoun pass's to say; "Republicans
                             // welcomed Trump's plans, with Sen. Lankford saying Trump tried": no one person
            }
        }
        // a person, not a body or a place ("the Washington Post reported")
        return genders.fits(person, 'm') || genders.fits(person, 'f') ? person : null;
    }

    /**
     * The subjects of sentence {@code si} ({@code all}) in its main clause: after the comma that closes an opening clause
     * of when, while or although ("When Sen. Ron Johnson pressed Clinton on …, Clinton took him to task": Clinton); else
     * {@code all} itself. (Not "as": "As Stelter noted, …" names the one who speaks.)
     */
    private List<Subject> mainClauseSubjects(int si, List<Subject> all) {
        int start = sentences.start(si);
        Words w = new Words(tokens.text, start, sentences.end(si));
        if (!w.next() || !SUBORDINATORS.contains(tokens.text, w.start(), w.end())) {
            return all;
        }
        int comma = Words.indexOf(tokens.text, ", ", w.end(), sentences.end(si));
        if (comma < 0) {
            return all;
        }
        List<Subject> main = new ArrayList<>();
        for (Subject s : all) {
            if (s.pos() > comma) {
                main.add(s);
            }
        }
        return main.isEmpty() ? all : main;
    }

    /** Words that open a clause before a sentence's main one, with a subject of its own. */
    static final WordSet SUBORDINATORS = new WordSet(Lexicon.of("when", "while", "although", "though", "after", "before",
            "because", "since", "if", "once", "until", "whereas"));

    /**
     * The "he" or "she" the sentence holding {@code pos} is about: its first subject, with no person a subject in it
     * and no pronoun of the other gender ("He said lifting them will require compromise."); else null.
     */
    Subject heOrSheOf(int pos) {
        int si = sentenceAt(pos);
        if (si < 0 || sentences.end(si) < pos) {
            return null;
        }
        List<Subject> subjects = subjects(si);
        if (subjects.isEmpty()) {
            return null;
        }
        Subject first = subjects.get(0);
        if (first.kind() != Kind.PRONOUN || first.gender() != 'm' && first.gender() != 'f') {
            // "The judge, he says, would then rule.", "Next, she said, the board will vote.": the sentence is reported
            // by the pronoun set off between its commas
            first = reportingAside(sentences.start(si), sentences.end(si));
            if (first == null) {
                return null;
            }
        }
        for (Subject s : subjects) {
            if (s.kind() == Kind.PERSON || s.kind() == Kind.PRONOUN && s.gender() != first.gender()) {
                return null;
            }
        }
        // nor anyone else the sentence names, but for an owner ("She met John Smith, who …"; not "She wrote that
        // Obama’s support meant a ton to her")
        String text = tokens.text;
        Words w = new Words(text, sentences.start(si), sentences.end(si));
        while (w.next()) {
            int end = w.end();
            boolean owner = Names.endWithoutPossessive(text, w.start(), end) < end;
            if (w.start() > first.pos() && Character.isUpperCase(text.charAt(w.start())) && !owner
                    && people.byLastName(text, w.start(), end) != null) {
                return null;
            }
        }
        return first;
    }

    /** "…, he says, …" in {@code [from, to)}: the "he" or "she" of a speech verb set off by commas, or null. */
    private Subject reportingAside(int from, int to) {
        Matcher m = REPORTING_ASIDE.matcher(tokens.text).region(from, to);
        if (!m.find()) {
            return null;
        }
        char gender = Genders.of(m.group(1).toLowerCase(Locale.ROOT));
        return new Subject(m.start(1), Kind.PRONOUN, null, gender);
    }

    /**
     * A pronoun and a speech verb in the present or past between commas, or after a comma at the sentence's end: ", he
     * says,", ", she added,", "Stocks need slowing down, he says." (its stop is past the sentence's end).
     */
    private static final Pattern REPORTING_ASIDE = Pattern.compile(", (he|she) (?:says|said|adds|added|argues|argued|explains"
            + "|explained|notes|noted|insists|insisted|believes|thinks)(?:,|\\.?$)");

    private static int firstAtOrAfter(List<Subject> subjects, int pos) {
        int lo = 0;
        int hi = subjects.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (subjects.get(mid).pos() < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
