package org.gazette.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Texts of hostile shapes, most of them full of quotation marks, some of them made of many short lines, for timing
 * the cleanup and the quotation extractor on them: a pass that reads back or forward without a bound, or compares
 * everything in a sentence or a page with everything else, shows as time that grows faster than the text. Generated
 * from a fixed seed, so each run times the same texts.
 */
final class HostileTexts {
    private static final String[] WORDS = ("the minister said we will act on this today and they told reporters that it "
            + "was reckless for all of us").split(" ");
    private static final String[] NAMES = {"John Smith", "Ana Lopez", "Wei Chen", "Olga Petrova", "Kofi Mensah",
        "Maria Rossi", "Jens Stoltenberg"};
    private static final String[] CAPITALS = {"The", "Minister", "Smith", "Said", "We", "Will", "He", "She"};

    private HostileTexts() {
    }

    /** The shapes by name, each a maker of one piece; a text is its pieces repeated up to the size asked. */
    private static Map<String, Function<Random, String>> shapes() {
        Map<String, Function<Random, String>> s = new LinkedHashMap<>();
        s.put("dense-news", r -> "“We are ready to act on this,” said Smith, “and we will,” he added. ");
        s.put("varied-speakers", r -> "“" + words(r, 4) + ",” said " + pick(r, "Smith", "Ana Lopez", "the minister", "Jones")
                + ". “It was " + words(r, 1) + ",” he added. " + (r.nextInt(10) == 0 ? "\n\n" : ""));
        s.put("he-no-names", r -> "“" + words(r, 5) + ",” he said. ");
        s.put("no-stops", r -> "“" + words(r, 3) + "” " + words(r, 4) + " ");
        s.put("random-straight", r -> randomStraight(r));
        s.put("capitals-no-stops", r -> capitals(r) + " “" + words(r, 3) + "” ");
        s.put("many-people", r -> "“" + words(r, 4) + ",” said " + pick(r, "John", "Ana", "Wei", "Olga") + " "
                + pick(r, "Smith", "Lopez", "Chen") + r.nextInt(100_000) + ". ");
        s.put("quote-paragraphs", r -> "The minister spoke to " + words(r, 3) + ".\n\n“" + words(r, 6) + ".”\n\n");
        s.put("unclosed-paragraphs", r -> "“" + words(r, 8) + "\n\n");
        s.put("nested-single", r -> "“" + words(r, 2) + " ‘" + words(r, 2) + "’ " + words(r, 2) + ",” said "
                + pick(r, NAMES) + ". ");
        s.put("according-to", r -> "According to " + pick(r, NAMES) + ", “" + words(r, 4) + "” and "
                + pick(r, "he", "officials", "the agency") + " told Reuters. ");
        s.put("transcript-labels", r -> pick(r, NAMES) + ": “" + words(r, 5) + "”\n");
        // one long line of shapes that once sent a search back to the text's start, or on to its end, for each quotation
        s.put("unattributed", r -> "“" + capitalised(words(r, 6)) + ".” ");
        s.put("parenthesis-stops", r -> "“" + words(r, 3) + ",” he said.) ");
        s.put("subordinate-openers", r -> "When they " + words(r, 3) + ". “" + words(r, 3) + ",” he said. ");
        s.put("named-pairs", r -> "Smith and Jones " + words(r, 3) + ". “" + words(r, 3) + ",” he said. ");
        // people as subjects and no "and" anywhere: a search for a clause's "and" that ran back to the text's start
        s.put("no-and", r -> pick(r, NAMES) + " met the minister. He left the room. “We are ready,” he said. ");
        // a new one-word speaker in every cue, each asked whether the text writes it in lower case too
        s.put("one-word-speakers", r -> "“" + words(r, 4) + ",” " + invented(r) + " said. ");
        // a new person in every paragraph before a paragraph that is one quotation (is the name a place's, a label's?)
        s.put("new-people-paragraphs", r -> invented(r) + " " + invented(r) + " " + words(r, 4) + ".\n\n“" + words(r, 5)
                + ".”\n\n");
        // two people given one office throughout, each quotation credited to the office: the titles near each are read
        s.put("two-presidents", r -> "President Smith and President Jones " + words(r, 2) + ". “" + words(r, 3)
                + ",” the president said. ");
        s.put("marks-only", r -> "\"“”");
        // pages of lines, where the cleanup's rules read each line and what lies around it
        s.put("short-lines", r -> words(r, 1) + "\n");
        s.put("title-lines", r -> capitals(r) + "\n\n");
        s.put("furniture-lines", r -> pick(r, "Watch LIVE", "Most recent", "Photo: Reuters", "Advertisement",
                "Sign up for our newsletter", "Voice is AI-generated.", "About the writer", "Read more") + "\n\n");
        s.put("byline-lines", r -> "By " + pick(r, "John", "Ana") + " " + pick(r, "Smith", "Lopez") + "\n");
        s.put("links", r -> "https://example.com/" + words(r, 1) + "/" + r.nextInt(1_000_000) + " ");
        return s;
    }

    /** A made-up capitalised word of five to nine letters ("Bakoruv"), a new speaker's name each time. */
    private static String invented(Random r) {
        StringBuilder b = new StringBuilder().append((char) ('A' + r.nextInt(26)));
        for (int i = 0, n = 4 + r.nextInt(5); i < n; i++) {
            b.append(i % 2 == 0 ? "bcdfghklmnprstvz".charAt(r.nextInt(16)) : "aeiou".charAt(r.nextInt(5)));
        }
        return b.toString();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The names of the shapes, in the order they are timed. */
    static Iterable<String> names() {
        return shapes().keySet();
    }

    /** A text of the named shape, {@code chars} long (cut there, mid-piece if need be). */
    static String text(String shape, int chars) {
        Function<Random, String> piece = shapes().get(shape);
        if (piece == null) {
            throw new IllegalArgumentException("no such shape: " + shape);
        }
        Random r = new Random(11);
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            b.append(piece.apply(r));
        }
        b.setLength(chars);
        return b.toString();
    }

    /** Random words, a straight mark opening or closing about one word in six, a full stop or a paragraph now and then. */
    private static String randomStraight(Random r) {
        String w = WORDS[r.nextInt(WORDS.length)];
        double p = r.nextDouble();
        if (p < 0.08) {
            return "\"" + w + " ";
        } else if (p < 0.16) {
            return w + "\" ";
        } else if (p < 0.18) {
            return w + ". ";
        } else if (p < 0.19) {
            return w + "\n\n";
        }
        return w + " ";
    }

    private static String capitals(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            b.append(i == 0 ? "" : " ").append(CAPITALS[r.nextInt(CAPITALS.length)]);
        }
        return b.toString();
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
