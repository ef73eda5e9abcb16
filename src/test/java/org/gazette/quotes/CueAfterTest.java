package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cue after a quotation, read from the words after its closing mark. */
class CueAfterTest {
    @Test
    void theNameAfterOrBeforeTheVerbSpeaks() {
        assertEquals("Stoltenberg", CueAfter.trailing(" Stoltenberg said."));
        assertEquals("Dmitry Peskov", CueAfter.trailing(" said Kremlin spokesman Dmitry Peskov."));
        assertEquals("the company", CueAfter.trailing(" the company said in a statement."));
    }

    @Test
    void aPronounIsLeftForThePronounPass() {
        assertTrue(Phrases.isPronoun(CueAfter.trailing(" he added.")));
    }

    @Test
    void aSourceIsNoCueButACreditLineIs() {
        assertNull(CueAfter.trailing(" according to Reuters."), "the source only where no speaker is named (Credits)");
        assertEquals("Charles Krauthammer", CueAfter.trailing(" – Charles Krauthammer on Special Report"));
        assertEquals("Ruth Marcus", CueAfter.creditLine("Ruth Marcus, Washington Post"));
    }

    @Test
    void aSentenceReportingInItsOwnClauseOpensNoCue() {
        assertTrue(CueAfter.opensReportedClause(" The political theorist Hannah Arendt once wrote that leaders lie."));
        assertTrue(CueAfter.opensReportedClause(" Jindal said that the nation needs leaders."));
        assertTrue(CueAfter.opensReportedClause("\u201D Lord Heseltine told peers that they were friends."));
        assertFalse(CueAfter.opensReportedClause(" Stoltenberg said."));
        assertFalse(CueAfter.opensReportedClause(" he said, adding that it was over."), "the cue comes first");
        assertFalse(CueAfter.opensReportedClause(" That was the plan."));
        assertFalse(CueAfter.opensReportedClause(" The mayor argued for it, and said that it was fair."));
    }
}
