package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sources and credits rather than speakers' cues. */
class CreditsTest {
    @Test
    void accordingToNamesTheSource() {
        assertEquals("Reuters", Credits.accordingTo("The plan was reckless, according to Reuters."));
        assertEquals("Barnes", Credits.accordingTo("That was the plan, according to Mr. Barnes."));
        // named inside parentheses: the source ends at the closing one; an acronym's parentheses stay inside it
        assertEquals("the report", Credits.accordingTo("emissions in half (45 percent below 2010 levels, according to the "
                + "report), which would require "));
        assertEquals("a 2013 Congressional Research Service report", Credits.accordingTo("a conflict of interest for "
                + "the department, according to a 2013 Congressional Research Service (CRS) report"));
    }

    /** "Per" opening a sentence or right after the quotation names the source, as "according to" does. */
    @Test
    void perNamesTheSourceAtTheSentencesStartOrAfterTheQuotation() {
        assertEquals("CNN", Credits.accordingTo("Per CNN: "));
        assertEquals("New York Times", Credits.sourceAfter(" per the New York Times. He added more."));
        assertNull(Credits.sourceAfter(" per cent of the vote."));
        assertNull(Credits.accordingTo("The cost will be $2,340 per COVID-19 patient for Medicare and "));
        assertNull(Credits.accordingTo("Kids (because, per the Flores ruling, they can't be kept) are "));
    }

    @Test
    void anOutletsReportAfterTheQuotation() {
        assertTrue(Credits.reportCredit(", Reuters reported."));
        assertFalse(Credits.reportCredit(", and the deal was done."));
    }

    @Test
    void aVerbOfSpeechClosingTheSentenceAfter() {
        assertEquals("the senator", Credits.sentenceEndCue(" is how it began, the senator said."));
        assertEquals("a federal judge", Credits.sentenceEndCue(" stories about her email, a federal judge said Tuesday."),
                "a day after the verb");
        assertNull(Credits.sentenceEndCue(" was the plan, Obama said Trump."), "a name after \"said\" is no whom");
    }

    @Test
    void aVerbOfTellingClosingTheSentenceWithWhomItWasToldDescribed() {
        assertEquals("Buttigieg", Credits.sentenceEndCue(" and that won't work against Trump, Buttigieg told a Thursday town "
                + "hall in Decorah."));
        assertEquals("Keith Alexander", Credits.sentenceEndCue(" in recent years, National "
                + "Security Agency Director Keith Alexander told a Senate committee on Wednesday."));
        // not a clause after "told", nor a role without article whose name stood before the comma
        assertNull(Credits.sentenceEndCue(" and it works, Obama told the crowd that he would stay."));
        assertNull(Credits.sentenceEndCue(" and the centre, chairman of the joint chiefs of staff told the National Press Club in "
                + "Washington."));
    }

    @Test
    void aVerbOfTellingClosingTheSentenceWithWhomItWasToldByName() {
        assertEquals("a senior Republican source", Credits.sentenceEndCue(
                " with his wife and son serving as his top advisers, a senior Republican source told CNN."));
        assertEquals("Obama", Credits.sentenceEndCue(" was the plan, Obama told Fox News."));
        assertEquals("a spokesperson", Credits.sentenceEndCue(" live, a spokesperson tells the Monitor."));
        assertNull(Credits.sentenceEndCue(" was the plan, Obama told Fox News the next day."), "more words than a name");
    }

    @Test
    void aNameBeforeTheDescriptionThatClosesTheSentenceIsTheSpeaker() {
        assertEquals("Mark Zaid", Credits.sentenceEndCue(" with each document a separate charge, Mark Zaid, a national security "
                + "lawyer who represents whistle-blowers told CNN."));
        assertEquals("Lorella Praeli", Credits.sentenceEndCue("\" Lorella Praeli of United We Dream, the largest network of young "
                + "immigrants tells the Times."));
        assertEquals("a spokesman", Credits.sentenceEndCue(" the agency met with Mark Zaid, a spokesman told CNN."),
                "the name ends another clause: it is no subject");
    }

    @Test
    void accordingToASourceBeforeADash() {
        assertEquals("the White House", Credits.accordingTo("Trump fires Comey. According to the White House — "));
        assertEquals("Mary Trump", Credits.accordingTo("according to his niece – and Fred’s granddaughter – Mary Trump."),
                "an aside between two dashes");
    }

    @Test
    void aReportingClauseClosingTheSentenceVerbFirst() {
        assertEquals("Charlie Black", Credits.saidFirstAtEnd(" to block a veto override, said Charlie Black, a veteran lobbyist."));
        assertEquals("Paul Ryan", Credits.saidFirstAtEnd(" over the years, and now, said Paul Ryan (R., Wis.)"), "not his party");
        assertNull(Credits.saidFirstAtEnd(" over the years, wrote one aide, and now, said Paul Ryan."),
                "the last such clause, with another verb of speech before it");
        assertNull(Credits.saidFirstAtEnd(" in the end, said in a statement."), "where it was said, not who");
        assertNull(Credits.saidFirstAtEnd(" it was, but he told me, said Smith."), "another verb of speech between");
    }

    @Test
    void aVerbOfSpeechBeforeAParticiplesPhrase() {
        assertEquals("a federal judge", Credits.sentenceEndCue(" stories about her email, a federal judge said Tuesday, finding"
                + " there is evidence the administration showed “ ” in how it followed open-records laws."));
        assertEquals("the secretary", Credits.sentenceEndCue(" in fixing the VA, the secretary said, adding that they were available."));
        // a clause of its own after the comma, not a participle's phrase; and "according to" names the report's source
        assertNull(Credits.sentenceEndCue(" — a gaffe because, they wrote, visiting dignitaries typically do not discuss them."));
        assertNull(Credits.sentenceEndCue(" policy, family separations have continued well into 2019, according to the ACLU."));
    }
}
