package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Whom a cue's phrase names. */
class SpeakerPhraseTest {
    /** "Those close to Smith", "Aides to Pelosi": the people described by whom they are close to or serve, not that person. */
    @Test
    void peopleCloseToSomeoneAreThePeople() {
        for (String p : new String[] {"Those close to Azar", "people close to Mr. Trump", "Someone close to Trump", "Aides to Pelosi",
                "People familiar with Trump's thinking"}) {
            assertEquals(p, SpeakerPhrase.speaker(p, false));
        }
    }

    /** People by a plural noun, then the body they belong to: the people, not the body's last words. */
    @Test
    void peopleOfABodyAreThePeople() {
        assertEquals("Soldiers with the 130th Engineer Brigade", SpeakerPhrase.speaker("Soldiers with the 130th Engineer Brigade", false));
        assertEquals("analysts at Goldman Sachs", SpeakerPhrase.speaker("analysts at Goldman Sachs", false));
        assertEquals("Priests for Life", SpeakerPhrase.speaker("Priests for Life", false));
        // a title and the one who holds it end the words; a name among the people's words
        assertEquals("Grover Norquist", SpeakerPhrase.speaker("Americans for Tax Reform President Grover Norquist", false));
        assertEquals("Kristan Hawkins", SpeakerPhrase.speaker("Students for Life President Kristan Hawkins", false));
        assertTrue(!"Ben Rhodes at the White House".equals(SpeakerPhrase.speaker("Ben Rhodes at the White House", false)));
    }

    /** People described, then where they are: the description, not the place. */
    @Test
    void aDescriptionThenAPlaceIsWhoNotWhere() {
        assertEquals("Leaders in Washington", SpeakerPhrase.speaker("Leaders in Washington", false));
        assertEquals("the Democrat from Nevada", SpeakerPhrase.speaker("the Democrat from Nevada", true));
        assertEquals("The Russian embassy in London", SpeakerPhrase.speaker("The Russian embassy in London", false));
        // a person in a place is the person; "from" a person is theirs; a clause is no description
        assertEquals("Ted Cruz", SpeakerPhrase.speaker("Sen. Ted Cruz in Texas", false));
        assertEquals("Barbara Reynolds", SpeakerPhrase.speaker("CDC spokeswoman Barbara Reynolds in Atlanta", false));
        assertEquals("Lerner", SpeakerPhrase.speaker("One email dated February 2011 from Lerner", false));
        assertTrue(!"On the current state of politics in Washington".equals(
                SpeakerPhrase.speaker("On the current state of politics in Washington", false)));
    }

    @Test
    void aPersonIsNamedWithoutTitlesOrLabels() {
        assertEquals("John Mica", SpeakerPhrase.speaker("Rep. John Mica (R-Fla.)", false));
        assertEquals("Smith", SpeakerPhrase.speaker(" Smith, a doctor at the clinic", true));
    }

    @Test
    void howOrWhereSomeoneSpokeIsNotWhoSpoke() {
        assertEquals("Clinton", SpeakerPhrase.speaker("Clinton in a low voice", false));
        assertEquals("Elizabeth Warren", SpeakerPhrase.speaker("Sen. Elizabeth Warren in a statement", false));
        assertNull(SpeakerPhrase.speaker("and, in a low voice", false), "the subject is the clause's before the \"and\"");
        assertNull(SpeakerPhrase.speaker("in a big campaign", true));
        assertTrue(Phrases.isPronoun(SpeakerPhrase.speaker("in his resignation letter he", false)), "the pronoun after it speaks");
        assertEquals("a woman in the audience", SpeakerPhrase.speaker("a woman in the audience", true), "a description, whole");
    }

    @Test
    void aNameOpeningARelativeClauseSpeaksNotTheDescriptionBeforeIt() {
        assertEquals("Pete King", SpeakerPhrase.speaker("the president of the United States gave a press conference about Syria "
                + "and did something that Rep Pete King", false));
        assertEquals("a woman in the audience", SpeakerPhrase.speaker("a woman in the audience", false));
        // a clause is no description: "The statements drew a rebuke from …" (who said "…"); a relative clause describes
        assertEquals("Alex Padilla", SpeakerPhrase.speaker("The statements drew a rebuke from Secretary of State Alex Padilla", false));
        assertEquals("a source who was on the call", SpeakerPhrase.speaker("a source who was on the call", false));
    }

    @Test
    void bodiesAndOutletsAreNamedWhole() {
        assertEquals("ABC News", SpeakerPhrase.speaker("ABC News", false));
        assertEquals("the National Retail Federation",
                SpeakerPhrase.speaker("the National Retail Federation and 150 other business groups", false));
    }

    /** "said ABC News contributor and former DHS official John Cohen": one person's two roles, then the person. */
    @Test
    void twoRolesJoinedByAndThenANameAreThatPersons() {
        assertEquals("John Cohen", SpeakerPhrase.speaker("ABC News contributor and former DHS official John Cohen", true));
        assertEquals("Jeffrey Berenson", SpeakerPhrase.speaker("New York investment banker and major GOP donor Jeffrey Berenson", true));
        assertEquals("Mark Meckler", SpeakerPhrase.speaker(
                "National Tea Party Patriots co-founder and former national coordinator Mark Meckler", true));
        assertEquals("Trump supporters", SpeakerPhrase.speaker("Trump supporters and Mayor Ed Lee", true), "a group, then a person");
    }

    /** "…, when Yale’s Intercultural Affairs Committee asked students to avoid “…”": the committee, without "when". */
    @Test
    void aSubordinatorOpeningAnOwnersPhraseIsNoPartOfTheSpeaker() {
        assertEquals("Yale’s Intercultural Affairs Committee", SpeakerPhrase.speaker("when Yale’s Intercultural Affairs Committee", false));
        assertEquals("McConnell’s team", SpeakerPhrase.speaker("as McConnell’s team", false));
        assertEquals("China's Foreign Ministry", SpeakerPhrase.speaker("China's Foreign Ministry", false));
    }

    @Test
    void pronounsAndRelativeClauses() {
        assertTrue(Phrases.isPronoun(SpeakerPhrase.speaker("he recently", false)));
        assertNull(SpeakerPhrase.speaker("hats that", false), "a relative clause's subject is no source");
    }

    @Test
    void aNameOfSomewhereIsThePerson() {
        assertEquals("Gavin Cox", SpeakerPhrase.speaker("Gavin Cox of the excellent buildyourown.org.uk website", false));
        assertEquals("Bank of America", SpeakerPhrase.speaker("Bank of America", false));
    }

    @Test
    void aBodyNamedInCapitalsAfterAWordForWhatItIs() {
        assertEquals("AIPAC", SpeakerPhrase.speaker("pro-Israel lobby AIPAC", false));
        assertEquals("KCNA", SpeakerPhrase.speaker("North Korea's state-run news agency KCNA", false));
        assertEquals("SEIU", SpeakerPhrase.speaker("the union SEIU", false));
        assertEquals("FreedomWorks", SpeakerPhrase.speaker("the conservative group FreedomWorks", false), "a name, as before");
        assertEquals("a spokesperson for the insurance lobby AHIP", SpeakerPhrase.speaker("a spokesperson for the insurance lobby AHIP",
                false), "who speaks for the body");
    }

    @Test
    void aPlaceAfterOfThatEndsInAFullNameIsNotCutOff() {
        assertEquals("Joseph Smith", SpeakerPhrase.speaker("former U.S. attorney for the District of Columbia Joseph Smith", false));
        assertEquals("Mark A. Milley", SpeakerPhrase.speaker("Joint Chiefs of Staff Chairman Gen. Mark A. Milley", false));
        assertEquals("Adam B. Schiff", SpeakerPhrase.speaker("Rep. Adam B. Schiff of California", false), "the place after the name");
    }

    /** A determiner's description ends before a clause's verb: who speaks, not what the sentence says of them. */
    @Test
    void aDescriptionEndsBeforeAClausesVerb() {
        assertNull(SpeakerPhrase.speaker("Some are concerned that Trump will parry allegations by trumpeting", false));
        assertNull(SpeakerPhrase.speaker("The new partnership is scheduled", false));
        assertNull(SpeakerPhrase.speaker("one might think", false));
        assertEquals("the reporter", SpeakerPhrase.speaker("the reporter can be heard", false), "the verb of speech follows");
        assertEquals("the CNN producer", SpeakerPhrase.speaker("the CNN producer is seen", false));
        assertEquals("the president", SpeakerPhrase.speaker("the president has always", false));
        assertEquals("a source who was on the call", SpeakerPhrase.speaker("a source who was on the call", false),
                "a relative clause's verb describes");
        assertEquals("a new Rasmussen Reports poll", SpeakerPhrase.speaker("a new Rasmussen Reports poll", true),
                "nouns that are verbs' forms too are no clause");
    }

    /** A one-word name after "in" ends a phrase as where, not who: no speaker rather than the place. */
    @Test
    void aPlaceAfterInIsNoSpeaker() {
        assertNull(SpeakerPhrase.speaker("In a new YouGov poll 62% of people polled in Britain", false));
        assertNull(SpeakerPhrase.speaker("Meanwhile in Tokyo", false));
        assertEquals("Newsweek", SpeakerPhrase.speaker("And then this, from Newsweek", false), "after \"from\", the source");
    }

    /** A long description joined by "and" before a relative clause: the description before "and". */
    @Test
    void aLongDescriptionBeforeARelativeIsCutAtItsAnd() {
        assertEquals("a Florida Bush backer", SpeakerPhrase.speaker("a Florida Bush backer and Right to Rise donor who worked on "
                + "Bush's gubernatorial campaigns and in his administration", true));
    }

    /** A part of a law or a court named with its number is that whole name, not the bare noun ("Amendment", "Circuit"). */
    @Test
    void aNumberNamingAPartOfALawOrACourtStaysWithIt() {
        assertEquals("14th Amendment", SpeakerPhrase.speaker("The 14th Amendment", false));
        assertEquals("4th Circuit", SpeakerPhrase.speaker("The 4th Circuit", false));
        assertEquals("Article IV", SpeakerPhrase.speaker("Article IV of the United States Constitution", false));
        assertEquals("Section 2", SpeakerPhrase.speaker("Article III, Section 2", false));
        assertEquals("Henry Castell", SpeakerPhrase.numbered("Henry Castell 2", "Henry Castell"));
        assertEquals("Castell", SpeakerPhrase.numbered("Castell 2", "Castell")); // a person with a number after is no part
    }
}
