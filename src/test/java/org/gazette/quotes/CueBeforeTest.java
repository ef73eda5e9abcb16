package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cue before a quotation: the subject of the last verb of speech in the sentence up to it. */
class CueBeforeTest {
    @Test
    void theSubjectOfTheVerbBeforeTheQuotationSpeaks() {
        assertEquals("Stoltenberg", CueBefore.leading("Stoltenberg warned Friday that "));
        assertEquals("a GOP lawmaker", CueBefore.leading("Added a GOP lawmaker: "));
    }

    /**
     * Two people's words set side by side in one sentence, the first quotation holding the comma before "while" or
     * "whereas": the second is said by the subject of the clause that word opens, as after a plain comma.
     */
    @Test
    void theClauseAfterAQuotationAndWhileHasItsOwnSpeaker() {
        String curly = "Mayor Jane Bell called the plan \u201Cbold,\u201D while council member Tom Reyes called it "
                + "\u201Ca disaster for the river.\u201D\n";
        assertEquals(java.util.List.of("Jane Bell", "Tom Reyes"),
                QuoteAttributor.quotes(curly).stream().map(Quote::speaker).toList());
        String straight = "Sen. Ann Cole said the bill was \"a good start,\" whereas Sen. Raul Ortiz said it \"does nothing.\"\n";
        assertEquals(java.util.List.of("Ann Cole", "Raul Ortiz"),
                QuoteAttributor.quotes(straight).stream().map(Quote::speaker).toList());
    }

    /** "what the Democrats call “…”": the subject of a relative "what" and a verb of naming names the words. */
    @Test
    void theOnesWhoCallItSomethingSayIt() {
        assertEquals("the Democrats", CueBefore.leading("Ryan defended the plan against what the Democrats call "));
        assertEquals("critics", CueBefore.leading("The mayor pushed what critics have dubbed a "));
        assertEquals("economists", CueBefore.leading("Pollution is what economists refer to as "));
        // a pronoun is left to the sentence's rules, and "what is called" names no one
        assertNull(CueBefore.whatTheyCall("Wilson studied what he called "));
        assertNull(CueBefore.whatTheyCall("It is what is called "));
        assertNull(CueBefore.whatTheyCall("That is what people used to call "));
    }

    /** "…, but he adds, “…”": the pronoun of the clause before the quotation's comma speaks, not the sentence's first subject. */
    @Test
    void aHeOrSheAfterButOrAndSpeaks() {
        assertEquals(Phrases.HE + 'm', CueBefore.leading("A gun in the home is used in a homicide, but he adds, "));
        assertEquals(Phrases.HE + 'f', CueBefore.leading("The senator was asked about the vote, and she also said that "));
        // a list's last item before the verb is no clause of its own
        assertNotEquals("Opportunity", CueBefore.leading("As Roy Austin, deputy assistant for Urban Affairs, Justice, and "
                + "Opportunity, told me, a city "));
    }

    /** "with" someone described and a speech participle: an absolute phrase whose own subject speaks. */
    @Test
    void theOneDescribedAfterWithSpeaks() {
        assertEquals("one senior quartermaster", CueBefore.leading("Senior Army leaders declined proposals for a guard, however, "
                + "with one senior quartermaster explaining "));
        assertEquals("one aide", CueBefore.leading("The bill passed, with one aide saying it was "));
        assertNotEquals("the latter", CueBefore.leading("Ingraham sparred with Trump, with the latter saying "));
        // an adverb before the participle, a party's name among the describing words
        assertEquals("the presumptive Republican nominee", CueBefore.leading("She has been a frequent target, with the "
                + "presumptive Republican nominee derisively referring to her as "));
    }

    /**
     * A label before a colon that names its source ("The right way, according to the adviser:") is the source's, unless
     * it names whose words they are ("Gruber’s response, according to McDonough:"); a clause after ", yet" has its own
     * subject, whom a participle after it goes with.
     */
    @Test
    void aLabelsSourceAndAClauseAfterYet() {
        assertEquals("the adviser", CueBefore.leading("The right way, according to the adviser: "));
        assertEquals("Vox", CueBefore.leading("The winner, according to Vox, is: "));
        assertEquals("Gruber", CueBefore.leading("Gruber\u2019s response, according to McDonough: "));
        assertEquals("Democrats", CueBefore.leading("More than two thirds of the co-ops have failed, yet Democrats who pushed "
                + "the experiment are refusing to cede ground, saying the best Plan B is the "));
    }

    /** A description a preposition takes right before "who" is the one who speaks in the relative clause. */
    @Test
    void aDescribedPersonBeforeWhoSpeaks() {
        assertEquals("the Cincinnati manager", CueBefore.leading("But in the excerpts released by Cummings, the charge is "
                + "refuted by the Cincinnati manager, who described himself to investigators as a "));
        assertEquals("a police officer", CueBefore.leading("One journalist had his media credential ripped off by a police "
                + "officer, who said, "));
        assertEquals("the state\u2019s lieutenant governor", CueBefore.leading("The order drew immediate pushback, including from "
                + "the state\u2019s lieutenant governor, who called the move "));
        // not a thing: "the party" is no word for a person
        assertNull(CueBefore.leading("The plan drew fire from the party, who called it a "));
    }

    /** "quoted … as saying" in any form of the verb: the one quoted speaks, not who quotes them. */
    @Test
    void theOneQuotedAsSayingSpeaks() {
        assertEquals("the caller", CueBefore.quotedAsSaying("The report quotes the caller as saying that the victim was "));
        assertEquals("Juston Johnson", CueBefore.quotedAsSaying("The story highlighted the plan, quoting RNC Political Director "
                + "Juston Johnson as saying: "));
        // the words it reports run on before the quotation, with no verb of speech or quotation of their own
        assertEquals("Marzieh Afkham", CueBefore.quotedAsSaying("IRNA, the state news agency, quoted ministry spokeswoman "
                + "Marzieh Afkham as saying the mixed reception for Mr. Netanyahu in Washington was a symbol of his isolation, "));
        assertNull(CueBefore.quotedAsSaying("FactCheck notes that when the president quoted Romney as saying it was \u201Ctragic\u201D "
                + "to end the war, he didn't mention that "), "a quotation of its own between: the clause after is another's");
        assertNull(CueBefore.quotedAsSaying("Reuters quoted Amano as saying the measures would start soon, and the minister "
                + "later told reporters that "));
        // an object pronoun is who the pronoun rules resolve, not the word "her"
        assertTrue(Phrases.isPronoun(CueBefore.quotedAsSaying("It quoted her as saying, ")));
        // reported or cited as saying; a description, then the name it describes
        assertEquals("Abbas Ali Kadkhodayee", CueBefore.quotedAsSaying("The seizure could have been a retaliatory act, FARS "
                + "reported a spokesperson for Iran's Guardian Council, Abbas Ali Kadkhodayee, as saying, "));
        assertEquals("Putin", CueBefore.quotedAsSaying("Tass cited Mr. Putin as saying he has "));
        assertEquals("a TripAdvisor spokesman", CueBefore.quotedAsSaying("CNBC cited a TripAdvisor spokesman as saying the "
                + "company does not condone "));
    }

    /**
     * "who" after an aside that describes a thing done by or to the one it ends with is that one; after an aside that
     * describes a person, the one described.
     */
    @Test
    void whoAfterAThingDoneBySomeoneIsThatOne() {
        assertEquals("H.R. McMaster", CueBefore.leading("Trump shared classified intel, a charge flatly rebutted by National "
                + "Security Advisor H.R. McMaster, who said the shared info was "));
        assertEquals("John Quincy Adams", CueBefore.leading("It will be called the Quincy Institute, an homage to John Quincy "
                + "Adams, who in a seminal speech in 1821 declared that the United States "));
        assertNotEquals("Donald Trump", CueBefore.leading("John Smith, a spokesman for Donald Trump, who asked not to be "
                + "named, said it was "));
    }

    /** The verb first and then who, before a comma as before a colon; an opening participle's clause is no subject. */
    @Test
    void anInvertedCueBeforeACommaNamesWhoSpeaks() {
        assertEquals("an Iowa Republican", CueBefore.leading("Added an Iowa Republican, "));
        assertEquals("the source", CueBefore.leading("Said the source, "));
        assertEquals("Ted Cruz", CueBefore.leading("Added Sen. Ted Cruz, Texas Republican, speaking on ABC News, "));
        assertEquals("a Nevada Democrat", CueBefore.leading("Added a Nevada Democrat who selected Rubio, "));
        assertEquals("Boehner", CueBefore.leading("Asked about the disagreement, Boehner said, "));
        assertNotEquals("the council decision", CueBefore.leading("Asked if he would support the council decision, "
                + "Mayor Jacob Frey hedged, "));
    }

    @Test
    void asidesBetweenTheSubjectAndItsVerbAreSkipped() {
        assertEquals("Hugh Hill", CueBefore.leading("Hugh Hill, a doctor, said the plan was "));
        assertEquals("David Cameron", CueBefore.leading("Conservative policy co-ordinator David Cameron, MP for Witney, added: "));
        assertEquals("Sanders", CueBefore.leading("Sanders, who lost the primary, told supporters "));
    }

    @Test
    void aSentenceWithoutAVerbOfSpeechHasNoCue() {
        assertNull(CueBefore.leading("The weather was fine and "));
    }

    @Test
    void aLabelIsANameAndWhoTheyAreNotAClauseEndingOnAPlace() {
        assertEquals("Gerald F. Seib", CueBefore.leading("Gerald F. Seib, The Wall Street Journal: "));
        String sign = CueBefore.leading("As Sanders took the stage in Boulder, before a crowd of 9,000 on Saturday, a woman "
                + "behind him held a simple sign: ");
        assertTrue(sign.startsWith("a woman"), sign);
    }

    @Test
    void aVerbBeforeTheNameTakesTheNameWithoutWhereTheyWork() {
        assertEquals("Dahlia Lithwick", CueBefore.leading("Justice Scalia \u201c      \u201d writes Dahlia Lithwick of Slate magazine, "));
        assertEquals("Charles Kamasaki", CueBefore.leading("But even then, says Charles Kamasaki of the National Council, "));
        assertNotEquals("Barr", CueBefore.leading("Nita Lowey, D-N.Y., accused Barr of seeming to "));
    }

    @Test
    void severalPeopleListedSpeakAsTheFirstOfThem() {
        assertEquals("Allen Berger", CueBefore.leading("In a 2013 paper for the Federal Reserve System, Allen Berger, Williams "
                + "Goulding, and Tara Rice concluded that the link is obsolete, "));
        assertEquals("John Smith", CueBefore.leading("John Smith, Bill Jones and Jane Doe wrote that "));
        assertEquals("Hugh Hill", CueBefore.leading("Hugh Hill, a doctor, said the plan was "));
    }

    @Test
    void aNameAfterATownIsThePersonNotTheTownsRegion() {
        assertEquals("Meghan Gregonis", CueBefore.leading("A spokeswoman at the U.S. Embassy in Islamabad, Meghan Gregonis, said, "));
        assertEquals("A man in Ketchikan", CueBefore.leading("A man in Ketchikan, Alaska, said "));
    }

    @Test
    void whatABodyCallsIsThatBodysWords() {
        assertEquals("the pollsters", CueBefore.leading("When you add in cuts, the total cuts involving what the pollsters described as "));
        assertEquals("Millan", CueBefore.leading("The genre is in what Millan calls its "));
        assertEquals("Cohen", CueBefore.leading("Cohen said that he did not know what the committee would do but argued that a "
                + "citation would be "));
    }

    @Test
    void whoIsQuotedAsSayingSpeaksNotWhoQuotesThem() {
        assertEquals("Abbas Mousavi", CueBefore.leading("Iran\u2019s state-run IRNA news agency quoted Foreign Ministry spokesman "
                + "Abbas Mousavi as saying Iran "));
        assertEquals("Lavrov", CueBefore.leading("Lavrov was quoted as saying that "), "no one between: the subject is who");
        assertEquals("Christie", CueBefore.leading("Christie was quoted in the Newark Star-Ledger in 1994 as saying he did "));
    }

    @Test
    void aLabelOfSomeonesWordsIntroducesThem() {
        assertEquals("Ivers", CueBefore.leading("Other comments from Mr Ivers included: "));
        assertEquals("Markos Moulitas", CueBefore.leading("It was, in the words of Daily Kos founder Markos Moulitas: "));
    }

    /** A country's state media, written without an article, speak as such, not as the nationality alone. */
    @Test
    void aCountrysStateMediaAreTheSpeakerNotItsNationality() {
        assertEquals("North Korean state television", CueBefore.leading("North Korean state television said it was "));
        assertEquals("Syrian state media", CueBefore.leading("Syrian state media reported that "));
        assertEquals("French officials", CueBefore.leading("French officials said that "));
    }


    /** An owner's role and what it is for is who speaks ("Trump's nominee for the Supreme Court"), not the owner. */
    @Test
    void anOwnersRoleForABodySpeaksNotTheOwner() {
        assertEquals("US President Donald Trump's nominee for the Supreme Court", CueBefore.leading("US President Donald "
                + "Trump's nominee for the Supreme Court says he will not pull out because of "));
        assertEquals("Pence's office in Washington", CueBefore.leading("Pence's office in Washington said that "));
    }


    /** Someone described who speaks in the clause "as" opens is the speaker, not the sentence's subject before it. */
    @Test
    void theOneDescribedWhoSpeaksAfterAsIsTheSpeaker() {
        assertEquals("an aide", CueBefore.leading("The crowd laughed as an aide told him, "));
        assertEquals("a federal judge", CueBefore.leading("But Democrats did get some good news last week as a federal judge wrote he has a "));
    }

    /** "goes on" and "sums up" before a colon are verbs of speech ("The memo goes on: “…”"); "the longer it goes on, the …" is none. */
    @Test
    void goesOnAndSumsUpBeforeAColonCue() {
        assertEquals("The memo", CueBefore.leading("The memo goes on: \u201C"));
        assertEquals("the BBC", CueBefore.leading("Then the BBC sums up: \u201C"));
        assertNull(CueBefore.leading("Trump waits, knowing the longer the investigation goes on, the easier it is to dismiss it as a \u201C"));
    }

    /**
     * A definite description, then its "who" aside, then the verb ("The official, who spoke on condition of anonymity,
     * said"): the description speaks, as the text words it; not when the "who" is someone named or described later on.
     */
    @Test
    void aDescriptionWithItsWhoAsideBeforeTheVerbSpeaks() {
        assertEquals("The official", CueBefore.leading("The official, who spoke on condition of anonymity, said "));
        assertEquals("Her lawyer", CueBefore.leading("Her lawyer, who declined to comment further, said the claim was "));
        assertEquals("The Senate majority leader", CueBefore.leading("The Senate majority leader, who was elected in 2010, "
                + "said that he "));
        assertNotEquals("The comments", CueBefore.leading("The comments, which drew attention, prompted pushback from Ana Ruiz, "
                + "a top official with the agency, who said Monday that "));
        assertNull(CueBefore.leading("The high regard of her former boss, who upon her departure called her "));
    }

    /**
     * An adverb between an aside's comma and a verb of speech is no clause of its own ("As Rep. Steve Eliason, one of
     * the law's sponsors, aptly said"); before a verb that names, the sentence is read as it was.
     */
    @Test
    void anAdverbBetweenAnAsideAndTheVerbOfSpeechIsSkipped() {
        assertEquals("Mina Castell", CueBefore.leading("As Representative Mina Castell, one of the sponsors of the law, aptly "
                + "said during the debate, "));
        assertEquals("Amber Wichow", CueBefore.leading("As Amber Wichow, a political scientist at Marquette University, "
                + "recently told The New York Times, "));
        assertNotEquals("Duncan's plan", CueBefore.leading("Now Duncan's plan, grandiosely branded Race to the Top, is widely "
                + "viewed as a "));
        assertEquals("Duncan's plan, grandiosely branded Race to the Top, is", CueBefore.withoutAdverbAfterComma(
                "Duncan's plan, grandiosely branded Race to the Top, is"));
        assertEquals("Smith, a doctor, ", CueBefore.withoutAdverbAfterComma("Smith, a doctor, angrily "));
    }
}
