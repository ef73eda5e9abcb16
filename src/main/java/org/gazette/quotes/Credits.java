package org.gazette.quotes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations credited rather than cued: "according to Reuters" (the source only where no one in the sentence said
 * it), an outlet's report after the quotation ("…,” Reuters reported"), a roundup's credit line ("“…” Neal K.
 * Katyal, New York Times", "— Charles Krauthammer on “Special Report”") and a verb of speech that ends the next
 * sentence.
 */
final class Credits {
    private Credits() { }

    private static final Pattern TRAILING_ENDS = Pattern.compile("[.!?]+$");

    /**
     * {@code s} without the commas, semicolons, colons and dashes it opens with, and the blanks after them (asked of the
     * text after every quotation, read by hand: a regex made a matcher each time).
     */
    static String withoutLeadingPunct(String s) {
        int i = 0;
        while (i < s.length() && ",;:\u2014\u2013-".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0) {
            return s;
        }
        while (i < s.length() && Words.regexSpace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    /** The source after "according to", up to the clause's end; an abbreviation's dots ("a top U.S. official") are no end. */
    private static final Pattern ACCORDING_TO = Pattern.compile(
            "\\baccording to\\s+(?<subj>(?:[^,.;:!?\"\u201C\u201D\n]|\\.(?=\\p{L})|(?<=(?:^|[\\s.])(?-i:\\p{Lu}))\\."
            // a title's full stop before a name: "according to Mr. Barnes", "according to Sen. Rand Paul"
            + "|(?<=(?:^|\\s)(?-i:" + String.join("|", Names.ABBREVIATED_TITLES) + "))"
            + "\\.(?=\\s(?-i:\\p{Lu}))){2,80})",
            Pattern.CASE_INSENSITIVE);

    /**
     * A roundup's credit for a quotation that ends its paragraph: "name, outlet" and nothing else, after the closing
     * mark on the same line ("“…” Neal K. Katyal, New York Times") or alone on the next line ("David French, National
     * Review"). The quotation's words are the credited writer's, however the sentence around them reads.
     */
    static String roundupCredit(String text, Quote q, String after) {
        if (q.unclosed()) {
            return null; // the line after an unclosed quotation is creditLine(text, from)'s
        }
        int end = Math.min(text.length(), q.end() + 1 + after.length());
        if (end < text.length() && text.charAt(end) != '\n') {
            return null; // another quotation follows on the line
        }
        if (!after.isBlank()) {
            String credited = CueAfter.creditLine(after.stripLeading());
            return credited != null || !Phrases.endsSentence(q.text()) ? credited : describedCredit(after);
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
    private static final java.util.Set<String> DASH_CREDIT_OPENERS = Lexicon.of("on", "from", "in", "at", "with", "by",
            "as", "for", "via", "source", "sources", "photo", "image", "reporting", "additional", "read", "watch", "more");

    /**
     * Whether the words after a quotation credit an outlet's report ("…,” Reuters reported", "…,” reports The
     * Christian Science Monitor"): it reports what the sentence's own speaker said, if the sentence names one
     * ("Aides said the president was “very happy,” Reuters reported").
     */
    static boolean reportCredit(String after) {
        int report = after.indexOf("report");
        if (report < 0 || report > 120) {
            return false; // most quotations: no outlet's report after them
        }
        String[] w = Words.splitOnSpaces(withoutLeadingPunct(after.strip()), 8);
        for (int i = 0; i < w.length && i <= 6; i++) {
            if (Phrases.isVerb(w[i])) {
                return NEWS_REPORTING.contains(w[i]);
            }
        }
        return false;
    }

    /** An outlet's verb of report, perhaps closing its sentence. */
    static final WordSet NEWS_REPORTING = new WordSet(Lexicon.of("reported", "reports", "reported.", "reports."));

    /**
     * Whether the words after a quotation are a name and a report's verb that ends the sentence ("…,” the South China
     * Morning Post reports."): an outlet's credit, however long its name. Not "following reports that", "Similar
     * reports came".
     */
    static boolean outletCredit(String after) {
        String[] w = Words.splitOnSpaces(withoutLeadingPunct(after.strip()), 9);
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
     * The speaker of a verb of speech that closes the sentence after a quotation, after its last comma and with at
     * most three lower-case words after it ("“…” is how it began, the senator said."), or null. A participle's phrase
     * may follow it ("Clinton gave “…” stories about her email, a federal judge said Tuesday, finding …"): the clause
     * before that phrase is read then.
     */
    static String sentenceEndCue(String rest) {
        int comma = rest.lastIndexOf(',');
        if (comma < 0) {
            return null;
        }
        if (rest.length() - comma <= 90) {
            String clause = TRAILING_ENDS.matcher(rest.substring(comma + 1).strip()).replaceAll("");
            String s = reportingClause(clause);
            if (s != null && DESCRIPTION_OPENERS.contains(Words.firstOnSpaces(clause))) {
                String named = nameBeforeDescription(rest, comma);
                if (named != null) {
                    return named; // "…, Mark Zaid, a national security lawyer who represents whistle-blowers told CNN."
                }
            }
            if (s != null) {
                // "“…,” Mr. Bond said, Mediaite reported.": of two reporting clauses, the nearer is the speaker's
                // (the clause opens after a comma; before an outlet's report, also after a quotation whose closing
                // comma is blanked with it: "… and the “…,” Mr. Bond said, Mediaite reported.")
                boolean report = reportCredit(rest.substring(comma + 1));
                int before = Math.max(rest.lastIndexOf(',', comma - 1), !report ? -1
                        : Math.max(rest.lastIndexOf('\u201D', comma - 1), rest.lastIndexOf('"', comma - 1)));
                String nearer = before < 0 || comma - before > 90 ? null : reportingClause(rest.substring(before + 1, comma).strip());
                return nearer != null ? nearer : s;
            }
        }
        if (!participleOpens(rest, comma)) {
            return null;
        }
        int before = rest.lastIndexOf(',', comma - 1);
        return before < 0 || comma - before > 90 ? null : reportingClause(rest.substring(before + 1, comma).strip());
    }

    private static final java.util.Set<String> DESCRIPTION_OPENERS = Lexicon.of("a", "an", "the");

    /**
     * The person named alone between the comma before {@code comma} (or the sentence's start) and {@code comma}, whom
     * the description after {@code comma} describes: ", Mark Zaid, a national security lawyer … told CNN", "Lorella
     * Praeli of United We Dream, the largest network … tells the Times". Null where other words stand there ("the
     * agency met with Mark Zaid, a spokesman said": the name is no subject).
     */
    static String nameBeforeDescription(String rest, int comma) {
        return nameBeforeDescription(rest, comma, false);
    }

    /**
     * As {@link #nameBeforeDescription(String, int)}; with {@code oneWord}, a name of one word too, where the words
     * before it are only a quotation's marks ("“…,” Omar, a hijab-wearing Somali American, tweeted on Sunday.").
     */
    static String nameBeforeDescription(String rest, int comma, boolean oneWord) {
        int from = rest.lastIndexOf(',', comma - 1) + 1;
        while (from < comma && !Character.isLetter(rest.charAt(from))) {
            from++; // spaces, and a quotation's closing mark before the name
        }
        String segment = rest.substring(from, comma).strip();
        if (segment.isEmpty() || !Character.isUpperCase(segment.charAt(0))) {
            return null;
        }
        String[] words = Words.splitOnSpaces(segment);
        if (oneWord && words.length == 1 && rest.lastIndexOf(',', comma - 1) < 0 && onlyMarksBefore(rest, from)) {
            String name = Names.personAtEnd(segment);
            return segment.equals(name) && segment.equals(SpeakerPhrase.speaker(segment, false)) ? name : null;
        }
        if (words.length < 2 || words.length > 6) {
            return null;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !NAME_JOINERS.contains(w)) {
                return null;
            }
        }
        String who = SpeakerPhrase.speaker(segment, false);
        return who != null && who.indexOf(' ') > 0 && Character.isUpperCase(who.charAt(0)) ? who : null;
    }

    /** Whether nothing but spaces and quotation marks stands before {@code at}. */
    private static boolean onlyMarksBefore(String rest, int at) {
        for (int i = 0; i < at; i++) {
            char c = rest.charAt(i);
            if (!Character.isWhitespace(c) && c != '"' && c != '\u201C' && c != '\u201D') {
                return false;
            }
        }
        return true;
    }

    /** Lower-case words a name and its body may hold: "Lorella Praeli of United We Dream". */
    private static final java.util.Set<String> NAME_JOINERS = Lexicon.of("of", "for", "the", "and");

    /** The verbs of speech that a reporting clause closing the sentence opens with ("…, added Myra Gutin, who …"). */
    private static final List<String> VERBS_FIRST_AT_END = List.of(", said ", ", says ", ", added ", ", adds ", ", wrote ",
            ", writes ", ", explained ", ", explains ", ", noted ", ", notes ", ", argued ", ", argues ", ", warned ", ", warns ");

    /**
     * The speaker of a reporting clause that closes the sentence verb first, after a comma: "“…” to block a veto override,
     * said Charlie Black, a veteran Republican lobbyist." (the news's way of crediting a partial quotation and the rest of
     * its sentence). Only where no other verb of speech comes between the quotation and the clause; asked only of a
     * quotation that does not end its sentence.
     */
    static String saidFirstAtEnd(String rest) {
        int at = -1;
        int verbEnd = -1;
        // the last ", <verb> " of the list: commas read from the end, once, not the text once for each verb
        for (int i = rest.lastIndexOf(','); i >= 0 && at < 0; i = i > 0 ? rest.lastIndexOf(',', i - 1) : -1) {
            for (String verb : VERBS_FIRST_AT_END) {
                if (rest.startsWith(verb, i)) {
                    at = i;
                    verbEnd = i + verb.length();
                    break;
                }
            }
        }
        if (at < 0 || at > 250 || Phrases.lastVerb(rest.substring(0, at)) >= 0) {
            return null;
        }
        String phrase = TRAILING_ENDS.matcher(rest.substring(verbEnd).strip()).replaceAll("");
        int aside = phrase.indexOf(',');
        String named = aside > 0 ? phrase.substring(0, aside) : phrase;
        int party = named.indexOf(" (");
        if (party > 0) {
            named = named.substring(0, party); // "said House Budget Committee Chairman Paul Ryan (R., Wis.)"
        }
        if (named.isBlank() || named.length() > 80 || NOT_A_SPEAKER_FIRST.contains(Words.firstOnSpaces(named))) {
            return null; // "…, said in a statement": where it was said, not who
        }
        String[] words = Words.splitOnSpaces(named);
        for (String w : words) {
            if (Phrases.AUXILIARIES.contains(w)) {
                return null; // "…, said the strike was an “act of war”": what was said, a clause
            }
        }
        String last = words[words.length - 1];
        if (last.length() <= 2 && Character.isUpperCase(last.charAt(0))) {
            return null; // "said Robert E.": the sentence was read as ending at an initial, the name cut short
        }
        return SpeakerPhrase.speaker(named, true);
    }

    /** Words a phrase after "said" opens with when it tells where, when or how it was said, not who said it. */
    private static final java.util.Set<String> NOT_A_SPEAKER_FIRST = Lexicon.of("in", "on", "at", "during", "with", "to",
            "of", "from", "after", "before", "while", "that", "this", "last", "earlier", "later", "recently", "then");

    /**
     * The speaker of {@code clause} when it is a name or a description, a verb of speech and at most three lower-case
     * words or a day.
     */
    private static String reportingClause(String clause) {
        String[] words = Words.splitOnSpaces(clause);
        for (int i = 1; i < words.length && i <= 8; i++) {
            // (a described addressee after a subject that opens with a name or a determiner: not "chairman of the joint
            // chiefs of staff told the National Press Club in Washington", whose name is before the comma)
            boolean described = TOLD.contains(words[i]) && describedAddressee(words, i + 1) && !words[0].isEmpty()
                    && (Character.isUpperCase(words[0].charAt(0)) || DESCRIPTION_OPENERS.contains(words[0]));
            if (Phrases.isVerb(words[i]) && (words.length - i - 1 <= 3 || described)) {
                if (!TOLD.contains(words[i]) || !namedAddressee(words, i + 1) && !described) {
                    for (int k = i + 1; k < words.length; k++) {
                        if (!words[k].equals(words[k].toLowerCase(Locale.ROOT)) && !Phrases.DAYS.contains(words[k])) {
                            return null; // "…, the senator said Tuesday."; not "…, Obama said Trump."
                        }
                    }
                }
                return SpeakerPhrase.speaker(String.join(" ", java.util.Arrays.copyOf(words, i)), false);
            }
        }
        return null;
    }

    private static final java.util.Set<String> TOLD = Lexicon.of("told", "tells");

    /**
     * Whether the words from {@code from} on describe whom a "told" closing the sentence was told, and where: a determiner,
     * then at most six words, none of them a clause's ("…, Buttigieg told a Thursday town hall in Decorah.", "…, she told
     * the crowd at the state fair."); not "told him to leave", "told them that …".
     */
    private static boolean describedAddressee(String[] words, int from) {
        if (from >= words.length || words.length - from > 7 || !Phrases.ARTICLES_AND_OWNERS.contains(words[from])) {
            return false;
        }
        for (int k = from + 1; k < words.length; k++) {
            if (CLAUSE_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> CLAUSE_WORDS = Lexicon.of("that", "to", "not", "he", "she", "it", "they",
            "was", "is", "were", "are", "would", "will", "had", "has", "have");

    /**
     * Whether the words from {@code from} on are whom a "told" closing the sentence was told, by name: an outlet or a
     * person ("…, a senior Republican source told CNN.", "…, she told The Associated Press.").
     */
    private static boolean namedAddressee(String[] words, int from) {
        if (from >= words.length) {
            return false;
        }
        for (int k = from; k < words.length; k++) {
            String w = words[k];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) && !(k == from && w.equals("the"))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the phrase after the comma at {@code comma} opens with a participle of reporting ("adding", "finding",
     * "citing", or one of speech: "describing", "noting"). Not any word in -ing: "…, they wrote, visiting
     * dignitaries typically do not …" is a clause of its own.
     */
    private static boolean participleOpens(String rest, int comma) {
        int start = comma + 1;
        while (start < rest.length() && rest.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < rest.length() && Character.isLowerCase(rest.charAt(end))) {
            end++;
        }
        if (end - start <= 4 || !rest.startsWith("ing", end - 3) || end < rest.length() && rest.charAt(end) != ' ') {
            return false;
        }
        String word = rest.substring(start, end);
        return REPORTING_PARTICIPLES.contains(word) || Phrases.isVerb(word);
    }

    // not "according": "…, family separations have continued, according to the ACLU" is the report, not its source
    private static final java.util.Set<String> REPORTING_PARTICIPLES = Lexicon.of("adding", "saying", "finding",
            "citing", "pointing", "speaking", "writing", "telling", "asking", "answering", "responding", "testifying",
            "announcing");

    /**
     * The source an "according to" (or a "per") right after the quotation names, or null. Asked after the cues around
     * the quotation (a speech verb after it, or before it in its sentence): "Ulyanov said, “…,” according to RIA
     * Novosti" quotes Ulyanov, as RIA Novosti reported him.
     */
    static String sourceAfter(String after) {
        String opening = CueAfter.openingAfter(after);
        return CueAfter.startsAccordingTo(opening) ? accordingTo(opening) : opening.startsWith("per ") ? per(opening) : null;
    }

    /**
     * Whether the text after a quotation that ends on a stop goes on with a sentence of its own that does not point
     * back at it ("… “Project Dragonfly.” According to The Washington Free Beacon, …"), not with the quotation's own
     * sentence ("cries of “Death to Israel!” from a crowd, according to The Associated Press") nor with "That's
     * according to a study".
     */
    static boolean anotherSentence(String next) {
        int from = 0;
        while (from < next.length() && !Character.isLetter(next.charAt(from))) {
            from++; // the quotation's closing mark, blanks
        }
        if (from == next.length() || !Character.isUpperCase(next.charAt(from))) {
            return false;
        }
        String first = Words.firstOnSpaces(next.substring(from)).replace('\u2019', '\'');
        int end = first.length();
        while (end > 0 && !Character.isLetter(first.charAt(end - 1))) {
            end--; // "This, according to Barr, …"
        }
        return !POINTING_BACK.contains(first.substring(0, end));
    }

    private static final Set<String> POINTING_BACK = Lexicon.of("That", "That's", "This", "Those", "These", "So", "Such");

    /**
     * The source of an "according to" clause that ends the words before a quotation, past a comma or a colon ("Cotton
     * flubbed the wording, however — according to a 2001 Congressional Research Service report, “it is the President
     * who …”"): the source introduces the quotation, whoever the sentence is about. Null otherwise.
     */
    static String accordingToRightBefore(String sentence) {
        if (!Words.containsIgnoringCase(sentence, "according to")) {
            return null;
        }
        int end = sentence.length();
        while (end > 0 && (Character.isWhitespace(sentence.charAt(end - 1)) || sentence.charAt(end - 1) == ',' || sentence.charAt(end - 1) == ':')) {
            end--;
        }
        if (end == sentence.length() || sentence.charAt(end) != ',' && sentence.charAt(end) != ':'
                && sentence.indexOf(',', end) < 0 && sentence.indexOf(':', end) < 0) {
            return null; // the clause runs into the quotation ("according to Smith the plan is “…”")
        }
        Matcher m = ACCORDING_TO.matcher(sentence);
        int from = -1;
        while (m.find()) {
            from = m.end("subj") >= end - 1 ? m.start("subj") : -1;
        }
        return from < 0 ? null : SpeakerPhrase.speaker(beforeDash(sentence.substring(from, end)), true);
    }

    static String accordingTo(String sentence) {
        if (!Words.containsIgnoringCase(sentence, "according to")) {
            // most sentences: a case-blind regex tried at every position was a tenth of the cue's work
            return per(sentence);
        }
        Matcher m = ACCORDING_TO.matcher(sentence);
        return m.find() ? SpeakerPhrase.speaker(beforeDash(beforeClosingParenthesis(m.group("subj"))), true) : null;
    }

    /**
     * "Per" opening the sentence, or right after the quotation, before a name, as "according to" ("Per CNN: “…”", "…,”
     * per the New York Times."): the source it names, or null. Not "per cent" or "per capita", and not in mid-sentence
     * ("$5 per COVID-19 patient for Medicare", "because, per the Flores ruling, kids can't …"): a name follows, or "the"
     * and a name.
     */
    private static final Pattern PER = Pattern.compile(
            "^\\s*[Pp]er\\s+(?<subj>(?:the\\s+)?\\p{Lu}[^,.;:!?()\"\u201C\u201D\n]{1,60})");

    private static String per(String sentence) {
        Matcher m = PER.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String subj = m.group("subj").strip();
        return subj.startsWith("Cent") || subj.startsWith("Capita") ? null : SpeakerPhrase.speaker(beforeDash(subj), true);
    }

    /**
     * The words before a closing parenthesis that none opens among them: a source named inside parentheses ("(according
     * to the report), which …"), not an acronym's ("a 2013 Congressional Research Service (CRS) report").
     */
    private static String beforeClosingParenthesis(String subj) {
        int close = subj.indexOf(')');
        return close >= 0 && subj.lastIndexOf('(', close) < 0 ? subj.substring(0, close) : subj;
    }

    /**
     * The words before a dash set off by spaces ("according to the White House — “…”" names the White House), or
     * around an aside between two ("according to the president’s niece – and Fred’s granddaughter – clinical
     * psychologist Mary Trump").
     */
    private static String beforeDash(String subj) {
        int first = spacedDash(subj, 1);
        if (first < 0) {
            return subj.endsWith(" \u2014") || subj.endsWith(" \u2013") ? subj.substring(0, subj.length() - 2) : subj;
        }
        int second = spacedDash(subj, first + 2);
        return second < 0 ? subj.substring(0, first) : subj.substring(0, first) + subj.substring(second + 2);
    }

    /** Where the first dash with a space either side is, from {@code from} on, or -1. */
    private static int spacedDash(String s, int from) {
        for (int i = Math.max(1, from); i + 1 < s.length(); i++) {
            if (s.charAt(i - 1) == ' ' && "\u2014\u2013-".indexOf(s.charAt(i)) >= 0 && s.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }
}
