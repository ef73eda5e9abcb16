package org.gazette.compare;

import java.util.List;

/**
 * Two articles compared: their sentences, the pairs that tell the same thing, and what each has that the other
 * lacks. Offsets are in each article's cleaned text.
 *
 * @param similarity   how much of the two texts tells the same thing (0–1): the share of sentences aligned
 * @param sentencesA   article A's sentences as [start, end) offsets
 * @param pairs        aligned sentences, in A's order
 * @param bothSpeakers people quoted by both (A's spelling of the name)
 * @param quotes       quotations that appear in both, with the word-level difference when worded differently
 */
public record Comparison(
        double similarity,
        List<int[]> sentencesA,
        List<int[]> sentencesB,
        List<Pair> pairs,
        List<String> bothSpeakers,
        List<String> onlyASpeakers,
        List<String> onlyBSpeakers,
        List<SharedQuote> quotes,
        Facts onlyA,
        Facts onlyB) {

    /** Sentence {@code a} of A tells what sentence {@code b} of B tells; {@code score} 0–1. */
    public record Pair(int a, int b, double score) { }

    /** One quotation in both articles: each side's text and offsets, and the word diff (empty when identical). */
    public record SharedQuote(String speaker, String textA, int startA, int endA, String textB, int startB, int endB,
                              List<WordDiff.Edit> diff) {
        public boolean identical() { return diff.stream().allMatch(e -> e.op() == WordDiff.Op.SAME); }
    }

    /** Names, numbers and dates one article has and the other does not. */
    public record Facts(List<String> names, List<String> numbers, List<String> dates) { }

    /** The B sentence aligned with A's sentence {@code a}, or -1. */
    public int counterpartOfA(int a) {
        return pairs.stream().filter(p -> p.a() == a).mapToInt(Pair::b).findFirst().orElse(-1);
    }

    /** The A sentence aligned with B's sentence {@code b}, or -1. */
    public int counterpartOfB(int b) {
        return pairs.stream().filter(p -> p.b() == b).mapToInt(Pair::a).findFirst().orElse(-1);
    }
}
