package org.gazette.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * What resolving a pronoun needs: the article's sentence subjects, the pronouns it uses for each person, the
 * people named so far. Built when the first quotation cued by a pronoun needs them (a third of the articles
 * with quotations have none), with the speakers attributed before that replayed into it.
 */
final class Pronouns {
    /** How far back a pronoun looks for the subject it refers to (about three paragraphs). */
    private static final int PRONOUN_REACH = 1500;
    /** How far back a "they" looks for the people it names: the sentences just before. */
    private static final int PLURAL_REACH = 400;

    private final Tokens tokens;
    /** The text's words in lower case, shared with the rest of the article's reading. */
    private final LowerCaseWords lowerCase;
    private final ArticlePeople people;
    /** A speaker attributed before the first pronoun: where the quotation ends, and who. */
    private record Said(int pos, String who) { }

    private final List<Said> speakersBefore = new ArrayList<>();
    private Genders genders;
    private Subjects subjects;
    private RecentPeople recent;

    /** The holders of the offices asked about so far ("" for none), and the text's words counted for them. */
    private final java.util.Map<String, String> officeHolders = new java.util.HashMap<>();
    private WordOccurrences counts;

    /** The article's full-name mentions, for the holders of its offices. */
    private final List<String> mentions;

    Pronouns(Tokens tokens, ArticlePeople people, List<String> mentions, LowerCaseWords lowerCase) {
        this.tokens = tokens;
        this.lowerCase = lowerCase;
        this.people = people;
        this.mentions = mentions;
    }

    /**
     * The person a pronoun of this gender at {@code pos} most likely refers to, or null; never {@code except} (when not
     * null): whom the pronoun's own clause addresses ("“…,” he told Mr. Romney": "he" is not Romney).
     */
    String resolve(int pos, String lastSpeaker, char gender, String except) {
        read();
        String who = subjects.personBefore(pos, PRONOUN_REACH, gender, except);
        return who != null ? who : recent.lastBefore(pos, lastSpeaker, gender, genders, except);
    }

    /**
     * The one person the last sentence of the paragraph from {@code paragraphStart} (up to the line that starts at
     * {@code before}) is about, or null.
     */
    String personEndingParagraph(int paragraphStart, int before) {
        int last = lastCharBefore(paragraphStart, before);
        return last >= 0 ? subjects.onlyPersonOf(last) : null;
    }

    /** The person who is the first subject of the sentence that ends before {@code before}, from {@code from} on, or null. */
    String firstPersonEnding(int from, int before) {
        int last = lastCharBefore(from, before);
        return last >= 0 ? subjects.firstPersonOf(last) : null;
    }

    /**
     * Whom the "he" or "she" refers to that the last sentence of the paragraph from {@code paragraphStart} (up to
     * the line at {@code before}) is about ("He said lifting them will require compromise."), or null.
     */
    String heOrSheEndingParagraph(int paragraphStart, int before, String lastSpeaker) {
        int last = lastCharBefore(paragraphStart, before);
        Subjects.Subject pronoun = last >= 0 ? subjects.heOrSheOf(last) : null;
        return pronoun == null ? null : resolve(pronoun.pos(), lastSpeaker, pronoun.gender(), null);
    }

    /** Where the last character before {@code before} that is no white space is, from {@code from} on (-1: none); reads the article. */
    private int lastCharBefore(int from, int before) {
        read();
        int end = before;
        while (end > from && Character.isWhitespace(tokens.text.charAt(end - 1))) {
            end--;
        }
        return end > from ? end - 1 : -1;
    }

    /** The body or document the nearest sentence before {@code pos} is about, for an "it" ("The statement said …"), or null. */
    String bodyBefore(int pos) {
        read();
        return subjects.bodyBefore(pos, PLURAL_REACH);
    }

    /** The first of several people who are the subject last before {@code pos}, for a "they": or null. */
    String firstOfSeveralBefore(int pos) {
        read();
        return subjects.firstOfSeveralBefore(pos, PLURAL_REACH);
    }

    /** Reads the article's sentences and pronouns the first time a pronoun is resolved. */
    private void read() {
        if (subjects == null) {
            genders = new Genders(tokens, people, lowerCase);
            recent = new RecentPeople(tokens, people);
            subjects = new Subjects(tokens, people, genders, this::officeHolder);
            for (Said s : speakersBefore) {
                subjects.speaker(s.pos(), s.who());
            }
        }
    }

    /**
     * The one person the article gives this office, as {@link TitleReferents} finds them for a quotation credited to
     * the office ("" for none); the text's words are counted the first time an office is asked about.
     */
    private String officeHolder(String office) {
        return officeHolders.computeIfAbsent(office, o -> {
            if (counts == null) {
                counts = new WordOccurrences(tokens.text);
            }
            return TitleReferents.holder(tokens.text, o, List.of(), mentions, people, counts);
        });
    }

    /**
     * The one person named in the sentence from {@code from} before its owner's "his" or "her" (the last before
     * {@code to}, a quotation), when the article's pronouns for them fit {@code gender} and no one else is named there nor
     * a "he" or "she" stands before it; null otherwise. The owner's word refers back to that person before any subject
     * of the sentences before ("The only glimpses of Trump have come from videos …, fueling mockery of his claim that
     * …", "… abandoned Todd Akin over his comments about “…”"; not "And he did not repeat his claim that President Bush
     * “lied”").
     */
    String onlyPersonBeforeOwner(int from, int to, char gender) {
        read();
        String text = tokens.text;
        String owner = gender == 'f' ? "her" : "his";
        int ownerAt = -1;
        Words words = tokens.words(from, to);
        while (words.next()) { // the last owner's word before the quotation
            if (words.end() - words.start() == 3 && text.regionMatches(true, words.start(), owner, 0, 3)) {
                ownerAt = words.start();
            }
        }
        return ownerAt < 0 ? null : onlyPersonIn(from, ownerAt, gender, false);
    }

    /**
     * The one person named in the words that introduce a quotation with a colon and no verb of speech, from {@code from}
     * (the sentence's start) to {@code colon}, when the article's pronouns for them fit {@code gender}: whom the "he" or
     * "she" after the quotation refers to ("… as Professor Michael Mann’s testimony before the committee: “…,” he
     * asserted"; "the consensus hovers around Cohen’s view: “…,” he said"). Null otherwise, and where the words have a
     * verb of speech of their own ("Romney would come, the governor replied:").
     */
    String onlyPersonBeforeColon(int from, int colon, char gender) {
        read();
        return onlyPersonIn(from, colon, gender, true);
    }

    /**
     * The one person the words from {@code from} to {@code to} name, fitting {@code gender}; null where a "he" or "she"
     * of that gender stands there, two people are named, or (with {@code noSpeech}) a verb of speech.
     */
    private String onlyPersonIn(int from, int to, char gender, boolean noSpeech) {
        String text = tokens.text;
        String subject = gender == 'f' ? "she" : "he";
        String only = null;
        Words words = tokens.words(from, to);
        while (words.next()) {
            int start = words.start();
            int end = words.end();
            if (end - start == subject.length() && text.regionMatches(true, start, subject, 0, subject.length())) {
                return null; // "he did not repeat his claim": the owner is the sentence's "he"
            }
            if (noSpeech && Phrases.isVerbAt(text, start, end)) {
                return null;
            }
            if (!Character.isUpperCase(text.charAt(start))) {
                continue;
            }
            String person = people.personAt(text, start, Names.endWithoutPossessive(text, start, end));
            if (person == null || person.indexOf(' ') < 0 && (!genders.gendered(person) || UsStates.isStateName(person))) {
                continue; // a word for no one the article calls "he" or "she", or a state ("the first-term Kentucky senator")
            }
            if (only != null && !only.equals(person) || !genders.fits(person, gender)) {
                return null; // two people, or one the pronoun cannot be
            }
            only = person;
        }
        return only;
    }

    /** Whether a pronoun of this gender ('m', 'f' or '?') can refer to this person, as the article tells it. */
    boolean fits(String who, char gender) {
        read();
        return genders.fits(who, gender);
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
