package org.gazette.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.TestData;
import org.gazette.archive.MetaField;
import org.gazette.archive.MetaValue;
import org.gazette.archive.Metadata;
import org.gazette.archive.Provenance;
import org.gazette.archive.QuoteRecord;
import org.gazette.ingest.ArticleParser;
import org.gazette.ingest.QuoteExtraction;
import org.gazette.ingest.TextDecoder;
import org.junit.jupiter.api.Test;

class ArticleComparerTest {
    private static final String A = """
            Brussels pledged 40 new patrol boats on Tuesday, Commissioner Anna Lind said.
            "We will not leave the coast unguarded," Lind told reporters in Brussels.
            The boats will be delivered by March 2025, officials said.
            """;
    private static final String B = """
            The boats are due by March 2025, according to officials.
            European Commissioner Anna Lind announced on Tuesday that the bloc would send 40 patrol boats.
            "We will never leave the coast unguarded," Lind said. Port chief Marco Bassi welcomed the plan.
            """;

    private static Comparison compare(String a, String b) {
        return ArticleComparer.compare(a, QuoteExtraction.of(1, a), b, QuoteExtraction.of(2, b));
    }

    @Test
    void twoLeadsNamingTheSameOneAlignThoughWordedApart() throws Exception {
        // the sample rate cut: "Homeowners got some relief on Thursday as the National Bank cut its key rate for the
        // first time in three years, …" / "… The National Bank cut its main interest rate by a quarter point to 3.25%
        // on Thursday, its first cut since 2022, …": one event in the outlets' own words, few words in common
        String a = clean(TestData.articles().resolve("capital-herald/central-bank-rate-cut.txt"));
        String b = clean(TestData.articles().resolve("meridian-wire/central-bank-rate-cut.txt"));
        Comparison c = compare(a, b);
        assertEquals(0, c.counterpartOfA(0));
        String leadA = a.substring(c.sentencesA().get(0)[0], c.sentencesA().get(0)[1]);
        assertTrue(leadA.startsWith("Homeowners got some relief"), leadA);
        // without the name they share, the same two sentences stay apart
        String unnamedA = a.replace("National Bank", "bank");
        String unnamedB = b.replace("National Bank", "central bank");
        assertEquals(-1, compare(unnamedA, unnamedB).counterpartOfA(0));
    }

    @Test
    void reorderedAndRewordedSentencesAreAligned() {
        Comparison c = compare(A, B);
        // A's first sentence (the pledge) is B's second; A's third (delivery date) is B's first
        assertEquals(1, c.counterpartOfA(0));
        assertEquals(0, c.counterpartOfA(2));
        assertEquals(2, c.counterpartOfB(0));
        assertTrue(c.similarity() > 0.4, "similarity " + c.similarity());
    }

    @Test
    void theSameQuotationWordedDifferentlyShowsTheWordsThatDiffer() {
        Comparison c = compare(A, B);
        assertEquals(1, c.quotes().size());
        Comparison.SharedQuote q = c.quotes().get(0);
        assertTrue(!q.identical());
        assertTrue(q.diff().contains(new WordDiff.Edit(WordDiff.Op.ONLY_A, "not")), q.diff().toString());
        assertTrue(q.diff().contains(new WordDiff.Edit(WordDiff.Op.ONLY_B, "never")), q.diff().toString());
        assertEquals(List.of("Anna Lind"), c.bothSpeakers());
    }

    @Test
    void namesOnlyOneArticleHas() {
        Comparison c = compare(A, B);
        assertTrue(c.onlyB().names().contains("Marco Bassi"), c.onlyB().names().toString());
        assertTrue(c.onlyA().names().isEmpty() || !c.onlyA().names().contains("Anna Lind"), c.onlyA().names().toString());
    }

    @Test
    void numbersAndDatesOnlyOneArticleHas() {
        Comparison c = ArticleComparer.compare("The storm killed 12 people on Monday.", List.of(),
                "The storm killed 14 people on Monday, and 3,000 lost power.", List.of());
        assertEquals(List.of("12"), c.onlyA().numbers());
        assertEquals(List.of("14", "3000"), c.onlyB().numbers());
        assertTrue(c.onlyA().dates().isEmpty());
    }

    @Test
    void aNameSpelledWithOrWithoutAccentsAndAbbreviatedMonthsAreNotDifferences() {
        Comparison c = ArticleComparer.compare(
                "Governor Katarzyna Wojcik spoke on September 18. \u201CWe acted,\u201D she said. Opposition leader Jonas Lindahl disagreed. Lindahl left.",
                List.of(),
                "ALDREN, Sept. 18 - Governor Katarzyna W\u00f3jcik spoke. Rivals were silent.", List.of());
        assertEquals(1.0, ArticleComparer.compare("Governor Katarzyna W\u00f3jcik defended the cut in Aldren.", List.of(),
                "Governor Katarzyna Wojcik defended the cut in Aldren.", List.of()).pairs().get(0).score(), 1e-9,
                "the same sentence, one spelled with an accent");
        assertEquals(List.of("Jonas Lindahl"), c.onlyA().names(), "one entry per person; an accent is no difference; "
                + "a capital after a closing quote opens a sentence");
        assertEquals(List.of(), c.onlyA().dates(), c.onlyA().dates().toString());
        assertEquals(List.of(), c.onlyB().numbers(), "the day of a date is not a number of its own");
    }

    @Test
    void namesOfBodiesKeepTheirLowerCaseJoiners() {
        List<String> names = ArticleComparer.names("Yesterday the Aldren Institute for Economic Research and the Bank of England spoke. "
                + "The opposition's Jonas Lindahl of the party agreed.");
        assertTrue(names.contains("Aldren Institute for Economic Research"), names.toString());
        assertTrue(names.contains("Bank of England"), names.toString());
        assertTrue(names.contains("Jonas Lindahl"), "a joiner before a lower-case word is not part of the name: " + names);
    }

    @Test
    void anArticleComparedWithItselfAlignsEverySentence() {
        Comparison c = compare(A, A);
        assertEquals(1.0, c.similarity(), 1e-9);
        assertEquals(c.sentencesA().size(), c.pairs().size());
        assertTrue(c.quotes().stream().allMatch(Comparison.SharedQuote::identical));
        assertTrue(c.onlyA().names().isEmpty() && c.onlyB().numbers().isEmpty());
    }

    @Test
    void sentencesWithoutContentWordsAlignOnlyWithTheSameWords() {
        String a = A + "What is it?\nNo.\n";
        Comparison self = compare(a, a);
        assertEquals(1.0, self.similarity(), 1e-9, "an article against itself: every sentence, \"No.\" too");
        assertEquals(self.sentencesA().size(), self.pairs().size());
        Comparison other = compare(a, B + "Why?\nNo.\n");
        List<String> aligned = other.pairs().stream().map(p -> a.substring(other.sentencesA().get(p.a())[0], other.sentencesA().get(p.a())[1])).toList();
        assertTrue(aligned.contains("No."), aligned.toString());
        assertTrue(!aligned.contains("What is it?"), "no sentence on B's side says it: " + aligned);
    }

    @Test
    void whoMadeAnArticleIsNoFactOfTheStory() {
        String a = "ALDREN, Sept 18 (Meridian Wire) - The bank cut rates, Governor Anna Lind said. Henrik Aalto agreed.\n"
                + "The decision was welcomed by Meridian Wire columnist Priya Nandakumar.\n"
                + "(Reporting by Priya Nandakumar; editing by Jonas Feld)\n";
        String b = "The bank cut rates on Thursday, Lind said. Port chief Marco Bassi welcomed it.\n";
        Metadata wire = new Metadata().set(MetaField.OUTLET, new MetaValue("Meridian Wire", Provenance.TEXT))
                .set(MetaField.BYLINE, new MetaValue("By Priya Nandakumar", Provenance.TEXT));
        Comparison c = ArticleComparer.compare(a, List.of(), wire, b, List.of(), new Metadata());
        assertEquals(List.of("Henrik Aalto"), c.onlyA().names(), "the outlet, its writer and the credit line's editor are left out");
        assertEquals(List.of("Marco Bassi"), c.onlyB().names());
        List<String> withoutCredits = ArticleComparer.compare(a, List.of(), b, List.of()).onlyA().names();
        assertTrue(withoutCredits.contains("Meridian Wire"), withoutCredits.toString());
        assertTrue(!withoutCredits.contains("Jonas Feld"), "a credit line is never a fact: " + withoutCredits);
    }

    @Test
    void theDayAnArticleIsDatedIsNoDateOnlyTheOtherHas() {
        // both dated Thursday, 18 September 2025; one dateline writes "Sept 18", the other does not
        String a = "ALDREN, Sept 18 (Meridian Wire) - The bank cut rates on Thursday, down from a peak in 2023.\n";
        String b = "Homeowners got some relief as the bank cut rates.\n";
        Metadata dated = new Metadata().set(MetaField.DATE, new MetaValue("2025-09-18", Provenance.TEXT));
        assertEquals(List.of("2023"), ArticleComparer.compare(a, List.of(), dated, b, List.of(), dated).onlyA().dates());
        assertEquals(List.of("September 18", "Thursday", "2023"),
                ArticleComparer.compare(a, List.of(), b, List.of()).onlyA().dates(), "undated, the day is a fact of A's");
    }

    @Test
    void oneWordInCommonAlignsNothingButOneVerbToldTwoWaysCounts() {
        String a = "Biden butted in repeatedly.\nThe judge sentenced Marco Bassi.\nRain fell all week.\nShops stayed shut.\n";
        String b = "Biden then smiled.\nBassi's sentencing was read out.\nThe port reopened.\nFerries sailed again.\n";
        Comparison c = compare(a, b);
        assertEquals(List.of(1), c.pairs().stream().map(Comparison.Pair::a).toList(),
                "\"Biden\" alone is no shared statement; \"sentenced\" / \"sentencing\" is one word");
        assertEquals(1, c.pairs().get(0).b());
    }

    @Test
    void anEmptyArticleGivesAnEmptyComparison() {
        Comparison c = compare(A, "");
        assertEquals(0, c.similarity());
        assertTrue(c.pairs().isEmpty());
        assertEquals(List.of("Anna Lind"), c.onlyASpeakers());
        assertEquals(0, compare("", "").similarity());
    }

    @Test
    void aVeryLongArticleIsComparedWholly() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; big.length() < 300_000; i++) {
            big.append("Paragraph ").append(i).append(" reports that the harbour authority counted ").append(i * 7)
                    .append(" ships and the mayor of Town").append(i).append(" spoke.\n");
        }
        Comparison c = compare(big.toString(), A);
        assertTrue(c.sentencesA().size() > 2000);
        assertTrue(c.pairs().size() <= c.sentencesB().size());
    }

    /** The acceptance case: the two seed articles, one story from two outlets. */
    @Test
    void seedArticlesSpeakers() throws Exception {
        Path seeds = TestData.shared("seeds");
        List<Path> files;
        try (var s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        String a = clean(files.get(0));
        String b = clean(files.get(1));
        List<QuoteRecord> qa = QuoteExtraction.of(1, a);
        List<QuoteRecord> qb = QuoteExtraction.of(2, b);
        Comparison c = ArticleComparer.compare(a, qa, b, qb);
        assertEquals(List.of("Jens Stoltenberg"), c.bothSpeakers());
        assertTrue(c.onlyASpeakers().containsAll(List.of("Tod Wolters", "Volodymyr Zelenskyy")), c.onlyASpeakers().toString());
        assertTrue(c.onlyBSpeakers().containsAll(List.of("Jaroslaw Kaczynski", "Dmitry Peskov", "Sergey Lavrov")), c.onlyBSpeakers().toString());
        assertTrue(c.onlyASpeakers().stream().noneMatch(c.onlyBSpeakers()::contains));
    }

    private static String clean(Path p) throws Exception {
        return ArticleParser.standard().parse(TextDecoder.decode(Files.readAllBytes(p)).text(), p).cleanedText();
    }
}
