package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations with no cue of their own. */
class ContinuationTest {
    private static Quote quote(String text, String words, boolean unclosed, String speaker, String rule) {
        int start = text.indexOf(words);
        return new Quote(start, start + words.length(), words, unclosed, speaker, rule);
    }

    @Test
    void twoPartialQuotationsJoinedByAndShareTheCueAfterTheSecond() {
        String text = "Section 230 “permits moderation” and “gives them immunity,” wrote law professor Mary Leary.";
        List<Quote> out = new ArrayList<>(List.of(quote(text, "permits moderation", false, null, "none"),
                quote(text, "gives them immunity,", false, "Mary Leary", "cue-after")));
        Continuation.shareCueOverAnd(text, out);
        assertEquals("Mary Leary", out.get(0).speaker());
    }

    @Test
    void aParagraphLeftOpenIsTheSpeakersWhoseWordsReopenTheNext() {
        String text = "“We seem intent on it.\n\n“We seem, sometimes, to even enjoy that,” Flake said.";
        List<Quote> out = new ArrayList<>(List.of(quote(text, "We seem intent on it.", true, null, "none"),
                quote(text, "We seem, sometimes, to even enjoy that,", false, "Flake", "cue-after")));
        Continuation.attributeBackOverParagraphs(text, out);
        assertEquals("Flake", out.get(0).speaker());
        assertEquals("continuation", out.get(0).rule());
    }

    @Test
    void aClosedParagraphKeepsItsOwnSpeaker() {
        String text = "“We seem intent on it.”\n\n“We seem, sometimes, to even enjoy that,” Flake said.";
        List<Quote> out = new ArrayList<>(List.of(quote(text, "We seem intent on it.", false, null, "none"),
                quote(text, "We seem, sometimes, to even enjoy that,", false, "Flake", "cue-after")));
        Continuation.attributeBackOverParagraphs(text, out);
        assertNull(out.get(0).speaker());
    }

    @Test
    void stageDirectionsAndShortWordsInRunningTextAreNoSpeech() {
        String text = "SMITH: (CROSSTALK.) They called it a “witch hunt” again.";
        assertTrue(Continuation.notSpeech(quote(text, "(CROSSTALK.)", false, null, null)));
        assertTrue(Continuation.looksLikeTitleOrScareQuote(text, quote(text, "witch hunt", false, null, null)));
        String said = "“We will not stop until every family has a home,” she said.";
        assertFalse(Continuation.looksLikeTitleOrScareQuote(said, quote(said, "We will not stop until every family has a home,", false, null, null)));
    }
}
