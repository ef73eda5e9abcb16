package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text around quotations as the sieve reads it: offsets always hold. */
class QuoteContextTest {
    private static List<String> speakersOf(String text) {
        return QuoteAttributor.quotes(text).stream().map(Quote::speaker).toList();
    }

    /** A dotted acronym before its noun ("the U.S. Constitution") goes on with the sentence; before a sentence's opener it ends it. */
    @Test
    void aDottedAcronymEndsTheSentenceOnlyBeforeAWordThatOpensOne() {
        String t = "\u201D with the U.S. Constitution, Republican candidate Ben Carson said. Next.";
        assertEquals("\u201D with the U.S. Constitution, Republican candidate Ben Carson said", QuoteContext.firstSentence(t, 0, t.length()));
        String u = "\u201D he said of the U.S. The president left.";
        assertEquals("\u201D he said of the U.S", QuoteContext.firstSentence(u, 0, u.length()));
        assertEquals(List.of("Ben Carson"), speakersOf("The Islamic faith isn\u2019t \u201Cconsistent\u201D "
                + "with the U.S. Constitution, and a Muslim shouldn\u2019t be president, Republican presidential candidate Ben "
                + "Carson said."));
    }

    @Test
    void plainSpacesKeepEveryOffset() {
        assertEquals("a b", QuoteContext.plainSpaces("a\u00A0b"));
        String label = "Rep. Mark Meadows (R., N.C.) said";
        String plain = QuoteContext.plainSpaces(label);
        assertEquals(label.length(), plain.length());
        assertEquals("Rep. Mark Meadows (R-N.C.)   said", plain, "no sentence ends inside the label");
        // a zero-width joiner between spaces is a space; beside a word it stays, inside a word too
        assertEquals("Wall Street Journal  \n", QuoteContext.plainSpaces("Wall Street Journal \u200D\n"));
        assertEquals("Related Video \u200BGoogle said T\u200B\u200Bime", QuoteContext.plainSpaces(
                "Related Video \u200BGoogle said T\u200B\u200Bime"));
    }

    @Test
    void aRoundupsCreditLineEndingInAZeroWidthJoinerCreditsTheQuotationBeforeIt() {
        assertEquals(List.of("Philip Klein", "Editorial Board, Wall Street Journal"), speakersOf("\u201CButtigieg is getting a "
                + "hard look.\u201D\n\nPhilip Klein, Washington Examiner\n\n\u201CThis isn\u2019t an economic agenda.\u201D\n\n"
                + "Editorial Board, Wall Street Journal \u200D\n\n"));
    }

    @Test
    void theSentenceBeforeStartsAfterTheLastFullStop() {
        assertEquals(" She said ", QuoteContext.sentenceBefore("He left. She said ", 18));
        assertEquals("Sen. Warren said ", QuoteContext.sentenceBefore("Sen. Warren said ", 17), "an abbreviation ends no sentence");
    }

    @Test
    void eachQuotationKnowsWhereItsLineStarts() {
        String text = "He said “one” and “two”.\nShe said:\n“three”\n\nThen “four”";
        java.util.List<Quote> spans = QuoteFinder.spans(text);
        assertEquals(4, spans.size(), spans.toString());
        int[] starts = QuoteContext.lineStarts(text, spans);
        for (int k = 0; k < spans.size(); k++) {
            assertEquals(text.lastIndexOf('\n', spans.get(k).start()) + 1, starts[k], spans.get(k).text());
        }
        assertEquals(0, starts[1]);
        assertEquals(text.indexOf("“three”"), starts[2]);
        assertEquals(text.indexOf("Then"), starts[3]);
    }
}
