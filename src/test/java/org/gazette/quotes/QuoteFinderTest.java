package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static List<String> texts(String s) {
        return QuoteFinder.spans(s).stream().map(Quote::text).toList();
    }

    @Test
    void twoSingleMarksTypedForADoubleOneOpenAndCloseAQuotation() {
        // some outlets close with "’’" (and open with "‘‘"); a single mark is an apostrophe or a nested quotation's
        assertEquals(List.of("We’re not going to bail out the banks,", "never"),
                texts("\u201CWe\u2019re not going to bail out the banks,\u2019\u2019 he said, and \u2018\u2018never\u2019\u2019 again."));
        assertEquals(List.of("He said \u2018no\u2019 twice."), texts("\u201CHe said \u2018no\u2019 twice.\u201D"));
        List<Quote> qs = QuoteFinder.spans("\u201CFirst,\u2019\u2019 she said. \u201CSecond.\u2019\u2019\n");
        assertEquals(List.of("First,", "Second."), qs.stream().map(Quote::text).toList());
        assertEquals(false, qs.get(1).unclosed());
        // two apostrophes close one as well, straight or curly opened; inside a word they are a typo, not a mark
        assertEquals(List.of("fat cats,", "We knew this was an uphill fight."),
                texts("He called them \"fat cats,'' he said. \u201CWe knew this was an uphill fight.'' Schumer said."));
        assertEquals(List.of("I can''t say,"), texts("\"I can''t say,\" he said."));
    }

    @Test
    void straightAndCurlyMarksWithNestedSingleQuotes() {
        assertEquals(List.of("We are ready,", "He said ‘never’ twice."),
                texts("\"We are ready,\" she said. “He said ‘never’ twice.”"));
    }

    @Test
    void offsetsPointAtTheTextInsideTheMarks() {
        String text = "Intro. “Safety first,” said the mayor.";
        Quote q = QuoteFinder.spans(text).get(0);
        assertEquals("Safety first,", text.substring(q.start(), q.end()));
    }

    @Test
    void paragraphOpeningAQuoteWithoutClosingItRunsToItsEnd() {
        String text = "“The first paragraph of a long quote.\n\n“And the second, closed,” he said.";
        List<Quote> qs = QuoteFinder.spans(text);
        assertEquals(2, qs.size());
        assertTrue(qs.get(0).unclosed());
        assertEquals("The first paragraph of a long quote.", qs.get(0).text());
        assertEquals("And the second, closed,", qs.get(1).text());
    }

    @Test
    void aMarkAfterASentencesEndAndBeforeAWordReopensAQuotationWhoseParagraphBreakWasLost() {
        // copied text often loses the breaks of a quotation over several paragraphs: "… of it. "The Tories …"
        assertEquals(List.of("This has all the signs of it.", "The Tories should follow.", "margins of society"),
                texts("Mr Oaten said: \"This has all the signs of it. \"The Tories should follow.\" The chairman warned of "
                        + "the \"margins of society\" today."));
        assertEquals(List.of("This has all the signs of it.", "The Tories should follow."),
                texts("Mr Oaten said: \u201CThis has all the signs of it. \u201CThe Tories should follow.\u201D"));
        assertEquals(List.of("Why not? Why not now?", "Let us go."), texts("\"Why not? Why not now? \"Let us go.\""));
        // a closing mark after a word closes, as before ("… the "fake news" and …")
        assertEquals(List.of("He said that.", "no"), texts("\"He said that.\" Then \"no\" again."));
    }

    @Test
    void aSpeechCueLeftInsideAnUnclosedQuotationStaysOutsideIt() {
        // the closing mark was left out ("…, says Goldfeder. “And …") or typed as a single one ("…,’ Shilson said.")
        assertEquals(List.of("If you want the talks open,", "And that could change it."),
                texts("\u201CIf you want the talks open, says Goldfeder. \u201CAnd that could change it.\u201D"));
        assertEquals(List.of("The American way is to live beyond our means,", "But there\u2019s a reality check coming."),
                texts("\u201CThe American way is to live beyond our means,\u2019 Shilson said. \u201CBut there\u2019s a reality "
                        + "check coming.\u201D"));
        // a plural's apostrophe is no closing mark, and a clause without a speech verb is the quotation's own
        assertEquals(List.of("The Lib Dems' sums don't add up.", "They have no credibility."),
                texts("He said: \"The Lib Dems' sums don't add up. \"They have no credibility.\""));
        assertEquals(List.of("We came, we saw, we won.", "Next year again."),
                texts("\"We came, we saw, we won. \"Next year again.\""));
    }

    @Test
    void aStraightMarkThatCanOnlyCloseOpensNothing() {
        // an inch mark, or a quotation whose opening mark was lost: the prose up to the next mark is no quotation
        assertEquals(List.of("I am fine,"), texts("He is 6'3\" tall and weighs 236 pounds. \"I am fine,\" he said."));
        assertEquals(List.of("We thought it was not safe,"), texts("Some went to the roof.\" Shortly after, Reza said, the attackers came. "
                + "\"We thought it was not safe,\" he said."));
        assertEquals(List.of("Hello"), texts("\"Hello\""), "a mark at the line's start still opens");
    }

    @Test
    void oddMarksGiveASaneResult() {
        assertEquals(List.of(), texts("” closing first, then nothing"));
        assertEquals(List.of("Mr. Trump embodies it.", "Mostly False."),
                texts("”Mr. Trump embodies it.” ― Sonya Herridge\nIt was rated “Mostly False.“ again"), "marks typed the wrong way round");
        assertEquals(List.of("b"), texts("“a “b”"));
        assertEquals(List.of(), texts("\"\" \"...\""));
    }

    @Test
    void curlyQuotesInsideAStraightQuotationAreNested() {
        assertEquals(List.of("And I can’t yell. It comes across as “too loud” or “too that.”"),
                texts("\"And I can’t yell. It comes across as “too loud” or “too that.”\" she said."));
        // a straight mark glued to the one before it does not open a quotation that would swallow the curly one
        assertEquals(List.of("sad", "heartbroken", "hundreds,"),
                texts("He was \"sad\" and \"heartbroken\"\"We pursued “hundreds,”\""));
    }

    @Test
    void straightQuotesInsideACurlyQuotationAreNested() {
        assertEquals(List.of("I think people love to throw the term \"fake news\" around to diminish anything they don\u2019t like,"),
                texts("\u201CI think people love to throw the term \"fake news\" around to diminish anything they don\u2019t like,\u201D Smith said."));
        assertEquals(List.of("The \"Intelligence\" briefing on so-called \"Russian hacking\" was delayed."),
                texts("\u201CThe \"Intelligence\" briefing on so-called \"Russian hacking\" was delayed.\u201D"));
        // outlets that mix the marks: a straight mark after a word closes the curly quotation, and the next opens one
        assertEquals(List.of("These rumors have circulated since 2011,", "Trump denies it."),
                texts("\u201CThese rumors have circulated since 2011,\" Cohen said. \"Trump denies it.\u201D"));
        // nothing after the straight pair closes the curly quotation on its line: the straight mark closed it (as before)
        assertEquals("Hello world ", texts("\u201CHello world \"Foo bar\" and on").get(0));
    }

    /** Mojibake (UTF-8 read as Windows-1252, twice over) holds "„" and "“" inside words: no quotation opens there. */
    @Test
    void marksInsideMojibakeOpenNoQuotation() {
        assertEquals(List.of(), texts("House refuses Obama\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s demand to rush reform"));
        assertEquals(List.of(), texts("New \u00C3\u00A2\u00E2\u201A\u00AC\u00C5\u201Cfiscal cliff\u00C3\u00A2\u00E2\u201A\u00AC\u00C2 idea"));
        // a low mark after a space still opens one, as German sets it; a curly one after a plain letter is a typo, kept
        assertEquals(List.of("Wir schaffen das"), texts("Sie sagte: \u201EWir schaffen das\u201C und ging."));
        assertEquals(List.of("boys will be boys"), texts("with a \u201Cb\u201Cboys will be boys\u201D mentality"));
    }
}
