package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sources and credits rather than speakers' cues. */
class CreditsTest {
    @Test
    void accordingToNamesTheSource() {
        assertEquals("Reuters", Credits.accordingTo("The plan was reckless, according to Reuters."));
        assertEquals("Barnes", Credits.accordingTo("That was the plan, according to Mr. Barnes."));
    }

    @Test
    void anOutletsReportAfterTheQuotation() {
        assertTrue(Credits.reportCredit(", Reuters reported."));
        assertFalse(Credits.reportCredit(", and the deal was done."));
    }

    @Test
    void aVerbOfSpeechClosingTheSentenceAfter() {
        assertEquals("the senator", Credits.sentenceEndCue(" is how it began, the senator said."));
    }
}
