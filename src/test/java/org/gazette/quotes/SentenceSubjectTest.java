package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A sentence's subject, for a partial quotation in a sentence with no verb of speech. */
class SentenceSubjectTest {
    @Test
    void theSubjectOfTheSentenceSpeaks() {
        assertEquals("Japan", SentenceSubject.of("Japan branded North Korea an "));
        assertEquals(Phrases.HE + Phrases.PLURAL, SentenceSubject.of("They called the plan "));
    }

    /** A capitalised modifier joined to a participle ("Bush-appointed", "Media-bashing") is no one: it modifies the noun after it. */
    @Test
    void aModifierEndingInAParticipleIsNoSubject() {
        assertNull(SentenceSubject.of("Another George W. Bush-appointed federal judge in Texas ruled that the program was "));
        assertNull(SentenceSubject.of("The Limbaugh-inspired spread of partisan platforms was the dawn of a new age of "));
        assertEquals("Brent Bozell", SentenceSubject.of("Media-bashing conservative activist Brent Bozell took aim at the group in a "
                + "statement fuming that "), "the name the description after the modifier leads to");
        assertNull(Names.personAtEnd("George W. Bush-appointed"));
        assertEquals("Chan Kin-man", Names.personAtEnd("Chan Kin-man"), "a given name's syllables, not a modifier");
    }

    /** A participle opening the sentence takes the name after it as its object: the subject comes after its comma. */
    @Test
    void theNameAfterAnOpeningParticipleIsItsObjectNotTheSubject() {
        assertEquals("Glenn Beck", SentenceSubject.of("Denouncing Obama's response, Glenn Beck condemned the president as a "));
        assertEquals(null, SentenceSubject.of("Calling Trump the "), "no comma: left to the passes after");
        assertEquals("Japan", SentenceSubject.of("Japan branded North Korea an "), "a name that opens the sentence speaks");
        // a participle alone before its phrase is no one, nor whoever follows its comma; a surname in -ing with its verb is
        assertEquals(null, SentenceSubject.of("Addressing the council afterwards, Foreign Minister Wang Yi rejected "));
        assertEquals(null, SentenceSubject.of("According to CNN, Tribe is "));
        assertEquals("Golding", SentenceSubject.of("Golding said the plan was "));
        assertEquals("Joseph Maguire", SentenceSubject.of("Acting Director Joseph Maguire called the matter "), "a title's modifier");
    }

    @Test
    void anAdverbSetOffByItsCommaOpensNoSubject() {
        assertEquals("Gallup", SentenceSubject.of("Similarly, Gallup finds that approval of Congress is "), "a name, then its verb");
        assertEquals("Marty Walsh", SentenceSubject.of("Afterward, Marty Walsh congratulated those who "));
        // not "it" (a thing written about), nor a capitalised word opening a longer subject
        assertEquals(null, SentenceSubject.of("Additionally, it bolsters the argument made by those who call it "));
        assertEquals(null, SentenceSubject.of("Previously, California officers could use deadly force if they "));
    }

    @Test
    void capitalisedWordsThatOnlyOpenALongerSubjectNameNoOne() {
        String s = SentenceSubject.of("Russian warplanes are flying what the ministry called ");
        assertTrue(SpeakerChecks.noWordIn(s), "no speaker, and none to continue: " + s);
        // two plurals joined, then the verb; an adverb before the verb
        String joined = SentenceSubject.of("Immigration judges and lawyers assailed the ");
        assertTrue(SpeakerChecks.noWordIn(joined), "judges and lawyers: " + joined);
        String adverb = SentenceSubject.of("Maine editors largely swallowed the ");
        assertTrue(SpeakerChecks.noWordIn(adverb), "editors: " + adverb);
        // two verbs joined after a name are the name's
        assertEquals("Trump", SentenceSubject.of("Trump sees and raises by endorsing torture ("));
    }

    @Test
    void aSubjectNamedInThePassiveIsNotTheSpeaker() {
        assertEquals(null, SentenceSubject.of("Giuliani was mentioned 31 times and is described as a "), "what the complaint calls him");
        assertEquals(null, SentenceSubject.of("He has since been dubbed "));
        assertEquals(null, SentenceSubject.of("The program is widely seen as "));
        assertEquals("Smith", SentenceSubject.of("Smith considered it "), "active: Smith's word");
        assertEquals("PolitiFact", SentenceSubject.of("When PolitiFact examined the claim, it was labeled "),
                "a leading clause may name who does the naming");
    }

    /** What is done to the subject tells nothing of its words; a passive of speech or a state of mind does. */
    @Test
    void aSubjectThatAPassiveActsOnIsNotTheSpeaker() {
        assertEquals(null, SentenceSubject.of("William Latson was fired on grounds of "));
        assertEquals(null, SentenceSubject.of("Fox News was told that the email chain referred to the dossier as "));
        assertEquals(null, SentenceSubject.of("Dzhokhar Tsarnaev was charged Monday in his hospital room, where he has been "
                + "upgraded from "));
        assertEquals(null, SentenceSubject.of("He has been widely criticized for the "));
        assertEquals(null, SentenceSubject.of("Schneiderman was accused of "));
        assertEquals("Trump", SentenceSubject.of("Trump was quoted as speaking of some African nations as "));
        assertEquals("Obama", SentenceSubject.of("Obama has been frustrated by his inability to "));
        assertEquals("Clinton", SentenceSubject.of("When Clinton was confronted with the facts, Clinton defended the plan as "),
                "a passive in a leading clause: the sentence's subject follows");
    }

    /** A description, then the name set off by commas, then the verb: the name is the subject. */
    @Test
    void theNameSetOffAfterADescriptionIsTheSubject() {
        assertEquals("Steny Hoyer", SentenceSubject.of("Her deputy, Steny Hoyer, shrugged it off as a "));
        assertEquals("Steny Hoyer", SentenceSubject.of("\u201D Her deputy, Steny Hoyer, shrugged it off as a "),
                "after the closing mark of a quotation that ended the sentence before");
        assertEquals("Emmanuel Macron", SentenceSubject.of("The French president, Emmanuel Macron, on Thursday described it as a "));
        assertEquals(null, SentenceSubject.of("A Malaysian lawmaker, Fuziah Salleh, has also been charged for causing "),
                "a passive, an adverb between its words");
        assertEquals(null, SentenceSubject.of("The initiative, Redistricting U, will guide groups on how to "));
        // an owner for the determiner
        assertEquals("Lena Dahl", SentenceSubject.of("Acme\u2019s head of site safety, Lena Dahl, has dismissed the critics as "));
        assertEquals("Tomas Brandt", SentenceSubject.of("Norway's finance minister, Tomas Brandt, called the plan "));
    }

    /** "In America the …": the place a sentence opens with is where, not who; "When Ryan brought up …" is Ryan. */
    @Test
    void aPlaceAfterAnOpeningPrepositionIsNoSubject() {
        assertEquals(null, SentenceSubject.of("In America the "));
        assertEquals(null, SentenceSubject.of("In Santa Fe on Sunday, many churches had signs such as "));
        assertEquals("Goldwater", SentenceSubject.of("As Goldwater drawled, "));
    }

    /** A phrase of when or where, then the subject: "In a speech last October, Paul sought to portray himself as “…”". */
    @Test
    void aPhraseOfWhenOrWhereOpensBeforeTheSubject() {
        assertEquals("Paul", SentenceSubject.of("In a speech last October, Paul sought to portray himself as "));
        assertEquals("Jane Warren", SentenceSubject.of("Last month, Jane Warren walked back her support, endorsing an interim "));
        assertNull(SentenceSubject.of("According to CNN, Tribe is "), "a source, left to the credit passes");
    }

    /** A full name, an aside that describes it, then the verb: the name is the subject; not a clause set off as an aside. */
    @Test
    void aNameWithAnAsideOpeningTheSentenceIsItsSubject() {
        assertEquals("Bobbi Kilberg", SentenceSubject.of("Bobbi Kilberg, a Republican bundler from Virginia, expressed optimism "
                + "that Christie may "));
        assertEquals("Hillary Clinton", SentenceSubject.of("Hillary Clinton, who lost to Trump, took to Twitter to thank the "
                + "participants for "));
        assertEquals(null, SentenceSubject.of("Lois Lerner, the woman at the center of the scandal, was fired for "),
                "done to her, not said");
        assertEquals(null, SentenceSubject.of("Mitt Romney, sensing an opening in the mess, is rolling out a strategy on "),
                "a participle's clause: a cue after the quotation may name another");
    }

    /**
     * A name after "The" that marks a body, a paper or a role ("The Sanders campaign held …", "The Vermont senator
     * reached back …"): the whole noun phrase is the subject, not the name alone.
     */
    @Test
    void aNameMarkingABodyOrARoleIsNoSubjectOfItsOwn() {
        assertEquals("The Sanders campaign", SentenceSubject.of("The Sanders campaign held an online "));
        assertEquals("The Vermont senator", SentenceSubject.of("The Vermont senator reached back to the 1990s as he went "
                + "after Clinton\u2019s support for "));
        assertEquals("Sanders", SentenceSubject.of("Sanders held an online "));
    }
    /**
     * A name's owner's mark and a noun for people open a subject that is those people ("Hussain's family expressed", "Trump's
     * lawyer called it"), not the one named; a thing of theirs stays theirs ("Trump's tweet called it"), and so does a name
     * after the noun ("Trump's adviser Kellyanne Conway issued") or a noun it goes on into ("Trump's campaign promise").
     */
    @Test
    void anOwnersPeopleAreTheSubjectNotTheOwner() {
        assertEquals("Hussain's family", SentenceSubject.of("In a statement, Hussain's family expressed their "));
        assertEquals("Trump\u2019s lawyers", SentenceSubject.of("Trump\u2019s lawyers called it "));
        assertEquals("Trump", SentenceSubject.of("Trump's tweet called it "));
        assertEquals("Kellyanne Conway", SentenceSubject.of("Last week, Trump's adviser Kellyanne Conway issued a correction to "));
        assertNotEquals("Trump's campaign", SentenceSubject.of("Trump's campaign promise for more aggressive enforcement "));
    }

    /** A body's name, a word and a noun for whom it speaks through ("The Senate majority leader") is that role whole. */
    @Test
    void aNameMarkingARoleOfTwoWordsIsTheRole() {
        assertEquals("The Senate majority leader", SentenceSubject.of("The Senate majority leader has signaled that he has no "
                + "interest in a \u201C"));
        assertEquals("The Harlow campaign manager", SentenceSubject.of("The Harlow campaign manager told reporters the plan was "
                + "\u201C"));
        assertEquals("The Russian foreign ministry", SentenceSubject.of("The Russian foreign ministry denounced the sanctions as "
                + "\u201C"));
        // done to the body, not said by it
        assertNotEquals("The Cuban revolutionary government", SentenceSubject.of("The Cuban revolutionary government was "
                + "instituted precisely to deny \u201C"));
    }
}
