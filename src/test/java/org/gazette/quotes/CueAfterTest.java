package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
    void aDashCreditNamesWhoSpokeNotWhomTo() {
        assertEquals("W. Joseph King", CueAfter.trailing(" \u2014 W. Joseph King to Inside Higher Ed\n"));
        assertEquals("Jeb Bush", CueAfter.trailing(" \u2014 Jeb Bush to Dutch newspaper NRC Handelsblad on Donald Trump\u2019s tweet"));
        assertEquals("Harry Reid", CueAfter.trailing(" \u2013 Senate Majority Leader Harry Reid in an interview with Politico"));
        assertEquals("John H. Sununu", CueAfter.trailing(" \u2013 Statement from former Gov. John H. Sununu, R-N.H."));
        assertNotEquals("Sadiq Khan", CueAfter.trailing(" \u2014 A mother told Sadiq Khan during an open forum last month."));
    }

    @Test
    void howASpeechBeganIsItsCueButNotWhatSomeoneBeganToDo() {
        assertEquals("Donna Brazile", CueAfter.trailing(" Donna Brazile began. \u201cStay out of our race.\u201d"));
        assertEquals("Williams", CueAfter.trailing(" Williams began as she accepted her award."));
        assertNull(CueAfter.trailing(" Romney began his tour Friday in New Hampshire."));
        assertNull(CueAfter.trailing(" Miranda began writing in 2008."));
    }

    @Test
    void aVerbsFormAfterOfOrAnArticleIsANounNamingNoOne() {
        assertNull(CueAfter.trailing(", leaving a sample of 2.25 million tweets and 8,857 news articles."));
        assertNull(CueAfter.trailing(" Flake was at the forefront of calls for a delay."));
        assertNull(CueAfter.trailing(" the spate of recalls that led to the creation of the database."));
        assertEquals("Rubio", CueAfter.trailing(" in his tweets, Rubio told his crowd."), "not \"in his\" tweeting");
        assertEquals("McCarthy", CueAfter.trailing(" McCarthy is fond of saying."), "a participle after \"of\" is still a verb");
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

    @Test
    void aSpanOfTimeOpeningTheNextSentenceIsNoCue() {
        assertNull(CueAfter.trailing(" Four years later, of course, Republicans took back the White House, and they held it."));
        assertNull(CueAfter.trailing(" Two days later, Trump said it was over."));
    }

    /** A figure may open the name of who speaks after a quotation; a poll's share is no one. */
    @Test
    void aFigureOpeningTheSpeakersDescriptionIsPartOfTheCue() {
        assertEquals("Joseph Bermudez", CueAfter.trailing(", 38 North analyst Joseph Bermudez told CNN."));
        assertEquals("Carly Fiorina", CueAfter.trailing(" 2016 GOP presidential candidate Carly Fiorina said on Fox."));
        assertNull(CueAfter.trailing(" 72 percent said they cannot."));
    }

    /** "…," The Guardian quoted her as saying: the one quoted speaks, not who quotes them; "he was quoted as" names no one. */
    @Test
    void theOneASourceQuotesIsTheSpeaker() {
        assertEquals(Phrases.HE + "f", CueAfter.trailing(", The Guardian quoted her as saying."));
        assertEquals("Adam Jentleson", CueAfter.trailing(" The story quoted Adam Jentleson, a former top aide to Harry Reid, as "
                + "tweeting out, in capitals, that it was over."));
        assertNull(CueAfter.trailing(" he was once quoted as saying."), "no one between: the sentence's subject is asked elsewhere");
    }
    /**
     * A verb of speech to come or that came later, after "will" or "would" ("Cohen will testify", "she would recall"), or
     * after "is expected to", is a cue as its other tenses are; "will continue", "would respond to" are none.
     */
    @Test
    void aVerbAfterWillOrWouldOrIsExpectedToIsACue() {
        assertEquals("Cohen", CueAfter.trailing(" Cohen will testify. \"I do not.\""));
        assertTrue(Phrases.isPronoun(CueAfter.trailing(" she would recall in her 1993 memoir.")));
        assertEquals("Bolton", CueAfter.trailing(" Bolton is expected to say, according to the prepared remarks."));
        assertEquals("Croft", CueAfter.trailing(" Croft is expected to tell House lawmakers."));
        assertNull(CueAfter.trailing(" the President will continue to ignore the Constitution."));
        assertNull(CueAfter.trailing(" the economy will respond with the optimal level of carbon reduction."));
        // a verb with its object is what is to be done, not a cue
        assertNull(CueAfter.trailing(" England will announce their squad for the game against Italy."));
        assertNull(CueAfter.trailing(" The two task forces will report back to the IAAF Council."));
        assertEquals("Cohen", CueAfter.trailing(" Cohen will testify before Congress."));
    }

    /** Several names listed after the quotation before their verb: the first of them, as before a quotation. */
    @Test
    void namesListedBeforeTheVerbAreTheFirstOfThem() {
        assertEquals("Rand Paul", CueAfter.trailing(" Rand Paul, Ted Cruz and Mike Lee said in a joint statement."));
        assertEquals("Ana Harlow", CueAfter.trailing(" Ana Harlow, Booker, and Reinholt write."));
        // names after a phrase the quotation stands in are no cue of it
        assertNotEquals("Ana Harlow", CueAfter.trailing(" at a closed meeting, Ana Harlow, Ted Cruz and Mike Lee announced a bill."));
    }
}
