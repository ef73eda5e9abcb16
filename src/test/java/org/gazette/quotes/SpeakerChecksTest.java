package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a found speaker is, and how it is shown. */
class SpeakerChecksTest {
    @Test
    void aLoneLowerCaseWordIsASpeakerOnlyWhenItNamesPeople() {
        for (String junk : new String[] {"despite", "according", "we’re", "emailed", "stration", "history"}) {
            assertTrue(SpeakerChecks.loneWordForNoOne(junk), junk);
        }
        for (String people : new String[] {"officials", "police", "protesters", "one", "another", "author", "women", "al-Maliki"}) {
            assertFalse(SpeakerChecks.loneWordForNoOne(people), people);
        }
        assertFalse(SpeakerChecks.loneWordForNoOne("Trump"));
        assertFalse(SpeakerChecks.loneWordForNoOne("a spokesman"));
    }

    /** "An old saying, “…”", "The latest was a video blasting …": an article and an adjective, the noun cut off, are no one. */
    @Test
    void anArticleAndAnAdjectiveAloneAreNoSpeaker() {
        for (String junk : new String[] {"An old", "The latest", "the most", "a new", "an unidentified"}) {
            assertTrue(SpeakerChecks.adjectiveAlone(junk), junk);
        }
        for (String people : new String[] {"The other", "the rest", "A few", "the old man", "the president", "Old"}) {
            assertFalse(SpeakerChecks.adjectiveAlone(people), people);
        }
        assertEquals(java.util.List.of(), QuoteAttributor.quotes("By the 1980s, a new and vaguer term, \u201Cdiversity,\u201D had "
                + "replaced another.").stream().map(Quote::speaker).filter(java.util.Objects::nonNull).toList());
    }

    @Test
    void aClauseOrANumberIsNoSpeaker() {
        assertTrue(SpeakerChecks.opensWithContraction("It’s hard"));
        assertFalse(SpeakerChecks.opensWithContraction("Smith"));
        assertTrue(SpeakerChecks.noWordIn("14"));
        assertTrue(SpeakerChecks.isMonth("The July"), "The July 2018 indictment");
        assertTrue(SpeakerChecks.isMonth("Dec."));
        assertFalse(SpeakerChecks.isMonth("May"), "Theresa May");
        assertFalse(SpeakerChecks.isMonth("Julian"));
    }

    @Test
    void peopleGroupsAndBodies() {
        assertTrue(SpeakerChecks.namesAPerson("Jens Stoltenberg"));
        assertFalse(SpeakerChecks.namesAPerson("the company"));
        assertTrue(SpeakerChecks.isGroup("Senate Democrats"));
        assertFalse(SpeakerChecks.isGroup("Chuck Schumer"));
    }

    @Test
    void aDanglingWhoIsNotShown() {
        assertEquals("a doctor", SpeakerChecks.withoutDanglingWho("a doctor who"));
    }

    /** "no one noted", "nobody calls themselves", "no lawmakers would be": a subject that says no one spoke. */
    @Test
    void aNegatedSubjectIsNoOne() {
        assertTrue(SpeakerChecks.negated("no one"));
        assertTrue(SpeakerChecks.negated("nobody"));
        assertTrue(SpeakerChecks.negated("none of them"));
        assertTrue(SpeakerChecks.negated("no lawmakers"));
        assertFalse(SpeakerChecks.negated("Noem"));
        assertFalse(SpeakerChecks.negated("nonetheless Smith"));
        assertFalse(SpeakerChecks.negated("No. 2 Senate Democrat"));
    }

    /** Words of grammar that end as agent nouns do ("rather", "either", "over") are no one; "officials", "teacher" are. */
    @Test
    void aWordOfGrammarEndingInErIsNoOne() {
        assertTrue(SpeakerChecks.loneWordForNoOne("rather"));
        assertTrue(SpeakerChecks.loneWordForNoOne("either"));
        assertTrue(SpeakerChecks.loneWordForNoOne("moreover"));
        assertFalse(SpeakerChecks.loneWordForNoOne("teacher"));
        assertFalse(SpeakerChecks.loneWordForNoOne("officials"));
    }

    /** A people named by where they are from is a group: no "he" or "she" refers to it. */
    @Test
    void aPluralDemonymIsAGroup() {
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerChecks.isGroup("African Americans"));
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerChecks.isGroup("Iranians"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerChecks.isGroup("Chris Evans"), "a surname in -ans");
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerChecks.isGroup("Bill Means"));
        org.junit.jupiter.api.Assertions.assertFalse(QuoteAttributor.quotes("Adrianne Shropshire, executive director of BlackPAC, "
                + "said many African Americans are loyal Biden supporters. But she said his comments make it harder.\n\n"
                + "\u201CThe first thing I thought about was the work,\u201D she said.").stream().map(Quote::speaker)
                .anyMatch("African Americans"::equals), "\"she\" is no group");
    }

    /** "Sen.Ted Cruz", copied with its space lost, is shown as "Ted Cruz"; "Sen. Ted Cruz" and "Dr.Seuss" stay as they are. */
    @Test
    void aTitleRunIntoTheNameIsTakenOff() {
        assertEquals("Ted Cruz", SpeakerChecks.withoutGluedTitle("Sen.Ted Cruz"));
        assertEquals("Vern Buchanan", SpeakerChecks.withoutGluedTitle("Florida Rep.Vern Buchanan"));
        assertEquals("Sen. Ted Cruz", SpeakerChecks.withoutGluedTitle("Sen. Ted Cruz"));
        assertEquals("Dr.Seuss", SpeakerChecks.withoutGluedTitle("Dr.Seuss"));
    }

    /** A name read across a full stop run into the next sentence is the part after it; a web address is no such stop. */
    @Test
    void aNameReadAcrossARunTogetherStopIsThePartAfterIt() {
        assertEquals("But Graham", SpeakerChecks.afterRunTogetherStop("Fox News Sunday.But Graham"));
        assertEquals("Conant", SpeakerChecks.afterRunTogetherStop("the Hill reported.Conant"));
        assertEquals("TheTeaParty.Net", SpeakerChecks.afterRunTogetherStop("TheTeaParty.Net"));
        assertEquals("Sen. Ted Cruz", SpeakerChecks.afterRunTogetherStop("Sen. Ted Cruz"));
    }

    /** A description's owner loses its owner's mark, an office written with a capital after "the" too; a name keeps it. */
    @Test
    void aDescriptionsOwnerIsTheDescription() {
        assertEquals("The president", SpeakerChecks.withoutOwnersMark("The president's"));
        assertEquals("The President", SpeakerChecks.withoutOwnersMark("The President's"));
        assertEquals("McDonald's", SpeakerChecks.withoutOwnersMark("McDonald's"));
    }
}
