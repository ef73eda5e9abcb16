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
        Quote open = firstAfterAttributingBack("“We seem intent on it.\n\n“We seem, sometimes, to even enjoy that,” Flake said.", true);
        assertEquals("Flake", open.speaker());
        assertEquals("continuation", open.rule());
    }

    @Test
    void aClosedParagraphKeepsItsOwnSpeaker() {
        assertNull(firstAfterAttributingBack("“We seem intent on it.”\n\n“We seem, sometimes, to even enjoy that,” Flake said.", false)
                .speaker());
    }

    /** The first of two paragraphs' quotations, the second cued, after the speakers are taken back over paragraphs. */
    private static Quote firstAfterAttributingBack(String text, boolean firstUnclosed) {
        List<Quote> out = new ArrayList<>(List.of(quote(text, "We seem intent on it.", firstUnclosed, null, "none"),
                quote(text, "We seem, sometimes, to even enjoy that,", false, "Flake", "cue-after")));
        Continuation.attributeBackOverParagraphs(text, out);
        return out.get(0);
    }

    @Test
    void stageDirectionsAndShortWordsInRunningTextAreNoSpeech() {
        String text = "SMITH: (CROSSTALK.) They called it a “witch hunt” again.";
        assertTrue(Continuation.notSpeech(quote(text, "(CROSSTALK.)", false, null, null)));
        assertTrue(Continuation.looksLikeTitleOrScareQuote(text, quote(text, "witch hunt", false, null, null)));
        String said = "“We will not stop until every family has a home,” she said.";
        assertFalse(Continuation.looksLikeTitleOrScareQuote(said, quote(said, "We will not stop until every family has a home,", false, null, null)));
    }

    @Test
    void aTermIsAFewWordsInALaterSentenceWithoutASpeechVerb() {
        String text = "\u201cIt works,\u201d said Robert Laszewski. The \u201cfront end\u201d is what consumers see.";
        int lastEnd = text.indexOf("It works,") + "It works,".length();
        assertTrue(Continuation.termInLaterSentence(text, quote(text, "front end", false, null, null), lastEnd, "Robert Laszewski"));
        String called = "\u201cIt works,\u201d said Dr. Laszewski. It is called \u201cfront end\u201d by engineers.";
        assertTrue(Continuation.termInLaterSentence(called, quote(called, "front end", false, null, null),
                called.indexOf("It works,") + 9, "Laszewski"), "naming is no speech; \"Dr.\" ends no sentence");
        String said = "\u201cIt works,\u201d said Robert Laszewski. The \u201cfront end\u201d is fine, he said.";
        assertFalse(Continuation.termInLaterSentence(said, quote(said, "front end", false, null, null), lastEnd, "Robert Laszewski"));
        String same = "\u201cIt works,\u201d said Robert Laszewski of the \u201cfront end\u201d today.";
        assertFalse(Continuation.termInLaterSentence(same, quote(same, "front end", false, null, null), lastEnd, "Robert Laszewski"), "one sentence");
        String abbreviation = "\u201cIt works,\u201d said Robert Laszewski of the U.S. \u201cfront end\u201d today.";
        assertFalse(Continuation.termInLaterSentence(abbreviation, quote(abbreviation, "front end", false, null, null), lastEnd, "Robert Laszewski"));
        String calls = "\u201cIt works,\u201d said Robert Laszewski. Engineers call it the \u201cfront end\u201d now.";
        assertTrue(Continuation.termInLaterSentence(calls, quote(calls, "front end", false, null, null), lastEnd, "Robert Laszewski"),
                "others name it");
        String heCalls = "\u201cIt works,\u201d said Robert Laszewski. He calls it the \u201cfront end\u201d now.";
        assertFalse(Continuation.termInLaterSentence(heCalls, quote(heCalls, "front end", false, null, null), lastEnd, "Robert Laszewski"));
    }
    /** A few words in marks opening a later paragraph that goes on as the writer's, or a heading, are a term too. */
    @Test
    void aTermOpeningALaterParagraphIsNoSpeech() {
        String text = "A spokesperson explained, \u201cthe timing is not right.\u201d\n\n\u201cTiming\u201d in this case is shorthand.";
        int lastEnd = text.indexOf("not right.") + "not right.".length();
        assertTrue(Continuation.termInLaterSentence(text, quote(text, "Timing", false, null, null), lastEnd, "A spokesperson"));
        String heading = "\u201cWe will win,\u201d said Bernie Sanders.\n\n\u201cThe most important person\u201d\n\nMike Bloomberg ran.";
        int sandersEnd = heading.indexOf("win,") + 4;
        assertTrue(Continuation.termInLaterSentence(heading, quote(heading, "The most important person", false, null, null),
                sandersEnd, "Bernie Sanders"), "a heading");
        // speech after all: the speaker named first after it, or a quotation it runs on into after a comma and a word
        String wentOn = "\u201cDo I agree?\u201d Snowden asked.\n\n\u201cI don\u2019t,\u201d he went on.";
        assertFalse(Continuation.termInLaterSentence(wentOn, quote(wentOn, "I don\u2019t,", false, null, null),
                wentOn.indexOf("agree?") + 6, "Edward Snowden"));
        String however = "\u201cWe are hopeful,\u201d Ashton Carter wrote.\n\n\u201cPrudent management,\u201d however, \u201crequires care.\u201d";
        assertFalse(Continuation.termInLaterSentence(however, quote(however, "Prudent management,", false, null, null),
                however.indexOf("hopeful,") + 8, "Ashton Carter"));
        String listed = "\u201cWe evolved,\u201d Blodget said.\n\n\u201cNative production\u201d and \u201cstory formats\u201d mean videos.";
        assertTrue(Continuation.termInLaterSentence(listed, quote(listed, "Native production", false, null, null),
                listed.indexOf("evolved,") + 8, "Henry Blodget"), "terms listed");
    }
}
