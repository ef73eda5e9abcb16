package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per sieve pass, on sentences in the shapes news writing uses. */
class QuoteAttributorTest {
    private static List<String> speakers(String text) {
        return QuoteAttributor.quotes(text).stream().map(Quote::speaker).toList();
    }

    private static List<String> texts(String text) {
        return QuoteAttributor.quotes(text).stream().map(Quote::text).toList();
    }

    /** An "it" in a sentence that opens with a body's name is that body, not the body that spoke in the paragraph before. */
    @Test
    void anItIsTheBodyItsSentenceOpensWith() {
        String text = "The amendment calls for \u201Ca full review,\u201D the amendment says.\n\nThe NBA has been so insufferable "
                + "in its virtue signaling that this past summer it announced that it has \u201Cmoved away\u201D from the word.";
        assertEquals(List.of("The amendment", "The NBA"), speakers(text));
        String same = "\u201CWe are reviewing it,\u201D British Airways said.\n\nBA will now suspend the flights, which it says "
                + "will remain \u201Cunder constant review\u201D for now.";
        assertEquals(List.of("British Airways", "British Airways"), speakers(same), "its initials: the same body");
    }

    /**
     * Furniture blanked in place between two paragraphs of one speaker's words (as `quotes --json` reads a file) stands
     * between them no more than in the archive's cleaned text, where it is gone.
     */
    @Test
    void aQuotationGoesOnPastFurnitureBlankedInPlace() {
        String blanked = " ".repeat("Slideshow (4 Images)".length());
        String text = "Trade talks stalled.\n\nA second Iranian official said: \u201cWe made it clear that the leader is against "
                + "any talks.\n\n" + blanked + "\n\n\u201cHowever, we told the Omani official that any attack will have "
                + "consequences.\u201d\n\nKhamenei has the last say.\n";
        assertEquals(List.of("A second Iranian official", "A second Iranian official"), speakers(text));
        assertEquals(speakers(text.replace(blanked + "\n\n", "")), speakers(text), "as if the line were not there");
    }

    @Test
    void anAndInsideABodysNameDoesNotCutItShort() {
        assertEquals(List.of("the Blue Cross and Blue Shield Association"), speakers("\"We are pleased that enrollment is "
                + "picking up,\" the Blue Cross and Blue Shield Association said in a statement."));
        assertEquals(List.of("a spokeswoman for the Center for Medicare and Medicaid Services"), speakers("\"People are going "
                + "through the entire process,\" a spokeswoman for the Center for Medicare and Medicaid Services told reporters."));
        assertEquals(List.of("Elijah Cummings"), speakers("Officials met on Friday.\n\nElijah Cummings and John Conyers wrote "
                + "that it was \u201Ca disgrace.\u201D"), "two people joined by \"and\": the first of them");
    }

    /** A body's name after "Center for" is no one a pronoun can refer to; the person it follows is. */
    @Test
    void aPronounAfterSomeoneOfABodyIsThePersons() {
        assertEquals(List.of("Kate Martin"), speakers("But Kate Martin of the Center for National Security Studies says "
                + "if you look at it a different way, this situation doesn't seem so strange.\n\n\"It's not unusual for "
                + "presidents to end wars, right?\" she says."));
        assertEquals(List.of("Brad Smith"), speakers("\u201CObviously, it has a certain fishiness to it,\u201D former FEC "
                + "chairman and founder of the Institute for Free Speech Brad Smith told The Daily Caller."));
    }

    @Test
    void aStatesPartyAndARoleJoinedByAndAreAsidesAfterTheName() {
        assertEquals(List.of("Henry A. Waxman"), speakers("Last week, Rep. Henry A. Waxman, California Democrat and ranking "
                + "member of the House Energy and Commerce Committee, called on Republican House members to correct "
                + "\u201Cinaccurate statements\u201D about the program."));
        assertEquals(List.of("Elizabeth Warren"), speakers("Sen. Elizabeth Warren, Massachusetts Democrat and a declared 2020 "
                + "candidate, said it would be \u201Cjust wrong\u201D to call her a socialist."));
    }

    @Test
    void twoPeopleSharingASurnameWrittenOnceAreTheFirstWithThatSurname() {
        assertEquals(List.of("Fred Warmbier"), speakers("\"We have been respectful during this summit process,\" wrote "
                + "Fred and Cindy Warmbier."));
        assertEquals(List.of("Bill Clinton"), speakers("Officials spoke on Friday.\n\nBill and Hillary Clinton called Lewis the "
                + "\u201Cconscience of the nation\u201D and said they were grateful."));
    }

    @Test
    void aPerfectTenseAfterAPartialQuotationIsItsCue() {
        assertEquals(List.of("John Boehner"), speakers("House Speaker John Boehner spoke on Monday.\n\nThis time, Boehner is "
                + "with the right flank. Videos are \u201Cgruesome,\u201D he has said, and the government should stop."));
        assertEquals(List.of("Noel Francisco"), speakers("Officials spoke on Friday.\n\nCongress did not \"lure private parties "
                + "into expensive undertakings,\" Solicitor General Noel Francisco has argued in court briefs."));
    }

    @Test
    void popeAfterAFirstNameIsASurname() {
        assertEquals(List.of("Carl Pope", "Carl Pope"), speakers("\u201CAll of this stuff has been through an arms race,\u201D said "
                + "Carl Pope, the former Sierra Club chief. \u201CThe biggest battles used a fraction of the resources.\u201D"));
        assertEquals(List.of("Pope Francis"), speakers("\u201CWe will pray for peace,\u201D said Pope Francis."));
    }

    @Test
    void aSurnameWithAJoinedParticleInLowerCaseIsPartOfTheName() {
        assertEquals(List.of("Joseph diGenova", "Joseph diGenova"), speakers("\"We are in a civil war,\" former U.S. attorney "
                + "Joseph diGenova, a prominent conservative, said on a podcast. \"It's going to be total war.\""));
        assertEquals(List.of("Joe diGenova"), speakers("Officials spoke on Friday.\n\nFormer U.S. attorney Joe diGenova, "
                + "meanwhile, has said that the warrants were obtained \u201Cillegally.\u201D"));
    }

    @Test
    void aTimeOpeningTheSentenceWithoutACommaIsNoPartOfItsSubject() {
        assertEquals(List.of("Barack Obama"), speakers("President Barack Obama went to Ohio.\n\nOn Sunday he called for voters to "
                + "hold officials accountable, saying, \"if they let you down, there's a day in November to let them know.\""));
        assertEquals(List.of("Ryan Zinke"), speakers("The fires spread.\n\nThis week Interior Secretary Ryan Zinke blamed "
                + "environmentalists for making the fires worse, saying the trouble was \"lawsuit after lawsuit.\""));
    }

    @Test
    void asHisCampaignPutItIsWhoSpeaksForHim() {
        assertEquals(List.of("his campaign"), speakers("Donald Trump launched his bid.\n\nOr, as his campaign put it, to take care "
                + "of \u201Call Veteran complaints very quickly.\u201D"));
        assertEquals(List.of("Melania"), speakers("Donald Trump spoke.\n\nAs his wife, Melania, recently put it, when you attack her "
                + "husband, \u201Che will punch back ten times harder.\u201D"), "the name after the comma");
    }

    /** "… Mann’s testimony before the committee: “…,” he asserted": the one the colon's words name, not an earlier subject. */
    @Test
    void aPronounAfterAQuotationIntroducedByAColonIsTheOneItsWordsName() {
        assertEquals(List.of("Michael Mann"), speakers("Justin Gillis wrote the story. He then said the choices were no "
                + "accident. That was awkward, though not as awkward as Professor Michael Mann\u2019s testimony before the "
                + "committee: \u201CI don\u2019t believe I called anybody a denier,\u201D he asserted."));
        assertEquals(List.of("Chris Christie"), speakers("Chris Christie was asked about it. Romney would come to New Jersey, "
                + "the governor replied sternly: \u201CHe will be here,\u201D he said."), "the colon's words have a speaker of their own");
    }

    /** A one-word name opening its sentence before a speech verb, written nowhere else, is a name: "Politico reported that". */
    @Test
    void aOneWordNameOpeningItsSentenceBeforeASpeechVerbSpeaks() {
        assertEquals(List.of("Politico"), speakers("Politico reported in February that \u201Cthe employees accessed the "
                + "files.\u201D"));
        // an adverb, an imperative or a noun before the verb is no one
        assertEquals(java.util.Arrays.asList((String) null), speakers("Widely described as \u201Cthe sick man of Europe,\u201D the "
                + "country recovered."));
        assertEquals(java.util.Arrays.asList((String) null), speakers("Please read the report before you assume that the "
                + "plan is \u201Ca giveaway.\u201D"));
    }

    @Test
    void aPronounNoOneNamedFitsIsTheUnnamedSourceJustBefore() {
        assertEquals(List.of("a spokeswoman for the county mayor", "a spokeswoman for the county mayor"), speakers("\"It hit him on "
                + "the shin,\" a spokeswoman for the county mayor said.\n\nLava can weigh \"as much as a refrigerator\", she told Reuters."));
        assertEquals(java.util.Arrays.asList("a spokesman for the county mayor", null), speakers("\"It hit him on the shin,\" a "
                + "spokesman for the county mayor said.\n\nLava can weigh \"as much as a refrigerator\", she told Reuters."),
                "not a spokesman's \"she\"");
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoSpeakerAndTheSubjectAfterItIs() {
        assertEquals(List.of("the report"), speakers("The agency published its findings.\n\nFinally, the report notes the impact "
                + "of extreme political rhetoric in the wake of a \"remarkable\" year."));
        assertEquals(List.of("the Trump administration"), speakers("The general was killed.\n\nInitially, the Trump administration "
                + "claimed that the general was plotting an \u201Cimminent\u201D attack."));
        assertEquals(List.of("Martha McSally"), speakers("Rep. Martha McSally spoke.\n\nMcSally, the Republican nominee, said the plan "
                + "was \u201Creckless.\u201D"), "a surname with an adverb's ending is still a name");
    }

    @Test
    void aQuotationAfterASentenceOfSomeoneElsesSpeechIsTheirs() {
        assertEquals(List.of("Jeb Bush", "Marco Rubio"), speakers("Jeb Bush went after Marco Rubio for missing votes. \"Just resign "
                + "and let someone else take the job,\" Bush said. Rubio fired back, saying Bush never took issue with Sen. John "
                + "McCain missing votes. \"The only reason you're doing it now is because we're running for the same position.\""));
        assertEquals(List.of("Jeb Bush", "Jeb Bush"), speakers("Jeb Bush went after Marco Rubio for missing votes. \"Just resign "
                + "and let someone else take the job,\" Bush said. Rubio has missed many votes. \"He should resign.\""),
                "a sentence of no one's speech between: the speaker before goes on");
    }

    @Test
    void moreIrregularPastTensesEndTheSubjectBeforeThem() {
        assertEquals(List.of("The White House spokesman"), speakers("Officials spoke on Friday.\n\nThe White House spokesman shot "
                + "down charges that the lunch was staged, calling it a \u201Ccoincidence.\u201D"));
        assertEquals(List.of("The FBI"), speakers("Officials spoke on Friday.\n\nThe FBI withheld from the court key details, "
                + "including a warning that \u201CSteele may have been biased.\u201D"));
    }

    @Test
    void aListOfQuotedWordsInOneSentenceIsAllTheSpeakersPastTheCuesReach() {
        // the cue before is read back over four quotations at most; the words after them go on with the same speaker
        assertEquals(java.util.Collections.nCopies(6, "Donald Trump"), speakers("President Donald Trump spoke on Friday.\n\n"
                + "Trump called the reports \u201Cfake,\u201D \u201Ca disgrace,\u201D \u201Ca hoax,\u201D \u201Ca scam,\u201D "
                + "\u201Ca setup\u201D and \u201Ca witch hunt.\u201D"));
    }

    @Test
    void aMonthReadAsTheCuesSubjectIsNoSpeakerButASurnameSpeltLikeOneIs() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("The July 2018 indictment of 12 Russian officers referred "
                + "to Stone as “a person who was in regular contact with senior members of the campaign.”"));
        assertEquals(List.of("Natalie Sept", "Natalie Sept"), speakers("The third woman is Natalie Sept. In 2008, Sept moved "
                + "home to Portland.\n\n“I was so starry-eyed,” Sept says. “I started to feel comfortable,” Sept remembers."));
    }

    /** A word a cue is read from in the wrong place ("despite") is nobody: the quotation is the speaker's before, or no one's. */
    @Test
    void aWordThatNamesNoOneIsNoSpeaker() {
        List<String> found = speakers("Trump met Muslim leaders on Monday.\n\n\u201CWe want to build bridges,\u201D Trump said, despite "
                + "having previously suggested during his campaign that he wanted a \u201Ctotal and complete shutdown\u201D of Muslims.");
        assertFalse(found.contains("despite"), found.toString());
        assertEquals("Trump", found.get(0));
    }

    /** A surname that is also a title ("Prince") names the speaker after a first name; the quotation was lost before. */
    @Test
    void aSurnameThatIsATitleAfterAFirstNameNamesTheSpeaker() {
        assertEquals(List.of("Matthew Prince", "Matthew Prince"), speakers("\"It's the biggest attack we've seen,\" Matthew "
                + "Prince, CloudFlare's CEO, told CNN.\n\n\"Spamhaus has made plenty of enemies,\" Prince wrote in a blog post."));
    }

    /** An "and" inside a department's or committee's name before a title and a name joins no two people. */
    @Test
    void anAndInsideAnOfficesNameKeepsThePersonAfterIt() {
        assertEquals(List.of("Thomas Price"), speakers("Health and Human Services Secretary Thomas Price pushed back on the "
                + "estimate, insisting that \u201Cthere are no cuts to the Medicaid program.\u201D"));
        assertEquals(List.of("Dave Camp"), speakers("House Ways and Means Chairman Dave Camp pushed back, saying that \u201Cthere are "
                + "no cuts.\u201D"));
        assertEquals(List.of("Nancy Pelosi"), speakers("House Speaker Nancy Pelosi and Senate Minority Leader Chuck Schumer "
                + "said the list \u201Cgoes so far beyond what is reasonable.\u201D"), "two people: the first, as before");
        assertEquals(List.of("Suzanne Scott"), speakers("\u201CThe threats are unacceptable,\u201D Fox News CEO Suzanne Scott and "
                + "Fox News President Jay Wallace said in a joint statement."));
        assertEquals(List.of("Beth Fouhy", "Beth Fouhy"), speakers("NBC and MSNBC Senior Politics Editor Beth Fouhy said, "
                + "\u201CI\u2019m very puzzled by the politics of this,\u201D adding, \u201CThis looks like a fishing expedition.\u201D"),
                "two networks' letters share the title: the editor says both");
    }

    /** A cue after a partial quotation, its verb followed by a comma and a clause, is the quotation's speaker. */
    @Test
    void aCueAfterAPartialQuotationWithAClauseAfterItsVerbNamesTheSpeaker() {
        assertEquals(List.of("Selaedin Maksut"), speakers("Selaedin Maksut is a scholar in New Jersey.\n\nTwo weeks ago, Muslim "
                + "communities were \u201Cpulling their hair out,\u201D Mr. Maksut says, as the community tried to decide."));
        assertEquals(List.of("Biden"), speakers("Sanders has been pushing single-payer insurance for \u201C30 years now,\u201D "
                + "Biden said, and has not moved it an inch."));
    }

    /** A document "states" (or documents "state"), also with a clause after it; the verb is no part of the speaker. */
    @Test
    void aDocumentThatStatesIsTheSpeakerWithoutTheVerb() {
        assertEquals(List.of("the proposal", "the proposal"), speakers("\u201CThe government may not prescribe standards,\u201D the "
                + "proposal states, adding that the CDC \u201Coffers these suggestions that faith communities may consider.\u201D"));
        assertEquals(List.of("the guidelines", "the guidelines"), speakers("\u201CThese workers include individuals over age 65,\u201D "
                + "the guidelines state. \u201CSuch conditions include lung disease.\u201D"));
    }

    /** "Whenever", "Although" opening a sentence are no part of the speaker after them. */
    @Test
    void aSubordinatorOpeningTheSentenceIsNoPartOfTheSpeaker() {
        assertEquals(List.of("editors"), speakers("Whenever editors say that they refuse to acknowledge \u201Ctwo sides\u201D on "
                + "such matters, they pay homage to Lenin."));
        assertEquals(List.of("Pennsylvania authorities"), speakers("Though Pennsylvania authorities said that the phone had issued "
                + "a \u201Cping,\u201D the Erie police department said it had no knowledge of it."));
    }

    /** A title with a subtitle, or any quotation after "titled" or "headlined", is a work's name, not anyone's words. */
    @Test
    void aTitleWithASubtitleOrAfterTitledIsNoQuotation() {
        assertEquals(List.of(), texts("Julian Zelizer, a professor at Princeton University, is the author of \"The Fierce "
                + "Urgency of Now: Lyndon Johnson, Congress, and the Battle for the Great Society.\""));
        assertEquals(List.of(), texts("Luke Stark made another argument for a ban in a recent article titled \u201CFacial "
                + "recognition is the plutonium of AI.\u201D"));
        assertEquals(List.of(), texts("Frankfurt published an influential 1986 essay, \u201COn Bullshit,\u201D in which he theorized "
                + "about it. Sony released the comedy \"The Interview.\""), "an essay's and a comedy's titles");
        assertEquals(List.of(), texts("The following analysis suggests\u2014as argued in Senior Fellow Judith Warner\u2019s "
                + "report, \u201CTo Fight Inequality, Support Women\u2019s Work\u201D\u2014that such policies would help."),
                "a report's title");
        assertEquals(List.of(), texts("Time put him on the cover under the headline \u201CThe Incredible Shrinking President.\u201D"));
        assertEquals(List.of(), texts("Rep. Carolyn B. Maloney told the conference, where she received a \u201CWoman of "
                + "Impact\u201D award for her leadership, that it was a great day."), "an award's name");
        assertEquals(List.of("Rick Scott", "Rick Scott"), speakers("\"Sen. Nelson is trying to commit fraud to win this "
                + "election,\" Gov. Rick Scott told host Chris Wallace on \"Fox News Sunday.\" \"It is over,\" he said."),
                "a programme it was said on, after the host's name");
        assertEquals(List.of(), texts("But Gonzales added during an interview with CNN's John Berman on \"New Day\" "
                + "Wednesday that the people around Trump have kept his power in check."), "a programme an interview was held on");
        assertEquals(List.of(), texts("Alyssa Milano is an actor known for her roles on series such as \"Charmed,\" \"Who's "
                + "the Boss\" and \"Melrose Place.\""), "a list of titles, its last after \"and\"");
        assertEquals(List.of(), texts("Rachel Stohl is co-author of \u201cThe International Arms Trade\u201d and \u201cThe Small "
                + "Arms Trade.\u201d"), "two titles joined by \"and\"");
        assertEquals(List.of(), texts("Carrie told them they had nothing to fight about, as she sang to the tune of \u201cWhy "
                + "Can\u2019t We Be Friends.\u201d"), "a song's title after \"the tune of\"");
        assertEquals(List.of(), texts("Stevens has been re-litigating the campaign, as in his recent conversation with "
                + "ABC's Jonathan Karl on \"This Week.\""), "a programme a conversation was held on");
        assertEquals(List.of("Arthur J. Magida"), speakers("\u201CHe is seen as this guy who says what needs to be said,\u201D said "
                + "Arthur J. Magida, author of \u201CProphet of Rage: A Life of Louis Farrakhan and His Nation.\u201D"),
                "the quotation before the title is still the author's");
    }

    /**
     * A surname the article writes only where it opens a sentence is still a name when a speech verb, a comma and a
     * quotation follow it; a common word there is none.
     */
    @Test
    void aLoneSurnameOpeningASentenceBeforeItsSpeechVerbAndAQuotationSpeaks() {
        assertEquals(List.of("Goldberg"), speakers("A Dissent Concerning Kevin Williamson\n\nGoldberg added, \u201CThe tweet "
                + "was not merely an impulsive post.\u201D\n\nFinally, he fired Williamson."));
        assertEquals(Arrays.asList((String) null), speakers("It was late.\n\nWhoever said, \u201CKeep the past in the past,\u201D "
                + "was right."));
    }

    /**
     * A name given after a comma and "dubbed", "called" or the like, with no one named as giving it, is no one's words;
     * after an aside closing on a name, "called" is that one's verb.
     */
    @Test
    void aNameGivenAfterACommaAndDubbedIsNoQuotation() {
        assertEquals(List.of(), texts("Booker said in a July press release. The plan, dubbed \u201Cbaby bonds,\u201D would "
                + "give every child a savings account."));
        assertEquals(List.of(), texts("Records show 2,000 people were able to buy guns that year under the practice, called "
                + "\u201Cdefault to proceed.\u201D"));
        assertEquals(List.of("Gavin Newsom"), speakers("Gov. Gavin Newsom, a Democrat, called \"more extreme than any nominee "
                + "in modern history.\""));
        assertEquals(List.of("Mary Kusler"), speakers("Mary Kusler, the union's director of government relations, called "
                + "\"the incredible legacy of this administration\" a success."));
    }

    /** A counted group speaks as one: "About 30 protesters chanted", "Dozens of residents shouted". */
    @Test
    void aCountedGroupSpeaks() {
        assertEquals(List.of("About 30 protesters"), speakers("About 30 protesters chanted \u201CNo justice, no peace\u201D as "
                + "they marched."));
        assertEquals(List.of("Dozens of protesters"), speakers("Dozens of protesters chanted \u201CNo justice, no peace\u201D "
                + "as they marched."));
        assertTrue(Subjects.countedPeople("More than 100 local residents"));
        assertFalse(Subjects.countedPeople("About 30 percent"));
    }

    /** A passive's agent is named whole, hyphened words and all. */
    @Test
    void aPassivesAgentKeepsItsHyphenedWords() {
        assertEquals(List.of("an economic-development official in Arkansas"), speakers("The package is worth $100 million, an "
                + "amount called \u201Cunprecedented\u201D by an economic-development official in Arkansas."));
    }

    /** A day after an owner's name ("Mr. Romney’s Monday speech") is when, not part of who. */
    @Test
    void aDayAfterAnOwnersNameIsNoPartOfIt() {
        assertEquals(List.of("Mitt Romney", "Mitt Romney"), speakers("Mitt Romney spoke on Monday.\n\nMr. Romney\u2019s Monday "
                + "speech called vaguely for support of Libya\u2019s \u201Cefforts to forge a lasting government.\u201D And he "
                + "said he would \u201Crecommit America to the goal of a democratic state\u201D with Israel."));
    }

    /** What something is "known as" is its name, in whatever case it is written: no one's words. */
    @Test
    void aQuotationAfterKnownAsIsAName() {
        assertFalse(texts("Asked about it Thursday, Kavanaugh noted that \u201Call legal scholars\u201D do not agree. Of "
                + "course, \u201Call legal scholars\u201D don\u2019t agree on anything at all, which is why phrases like that are "
                + "known as \u201Cweasel words,\u201D since they allow the writer to weasel out.").contains("weasel words,"));
        assertEquals(List.of("Trump"), speakers("The policy, also known as \u201CRemain in Mexico,\u201D was upheld. "
                + "\u201CIt works,\u201D Trump said."), "a quotation after it is still someone's");
    }

    @Test
    void cueAfterTheQuote() {
        assertEquals(List.of("Jens Stoltenberg", "Jens Stoltenberg"),
                speakers("NATO chief Jens Stoltenberg spoke on Friday.\n\n\"We are ready,\" Stoltenberg said. \"We are united,\" said Stoltenberg."));
    }

    @Test
    void aQuotationReopenedOnTheSameLineContinuesItsSpeakerAndACueLeftInsideItStillNamesHim() {
        // a quotation over two paragraphs whose break was lost when the text was copied
        assertEquals(List.of("Mark Oaten", "Mark Oaten", "Guy Mansfield"), speakers("Lib Dem spokesman Mark Oaten said: \"This "
                + "has all the signs of a U-turn. \"The Tories should lead opinion, not follow it.\"\n\nThe new chairman of the Bar "
                + "Council, Guy Mansfield, warned there was a risk that people on the \"margins of society\" would be driven away."));
        assertEquals(List.of("Mark Goldfeder", "Mark Goldfeder"), speakers("Law professor Mark Goldfeder disagreed.\n\n"
                + "\u201CIf you want to keep the conversation open, add protective language, says Goldfeder. \u201CAnd that "
                + "has the potential to change the conversation.\u201D"));
    }

    @Test
    void aStateAndPartyAsideAnInstitutionAndOthersAndPartialQuotationsSharingACue() {
        assertEquals(List.of("Adam Smith"), speakers("House Armed Services Committee Chairman Adam Smith, Washington "
                + "Democrat, said the president\u2019s action \u201cproves that he cannot lead us.\u201d"));
        assertEquals(List.of("the National Retail Federation"), speakers("\"Continuing the tariff escalation only hurts "
                + "families,\" the National Retail Federation and 150 other business groups said in a letter."));
        assertEquals(List.of("Mary Leary", "Mary Leary"), speakers("Section 230 \"permits Internet companies to profit\" and "
                + "\"gives them immunity in doing so,\" wrote law professor Mary Leary in The Washington Post."));
        // "in what Millan calls": the name the "what" clause opens with; "fellow Tory David Heathcoat-Amory": a party
        assertEquals(List.of("Millan", "David Heathcoat-Amory", "John Tory"), speakers("The genre is in what Millan calls its "
                + "\"infant stage.\"\n\nBut fellow Tory David Heathcoat-Amory said the pact \"has turned out to be a fake.\"\n\n"
                + "\"We will rebuild the city,\" Mayor John Tory said."));
        // a title with lower-case words and a name before the verb after a partial quotation is its cue
        assertEquals(List.of("Jay Carney"), speakers("It was implausible for Republicans to contend that \"we can somehow "
                + "magically achieve significant revenue,\" White House spokesman Jay Carney told reporters."));
        // a party's members are a speaker as a group
        assertEquals(List.of("Republicans", "Democrats"), speakers("Republicans told us repeatedly: \"Give us majorities and we "
                + "will repeal it.\"\n\nIn a letter, Democrats said they \"cannot in good conscience agree.\""));
        // a name and its verb set between commas in the sentence before: that person goes on
        assertEquals(List.of("Cruz"), speakers("Cruz, seated next to Carson, upstaged him. Obama, Cruz said, was worse than an "
                + "armchair quarterback. \u201cThe policies he\u2019s advocating are helping the other team.\u201d"));
    }

    @Test
    void whoLikensOrComparesSomethingToAQuotedPhraseSaidIt() {
        assertEquals(List.of("Laurence H. Tribe"), speakers("Another critic, Laurence H. Tribe, likened the rules to \"burning "
                + "the Constitution\" - a charge that might have stung."));
        assertEquals(List.of("Aaron Kall", "Aaron Kall"), speakers("Aaron Kall, the director of debate at the University of "
                + "Michigan, compared Trump to a coach at a basketball game who is \"working the referees\" in hopes that "
                + "\"they'll go easier\" on him."));
        // figures compared: no one said the words of a poll's question
        assertEquals(List.of(), speakers("The poll found that 54% of respondents believe the inquiry was \u201cpolitically "
                + "motivated,\u201d compared to 37% who believe it was \u201cjustified.\u201d"));
    }

    @Test
    void theOwnerOfAClaimOrStatementSaidTheWordsItQuotes() {
        assertEquals(List.of("Donald Trump"), speakers("Politifact did a fact-check on Donald Trump\u2019s claim that there "
                + "have been \u201cthousands of shootings\u201d in Chicago this year."));
        assertEquals(List.of("Hillary Clinton"), speakers("Critics mocked Hillary Clinton's statement that she \"never sent "
                + "classified material\" on her server."));
        assertEquals(List.of("Elizabeth Warren"), speakers("Elizabeth Warren released a plan. It pays for itself without, in her "
                + "words, \u201cone penny\u201d of new taxes."));
        // what a speaker says of someone's words is the speaker's: called, a copula after "said that", a time before
        assertEquals(List.of("Mitt Romney"), speakers("Mitt Romney called Barack Obama\u2019s assessment \u201cway off the "
                + "mark.\u201d"));
        assertEquals(List.of("Larry Hogan"), speakers("Maryland Gov. Larry Hogan said this week that Trump\u2019s claim that "
                + "testing is no longer a problem is \u201cjust not true.\u201d"));
        assertEquals(List.of("Mitch McConnell"), speakers("Senate Minority Leader Mitch McConnell said after Susan Rice's "
                + "announcement that Kerry would be a \"popular choice with the Senate.\""));
        // a naming verb before the owner: the name is the namer's; and the owner is not whom the sentence's "he" is
        assertEquals(List.of("Lisa Page", "Lisa Page"), speakers("Lisa Page tweeted, \"I'm done being quiet.\" In her "
                + "interview, Page went on to call the president's remarks \"intimidating.\""));
        assertEquals(List.of("Donald Trump", "Joseph Dunford"), speakers("Gen. Joseph Dunford spoke at the Pentagon. He also "
                + "pushed back against Donald Trump\u2019s assertion that NATO was \u201cobsolete\u201d by telling reporters, "
                + "\u201cIn my mind, it is not.\u201d"));
        // words between an owner and a noun for them ("Arpaio's “…” line") are the owner's; a word alone there is as
        // often a word for the remarks, by whoever speaks of them ("Trump's “racist” remarks")
        assertEquals(List.of("Joe Arpaio"), speakers("Sheriff Joe Arpaio spoke first.\n\nDonald Trump picked up on Arpaio's "
                + "\"silent majority\" line."));
        assertEquals(List.of("Todd Akin"), speakers("Todd Akin\u2019s \u201Clegitimate rape\u201D remark forced fellow "
                + "Republicans to publicly explore the details."));
        assertNotEquals(List.of("Donald Trump"), speakers("Sen. Elizabeth Warren slammed Donald Trump\u2019s \u201Cracist\u201D "
                + "remarks on Monday."));
        // an owner's "his": the one person its sentence names before it, unless a "he" there owns it
        assertEquals(List.of("Richard Shelby", "Donald Trump"), speakers("Sen. Richard Shelby said the talks had \u201Cstalled.\u201D"
                + "\n\nMeanwhile, Democratic leaders have hammered President Donald Trump for his vow that he would be "
                + "\u201Cproud\u201D to shut down the government."));
        assertEquals(List.of("Richard Shelby", "Richard Shelby"), speakers("Sen. Richard Shelby said the talks had "
                + "\u201Cstalled.\u201D\n\nAnd he did not repeat his claim that President George W. Bush \u201Clied\u201D about it."));
        // "in the words of …": the one named, whom the quotations after it do not continue
        assertEquals(List.of("one Hagel confidant"), speakers("Chuck Hagel was nominated. But in the words of one Hagel "
                + "confidant, \u201cHe does not suffer fools.\u201d"));
        assertEquals(List.of("Mary Jones", "Abraham Lincoln", "Mary Jones"), speakers("\"We will keep going,\" Mary Jones "
                + "said. The country was, in the words of Abraham Lincoln, \"a house divided.\" \"We are not done,\" she added."));
        assertEquals(List.of("Rob Portman"), speakers("Look to Ohio\n\nIn the immortal words of Sen. Rob Portman of Ohio on "
                + "Moore, \u201cHe\u2019s going to be for tax reform, I think.\u201d"), "an adjective before \"words\"");
        // a reply, a mantra, advice: what a form of "be" gives is the owner's; a claim's is someone's verdict on it
        assertEquals(List.of("Barack Obama"), speakers("Remember when President Barack Obama\u2019s mantra was \u201cIf you "
                + "like your plan, you can keep it\u201d?"));
        assertEquals(java.util.Collections.singletonList(null), speakers("Politifact found that Donald Trump\u2019s claim was "
                + "\u201cfalse.\u201d"));
    }

    @Test
    void anAdverbSetOffByACommaOpensTheSentenceBeforeItsSubject() {
        assertEquals(List.of("Barack Obama"), speakers("First, President Barack Obama made a statement from the White House "
                + "claiming violence like this \"does not happen in other advanced countries\" and blamed guns."));
        assertEquals(List.of("Hillary Clinton"), speakers("Similarly, Secretary of State Hillary Clinton spoke at the State "
                + "Department and vowed that the U.S. would not \u201crest until those responsible are found.\u201d"));
        // without the comma it is a title: "First Lady"
        assertEquals(List.of("Michelle Obama"), speakers("First Lady Michelle Obama called the plan \"a good start.\""));
    }

    @Test
    void twoWordVerbsTitledNamesInAsPutItAndACueThatHandsOverToTheNextQuotation() {
        assertEquals(List.of("Jane Doe"), speakers("As columnist Jane Doe pointed out, \u201cThis is new.\u201d"));
        assertEquals(List.of("Chuck Schumer"), speakers("If putting Tom Price in charge of HHS is like \u201casking the fox to "
                + "guard the hen house,\u201d as Sen. Chuck Schumer (D) of New York puts it, then so be it."));
        // "“….” Stone said: “…”": the words before the colon cue the quotation after it, not the one before
        assertEquals(java.util.Arrays.asList(null, "Roger Stone"), speakers("Roger Stone and WikiLeaks argued.\n\n\u201cDo not "
                + "go there if you do not want us to correct you.\u201d Stone said: \u201cHa! The more you correct me the more people think you are lying.\u201d"));
        assertEquals(List.of("Roger Stone"), speakers("Roger Stone argued.\n\n\u201cWe will win,\u201d Stone shot back."));
    }

    @Test
    void aTitleAfterInIsAWorkAndItsAuthorSpeaksInTheQuotationsAfterIt() {
        assertEquals(List.of("Ernest Hemingway"), speakers("Ernest Hemingway wrote in \"A Farewell to Arms\" that \u201cI was "
                + "always embarrassed by the words sacred, glorious, and sacrifice.\u201d"));
        assertEquals(List.of("George Orwell"), speakers("In \u201cPolitics and the English Language,\u201d George Orwell wrote "
                + "about metaphors. \u201cA bad usage can spread by tradition and imitation.\u201d"));
    }

    @Test
    void aTimeThatOpensTheSentenceIsNotItsSubject() {
        // "Weeks later, …", "Moments earlier, …": the subject comes after the comma
        assertEquals(List.of("Mitt Romney", "the occupant of the White House"),
                speakers("Moments earlier, in Cincinnati, Mitt Romney delivered a stinging rebuke, accusing the president of "
                        + "being \u201clong on words and short on action.\u201d\n\n"
                        + "Days later, the occupant of the White House claimed that there were "
                        + "\u201csome very fine people on both sides.\u201d"));
    }

    @Test
    void aDescribedSubjectKeepsWhatItsHeadIsOf() {
        // "The head of the agency said": the description, not "The head"; but not a time or a relative after it
        assertEquals(List.of("A spokesman for the Prime Minister", "the head of the agency", "The director-general of the WHO"),
                speakers("A spokesman for the Prime Minister told reporters it was \"reasonable.\"\n\n"
                        + "Last week the head of the agency said it would be \"a mistake.\"\n\n"
                        + "The director-general of the WHO on Sunday said it was \"a crisis.\""));
    }

    @Test
    void whatComesAfterAStatementIsNotItsSpeaker() {
        // "X comes after Y said …": Y speaks; what comes is an event
        assertEquals(List.of("Donald Trump", "her office", "Sadiq Khan", "Donald Trump"),
                speakers("Donald Trump spoke on Monday. Redfield\u2019s comments come after President Trump, early Wednesday, "
                        + "said he disagreed, calling them \u201cvery tough & expensive.\u201d\n\n"
                        + "Whitmer\u2019s comments came after her office initially pushed back, saying they are \u201cnot going "
                        + "to address every rumor.\u201d\n\n"
                        + "The move came after a newspaper column in which Sadiq Khan said Trump was \"one of the most "
                        + "egregious examples of a threat.\"\n\n"
                        + "Trump has come after the teen before, tweeting that it is \"so ridiculous\" she was chosen."));
    }

    @Test
    void aQuotationOverParagraphsTakesTheSpeakerOfTheParagraphThatCuesIt() {
        // the cue only in the last paragraph: the ones left open before it are the same speaker's
        assertEquals(List.of("Jeff Flake", "Jeff Flake", "Jeff Flake"),
                speakers("Senator Jeff Flake, a moderate Republican, issued a plea for civility. \u201cWe sometimes seem intent "
                        + "on stripping people of their dignity.\n\n\u201cWe seem to enjoy it.\n\n"
                        + "\u201cWe seem, sometimes, to even enjoy that,\u201d Flake said."));
        // a roundup's credit line names the excerpt above it, every paragraph of it
        assertEquals(List.of("Andrew C. McCarthy", "Andrew C. McCarthy"),
                speakers("From the Right\n\n\u201cThe memo was never the point.\n\n\u201cThe point is the law.\u201d\n\n"
                        + "Andrew C. McCarthy, National Review"));
        // but not a speaker continued from before the open paragraph, which had none of its own
        assertEquals(java.util.Arrays.asList("Smith", null, "Smith"),
                speakers("\"We won,\" said Smith.\n\nThe fund is gone. \"It was a long road for us all.\n\n"
                        + "\"And it is not over.\""));
    }

    @Test
    void aNameAnAsideAndAVerbAfterAPartialQuotationAreItsCue() {
        assertEquals(List.of("Zach Sikora"), speakers("Scented lotion could also be of use, as the smell \u201ccould make you "
                + "more aware of your actions,\u201d Zach Sikora, a clinical psychologist in Chicago, told the New York Times."));
        // not when the quotation belongs to a concession before the main clause
        assertEquals(java.util.Collections.singletonList("Josh Hawley"),
                speakers("While Josh Hawley alleges that the features \"substantially impede freedom of choice,\" Daisy Soderberg, "
                        + "a fellow at R Street Institute, said that the bill would do harm."));
        // a credit after a dash, with the programme after the name
        assertEquals(List.of("Charles Krauthammer"), speakers("\u201cThere is nothing to show we are accelerating.\u201d "
                + "\u2013 Charles Krauthammer on Fox"));
        // nor the sentence going on after a dash: "-- to Bill Clinton --" names no credit
        assertEquals(java.util.Arrays.asList(null, null), speakers("From Richard Nixon -- \"I am not a crook, not at all\" -- to "
                + "Bill Clinton -- \"I did not have relations with that woman\" -- presidents have lied."));
        // but not whom a dash's sentence names after its verb
        assertEquals(List.of("A mother"), speakers("\u201cGive me known facts so I can let "
                + "my son out.\u201d \u2014 A mother told Sadiq Khan during an open forum last month."));
    }

    @Test
    void itAfterABodysQuotationIsThatBody() {
        assertEquals(List.of("the magazine", "the magazine", "the company", "the company"), speakers("The list includes the "
                + "Sony Walkman.\n\n\"We included only mobile items,\" said the magazine.\n\n\"In the end, we tried to get to the "
                + "heart of it,\" it concluded.\n\n\"We expect growth,\" the company said. \"Demand is recovering,\" it added."));
    }

    @Test
    void aPhraseSayingHowSomeoneSpokeLeavesTheSubjectBeforeIt() {
        assertEquals(java.util.Arrays.asList("Hillary Clinton"), speakers("Juanita Broaddrick met Hillary Clinton. As she started to "
                + "leave, Clinton again grabbed her by the arm and, in a low voice said, \u201cDo you understand.\u201d"));
    }

    @Test
    void aNameWithAnAsideAfterAnOpeningPhraseIsTheSubjectAPronounAfterItMeans() {
        String text = "A spokesperson told Fox on Wednesday that the email \"has been taken out of context.\"\n\n"
                + "On Sunday, Gene Sperling, the White House\u2019s top economic adviser, suggested Republicans would make this decision.\n\n"
                + "\u201cOur hope is they will choose compromise,\u201d he said.";
        assertEquals(java.util.Arrays.asList("A spokesperson", "Gene Sperling"), speakers(text));
        // a place, an owner's or a description before the name: the comma after them, not the one after the opening phrase
        assertEquals("Charles Wasko", speakers("Mayor Charles Wasko runs the town.\n\nOn Facebook, West York, Pa., Mayor Charles "
                + "Wasko, has compared people to orangutans. \u201cThe racist stuff, yeah, I did that,\u201d he told WHTM-TV.").get(0));
    }

    @Test
    void aPersonRightAfterAnOpeningPhraseIsItsSubjectThoughMoreCommasFollow() {
        // the opening phrase's comma, not the number's or a later clause's: "he" is the student, not the trader before
        String text = "Victor Hale, who trades from his kitchen, said he rarely loses sleep.\n\nIn May, 19-year-old student "
                + "Marcus Lindqvist from Ohio quit the app after he lost $12,000 on a bet, and never went back. In a letter to "
                + "the company, he said he had \u201cno idea\u201d what he was buying.";
        assertEquals(List.of("Marcus Lindqvist"), speakers(text));
        // an aside after the name is the person's too; a clause after the phrase is not a subject ("as … put it")
        assertEquals(List.of("Tomas Rehn"), speakers("Ilse Varga chaired the panel.\n\nOn Monday, Tomas Rehn, the head of the "
                + "board backed the plan, which surprised many. \u201cWe had no choice,\u201d he said."));
        assertEquals(List.of("Paul Ostrander"), speakers("Historian Anna Kell wrote a book on him.\n\nWith Vienna, as historian "
                + "Anna Kell put it, the empire had begun to fail. In Prussia, the old general Paul Ostrander, who had lost the war, "
                + "knew he could not hold on. He asked the king for mercy \u201cto all who fought.\u201d"));
    }

    @Test
    void aCountOfTimeOpeningTheSentenceIsNoSubject() {
        // "Two years later,", "A day ahead of the vote,": when, then who speaks
        assertEquals(List.of("the Board of Licensing"), speakers("Mr. Pell filed a complaint in 2016.\n\nTwo years later, the Board of "
                + "Licensing wrote back, saying it was \"pleased to report\" that the matter was closed."));
        assertEquals(List.of("Mara Quist"), speakers("Mara Quist leads the party. A day ahead of the vote, Ms Quist used a speech "
                + "to say her party faced \"hard choices\"."));
        // the description after a head, whole, where the words after it are no clause of their own
        assertEquals(List.of("A spokesperson for Holm"), speakers("A spokesperson for Holm dismissed the report, saying it was "
                + "\"entirely invented.\""));
        assertEquals(List.of("A spokesman"), speakers("A spokesman for Ostrova defended the minister by telling reporters, "
                + "\"Nothing improper happened.\""));
    }

    @Test
    void aBodyNamedByItsLettersOrPoliceSpeaksThoughOnlyAtTheSentencesStart() {
        // capitals no sentence's opening explains; "NATO" and "Police" are words that come before names as titles too
        assertEquals(List.of("NATO"), speakers("The alliance met in Brussels. NATO said: \"It was a breach of the treaty.\""));
        assertEquals(List.of("NATO"), speakers("The alliance met in Brussels. \"It was a clear breach,\" NATO said."));
        assertEquals(List.of("Police"), speakers("The man fled on foot. Police said he was \"armed and dangerous\" when he left."));
        // a line's label, a time zone or a dateline's place is no one
        assertEquals(Arrays.asList((String) null), speakers("UPDATE: \"All clear.\" The base reopened."));
        assertEquals(Arrays.asList((String) null), speakers("Update at 9:34 a.m. ET: \"Stocks Drop On Weak Jobs News.\""));
        // nor is a body a later "he"
        assertEquals(List.of("CNN", "Jon Marsh"), speakers("Jon Marsh spoke to reporters on Monday. The network quoted him. "
                + "\"The talks were short,\" CNN said. \"I am ready,\" he said."));
    }

    @Test
    void aFullNameAfterACapitalisedWordAndADescriptionIsTheSubject() {
        // "Conservative healthcare wonk Avik Roy": a description whose noun is no role we list, then a full name
        assertEquals(List.of("Ravi Dunmore"), speakers("Noah Castell argues the plan is thin. Conservative budget wonk Ravi Dunmore "
                + "also offers a verdict on the draft. He notes that the party dropped its \"repeal and delay\" line."));
        // not a phrase or a clause before the name: "Do you like Lincoln Chafee?"
        assertEquals(List.of("Noah Castell"), speakers("Noah Castell met Ravi Dunmore in May. Enlarge this image Ravi Dunmore "
                + "for NPR. He said the party dropped its \"repeal and delay\" line."));
    }

    @Test
    void anAdverbSetOffByItsCommaIsNoSubjectBeforeARoleAndAName() {
        // "Recently, venture capitalist Mike Dodd described the brand, calling it “…”"; "Further, the economists argue"
        assertEquals(List.of("Lena Moss", "Lena Moss"), speakers("Razor ads promise a lot. Recently, venture capitalist Lena Moss "
                + "described the brand to a podcast, calling it \u201can afterthought brand.\u201d \u201cIt is right there in the "
                + "tagline,\u201d she said."));
        assertEquals(List.of("the economists"), speakers("The plan costs a lot. Further, the economists argue that the claim "
                + "undermines \"our best traditions of evidence-based policy.\""));
        // two adverbs, each set off: "Here, though, Trump wouldn't."
        assertEquals(List.of("Ada Brown", "Leo Marsh"), speakers("Leo Marsh met Ada Brown on the show. \u201cWould you endorse him?\u201d "
                + "Brown asked.\n\nHere, though, Marsh would not.\n\n\u201cHe is the best,\u201d he said."));
    }

    @Test
    void aSheGoesToTheWomanTheFirstNameTells() {
        assertEquals(List.of("Gayle Norris"), speakers("Gayle Norris chairs the board. Dale Brock met the donors on Monday. "
                + "\"We are ready,\" she said."));
        // a name as often a second given name is no first name: the one before it is kept
        assertEquals(List.of("Tanveer Ahmed Warraich"), speakers("\"We have found the cause,\" says Tanveer Ahmed Warraich, "
                + "the agency's director general."));
    }

    @Test
    void aPersonIntroducedAtASentencesEndAfterANounForThemIsTheHeAfterIt() {
        // the first name is no common one; "owner" before the name and the aside after it introduce a person
        assertEquals(List.of("Egberto Vallis", "Egberto Vallis"), speakers("Mark Ives spoke first.\n\nThe plight of the middle class "
                + "is a top concern for small business owner Egberto Vallis, a politically active voter.\n\n\"We have a lot "
                + "to fix,\" he said.\n\nHe believes the tax code should change.\n\n\"The reality is none of it matters.\""));
        // not a body's name with a clause after it
        assertEquals(List.of("Mark Ives"), speakers("Mark Ives spoke first. In a speech to the left-leaning Center for Public "
                + "Reform, the chair made clear that it mattered.\n\n\"We have a lot to fix,\" he said."));
    }

    @Test
    void aNameAndItsPlaceBeforeAVerbOfSpeechSpeak() {
        // "Rep. Adam Schiff of California told CNN Sunday he …": the name before "of" and the place
        assertEquals(List.of("Dora Lind"), speakers("Gov. Rick Hale of Idaho wants the director to resign.\n\nBut Rep. Dora Lind of "
                + "Oregon told reporters Sunday she did not agree.\n\n\u201cI don't think the director should resign,\u201d "
                + "she said."));
        assertEquals(List.of("Tom Brandt"), speakers("Republicans welcomed the proposals, with Senator Tom Brandt of Ohio saying "
                + "the president tried to strike a middle ground.\n\n\u201cYou can't deny he moved a lot.\u201d"));
    }

    @Test
    void aPluralRoleBeforeNamesJoinedByAndIsTheFirstOfThem() {
        assertEquals(List.of("Paul Mahon", "Paul Mahon"), speakers("\"Disillusioning experiences motivate a search for meaning,\" write "
                + "University of Limerick psychologists Paul Mahon and Eric Iger. \"People respond by seeking reassurance.\""));
        // a verb in "-s" before a name is no plural role
        assertEquals(List.of("David Frost"), speakers("David Frost blames Fox News for \"killing the conservative movement.\""));
    }

    @Test
    void aProgrammesTitleBeforeTheCueIsNoQuotationTheSpeakerMustFollow() {
        // "… on “Fox News Sunday,” said she believes Congress will “…”": the title is no quotation, "said she" no inverted cue
        assertEquals(List.of("Nora Pell"), speakers("House Speaker Nora Pell, in an interview set to air on \"Sunday Review,\" said "
                + "she believes Congress will \"come to an agreement\" on the request."));
        assertEquals(List.of("Lars Dunn"), speakers("On ABC's \"This Week,\" Lars Dunn doubled down by saying, \"I agree with the "
                + "plan, we should not raise taxes.\""));
        // "IT" is no pronoun: "said IT labor expert Ron Hira"
        assertEquals(List.of("Ron Hale"), speakers("\u201cThe firm has cut thousands of jobs,\u201d said IT labor expert Ron Hale."));
    }

    @Test
    void whoWritesToSomeoneAskingThemSpeaksNotWhomTheyAsk() {
        assertEquals(List.of("Chuck Hagel"), speakers("Sen. Chuck Hagel voted against it. A few weeks later, Hagel sent a letter to "
                + "President George W. Bush asking him to launch \"direct, unconditional, and comprehensive talks\" with Iran."));
        // the one named is the one asking: "recalled Mr Dowless telling him", "a letter from Pelosi urging him"
        assertEquals(List.of("Leslie Dowless"), speakers("Mark Harris hired Leslie Dowless. Mr Harris recalled Mr Dowless telling him: "
                + "\"We do not take the ballots.\""));
    }

    @Test
    void aVerbOfSpeechJoinedByAndSharesTheSubjectOfTheVerbBeforeIt() {
        assertEquals(List.of("Donald Trump"), speakers("Lili Amini met Donald Trump at the resort. She said Trump walked up and "
                + "asked her father: \"Who's this?\""));
        assertEquals(List.of("Hillary Clinton"), speakers("Juanita Broaddrick met Hillary Clinton at a later date. Broaddrick said "
                + "she was approached by Clinton who took her by the arm and said, \u201cI just want to thank you.\u201d"));
        // a group's relative clause is no one's: "those Iranians who have protested … and called its response “brutal”"
        assertEquals(List.of("Mike Pompeo"), speakers("Secretary of State Mike Pompeo spoke on Sunday. He also expressed support "
                + "for those Iranians who have protested against their government and called its response \u201cbrutal\u201d."));
    }

    @Test
    void aPlaceNamedLikeAPersonIsNoHeOrShe() {
        assertEquals(List.of("Hillary Clinton"), speakers("Hillary Clinton spoke in Brooklyn. Trump Tower is located in "
                + "Manhattan.\n\n\"You have to be prepared for wacky stuff,\" she said."));
    }

    @Test
    void twoPeopleOfOneLastNameAreToldApartByTheFirstName() {
        // "Paige Mitchell denied …, she said": not the Joyce Mitchell the article named first
        assertEquals(List.of("Paige Mitchell", "Paige Mitchell", "Paige Mitchell", "Joyce Mitchell"),
                speakers("Prison worker Joyce Mitchell was charged on Friday. Investigators said Mitchell had befriended the men.\n\n"
                        + "Paige Mitchell denied that her mother-in-law was to be the getaway driver. She added that the men "
                        + "may have persuaded her, saying, \"Her heart was in the right place.\"\n\n"
                        + "\"They don't have the facts to prove this,\" she said. \"This is just slander and rumor.\"\n\n"
                        + "\"It is a sad day,\" Mitchell said."));
        // each one's pronouns are their own: Bill Clinton's "he" does not make Hillary Rodham Clinton a "he"
        assertEquals(List.of("Hillary Rodham Clinton"),
                speakers("Hillary Rodham Clinton spoke first. She was calm.\n\nBill Clinton came later. He waved to the crowd."
                        + "\n\n\"We are not done yet,\" she said."));
    }

    @Test
    void aPossessiveAndWhoSpeaksForSomeoneIsTheSpeakerNotTheOneItPointsTo() {
        // "…," his spokesman said: not Paul Ryan, and not nobody (the phrase has no name in it)
        assertEquals(List.of("his spokesman", "his office", "their lawyers", "his son"),
                speakers("Paul Ryan spoke on Monday.\n\n\"We are pleased to do this now,\" his spokesman said.\n\n"
                        + "\"The economy is in trouble,\" his office said in a statement.\n\n"
                        + "\"We will appeal the ruling today,\" their lawyers said.\n\n"
                        + "\"My dad would fix the car for a month,\" his son said."));
        // what someone wrote is no one who speaks for them: left to the rules that find its author
        assertEquals(java.util.Collections.singletonList((String) null),
                speakers("\"We are pleased to do this now,\" their letter said."));
    }

    @Test
    void aBodyIsNamedWholeWithItsPluralHeadAndWithoutItsAcronym() {
        assertEquals(List.of("The American Center for Law and Justice", "The Centers for Disease Control and Prevention",
                "the Centers for Medicare and Medicaid Services", "Kathleen Sebelius"),
                speakers("The American Center for Law and Justice (ACLJ) said the choice was \"a great one.\"\n\n"
                        + "The Centers for Disease Control and Prevention (CDC) said the risk was \"low.\"\n\n"
                        + "\"Costs will fall,\" said the Centers for Medicare and Medicaid Services.\n\n"
                        + "\"We are ready,\" said Health and Human Services Secretary Kathleen Sebelius."));
        // a dateline's outlet in parentheses is no acronym of the place before it: the subject comes after it
        assertEquals(List.of("Barack Obama", "Donald Trump"), speakers("Washington (CNN) President Barack Obama on Thursday called "
                + "the deaths \"senseless murders.\"\n\nHollywood, Florida (CNN) Donald Trump told insiders he was \"ready to evolve.\""));
    }

    @Test
    void anOrganisationsOfficerAfterTheVerbIsTheSpeakerNotTheOrganisationsFirstWord() {
        // "said Americans for Prosperity President Tim Phillips": the group's name holds "for", then a title, then the name
        assertEquals(List.of("Tim Phillips", "Tim Phillips", "Michael Needham", "Penny Nance"),
                speakers("\u201cWe anticipate an all-out effort,\u201d said Americans for Prosperity President Tim Phillips. "
                        + "\u201cThis is a top issue for us.\u201d\n\n"
                        + "\"We will fight,\" said Heritage Action for America CEO Michael Needham.\n\n"
                        + "\"It is over,\" said Concerned Women for America President Penny Nance."));
        // a person "of" a place stays the person
        assertEquals(List.of("Jim Jordan", "Tim Ryan"), speakers("\"It is wrong,\" said Jim Jordan of Ohio.\n\n"
                + "\"It is right,\" said Tim Ryan of Ohio, a Democrat."));
    }

    @Test
    void aWordThatQualifiesADescriptionBeforeANameIsNotTheSpeaker() {
        // "said Mexican cartoonist Felipe Galindo": the nationality, place or employer qualifies the description
        assertEquals(List.of("Sergei Oganesyan", "Felipe Galindo", "Jay Jacobs", "Ed Rendell", "Jeff Davis", "Roni Suazo"),
                speakers("\"It is usual,\" said Russian oil official Sergei Oganesyan.\n\n"
                        + "\"He was my friend,\" said Mexican cartoonist Felipe Galindo, who knew him well.\n\n"
                        + "\"We have a lot of officials,\" said Clinton donor Jay Jacobs.\n\n"
                        + "\"Bernie does his best on the economy,\" said Clinton ally Ed Rendell, a former governor.\n\n"
                        + "\"The strikes were meant to deter,\" said Pentagon spokesman Navy Capt. Jeff Davis.\n\n"
                        + "\"Our mission is to go north,\" said Honduran migrant Roni Suazo at a subway station."));
        // but what follows the speaker's own name is no description: "said Cruz outside Trump Tower"
        assertEquals(List.of("Ted Cruz", "Joe Biden"), speakers("Ted Cruz and Joe Biden spoke.\n\n"
                + "\"He does not speak the way I speak,\" said Cruz outside Trump Tower.\n\n"
                + "\"For a woman to come forward takes courage,\" said Biden during the hearings for Justice Brett Kavanaugh."));
        assertEquals(List.of("French officials"), speakers("\"We are ready,\" said French officials in Paris."));
        // the same as a sentence's subject: "German chancellor Angela Merkel expressed "…""
        assertEquals(List.of("Angela Merkel", "Michael Howard"), speakers("German chancellor Angela Merkel expressed \"great "
                + "regret\" on Monday.\n\nEarlier Tory leader Michael Howard sent Mr Bush his \"warmest congratulations\"."));
        // an owner's role as an aside after the name: "James Woolsey, Bill Clinton’s CIA chief, told"
        assertEquals(List.of("James Woolsey", "Keith Hennessey"), speakers("James Woolsey, Bill Clinton\u2019s CIA chief, told "
                + "Fox News: \u201CThis reluctance is doing real damage.\u201D\n\nKeith Hennessey, George W. Bush's top economic "
                + "adviser, said the plan was \"a big mistake\" for the country."));
        // or an organisation's role: "Ryan Williams, Romney campaign spokesman, said", "Brent Bozell, PTC president, said"
        assertEquals(List.of("Ryan Williams", "Brent Bozell"), speakers("Ryan Williams, Romney campaign spokesman, said in a "
                + "statement: \"These inconsistencies raise more questions.\"\n\nBrent Bozell, PTC president, said: \"MTV is "
                + "selling raunchy sex to kids.\""));
        // but a verb between two names is no description: "James Comey thinks Donald Trump is "…""
        assertEquals(List.of("James Comey"), speakers("James Comey thinks Donald Trump is a serial liar who is \"morally unfit\" "
                + "to be president."));
    }

    @Test
    void aQuotationRightAfterASentenceReportingWhatSomeoneSaidIsTheirs() {
        // "X said the heir had nothing to do with it. “…”": the paraphrase, then the words themselves
        assertEquals(List.of("Chris Bastardi", "Chris Bastardi"), speakers("A spokesman for Heinz, Chris Bastardi, said the "
                + "heir had nothing to do with the dealings. \u201CNeither Mr. Heinz, nor any business, was involved.\u201D\n\n"
                + "Bastardi said the company was told late. \u201CNobody called us.\u201D"));
        assertEquals(List.of("Yulia Tymoshenko"), speakers("Yulia Tymoshenko spoke on Monday.\n\nMs Tymoshenko said prosecutors "
                + "had drawn up a list of 3,000 businesses. \"We will return to the state that which was illegal.\""));
        // or at the end of the paragraph before
        assertEquals(List.of("Chris Coons"), speakers("Sen. Chris Coons told CNN on Monday morning he did not like the "
                + "treatment the president received at the game.\n\n\"I frankly think the office deserves respect.\""));
        // no statement of theirs: "says yes", "insisted on attending", a verb in an aside, a predicate joined by "and"
        assertEquals(java.util.Arrays.asList((String) null), speakers("The prosecutor says yes.\n\n"
                + "\"The severity of the sentence would matter to me.\""));
        assertEquals(java.util.Arrays.asList((String) null), speakers("And yet Trump insisted on attending the opening of the "
                + "museum.\n\n\"He does not deserve to be in Jackson for the celebration of this history.\""));
        assertEquals(java.util.Arrays.asList((String) null), speakers("The reason for the reinforcements, said the Journal, is Iran.\n\n"
                + "\"The administration is considering a significant expansion of its forces.\""));
        // a sentence with a quotation of its own keeps that quotation's speaker for the next ("…," he says. "…")
        assertEquals(List.of("David Palmiter", "David Palmiter"), speakers("David Palmiter teaches psychology.\n\nSure, "
                + "it is hard, but \"it is possible to disagree with their thoughts,\" he says. \"Therapists learn that quickly.\""));
    }

    @Test
    void aGroupIsNoHeOrShe() {
        // "Senate Democrats said" before "… he said": a party's members are "they"; the "he" is the one the sentence
        // before describes
        assertEquals(java.util.Arrays.asList("Senate Democrats", "The majority leader"), speakers("Senate Democrats blocked the bill.\n\n"
                + "\"We will not support this,\" Senate Democrats said.\n\nThe majority leader sketched out his plan: "
                + "\"Let me be clear, this debate will be fair,\" he said."));
    }

    @Test
    void aPlaceThatACueNamedIsNoOneAPronounRefersTo() {
        // "Iran" spoke once ("Iran warned"), and the article writes it as a place ("in Iran."): "he" is Rouhani
        assertEquals(List.of("Iran", "Hassan Rouhani"), speakers("President Hassan Rouhani spoke in Tehran. Protests went on "
                + "in Iran.\n\nIran warned of a \"proportional\" response.\n\nRouhani, who could be weakened by the deal, "
                + "struck a softer tone, saying Iran would talk to Europe.\n\n\u201CThe deal will remain,\u201D he said."));
    }

    @Test
    void aTranscriptsLabelNamesItsSpeakerButALabelSaidOnceAndNamingNoOneDoesNot() {
        assertEquals(List.of("Overby", "Conan", "Overby", "Conan"), speakers("From the programme's transcript:\n\n"
                + "\"OVERBY: Well, he pleaded guilty to taking bribes.\"\n\n\"CONAN: In San Diego?\"\n\n"
                + "\"OVERBY: That's right. He took a loss on the house.\"\n\n\"CONAN: Thank you.\""));
        assertEquals(List.of("Peter Overby"), speakers("Peter Overby spoke to the host.\n\n\"OVERBY: Well, he pleaded guilty.\""),
                "a label naming a person of the article");
        assertEquals(List.of("Boston police"), speakers("\"UPDATE: Vehicle found unoccupied,\" Boston police wrote on Twitter."));
        assertEquals(List.of("The message"), speakers("The message read: \"UPDATE: Vehicle found unoccupied.\""));
        assertEquals(List.of("Ana Markovic"), speakers("\"OMG: Mike Pence caught on a hot mic delivering empty boxes,\" "
                + "Ana Markovic wrote on Twitter."));
    }

    @Test
    void aPartysMembersNamedAsAGroupAfterAQuotationSpeak() {
        assertEquals(List.of("Senate Democrats", "Senate Democrats"), speakers("The vote was close.\n\n\"The toll cannot be a cover "
                + "for tax cuts,\" Senate Democrats wrote in a letter to the mayor.\n\n\"We will not support it.\""));
        assertEquals(List.of("Democrats", "House Republicans"), speakers("\"What is the big deal?\" Democrats say, while others "
                + "disagree. \"It is a constitutional crisis,\" said House Republicans."));
        assertEquals(List.of("Trump"), speakers("Trump called the talks \"productive,\" Democrats said there "
                + "was no progress."), "the group opens a statement of its own; the word is Trump's");
    }

    @Test
    void aNumberReadAsTheSubjectIsNoSpeakerAndNothingContinuesIt() {
        assertEquals(java.util.Arrays.asList("Rachel Montgomery", null, null),
                speakers("\"He needs help,\" Rachel Montgomery said.\n\nA discharge form dated September 14, 2018, described "
                        + "Morgan as \"alert and oriented\" and \"calm and cooperative.\""));
        assertEquals(List.of("63%"), speakers("Asked about the plan, 63% said it was \"too little, too late.\""),
                "a share of those asked is who answered, as \"63 percent\" is");
    }

    @Test
    void aDesignationWithANumberAfterItsHyphenIsOneWord() {
        assertEquals(List.of("Juror B-37"), speakers("\"I think his heart was in the right place,\" Juror B-37 said on CNN."));
        assertEquals(List.of("A B-1B crew member"), speakers("A B-1B crew member said: \"We never saw a strobe.\""));
        assertEquals(List.of(), Names.fullNameMentions("He carried an AR-15 M4 rifle and an F-35 Lightning poster."),
                "a model's name is no person's");
    }

    @Test
    void aCommaInsideANumberPartsNoClauses() {
        assertEquals(List.of("Brad Johnson"), speakers("Brad Johnson, the editor of HillHeat.com, boasted on Twitter that "
                + "110,000 people had urged the newspaper \"to stop publishing climate lies.\""));
        assertEquals(List.of("James P. Hoffa"), speakers("Teamsters union President James P. Hoffa, who joined a crowd of more "
                + "than 10,000 who descended on the state Capitol, said right-to-work proponents \"are waking a sleeping giant.\""));
    }

    @Test
    void anAsideBetweenSpacedHyphensIsNoPartOfTheSpeaker() {
        assertEquals(List.of("Nigel Dodds"), speakers("The deputy leader of the DUP - the party whose backing Theresa May "
                + "needs to win key votes - Nigel Dodds said the deal was \"a very good one.\""));
        assertEquals(List.of("One unnamed correspondent"), speakers("One unnamed correspondent - all are anonymous - wrote "
                + "that \"nobody here believes the figures.\""));
    }

    @Test
    void aSpeechVerbInThePresentTenseIsACue() {
        assertEquals(List.of("Felipe Jimenez"), speakers("\"One of these days the whole city is going to drop 15 feet,\" jokes "
                + "Border Patrol Agent Felipe Jimenez."));
        assertEquals(List.of("Ted Cruz", "Ted Cruz"), speakers("Sen. Ted Cruz wrote a new essay. \"Not only are the Court's opinions "
                + "untethered to reason,\" Cruz opines in the National Review. \"The Court has crossed into oligarchy.\""));
        assertEquals(List.of("Carl Hart"), speakers("Drugs do harm many people, but in real life, replies Carl Hart, \"I know tons "
                + "of people who do drugs.\""));
    }

    @Test
    void heOrSheIsNoDocumentNorBodyThatSpokeBefore() {
        assertEquals(List.of("The headline", "Ted Cruz"), speakers("Sen. Ted Cruz spoke in Iowa on Monday. The headline on "
                + "the poll reads: \"Americans Reject Big Cuts.\" \"The climate has always changed,\" he said."));
        assertEquals(List.of("The Republicans", "Jeff Sessions"), speakers("Sen. Jeff Sessions wrote to the agency. "
                + "The Republicans said: \"This is a sound principle.\" \"It is no longer in effect,\" he wrote."));
        assertTrue(Subjects.notHeOrShe("The EPA"));
        assertTrue(Subjects.notHeOrShe("The committee’s report"));
        assertFalse(Subjects.notHeOrShe("A New Hampshire mother"));
        assertFalse(Subjects.notHeOrShe("The officer"));
        assertFalse(Subjects.notHeOrShe("Rick Jones"));
    }

    @Test
    void anOwnersCapitalisedTitleThenANameIsThatPerson() {
        assertEquals(List.of("Robert O’Brien", "Robert O’Brien", "William Barr"), speakers("His National Security Adviser, "
                + "Robert O’Brien, said racist police are just a “few bad apples,” adding, “we need to root them out.” Attorney "
                + "General William Barr warned against “automatically assuming that the actions of an individual mean anything.”"));
    }

    @Test
    void initialsAfterAnInvertedVerbAndBeforeAPhraseSpeak() {
        assertEquals(List.of("Bernie Sanders", "FDR", "FDR"), speakers("Bernie Sanders spoke on Monday. \"We need a revolution,\" "
                + "Sanders said.\n\n“The Presidency is not merely an administrative office,” said FDR in 1932, during his first "
                + "campaign. “That is the least of it.”"));
        assertEquals("CNN", CueAfter.trailing(" reported CNN on May 2."));
        assertEquals("the CDC", CueAfter.trailing(" said the CDC in a statement."));
        assertNotEquals("WBUR", CueAfter.trailing(" told WBUR in Boston on Dec. 5."));
    }

    @Test
    void aWorksTitleGivenAsWhatTheWorkIsIsNoQuotation() {
        assertEquals(List.of(), speakers("Patrick Buchanan has been an adviser to three presidents. His latest book is: "
                + "\"The Greatest Comeback: How Richard Nixon Rose From Defeat to Create the New Majority.\""));
        // a bestseller's title, a hashtag
        assertEquals(List.of(), speakers("Ben Shapiro is the author of the No. 1 New York Times bestseller \"The Right Side "
                + "of History.\""));
        assertEquals(List.of(), speakers("Rand Paul posted pictures of Clinton on his Facebook page, along with the hashtag "
                + "\"#HillaryEndorsed.\""));
        // what a report is said to be stays a quotation
        assertEquals(1, texts("The report was released on Monday. The report is \"a warning to every state that has not "
                + "acted.\"").size());
    }

    @Test
    void aSpeakerEndsWithoutAParticleOrPrepositionItsCueLeftThere() {
        assertEquals("The organization", SpeakerChecks.withoutDanglingParticle("The organization behind"));
        assertEquals("a columnist", SpeakerChecks.withoutDanglingParticle("a columnist offers up"));
        assertEquals("the paper", SpeakerChecks.withoutDanglingParticle("the paper walked back"));
        assertEquals("The timeline", SpeakerChecks.withoutDanglingParticle("The timeline leading up"));
        assertEquals("Jeff Sessions", SpeakerChecks.withoutDanglingParticle("Jeff Sessions"));
        assertNull(SpeakerChecks.withoutDanglingParticle("the behind"));
    }

    @Test
    void aDescribedSpeakerEndsWithoutHowTheySpoke() {
        assertEquals(List.of("a spokeswoman"), speakers("\"The communications of such people are not of interest to the "
                + "agency,\" said a spokeswoman in a statement."));
        assertEquals("a current department official", SpeakerChecks.withoutMannerPhrase("a current department official in an email"));
        assertEquals("the international head of the Red Cross", SpeakerChecks.withoutMannerPhrase(
                "the international head of the Red Cross on his return"));
        // where they are is part of who they are
        assertEquals("a voice in the video", SpeakerChecks.withoutMannerPhrase("a voice in the video"));
        assertEquals("a person on the call", SpeakerChecks.withoutMannerPhrase("a person on the call"));
        assertEquals("Jeff Sessions", SpeakerChecks.withoutMannerPhrase("Jeff Sessions"));
        assertEquals("the spokesman said", SpeakerChecks.withoutMannerPhrase("the spokesman said"));
    }

    @Test
    void aCompoundInIngDescribesPeopleAndAGerundInAPhraseIsNoVerb() {
        assertEquals(List.of("Top-ranking lawmakers"), speakers("Top-ranking lawmakers on both sides of the aisle declared "
                + "Thursday that the \"red line\" in Syria had been crossed."));
        // "as the CDC said in a published warning, …": the warning is a noun; the CDC says the words
        assertEquals(List.of("the CDC"), speakers("AP could not verify the claim, or, as the CDC said in a published warning, "
                + "someone is using the company's certification numbers “without their permission.”"));
        // what someone issues stays their speech: "issued a warning to liberals: “…”"
        assertEquals(List.of("Mark Lilla"), speakers("In an essay, historian Mark Lilla issued a warning to liberals: \"American "
                + "liberalism has slipped into a kind of moral panic.\""));
    }

    @Test
    void anItThatStandsForNothingIsNoSpeaker() {
        // "It is hard to imagine …": no one, so the scare quote is nobody's and left out
        assertEquals(List.of(), speakers("Sen. Tom Cotton spoke in Iowa on Monday. It is hard to imagine how the \"extreme "
                + "vetting\" he advocates would stop such attacks."));
        assertNull(SentenceSubject.of("For those who grew up celebrating Christmas, it can be hard to conceive of Santa suits, "));
        // an "it" with a participle after it is something: the government
        assertNotNull(SentenceSubject.of("It was also committed to stamping out age discrimination, "));
    }

    @Test
    void aPhraseBetweenTheVerbAndItsThatLeavesTheWordsToTheSpeaker() {
        // "Romney's remarks" are what Kerry speaks of; the "that" is his verb's
        assertEquals(List.of("John Kerry"), speakers("Sen. John Kerry, D-Mass., said in apparent reference to Romney's remarks "
                + "that \"it is exactly the wrong time to throw political punches.\""));
        // the remarks' own "that": Romney's words
        assertEquals(List.of("Mitt Romney"), speakers("Mitt Romney spoke on Tuesday. Sen. John Kerry criticized Romney's remarks "
                + "that \"we never hesitate.\""));
    }

    @Test
    void whoReportsTheSentenceBeforeAtItsEndSpeaksInTheQuotationAfterIt() {
        assertEquals(List.of("the president"), speakers("Brennan has been Obama's adviser since 2009.\n\nThe results were "
                + "clear, the president said. \"More al Qaeda leaders have been removed from the battlefield than ever.\""));
        assertEquals(List.of("the Connecticut Democrat"), speakers("Rep. Jim Himes leads the New Democrat Coalition.\n\n"
                + "But talk from the White House has to stop, the Connecticut Democrat added. “If they really want to get "
                + "something done, they better leave that language behind.”"));
        // not whom the verb takes, nor what was said
        assertNotEquals(List.of("Grist"), speakers("Diana Liverman, an author of the report, told Grist that it brought her "
                + "to tears. “I am overwhelmed by the challenge we face.”"));
        assertNull(Continuation.reporterEnding("Mark Hetfield, the head of HIAS, said the same thing.", 0, 52));
    }

    @Test
    void someoneDescribedWhomACausativeVerbMakesSpeakIsTheSpeaker() {
        assertEquals(List.of("the host"), speakers("A Biden aide then sought to end the interview, prompting the host to say, "
                + "“You can’t do that to black media.”"));
        assertEquals(List.of("the president"), speakers("Meghan Markle was critical of Trump in the past, prompting the president "
                + "to tell the tabloid, \"I didn't know that she was nasty.\""));
    }

    @Test
    void aDocumentStatesWhatItSays() {
        // "states" after a document's noun is its verb: the order, not the attorney named before it, says the words
        assertEquals(List.of("The Trump executive order"), speakers("Sirine Shebaya, another attorney, said officials "
                + "broke a ruling.\n\nThe Trump executive order states that the U.S. can admit individuals case by case. It "
                + "makes no mention of specific religions but says the government would process requests, “provided that the "
                + "religion is a minority religion in the individual’s country.”"));
        assertEquals(List.of("The complaint"), speakers("The complaint states that Mueller’s office is now “knowingly and "
                + "deceitfully threatening to charge Dr. Corsi with a false statement.”"));
        assertEquals(List.of("The indictment"), speakers("Jeffrey Epstein pleaded not guilty on Monday. The indictment alleges "
                + "that Epstein “enticed and recruited minor girls” to his homes."));
        String medicaid = "Several states that expanded Medicaid";
        assertFalse(Phrases.documentVerb(medicaid, 8, 14)); // the plural noun
        String report = "The report states that";
        assertTrue(Phrases.documentVerb(report, 11, 17));
    }

    @Test
    void aFirstNameAloneIsThePersonTheArticleNamesInFullWithIt() {
        // "Hillary" is Hillary Clinton, the subject whom the "she" after it means, not the columnist quoted before
        assertEquals(List.of("Chris Cillizza", "Hillary Clinton"), speakers("Hillary Clinton leads the polls. The Washington "
                + "Post’s Chris Cillizza says that “it would be a total nightmare for Clinton.”\n\nHillary has stopped treating "
                + "Bernie as a nuisance and has sharpened her attacks. In an Iowa appearance, she said there is a “big difference "
                + "on guns” between her and Sanders."));
        // brothers told apart by their first names
        assertEquals(List.of("Carl Levin", "Carl Levin"), speakers("When Sandy Levin shows up at Carl Levin's office, Carl "
                + "protectively steers him toward a cozy alcove.\n\n\"I think we're going to go in here,\" he says, \"because "
                + "it's too cold in my office.\""));
        ArticlePeople people = new ArticlePeople(List.of("Hillary Clinton", "Sandy Levin", "Carl Levin", "Bill Clinton",
                "Bill Nelson", "Virginia Capitol"));
        assertEquals("Hillary Clinton", people.byFirstName("Hillary"));
        assertEquals("Hillary Clinton", people.fullest("Hillary"));
        assertNull(people.byFirstName("Bill")); // two Bills: the first name alone does not say which
        assertNull(people.byFirstName("Virginia")); // a state's name opening a run of capitals
        assertNull(people.byFirstName("Levin")); // a last name is never read as a first
    }

    @Test
    void aSentenceInTheFirstPersonBeforeAQuotationTellsOfItsSubjectWhoDoesNotSpeak() {
        assertEquals(Arrays.asList((String) null), speakers("Rob Partridge worked with Bob Marley from 1977.\n\nMarley was "
                + "one of the most mesmeric people I've ever worked with. \"He must have had an iron will to succeed.\""));
        assertEquals(List.of("Bob Marley"), speakers("Rob Partridge worked with Bob Marley from 1977.\n\nMarley was one of "
                + "the most mesmeric people of his time. \"He must have had an iron will to succeed.\""));
    }

    @Test
    void aHeadingOrATurnOfEventsSaysNothingAndIsNoHeOrShe() {
        // a section's heading before a colon: no one's words, and the "she" after it is the woman the story is about
        assertEquals(Arrays.asList(null, "Sarah Chamberlain"), speakers("Sarah Chamberlain runs the group.\n\n"
                + "A closer look at Women2Women: \"The best part of my job\"\n\nIt is Chamberlain's latest initiative.\n\n"
                + "\"This is the best part of my job,\" she told reporters."));
        assertEquals(Arrays.asList((String) null), speakers("The vote is in June. The proposed question for the referendum "
                + "is: \"Should the United Kingdom approve the treaty?\""));
        assertTrue(Subjects.namesNoOne("The upshot"));
        assertTrue(Subjects.namesNoOne("A closer look"));
        assertFalse(Subjects.namesNoOne("one source in the room"));
        assertFalse(Subjects.namesNoOne("the spokesman"));
        // the head before what qualifies it: a person, not the talks; the secretary, not the state
        assertEquals("person", Subjects.descriptionHead("a person familiar with the talks"));
        assertEquals("secretary", Subjects.descriptionHead("the secretary of state"));
        assertFalse(Subjects.notHeOrShe("a person familiar with the talks"));
        assertTrue(Subjects.notHeOrShe("The first part of the speech"));
    }

    @Test
    void aNameAfterAPrepositionIsNoPartOfTheSubjectBeforeIt() {
        // "on" is no role before a name, as "director" is in "communication director Jennifer Palmieri"
        assertEquals(List.of("Betsy DeVos"), speakers("Education Secretary Betsy DeVos doubled down on President Donald "
                + "Trump's insistence that kids can safely return.\n\n\"There's nothing in the data,\" she told Fox News."));
    }

    @Test
    void aSpeechVerbThatOpensTheSentenceComesBeforeItsSpeaker() {
        assertEquals(List.of("a GOP lawmaker"), speakers("Added a GOP lawmaker: \"The shelf life of a former anything in "
                + "Congress is about 30 minutes.\""));
        assertEquals(List.of("Bob Corker"), speakers("Sen. Bob Corker spoke first.\n\nAdded Corker: \"The very people who "
                + "are calling for more amendments blocked them.\""));
        assertEquals(List.of("Brandon Dillon"), speakers("Brandon Dillon leads the party.\n\nSays Michigan party leader "
                + "Mr. Dillon: \"Everyone needs to take a deep breath.\""));
    }

    @Test
    void aNameWithItsAsideBeforeAVerbIsItsSubjectNotAnInversion() {
        // "…, called Paducah “…”": the name after the verb is the one called so; the subject before it speaks
        assertEquals(List.of("Ruth Okafor", "Ruth Okafor"), speakers("Ruth Okafor, senior vice president of the Harbour "
                + "Council, called Millbrook \u201Cthe heart of the river trade.\u201D\n\n"
                + "\u201CHalf the barge operators have offices there,\u201D she told reporters."));
        assertEquals(List.of("Howard Dean"), speakers("Howard Dean spoke on Monday.\n\nDean, a former governor, called "
                + "Cruz \u201Ca slick spokesman.\u201D"));
        // an opening adverb and its comma are no name with an aside: "…, says Rick Nelson" is still inverted (and the
        // sentence it closes, "hard" with it, is his)
        assertEquals(List.of("Rick Nelson", "Rick Nelson"), speakers("True, such raids are \u201Chard\u201D in any case, says Rick "
                + "Nelson, a fellow at the institute. \u201CThey are kept in protected places,\u201D he says."));
    }

    @Test
    void aQuotationClosedWithTwoSingleMarksHasItsCueAfterIt() {
        assertEquals(List.of("Lena Marsh", "Lena Marsh"), speakers("Lena Marsh spoke in Ohio. \u201CWe are not going to "
                + "send checks abroad,\u2019\u2019 Marsh said. \u201CWe are not going to bail out the banks.\u2019\u2019\n\n"
                + "She said growth was the answer."));
        assertEquals(List.of("Dale Shumway"), speakers("Dale Shumway spoke last week. \"We knew this was an uphill "
                + "fight,'' Shumway said."));
    }

    @Test
    void anOwnersRoleAndNameIsTheSubjectBeforeItsAside() {
        assertEquals(List.of("Ilona Varga"), speakers("Hungary\u2019s parliamentarian Ilona Varga, also known by her "
                + "stage name, said the vote was \u201Ca farce.\u201D"));
        assertEquals(List.of("Lin Songwei"), speakers("Lin Songwei, China\u2019s ambassador to South Africa, said: "
                + "\"The epidemic did not begin here.\""));
        assertEquals(List.of("Seth W. Stoughton"), speakers("That\u2019s why Seth W. Stoughton, a law professor at the "
                + "state university, calls the idea \u201Cthe most problematic aspect of modern policy.\u201D"));
    }

    @Test
    void aPersonAWhoClauseIntroducesIsWhomAPronounAfterItMeans() {
        // a sentence about something else introduces the person: "… like Janice Adkison, 52, of Florida, who said"
        assertEquals(List.of("Janice Ardley"), speakers("Senator Paul Romer had an effective night.\n\nThat was enough "
                + "for supporters like Janice Ardley, 52, of Florida, who said she has had to warm to Romer.\n\n"
                + "\"My husband and I both had reservations,\" she said."));
        // the person by the full name the clause gives, not another of that surname
        assertEquals(List.of("Quincy Mertz"), speakers("Singer Nora Mertz won two awards.\n\nAmong the tributes was one "
                + "from his friend, the producer Quincy Mertz, who described him as a brother. \"There will never be another "
                + "musician like him,\" he said."));
        // a sentence with a subject of its own keeps it: "Biden said … about Warren, who suggested …"
        assertEquals(List.of("Joe Bidwell"), speakers("Joe Bidwell spoke at the town hall.\n\nBidwell said the "
                + "attacks came from Ellen Warrick, who suggested he is in the wrong party. \"It's not about her,\" he "
                + "added."));
    }

    @Test
    void aNameAfterAParticipleAfterTheQuotationIsItsObject() {
        // "…," saying Mr. Issa …: whom the speaker spoke of, not who spoke; the sentence's subject did
        assertEquals(List.of("Ann Holt", "Ray Lamb"), speakers("In a statement, Senator Ann Holt portrayed the vote as "
                + "\u201Cpolitical theater,\u201D saying Mr. Issa was trying to provoke a fight.\n\nGovernor Ray Lamb "
                + "praised the plan as \u201Ca fine start,\u201D calling Senator Joan Pike a partner."));
    }

    @Test
    void anOccupationBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("Amani Otieno", "Dana Keller", "Joe Bright"), speakers("Kenyan writer Amani Otieno saw it "
                + "as an insult, saying: \"We are not your props.\"\n\n\"It was a long night,\" Singer Dana Keller said."
                + "\n\nRapper Joe Bright said the show was \"a mess.\""));
        // a surname that is also an occupation stays one after a first name
        assertEquals(List.of("Mark Singer"), speakers("\"It was a long night,\" said Mark Singer, a writer."));
        assertEquals(List.of("Dana Bash"), speakers("\"Who would you pick?\" asked Moderator Dana Bash."));
        assertEquals(List.of("Paula Duncan", "Paula Duncan"), speakers("Juror Paula Duncan said: \"It was hard.\"\n\n"
                + "\"We did our best,\" Duncan said."));
    }

    @Test
    void aNameGivenToAThingIsNoQuotation() {
        // a group called "…", a report titled "…": the name something goes by, which nobody says
        assertEquals(List.of(), texts("Marta Quill posted in a group called \u201CThe Plain Folks,\u201D with a photo. "
                + "She is soon expected to release a report titled \"No Ceiling,\" part of a series."));
        // what someone called it is what they said
        assertEquals(List.of("Armageddon."), texts("In 2010, Senator Tom Rusk began preparing for what an aide called "
                + "\u201CArmageddon.\u201D"));
    }

    @Test
    void aColonCueBeforeAQuotedSentenceWinsOverTheNextSentence() {
        // "He added: "…." Lawyer Louise Crane, who …, said …": the next sentence is someone else's
        assertEquals(List.of("Azmat Bell"), speakers("Azmat Bell thanked his lawyers. He added: \"If they have done "
                + "something wrong, of course they should be punished.\" Lawyer Louise Crane, who represents Mr Abbas, "
                + "said the case was over."));
    }

    @Test
    void aNameALabelEndsOnAfterAPrepositionIsNoSpeaker() {
        // "… a declaration about involvement in Syria:": the place is what it is about; the sentence's subject speaks
        assertEquals(List.of("Harlan Voss"), speakers("In December, President Harlan Voss made an extraordinary "
                + "declaration about involvement in Syria: \u201CWe have won. Now it is time to come home.\u201D"));
        assertEquals(List.of("Tamsin Kerr"), speakers("Reporter Tamsin Kerr summed it up this way on Twitter: "
                + "\"The talks were productive.\""));
    }

    @Test
    void aSentenceMayOpenWithOneLeadingPhraseAfterAnother() {
        // the subject after "Earlier this month, when …," is the one "she" refers to, not the president named before
        assertEquals(List.of("Nora Lindqvist", "Nora Lindqvist"), speakers("And then, tomorrow, President Harlan Voss will "
                + "sign it into law.\n\nEarlier this month, when a previous version of the bill passed in the Senate, "
                + "Nora Lindqvist, the minority leader, declared that it was the end. \"It is the end of the world,\" she "
                + "said, singling out one clause. \"This is Armageddon.\""));
    }

    @Test
    void aPublicationNamedTodayIsASource() {
        assertEquals(List.of("USA Today"), speakers("According to USA Today, \"the Senate is expected to vote on the "
                + "package next week.\""));
        assertEquals(List.of("USA Today"), speakers("USA Today reported that \"the federal exchange was built in haste.\""));
        assertEquals(List.of("L.A. Times"), speakers("According to the L.A. Times, several staffers were upset by the "
                + "remark, which they interpreted as having a \"racially insensitive layer.\""));
    }

    @Test
    void aHyphenedTitleIsNoPartOfTheName() {
        assertEquals(List.of("Giorgi Kvirikashvili"), speakers("\"We should respond with positive deeds,\" "
                + "PM-designate Giorgi Kvirikashvili said."));
        assertEquals(List.of("Mike Pence"), speakers("\"We will respond,\" Vice-President Mike Pence said."));
        assertEquals(List.of("Ilhan Omar"), speakers("\"We will respond,\" Rep.-elect Ilhan Omar said."));
        assertEquals(List.of("Alexandria Ocasio-Cortez"), speakers("\"We will respond,\" Rep. Alexandria Ocasio-Cortez said."));
        assertEquals(List.of("Kellyanne Conway"), speakers("\"We will respond,\" White House Counselor Kellyanne Conway said."));
    }

    @Test
    void aProgrammeSomeoneToldOrSpokeOnIsNoQuotationAndTheyGoOnSpeaking() {
        assertEquals(List.of("We'll see,"), texts("\"We'll see,\" White House Chief of Staff Mick Mulvaney told "
                + "\"Fox News Sunday.\""));
        assertEquals(List.of(), texts("Rep. Trey Gowdy told Fox News' \"America's Newsroom\" that he "
                + "will need access."));
        assertEquals(List.of("You asked me a question. I would say no."), texts("Acting chief of staff Mick Mulvaney said "
                + "this on NBC's \"Meet the Press\" Sunday:\n\n\"You asked me a question. I would say no.\""));
        assertEquals(List.of("Mick Mulvaney"), speakers("Acting chief of staff Mick Mulvaney said this on NBC's \"Meet the "
                + "Press\" Sunday:\n\n\"You asked me a question. I would say no.\""));
        // a time spent on a programme: "his time on “…”"
        assertEquals(List.of(), texts("She said there are tapes of what he said during his time on \u201CThe Celebrity "
                + "Apprentice.\u201D"));
    }

    @Test
    void aGroupNamedByItsNationalityOrBodyIsTheWholeGroup() {
        assertEquals(List.of("French officials"), speakers("French officials said, \"We are ready to act.\""));
        assertEquals(List.of("Belgian federal police"), speakers("Belgian federal police asked the public, \"Who "
                + "recognizes this man?\""));
        assertEquals(List.of("the U.S. Chamber of Commerce"), speakers("\"We oppose the plan,\" the U.S. Chamber of Commerce "
                + "said in a statement."));
        assertEquals(List.of("FBI investigators"), speakers("FBI investigators had concluded it was \"reasonably likely\" "
                + "that foreign nations had gained access."));
    }

    @Test
    void aDescribedSpeakerEndsBeforeAParticipleWithItsObject() {
        assertEquals(List.of("A man"), speakers("A man wearing a red hat said, \"We will win.\""));
        assertEquals(List.of("The lawyer"), speakers("The lawyer representing the family said the ruling was \"a disgrace.\""));
        assertEquals(List.of("The ruling party"), speakers("The ruling party said, \"We will win.\""));
    }

    @Test
    void aSecretaryOfADepartmentIsTheSubjectAndTheDepartmentNoPartOfTheName() {
        assertEquals(List.of("Mark Esper", "Chad Wolf"), speakers("Secretary of Defense Mark Esper broke with the president "
                + "on the issue.\n\n\"We are not in one of those situations now,\" he told reporters.\n\nActing Secretary of "
                + "Homeland Security Chad Wolf defended the moves.\n\n\"We took the right action,\" he told reporters."));
        assertEquals(List.of("Murray Energy"), speakers("\"We will rebuild the mine,\" Murray Energy said in a statement."));
    }

    @Test
    void aSpeechVerbLedIntoByToOrOfHasTheSubjectBeforeTheLeadIn() {
        String before = "Hillary Clinton has told friends how campaigns are won.\n\n";
        assertEquals(List.of("Hillary Clinton"), speakers(before + "\"They beat you,\" she likes to say."));
        assertEquals(List.of("Hillary Clinton"), speakers(before + "\"They beat you by going after your strengths,\" she is "
                + "fond of saying, according to one longtime aide."));
        assertEquals(List.of("Hillary Clinton"), speakers(before + "\"They beat you,\" Clinton was quick to add."));
    }

    @Test
    void aNameAfterAParticipleIsItsObjectNotItsSpeaker() {
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump spoke on Monday. Maxine Waters had spoken "
                + "on Sunday.\n\nTrump fired back on Monday, calling Waters \"an extraordinarily low IQ person.\""));
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump spoke on Monday. Chief Justice John Roberts "
                + "had spoken on Sunday.\n\nTrump responded, saying Roberts \"can say what he wants.\""));
    }

    @Test
    void anAndOrButOpeningTheSentenceIsNoSecondSubject() {
        assertEquals(List.of("New York Times"), speakers("Talks stalled again. And as The New York Times has noted, \"The "
                + "health law is not negotiable for the president.\""));
        assertEquals(List.of("Sam Slom"), speakers("The mistake was huge.\n\nBut as former Hawaii state senator Sam Slom "
                + "once observed to me, \"No state worker on Hawaii ever gets fired.\""));
    }

    @Test
    void cueBeforeWithTitlesAndAppositives() {
        assertEquals(List.of("Dmitry Peskov"), speakers("Kremlin spokesperson Dmitry Peskov said on Wednesday that such a mission would be \"reckless.\""));
        assertEquals(List.of("Hugh Hill"), speakers("Hugh Hill, a doctor, said the plan was \"dangerous and cruel.\""));
        assertEquals(List.of("Sergey Lavrov"), speakers("Russian Foreign Minister Sergey Lavrov warned that \"a direct clash should not take place.\""));
    }

    @Test
    void anAgeBetweenCommasIsNoSpeaker() {
        assertEquals(List.of("Madeline Sweitzer"), speakers("At a meet-and-greet in Washington, Madeline Sweitzer, 24, called 2020 "
                + "\"probably the most important presidential election of our lifetime.\""));
        assertEquals(List.of("Henry Gibbs"), speakers("Another student, Henry Gibbs, 10, said: \"Just the sensation that we are "
                + "going to make a difference makes me feel proud.\""));
    }

    @Test
    void theConnectiveThatOpensASentenceIsNoPartOfTheSpeakersName() {
        assertEquals(List.of("the American Civil Liberties Union"), speakers("As the American Civil Liberties Union noted in "
                + "its brief, the rule is \"unconstitutional on its face.\""));
        assertEquals("So Yeon Kim", SpeakerChecks.withoutConnective("So Yeon Kim"));
    }

    @Test
    void anOwnersApostropheIsNoPartOfTheSpeakersName() {
        // an s-final name's possessive leaves a bare apostrophe after the name: the owner speaks, under their name
        assertEquals(List.of("Mitch Ivers"), speakers("Mitch Ivers' withering notes - such as \"unclear, unfunny, delete\" - "
                + "were seen in court documents."));
        assertEquals(List.of("Ralph Peters", "Ralph Peters"), speakers("Col. Ralph Peters’ charge that Obama’s “hasty retreat "
                + "from Iraq” is his “number-one strategic failure” drew agreement."));
        // a description's owner too; a name's "'s" ("McDonald's") and a contraction's ("it's") stay
        assertEquals("The president", SpeakerChecks.withoutOwnersMark("The president’s"));
        assertEquals("McDonald's", SpeakerChecks.withoutOwnersMark("McDonald's"));
        assertEquals("That's why it's", SpeakerChecks.withoutOwnersMark("That's why it's"));
    }

    @Test
    void thePresidentCalledBySurnameIsNotTheFirstLadyNamedInFull() {
        String text = "President Trump spoke at a rally on Tuesday, joined by first lady Melania Trump.\n\n"
                + "\"We are going to win so much,\" Trump said.\n\n"
                + "\"I am proud of my husband,\" Mrs. Trump said.\n\n"
                + "\"It was a great night,\" Mr. Trump told reporters.\n\n"
                + "\"Thank you all,\" he said.";
        // "Trump" stays a surname: the story never gives the president's first name (the archive's merge does)
        assertEquals(List.of("Trump", "Melania Trump", "Trump", "Trump"), speakers(text));
        // named in full, the president is the surname's person again. ("Mrs. Trump" is then his too: without the
        // sexes of first names, a title picks a relative only where the surname would otherwise stay bare; tried
        // more widely, "Mrs. Clinton" became the Clintons' daughter and "Mrs. Romney" Mitt Romney's mother)
        List<String> named = speakers(text.replace("President Trump spoke", "President Donald Trump spoke"));
        assertEquals(List.of("Donald Trump", "Donald Trump", "Donald Trump"), List.of(named.get(0), named.get(2), named.get(3)));
    }

    @Test
    void aClauseThatAndOrButOpensWithItsOwnSubjectIsThatSubjects() {
        assertEquals(List.of("Chuck Schumer"), speakers("Sen. Chuck Schumer spoke. Democrats want another hearing, and "
                + "Schumer warned on Wednesday that they will force “extensive debate.”"));
        assertEquals(List.of("Mick Mulvaney"), speakers("Trump promised Mexico would pay, but Mick Mulvaney said on Thursday "
                + "that “the source of funds is up to the president.”"));
        // without a subject of its own, the clause goes on with the sentence's
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump criticised the senator, and has referred to her as "
                + "“Pocahontas” for years."));
    }

    @Test
    void aReportingClauseBeforeAddingNamesWhoAdds() {
        assertEquals(List.of("Nicholas Poehl"), speakers("Pagourtzis has told the police little about the shooting, his "
                + "attorney, Nicholas Poehl, said, adding: “Honestly, I don’t have a lot on that.”"));
        assertEquals(List.of("Adam Schiff"), speakers("Rep. Adam Schiff dismissed the claim. The talks were over, Schiff said, "
                + "adding \"it is for a reason.\""));
        // a source's "said", then "saying": the sentence's subject says it
        assertEquals(List.of("Tulsi Gabbard"), speakers("Rep. Tulsi Gabbard and her campaign dropped the suit, Reuters said, "
                + "saying they \"remain certain of the action's legal merit\" for now."));
    }

    @Test
    void whomASpeakerToldIsNotTheSpeaker() {
        assertEquals(List.of("Lena Brandt", "Lena Brandt"), speakers("“The port cannot wait,” Lena Brandt, the union's "
                + "treasurer, told Harbor Radio. “Every week of closure costs us members.”"));
        assertEquals(List.of("Paul Okun"), speakers("“We will appeal,” said Paul Okun, the transport minister."));
    }

    @Test
    void anAdverbOrAnAuxiliaryBeforeTheVerbIsNeverTheSpeaker() {
        assertEquals(List.of("Jesse Thomas"), speakers("“Anything in the news gets a response,” Jesse Thomas, the acting chief "
                + "executive of Crowdpac, recently told me."));
        assertEquals(List.of("Lee Bright"), speakers("Another opponent, state Sen. Lee Bright, also blasted the deal: “We surrendered again.”"));
        assertEquals(List.of("Zahra Eshraghi"), speakers("Zahra Eshraghi, a granddaughter of the founder, has testified: "
                + "“I must have permission from my husband.”"));
        assertEquals(List.of("Brad Jacobsen"), speakers("State Rep. Brad Jacobsen, who sponsored the bill, and state Sen. Darwin "
                + "Booher, sponsor of the other, both said they were \"disappointed\" by the veto."));
        assertEquals(List.of("The attorney for the city"), speakers("The attorney for the city, meanwhile, argued that such breaks "
                + "\"are entirely permissible,\" as the language is absent."));
        // a pronoun with an adverb is still a pronoun; a described speaker ends before the adverb
        assertEquals(List.of("Ana Markovic", "Ana Markovic"), speakers("Mayor Ana Markovic closed the bridge.\n\n"
                + "“It was not safe,” she recently told reporters. “Nobody should cross it,” she added."));
        assertEquals(List.of("the president"), speakers("But the president bluntly said the report was \"fake news.\""));
        assertEquals(List.of("Ana Markovic"), speakers("Mayor Ana Markovic closed the bridge.\n\n“It was not safe,” she’d tell reporters."),
                "a pronoun with its auxiliary joined on is the pronoun");
    }

    @Test
    void whichAndThatOnlyPointBackAndNameNobody() {
        List<String> found = speakers("Mayor Ana Markovic spoke at the funeral. \"She was right,\" Markovic said, adding that, "
                + "\"He was doing what he was trained to do.\"\n\nThe council published a report, which argues that the city is "
                + "\"out of money and out of time.\"");
        assertEquals("Ana Markovic", found.get(1), "\"adding that\": the speaker of the sentence, not \"that\"");
        assertEquals(false, found.contains("which"), found.toString());
        assertEquals(false, found.contains("that"), found.toString());
    }

    @Test
    void pronounsGoToThePersonNamedBeforeWithMatchingPronouns() {
        String text = "Mayor Ana Markovic closed the bridge. She said her team had no choice.\n\n"
                + "Engineer Samuel Achebe inspected it. He said his findings were clear.\n\n"
                + "“These are not hairline cracks,” he said.\n\n"
                + "“I will not ask anyone to drive across,” she said.";
        assertEquals(List.of("Samuel Achebe", "Ana Markovic"), speakers(text));
    }

    /**
     * "According to" after a quotation names its source only when the sentence names no speaker: the one who said it
     * comes first, as the outlet that reported it does not speak.
     */
    @Test
    void aSourceAfterTheQuotationYieldsToTheSpeakerTheSentenceNames() {
        String text = "The crowd gathered outside the hall.\n\n"
                + "Mikhail Ulyanov said, “The removal has not yet begun,” according to the news agency.\n\n"
                + "The agent read the reports and remarked, “I have to report this,” according to the book.\n\n"
                + "Harassment is against the law. “It is illegal to harass a woman,” according to the Equal Employment Opportunity Commission.";
        assertEquals(List.of("Mikhail Ulyanov", "The agent", "the Equal Employment Opportunity Commission"), speakers(text));
    }

    /**
     * A phrase set off by commas between a subject and its speech verb is an aside, not the start of the sentence; so
     * is a party and state after a name, even when no comma closes it ("Sen. Elizabeth Warren, D-Mass. tweeted").
     */
    @Test
    void anAsideBetweenTheSubjectAndItsVerbLeavesTheSubjectSpeaking() {
        String text = "The judge ruled on Monday.\n\n"
                + "The White House, in a statement, said the ruling was “yet one more example of egregious overreach.”\n\n"
                + "In Austin, the governor said: “We will appeal.”\n\n"
                + "Sen. Elizabeth Warren, D-Mass. tweeted: “This ruling will not stand.”";
        assertEquals(List.of("The White House", "the governor", "Elizabeth Warren"), speakers(text));
    }

    /**
     * Unnamed sources that open their sentence: a group named by what it is ("Officials said"), capitalised only
     * because the sentence starts there, and a described one counted ("One kid said"), not its count alone.
     */
    @Test
    void groupsAndCountedSourcesThatOpenTheSentenceSpeak() {
        String text = "The students were asked about the holiday.\n\n"
                + "Officials said: “It is not going to happen.”\n\n"
                + "One kid said: “I think that Thanksgiving has been misconstrued a lot.”";
        assertEquals(List.of("Officials", "One kid"), speakers(text));
    }

    /**
     * A relative clause with a subject of its own ("who he said", "whom she called") is that subject's words about the
     * one named before it: the pronoun speaks, not the name the clause hangs on.
     */
    @Test
    void aRelativeClauseWithItsOwnSubjectQuotesThatSubject() {
        String text = "Senator Patrick Leahy said he would reintroduce the bill and name it for John Lewis, who he described as “my hero.”\n\n"
                + "At the rally, Esaw Garner thanked the crowd for supporting her husband, Eric Garner, who she said was “just a good guy.”";
        assertEquals(List.of("Patrick Leahy", "Esaw Garner"), speakers(text));
    }

    /**
     * "who said" refers to the name right before it when a verb or a preposition takes that name ("drew scrutiny from
     * President Trump, who said"), but not when the name ends a description set off by commas ("Josh Holmes, a former
     * aide to Senator Mitch McConnell, who added"); a described source can be the relative's own subject too.
     */
    @Test
    void whoSaidRefersToTheNameItFollowsUnlessADescriptionEndsInIt() {
        String text = "The arrest drew scrutiny on social media, even from President Donald Trump, who said “Border Coyotes are treated better.”\n\n"
                + "“The party is still in opposition,” said Josh Holmes, a former aide to Senator Mitch McConnell, who added, “It cannot break the fever.”\n\n"
                + "Reporters soured on John Kelly, who one longtime confidant said “trusted the Pentagon press corps.”";
        assertEquals(List.of("Donald Trump", "Josh Holmes", "Josh Holmes", "one longtime confidant"), speakers(text));
    }

    /**
     * A phrase that fronts whom the sentence is about ("Of Obama, he said") does not name who "he" is: a pronoun cannot
     * be the name its own clause fronts. "Of course" fronts nothing, and the name after it stays the sentence's subject.
     */
    @Test
    void aNameFrontedByOfIsNotWhoThePronounIs() {
        String text = "Donald Trump spoke about President Barack Obama in New York on Thursday.\n\n"
                + "Of Obama, he said, “I want him to do well.”\n\n"
                + "Cate Blanchett won for playing Katharine Hepburn. Of Hepburn, she said: “Her career is inspiring.”\n\n"
                + "Of course Dick Cheney had voted against the bill, and he defended it in 2000, telling ABC: “I have no problem with it.”";
        assertEquals(List.of("Donald Trump", "Cate Blanchett", "Dick Cheney"), speakers(text));
    }

    /**
     * A quotation split by its cue ("The plan is “dead on arrival,” said Sen. Mitch McConnell, “and everyone knows it.”")
     * is one speaker's on both sides, though the sentence opens with another subject; and a "that" clause with a
     * subject of its own quotes that subject ("a move that critics said “normalized” Trump", "Comey wrote that Trump
     * said Flynn had “serious judgment issues”"), as does a "which" clause ("CBS News, which a former employee described
     * as a “…”").
     */
    @Test
    void theSpeakerOfASplitQuotationOrOfAThatClauseSpeaks() {
        assertEquals(List.of("Mitch McConnell", "Mitch McConnell"),
                speakers("The plan is “dead on arrival,” said Sen. Mitch McConnell, “and everyone knows it.”"));
        assertEquals(List.of("critics"), speakers("Mr. Fallon came under fire for an interview with the president, a move that critics "
                + "said “normalized” him."));
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump fired James Comey in May.\n\n"
                + "In one memo, Comey wrote that Trump said Michael Flynn had “serious judgment issues.”"));
        // a relative clause whose own subject is someone described: that one, not the body the clause is about
        assertEquals(List.of("a former female employee"), speakers("The report indicts the broader culture at CBS — "
                + "particularly CBS News — which a former female employee described as a \u201Cfrat house.\u201D"));
        assertEquals(List.of("the investigators"), speakers("The report contrasts its record with that of the Defense "
                + "Department, which the investigators said \u201Cheld military commanders accountable.\u201D"));
        assertEquals(List.of("one bureau agent"), speakers("The government released the field notes in which one bureau "
                + "agent asked whether it was their goal to get Flynn \u201Cto lie.\u201D"));
        // a partial quotation closed by "he told", "she says": the cue, not the sentence's own subject
        assertEquals(List.of("Vladimir Putin"), speakers("Russian President Vladimir Putin rounded on US critics of his summit.\n\n"
                + "Certain forces in the US wanted to sacrifice ties for their “narrow party interests”, he told a meeting of diplomats."));
    }

    /**
     * Cues that ran long: a company named like a person in a title's aside ("Robert Murray, CEO of Murray Energy, …
     * said"), a title held before ("said then-Gov. Jim Doyle") closing a partial quotation, a name that the 80 chars
     * after the verb cut through ("… speechwriter Hendrik Hertzberg"), and a verb-first name followed by where, when or
     * to whom ("said Obama in Los Angeles … at the home of … Peter Chernin", "said … Emily Wilkins to … Julián Castro").
     */
    @Test
    void longCuesStillNameTheirSpeakerWhole() {
        assertEquals(List.of("Robert Murray"),
                speakers("Robert Murray, CEO of Murray Energy, the largest private US coal company, has asked Trump to “temper his expectations.”"));
        assertEquals(List.of("James Clapper"),
                speakers("Director of National Intelligence James Clapper said the plan would “temper expectations.”"));
        assertEquals(List.of("Jim Doyle"), speakers("When signed into law in 2008, it had grand goals. It was intended to make "
                + "“health care in Wisconsin a birthright, not a ticket to bankruptcy,” said then-Gov. Jim Doyle, a Democrat."));
        assertEquals(List.of("Hendrik Hertzberg"), speakers("“Obama is much luckier than Carter,” said longtime New Yorker political "
                + "correspondent and former Carter speechwriter Hendrik Hertzberg."));
        assertEquals(List.of("Obama"), speakers("“I have run my last campaign,” said Obama in Los Angeles on June 7 at the home of "
                + "former News Corp president Peter Chernin."));
        assertEquals(List.of("Emily Wilkins"), speakers("“My house is in the flood zone,” said retired middle school teacher Emily "
                + "Wilkins to former Housing and Urban Development Secretary Julián Castro."));
        assertEquals(List.of("Corey Lewandowski"), speakers("“It was a mistake,” said former campaign manager Corey Lewandowski to reporters."));
        // someone described by whom they serve or are close to, and what they spoke of after it
        assertEquals(List.of("a former senior adviser to McCain", "a former senior adviser to McCain"),
                speakers("“It’s just classless,” said a former senior adviser to McCain of the endorsement, predicting it would "
                        + "backfire. “It’s undermining to a key Trump message.”"));
        assertEquals(List.of("A source close to Johnson"), speakers("A source close to Johnson said he was “furious” about the leak."));
    }

    /**
     * A full name's owner, then a noun for who speaks for them ("Donald Trump's lawyer said", "President Fidel Castro's
     * chief aide said"): that one speaks, not the owner, as with a surname alone ("Trump's lawyer"). What the owner
     * wrote ("Donald Trump's statement said") is still theirs, and a description set off by commas after a name is who
     * that person is ("Michael Cohen, President Donald Trump’s former personal lawyer, said").
     */
    @Test
    void anOwnersLawyerOrAideSpeaksNotTheOwner() {
        assertEquals(List.of("Donald Trump's lawyer"), speakers("Donald Trump's lawyer said the case was “weak”."));
        assertEquals(List.of("President Fidel Castro's chief aide"),
                speakers("In a live broadcast, President Fidel Castro's chief aide said it was needed to fight “economic aggression”."));
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump's statement said the case was “weak”."));
        assertEquals(List.of("Michael Cohen"),
                speakers("Michael Cohen, President Donald Trump’s former personal lawyer, said he acted “at the direction of” Trump."));
        // after the quotation, the verb first: the one who speaks for the owner, by name when an aside gives it
        assertEquals(List.of("Donald Trump's lawyer"), speakers("“The case is weak,” said Donald Trump's lawyer."));
        assertEquals(List.of("Rudy Giuliani"), speakers("“The case is weak,” said President Donald Trump's lawyer, Rudy Giuliani."));
        assertEquals(List.of("Donald Trump"), speakers("“The case is weak,” said Donald Trump's statement."));
    }

    /**
     * A sentence that ends by naming who its subject is ("One person who plans to stay in town is Boehner.") is about
     * that person: a "he" after it is Boehner, not the last person a sentence opened with.
     */
    @Test
    void aNameTheSentenceEndsWithAfterIsOrWasIsWhomAPronounAfterItMeans() {
        String text = "Sen. Tom Coburn said the talks were stalled. “We have no deal,” Coburn said.\n\n"
                + "The House will leave for the weekend, prompting House Speaker John Boehner to hold the line.\n\n"
                + "One person who plans to stay in town, however, is Boehner.\n\n"
                + "“I'll be here,” he told reporters.";
        assertEquals(List.of("Tom Coburn", "John Boehner"), speakers(text));
        String subjectFirst = text.replace("One person who plans to stay in town, however, is Boehner.", "Coburn plans to stay in town.");
        assertEquals(List.of("Tom Coburn", "Tom Coburn"), speakers(subjectFirst));
        String leadingPhrase = text.replace("One person who plans to stay in town, however, is Boehner.", "Among those staying was Boehner.");
        assertEquals(List.of("Tom Coburn", "John Boehner"), speakers(leadingPhrase));
    }

    /**
     * A sentence whose subject is no person and that ends by introducing one, a full name and what they are, is how
     * the news introduces whom it quotes next: a "he" right after it is that person, not the person the sentence's
     * leading clause names. Not when the name ends a list, when a verb follows it, or when the sentence is not right
     * before the quotation.
     */
    @Test
    void aPersonASentenceEndsByIntroducingIsWhomAPronounRightAfterItMeans() {
        String text = "Barack Obama spoke in Miami.\n\n"
                + "While Obama had artists writing songs about him, that has not been happening for Clinton, which is "
                + "something that concerns Henry Crespo, president of the Florida Democratic Black Caucus.\n\n"
                + "“No one is writing songs for Hillary,” he said.";
        assertEquals(List.of("Henry Crespo"), speakers(text));
        assertEquals(List.of("Barack Obama"), speakers(text.replace("Henry Crespo, president of", "Henry Crespo and the")),
                "no description after the name: no introduction");
        assertEquals(List.of("Barack Obama"), speakers(text.replace("concerns Henry Crespo, president of the Florida Democratic Black Caucus.",
                "concerns Henry Crespo, the singer Ana Ruiz, and Mary Ford, a dancer.")), "the last of a list");
        assertEquals(List.of("Barack Obama"), speakers(text.replace("\n\n“No one", " The vote is close.\n\n“No one")),
                "another sentence comes between");
        String named = "The measure drew a rebuke from Jeanne Mancini, president of March for Life.\n\n“It is wrong,” she said.";
        assertEquals(List.of("Jeanne Mancini"), speakers("Nancy Pelosi spoke first. " + named));
        String verbAfter = "Mark Sanford spoke.\n\nHis betrayal of his wife, the first lady Jenny Sanford, left him alone.\n\n“I ask for a second chance,” he told reporters.";
        assertEquals(List.of("Mark Sanford"), speakers(verbAfter));
    }

    /**
     * A paragraph that is one quotation with no cue of its own, after a paragraph of prose that ends on what one person
     * did, is that person's, as the news quotes whom it has just described. Not after a credit line or a heading, not
     * when the sentence names two people or opens with a pronoun, and not for a paragraph left open.
     */
    @Test
    void aParagraphThatIsOneQuotationIsThePersonsTheParagraphBeforeEndsOn() {
        String text = "Marco Rubio met students on Wednesday.\n\n"
                + "Ashley Kurth, a Republican teacher who protected 60 people in her classroom, questioned Rubio about arming teachers.\n\n"
                + "“Am I supposed to get extra training now to serve and protect?”\n\n"
                + "Rubio responded that the idea was wrong.";
        assertEquals(List.of("Ashley Kurth"), speakers(text));
        assertEquals(List.of("Ben Friedman"), speakers("The Pentagon has had years of plenty.\n\n"
                + "Automatic cuts might even be good, said Ben Friedman.\n\n“We need bigger cuts in the defense budget.”"));
        assertEquals(java.util.Collections.singletonList(null), speakers(text.replace("questioned Rubio about arming teachers.",
                "questioned Rubio about arming teachers")), "no sentence ends the paragraph before: a heading or a credit line");
        assertEquals(java.util.Collections.singletonList(null), speakers(text.replace("Ashley Kurth, a Republican teacher who",
                "Republicans welcomed the plan, with Ashley Kurth, who")), "the sentence is not about her");
        assertEquals(java.util.Collections.singletonList(null), speakers(text.replace("Ashley Kurth, a Republican teacher who protected",
                "He said Ashley Kurth, who protected")), "a pronoun is the sentence's subject");
    }

    /**
     * A partial quotation inside a sentence, then someone described and a speech verb ("…will “undermine U.S.
     * interests,” the 58 ex-officials wrote"), is the described source's, as a name there would be: not the sentence
     * subject's, which here is no one ("Diverting funds").
     */
    @Test
    void aDescribedSourceAfterAPartialQuotationSpeaks() {
        assertEquals(List.of("the 58 ex-officials"), speakers("The wall\n\nDiverting funds to the project will \u201cundermine "
                + "U.S. national security,\u201d the 58 ex-officials wrote in the letter."));
        assertEquals(List.of("the mayor"), speakers("Rules\n\nSummonses will only be issued in \"egregious circumstances,\" the mayor said."));
        assertEquals(List.of("officials"), speakers("Rules\n\nThe funds will \"hurt us,\" officials said."));
        assertEquals(List.of("Donald Trump"), speakers("Rules\n\nDonald Trump called the inquiry \"a hoax,\" the latest "
                + "attack said to anger his allies."), "no noun for a person before the verb: the sentence's subject");
    }

    /**
     * Someone described who opens a subordinate clause right before its speech verb ("when a Pentagon spokesperson
     * told reporters that …") says the quotation, not the sentence's subject; a name there already did.
     */
    @Test
    void aDescribedSourceOpeningTheClauseOfTheVerbSpeaks() {
        String text = "Korea\n\nBut the danger felt real when a Pentagon spokesperson told reporters that the military was "
                + "\u201cready to fight tonight\u201d in May.";
        assertEquals(List.of("a Pentagon spokesperson"), speakers(text));
        assertEquals(List.of("John Smith"), speakers(text.replace("a Pentagon spokesperson", "John Smith")));
        assertEquals(List.of("the danger"), speakers(text.replace("a Pentagon spokesperson", "the policy")),
                "a policy is no one described");
        assertEquals(List.of("a source"), speakers("Hagel\n\nHe was shaken, a source who counts him as a friend told me, "
                + "\u201cand was really shocked.\u201d"), "\"as a friend\" opens no clause");
    }

    /** An acronym and a word for a newsroom ("ABC News", "NPR Politics") is an outlet, not a person called "News". */
    @Test
    void anAcronymAndANewsroomWordIsAnOutlet() {
        assertEquals(List.of("ABC News"), speakers("Debate night\n\n“It was a good night for both,” ABC News reported."));
        assertEquals(List.of("NPR Politics"), speakers("Rivals\n\nThis week, as NPR Politics put it, Trump went “birther” on his rival."));
    }

    /**
     * An organisation that a "which" clause follows speaks by that clause's verb ("the American Medical Association,
     * which called it “…”"); a "which" clause with a subject of its own ("the TPP, which Mr. Trump had described as")
     * leaves the organisation out.
     */
    @Test
    void anOrganisationBeforeAWhichClauseSpeaksByItsVerb() {
        assertEquals(List.of("American Medical Association"), speakers("Ban criticised\n\nThe ban drew a rebuke from the "
                + "American Medical Association, which called it “a step backward for public health.”"));
        assertEquals(List.of("Google"), speakers("Data leak\n\nOfficials met with Google, which said it was “working closely "
                + "with the authorities.”"));
        List<String> ownSubject = speakers("Trade deal\n\nTrump left the TPP, which Mr. Trump had described as a “bad deal.”");
        assertFalse(ownSubject.contains("TPP"), "the clause's own subject speaks: " + ownSubject);
    }

    /**
     * An unnamed source that opens the sentence, then a "who" clause before the verb ("A former Trump adviser, who left
     * the campaign last month, said “…”"), is the speaker; a description with "the" refers back to someone the article
     * names, and an object before "who" is not the subject.
     */
    @Test
    void anUnnamedSourceBeforeAWhoClauseIsTheSpeaker() {
        assertEquals(List.of("A former Trump adviser"), speakers("Campaign in turmoil\n\nA former Trump adviser, who was among "
                + "several people who left the campaign last month, said “it’s like the political Hunger Games right now.”"));
        assertEquals(List.of("One aide to a conservative House Republican"), speakers("Debt talks\n\nOne aide to a conservative "
                + "House Republican, who asked for anonymity, lamented that the party “did not have a game plan” for the talks."));
        assertEquals(List.of(), speakers("Drug approved\n\nThe drug drew criticism from a former FDA official, who said "
                + "it was “a dangerous precedent.”").stream().filter(s -> s != null && s.startsWith("The drug")).toList());
    }

    /**
     * A name of several words that the article writes after "in" ("in Great Britain") is a place, no one a "he" refers
     * to; a person is written so too ("faith in Donald Trump"), but has a first name or a pronoun of their own.
     */
    @Test
    void aNameWrittenAfterInIsAPlaceNoPronounRefersTo() {
        String text = "Gun culture\n\n“Social conditions are fundamental in deterring crime,” says Peter Squires, professor of "
                + "criminology at the University of Brighton in Great Britain, who has studied gun violence and concluded that a "
                + "“culture of support” can deter mass killings.\n\n“If people have a responsible introduction into shooting, "
                + "there will be less risk,” he says.";
        assertEquals(List.of("Peter Squires", "Peter Squires", "Peter Squires"), speakers(text),
                "nor is the place before \"who\" the one who concluded");
        String person = "Rally\n\nVoters kept their faith in Donald Trump. Donald Trump spoke for an hour.\n\n“We will win,” he said.";
        assertEquals(List.of("Donald Trump"), speakers(person));
    }

    /**
     * People a sentence describes ("The pro-Trump chalkers", "The authors") are the subject a quotation in it takes,
     * not the speaker of the quotation before; a short scare quote they do not say stays no one's.
     */
    @Test
    void peopleASentenceDescribesAreItsSubject() {
        String text = "Campus chalk\n\nA small group of students said they had “nothing to hide,” and the campaign chalking began. "
                + "The pro-Trump chalkers scrawled the campaign slogan “Make America Great Again” on the sidewalk.";
        assertEquals(List.of("A small group of students", "The pro-Trump chalkers"), speakers(text));
        assertEquals(List.of("The authors"), speakers("A report\n\nThe authors found that “the president exhibited clear "
                + "authoritarian instincts in criticizing the press” over two years."));
        assertEquals(List.of(), speakers("Trust\n\nThe researchers are testing how people dehumanize those they call “them.”"));
    }

    /**
     * A short surname's full stop ends its sentence ("said Lee.", "said Cox."): only titles, initials and the like
     * ("Sen.", "U.S.", "Fla.") are abbreviations that a sentence reads on past.
     */
    @Test
    void aShortSurnamesFullStopEndsTheSentence() {
        assertEquals(List.of("Mike Lee", "Anna Smith"), speakers("Senate vote\n\nMike Lee spoke first. “We will win,” said Lee. "
                + "Anna Smith spoke next. “It was fine,” she said."));
        assertEquals(List.of("Kim Cox"), speakers("Council meets\n\nAnna Smith met Kim Cox. “It was fine,” said Cox. "
                + "The room emptied."));
        assertEquals(List.of("Rand Paul"), speakers("Senate vote\n\nSen. Rand Paul, R-Ky. said the bill was “dead on arrival.”"));
    }

    /**
     * A name before a verb that ends as plurals for people do ("Cole wants", "Markert considers", "Berman offers") is the
     * sentence's subject, whom a "he" after it refers to; not a group named by that word ("Trump backers").
     */
    @Test
    void aNameBeforeAVerbEndingLikeAPluralIsTheSubject() {
        String text = "Free speech\n\nDavid Cole, the national legal director, tells readers to keep faith.\n\n"
                + "Milo Yiannopoulos spoke at Berkeley.\n\nCole wants progressives to understand the value of this approach. "
                + "“When the court ruled,” he writes, “its rationale would protect others.”";
        assertEquals(List.of("David Cole", "David Cole"), speakers(text));
    }

    /**
     * The name after a verb that takes an object ("urged North Korea", "praised Obama", "asked Jones" after a comma) is
     * whom the subject acts on, not an inverted speaker: a "he" after the sentence is its subject's. After a quotation,
     * "asked" still inverts ("“…?” asked Smith").
     */
    @Test
    void theNameAfterAVerbThatTakesAnObjectIsNoSpeakerAPronounRefersTo() {
        assertEquals(List.of("Yun Byung-se"), speakers("Talks\n\nSouth Korean Foreign Minister Yun Byung-se, speaking with "
                + "Kerry on Friday, urged North Korea to open talks.\n\n“We urge them to cease their reckless behavior,” he said."));
        assertEquals(List.of("John Smith"), speakers("Talks\n\nJohn Smith, a senator, praised Barack Obama for the deal.\n\n"
                + "“It was the right thing to do,” he said."));
        assertEquals(List.of("Michael Howard"), speakers("Remarks\n\nTory leader Michael Howard, asked about Mr Livingstone's "
                + "remark by reporters, said politicians should be careful.\n\n“It's particularly important,” he said."));
        assertEquals(List.of("Ted Jones", "Ted Jones"), speakers("Vote\n\n“Will you vote?” asked Ted Jones, a voter.\n\n"
                + "“I will,” he said."));
    }

    /** An outlet, a law or a party's members ("The Washington Post", "the Gambling Bill") is no one a "he" refers to. */
    @Test
    void anOutletOrALawIsNoOneAPronounRefersTo() {
        String text = "Party reception\n\nHouse Speaker Paul D. Ryan, Wisconsin Republican, told The Washington Times that "
                + "Mr. Trump got a good reception from the party.\n\n“It was great,” he said.";
        assertEquals(List.of("Paul D. Ryan"), speakers(text));
    }

    /**
     * A sentence that opens with a lower-case role before a name ("But state senator Bob Giuda, a former FBI agent,
     * said") has that person for its subject: a "he" after it is Giuda, not the governor quoted before.
     */
    @Test
    void aLowerCaseRoleBeforeANameLeavesThePersonTheSentencesSubject() {
        String text = "Death penalty repeal\n\nGov. Chris Sununu vetoed the bill. “It is the right thing to do,” he said.\n\n"
                + "But state senator Bob Giuda, a former FBI agent, said the death penalty is at odds with his principles.\n\n"
                + "“I think we are better than that,” he said.";
        assertEquals(List.of("Chris Sununu", "Bob Giuda"), speakers(text));
    }

    /**
     * One noun for what someone is between a name's modifier and a full name ("NBA legend Michael Jordan", "Trader
     * Joe's employee Zach Johnston") leaves the full name the subject, as a role word does.
     */
    @Test
    void oneNounForWhatSomeoneIsBeforeAFullNameLeavesTheNameTheSubject() {
        assertEquals(List.of("Michael Jordan"), speakers("Protests spread\n\nNBA legend Michael Jordan, owner of the Charlotte "
                + "Hornets, also weighed in, telling the Charlotte Observer: “Those who exercise the right should not be demonized.”"));
        assertEquals(List.of("Dennis Skinner"), speakers("Vote looms\n\nLabour veteran Dennis Skinner said the plan was "
                + "“a shambles from start to finish.”"));
    }

    /**
     * A one-word speaker that opens its sentence is a name when a capital stands inside it ("WikiLeaks", "YouGov"): no
     * common word gets one by opening a sentence. A handle written with "@" is not read so.
     */
    @Test
    void aWordWithACapitalInsideIsANameWhereverItStands() {
        String text = "Snowden leaves airport\n\nWikiLeaks, the anti-secrecy group that is supporting Snowden, confirmed the "
                + "details on its Twitter page, claiming Snowden “successfully acquired refugee status in Russia.”";
        assertEquals(List.of("WikiLeaks"), speakers(text));
        assertEquals(Arrays.asList((String) null), speakers(text.replace("WikiLeaks, the", "Wikileaks, the")),
                "a word capitalised only where it opens the sentence is not taken for a name");
    }

    /**
     * "They" is never the one person named last: a plural after a group or body that spoke just before is theirs, after
     * people named together ("Kirby and Munoz", "Paul, Lee and Cruz") the first of them, as the news names one source of
     * several; otherwise no one, and the quotation after it does not continue the speaker before.
     */
    @Test
    void theyIsAGroupOrTheFirstOfSeveralPeopleNeverTheOnePersonNamedLast() {
        String onePerson = "Tim Kaine spoke at the dinner. “It was a good year,” he said.\n\n"
                + "For eight years, he took part in a prayer group. They called themselves the “dog patrol” and met at dawn.\n\n"
                + "“We were friends,” they said.\n\n“It was hard to keep going every single week.”";
        assertEquals(Arrays.asList("Tim Kaine", null, null, null), speakers(onePerson));
        String twoPeople = "United expects a slow summer\n\nScott Kirby and Oscar Munoz praised their employees in a letter.\n\n“Travel will return,” they said.";
        assertEquals(List.of("Scott Kirby"), speakers(twoPeople));
        String aList = "Senators oppose the gun bill\n\nRand Paul, Mike Lee and Ted Cruz wrote to Harry Reid.\n\n“We will oppose the motion,” they wrote.";
        assertEquals(List.of("Rand Paul"), speakers(aList));
        String sentenceSubject = "Rally draws crowd\n\nDonald Trump spoke for an hour in Ohio.\n\n"
                + "They see reform as an “easy” position for any Democrat.";
        assertEquals(List.of(), speakers(sentenceSubject), "a word a sentence opening with “They” stresses is no one's");
        String aGroup = "“We will vote no,” Senate Democrats said. “The bill is dead,” they added.";
        assertEquals(List.of("Senate Democrats", "Senate Democrats"), speakers(aGroup));
    }

    /**
     * The pronouns the article uses for a person can be told only by the sentence after theirs ("Smith … . She …",
     * too far from the name for the pronoun to vote by nearness) or by a title ("Mr. Jones"): both count before the
     * first pronoun is resolved, so "she" is not taken for the man named last. (Each case gives Tom Jones without
     * the votes it tests.)
     */
    @Test
    void aPronounSubjectOrATitleTellsWhoAPronounCanBe() {
        String sentenceAfter = "Mary Smith spoke first about the plan, which the committee had debated for months before the vote on "
                + "the budget and its long list of amendments. She described it in detail.\n\n"
                + "Tom Jones answered for the opposition, which had fought the plan for months in the committee, in the press "
                + "and on the floor of the chamber. He was not convinced.\n\n"
                + "The vote is set for Friday.\n\n"
                + "“It will work,” she said.";
        assertEquals(List.of("Mary Smith"), speakers(sentenceAfter));
        String title = "Ms. Smith spoke first about the plan.\n\nTom Jones answered for the opposition. Mr. Jones was not convinced.\n\n"
                + "Mary Smith was not moved.\n\nTom Jones said the vote would fail.\n\n“It will work,” she said.";
        assertEquals(List.of("Mary Smith"), speakers(title));
    }

    @Test
    void aQuotationOfNoOneParagraphsAwayEndsTheReachOfTheSpeakerBefore() {
        // the partial quotation two paragraphs on is no one's; the one beside it does not take the council's words
        String text = "Now the city council asked: \"Is the mayor finished?\" Few thought so.\n\n"
                + "The budget passed on Tuesday after a long night.\n\n"
                + "Having promised for weeks to talk about \"fair rents,\" the mayor spoke instead of \"housing for everyone.\" "
                + "That surprised the opposition.";
        List<Quote> found = QuoteAttributor.quotes(text);
        assertEquals("the city council", found.get(0).speaker());
        assertEquals("housing for everyone.", found.get(found.size() - 1).text());
        assertNull(found.get(found.size() - 1).speaker());
        // a paragraph away, it still does: "…,” according to the report.\n\nFirms found it “delaying hiring,” and “subdued” …
        String near = "\"Outlooks were mixed,\" according to the report.\n\n"
                + "Firms in the north found the vote \"delaying some decisions,\" and caused \"subdued\" demand, it added.";
        assertEquals("the report", QuoteAttributor.quotes(near).get(0).speaker());
    }

    @Test
    void aSentenceAfterAQuotationThatReportsInItsOwnClauseIsNotItsCue() {
        // the second quotation is still Willnow's: the next sentence goes on to what Arendt wrote
        String text = "\u201CHe tells you what you want to hear,\u201D Tony Willnow said. \u201CAnd it sounds good.\u201D The theorist "
                + "Hannah Arendt once wrote that such leaders won followers by \u201Ca mixture of gullibility and cynicism.\u201D";
        assertEquals(List.of("Tony Willnow", "Tony Willnow", "Hannah Arendt"), speakers(text));
    }

    @Test
    void aPeerNamedByTitleAndSurnameIsAPersonAHeRefersTo() {
        String text = "\"The party will be poorer without him,\" said Lord Harcourt. Conservative peer Lord Hembry said that "
                + "despite their differences, they became friends. \"You don't get to the top unless you are tough,\" he said.";
        assertEquals(List.of("Harcourt", "Hembry"), speakers(text));
    }

    @Test
    void aHeRefersToThePersonAfterALeadingPhrase() {
        // "In Iowa," then the subject: the "he" after it is his, not the senator's quoted before
        String text = "\"I respect the work,\" Sen. Jeff Sandoval said. \"But they have produced a bad bill.\"\n\n"
                + "In Iowa, talk show host Steven Dearing thinks anyone who supports the bill will pay for it.\n\n"
                + "\"There's not a majority of voters who care about it,\" he says.";
        assertEquals("Steven Dearing", speakers(text).get(2));
        String fourWords = text.replace("In Iowa, talk show host", "Meanwhile conservative talk show host");
        assertEquals("Steven Dearing", speakers(fourWords).get(2), "four lower-case words of a role before the name");
    }

    @Test
    void aQuotationOpeningASentenceAfterOneAboutAPersonIsThatPersons() {
        // no cue of its own, the paragraph's first quotation: the sentence before it says whose it is
        assertEquals(List.of("Maria Dietz"), speakers("The rally was loud. Maria Dietz sees it differently: that the party is "
                + "making a mistake. \"When I hear him talk about wages, it reminds me of the last campaign.\""));
        // not where that sentence ends on someone else speaking ("…, she said.")
        assertEquals(java.util.Arrays.asList((String) null), speakers("Senator Ruiz is letting the Russians lead, she said. "
                + "\"We do not trust the Russians at all.\""));
        // nor a quotation that runs on into a cue of its own
        assertEquals(List.of("Lindsey Gray"), speakers("Mark Dowling wrote a book about it. \"If you fought there, it worked,\" "
                + "candidate Lindsey Gray said."));
    }

    @Test
    void aNationalitysWordAloneIsNoSpeakerButASurnameSpeltLikeOneIs() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("When American troops die, the commander blames \u201Cthe generals.\u201D"));
        assertEquals(java.util.Arrays.asList((String) null), speakers("The Russian hacker group, also called \u201CCozy Bear,\u201D was named too."));
        assertEquals(List.of("David French"), speakers("The columnist David French argued the point. \"It is over,\" French said."));
        // "the American" after his name, as sports reports write it: the person written about
        assertEquals(List.of("Andy Rodman", "Andy Rodman"), speakers("Andy Rodman was left frustrated after losing both his "
                + "singles. \"It's just tough,\" said the American. \"I had my chances.\""));
    }

    @Test
    void aWholeSentenceQuotedIsNotCreditedByTheNextSentencesClosingClause() {
        // the quotation goes on what Zucker said; the next sentence is the reporter's, credited to its own source
        assertEquals(List.of("Howard Zucker", "Howard Zucker"), speakers("\"Not true,\" Health Commissioner Howard Zucker told "
                + "CNN on Friday. \"We knew the ventilators arrived.\" The state had received 4,000 of them, not 8,000, a state "
                + "official told reporters."));
        // a partial quotation inside the reporter's sentence still takes the credit that closes the next one
        assertEquals(List.of("a senior Republican source"), speakers("Akin operates in \"an insular environment,\" with his "
                + "wife and son serving as his top advisers, a senior Republican source told CNN."));
    }

    @Test
    void aQuotationAfterANameAndItsPostBeforeTheVerbIsThePersonsNotTheBodys() {
        // no comma closes the post: the body ends the words before the verb, the person is named before them
        assertEquals(List.of("Frank Cappelleri", "Frank Cappelleri"), speakers("\"The markets are getting no break,\" Frank "
                + "Cappelleri, executive director at Instinet, said in a note. \"The news continues to worsen.\""));
        assertEquals(List.of("Paul Goosens", "Paul Goosens"), speakers("\"You started off with young male users,\" Paul Goosens, "
                + "head of Preventon told the BBC News website. \"Now we are seeing real people.\""));
    }

    @Test
    void aQuotationAfterACueWithADescriptionClosedByItsCommaIsTheNamedPersons() {
        // the words the verb follows describe the person named before them: the next quotation is theirs, not the place's
        assertEquals(List.of("John Kennedy", "John Kennedy"), speakers("“There are parts of it I like,” Sen. John Kennedy, "
                + "Cassidy’s GOP colleague from Louisiana, said of his proposal. “I don’t like the idea.”"));
        assertEquals(List.of("Peter Welch", "Peter Welch"), speakers("“We oppose chained C.P.I.,” Representative Peter Welch, "
                + "Democrat of Vermont, said in an interview. “But we are waiting to see the details.”"));
        assertEquals(List.of("Michael Coleman", "Michael Coleman"), speakers("“I didn’t detect frustration,” Mayor Michael "
                + "Coleman of Columbus, Ohio, said of the president. “But I can tell you we’re frustrated.”"));
        // a surname alone before the description too
        assertEquals(List.of("Schumer", "Schumer"), speakers("“We believe you’re messing up America,” Schumer, a Democrat "
                + "from New York, told Republicans. “You could pay attention for a couple of minutes.”"));
        assertEquals(List.of("Cantor", "Cantor"), speakers("\"The reports are disappointing,\" Cantor, who is Jewish, said in "
                + "a statement. \"The word has routinely been dismissed.\""));
        // a name between the commas is the speaker, the role before it is not
        assertEquals(List.of("Steve Rodgers", "Steve Rodgers"), speakers("\"We will share our patents,\" Intel’s General "
                + "Counsel, Steve Rodgers, said in a press release. \"On behalf of Intel employees, we thank them.\""));
    }

    @Test
    void aSentenceOpeningOnTheDescriptionOfANamedPersonIsAboutThem() {
        String text = "“How could anybody,” an official member, Gwynn Mackellen, wondered aloud to the Guardian, “produce a "
                + "new human?”\n\nThe late University of Maryland economist Julian Simon rejected the idea. He believed that "
                + "more people means more people to solve problems. “There is no physical or economic reason,” he wrote, "
                + "“why human resourcefulness cannot continue.”";
        assertEquals(List.of("Gwynn Mackellen", "Gwynn Mackellen", "Julian Simon", "Julian Simon"), speakers(text));
        // a phrase of time after "The" describes no one
        assertEquals(List.of("Paul Ryan", "Paul Ryan"), speakers("“We will work with him,” Paul Ryan said.\n\nThe morning "
                + "after Election Day, lawmakers met again. “I think the mistakes were ours,” he said."));
    }

    @Test
    void aPersonOpeningALeadingClauseIsNotReadAsARoleBeforeTheNextCapital() {
        // "held a press conference Friday": a clause and its object, not a role before the name "Friday"
        String text = "Boehner and President Barack Obama were among those who warned. House Speaker John Boehner spoke on "
                + "Sunday.\n\n\"I am concerned about its impact,\" he said.\n\nWhen Obama held a press conference Friday, he "
                + "also did not sound as pessimistic about the cuts.\n\n\"What is important is that not everyone will feel the "
                + "pain,\" he said.";
        assertEquals(List.of("John Boehner", "Barack Obama"), speakers(text));
        // an aside after its comma still is one: "Mateen's employer, the security company G4S, issued a statement:"
        assertEquals(List.of("Mateen's employer"), speakers("Omar Mateen worked as a guard.\n\nMateen's employer, the "
                + "security company G4S, issued a statement:\n\n\"G4S is deeply shocked by the tragic events.\""));
    }

    @Test
    void aHeOrSheAfterSomeoneNewlyIntroducedUnnamedIsThatPerson() {
        String farmer = "Miguel Alvarez, who has lived close to the border for 25 years, said the fence made little "
                + "difference. “You still see small groups,” he said.\n\nA farmer who didn’t want to reveal his name said he "
                + "would feel more comfortable if the gap were closed. “I haven’t had any issues,” he said.";
        assertEquals(List.of("Miguel Alvarez", "A farmer"), speakers(farmer));
        assertEquals(List.of("Melania Trump", "A spokesperson for Melania Trump"), speakers("Melania Trump spoke on "
                + "Monday. “I am proud,” she said.\n\nA spokesperson for Melania Trump said the First Lady had encouraged "
                + "the bid. \"She was confident he would win,\" she said on Wednesday."));
        // not one whom the sentence names, nor the one who asks
        assertEquals(List.of("Hanan Ashrawi"), speakers("A spokeswoman for the Palestinian Liberation Organisation, Hanan "
                + "Ashrawi, told the BBC that Palestinians had adhered to past agreements. \"We have accepted the two-state "
                + "solution,\" she said."));
        assertEquals(List.of("Trump", "Trump"), speakers("\"That's why we held up the money,\" Trump said.\n\nA reporter "
                + "pushed back and said it sounded like a quid pro quo.\n\n\"We do that all the time,\" he replied."));
    }

    @Test
    void aGroupOfPeopleAfterAModifierIsTheGroupNotTheCapitalisedWord() {
        assertEquals(List.of("World health officials"), speakers("World health officials said Friday the outbreak in Iran "
                + "is “deeply concerning.”"));
        assertEquals(List.of("Chicago aviation officials"), speakers("Chicago aviation officials placed a security officer on "
                + "leave, saying the incident \"was not in accordance with our standard operating procedure.\""));
        // a person's verb is no modifier: "Chang believes officials should …", "Pence blindsided officials"
        assertEquals(List.of("Gordon G. Chang"), speakers("Gordon G. Chang spoke on Fox.\n\nInstead of backing down, Chang "
                + "believes officials should keep calling COVID-19 the \"Wuhan virus\" and push back."));
    }

    @Test
    void anAdverbAfterADescribedSubjectEndsIt() {
        assertEquals(List.of("The president"), speakers("The president even harks back to his victory and says Pelosi is "
                + "suffering from a case of \"Trump derangement syndrome.\""));
        assertEquals(List.of("The company"), speakers("The company soon reversed its decision, saying it had "
                + "\"underestimated the expectation to attend.\""));
        assertEquals(List.of("the White House"), speakers("The two leaders canceled a formal working lunch, and the White "
                + "House soon announced a “schedule change.”"));
        // an adverb of time opening the sentence is no verb's: the subject after it speaks
        assertEquals(List.of("Elizabeth Warren"), speakers("Just that morning, Sen. Elizabeth Warren flagged down a "
                + "journalist to say, \"For the record, he is wrong.\""));
    }

    @Test
    void anImperativeOpeningTheSentenceIsNoPartOfTheSpeakersName() {
        assertEquals(List.of("Loizaga"), speakers("Notice Loizaga’s frame of the fireworks show as a “campaign rally.”"));
        assertEquals(List.of("the story"), speakers("Note the story refers to “current and former American officials.”"));
    }

    @Test
    void aWhoAfterARoleHeldInABodyRefersToTheNamedPerson() {
        // "president of the Eurasia Group, who": the aside is what Bremmer is; the body it names is not who spoke
        assertEquals(List.of("Ian Bremmer"), speakers("Ian Bremmer, president of the US-based Eurasia Group, who first "
                + "reported them in a newsletter to clients, said: \"Donald Trump got up from the table.\""));
        assertEquals(List.of("Lee Gelernt"), speakers("Lee Gelernt, deputy director of the ACLU's Immigrants' Rights Project, "
                + "who argued the case, said the ruling \"preserves the status quo\" for now."));
    }

    @Test
    void aSourceDescribedWithACapitalBeforeTheNounSpeaksAfterAPartialQuotation() {
        assertEquals(List.of("the Tory leader"), speakers("Mr Brown's Budget was not about the country, but \"all about the "
                + "interests of the Labour party,\" the Tory leader said after mockingly welcoming the chancellor back."));
        assertEquals(List.of("a White House official"), speakers("Trump has decided that \"this is a political fight and he's "
                + "going to fight it,\" a White House official told CNN's Jeff Zeleny."));
    }

    @Test
    void aPersonComparedInAnOpeningPhraseIsNotWhomTheNextHeIs() {
        // "Like Cruz, Jindal …": Cruz is compared, Jindal does it; the "he" after is Jindal
        assertEquals(List.of("Bobby Jindal", "Bobby Jindal"), speakers("Sen. Ted Cruz spoke first. Gov. Bobby Jindal spoke next.\n\n"
                + "Like Cruz, Jindal used his speech to accuse fellow Republicans of weakness. \u201CIt is time to grow a spine,\u201D "
                + "he said. \u201CIt is time to act.\u201D"));
        assertEquals(List.of("Susan Collins"), speakers("President Trump mocked her. Sen. Susan Collins spoke on Friday.\n\n"
                + "Unlike Trump, Collins avoided smearing Ford. \u201CI believe that she is a survivor,\u201D she said."));
    }

    @Test
    void aSurnameTheArticleGivesInFullIsNotAnotherPersonsSpelledOneLetterApart() {
        // "Kerry" is John Kerry, named so; not Sue Mi Terry, one letter away (a variant joins only a name not given in full)
        assertEquals(List.of("Sue Mi Terry", "John Kerry"), speakers("\"We are within a year away,\" said Sue Mi Terry, a "
                + "former analyst.\n\nFormer Secretary of State John Kerry said Tuesday that the idea is false.\n\n"
                + "\"There is a false narrative,\" said Kerry, a Democrat."));
        // a misspelling the article never gives in full still joins the name it does ("Bidden" is Joe Biden)
        assertEquals(List.of("Joe Biden"), speakers("Former Vice President Joe Biden spoke in Iowa.\n\n"
                + "\"I think she won a primary,\" Bidden said."));
    }

    @Test
    void aSurnameThatIsAlsoARoleAfterAFirstNameOrATitleOfCourtesy() {
        assertEquals(List.of("Robert Pastor", "Robert Pastor"), speakers("\"Castro defined Cuban nationalism,\" Robert Pastor, "
                + "a Carter adviser, told the Monitor. \"But that was not sustainable,\" said Mr. Pastor, who died in 2014."));
        assertEquals(List.of("Elaine Leader"), speakers("\"We said that does not fit,\" said Elaine Leader, head of a teen group."));
    }

    @Test
    void aDayAfterTheNameOfAnInvertedCueIsNoPartOfIt() {
        assertEquals(List.of("Mick Mulvaney", "Mick Mulvaney"), speakers("Budget director Mick Mulvaney spoke.\n\n"
                + "\"This is the America First budget,\" said Mulvaney Wednesday. \"We wrote it.\""));
    }

    @Test
    void thePersonAnInstitutionsDescriptionLeadsToAfterTheVerb() {
        assertEquals(List.of("David Yamane"), speakers("\u201CThere are many who dislike open carry,\u201D says Wake Forest "
                + "University sociologist David Yamane, founder of a blog."));
        assertEquals(List.of("Stephen Hess"), speakers("\u201CBen was depicted each week as lost under a gigantic hat,\u201D writes "
                + "Brookings Institution scholar Stephen Hess in a 2009 op-ed in The Washington Post on politics."));
    }

    @Test
    void aTheyAfterTwoPeopleNamedBeforeTheirVerbIsTheFirstOfThem() {
        assertEquals(List.of("Julia Gelatt"), speakers("Julia Gelatt and Randy Capps study immigration.\n\n"
                + "As the institute's Julia Gelatt and Randy Capps explain, many parents are not eligible. \u201CRealistically, "
                + "only parents who overstayed legal visas would be able to,\u201D they write."));
        // not two bodies joined by "and": "the Centers for Disease Control and Prevention" names no one; the officials speak
        assertEquals(List.of("officials"), speakers("Officials at the Centers for Disease Control and "
                + "Prevention said so. \u201CWe are watching the virus closely,\u201D they said."));
    }

    @Test
    void aSentenceInParenthesesEndsBeforeTheNextOne() {
        // "(… did not participate in the decision.)" is a sentence: the next opens with its own subject, Alito
        assertEquals(List.of("Samuel Alito"), speakers("The court declined to act. (Justice Brett Kavanaugh did not participate "
                + "in the decision.) Writing in dissent, Justice Samuel Alito raised the prospect of confusion. This \u201Call too "
                + "real risk,\u201D he wrote, is made worse by the law."));
        // a party and state in parentheses ends no sentence: "Trent Lott (R-Miss.) said McConnell …, he said" is Lott's
        assertEquals(List.of("Trent Lott"), speakers("Former Senate Majority Leader Trent Lott (R-Miss.) said McConnell will "
                + "have to keep a close eye on Collins.\n\n\"I used to have to work on her all the time,\" he said."));
    }

    @Test
    void anItIsTheBodyNamedByItsAcronymJustBefore() {
        assertEquals(List.of("the F.A.A."), speakers("For decades, the F.A.A. has used what it calls \u201Cdesignated airworthiness "
                + "representatives\u201D to certify aircraft."));
        assertEquals(List.of("The US"), speakers("The US said the militia had carried out repeated attacks on bases.\n\nIn response, "
                + "it added, US forces conducted \"precision defensive strikes\" on Sunday."));
    }

    @Test
    void aConnectiveOpeningTheSentenceBeforeACommaIsNoSpeaker() {
        assertEquals(List.of("the economists"), speakers("The economists wrote to Sanders.\n\nFurther, the economists argue "
                + "that making this kind of claim undermines \"our party's best traditions of evidence-based policy.\""));
        assertEquals(List.of("the court"), speakers("Moreover, the court said the law was \u201Cplainly unconstitutional.\u201D"));
    }

    @Test
    void aPluralNounAfterANameIsTheSubjectNotTheName() {
        // the supporters, the aides, the records spoke: not Morsi, not Clinton, not a "Court" (the supporters by their owner's
        // name since the sentence subject reads an owner's people)
        assertEquals(List.of("Morsi's supporters"), speakers("Mohammed Morsi issued decrees.\n\nMorsi's supporters "
                + "canceled a rally they had planned, citing the need to \"defuse tension\" after a series of clashes."));
        assertEquals(java.util.Collections.singletonList(null), speakers("Court documents said that shortly after, the officer "
                + "noticed a \u201Cmarijuana cigarette in the vehicle\u2019s center console.\u201D"));
        // a verb after the name: "Berner states optimistically" is Berner's
        assertEquals(List.of("Anne Berner"), speakers("Anne Berner is the minister.\n\nAs Berner states optimistically, "
                + "\u201CWe have the right ingredients to succeed at this.\u201D"));
    }

    @Test
    void continuationAndNameVariants() {
        String text = "Ukrainian President Volodymyr Zelenskyy asked for more help.\n\n"
                + "\"We are alone,\" Zelensky said. \"Who is ready to defend us?\"";
        assertEquals(List.of("Volodymyr Zelenskyy", "Volodymyr Zelenskyy"), speakers(text));
    }

    /**
     * A name with an aside and a verb before a colon after a quotation that ends its sentence introduces the next
     * quotation: the one before goes on as the speaker before's.
     */
    @Test
    void aCueWithAnAsideBeforeAColonHandsOverToTheNextQuotation() {
        assertEquals(List.of("Jimmy Connors", "Jimmy Connors", "John Crowther"), speakers("\"Britain has the right "
                + "attitude,\" said Jimmy Connors. \"A short-term arrangement is just confusing.\" LTA chief executive, John "
                + "Crowther, added: \"The relationship is good.\""));
        // the quotation's own cue before a participle's colon still credits it
        assertEquals(List.of("Hillary Clinton", "Hillary Clinton"), speakers("Hillary Clinton spoke in Las Vegas.\n\n"
                + "\u201CWhat, like with a cloth or something?\u201D Clinton quipped, adding: \u201CI don\u2019t know how it works.\u201D"));
    }

    /** "He said" after a sentence about one person described by what they are, no one named: that description. */
    @Test
    void aPronounWithNoOneNamedIsThePersonTheSentenceBeforeDescribes() {
        assertEquals(List.of("The United Nations secretary-general"), speakers("The United Nations secretary-general, who "
                + "seeks $2 billion in aid, called this week for united action. \u201CThis human crisis demands coordinated "
                + "action,\u201D he said."));
        assertEquals(List.of("A student"), speakers("A student, who didn\u2019t want to be identified, said she saw him at a "
                + "party.\n\n\u201CHe was just relaxed,\u201D she said."));
        // not a body's name cut short ("A Department for Work and Pensions spokeswoman")
        List<String> who = speakers("A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. "
                + "\"No date was ever given for his departure,\" she said.");
        assertTrue(!"A Department".equals(who.get(0)));
    }

    /** A person named after their paper's or body's name ("The Daily Caller’s Chuck Ross") is the sentence's subject. */
    @Test
    void aNameAfterItsOwnersIsTheSubjectAPronounRefersTo() {
        List<String> who = speakers("The New York Times pumped out another story with a buried caveat by former CIA director "
                + "John Brennan. Six paragraphs in: \u201CMr. Brennan acknowledged that he did not know.\u201D\n\nThe Daily "
                + "Caller\u2019s Chuck Ross nailed it in a recent tweet.\n\n\u201COut of all the leaks, there have been none "
                + "showing collusion,\u201D he said.");
        assertEquals("Chuck Ross", who.get(who.size() - 1));
        // a paper's or an office's name after its owner's is no person ("it" is the office)
        assertEquals(List.of("The FBI's San Francisco field office"), speakers("The FBI's San Francisco field office put out a "
                + "statement on Wednesday.\n\n\"The accounts appear to have been compromised,\" it said."));
    }

    /** The place a sentence opens with ("In Washington,") is no one a pronoun after it refers to. */
    @Test
    void aPlaceOpeningTheSentenceIsNoOneAPronounRefersTo() {
        List<String> who = speakers("Washington has declared a \"snow emergency.\" The snow arrived in Washington in the "
                + "afternoon, the mayor said.\n\nIn Washington, Mayor Muriel Bowser spared no words in a warning to residents.\n\n"
                + "\"It has life and death implications,\" she said. \"People should hunker down.\"");
        assertEquals(List.of("Muriel Bowser", "Muriel Bowser"), who.subList(who.size() - 2, who.size()));
    }

    /** A common first name alone, after the article names that person in full, is shown as the full name. */
    @Test
    void firstNameAloneIsThePersonNamedInFull() {
        assertEquals(List.of("Hillary Clinton", "Hillary Clinton"), speakers("Hillary Clinton launched her campaign on "
                + "Sunday.\n\n\u201CEveryday Americans need a champion,\u201D Hillary says in the video. "
                + "\u201CI want to be that champion,\u201D she added."));
        assertEquals(List.of("Gavin Tripp"), speakers("Her son, Gavin Tripp, graduated in the spring.\n\n"
                + "\u201CThey don\u2019t want to come here,\u201D Gavin added."));
        // two people of that first name: the text does not say which
        assertEquals(List.of("Bill"), speakers("Bill Clinton and Bill de Blasio spoke at the gala.\n\n"
                + "\u201CWe will win,\u201D Bill said."));
        // a first name and a suffix is no full name ("Bryan Jr." of Bryan Smith Jr.'s son)
        assertEquals(List.of("Bryan"), speakers("Bryan Jr. was there too.\n\n\u201CIt was late,\u201D Bryan said."));
    }

    @Test
    void accordingToIsTheSourceOnlyWhenNobodyIsNamed() {
        assertEquals(List.of("Jens Stoltenberg"),
                speakers("\"Russia should stop,\" Jens Stoltenberg said on Wednesday, according to Reuters."));
        assertEquals(List.of("Reuters"), speakers("The troops will deploy \"on land, at sea, and in the air,\" according to Reuters."));
        // an "according to" clause right before the quotation, in a sentence about someone who says nothing
        assertEquals(List.of("a 2001 Congressional Research Service report"), speakers("Sen. Tom Cotton spoke on Monday.\n\n"
                + "Cotton appears to have slightly flubbed the wording on treaty ratification, however \u2014 according to a "
                + "2001 Congressional Research Service report, \"it is the President who negotiates treaties.\""));
        assertEquals(List.of("Nick Sandmann"), speakers("Nathan Phillips, according to Nick Sandmann, \u201Clocked eyes with me "
                + "and approached me.\u201D"));
    }

    @Test
    void organisationsAndUnnamedSourcesAreKeptAsSuch() {
        assertEquals(List.of("a spokeswoman"), speakers("\"We have nothing to add,\" a spokeswoman said."));
        assertEquals(List.of("Kremlin"), speakers("\"The West is escalating,\" the Kremlin said in a statement."));
    }

    @Test
    void titlesAndScareQuotesNobodySaysAreLeftOut() {
        assertEquals(List.of(), speakers("She watched \"Fox News Sunday\" before the so-called \"summit\" began."));
    }

    @Test
    void longAppositivesAndCuesThatCloseTheSentenceBefore() {
        assertEquals(List.of("Nadia Ferro"), speakers("Nadia Ferro, head of the Harbor Workers Federation, which represents dock crews, "
                + "said she hopes the talks send a signal that \"the port cannot run without us.\""));
        assertEquals(List.of("Pavel Okun"), speakers("Pavel Okun, the transport minister, a member of the coalition's smaller party, "
                + "said the closure was \"entirely avoidable.\""));
        assertEquals(List.of("Ines Varga"), speakers("The council may vote again in June, said Ines Varga, a budget analyst at the "
                + "Civic Institute. \"Nobody wants a second closure.\""));
        assertEquals(List.of("Omar Lind"), speakers("Standing by the gates, retired welder and union member Omar Lind said the strike "
                + "\"was the right call.\""));
        assertEquals(List.of("Hanna Roos"), speakers("\"We will appeal,\" Hanna Roos, the city's chief lawyer, one of the officials "
                + "named in the suit, said in a statement."));
        assertEquals(List.of("Teo Brask"), speakers("\"The forecast was wrong,\" said weather service director Teo Brask."));
    }

    @Test
    void aWordCapitalisedOnlyBecauseItStartsTheSentenceIsNotASpeaker() {
        // a participle opening the sentence names no one: the few words in marks after it, with no cue, are left out
        assertEquals(List.of(), speakers("Bemoaning the \"broken ferry schedule,\" commuters lined up again."));
        assertEquals(List.of("Melanie", "Melanie"), speakers("\"I knew it,\" Melanie said.\n\nMelanie smiled. \"He will win,\" she said."));
    }

    /** "Republicans said …. And they said it set a precedent for taxing “…”": a plural for people alone is whom "they" refers to. */
    @Test
    void theyRefersToPeopleNamedByAPluralAlone() {
        assertEquals(List.of("Republicans"), speakers("The court upheld the mandate on Thursday. Republicans said imposing a "
                + "mandate by the tax power was scarier than using the commerce power. And they said it set a precedent for taxing "
                + "\u201Cinactivity.\u201D"));
        assertEquals(List.of("economists"), speakers("Employers added 113,000 jobs last month. Economists had been expecting an "
                + "addition of 178,000 jobs.\n\nThey called the report \u201Cdisappointing\u201D on Friday."));
    }

    /** "wrote a letter to Mr Barr saying": the writer's words, not the addressee's; "footage of Trump saying" stays Trump's. */
    @Test
    void aLetterToSomeoneSayingIsTheWritersWords() {
        assertEquals(List.of("Robert Mueller"), speakers("Robert Mueller wrote a letter to William Barr saying the summary lacked "
                + "\u201Ccontext.\u201D"));
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke in Ohio. A clip showed footage of Trump saying he "
                + "was \u201Cvery happy.\u201D"));
    }

    /** "Meehan, 56, a retired entrepreneur, said": the name, past the age and the description between it and the verb. */
    @Test
    void aNameWithAnAgeAndADescriptionIsTheSpeaker() {
        assertEquals(List.of("Tom Meehan"), speakers("Tom Meehan came early.\n\nMeehan, 56, a retired entrepreneur, said he felt "
                + "\u201Cvery patriotic.\u201D"));
        assertEquals(List.of("Sharon Whalen"), speakers("Sharon Whalen, 56, a former travel agent from Dade City, said she had "
                + "developed \u201Ca very bad impression of Romney.\u201D"));
    }

    /** "…, but a spokesman said “…”": the clause "and" or "but" opens has its own described subject, not the sentence's first. */
    @Test
    void aDescribedSubjectAfterAndOrButSpeaksForItsClause() {
        assertEquals(List.of("a spokesman"), speakers("The company declined to comment, but a spokesman said the plan was "
                + "\u201Cready to go.\u201D"));
        assertEquals(List.of("a senior administration official"), speakers("The president consulted with the leaders of Britain "
                + "and France, and a senior administration official said there was \u201Cvery little doubt\u201D about it."));
        assertEquals(List.of("analysts"), speakers("The FDIC considered finding a buyer, but analysts concluded that "
                + "\u201CBain has no value as a going concern.\u201D"));
        assertEquals(List.of("Democrats"), speakers("Ryan says the plan would save Medicare, but Democrats say it would amount to a "
                + "\u201Cgutting\u201D of the program."));
        assertEquals(List.of("her legal team"), speakers("Prosecutors have said she should have called for backup, but her legal "
                + "team said a series of \u201Cinnocent mistakes\u201D led to it."));
        assertEquals(List.of("the senator"), speakers("The two men met, and afterward the senator said it was \u201Ca good talk.\u201D"));
        // "and now Trump" is a list's last item, not a clause of its own
        assertFalse(speakers("Bannon sees himself, Breitbart, and now Trump as allies in what he calls a \u201Cglobal movement.\u201D")
                .contains("Trump"));
        // words that are no noun phrase of their own are no subject ("and the changes she said")
        List<String> who = speakers("Pelosi attacked the bill, and the changes she said were \u201Ca disgrace.\u201D");
        assertFalse(who.stream().anyMatch(w -> w != null && w.startsWith("the changes")), who.toString());
    }

    /** "Mrs. Storey" is the woman of the surname the article names in full, though it never writes "Mr. Storey". */
    @Test
    void aTitleOfOneSexPicksThePersonOfThatSexAmongSeveralOfTheSurname() {
        assertEquals(List.of("Ellen Storey", "Melissa Patruso"), speakers("Jim and Ellen Storey joined the march.\n\n"
                + "\u201CEvery being deserves a chance,\u201D said Mrs. Storey, 66.\n\nMelissa and Mike Patruso feel at home.\n\n"
                + "\u201CThat was surprising,\u201D says Mrs. Patruso."));
        assertEquals(List.of("Hillary Clinton", "Bill Clinton"), speakers("Bill Clinton and Hillary Clinton campaigned.\n\n"
                + "\u201CWe will win,\u201D Mrs. Clinton said.\n\n\u201CCompared to what?\u201D Mr. Clinton said."));
        // one person of the surname: the title does not make someone else of them ("Ms. Bland", Bob Bland)
        assertEquals(List.of("Bob Bland"), speakers("Bob Bland led the march.\n\n\u201CWe are here,\u201D said Ms. Bland."));
    }

    /** The person a colon's words are addressed to ("implored to Cardinal Timothy Dolan:") is no speaker of them. */
    @Test
    void theOneSpokenToBeforeAColonIsNoSpeaker() {
        List<String> who = speakers("As laughter filled the room Trump said he was in \"trouble\" with Melania for the joke, "
                + "and implored to Cardinal Timothy Dolan: \"Cardinal, please speak to her.\"");
        assertFalse(who.contains("Timothy Dolan"), who.toString());
        assertEquals(List.of("Tonya Godwin"), speakers("Tonya Godwin spoke at the vigil. Her message to Stephens: \"We love him.\""));
        // whose words they are, or whose people
        assertEquals(List.of("Reuters"), speakers("Details emerged. According to Reuters: \"Who made the decisions was not clear.\""));
        assertEquals(List.of("Einstein"), speakers("It means asking questions the right way. There\u2019s a famous observation "
                + "attributed to Einstein: \"I would spend 55 minutes thinking about the problem.\""));
    }

    /** A last name that reads as a participle ("Balding", "Stirling") opens the sentence with its bearer, not with a phrase. */
    @Test
    void aLastNameEndingInIngIsTheSubjectAPronounRefersTo() {
        for (String last : List.of("Balding", "Stirling", "Blessing")) {
            assertEquals(List.of("Christopher " + last, "Scott Kennedy", "Christopher " + last), speakers("\"This is an "
                    + "escalation,\" said Christopher " + last + ", a China expert.\n\n\"Both sides need caution,\" said Scott "
                    + "Kennedy, an economist.\n\n" + last + " pointed out that the deal was reached the same day.\n\n"
                    + "\"That is embarrassing to Xi,\" he said."), last);
        }
        // a participle that names no one in the article still opens a phrase
        assertEquals(List.of("Scott Kennedy", "Scott Kennedy"), speakers("\"Both sides need caution,\" said Scott Kennedy, an "
                + "economist.\n\nPointing to the talks, the ministers left early.\n\n\"That is embarrassing,\" he said."));
    }

    @Test
    void pulledQuotationsCreditedOnTheLineBelowAndSubjectsAfterAnOpeningPhrase() {
        assertEquals(List.of("Lea Moreau"), speakers("\"A harbor is only as strong as its weakest crane.\nLea Moreau, port historian.\""));
        assertEquals(List.of("Jonas Berg"), speakers("Jonas Berg chairs the committee.\n\nTwo weeks later, Berg was in Aldren again. "
                + "\"We are not done,\" he told a packed hall."));
        assertEquals(List.of("Mira Castellanos"), speakers("Mira Castellanos runs the shelter.\n\n"
                + "Castelanos said the beds were full. \"We need more,\" she said."), "one letter apart is one person");
    }

    /** "As he put it, …" opens a sentence as often as "as X put it" closes one; "said it" there must end its clause. */
    @Test
    void asSomeonePutItOpeningTheSentence() {
        assertEquals(List.of("Robby Mook"), speakers("Robby Mook ran the campaign. As he put it, a key strategy was to "
                + "\u201Cgive reporters something to cover other than the emails.\u201D"));
        assertEquals(List.of("one Times reader"), speakers("Readers were angry. As one Times reader put it, \u201CThere\u2019s too "
                + "much at stake in this election for the media.\u201D"));
        assertEquals(List.of("Joseph Hall"), speakers("As such, moderation is, as Joseph Hall put it four centuries ago, "
                + "\u201Cthe silken string running through the pearl-chain of all virtues.\u201D"), "the last \"as\"");
        assertFalse(speakers("As Hillary Clinton claimed the vote shows the need for tested leadership, Trump said it just "
                + "goes to show how \"angry\" people are.").contains("Hillary Clinton"), "\"said it just goes\" puts nothing");
        assertEquals("Daniel Smith", speakers("Daniel Smith wrote about the \u201Cnational emergency.\u201D As Fox News host "
                + "Laura Ingraham put it in August:\n\n\u201CIn some parts of the country, it does seem like the America "
                + "that we know and love doesn\u2019t exist anymore.\u201D").get(0), "\"As …\" opens the next quotation's sentence");
    }

    /** "“…” on whether to vote for it, said Guy Cecil, director of the DSCC.": the reporting clause closing the sentence. */
    @Test
    void aReportingClauseVerbFirstClosingTheSentenceNamesTheSpeaker() {
        assertEquals(List.of("Guy Cecil"), speakers("Democrats from conservative-leaning states will \u201Chave to make their "
                + "own determination\u201D on whether or not to vote for the budget, said Guy Cecil, director of the DSCC."));
        assertEquals(List.of("Paul Ryan"), speakers("Mr. Obama \u201Cdidn't say yes, he didn't say no\u201D to the GOP plan, said "
                + "House Budget Committee Chairman Paul Ryan (R., Wis.) after the meeting."));
        assertFalse(speakers("The plan \u201Cachieves the balance that is so necessary\u201D for us, said in a statement.")
                .contains("in a statement"), "where it was said");
        assertFalse(speakers("A Democrat, whose hawkish positions were \u201Cpursued by both parties,\u201D said the strike was an "
                + "\u201Cact of war\u201D that violated the constitution.").contains("the strike was an"), "what was said");
    }

    /** "“…,” the report states.": a document's words; "states" after other words is a noun ("the Persian Gulf states said"). */
    @Test
    void aDocumentThatStatesIsTheSource() {
        assertEquals(List.of("the report", "the report"), speakers("\"While there is no need for a crime to be proven in order for "
                + "impeachment to be warranted,\" the report states. \"The president's abuse of power encompassed both.\""));
        assertEquals(List.of("the Persian Gulf states"), speakers("\"The first part is the hardest thing we have ever had to do,\" "
                + "the Persian Gulf states said."));
    }

    /** A "he" is not the wife the article introduces ("his then-wife, Marla Maples"), though her first name tells nothing. */
    @Test
    void aHeIsNoWifeTheArticleIntroduces() {
        for (String wife : new String[] {"his wife, Marla Maples", "his then-wife, Marla Maples"}) {
            assertEquals(List.of("Marla Maples", "Donald Trump"), speakers("Donald Trump wrote books. He recalled walking down "
                    + "the street with " + wife + ", and reflecting on his situation. \"What do you mean by that exactly?\" "
                    + "Maples asked. \"Because I am nine hundred million in debt,\" he replied."), wife);
        }
    }

    /** "Moreover, in Carlson’s words: “…”": the adverb set off by its comma is nobody; the words are Carlson's. */
    @Test
    void anAdverbOpeningALabelIsNoSpeaker() {
        assertEquals(List.of("Tucker Carlson"), speakers("Tucker Carlson spoke on Monday. Moreover, in Carlson\u2019s words: "
                + "\u201CAt some point, Donald Trump will be gone. The rest of us will be gone too.\u201D"));
        assertEquals(List.of("Michael Goodwin"), speakers("De Blasio picked a fight with the press. Thus, Michael Goodwin in the "
                + "New York Post: \u201CThe mask of conciliation came off. Actually, he ripped it off.\u201D"));
        assertEquals(List.of("Hillary Clinton", "Hillary Clinton"), speakers("Why did Hillary Clinton run? \u201CBecause I thought "
                + "I\u2019d be good at the job,\u201D she writes. Then, 13 pages later: \u201CIt was a chance to do the most good I "
                + "would ever be able to do.\u201D"), "after the adverb, no name: the quotation continues hers");
    }

    @Test
    void asSomeonePutItAndAsidesThatOpenWithAPossessive() {
        assertEquals(List.of("Karin Sol"), speakers("The plan is, as Karin Sol, a planner at the Ferry Board, put it, \"a bridge made of boats.\""));
        assertEquals(List.of("Norland"), speakers("Even Norland, Aldren's largest neighbour and its main trading partner, said it was "
                + "\"deeply concerned\" by the vote."));
        assertEquals(List.of("the Harbor Council"), speakers("Following a long, late-night meeting, the Harbor Council issued a statement "
                + "calling the strike \"a grave threat to the city.\""));
    }

    @Test
    void sentencesThatHandTheQuoteOverWithACommaOrColon() {
        assertEquals(List.of("The letter"), speakers("The letter began, \"Dear members of the council.\""));
        assertEquals(List.of("Arne Vik"), speakers("One cold morning, Arne Vik pinned a note to the gate that read, \"Closed until further notice.\""));
        assertEquals(List.of("Sara Holm"), speakers("Her colleague Sara Holm, 41, a crane operator from Aldren, chimed in. \"We are not going back.\""));
    }

    @Test
    void participlesWithTheirOwnSubjectAndNounsThatLookLikeCues() {
        assertEquals(List.of("Vera Lund"), speakers("The ad ends with footage of Vera Lund saying, \"We will rebuild.\""));
        assertEquals(List.of("the mayor's office"), speakers("Over the weekend, the mayor's office sent out tweets and notes: \"Stay home.\""));
        assertEquals(List.of("Ola Brekke"), speakers("She praised Sen. Ola Brekke (R-Nor.), who told reporters the bridge was \"safe at last.\""));
    }

    @Test
    void pollFiguresAndPassiveAgentsAsSources() {
        assertEquals(List.of("Only 41 percent of likely voters"), speakers("Only 41 percent of likely voters agreed that the council is "
                + "\"on the right track.\""));
        assertEquals(List.of("the union"), speakers("The night crews -- dubbed \"the owls\" by the union -- kept the port open."));
    }

    @Test
    void titlesTheWordsBeforeNameAsSuchAreNotQuotations() {
        assertEquals(List.of("It is a disgrace,"), texts(
                "Senator Jane Holt spoke to NBC's \"Meet the Press\" on Sunday. \"It is a disgrace,\" Holt said."));
        assertEquals(List.of(), texts("She first told the story in her 2015 memoir, \"Plenty Ladylike.\" The senator laughed."));
        assertEquals(List.of(), texts("said Julie Mason, host of \"The Press Pool\" on Sirius XM radio."));
        // not a title: lower-case words, or a title-case span no work noun introduces
        assertEquals(List.of("central thesis"), texts("Critics of Mayor Ana Markovic said the book's \"central thesis\" was wrong, Markovic said."));
        assertEquals(List.of("Make America Great Again"), texts("Students of the club wrote the slogan \"Make America Great Again\" on the sidewalk, Derek Kukura said."));
    }

    @Test
    void aPronounIsNotWhomItsOwnClauseTellsTheQuotation() {
        assertEquals(List.of("Barack Obama"), speakers("Barack Obama spoke first. Mitt Romney answered. \u201cWhat I would not "
                + "have done is left 10,000 troops in Iraq,\u201d he told Mr. Romney."));
        assertEquals(List.of("Jane Wallace"), speakers("Jane Wallace took the offer. Ronan Farrow met her later. \u201cIt wasn\u2019t "
                + "till I got out of there that I felt it,\u201d she told Farrow."));
    }

    @Test
    void namesListedInALeadingPhraseAreNotTheSentencesSubject() {
        assertEquals(List.of("Todd Akin"), speakers("Todd Akin lost the backing of the committee. After spending days on the "
                + "radio shows of Mr. Hannity, Dana Loesch and Mike Huckabee, Wednesday\u2019s efforts were aimed at a broader "
                + "audience. \u201cI was misinformed, and I recognize that,\u201d he told Mr. Lauer."));
        // the names right after a leading phrase are still its subject
        assertEquals(List.of("Joe Biden"), speakers("After the meeting, Joe Biden and Barack Obama, the two leaders, walked "
                + "out. \u201cWe agreed on a great deal,\u201d he said."));
    }

    @Test
    void aNameAtItsBodyOrAfterAnOfficeOfABodySpeaks() {
        assertEquals(List.of("Mark Baldassare", "Mark Baldassare"), speakers("Mark Baldassare runs the Public Policy Institute "
                + "of California (PPIC). \u201cThere\u2019s a lot of interest in that beyond California,\u201d Mr. Baldassare at "
                + "PPIC says. \u201cWhatever can be learned here could be applied elsewhere.\u201d"));
        assertEquals(List.of("Ben Rhodes"), speakers("\u201cThe Assad regime should know that,\u201d Ben Rhodes at the White "
                + "House said."));
        assertEquals(List.of("Alan Krueger"), speakers("\u201cNow is not the time for Washington to impose self-inflicted wounds "
                + "on the economy,\u201d Chairman of the White House Council of Economic Advisers Alan Krueger said in a statement."));
        // people at a body are the people, not a person named so
        assertEquals(List.of("Economists at Fathom Consulting"), speakers("Economists at Fathom Consulting said the "
                + "\u201clukewarm\u201d payrolls report left rate-setters with a dilemma."));
        // a name's own initials and middle names are no office
        assertEquals(List.of("J. Paul Compton Jr."), speakers("\u201cThere are a myriad of considerations,\u201d J. Paul Compton "
                + "Jr., general counsel for the U.S. Department of Housing and Urban Development, said."));
    }

    @Test
    void aBooksTitleWithNumbersASubtitleAfterAQuestionOrALowerCaseSubtitleIsATitle() {
        // an ordinal in the title
        assertEquals(List.of(), texts("This spring he and his partner, Kirsten Mullen, published the book \u201cFrom Here to "
                + "Equality: Reparations for Black Americans in the 21st Century.\u201d Both history and road map, the book answers"));
        // a subtitle after a question mark, with a figure in it
        assertEquals(List.of(), texts("said Regina Herzlinger, a professor at the Harvard Business School and the author of the book "
                + "\u201cWho Killed Health Care? America\u2019s $2 Trillion Medical Problem and the Consumer-Driven Cure.\u201d"));
        // a subtitle its writer began in lower case
        assertEquals(List.of(), texts("CNN contributor Jeff Engel pointed out in his book, \"Impeachment: an American History,\" "
                + "that the founders feared a demagogue."));
        // a long subtitle
        assertEquals(List.of(), texts("Star Parker is the author of the new book \"Necessary Noise: How Donald Trump Inflames the "
                + "Culture War and What This Means for Our Families\" available now."));
        // small words a writer keeps in lower case, and a long first part
        assertEquals(List.of(), texts("When his latest book, \"Tell Your Children: The Truth about Marijuana, Mental Illness, and "
                + "Violence\" came out, Berenson knew."));
        assertEquals(List.of(), texts("In his book, \"They’re Not Even Close: The Democratic vs. Republican Economic Records\" "
                + "the historian Erik Zuesse shows that it is so."));
        assertEquals(List.of(), texts("As recounted in historian Elizabeth Hinton's book \"From the War on Poverty to the War on "
                + "Crime\" Johnson sent rifles."));
        // speech cut off is no title in a list
        assertTrue(texts("The moderator began. \u201cGentlemen \u2014\u201d \u201cSenator John McCain, the Republican, and Senator "
                + "Barack Obama, the \u2014\u201d In 2008, this was his last chance.").contains(
                "Senator John McCain, the Republican, and Senator Barack Obama, the \u2014"));
        // a title in parentheses after "titled"
        assertEquals(List.of(), texts("Covering April 2009 to February 2015, the report (titled \u201cThe Age of the Wolf\u201d) "
                + "found that more people died."));
        // what a book is called by someone stays a quotation
        assertEquals(List.of("A monumental achievement."), texts("The commentator Monica Crowley called West\u2019s book "
                + "\u201cA monumental achievement.\u201d"));
    }

    @Test
    void noteStateAndClaimAreVerbsBeforeThatAfterAPluralSubjectOrAnAuxiliary() {
        assertEquals(List.of("the researchers"), speakers("While the focus is on mid-life rates, the researchers note that some "
                + "\"recent data suggest that mortality rates are increasing.\""));
        assertEquals(List.of("The court documents"), speakers("The court documents state that the objective was to \u201csow discord "
                + "in the political system.\u201d"));
        assertEquals(List.of("The memo"), speakers("The memo does note that \u201cthe FBI also interviewed Page multiple times.\u201d"));
        // nouns after an article or an adjective: the sentence's speaker stays who it was
        assertEquals(List.of("Critics"), speakers("Critics dismissed the bogus claim that the city is \"poorly run.\""));
        assertEquals(List.of("Smith"), speakers("The mayor rejected the claim that the city is \"poorly run,\" Smith said."));
    }

    @Test
    void theOneAsOpensAClauseWithReportsIt() {
        // an acronym or an outlet's name after "as", an auxiliary or an adverb before the verb
        assertEquals(List.of("CNN"), speakers("As CNN reported, \"the raid has so far yielded no intelligence.\""));
        assertEquals(List.of("NBC News"), speakers("As NBC News reported: \"the raid has so far yielded no intelligence.\""));
        assertEquals(List.of("NPR"), speakers("Critics were loud. As NPR has reported, \"the party mobilized late.\""));
        assertEquals(List.of("Yuki Noguchi"), speakers("But, as NPR's Yuki Noguchi reports, \"wages have been flat.\""));
        // "as" inside a clause, or another clause after the verb: not the clause's name
        assertEquals(List.of("Smith"), speakers("He laughed as Trump spoke. \"It was absurd,\" Smith said."));
        // a name, then an aside that describes it: the name, not the aside's last words
        assertEquals(List.of("Matt Strawn"), speakers("As Matt Strawn, former chairman of the Iowa GOP, told Politico: \u201cIt "
                + "changes nothing.\u201d"));
        assertEquals(List.of("Ezekiel Edwards"), speakers("As Ezekiel Edwards, director of the ACLU\u2019s Criminal Law Reform "
                + "Project, told me, a \u201cpolice department often operates like a crew.\u201d"));
        assertEquals(List.of("the senator"), speakers("As expected, the senator said \"it was a mistake.\""));
    }

    @Test
    void aTitleHeldInABodyOrPlaceIsAnAsideAfterTheName() {
        assertEquals(List.of("Jenny Harries"), speakers("Dr Jenny Harries, Deputy Chief Medical Officer for England, said it "
                + "\"was a tragedy.\""));
        assertEquals(List.of("Frank Jensen"), speakers("Frank Jensen, Lord Mayor of Copenhagen, said he was \"deeply shocked.\""));
        assertEquals(List.of("Dwight Holton"), speakers("Dwight Holton, U.S. Attorney for the District of Oregon, said the "
                + "\"threat was real.\""));
        assertEquals(List.of("Michael McFaul"), speakers("Michael McFaul, US ambassador to Russia between 2012 and 2014, tweeted: "
                + "\"This is a disgrace.\""));
        // the name after words that may come before a title ("former", "but"), then the aside
        assertEquals(List.of("Jeb Bush"), speakers("At a town hall this week, former Florida Gov. Jeb Bush, a Catholic convert, "
                + "said, \"Leave science to the scientists.\""));
        assertEquals(List.of("Ed Thomas"), speakers("The Air Force did not respond, but Air Force Brig. Gen. Ed Thomas, the chief "
                + "spokesman, told POLITICO that \"initial reviews found nothing.\""));
        assertEquals(List.of("John Yarmuth"), speakers("The group is cagey, although Kentucky Rep. John Yarmuth, one of the "
                + "group\u2019s Democratic members, said he would be \u201cstunned\u201d by a delay."));
        // an owner's role in capitals; a party and state with who the person is
        assertEquals(List.of("Gerard Niemira"), speakers("Gerard Niemira, Shadow\u2019s CEO, said that \u201cwe are committed to "
                + "security.\u201d"));
        assertEquals(List.of("Bernie Sanders"), speakers("Sen. Bernie Sanders, Vermont independent who is challenging Mrs. Clinton, "
                + "said the deal \u201cwill hurt consumers.\u201d"));
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoPartOfTheName() {
        assertEquals(List.of("Mark Bertolini"), speakers("Recently Mark Bertolini, CEO of insurance giant Aetna, said the "
                + "exchanges are in a \u201cdeath spiral.\u201d"));
        assertEquals(List.of("Bush", "Bush"), speakers("Ultimately Bush said he would not have gone in, calling it a \"mistake.\" "
                + "\"It was the wrong call,\" Bush said."));
    }

    @Test
    void aTownsRegionAfterOfOrALongTownNameIsNoSpeaker() {
        assertEquals(List.of("Calvin Fink"), speakers("Republican Calvin Fink, 54, of DeLand, Florida, describes the economy as "
                + "\u201cexcellent.\u201d"));
        assertEquals(List.of("Audra Kasparian"), speakers("Audra Kasparian, 45, from Salt Lake City, Utah, called her visit "
                + "\"a life event to cherish.\""));
        // after "of", a name of more than one word is whom the title names
        assertEquals(List.of("Maura Healey"), speakers("The attorney general of Massachusetts, Maura Healey, said the states "
                + "would sue. \"This is a sad day,\" Healey said."));
    }

    @Test
    void whomACausativeVerbMakesSpeakSpeaks() {
        assertEquals(List.of("Theresa May"), speakers("Prime Minister Theresa May met police. Donald Trump tweeted about the attack, "
                + "prompting Mrs May to say it was not helpful to \"speculate\" on an investigation."));
        assertEquals(List.of("Ari Shapiro"), speakers("The stalemate in Congress led NPR's Ari Shapiro to ask the question today, "
                + "\"Would the U.S. be better off?\""));
        // asked or urged to speak: the words are the one who asked
        assertEquals(List.of("Loretta Lynch"), speakers("Loretta Lynch urged Comey to call the probe a \"matter.\""));
    }

    @Test
    void laughsAndSighsAreVerbsOfSpeech() {
        assertEquals(List.of("Kahder Smith", "Kahder Smith"), speakers("\"We don't know which is which,\" laughs Kahder Smith, "
                + "a student. \"We have to sit down and read.\""));
        assertEquals(List.of("Ray Buckley", "Ray Buckley"), speakers("\u201cOnce somebody doesn\u2019t trust you,\u201d sighs Ray "
                + "Buckley, the state chair, \u201cit\u2019s very hard to get it back.\u201d"));
    }

    @Test
    void anAsideThatSharesOutTheSpeakersLeavesThemTheSpeakers() {
        assertEquals(List.of("Two officials"), speakers("Two officials, one current and one former, said \"it was a mistake.\""));
        assertEquals(List.of("two State Department officials"), speakers("But two State Department officials \u2014 one current "
                + "and one former \u2014 say that they saw \u201cmultiple\u201d emails."));
    }

    @Test
    void aQuotationOverTwoParagraphsIsTheNamedSpeakersNotTheUnnamedOthers() {
        // a roundup: "Others argue that" opens a quotation whose second paragraph the writer's credit line closes
        List<Quote> quotes = QuoteAttributor.quotes("Editorial Board, New York Times\n\nOthers argue that \u201cthe party seems to "
                + "have a rather unique view of what a debate is.\n\n\u201cThe leaked emails showed that she fed them questions.\u201d"
                + "\n\nMarc Giller, Hot Air\n");
        assertEquals(List.of("Marc Giller", "Marc Giller"), quotes.stream().map(Quote::speaker).toList());
    }

    @Test
    void aProgrammeNamedAfterItsChannelIsNoQuotationAndItsGuestSpeaksOn() {
        // the channel before the programme, with or without an owner's mark: an acronym or a broadcaster's word
        assertEquals(List.of(), texts("Sen. Amy Klobuchar said Sunday on ABC News \"This Week\" that the plan would fail."));
        assertEquals(List.of(), texts("Graham said during an appearance on Fox News’s “Hannity.”"));
        assertEquals(List.of(), texts("McCain said in an interview on C-SPAN’s “Washington Journal.”"));
        assertEquals(List.of(), texts("Blunt said on CBS \"Face the Nation.\""));
        // the guest is who speaks in the quotation after it
        List<Quote> quotes = QuoteAttributor.quotes("Sen. Amy Klobuchar said Sunday on ABC News \"This Week\" that she believed "
                + "the account.\n\n\"I think we know from campaigns that people need to be heard.\"\n\nThe vote is on Tuesday.");
        assertEquals(List.of("Amy Klobuchar"), quotes.stream().map(Quote::speaker).toList());
        // not after a channel: words said on a social network stay a quotation
        assertEquals(List.of("Make America Great Again"), texts("He wrote on Twitter \"Make America Great Again\" on Sunday."));
    }

    @Test
    void aProgrammeSpokenOnAndATitleBeforeAWorksNounAreNotQuotations() {
        // "said on" a programme; the programme's interview, tape or host after its title; "the set of"
        assertEquals(List.of("We will win,"), texts("\"We will win,\" Cruz said on \"Fox News Sunday.\" The host nodded."));
        assertEquals(List.of(), texts("Mr. McCain, who appeared on “Face the Nation,” said the vote would fail."));
        assertEquals(List.of(), texts("She spoke in an exclusive \"Fox News Sunday\" interview about the \"Access Hollywood\" tape."));
        assertEquals(List.of(), texts("Trump appears on the set of \"The Celebrity Apprentice\" with two of his children."));
        // said on a day, or in an appearance, on a programme
        assertEquals(List.of("It was never going to succeed,"), texts("Sen. John McCain said Sunday on \"State of the Union\" that it "
                + "was doomed. \"It was never going to succeed,\" he said."));
        assertEquals(List.of(), texts("Mulvaney said during an appearance on \u201cFox News Sunday.\u201d He added little."));
        // a slogan said on a day, or a title-case phrase before an ordinary noun, is still a quotation
        assertEquals(List.of("Lock Her Up"), texts("The crowd chanted \"Lock Her Up\" on Tuesday, organisers said."));
        assertEquals(List.of("Crazy Nancy"), texts("Trump has taunted her as \"Crazy Nancy\" for months."));
    }

    @Test
    void aNameAfterAPrepositionThatTakesOneIsNoQuotation() {
        // from "Code Pink", with "Fox News Sunday", by "Bird of Jannah": a group's, a show's or a person's name
        assertEquals(List.of(), texts("He paused to take on a woman from \"Code Pink\" who interrupted him."));
        assertEquals(List.of(), texts("Mr. Trump said in an interview with \u201cFox News Sunday\u201d that he was giving him free rein."));
        assertEquals(List.of(), texts("It was published by a blogger who goes by \"Bird of Jannah,\" referring to heaven."));
        // a nickname between a first and a last name
        assertEquals(List.of(), texts("Antonio \"LA\" Reid, chairman of the group, and Lewis \u201cScooter\u201d Libby met."));
        // or between initials and a last name
        assertEquals(List.of(), texts("County Judge R.T. \"Skip\" Lowell Jr. told the paper that nine people were hurt, and Gov. "
                + "J. \u201cBud\u201d Harlan agreed."));
        // an outlet's programme after its possessive written in capitals: CBS' "Face the Nation"
        assertEquals(List.of(), texts("Pence told CBS' \"Face the Nation.\" He said little else."));
        // a list of quoted titles (not a headline followed by a quotation: see heOrSheIsNoDocumentNorBodyThatSpokeBefore)
        assertEquals(List.of(), texts("They are: \u201cSeabiscuit,\u201d \u201cChariots of Fire,\u201d \u201cDead Poets Society\u201d and more."));
        // a name for something: the so-called "false flag"
        assertEquals(List.of(), texts("Mr Holland admitted that some states run so-called \"false flag\" operations."));
        assertEquals(List.of(), texts("Keith Allen defended collecting so-called \u201Cmetadata\u201D on calls."));
        // a year's work: 2018's "The Restless Wave"
        assertEquals(List.of("It was fun,"), texts("\"It was fun,\" Sen. Ray Holt would write in his final memoir, 2018's \"The Long Road.\""));
        // a day's programme: Wednesday's "CNN Tonight"
        assertEquals(List.of(), texts("Sam Wang said on Wednesday's \"CNN Tonight\" that the error was large."));
        // one word after such a preposition may be a word of someone's: still a quotation
        assertEquals(List.of("losers"), texts("The general was cut off from the \"losers\" he led, Smith said."));
    }

    @Test
    void theSubjectOfAPassiveSpeechVerbIsNotItsSpeaker() {
        assertEquals(List.of(), texts("The TV doctor has been called a charlatan by fellow physicians for promoting “quack” cures."));
        assertEquals(List.of("John McCain"), speakers(
                "Sen. John McCain said Russia's actions can only be described as a \"cross-border military invasion,\" adding more."));
        assertEquals(List.of("the leader of the Danish People's Party"), speakers(
                "The cancellation was described as a \"farce\" by the leader of the Danish People's Party."));
    }

    @Test
    void textsMadeOfQuoteMarksGiveASaneResult() {
        assertEquals(List.of(), texts("\"a“b” ".repeat(20_000)), "a mark every few characters is not prose");
        assertEquals(List.of(), texts("\"x “y” z ".repeat(20_000)));
        String oneLongQuote = "“" + "We will stay and we will rebuild the bridge, ".repeat(2_000) + "” said Mayor Ana Markovic.";
        assertEquals(List.of("Ana Markovic"), speakers(oneLongQuote));
        String dense = "“We are ready to act on this,” said Smith, “and we will,” he added. ".repeat(2_000);
        assertEquals(4_000, texts(dense).size());
        // adverbs set off by commas, one after another for 700,000 characters: a sane result, no deep recursion
        String adverbs = "Here, " + "there, ".repeat(100_000) + "Smith said: \u201cWe are ready.\u201d";
        assertEquals(1, texts(adverbs).size());
    }

    @Test
    void aTitleAbbreviatedToFourLettersIsNoSentenceEnd() {
        assertEquals(List.of("Jeff Davis", "Ann Lee", "Eddie Johnson", "John McCain"), speakers("Storm\n\n"
                + "\"We will not hesitate to defend ourselves,\" Capt. Jeff Davis told Fox News.\n\n"
                + "\"We are ready,\" said Cmdr. Ann Lee.\n\n"
                + "\"Let me be very clear,\" Chicago Police Supt. Eddie Johnson told reporters.\n\n"
                + "\"Nowhere is this clearer,\" Sens. John McCain and Lindsey Graham said in a joint statement."));
        // in capitals it is a transcript's label: the full stop ends the sentence before the name, as before
        assertEquals(List.of("Donald Trump", "Donald Trump"), speakers("Facts\n\nA look at remarks made Wednesday by President "
                + "Donald Trump.\n\nPRES. TRUMP: \"It's the largest tax cut in our history.\" \u2014 remarks Wednesday.\n\n"
                + "THE FACTS: It isn't.\n\nPRES. TRUMP: \"Obamacare has been repealed in this bill.\" \u2014 remarks Wednesday."));
    }

    @Test
    void aTitledNameAfterTheVerbEndsBeforeWhenWhereOrHow() {
        assertEquals(List.of("Josh Earnest", "Nina Turner", "Brian Riedl", "one masked fighter"), speakers("Budget\n\n"
                + "\"We will act,\" said White House press secretary Josh Earnest in an interview.\n\n"
                + "\"We are not done,\" said national co-chair Nina Turner on Monday, adding that more would come.\n\n"
                + "\"The deficit will grow,\" said Manhattan Institute economist Brian Riedl at a hearing.\n\n"
                // what the phrase holds before "with" names nobody in full: the description stays the speaker
                + "\"We retreated a bit,\" said one masked fighter who spoke Arabic with a North African accent."));
        assertEquals(List.of("Steve Mnuchin", "Mitt Romney", "John Chow", "Chris Wallace"), speakers("Aid\n\n"
                + "\"Within three weeks, we will have deposits,\" said Treasury Secretary Steve Mnuchin Monday.\n\n"
                + "\"It would not be happy,\" said 2012 GOP presidential nominee Mitt Romney this week at a fundraiser.\n\n"
                + "\"They used violence,\" said bank worker John Chow as he marched.\n\n"
                // a day that a title goes on after is a programme's name, not when it was said
                + "\"It is apparent how close they are,\" said Fox News Sunday anchorman Chris Wallace, who met them."));
    }

    @Test
    void aDescribedSourceAfterAPartialQuoteIsItsSpeakerNotTheSentencesSubject() {
        assertEquals(List.of("Lu Kang", "the sergeant"), speakers("Tariffs\n\nRetaliatory measures \u201Ctook effect immediately,\u201D "
                + "said a Chinese foreign ministry spokesman, Lu Kang.\n\nHaving a lawyer meant there was someone \"to take my "
                + "feelings into consideration,\" says the sergeant, who asked to remain anonymous."));
        // "said the nation was …": what the subject said, not who said the quotation
        assertEquals(List.of("Donald Trump"), speakers("Vote\n\nOn Twitter, Donald Trump called American democracy "
                + "\u201Ca sham and a travesty,\u201D said the nation was in trouble and called for a march."));
    }

    @Test
    void aSourceDescribedWithNamesAndQualifiersIsTheWholeDescription() {
        assertEquals(List.of("a GOP aide familiar with the New York provision", "one adviser close to Obama", "a Senate GOP aide",
                "one person"), speakers("Bill\n\nBarack Obama spoke on Monday.\n\n"
                + "\"It was added at the last minute,\" said a GOP aide familiar with the New York provision.\n\n"
                + "\"He has been looking forward to it,\" says one adviser close to Obama.\n\n"
                + "\"We will wait,\" said a Senate GOP aide after Republican senators held a call.\n\n"
                // a relative clause ends the description: the person it names is not the source
                + "\"Some of the debate was for show,\" said one person who has spoken to Pruitt."));
    }

    @Test
    void aTitledSourceAfterAccordingToKeepsItsName() {
        assertEquals(List.of("Fred Barnes", "Rand Paul"), speakers("Speech\n\nThe president offered few sweeteners, writes Fred "
                + "Barnes in the Journal.\n\n\u201CThe highly partisan theme was a departure,\u201D according to Mr. Barnes.\n\n"
                + "\u201CThe bill is dead,\u201D according to Sen. Rand Paul. The vote was delayed."));
    }

    @Test
    void anAcronymOrInitialsBeforeTheLastWordBelongToTheName() {
        assertEquals(List.of("ABC News", "IHS Markit", "A.J. Spiker", "Gottlieb"), speakers("Notes\n\n"
                + "\"The leak was no small one,\" said ABC News.\n\n\"Services declined sharply,\" said IHS Markit.\n\n"
                + "\"We will win Iowa,\" said A.J. Spiker.\n\n"
                // an owner's name before it is no part of the name
                + "\"The agency moved fast,\" said AEI's Gottlieb."));
    }

    @Test
    void aTextOpeningWithSpacesBeforeANameGivesAResult() {
        // the name's only place is the text's first word: found after the spaces as without them (was an exception)
        assertEquals(speakers("Smith said \u201CWe will act.\u201D"), speakers("  Smith said \u201CWe will act.\u201D"));
        assertEquals(List.of("We will act."), texts("  Smith said \u201CWe will act.\u201D"));
    }

    /** Marks, names, titles, cues and odd characters thrown together: a result, never an exception. */
    @Test
    void randomTextsGiveAResultNeverAnException() {
        String[] pieces = {"\"", "\u201C", "\u201D", "\u201E", "\u2018", "\u2019", "'", "''", " ", " ", " ", "\n", "\n\n", ",", ".",
            ":", "?", "\u2014", "(", ")", "said", "told", "added", "according to", "he", "she", "his", "Mr.", "Mrs.", "President",
            "the president", "Sen.", "Smith", "Anna", "O'Brien", "Al-Sisi", "Reuters", "The", "the", "of", "We", "will", "U.S.",
            "D-Mass.", "SMITH:", "Q:", "Jr.", "\u00E9", "\uD83D\uDE00", "\uD83D", "\u00A0", "\t", "\r", "2016", "Donald Trump"};
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(300); i > 0; i--) {
                b.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? " " : "");
            }
            String text = b.toString();
            try {
                for (Quote q : QuoteAttributor.quotesResolvingOffices(text)) {
                    assertEquals(q.text(), text.substring(q.start(), q.end()));
                }
            } catch (RuntimeException e) {
                throw new AssertionError("text " + n + ": " + text, e);
            }
        }
    }

    @Test
    void clausesSplitAsTheCommaAndDashPatternDoes() {
        java.util.regex.Pattern breaks = java.util.regex.Pattern.compile(",|\\s+(?:--|\u2014|\u2013)\\s+");
        java.util.List<String> samples = new java.util.ArrayList<>(java.util.List.of("", ",", " -- ", "a -- b", "a --b",
                "a—b", "a — b, c", "Hill, a doctor,  --  said", "x ---  y", "end -- ", " – start", "a \t—\n b,,c"));
        java.util.Random random = new java.util.Random(7);
        char[] alphabet = {'a', 'b', ',', ' ', ' ', '-', '\u2014', '\u2013', '\t', '\n', '\u00A0'};
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                sb.append(alphabet[random.nextInt(alphabet.length)]);
            }
            samples.add(sb.toString());
        }
        for (String s : samples) {
            assertEquals(java.util.Arrays.asList(breaks.split(s, -1)), Phrases.clauses(s), "[" + s + "]");
        }
    }

    @Test
    void aGroupIsNamedByWhatItIsMadeOf() {
        assertEquals(List.of("A small group of students"),
                speakers("A small group of students wrote \"Save the library\" on the sidewalk outside the council."));
        assertEquals(List.of("A majority of voters"), speakers("A majority of voters said \"enough is enough\" in the poll."));
        // "of" and a number: the group with what it is made of
        assertEquals(List.of("a group of more than 60 engineers"),
                speakers("This week, a group of more than 60 engineers wrote that the bridge was \"unsafe.\""));
        assertEquals(List.of("A majority"), speakers("A majority of those said \"enough is enough\" in the poll."));
    }

    @Test
    void aNegatedAuxiliaryEndsTheSpeakerLikeAnyVerb() {
        assertEquals(List.of("The company"), speakers("The company wouldn't elaborate, saying only that it was \"reviewing the case.\""));
        assertEquals(List.of("The aide"), speakers("The aide wouldn’t discuss specific names, saying the list was \"long and growing.\""));
    }
    @Test
    void aGroupNamedByWhomItBelongsToIsTheSpeakerNotTheName() {
        assertEquals(List.of("U.S. officials", "White House aides", "Trump supporters", "Israeli military sources"),
                speakers("Talks\n\n\"The talks went well,\" U.S. officials said.\n\n\"We are ready,\" White House aides said on Monday."
                        + "\n\n\"This is a disgrace,\" said Trump supporters outside the hall.\n\n\"No deal is near,\" Israeli military "
                        + "sources told reporters."));
        // a name is no group; nor a sentence's first word that opens a clause, or things rather than people
        assertEquals(List.of("Mark Kelly"), speakers("\"We will see,\" Mark Kelly said."));
        assertEquals(List.of(), speakers("When different respondents said \"yes\" the count changed."));
        assertEquals(List.of(), speakers("Her comments drew \"outrage\" online."));
    }

    @Test
    void heIsNeverAGroup() {
        // the group spoke last, but "he" is the man named before it
        assertEquals(List.of("Dan Levy", "Labour officials", "Dan Levy"), speakers("Dan Levy ran the campaign.\n\n"
                + "\"We lost,\" Dan Levy said.\n\n\"It was close,\" Labour officials said.\n\n\"I am proud of the team,\" he said."));
    }

    @Test
    void whatHappenedAsItWasSaidDoesNotNameTheSpeaker() {
        // "…," when Clinton blasted him: the circumstance; the speaker is the one introduced before the quote
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke in Ohio.\n\nThe ad shows Trump saying during the debate, "
                + "\"That makes me smart,\" when Clinton blasted him for not paying taxes."));
    }
    @Test
    void aTitleOrAnInitialBeforeALastNameIsNoSentenceEnd() {
        // the full stop of "Mr." once made "Lott" look capitalised only for opening a sentence, so no name
        assertEquals(List.of("Obama"), speakers("Climate\n\n\"My own belief is that change is real,\" Mr. Obama said."));
        assertEquals(List.of("Lott"), speakers("Guns\n\nJohn R. Lott Jr., president of the center, said sales rose.\n\n"
                + "\"My own belief is that change is real,\" Mr. Lott said."));
    }
    @Test
    void aRoleThatIsAlsoASurnameIsOneAfterAFirstName() {
        assertEquals(List.of("Steve Judge", "Amy Berman Jackson"), speakers("Tax\n\n\"Increasing taxes would hurt all partnerships,\" "
                + "said Steve Judge, president of the council.\n\n\"Order,\" said U.S. District Judge Amy Berman Jackson."));
        assertEquals(List.of("the judge"), speakers("Court\n\n\"We will decide,\" the judge said."));
        // and alone, once the article has named the person: the fullest name it gives
        assertEquals(List.of("Peter King", "Peter King"), speakers("Security\n\nRep. Peter King of New York spoke first.\n\n"
                + "\"It is a little unsettling,\" King said.\n\n\"We need answers,\" said Peter King."));
    }
    @Test
    void aFullNameThenWhatDescribesItThenTheVerbIsTheName() {
        // the closing comma of the description missing, or the verb a long way after it
        assertEquals(List.of("Katie Hill", "Edward Marshall"), speakers("Talks\n\n\"They remain close today,\" Katie Hill, a "
                + "spokesperson for Obama told ABC News.\n\n\"Fill every ship in sight,\" Edward Marshall, a commodities trader at "
                + "Global Risk, was quoted as saying by The Wall Street Journal."));
    }
    @Test
    void aDocumentThatReadsIsTheSource() {
        assertEquals(List.of("the statement"), speakers("Apology\n\n\"Ms. Meyer has nothing to do with this project,\" the statement read."));
        // "a caption that": what a relative clause opens with names no source
        assertEquals(java.util.Collections.singletonList(null), speakers("Photo\n\n\"Lock her up,\" a caption that ran under it read."));
    }
    @Test
    void whoWasQuotedOrOverheardSayingIsTheSpeaker() {
        // the passive "was quoted as", "is heard", "was overheard" between the subject and the verb is no part of it
        assertEquals(List.of("Sergei Lavrov", "Sergei Lavrov", "Mitt Romney", "one White House staffer", "Steve Bannon"),
                speakers("Talks\n\nSergei Lavrov met the envoy.\n\n\"We will not tolerate this,\" Lavrov was quoted as saying."
                + "\n\n\"Nor that,\" he was quoted as saying by TASS.\n\nMitt Romney spoke at a fundraiser.\n\n\"There are 47 "
                + "percent,\" Romney is heard saying in the tape.\n\n\"Get out,\" one White House staffer was overheard saying."
                + "\n\nSteve Bannon wrote a memo.\n\n\"It is treasonous,\" Bannon is quoted as saying in the book."));
    }
    @Test
    void theLastWordOfATitleOrASentenceOpenerIsNoFirstName() {
        // "Chief of Staff Mick Mulvaney": the title ends in a capitalised word; "Once Michael Thornton's …": an opener
        assertEquals(List.of("Mick Mulvaney", "Michael Thornton"), speakers("Budget\n\nActing White House Chief of Staff Mick "
                + "Mulvaney spoke on Sunday.\n\n\"We will not shut down,\" Mulvaney said.\n\nOnce Michael Thornton's donations "
                + "became known, he spoke out.\n\n\"We represent victims,\" Thornton said."));
    }
    @Test
    void aDescriptionThenANameThenTheVerbIsTheName() {
        // "…," Energean's CEO, Matthaios Rigas, told the FT / a title before the name, then a description without its comma
        assertEquals(java.util.Arrays.asList("Matthaios Rigas", "Bruce Braley", null), speakers("Gas\n\n\"We will not accept this under any "
                + "circumstances,\" Energean's CEO, Matthaios Rigas, told the FT in an interview.\n\n\"We have waited long enough "
                + "for this,\" Rep. Bruce Braley, an Iowa Democrat who is running for the Senate said Thursday.\n\nThe talks "
                + "failed, and that mattered. \"It was never a party of any kind at all,\" The Muslim Brotherhood, he said, is a militia."));
    }
    @Test
    void aRoundupsCreditLineNamesTheWriter() {
        // opinion roundups quote a column, then credit its writer and outlet on the rest of the line
        assertEquals(java.util.Arrays.asList("Ruth Marcus", "Ian Millhiser", null), speakers("From the Left\n\n\u201CThe plan "
                + "would cost far more than its authors admit.\u201D Ruth Marcus, Washington Post\n\n\u201CThe court has never "
                + "read the clause that way.\u201D Ian Millhiser, Vox\n\nElsewhere the mood was grim.\n\n\u201CNobody expected this "
                + "outcome at all,\u201D Paris, France, was quiet."));
    }

    @Test
    void anInterviewRunOnInOneParagraphGivesEachLabelItsQuotation() {
        // "Name: “…”" turns run on in one paragraph; a turn cut off with a dash ends no sentence, so the label before it
        // must not run into the next one ("Mulvaney Mitchell")
        assertEquals(java.util.Arrays.asList("Dana Whitlock", "Omar Castell", "Dana Whitlock", "Omar Castell"), speakers(
                "The network aired the exchange.\n\nDana Whitlock: \u201CAre the figures right?\u201D Omar Castell: "
                + "\u201CI am at the budget office, and\u2013\u201D Whitlock: \u201CYou do not trust them?\u201D Castell: "
                + "\u201CI said they are right.\u201D"));
    }

    @Test
    void aNameAfterAQuotationBeforeTheVerbIsTheSubjectAlone() {
        // "Pence “…,” Oesterle says": the names on both sides of the quotation are not one name ("Pence Oesterle")
        assertEquals(java.util.Arrays.asList("Bill Oesterle", "Bill Oesterle"), speakers("Among the critics was the businessman Bill "
                + "Oesterle.\n\nPence \u201Cwas clearly pandering to some players here,\u201D Oesterle says, \u201Cand that "
                + "was a sign to all of us.\u201D"));
    }

    @Test
    void itIsNeverAPersonTheArticleCallsHeOrShe() {
        // "“…,” it adds": the report's words, not the man named before it
        List<String> who = speakers("Dakota Wood, a senior fellow, said the plan was flawed. He has studied it for years.\n\n"
                + "The Pentagon report disagrees. \u201CThe department must adapt its operations to a changing climate,\u201D it adds.");
        assertEquals(java.util.Collections.singletonList(null), who);
    }

    @Test
    void aPersonNamedOnlyByTitleAndSurnameIsOneAPronounCanReferTo() {
        // "Mr. Brenn" is all the article calls him: "he" is Brenn, not the man named in full before him
        assertEquals(java.util.Arrays.asList("Dale Mercer", "Brenn"), speakers("\u201CThe toll is on the table,\u201D chief of staff "
                + "Dale Mercer told reporters.\n\nMr. Brenn, whose demands for the toll led to the standoff, said the council "
                + "must shoulder the blame.\n\n\u201CThey are offering very little money for the bridge!\u201D he wrote on Sunday."));
    }

    @Test
    void aSurnameWithAHyphenedParticleIsANameInACueAndInFull() {
        assertEquals(java.util.Arrays.asList("Nouri al-Maliki", "Nouri al-Maliki"), speakers("Prime Minister Nouri al-Maliki "
                + "appealed to the tribes.\n\n\u201CI call upon all tribes to come together,\u201D al-Maliki said.\n\n"
                + "\u201CI say that all our brothers are welcome,\u201D he said."));
    }

    @Test
    void aLawmakersPartyAndStateAreNoPartOfTheNameNorTheSpeaker() {
        assertEquals(java.util.Arrays.asList("Ana Ruiz", "Ana Ruiz", "Oskar Brenn"), speakers("\u201CThe toll is a disaster,\u201D "
                + "said Rep. Ana Ruiz (D-Calif.).\n\nRep. Ana Ruiz, D-Calif., said the bill was \u201Ca disaster for everyone "
                + "involved.\u201D\n\nSen. Oskar Brenn, R-S.C., said it was \u201Ca very bad day for the harbor.\u201D"));
    }

    @Test
    void aLawmakersPartyAndStateWithACommaBetweenThemAreNoPartOfTheName() {
        String text = "\u201CThe toll is a disaster,\u201D said Rep. Ana Ruiz (D., Calif.), who chairs the panel.\n\n"
                + "\u201CWe were told nothing,\u201D tweeted Sen. Oskar Brenn (R., S.C.). \u201CNot a word.\u201D\n\n"
                + "Sen. Lee Varga (I., Vt.) said: \u201CIt can wait.\u201D\n\n"
                + "The harbor bill stalled, said Rep. Ana Ruiz (D., Calif.) after the vote. \u201CWe will try again.\u201D";
        assertEquals(List.of("Ana Ruiz", "Oskar Brenn", "Oskar Brenn", "Lee Varga", "Ana Ruiz"), speakers(text));
        List<Quote> quotes = QuoteAttributor.quotes(text);
        assertEquals("The toll is a disaster,", quotes.get(0).text(), "the quotations keep the text as written");
        assertEquals("We will try again.", text.substring(quotes.get(4).start(), quotes.get(4).end()));
    }

    @Test
    void anInstitutionsNameIsNotCutToItsLastWords() {
        assertEquals(List.of("Roger Clegg"), speakers("Roger Clegg at National Review Online called the case "
                + "\u201Ca big loss for racial preferences.\u201D"));
        assertEquals(List.of("the National Review"), speakers("\u201CIt is the hidden nature of this tax that worries "
                + "conservatives,\u201D the National Review wrote in an editorial."));
        assertEquals(List.of("the head of the Federal Reserve", "Jerome Powell"), speakers("\u201CRates will stay low,\u201D "
                + "said the head of the Federal Reserve.\n\n\u201CWe will not cut,\u201D Federal Reserve Chairman Jerome Powell said."));
    }

    @Test
    void anInstitutionSpeaksUnderItsWholeName() {
        assertEquals(List.of("The Republican National Committee"), speakers("The Republican National Committee, in a statement "
                + "Friday, said that “this changes nothing for the campaign.”"));
        assertEquals(List.of("the Russian Foreign Ministry"), speakers("\"It is nonsense,\" the Russian Foreign Ministry said."));
        assertEquals(List.of("China’s Foreign Ministry"), speakers("China’s Foreign Ministry called on the U.S. to cease "
                + "\"provocative actions\" over the islands."));
        assertEquals(List.of("the Ministry of Commerce"), speakers("\"The countermeasures are rational and restrained,\" the "
                + "Ministry of Commerce said in a statement."));
        assertEquals(List.of("The Office of the Inspector General"), speakers("The Office of the Inspector General says he "
                + "committed \"serious crimes.\""));
        assertEquals(List.of("The Supreme Court"), speakers("The Supreme Court invalidated the provision, finding that it "
                + "“intrudes on the federal power.”"));
        assertEquals(List.of("Bank of America"), speakers("\"We will see,\" said Bank of America in a statement."));
        assertEquals(List.of("the Office of Management and Budget"), speakers("\"We will see,\" said the Office of "
                + "Management and Budget."));
    }

    @Test
    void aPersonAfterTheirInstitutionAndTitleIsTheSpeaker() {
        assertEquals(List.of("Nicholas Bagley"), speakers("“The merits are frivolous,” said University of Michigan law "
                + "professor Nicholas Bagley."));
        assertEquals(List.of("Casey Mattox"), speakers("\"The videos are not edited,\" asserted Alliance Defending Freedom "
                + "lawyer Casey Mattox, summing up the findings."));
        assertEquals(List.of("Cecile Richards"), speakers("\"It is a good day,\" Planned Parenthood Federation of America "
                + "President Cecile Richards said Tuesday."));
        assertEquals(List.of("Cameron Easley"), speakers("“The impact is still small,” wrote Cameron Easley for Morning Consult."));
    }

    @Test
    void anAndInsideACommitteesNameJoinsNoSecondPerson() {
        assertEquals(List.of("Kevin Brady"), speakers("“This is our commitment,” House Ways and Means Chairman Kevin Brady "
                + "said in a statement."));
        assertEquals(List.of("Elijah Cummings"), speakers("Rep. Elijah Cummings and Rep. John Conyers wrote that the "
                + "inquiry was “a sham.”"));
        assertEquals(List.of("Robert Lighthizer"), speakers("Trade Representative Robert Lighthizer spoke on Monday.\n\n"
                + "Lighthizer and Treasury Secretary Steven Mnuchin emphasized this week that “there is no agreement.”"));
        assertEquals(List.of("Victoria Nuland"), speakers("State Department spokeswoman Victoria Nuland and White House "
                + "Press Secretary Jay Carney said the talks reached “the highest levels.”"));
    }

    @Test
    void aRoundupsCreditAfterAQuotationEndingItsParagraphNamesTheWriter() {
        assertEquals(List.of("Neal K. Katyal", "Kyle Smith"), speakers("Here is what the left says.\n\nRegarding the report, "
                + "the fact that he did so “within 48 hours should be deeply concerning to every American.” Neal K. Katyal, New "
                + "York Times\n\nOthers disagree. “I think the response is going to be a hearty shrug.”\n\nKyle Smith, "
                + "National Review\n"));
        assertEquals(List.of("Charles Krauthammer", "Rahm Emanuel"), speakers("The week in quotes.\n\n“The debate is over.”\n\n"
                + "-- Charles Krauthammer on “Special Report.”\n\n“We will win this.”\n\n-- Chicago Mayor Rahm Emanuel, "
                + "former White House chief of staff, on “This Week.”\n"));
        List<String> signed = speakers("Live updates.\n\nPelosi was asked about the vote. “We will see,” Nancy Pelosi "
                + "said.\n\n— Timothy Cama\n");
        assertEquals(List.of("Nancy Pelosi"), signed, "a reporter's sign-off is no credit");
        assertEquals(List.of("Nancy Pelosi"), speakers("Live updates.\n\n“We will see,” Nancy Pelosi said.\n\n—Carol E. "
                + "Lee, Jared Favole and Matthew Dolan contributed to this article.\n"), "nor are the reporters who contributed");
        assertEquals(List.of("Brian Marshall", "Tony O'Donnell"), speakers("Voices from the hall.\n\n-- Brian Marshall, 19, a "
                + "student: \"Backwards.\"\n\n-- Tony O'Donnell, 51, a delegate: \"Smart guy.\"\n"),
                "a dashed line that introduces its own quotation credits that one, not the one before");
        List<String> notAPerson = speakers("The week in quotes.\n\n“The debate is over.”\n\n— On NPR's All Things "
                + "Considered, the speaker said so.\n");
        assertEquals(false, notAPerson.contains("Things Considered"), notAPerson.toString());
        assertEquals(List.of("Editorial Board, Wall Street Journal", "Editorial Board, New York Times"), speakers("Roundup.\n\n"
                + "“The plan will fail.”\n\nEditorial Board, Wall Street Journal\n\n“The plan will work.” Editorial Board, "
                + "New York Times\n"), "each paper's board, as its credit reads");
        assertEquals(List.of("Robert Lasky"), speakers("The tip was never passed on.\n\n“It was a failure at every level.” "
                + "Robert Lasky, the special agent who heads the FBI’s Miami office.\n\nCruz has admitted it."));
        List<String> declined = speakers("The tip was never passed on.\n\n“It was a failure at every level.” John Smith, the "
                + "mayor, declined to comment.\n");
        assertEquals(false, declined.contains("John Smith"), "a description, then his own verb: no credit");
        assertEquals(List.of("Ana Markovic"), speakers("Mayor Ana Markovic said the city would “do what it must.”\n\nJohn "
                + "Smith, the city's treasurer, said the money was gone."), "a paragraph that opens with a name is no credit");
    }

    @Test
    void aLeadingGerundPhraseNamesNoSpeaker() {
        assertEquals(List.of("a top adviser"), speakers("Looking at Washington, a top adviser to one Democratic governor said, "
                + "“It is a mess.”"));
        assertEquals(List.of("Irving Kristol"), speakers("Irving Kristol, a writer, said, “It is a mess.”"));
        assertEquals(List.of("Mike Cernovich"), speakers("Right-wing blogger Mike Cernovich, whose work Donald Trump Jr. has "
                + "praised, blasted Sessions as “out of touch.”"));
    }

    @Test
    void theWriterIsNoSpeakerNamedIAndASourceKeepsItsAbbreviations() {
        List<String> found = speakers("Like many of you, I’m thinking, “Not again.” How many columns can be devoted to it?");
        assertEquals(false, found.contains("I’m"), found.toString());
        assertEquals(List.of("a top U.S. official"), speakers("According to a top U.S. official, the three attorneys were "
                + "working \"outside the government\" on the matter."));
    }

    @Test
    void aPlaceOrTimeOpeningAColonsSentenceIsNoSpeakerButAViewHoldersNameIs() {
        List<String> found = speakers("In Colorado, one Democrat cast doubt on a poll released this week: \"Clinton is up 13 "
                + "points; that seems ambitious.\"");
        assertEquals(false, found.contains("Colorado"), found.toString());
        assertEquals(List.of("Matt Bai"), speakers("At Yahoo News, Matt Bai riffs on the complaints about his style: \"What "
                + "we need is an executive in another mold.\""));
        assertEquals(List.of("Christopher Steele"), speakers("In a court filing in London, Christopher Steele provided this "
                + "chronology: \"Between June and November he was engaged by Fusion.\""));
        assertEquals(List.of("Webster"), speakers("For Webster, the bottom line is the final outcome: \"Not many people here "
                + "have guns.\""), "whose view it is, named before the comma");
        assertEquals(List.of("Gerald F. Seib"), speakers("Gerald F. Seib, The Wall Street Journal: \"The markets will not wait.\""));
    }

    @Test
    void anIrregularPastTenseEndsTheSubjectBeforeIt() {
        assertEquals(List.of("The inspector general"), speakers("The inspector general cast doubt on that account: \"The "
                + "records do not support it.\""));
        assertEquals(List.of("A Biden aide"), speakers("A Biden aide then sought to play it down: \"It was a joke.\""));
    }

    @Test
    void soBeforeAnInvertedVerbAfterTheQuotationCreditsTheNameAfterIt() {
        assertEquals(List.of("Hillary Clinton"), speakers("\"Nobody likes him, nobody wants to work with him.\" So says Hillary "
                + "Clinton of her former Senate colleague and rival, Sen. Bernie Sanders."));
        assertEquals(List.of("Jean Froissart"), speakers("“Doctors need three qualifications.” So wrote Jean Froissart, a diarist "
                + "of the Middle Ages, after an outbreak of plague."));
    }

    @Test
    void theFirstPersonOutsideTheQuotationIsTheWriterNotThePersonNamedLast() {
        List<String> found = speakers("Trump does not care if his lies contradict one another. He never has.\n\n"
                + "\"The news media are not built for someone like this,\" I wrote two months before he was sworn in.");
        assertEquals(java.util.Collections.singletonList(null), found, "the columnist, whom the text does not name");
        found = speakers("Hart blames the drug war for that, too.\n\n\"If drugs were over the counter, there would be fewer "
                + "deaths?\" I asked.");
        assertEquals(false, found.contains("Hart"), found.toString());
        assertEquals(List.of("Jens Stoltenberg"), speakers("Jens Stoltenberg spoke on Friday. \"We will stay,\" he said."));
    }

    @Test
    void anOrganisationsWorkerNamedAfterWhatTheyDoIsTheSubjectNotTheOrganisation() {
        assertEquals(List.of("Edward Snowden", "Edward Snowden"), speakers("Former National Security Agency contractor Edward "
                + "Snowden, taking questions in an online chat from Moscow, called for limits on surveillance but said, \"Not "
                + "all spying is bad.\"\n\nHe also said he never stole logons.\n\n\"I never stole any passwords,\" he wrote."));
        assertEquals(List.of("Kemal", "Paul Fothergill"), speakers("Business executive Kemal, who lives in Istanbul, said: \"It "
                + "is not unusual to see some companies go under.\"\n\nBritish holidaymaker Paul Fothergill, who is staying in "
                + "Dalyan, says he has been coming for years. He said: \"The lira has nosedived.\""));
        assertEquals(List.of("the governor"), speakers("Later this summer the governor said \"we will see.\""),
                "\"summer\" names no one");
    }

    @Test
    void heOrSheIsNeverAnInstitution() {
        List<String> found = speakers("Democratic Rep. Rosa DeLauro, chair of the House Appropriations Subcommittee on Labor, "
                + "Health and Human Services, and Education, said in a statement that the policy is \"antithetical\" to the "
                + "mission.\n\n\"Make no mistake: the intention is to scare them,\" she said.");
        assertEquals("Rosa DeLauro", found.get(1), found.toString());
        found = speakers("Colin Woodall, CEO of the National Cattlemen’s Beef Association, says the association opposes the act "
                + "because it could undermine the “gold standard” around the globe. “If there is a food safety issue, that’s not "
                + "good,” he says.");
        assertEquals("Colin Woodall", found.get(found.size() - 1), found.toString());
    }

    @Test
    void aCommonFirstNameTellsTheSexOfSomeoneTheArticleUsesNoPronounFor() {
        List<String> found = speakers("“We need to be humble,” Richard Ferrand said.\n\nThe rival campaign was out canvassing in "
                + "a northern town. “He is a weakling,” she said.");
        assertEquals(java.util.Arrays.asList("Richard Ferrand", null), found, "her speaker is not named");
        assertEquals(List.of("Theresa May"), speakers("With her husband Philip watching from the gallery, Theresa May made a "
                + "final plea to MPs.\n\n“This is the moment,” she said."), "the article's own pronouns still decide");
    }

    @Test
    void aCueVerbJoinedToARelativeClausesVerbTakesItsPronoun() {
        assertEquals(List.of("Barack Obama"), speakers("President Barack Obama spoke on Friday. One of the top stories was his "
                + "energized response in which he mocked Republicans and dismissed their lawsuit as a “stunt.”"));
    }

    @Test
    void aPluralForPeopleAfterANameIsTheSubjectTheNameOnlySaysWhose() {
        assertEquals(List.of("Treasury officials"), speakers("Treasury officials would not discuss the proposed rules on the "
                + "record, but said in the published notice that they \"wish to receive comments from a broad range of "
                + "organizations.\""));
        assertEquals(List.of("Jeffrey Swanson"), speakers("Jeffrey Swanson spoke on Monday. Swanson offers a “new way” of "
                + "thinking about the problem."), "a verb of the same ending is no plural");
    }

    @Test
    void aPronounAndAPastTenseWeDoNotListCloseTheQuotationsSentence() {
        assertEquals(List.of("Tom Cotton"), speakers("Sen. Tom Cotton was even blunter during a February hearing, attacking "
                + "plans to close the prison.\n\n“The only problem with the prison is there are too many empty beds,” he boomed."));
    }

    @Test
    void aFirstNameTellsOnePersonOfALastNameTheArticleCallsHeFromTheOthers() {
        assertEquals(List.of("Michelle Obama", "Michelle Obama"), speakers("Obama is livid at Trump. He is livid because Trump "
                + "is exposing the coup he had set in motion. As Rush Limbaugh put it, Trump is throwing the grenades back at "
                + "him.\n\nShortly after Lewis made that comment, Michelle Obama tweeted out praise of Lewis as a civil rights "
                + "hero. It was a remarkably subversive tweet. She wrote that the example of “great leaders” like Lewis should be "
                + "“our call to action.”"));
    }

    @Test
    void anAsideWhoseCommasPartAListOfNamesStaysAnAside() {
        assertEquals(List.of("Roger Wicker"), speakers("Sen. Roger Wicker, R-Miss., chairman of the Commerce, Science and "
                + "Transportation Committee, said it was “a good step.”"));
        assertEquals(List.of("Rosa DeLauro"), speakers("Rep. Rosa DeLauro, chair of the subcommittee on Labor, Health and Human "
                + "Services, and Education, said the policy was “antithetical” to the mission."));
        assertEquals(List.of("Julianne Benzel"), speakers("Julianne Benzel, a teacher at Rocklin High School in Rocklin, "
                + "California, said that she was “overwhelmed by the support of this community.”"));
        assertEquals(List.of("Donald Trump"), speakers("Speaking at the Tea Party Coalition Convention in Myrtle Beach, South "
                + "Carolina, later Saturday, Donald Trump said he “had something to do with” the release."),
                "a time is no aside about the one named before it");
    }

    @Test
    void heOrSheIsNeverABodyNamedWithThe() {
        List<String> found = speakers("The White House later called the meeting “constructive,” although press secretary Sarah "
                + "Huckabee Sanders acknowledged that “major disagreement remains.”\n\n“So far, they would rather keep the border "
                + "open than the government open,” she said.");
        assertEquals("Sarah Huckabee Sanders", found.get(found.size() - 1), found.toString());
        assertEquals(List.of("Ted Cruz"), speakers("The Texas Republican, Ted Cruz, spoke for an hour. “We are done here,” he "
                + "said."), "a party's member is a person");
    }

    @Test
    void aTitleHeldInABodyIsAnAsideBetweenTheNameAndItsVerb() {
        assertEquals(List.of("Jeff Cain"), speakers("Dr. Jeff Cain, President of the American Academy of Family Physicians, "
                + "explains, \"we have an increasing population.\""));
        assertEquals(List.of("Linda Knox"), speakers("Linda Knox, Director of the Scottish Local Authority Management Centre at "
                + "Strathclyde University, said: \"With this settlement the increase is slowing.\""));
        assertEquals(List.of("James Clapper"), speakers("Director of National Intelligence "
                + "James Clapper said: \"We have no evidence.\""), "a title and the name it goes with");
    }

    @Test
    void whatANameCallsSomethingGoesPastTheNamesAside() {
        assertEquals(List.of("Eric Klinenberg"), speakers("To reduce those effects, we will need what Eric Klinenberg, a "
                + "sociologist at New York University, calls “social solidarity.”"));
        assertEquals(List.of("Robert Jones"), speakers("Trump has converted white evangelicals into what Robert Jones, CEO of "
                + "the Public Religion Research Institute, calls “nostalgia voters.”"));
    }

    @Test
    void aQuotationThatEndsItsSentenceAfterACommaCueIsTheCuesNotTheNextSentencesSubjects() {
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke in Ohio.\n\nTrump said, \u201cWe will win this "
                + "state.\u201d Clinton said the remark was false."));
        assertEquals(List.of("Nancy Pelosi"), speakers("House Speaker Nancy Pelosi spoke on Monday.\n\nPelosi wrote on Twitter, "
                + "\u201cThe vote is tomorrow.\u201d Trump responded that she was wrong."));
        // two sentences run together ("show.But"): the comma is not the cue's, and the name after the quotation speaks
        assertEquals(List.of("Marco Rubio"), speakers("Cruz told the show.But if Clinton is indicted, \"it is difficult to see "
                + "how she could run.\" Florida Sen. Marco Rubio told reporters Friday."));
    }

    @Test
    void anOutletsReportCreditsTheQuotationOnlyWhenTheSentenceNamesNoSpeaker() {
        assertEquals(List.of("Staffan de Mistura"), speakers("UN Syria mediator Staffan de Mistura said there were \u201call the "
                + "ingredients for a perfect storm,\u201d Reuters reported."));
        assertEquals(List.of("Aides"), speakers("Aides said the president was \u201cvery happy and impressed,\u201d Reuters reported."));
        // no one in the sentence says it: the outlet is the source
        assertEquals(List.of("The BBC"), speakers("The magazine Charlie Hebdo is known in France. It has a reputation for "
                + "\u201cgarish front-page cartoons and incendiary headlines,\u201d The BBC reports."));
    }

    @Test
    void aTownsStateBetweenCommasIsNoSubject() {
        assertEquals(List.of("Don Young"), speakers("Rep. Don Young spoke on Monday.\n\nYoung, an Alaska congressman, "
                + "speaking at a meeting in Ketchikan, Alaska, said the plan was \"a disaster\" for fishermen."));
        assertEquals(List.of("Don Young", "Don Young"), speakers("Rep. Don Young spoke on Monday.\n\nYoung, an Alaska "
                + "congressman, discussing the labor market during an interview in Ketchikan, Alaska, said that on his "
                + "father's ranch, \"we used to have 50 workers to pick tomatoes.\" He said, \"It takes two people.\""));
        // the state abbreviated after a town, before a "who" clause: "… from Chesapeake, Va., who said …, said"
        assertEquals(List.of("Craig Eller"), speakers("Craig Eller, a 52-year-old government worker from Chesapeake, Va., who "
                + "said he considers himself a conservative, said of the plan, “Yes, of course it concerned me.”"));
        // "In Edinburgh, Ms Sturgeon said": the place opens the sentence, and the name after it speaks
        assertEquals(List.of("Nicola Sturgeon"), speakers("Nicola Sturgeon spoke.\n\nAt a press conference in Edinburgh, Ms "
                + "Sturgeon said a second referendum was \"on the table\" today."));
    }

    @Test
    void theAsOfARoleIsNoAsXPutsIt() {
        assertEquals(List.of("Jon Kingsdale"), speakers("Jon Kingsdale, who served as the first executive director of the "
                + "exchange, puts it more diplomatically: \u201cHe\u2019s not a Washington person.\u201d"));
        assertEquals(List.of("Ben Wittes"), speakers("The good news, such as it is, is that as analyst Ben Wittes put it on "
                + "Saturday, the order reads, \u201cfrankly, as though it was not reviewed by counsel.\u201d"));
    }

    @Test
    void aPronounAfterANameAndWhereTheyAreFromIsTheNames() {
        assertEquals(List.of("Kirsten Gillibrand"), speakers("Democratic Sen. Kirsten Gillibrand of New York said Thursday "
                + "that such haste undermined fairness.\n\n\"I consider that to be bullying,\" she said."));
    }

    @Test
    void verbsOfHowItWasSaidAreCues() {
        assertEquals(List.of("Marco Rubio"), speakers("Marco Rubio pressed on.\n\n\u201cNow he\u2019s repeating himself,\u201d Rubio laughed."));
        assertEquals(List.of("Harry Reid", "One longtime strategist", "Harry Reid"), speakers("Harry Reid answered.\n\n\u201cThe Senate will shirk its duty,\u201d "
                + "Reid fumed on the floor.\n\nOne longtime strategist griped about the \"arrogant top-down\" approach. "
                + "\u201cIt will not stand,\u201d Reid snapped."));
    }

    @Test
    void aDescriptionThenTheRoleAndNameItDescribesIsTheSubject() {
        // "Another cafe regular, masonry contractor Carl Kurtz, 62, said": Kurtz is whom the next "he" refers to, not
        // the speaker before him
        assertEquals(List.of("Dale Lundquist", "Carl Kurtz"), speakers("\u201cWe paid for it,\u201d Dale Lundquist said.\n\n"
                + "Another cafe regular, masonry contractor Carl Kurtz, 62, said he worried about the programs. "
                + "\u201cAll they have done is destroy the family,\u201d he said."));
    }

    @Test
    void aSpeakerIsShownWithoutTheWhoItsClauseEndedOn() {
        assertEquals("a doctor", SpeakerChecks.withoutDanglingWho("a doctor who"));
        assertEquals("the same Ben Rhodes", SpeakerChecks.withoutDanglingWho("the same Ben Rhodes who"));
        assertEquals(null, SpeakerChecks.withoutDanglingWho("a who"));
        assertEquals("Dr. Who", SpeakerChecks.withoutDanglingWho("Dr. Who"), "a capital is a name's");
    }

    @Test
    void aClauseOpeningWithItsOrHeresIsNoSpeaker() {
        assertTrue(SpeakerChecks.opensWithContraction("It\u2019s hard"));
        assertTrue(SpeakerChecks.opensWithContraction("Here's more"));
        assertTrue(SpeakerChecks.opensWithContraction("He's the President who"));
        assertFalse(SpeakerChecks.opensWithContraction("Trump\u2019s lawyers"), "an owner's mark");
        assertFalse(SpeakerChecks.opensWithContraction("Hess"));
        assertTrue(SpeakerChecks.opensWithContraction("it\u2019s"), "alone as well");
        assertEquals(java.util.Collections.singletonList(null), speakers("The report was long. Here\u2019s more: "
                + "\u201cWe lost the thread, and we will not find it again soon.\u201d"));
    }

    @Test
    void inTheWordsOfAfterAQuotationNamesItsSource() {
        assertEquals(List.of("Scott Taylor"), speakers("The election may have been \u201ca referendum on the administration\u201d, "
                + "in the words of Republican congressman Scott Taylor of Virginia, but the results were clear."));
        assertEquals(List.of("David Petraeus"), speakers("Senior officials spoke. Such gains are \u201cfragile and reversible,\u201d "
                + "in the words of David Petraeus during the surge months in Iraq in 2007."));
    }

    @Test
    void aQuotationParagraphAfterAParagraphAboutHimOrHerIsTheirs() {
        assertEquals(List.of("Maya MacGuineas", "Maya MacGuineas"), speakers("\u201cOur government is crumbling,\u201d Maya "
                + "MacGuineas said.\n\nShe acknowledges that the shutdown is causing suffering.\n\n\u201cBut many of the points "
                + "made are questionable.\u201d"));
        // a paragraph about someone else as well is no one's to continue
        assertEquals(Arrays.asList("Maya MacGuineas", null), speakers("\u201cOur government is crumbling,\u201d Maya "
                + "MacGuineas said.\n\nShe met John Smith, who runs the agency.\n\n\u201cBut many of the points made are "
                + "questionable.\u201d"));
    }

    @Test
    void aCommitteeWithAndInItsNameIsNoPairOfSpeakers() {
        assertEquals(List.of("Dave Camp"), speakers("Miller\u2019s answers \u201care not very complete,\u201d said House Ways "
                + "and Means Committee Chairman Dave Camp (R-Mich.)."));
        assertEquals(List.of("Cummings"), speakers("\u201cWe will act,\u201d said Sen. Cummings and Rep. John Conyers."),
                "two people: the first of them");
    }

    @Test
    void capitalisedWordsThatOnlyOpenASubjectAreNoSpeaker() {
        // "Clinton aides were …": the aides, not Clinton; "One of the new measures": no one named "One"
        assertEquals(java.util.Collections.singletonList(null), speakers("Hillary Clinton spoke. Clinton aides were quick to "
                + "call the speech \u201ca rambling mess.\u201d"));
        assertEquals(java.util.Collections.singletonList(null), speakers("Schools in Chengdu closed. One of the new measures "
                + "even banned \u201cevery sort of group dinner party.\u201d One of them said so."));
        assertEquals(List.of("Hillary Clinton"), speakers("Hillary Clinton spoke. Clinton was quick to call the speech "
                + "\u201ca rambling mess.\u201d"), "the name itself the subject");
    }

    @Test
    void verbsOfRecallingAndVentingAreCues() {
        assertEquals(List.of("Kelley Fielder", "Kelley Fielder"), speakers("Kelley Fielder saw the pair leave.\n\n\u201cI should have "
                + "called the cops,\u201d Fielder remembers. \u201cI'm sorry.\u201d"));
        assertEquals(List.of("Craig Smith"), speakers("Few tickets are left.\n\n\u201cWho am I going to irritate?\u201d vented "
                + "longtime ally Craig Smith."));
        assertEquals(List.of("the letter"), speakers("The senators wrote to the agency.\n\n\u201cNo federal statute interferes,"
                + "\u201d the letter continues."));
        // "repeated" stays out: as often an adjective before a scare quote as a verb of speech
        assertEquals(java.util.Collections.singletonList(null), speakers("Mueller\u2019s repeated \u201cwitch hunt\u201d was mentioned."));
    }

    @Test
    void aSourceIsNamedWithoutTheDayItSpoke() {
        assertEquals("a court filing", SpeakerPhrase.withoutTrailingDay("a court filing Monday"));
        assertEquals("another tweet", SpeakerPhrase.withoutTrailingDay("another tweet on Thursday"));
        assertEquals("a statement", SpeakerPhrase.withoutTrailingDay("a statement released late Tuesday"));
        assertEquals("USA Today", SpeakerPhrase.withoutTrailingDay("USA Today"), "a day after a capital is a name's");
        assertEquals("one on Sunday", SpeakerPhrase.withoutTrailingDay("one on Sunday"), "one word would be left");
        assertEquals(List.of("a court filing"), speakers("The company is \u201cready to settle,\u201d a court filing Monday said."));
        // "today" and a day with its part are never a name's; a short phrase loses them
        assertEquals("the Supreme Court", SpeakerPhrase.withoutTrailingDay("the Supreme Court today"));
        assertEquals("a press release", SpeakerPhrase.withoutTrailingDay("a press release issued Wednesday night"));
        assertEquals("The White House released a statement late Tuesday night",
                SpeakerPhrase.withoutTrailingDay("The White House released a statement late Tuesday night"), "a clause, left to its rules");
    }

    @Test
    void aSpeakerIsShownWithoutThePeriodOfTimeItSpokeIn() {
        assertEquals("A Wisconsin judge", SpeakerPhrase.withoutTrailingPeriod("A Wisconsin judge last week"));
        assertEquals("a Twitter message", SpeakerPhrase.withoutTrailingPeriod("a Twitter message late last month"));
        assertEquals("a reporter", SpeakerPhrase.withoutTrailingPeriod("A few days ago a reporter"));
        assertEquals("", SpeakerPhrase.withoutTrailingPeriod("The next month"), "a time alone is no one");
        assertEquals("Autry who moved here six years ago", SpeakerPhrase.withoutTrailingPeriod("Autry who moved here six years ago"));
        assertEquals(List.of("A Wisconsin judge"), speakers("A Wisconsin judge last week called the law \"unconstitutional.\""));
    }

    @Test
    void aQuotationInsideAReportedClauseIsItsOwnSpeakersNotTheReportersAfterIt() {
        assertEquals(List.of("Ted Cruz"), speakers("Ted Cruz and Donald Trump debated.\n\nWhen Cruz said Trump \u201csupports "
                + "federal funding for the group,\u201d Trump responded that Cruz was wrong."));
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump met House Republicans.\n\nIn the meeting, Trump said "
                + "separating families was \u201cnot an attractive thing,\u201d added Representative Tom Cole."));
        // the verb before a comma, or a pronoun: the cue after the quotation speaks
        assertEquals(java.util.Arrays.asList(null, "Cori Uccello"), speakers("Cori Uccello studies insurance.\n\nBack then, they called the stumbles "
                + "\u201cglitches,\u201d but the rollout has \u201csurpassed glitches,\u201d Uccello says."));
    }

    /** A few words in marks in a later sentence of the writer's, with no speech verb, are not the speaker's before. */
    @Test
    void aTermInTheWritersNextSentenceDoesNotContinueTheSpeakerBefore() {
        assertEquals(Arrays.asList("Robert Laszewski", null), speakers("\u201cThe front end of the site is now finally working,"
                + "\u201d said Robert Laszewski, an insurance industry consultant. The \u201cfront end\u201d is what consumers see."));
        assertEquals(Arrays.asList("Donald Trump", null), speakers("\u201cWe need a wall,\u201d Donald Trump said on Friday. "
                + "Democrats in the past have backed \u201cfencing.\u201d"));
        // a sentence of its own is speech; a verb in the sentence reports it; a sentence about the speaker ("he") goes on
        // with their words; the same sentence quotes the speaker in part
        assertEquals(List.of("Melanie Wilson", "Melanie Wilson"), speakers("\u201cHere he is, babe,\u201d said Melanie Wilson. "
                + "She smiled. \u201cDonald\u2019s here.\u201d"));
        assertEquals(List.of("Anthony Fauci", "Anthony Fauci"), speakers("\u201cI have a good relationship,\u201d Anthony Fauci said. "
                + "It was \u201ccollegial\u201d when they met often, he said."));
        assertEquals(List.of("Andy Hayman", "Andy Hayman"), speakers("\u201cThe work is not done,\u201d said Andy Hayman. But "
                + "he is confident problems can be \u201cironed out\u201d soon."));
        assertEquals(List.of("Anthony Fauci", "Anthony Fauci"), speakers("Anthony Fauci said it was \u201cvery good\u201d and "
                + "\u201ccollegial\u201d when they met often."));
    }

    /** A participle that opens a sentence is no person a later "he" could refer to. */
    @Test
    void anOpeningParticipleIsNoOneAHeRefersTo() {
        assertEquals(List.of("Wang Yi"), speakers("Addressing the council afterwards, Chinese Foreign Minister Wang Yi "
                + "rejected \"unwarranted accusations\".\n\n\"We did not and will not interfere in any country's affairs,\" he said."));
        // nor the subject of the sentence's speech verb, nor of the sentence a pronoun looks back to: the name after its comma
        assertEquals(List.of("Donald Trump", "Donald Trump"), speakers("Donald Trump spoke for an hour.\n\nTurning to foreign "
                + "policy late in the speech, Trump denounced the regime and said its \u201creckless pursuit of nuclear missiles could "
                + "threaten our homeland.\u201d\n\n\u201cWe are waging a campaign of maximum pressure,\u201d he said."));
        assertEquals(List.of("Vladimir Putin"), speakers("Vladimir Putin was in St Petersburg. In the afternoon he had a meeting "
                + "with the Belarus president, Alexander Lukashenko. Opening the meeting about an hour after the blast, Putin expressed "
                + "his condolences to families of the victims.\n\nHe said it was \u201ctoo early to say\u201d what caused the blast."));
    }

    /** A sentence whose subject is an office alone is about the one person the article gives it: a later "he" is theirs. */
    @Test
    void aHeAfterASentenceAboutTheOfficeIsItsHolders() {
        assertEquals(List.of("Bill Heath", "Bill Heath", "Jerry Brown"), speakers("Gov. Jerry Brown signed the bill on Friday. "
                + "Brown had vetoed it before. State Sen. Bill Heath objected.\n\n\"We will call for a veto session,\" Heath said. "
                + "\"We have the votes.\"\n\nThe governor, who took no questions, anticipated the pushback.\n\n"
                + "\"I don't respond well to threats,\" he said."));
        // the office of something else, or a holder the article names once, is no one's
        assertEquals(List.of("Mary Jones"), speakers("The president of the company, John Smith, spoke. Smith left. Mary Jones "
                + "agreed.\n\n\"It works,\" she said."));
        assertEquals(List.of("Bill Heath", "Bill Heath", "Bill Heath"), speakers("Gov. Jerry Brown signed the bill on Friday. "
                + "State Sen. Bill Heath objected.\n\n\"We will call for a veto session,\" Heath said. \"We have the votes.\"\n\n"
                + "The governor, who took no questions, anticipated the pushback.\n\n\"I don't respond well to threats,\" he said."));
    }

    /**
     * A quotation after one kept as no one's in its paragraph does not continue a speaker of an earlier paragraph; the
     * paragraph of the speaker's own quotation goes on with their words.
     */
    @Test
    void aQuotationAfterOneOfNoOnesInItsParagraphDoesNotContinueAnEarlierParagraphsSpeaker() {
        assertEquals(Arrays.asList("Joe Smith", null, null, null), speakers("Joe Smith raises money online. Smith said he "
                + "would hold \u201cvirtual fundraisers\u201d through video calls.\n\nEarlier this week, the campaign sent a list. "
                + "A fundraiser gets \u201cdirect contact with the Regional Finance Director\u201d and \u201cinclusion in national "
                + "leadership councils.\u201d Others get \u201cbi-weekly update calls with campaign leadership\u201d and invitations."));
        // after a sentence of speech kept as no one's, the line goes on as before: a quotation of several paragraphs that
        // BBC runs into one line
        assertEquals(Arrays.asList("Jamie Costin", null, "Jamie Costin"), speakers("\"I was in a lot of pain,\" said Jamie "
                + "Costin.\n\nJamie heads to Poland again on Sunday for more sessions. \"It is all about trying to get mobility in "
                + "my back. Lying down did not help. \"There is a lot of work involved in my recovery.\""));
        assertEquals(List.of("Jesse Hunt", "Jesse Hunt", "Jesse Hunt"), speakers("\u201cSafety is more important than fundraisers,"
                + "\u201d said Jesse Hunt. He called the change \u201ca real hit\u201d and \u201ca setback for everyone we know.\u201d"));
    }

    /** A country, a region or a city of several words that a sentence opens with is no "he" or "she". */
    @Test
    void aPlaceThatOpensTheSentenceBeforeIsNoHeOrShe() {
        assertEquals(List.of("Walid Phares", "Walid Phares", "Walid Phares"), speakers("The old groups were stronger and \"local "
                + "commanders felt they became the new leaders,\" Walid Phares said.\n\nToday, Saudi Arabia, the United Arab Emirates "
                + "and Jordan have all mobilized troops, because \"they got scared,\" he said. \"They know they have their own "
                + "jihadists.\""));
        assertEquals(List.of("Walid Phares", "Walid Phares"), speakers("The old groups were stronger and \"local commanders felt "
                + "they became the new leaders,\" Walid Phares said.\n\nToday, North Carolina has mobilized troops, because \"they "
                + "got scared,\" he said."));
    }

    /**
     * An article that calls one surname both "Mr." and "Mrs." names two people: the title tells whose quotation it is,
     * even where only one of them is named in full. With one sex's title only, the full name is that person's.
     */
    @Test
    void mrAndMrsOfOneSurnameAreTwoPeople() {
        assertEquals(List.of("Bob McDonnell", "McDonnell", "McDonnell"), speakers("Gov. Bob McDonnell resigned. \"I regret it,\" "
                + "Mr. McDonnell said.\n\n\"We are broke,\" Mrs. McDonnell wrote to a staffer. \"This is killing us!\""));
        // the quotation continued is the same person's, not the one a title after it names ("Mr. Russell scoffed"); the
        // couple named as one ("Shelley and Dennis Russell") is two people the titles tell apart
        assertEquals(List.of("Dennis Russell", "Shelley Russell", "Shelley Russell"), speakers("Shelley and Dennis Russell are unmoved.\n\n"
                + "\"Obama says he will do it,\" said Mr. Russell.\n\n\"I have never been on public assistance,\" Ms. Russell said. "
                + "\"But I have friends who need it.\"\n\nMr. Russell scoffed at the idea."));
        assertEquals(List.of("Bill Clinton"), speakers("Secretary of State Hillary Rodham Clinton spoke first. President Bill Clinton "
                + "followed her.\n\nMrs. Clinton left early.\n\n\"It can be an honorable enterprise,\" Mr. Clinton said."));
        assertEquals(List.of("Bob Bland"), speakers("Bob Bland, a co-chair of the march, spoke on Monday.\n\n\"We condemn any "
                + "statements of hate,\" said Ms. Bland."), "one title only: Bob is her name");
    }

    /**
     * A partial quotation whose sentence goes on and closes on "said" and a name: the name's title or initial ends no
     * sentence, and other verbs of speech close it too. Of two reporting clauses, the nearer is the speaker's.
     */
    @Test
    void aSentenceClosingOnSaidAndATitledNameCreditsItsPartialQuotation() {
        assertEquals(List.of("Lewis"), speakers("Plans vary. \u201cThe No. 1 thing is affordability\u201d for consumers, said Ms. "
                + "Lewis. Plans with higher deductibles have lower premiums."));
        assertEquals(List.of("Fred J. Sadler"), speakers("Offices are swamped. \"We're pushing three-quarters of a million\" "
                + "annually, says Fred J. Sadler, who retired recently."));
        assertEquals(List.of("Myra Gutin"), speakers("She stopped because \u201cpeople were yelling questions to her\u201d "
                + "everywhere she went, added Myra Gutin, who studies first ladies."));
        assertEquals(List.of("Phil Murphy"), speakers("Gov. Phil Murphy of New Jersey spoke.\n\n\u201cThat\u2019s above my pay "
                + "grade,\u201d Murphy said, as the National Review noted."));
        // a title opening the sentence after a quotation that ends its own is that sentence's, not the quotation's cue
        assertEquals(List.of("Philip M. Breedlove", "Philip M. Breedlove"), speakers("Gen. Philip M. Breedlove spoke in April.\n\n"
                + "\u201cIt is a tool that will have to be dealt with,\u201d he said. \u201cIt can\u2019t go unanswered.\u201d Mr. Obama "
                + "has determined that the United States will not retaliate, officials said."));
    }

    /**
     * "According to" credits the quotation of its own sentence: not one that ended the sentence before ("… named
     * “Project Dragonfly.” According to The Washington Free Beacon, …" is the Beacon's next quotation), unless the next
     * sentence points back ("That's according to a study"); and it is the source of an "it" or a "they".
     */
    @Test
    void accordingToCreditsTheQuotationOfItsOwnSentence() {
        assertEquals(List.of("Washington Free Beacon"), speakers("Google built a search engine for China. It goes by the name "
                + "\u201cProject Dragonfly.\u201d According to The Washington Free Beacon, \u201cThe executives are happy with "
                + "its performance.\u201d"));
        assertEquals(List.of("a study out of Penn State"), speakers("\u201cPeople respond to local stories.\u201d "
                + "That\u2019s according to a study out of Penn State, which notes the term can alienate people."));
        assertEquals(List.of("The Associated Press"), speakers("His remarks were met with cries of \u201cDeath to Israel!\u201d "
                + "from a crowd of supporters, according to The Associated Press."));
        assertEquals(List.of("New York Times"), speakers("The gathering meets on Fridays. It comprises, according to the New York "
                + "Times, \"influential figures at labor unions, think tanks, and other progressive institutions.\""));
        assertEquals(List.of("the indictment"), speakers("They divided Americans around polarizing issues and, according to the "
                + "indictment, \"engaged in operations primarily intended to communicate derogatory information.\""));
    }

    /** "It" is a body or a document (here the committee the sentence before is about), not a person the article names with a common first name. */
    @Test
    void itIsNoPersonNamedWithAFirstName() {
        assertEquals(Arrays.asList("Laura Moser", "The committee"), speakers("\u201cI will win,\u201d said Laura Moser, a candidate.\n\n"
                + "The committee issued a statement in February. It described Moser as \u201ca Washington insider.\u201d"));
    }

    /** "As X of Y put it" names X, also where Y is a web address or a description ("of the excellent … website"). */
    @Test
    void asAPersonOfSomewherePutItNamesThePerson() {
        assertEquals(List.of("Gavin Cox"), speakers("If it goes wrong it might take a lot of fixing. As Gavin Cox of the "
                + "excellent buildyourown.org.uk website put it: \"It will be tough to build a PC as compact.\""));
        assertEquals(List.of("Jesse Eisinger"), speakers("\u201cThe banks won,\u201d said Jesse Eisinger of ProPublica."));
    }

    /** A sentence in parentheses ends before the next one opens: its words are not the next sentence's subject. */
    @Test
    void aSentenceInParenthesesEndsBeforeTheNext() {
        assertEquals(List.of("Jeff Flake"), speakers("Sen. Jeff Flake wrote a piece for the Post. (And in increasingly competitive Arizona, the "
                + "Democrats are putting up a strong candidate.) Flake also declared in his piece that \"we can no longer remain "
                + "silent.\""));
        assertEquals(List.of("Lindsey Graham"), speakers("Sen. Lindsey Graham (R-S.C.) said he would have \u201cwalked out of the "
                + "door.\u201d"));
    }

    /** "He" or "she" tells which of a surname's people speaks, where the fullest of the surname is of the other sex. */
    @Test
    void aPronounTellsWhichOfTheSurnamesPeople() {
        assertEquals(List.of("Andy Parker"), speakers("Alison Parker, a reporter, was killed on air in 2015. Her father, Andy "
                + "Parker, has campaigned since.\n\nParker wrote to Google again this week. \u201cI will never watch any of it,\u201d "
                + "he said."));
    }

    /** A paper that reports what someone told others is not the speaker; a fragment of the paper's own sentence is the paper's. */
    @Test
    void aPaperReportingWhatSomeoneSaidIsNoSpeaker() {
        assertEquals(List.of("Kevin McCarty"), speakers("Assemblyman Kevin McCarty told his colleagues in the chamber, \"Kids' "
                + "meals should not come with a side order of diabetes,\" the Sacramento Bee reported."));
        assertEquals(List.of("NBC News"), speakers("A few Democratic lawmakers got into a feud with the sergeant-at-arms, \u201cafter "
                + "she allegedly made an anti-Muslim remark,\u201d NBC News reported."));
    }

    /**
     * A cry or a chant raised by the people just before it ("by protesters yelling:", "to a crowd chanting") is theirs,
     * not the sentence's subject's; the quotations after it continue that subject.
     */
    @Test
    void aRaisedVoiceIsThePeoplesWhoRaiseIt() {
        assertEquals(List.of("protesters"), speakers("Last week, Homeland Security Secretary Kirstjen Nielsen was confronted at a "
                + "Mexican restaurant in Washington by protesters yelling: \u201cShame! Shame!\u201d"));
        assertEquals(List.of("Frank Sinatra"), speakers("At his rally, Trump left the stage to the strains of Frank Sinatra singing: "
                + "\"If I can make it there, I'll make it anywhere.\""));
        assertEquals(List.of("Clinton", "a raucous crowd", "Bernie Sanders"), speakers("\"It's rare that we have the opportunity,\" "
                + "Clinton said.\n\nBernie Sanders, who trailed Clinton in Iowa, told a raucous crowd chanting \"Bernie, Bernie\" "
                + "that his campaign made progress.\n\n\"Nine months ago, we came to this beautiful state.\""));
        // the sentence's subject, not the noun before the cry: "by shouting", "outside Trump Tower on Fifth Avenue shouting"
        assertFalse(speakers("Slager broke a silence among the officers by shouting: \u201cWatch out!\u201d").contains("the officers"),
                "only a noun for people just before the cry names the voice");
    }

    /** An ordinal opening a headline is no first name: "Second Obama term would …" names no "Second Obama". */
    @Test
    void anOrdinalOpeningAHeadlineIsNoFirstName() {
        assertEquals(List.of("Obama"), speakers("Second Obama term would confront fiscal crisis\n\nObama told Rolling Stone that "
                + "Republicans will \"start recognizing that alienating the fastest-growing segments is not good politics.\""));
    }

    /** "The 65-year-old Roberts" is the sentence's subject, whom a "he" after it refers to. */
    @Test
    void aNameAfterAnAgeIsTheSubject() {
        assertEquals(List.of("Ted Cruz", "John Roberts"), speakers("Chief Justice John Roberts sided with the liberals.\n\n"
                + "\"Judging is not a game,\" said Sen. Ted Cruz.\n\nAfter 15 years at the court's helm, however, the 65-year-old "
                + "Roberts is accustomed to the criticism.\n\n\"People see everything in those terms,\" he told about 2,000 people."));
        assertEquals(List.of("Akili", "Akili"), speakers("Black Lives Matter held a rally.\n\n\u201cShe is dismissing her "
                + "constituency,\u201d says Akili, the 71-year-old Black Lives Matter activist who rushed to the stage. \u201cIf you "
                + "don\u2019t take action,\u201d he told me."));
    }

    /** "…,” their younger sister, Juanita, told me": the one name after someone's description is who speaks. */
    @Test
    void aFirstNameAfterADescriptionIsTheSpeaker() {
        assertEquals(List.of("Juanita"), speakers("\u201cFidel was always an influence on Ra\u00fal,\u201d their younger sister, "
                + "Juanita, who\u2014disillusioned with the revolution\u2014fled to Miami in 1964, told me at our first meeting."));
        assertEquals(List.of("Amber"), speakers("\"Our family is rejoicing over Kent's safe arrival,\" his wife, Amber, said in a "
                + "statement."));
    }

    /** A pronoun that is the own subject of a relative or "that" clause right before the verb speaks: "in which he said". */
    @Test
    void aPronounOpeningTheClauseBeforeTheVerbSpeaks() {
        assertEquals(List.of("Ilhan Omar"), speakers("Rep. Ilhan Omar, D-Minn., spoke on Monday.\n\nRep. Jerrold Nadler said the words "
                + "were hurtful in light of a tweet posted in 2012 in which she said, \"Israel has hypnotized the world.\""));
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump spoke on Monday.\n\nThe media later said that he had called "
                + "them \u201cvery fine people.\u201d"));
    }

    /** The one a question was asked of answers it: "“…?” a journalist asked Marine Le Pen. “…,” she declared." */
    @Test
    void theOneAskedAQuestionAnswersIt() {
        assertEquals(List.of("Rapha\u00ebl Glucksmann", "Rapha\u00ebl Glucksmann", "a TV journalist", "Marine Le Pen"), speakers(
                "\u201cThere is an appetite for the unknown,\u201d suggests Rapha\u00ebl Glucksmann, a young philosopher and political "
                + "commentator in Paris. \u201cThe American election results will help them to make the jump; if the Americans did "
                + "it, they say, why shouldn\u2019t we?\u201d\n\n\u201cAfter Brexit, Trump, what next?\u201d a TV journalist recently "
                + "asked Marine Le Pen, leader of the far right National Front party which currently enjoys 30 percent approval "
                + "ratings according to opinion polls.\n\n\u201cThe election of Marine Le Pen as the French president,\u201d she "
                + "declared confidently."));
    }

    /**
     * "Christie, he said, “has a lot of explaining to do.”": a reporting clause that splits a sentence after its subject
     * alone tells of that subject; the pronoun is someone named before it. Not where a clause of its own comes first.
     */
    @Test
    void aSubjectAloneBeforeAPronounsCueIsWhatTheQuotationTellsOf() {
        assertEquals(List.of("John Wisniewski"), speakers("Gov. Chris Christie faces questions over the lane closures.\n\n"
                + "Assembly Deputy Speaker John Wisniewski said the e-mails call into question the integrity of the governor's "
                + "office.\n\nChristie, he said, \"has a lot of explaining to do.\""));
        assertEquals(List.of("Robert Coon", "Robert Coon"), speakers("Sen. Bernie Sanders is running well in Arkansas.\n\n\"It's "
                + "always helpful to have validators,\" said Robert Coon, a consultant in Little Rock. But Sanders, he added, "
                + "\"has a base of support out there.\""));
        assertEquals(List.of("Fiona Hill"), speakers("Fiona Hill testified on Thursday.\n\nHill didn't agree with that, she said, "
                + "\u201cbecause the more you engage with someone the more they get emboldened.\u201d"));
    }

    /**
     * A semicolon parts a list's items, so no name runs across it; one that ends a character entity parts no name
     * ("Jos&#233; Manuel Barroso", read as the words it keeps).
     */
    @Test
    void aNameRunsNotAcrossASemicolon() {
        assertEquals(List.of("Amity Shlaes"), speakers("These included the Heritage Foundation; PJ Media, which ran three features on "
                + "West; Amity Shlaes, who writes that West\u2019s book \u201cmasterfully reminds us what history is for\u201d; and "
                + "others."));
        assertEquals(List.of("Jos Manuel Barroso"), speakers("In a letter, EC President Jos&#233; Manuel Barroso said: "
                + "\"We will act.\""));
    }

    /** A newspaper named for its place ("Washington Examiner", "Capital Gazette") is no "he" or "she". */
    @Test
    void aNewspaperIsNoHeOrShe() {
        assertEquals(List.of("Conn Carroll"), speakers("Conn Carroll, a senior writer at the conservative Washington Examiner "
                + "suggested a less nefarious form of manipulation of the data.\n\n\"I don't think BLS cooked numbers,\" he "
                + "tweeted."));
        assertEquals(List.of("Phil Davis"), speakers("Phil Davis, a Capital Gazette crime reporter, said he was hiding under his "
                + "desk, the Capital Gazette reported on its website.\n\nThe newsroom looked \u201clike a war zone,\u201d he told "
                + "the Baltimore Sun."));
        // a hyphened paper's name: "Sun-Sentinel", "Star-Telegram"
        assertEquals(List.of("Rick Scott"), speakers("Gov. Rick Scott spoke on Friday. Scott does have the power to remove Israel, "
                + "the South Florida Sun-Sentinel reported. He said the agency would investigate, adding, \u201cThere must be an "
                + "independent investigation.\u201d"));
    }

    /** "… the “…,” Mr. Bond said, Mediaite reported.": the nearer of two reporting clauses speaks, after a quotation too. */
    @Test
    void theNearerOfTwoReportingClausesSpeaksAfterAQuotation() {
        assertEquals(List.of("Julian Bond", "Julian Bond"), speakers("Julian Bond, former chairman of the NAACP, spoke on MSNBC.\n\n"
                + "Tea party groups are, after all, \u201covertly racist\u201d and the \u201cTaliban wing of American politics,\u201d "
                + "Mr. Bond said, Mediaite reported."));
        assertEquals(List.of("Obama"), speakers("Russia\u2019s cyberattacks stopped after warnings of \u201cserious "
                + "consequences\u201d if they continued, Obama said."), "before a speaker's own clause, the sentence's end speaks");
    }

    /**
     * "…,” calls the former lawmaker “…”" names whom the sentence's subject calls so, not who spoke; "…,” urged Mr. Smith"
     * names who spoke.
     */
    @Test
    void aVerbThatTakesItsObjectFirstNamesNoSpeakerAfterIt() {
        // (the book's title with its subtitle is no quotation: the author's two quotations)
        assertEquals(List.of("Alan Dershowitz", "Alan Dershowitz"), speakers("\u201cIt puts the government in the "
                + "position of being part of the blackmail,\u201d Alan Dershowitz tells Newsmax TV. In an interview, the noted lawyer "
                + "and author of \u201cTerror Tunnels: The Case For Israel's Just War Against Hamas,\u201d calls the former Republican "
                + "lawmaker \u201ca victim if the story is true of extortion.\u201d"));
        assertEquals(List.of("Smith"), speakers("\u201cDo not listen to the hysteria,\u201d urged Mr. Smith."));
    }

    /** ", saying" after clauses set side by side (", but", ", while") is said by the last clause's subject. */
    @Test
    void aParticipleAfterContrastedClausesIsTheLastClausesSubjects() {
        assertEquals(List.of("Donald Trump"), speakers("The US government released 2,891 documents on Thursday, but President "
                + "Donald Trump delayed the release of others, saying he had \u201cno choice\u201d but to wait."));
        assertEquals(List.of("Satya Nadella"), speakers("Apple CEO Tim Cook promised the company would make donations, while "
                + "Microsoft CEO Satya Nadella pledged $1.5 million, adding the company will use its platform to \"amplify\" "
                + "their voices."));
    }

    /**
     * "Lopez criticised Reed’s comments in which he described the strike as “…”": the "he" opening a relative clause on
     * someone's words is their owner; a verb after the clause ("and said Reed “…”") is the sentence's subject's again,
     * and a relative clause on no words ("Reed’s trial in which he argued") names no owner.
     */
    @Test
    void aPronounOpeningARelativeClauseOnSomeonesWordsIsTheirOwner() {
        String lead = "\u201cWe will keep fighting for the teachers,\u201d Senator Mark Lopez said at the forum. ";
        assertEquals(List.of("Mark Lopez", "Tom Reed", "Tom Reed", "Mark Lopez"), speakers(lead + "Lopez criticised Governor Tom "
                + "Reed\u2019s recent comments in which he described the strike as \u201ca disgrace\u201d and \u201ca betrayal,\u201d and said "
                + "Reed \u201chas never met a teacher.\u201d"));
        assertEquals(List.of("Mark Lopez", "Mark Lopez"), speakers(lead + "Lopez criticised a statement made during Governor Tom "
                + "Reed\u2019s trial in which he argued the strike was \u201ca disgrace.\u201d"));
    }

    /**
     * A name in title case set before a noun ("at the “First in the West” dinner") is kept, as the news quotes it, but is
     * no one's words: not the sentence's subject's.
     */
    @Test
    void aTitleCaseNameBeforeANounIsNoOnesWords() {
        List<Quote> dinner = QuoteAttributor.quotes("Both Ms. Warren and Mr. Sanders drew roars of approval at the \u201cFirst in "
                + "the West\u201d dinner.");
        assertEquals(1, dinner.size());
        assertNull(dinner.get(0).speaker());
        assertEquals(Arrays.asList("Warren", null), speakers("\u201cWe have the votes,\u201d Ms. Warren said at the rally. She drew "
                + "applause at the \u201cFirst in the West\u201d dinner."));
    }

    /**
     * The writer's "I" or "we" as a sentence's subject, or as a cue's, speaks for no one the article names: not the person
     * named before ("Grover Norquist …. I do not use the term “…”"), nor the speaker before ("“…,” Sandy said. “Okay,” I said").
     */
    @Test
    void theWritersIOrWeIsNoOneNamed() {
        assertEquals(Arrays.asList((String) null), speakers("Grover Norquist insists on purity.\n\nI do not use the term "
                + "\u201cgreedy geezers\u201d to apply to all seniors."));
        assertEquals(Arrays.asList((String) null), speakers("Only one speaker denounced Donald Trump and Roy Moore.\n\nWe "
                + "don\u2019t have to renounce the term \u201cfeminism\u201d and cede it to the left."));
        assertEquals(Arrays.asList("Sandy", null), speakers("\u201cWe meet every week in a church basement,\u201d Sandy said.\n\n"
                + "\u201cOkay,\u201d I said."));
    }

    /** "…,” Gallucci, a professor, said Friday at a discussion hosted by the Center …. “…”": a day after the verb is no name. */
    @Test
    void aDayAfterTheVerbBeforeAQuotationNamesNoOne() {
        assertEquals(List.of("Robert Gallucci", "Robert Gallucci"), speakers("\u201cThe president might come home unhappy,\u201d "
                + "Robert Gallucci, now a professor at Georgetown University, said Friday at a discussion hosted by the Center for "
                + "a New American Security in Washington. \u201cWe would be in a difficult situation.\u201d"));
    }

    /** "added No. 3 Senate Democrat Chuck Schumer": a rank's full stop ends no name's phrase, and is shown as written. */
    @Test
    void aRanksFullStopEndsNoName() {
        assertEquals(List.of("Chuck Schumer"), speakers("\u201cLet\u2019s see what happens with the judges,\u201d added No. 3 Senate "
                + "Democrat Chuck Schumer."));
        assertEquals(List.of("John Cornyn", "John Cornyn"), speakers("\u201cIt is a mess,\u201d said the Senate's No. 2, Texas "
                + "Republican John Cornyn. \u201cBut I think that is going to be hard.\u201d"));
        assertEquals(List.of("the Senate's No. 2 Democrat"), speakers("\u201cWe will vote on Tuesday,\u201d said the Senate's No. 2 "
                + "Democrat."));
    }

    /** "During an interview on “Meet the Press,” no one noted that …": no speaker, and not the speaker before either. */
    @Test
    void aNegatedSubjectSpeaksForNoOne() {
        for (Quote q : QuoteAttributor.quotes("\u201cThe tests were negative,\u201d Jane Smith said.\n\nDuring an interview on "
                + "\u201cMeet the Press,\u201d no one noted that she had tested negative five times.")) {
            assertEquals(q.text().startsWith("Meet") ? null : "Jane Smith", q.speaker(), q.text());
        }
        assertEquals(Arrays.asList((String) null), speakers("After all, no one would say he was subjected to \u201cenhanced "
                + "interrogation techniques\u201d in Vietnam."));
    }

    /**
     * "Nancy Pelosi, the top House Democrat, last week asked …", "Sen. Ted Cruz, R-Texas, on Wednesday urged …": when it
     * was said, between a name's aside and the verb, is no one; nor is a party and a state of two words ("D-New York").
     */
    @Test
    void aTimeOrAPartyAndStateAfterANameIsNoSpeaker() {
        assertEquals(List.of("Nancy Pelosi"), speakers("Nancy Pelosi, the top House Democrat, last week asked Ryan to meet her party "
                + "to discuss a \u201ccomprehensive legislative solution\u201d."));
        assertEquals(List.of("Ted Cruz"), speakers("Sen. Ted Cruz, R-Texas, on Wednesday urged his colleagues to \u201cdo what you "
                + "said you would do.\u201d"));
        assertEquals(List.of("Chuck Schumer"), speakers("Senate Minority Leader Chuck Schumer, D-New York, said, \u201cToday\u2019s "
                + "action is the latest example of chaos.\u201d"));
    }

    /**
     * "Some critics assert …. They say it is “…”": a "they" after a sentence about people it describes (not named ones) is
     * those people; a thing with people in its phrase ("The documentary features students") is none.
     */
    @Test
    void theyAfterASentenceAboutDescribedPeopleIsThem() {
        assertEquals(List.of("Some critics"), speakers("Some critics assert that posting about causes is an empty gesture. They say "
                + "that it is \u201cperformative allyship,\u201d meaning that people post to prove themselves."));
        assertEquals(List.of("Local officials"), speakers("Local officials were furious on Monday. \u201cWe were never "
                + "consulted,\u201d they said."));
        assertFalse(speakers("The documentary features students and administrators. They called it a \u201chome.\u201d")
                .contains("The documentary features students"));
    }

    /**
     * A "they" after a sentence whose last clause reports it ("…, the researchers found. “…,” they wrote") is the people
     * that clause names, not the sentence's first subject; and a plural of "-man" is people too ("The chairmen said …").
     */
    @Test
    void theyAfterPeopleWhoReportTheSentenceBeforeIsThem() {
        assertEquals(List.of("the researchers"), speakers("A pro-choice Republican, over time, was three times as likely to switch "
                + "parties, the researchers found. \u201cIt is difficult to think of many other issues that would rival it,\u201d "
                + "they wrote."));
        assertEquals(List.of("The chairmen"), speakers("The chairmen said the memos underscore that Comey had different standards "
                + "in dealing with the president than with others.\n\nHe chose not to memorialize conversations with other "
                + "officials, but \u201che immediately began to memorialize conversations with the president,\u201d they said."));
        // a clause that reports nothing by people ("…, the data showed") is no one to refer back to
        assertFalse(speakers("Turnout rose in every county, the data showed. \u201cWe were never consulted,\u201d they said.")
                .contains("the data"));
        // men as such, whom a sentence is about in general, are no one who speaks
        assertFalse(speakers("Real men, real leaders, hold their ground and deflect blame. They say: \u201cHe insulted my wife "
                + "first!\u201d").contains("Real men"));
    }

    /**
     * A count of people with up to four words before their noun, which may name a chamber or party ("10 former national
     * security officials", "Dozens of House lawmakers"), speaks as one; so does a poll's share alone ("About 30 percent").
     */
    @Test
    void aCountOfPeopleWithTheirDescriptionSpeaks() {
        assertEquals(List.of("10 former national security officials"), speakers("In a declaration cited by the court, 10 former "
                + "national security officials said \u201cthere is no national security purpose for a total bar on entry\u201d from "
                + "the seven countries."));
        assertEquals(List.of("Dozens of House lawmakers", "Dozens of House lawmakers"), speakers("Dozens of House lawmakers accused "
                + "the Air Force this week of being \u201chostile towards religion,\u201d citing recent incidents at bases. "
                + "\u201cCensorship is not required for compliance with the Constitution,\u201d they wrote in a letter."));
        assertEquals(List.of("Nearly 60 percent of gun owners", "About 30 percent"), speakers("Nearly 60 percent of gun owners say "
                + "that the group is doing \u201cthe right amount of work\u201d for them. About 30 percent say the group is "
                + "\u201ctoo aggressive\u201d in promoting gun rights, according to the poll."));
    }

    /**
     * "The agency released another statement. “…,” it said.", "The lawsuit was filed …. It says Wilson “…”": an "it" after
     * a sentence about a body or a document it describes is that body or document.
     */
    @Test
    void itAfterASentenceAboutABodyOrADocumentIsThat() {
        assertEquals(List.of("The agency"), speakers("The agency released another statement on Thursday night.\n\n\u201cOur "
                + "collection activities are continually audited,\u201d it said."));
        assertEquals(List.of("The Justice Department"), speakers("The Justice Department released a statement on Friday. \u201cWe take "
                + "these concerns seriously,\u201d it said."));
        assertEquals(List.of("The lawsuit", "The lawsuit"), speakers("The lawsuit was filed by the family on Thursday morning. It says "
                + "the officer \u201cunjustifiably shot\u201d the man, using \u201can unreasonable\u201d amount of force."));
    }

    /** A question inside a sentence, then "asks the engineer": the one who asks it, and the quotation after it too. */
    @Test
    void aQuestionInsideASentenceIsTheAskers() {
        assertEquals(List.of("the road engineer", "the road engineer"), speakers("If the families don\u2019t have \u201cmoney for bread, "
                + "how do they pay for fuel?\u201d asks the road engineer. \u201cFor the villagers it is a lot.\u201d"));
    }

    /**
     * "When Sen. Ron Johnson pressed Clinton on …, Clinton took him to task.¶“…”": the paragraph before ends on what its
     * main clause's subject did, whoever the opening clause of when names.
     */
    @Test
    void aParagraphBeforeIsAboutItsMainClausesSubject() {
        assertEquals(List.of("Hillary Clinton"), speakers("When Sen. Ron Johnson pressed Hillary Clinton on why the department did "
                + "not call the staff, Clinton took him to task.\n\n\u201cWith all due respect, the fact is we had four dead "
                + "Americans.\u201d"));
    }

    /** "…,” de León said, The Sacramento Bee reported. “…”": the quotation after it goes on the speaker, not the paper. */
    @Test
    void aQuotationAfterAnOutletsReportGoesOnItsSpeaker() {
        assertEquals(List.of("Kevin de Le\u00f3n", "Kevin de Le\u00f3n"), speakers("State Sen. Kevin de Le\u00f3n spoke on Monday.\n\n"
                + "\u201cIt should never take a primary challenge,\u201d de Le\u00f3n said, The Sacramento Bee reported. \u201cI\u2019m "
                + "running because California deserves a fighter.\u201d"));
    }

    /** "… and Bush responded, “…”": a clause joined with "and" has its own subject; "he and Kim agreed" is one subject. */
    @Test
    void aClauseJoinedWithAndHasItsOwnSubject() {
        assertEquals(List.of("Bush"), speakers("Robertson noted that Abraham Lincoln once said he couldn't handle the job except on "
                + "his knees and Bush responded, \"Yes, you have to.\""));
        List<String> both = speakers("Hillary Clinton and Bernie Sanders spoke.\n\nClinton called him \"un-American\" and Sanders "
                + "called him someone who \"insults Mexicans.\"");
        assertEquals("Bernie Sanders", both.get(both.size() - 1));
        assertFalse(speakers("Mike Pompeo told Moon that he and Kim agreed to arrange a second summit \"at the earliest possible "
                + "date.\"").contains("Kim"), "a subject of two is no clause of its own");
    }

    /** "As the poet Robert Frost put it:" closing a paragraph names who says the quotation on the next. */
    @Test
    void asXPutItBeforeAQuotationOnTheNextLineNamesItsSpeaker() {
        assertEquals(List.of("Robert Frost"), speakers("History tells us that walls don\u2019t work, from East Berlin to Israel. As "
                + "the poet Robert Frost put it:\n\n\u201cBefore I build a wall I\u2019d ask to know what I was walling in.\u201d"));
        assertEquals(List.of("Scott Walker"), speakers("Gov. Scott Walker spoke in Iowa.\n\nAs Walker put it during his appearance:"
                + "\n\n\u201cStrong leadership, combined with Midwestern nice, has a certain appeal.\u201d"));
    }

    /**
     * "Polling data … — he won that demographic by 42 points — suggests that the “war on women” message hit home": the
     * pronoun of a clause set between dashes is not the subject of the verb after it.
     */
    @Test
    void aPronounInAClauseBetweenDashesIsNoSubjectOfTheVerbAfter() {
        assertEquals(List.of("John Smith"), speakers("John Smith \u2014 he won them by 42 points \u2014 said that the plan was "
                + "\u201ca disaster for the party\u201d."));
        assertEquals(List.of(), speakers("Ken Cuccinelli lost on Tuesday. But exit polling data showing the strength of Terry "
                + "McAuliffe among unmarried women \u2014 he won that demographic by 42 percentage points \u2014 suggests that the "
                + "\u201cwar on women\u201d message hit home with many female voters."));
    }

    /** A roundup's credit of two authors ("Rachel Kleinfeld and Joshua Kleinfeld, National Review") is the first's. */
    @Test
    void aCreditLineOfTwoAuthorsGoesOnTheFirst() {
        assertEquals(List.of("Rachel Kleinfeld"), speakers("\u201cThe truth is that no one knows whom expanded absentee voting "
                + "would favor.\u201d\n\nRachel Kleinfeld and Joshua Kleinfeld, National Review\n\nFrom the Right"));
        assertEquals(List.of("Reid J. Epstein"), speakers("\u201cEven if Mr. Buttigieg fails to capture the nomination, he\u2019s "
                + "already won himself a place.\u201d \u2014 Reid J. Epstein and Lisa Lerer, New York Times\n"));
    }

    /**
     * A passive verb's agent speaks where the quotation is what they called something ("described by Sen. Ted Cruz as
     * “…”") or the words they are said to have noted or asked; not where the sentence reports on what the agent said.
     */
    @Test
    void thePassiveAgentOfANamingOrIntroducingVerbIsTheSpeaker() {
        assertEquals(List.of("Ted Cruz"), speakers("Hollywood joined Democrats vowing to fight the repeal of net neutrality, an "
                + "Obama-era rule once described by Sen. Ted Cruz as \u201cObamacare for the internet.\u201d"));
        assertEquals(List.of("David Hemenway"), speakers("David Hemenway studied the law.\n\nOne other fact, noted by Hemenway and "
                + "Vriniotis in 2011: \u201cWhile 13 gun massacres occurred in Australia before the law, none occurred after.\u201d"));
        assertEquals(List.of("Megyn Kelly"), speakers("Bush defended his answers when he was asked by Fox News' Megyn Kelly, "
                + "\u201cKnowing what we know now, would you have authorized the invasion?\u201d"));
        assertEquals(List.of("Donald Trump"), speakers("While Donald Trump said the numbers being reported by Beijing \u201cseem to be "
                + "a little on the light side,\u201d officials had no way to check them."), "the sentence's speaker, not the reporter");
    }

    /** "… elicited a steadfastly neutral response from Sanders:": the words that follow are the response. */
    @Test
    void aResponseFromSomeoneBeforeAColonIsTheirs() {
        assertEquals(List.of("Bernie Sanders"), speakers("Bernie Sanders debated Hillary Clinton.\n\nA question about Clinton\u2019s "
                + "emails elicited a steadfastly neutral response from Sanders: \u201cThere's not a day that goes by when I am not "
                + "asked to attack her on that issue.\u201d"));
    }

    /**
     * A sentence whose subject is the same "he" is about the one it refers to: the people of its inner clauses are not
     * what a "he said" after it refers to ("Despite …, he said, Mr. Tsarnaev maintained …. “…,” he said": the coach).
     */
    @Test
    void aSentenceOpenedByTheSamePronounPassesItsInnerSubjectsOver() {
        assertEquals(List.of("Peter Payack"), speakers("Dzhokhar Tsarnaev joined the wrestling team. His teammates eventually voted "
                + "him captain. One of the coaches, Peter Payack, said he deserved it. Despite the draining four-hour daily practice, "
                + "he said, Mr. Tsarnaev maintained his academic record and proved a model of good sportsmanship.\n\n\u201cYou "
                + "always see people\u2019s personality traits over the course of a season,\u201d he said."));
    }

    /**
     * A full stop run into the next sentence without a space ("… in law enforcement.And Obama, said Ron Hosko, …") still
     * ends a sentence for the pronoun pass: the "he" after it is not the one the sentence before was about.
     */
    @Test
    void aSentenceRunIntoTheNextWithoutASpaceStillEnds() {
        assertEquals(List.of("Ron Hosko"), speakers("Al Sharpton spoke on Monday. He has been critical of the police, undercutting "
                + "public confidence in law enforcement.And Obama, said Ron Hosko, the president of the Law Enforcement Legal Defense "
                + "Fund, is too quick to assume racism. \"That is wholly inappropriate,\" he told The Hill."));
        // and for the cue before a quotation; a web address is no such stop
        assertEquals(List.of("Glenn Beck", "Alex Conant"), speakers("Alex Conant is a spokesman for Marco Rubio. \"He was the main "
                + "guy,\" said Glenn Beck, as the Hill reported.Conant said, \"The senator was well aware of the political risks.\""));
        assertEquals(List.of("Claude Errera"), speakers("Claude Errera, editor of fansite Halo.Bungie.Org, said: \"Bungie got "
                + "everything right.\""));
    }

    /** "…,” the Fifth Circuit ruled.", "…,” a new poll found.": a court's or a report's words, after the quotation. */
    @Test
    void aCourtOrAReportThatRuledOrFoundAfterTheQuotationSpeaks() {
        assertEquals(List.of("the Fifth Circuit", "the Fifth Circuit"), speakers("\"Demand for abortion services may decrease,\" the "
                + "Fifth Circuit ruled. \"The record lacks evidence.\""));
        assertEquals(List.of("the FEC"), speakers("The payment would \u201cunduly augment the earnings of an asset owned by the "
                + "candidate,\u201d the FEC ruled."));
        assertEquals(List.of("a new poll"), speakers("\u201cMost voters oppose the strikes,\u201d a new poll found, while 76 percent "
                + "favor sanctions."));
    }

    /** "…,” the indictment alleges.", "…,” federal prosecutors alleged Monday.": the charge's author speaks, not a word read as an adjective. */
    @Test
    void aChargesAuthorThatAllegesAfterTheQuotationSpeaks() {
        assertEquals(List.of("the indictment", "the indictment"), speakers("\u201cThe defendants moved the money through three "
                + "shell companies,\u201d the indictment alleges. \u201cThey hid it from the auditors.\u201d"));
        assertEquals(List.of("federal prosecutors"), speakers("The broker sold the shares because he \"knew the merger had failed,\" "
                + "federal prosecutors alleged Monday."));
        assertEquals(Arrays.asList((String) null), speakers("Nobody at the firm was charged with the \"wire fraud\" the other "
                + "crimes alleged."));
    }

    /**
     * "said Spanish teenager Nadal": a description and a surname alone after the verb; "Tom McCabe MSP": a member's
     * letters after a first name and a surname are no part of the name ("the Salford MP" keeps its letters).
     */
    @Test
    void aDescribedSurnameAndAMembersLettersAfterANameNameTheSpeaker() {
        assertEquals(List.of("Rafael Nadal"), speakers("Seventh seed Rafael Nadal reached the last eight. \"It is always a problem "
                + "to stop for rain,\" said Spanish teenager Nadal."));
        assertEquals(List.of("Tom McCabe"), speakers("Councils want more money. Scottish Finance Minister, Tom McCabe MSP, said: "
                + "\"Last week I announced an additional sum.\""));
        assertEquals(List.of("the Salford MP"), speakers("\"The threat is most likely to come from those who hide behind Islam,\" "
                + "the Salford MP told the committee."));
    }

    /**
     * "A Conservative spokeswoman said …. She said: “…”": the "she" of the line introducing a quotation is the one the
     * sentence before it describes; a "he said" after it is someone else's, not the spokeswoman's.
     */
    @Test
    void aSheIntroducingAQuotationIsTheOneDescribedBeforeAndAHeIsNot() {
        assertEquals(java.util.Arrays.asList("A Conservative spokeswoman", null), speakers("He said the party asked people. A "
                + "Conservative spokeswoman said the party stuck to the rules. She said: \"We do apply TPS but in line with the "
                + "law.\" The rules did allow polling companies to call people. \"If a political party was doing that it may not "
                + "be marketing,\" he said."));
    }

    /**
     * A partial quotation after a subject with no verb of speech before it carries the sentence's own verb: the source
     * after it says the words ("Data collected on children “could be used …,” the report concluded"). A clause going on
     * the sentence after it is no source ("“Pizzagate,” a social-media conspiracy that falsely claimed …").
     */
    @Test
    void aPartialQuotationCarryingTheVerbIsTheSourceAftersWords() {
        assertEquals(List.of("the report"), speakers("Big Data is a thing. Data collected on children as they take advantage of "
                + "educational services \u201Ccould be used to build an invasive consumer profile of them,\u201D the report concluded."));
        assertEquals(List.of("his press secretary"), speakers("Trump believes there are \u201Cinjustices in society,\u201D his press "
                + "secretary said, but she brushed aside the notion."));
        assertEquals(List.of("Michael Isikoff"), speakers("The Mueller investigation \u201Cmay be coming to its climax,\u201D Michael "
                + "Isikoff of Yahoo News recently reported."));
    }

    /** What may stand between a quotation and its cue's verb: a source's words, not a clause's. */
    @Test
    void aPlainCueAfterHoldsOnlyASourcesWords() {
        assertTrue(QuoteAttributor.plainCueAfter(" the report states. In 1969, the court ruled."));
        assertTrue(QuoteAttributor.plainCueAfter(" former FBI Director James Comey would later tell a House committee."));
        assertTrue(QuoteAttributor.plainCueAfter(" as conservative blogger Glenn Reynolds likes to say."));
        assertTrue(QuoteAttributor.plainCueAfter(" U.S. Ambassador to the United Nations Nikki Haley said on CNN."));
        assertTrue(QuoteAttributor.plainCueAfter(" chief marketing officer Keith Weed warned."));
        assertFalse(QuoteAttributor.plainCueAfter(" a social-media conspiracy that falsely claimed Clinton ran it."));
        assertFalse(QuoteAttributor.plainCueAfter(" an emotional sell-off could threaten the president's hopes."));
        assertFalse(QuoteAttributor.plainCueAfter(" as well as the importance of having allies noting its cost."));
        assertFalse(QuoteAttributor.plainCueAfter(" the Iranian government\u2019s foundational text calls for the dissolution."));
        assertFalse(QuoteAttributor.plainCueAfter(" without elaborating or explicitly saying they would kill him."));
    }

    /**
     * A role held in a body after a name ("TV columnist for Time", "ACLU director for the LGBT and HIV project") is an aside,
     * and so is a "which" clause on that body: the name before them speaks, not the body.
     */
    @Test
    void aRoleInABodyAndAWhichClauseOnItAreAsidesAfterTheName() {
        assertEquals(List.of("James Poniewozik"), speakers("James Poniewozik, TV columnist for Time, which is part of Time Warner, "
                + "wrote: \"You reward a lunatic on TV for pulling a stunt.\""));
        assertEquals(List.of("James Esseks"), speakers("James Esseks, ACLU director for the LGBT and HIV project, explains that "
                + "censorship threatens \u201Cthe freedom of all of us.\u201D"));
    }

    /** A verb of speech in the present after a plural subject is a cue: the subject speaks, an owner's team included. */
    @Test
    void aPluralSubjectsPresentTenseIsACue() {
        assertEquals(List.of("Trump\u2019s legal team"), speakers("In the suit, Trump\u2019s legal team complain that the Democrats "
                + "have \u201Cissued more than 100 subpoenas to anyone.\u201D"));
        assertEquals(List.of("Joseph Antos"), speakers("Joseph Antos and James Capretta of the American Enterprise Institute warn "
                + "that repeal without replacement \"would be a disaster.\""));
    }

    /**
     * "Phone companies tell customers …": companies are the subject, not a person named "Phone", whom a later "he"
     * could then mean.
     */
    @Test
    void aCompaniesSubjectIsNoPersonNamedByItsFirstWord() {
        assertEquals(List.of("Phone companies", "Rob Dwight", "Rob Dwight"), speakers("Phone companies tell customers about "
                + "\"rogue-dialling\" scams.\n\nIcstis spokesman Rob Dwight said: \"Phone companies should get in touch sooner.\"\n\n"
                + "Phone companies had the systems in place to spot fraud, he said. \"We alert them to the numbers,\" he added."));
    }

    /**
     * A "he" after a sentence about an unnamed man ("A man selling lock picks, who would not give his name, agreed.") is
     * that man, not the person named before him; not where the description opens a sentence about someone after it ("A
     * new mom at the time, she …").
     */
    @Test
    void aPronounAfterAnUnnamedMansSentenceIsThatMan() {
        assertEquals(List.of("John Myers", "John Myers", "A man selling lock picks"), speakers("\u201CMaybe he would do some "
                + "better things,\u201D said John Myers. \u201CBut he sure is not a people person.\u201D\n\nA man selling lock picks, "
                + "who would not give his name, agreed.\n\n\u201CI wish the Republicans had a stronger candidate,\u201D he said."));
        assertEquals(List.of("Kristen Day", "Kristen Day"), speakers("\u201CWe are here,\u201D said Kristen Day.\n\nA new mom at "
                + "the time, she had dreamed of a day when it would change. \u201CIt never did,\u201D she said."));
    }

    /**
     * A one-word name written only at a sentence's start still speaks where a verb of speech and a colon follow it
     * ("Bloomberg reports: “…”"); not a label ("Related reads:", "Worth noting:") nor a word for no one ("Everyone").
     */
    @Test
    void aOneWordNameBeforeAVerbAndAColonSpeaks() {
        assertEquals(List.of("Bloomberg"), speakers("But the numbers are being questioned. Bloomberg reports: \"China has "
                + "concealed the extent of the outbreak in its country.\""));
        assertEquals(Arrays.asList((String) null), speakers("But the numbers are being questioned. Everyone reports: \"China "
                + "has concealed the extent of the outbreak in its country.\""));
        assertEquals(Arrays.asList((String) null), speakers("The House is away. Related reads: \u201CThe Senate risks a return "
                + "but the House stays away.\u201D"));
    }

    /** "A source close to the president": the description whole, with what its adjective takes, not "A source close". */
    @Test
    void aSourceCloseToSomeoneIsDescribedWhole() {
        assertEquals(List.of("A source close to the president"), speakers("A source close to the president said: \"He is "
                + "furious about it and will not let it go.\""));
        assertEquals(List.of("One source familiar with the move", "One source familiar with the move"), speakers("One source "
                + "familiar with the move told Fox News that Stepien is a \"really hard worker,\" and he is \"married to his job.\""));
    }

    /**
     * A "he" after a sentence whose subject is no one ("Reporters asked …", "Trump backers on campus looked to …") is
     * the one person that sentence names, not a person the subject of a sentence before; not where it names two, an
     * owner ("Obama's policies") or someone by a first name the article does not know, nor after a question about
     * someone ("And what if Hillary Clinton is the nominee?").
     */
    @Test
    void aPronounAfterASentenceAboutNoOneIsTheOnePersonItNames() {
        assertEquals(List.of("Tom Okafor"), speakers("President Donald Trump spoke on Monday. Reporters asked Senator Tom "
                + "Okafor about the bill.\n\n\u201CWe will see,\u201D he said."));
        assertEquals(List.of("Derek Kukura"), speakers("Donald Trump spoke on Monday. Trump backers on campus looked to Derek "
                + "Kukura to take a stand. He declined.\n\n\u201CWe were a new club,\u201D he said."));
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump spoke on Monday. Reporters asked Senator Tom "
                + "Okafor and Senator Ivo Brandt about the bill.\n\n\u201CWe will see,\u201D he said."), "two named: no telling");
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump spoke on Monday. Reporters asked about Tom "
                + "Okafor's bill.\n\n\u201CWe will see,\u201D he said."), "an owner is whose, not whom");
        assertEquals(List.of("Donald Trump"), speakers("President Donald Trump spoke on Monday. And what if Tom Okafor runs "
                + "again?\n\n\u201CWe will see,\u201D he said."), "the one asked about does not answer");
        assertEquals(List.of("Ivo Brandt"), speakers("Ivo Brandt said he would meet the concerns. But changes must not "
                + "overturn the ruling on coma patient Tom Okafor. \u201CIt is important we get this right,\u201D he said."),
                "reported speech going on after a speaker's sentence");
    }

    /**
     * An "it" before a quotation speaks nothing itself ("It may be saying something like, “…,” agreeing …, says
     * psychologist Nancy Molitor."): the one the sentence's end names says the sentence, and the quotation.
     */
    @Test
    void anItBeforeAQuotationLeavesItToTheSpeakerTheSentenceEndsWith() {
        assertEquals(List.of("Mara Lindqvist", "Mara Lindqvist"), speakers("It may be saying something like, \"Let us take "
                + "this one day at a time,\" agreeing to disagree or changing the subject, says psychologist Mara Lindqvist. "
                + "\"The idea is to calm things down.\""));
        assertEquals(List.of("the judges"), speakers("And it was difficult to say that the inquiry \"has been timely, open or "
                + "effective\", the judges said."));
    }

    /**
     * A verb of speech joined by "and" to a reported clause's verb is that clause's subject's, with an adverb before its
     * verb ("Okafor said Lindqvist again grabbed her arm and said") or a short aside after "and," ("and, in a low voice
     * said"): not the reporter's.
     */
    @Test
    void aReportedClausesSubjectSpeaksPastAnAdverbOrAnAside() {
        assertEquals(List.of("Marta Lindqvist"), speakers("Ada Okafor met Marta Lindqvist later. Okafor said Lindqvist again "
                + "grabbed her arm and said, \"Do you understand.\""));
        assertEquals(List.of("Marta Lindqvist"), speakers("Ada Okafor met Marta Lindqvist later. As she left, Okafor said "
                + "Lindqvist grabbed her by the arm and, in a low voice said, \"Do you understand. Everything you do.\""));
    }

    /** "Marine" before a full name is a rank, not a woman's first name: the "he" after is the veteran. */
    @Test
    void aRankThatIsAlsoAFirstNameLeavesThePersonsSexToTheName() {
        assertEquals(List.of("Dana Whitfield", "John Bracknell"), speakers("\u201cIt was a long night,\u201d said Dana Whitfield, "
                + "who organised the rally.\n\nFormer Marine John Bracknell says he never expected the crowd. "
                + "\u201cIt was huge,\u201d he said."));
    }


    /** "Upon Eric Holder’s arrival": the article names Eric Holder, whom "Holder said" credits, not "Upon Eric Holder". */
    @Test
    void aPrepositionOpeningASentenceIsNoPartOfTheSpeakersName() {
        assertEquals(List.of("Eric Holder"), speakers("Upon Eric Holder\u2019s arrival, reporters gathered outside. "
                + "\u201cWe will not back down,\u201d Holder said."));
    }


    /** A live blog's update line, capitalised as a headline, names no "Romney Raps Obama" for "Obama said" to mean. */
    @Test
    void aHeadlinesVerbBetweenNamesMakesNoPerson() {
        assertEquals(List.of("Obama"), speakers("Update at 10:25 p.m. ET. Romney Raps Obama's Priorities:\n\n"
                + "\u201cWe cannot afford it,\u201d Obama said."));
    }


    /** A label before a sentence ("Translation:") leaves its subject after the colon: the "he" of its clause is Kerry. */
    @Test
    void theSubjectAfterALabelIsTheSentencesOwn() {
        String text = "President Barack Obama spoke on Tuesday. What he meant: Do not listen to my secretary of state, "
                + "John Kerry.\n\nTranslation: Kerry confused matters Monday when he said the strikes would be "
                + "\u201cunbelievably small.\u201d";
        assertEquals(List.of("John Kerry"), speakers(text));
        // a picture's label is no sentence of the story: the "he" after it is still the one it was
        assertEquals(List.of("Hossein Kazempour Ardebili", "Hossein Kazempour Ardebili"), speakers("Iran's OPEC governor, "
                + "Hossein Kazempour Ardebili, said both countries are acting against OPEC.\n\nFILE PHOTO: U.S. President "
                + "Donald Trump speaks to the press aboard Air Force One.\n\n\u201cIf this happens, it means Trump is "
                + "asking Saudi Arabia to walk away,\u201d he told Reuters.\n\n\u201cThe market will go up,\u201d he said."));
        assertEquals(List.of("Jonathan Phillips"), QuoteAttributor.quotesResolvingOffices("Jonathan Phillips, a voting "
                + "activist, found himself in a storm.\n\nUS election voters in Georgia. Photograph: Erik S Lesser/EPA\n\n"
                + "\u201cI am just an ordinary guy,\u201d he said on Tuesday.").stream().map(Quote::speaker).toList());
    }


    /**
     * A few words that answer a question, a spaced dash, then the sentence ("Not on the Irish backstop - chief negotiator
     * Michel Barnier has said …"): the subject is after the dash, and the "he" of the next sentence is that person.
     */
    @Test
    void theSubjectAfterAnAnswersDashIsTheSentencesOwn() {
        String text = "Former Foreign Secretary Boris Johnson said the deal was dead.\n\nAre there signs of movement from "
                + "the EU?\n\nNot on the Irish backstop - chief negotiator Michel Barnier has said the EU would not put a "
                + "time limit on it.\n\nBut he said the backstop was not the \u201ccentral issue\u201d of the talks.";
        assertEquals(List.of("Michel Barnier"), speakers(text));
        // a dash around an aside leaves the subject before it: "the vote" is no person, and the "he" is still Johnson's
        assertEquals(List.of("Boris Johnson"), speakers("Boris Johnson said the deal was dead.\n\nThe vote - David "
                + "Davis's third attempt - failed on Tuesday.\n\nBut he said it was \u201ca betrayal\u201d of the vote."));
    }


    /**
     * A sentence about a person's thing that ends by introducing someone ("Trump’s speech was endorsed by David Duke, the
     * former grand wizard …"): the "he" quoted next is the one introduced, as where no person is the subject.
     */
    @Test
    void aPersonIntroducedAfterAnOwnersThingIsTheNextHe() {
        assertEquals(List.of("David Duke"), speakers("Donald Trump spoke for an hour.\n\nTrump\u2019s speech was "
                + "enthusiastically endorsed by David Duke, the former leader of the group. \u201cCouldn\u2019t have said it "
                + "better,\u201d he tweeted."));
        assertEquals(List.of("Rex Tillerson", "Steve Goldstein"), speakers("Rex Tillerson said, \u201cI am leaving.\u201d"
                + "\n\nTillerson's side of the story came from Steve Goldstein, undersecretary of State for public "
                + "diplomacy.\n\n\u201cThe secretary had every intention of staying,\u201d he said."));
    }


    /**
     * A relative clause on a leading phrase runs on to its own comma, and the subject comes after it ("Appearing in
     * Philadelphia, where the convention opened, Sanders tried …"): the "he" of the next sentence is Sanders.
     */
    @Test
    void aRelativeClauseOnALeadingPhraseLeavesTheSubjectAfterIt() {
        assertEquals(List.of("Bernie Sanders"), speakers("Bernie Sanders spoke later.\n\nTim Kaine had spoken first."
                + "\n\nAppearing in Philadelphia, where the convention opened this afternoon, Sanders tried to calm his fans."
                + "\n\n\u201cThis is the real world that we live in,\u201d he said."));
    }


    /**
     * A name, then "who" and a speech verb right before the quotation, no comma between ("… was joined by House Majority
     * Leader Eric Cantor who declared, “…”", "the teachings of Malcolm X who said, “…”"): the one named speaks.
     */
    @Test
    void aNameThenWhoAndTheVerbSpeaks() {
        assertEquals(List.of("Eric Cantor"), speakers("John Boehner spoke on Friday about jobs.\n\nHe was joined by House "
                + "Majority Leader Eric Cantor who declared, \"The American people really deserved better.\""));
        assertEquals(List.of("Jeff Sessions"), speakers("The scrapping of the program was announced on Tuesday by Attorney "
                + "General Jeff Sessions who described the policy as an \u201copen-ended circumvention of the laws\u201d."));
        // more words after "who" are a clause of its own, whose subject the sentence's rules find
        assertEquals(List.of("John Boehner"), speakers("John Boehner met Eric Cantor, who had flown in from Richmond on "
                + "Monday.\n\nBoehner said, \"We will act.\""));
    }


    /** A body and "states" before the quotation ("the United Nations states: “…”"): the body, "states" its verb. */
    @Test
    void aBodyThatStatesSpeaks() {
        assertEquals(List.of("the United Nations", "the council"), speakers("In that resolution, the United Nations states: "
                + "\"Iran is called upon to stop.\"\n\nThen the council states: \"Iran must stop.\""));
    }


    /**
     * The writer reaching someone whom an aside introduces ("I spoke with Jennifer Stefano, who …", "I ran it by Greg
     * Smith, who directs …"): the "she" or "he" after it is that person, the writer being none.
     */
    @Test
    void theOneTheWriterReachesIsTheNextPronoun() {
        assertEquals(List.of("Jennifer Stefano"), speakers("Sarah Palin spoke at the rally on Monday.\n\nI spoke with "
                + "Jennifer Stefano, who first got involved with the movement in 2008. She told me that its ethos is: "
                + "\u201cWe want a limited government.\u201d"));
        assertEquals(List.of("Greg Smith"), speakers("Will Gervais published the study last week.\n\nI ran the conclusion by "
                + "Greg Smith, who directs polling on religion.\n\n\u201cI would be reluctant to conclude that,\u201d he says."));
        // the writer remembering someone is no conversation: the "he" stays the subject's
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke on Monday.\n\nI remember Nathan Phillips, an elder "
                + "playing a drum.\n\n\u201cThey have become symbols,\u201d he tweeted."));
    }


    /** A company's name joined by "&" is one name: the person after it speaks, or the company where no one does. */
    @Test
    void aCompanyNamedWithAnAmpersandIsOneName() {
        assertEquals(List.of("David Taylor", "Chris Hermann", "Simon & Schuster"), speakers("\u201cWe will keep going,\u201d "
                + "said Procter & Gamble chief executive David Taylor.\n\n\u201cThe horizon has changed,\u201d said Louisville "
                + "Gas & Electric retiree Chris Hermann, who led the tour.\n\nThe publisher, Simon & Schuster, said in a "
                + "statement: \u201cThe filing is frivolous.\u201d"));
    }


    /**
     * A quotation in the main clause after a leading clause ("After the president's physical this year, Jackson lauded
     * Trump’s “excellent” health") is the main clause's subject's; one inside the leading clause stays that clause's.
     */
    @Test
    void aQuotationAfterALeadingClauseIsTheMainSubjects() {
        assertEquals(List.of("Ronny Jackson"), speakers("Donald Trump picked Ronny Jackson to run the department.\n\nAfter "
                + "the president's physical this year, Jackson lauded Trump\u2019s \u201cexcellent\u201d health."));
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke on Friday.\n\nWhen Trump was quoted as calling "
                + "them \u201cterrible places,\u201d many of his supporters felt embarrassed."));
    }


    /** A party and state set off after a name ("Sen. Chuck Grassley, R-Iowa,", "Rep. Mark Meadows (R-N.C.)") hide no subject. */
    @Test
    void aPartyAndStateAfterTheNameLeaveItTheSubject() {
        assertEquals(List.of("Chuck Grassley", "Mark Meadows"), speakers("Sen. Chuck Grassley, R-Iowa, questioned why Lew "
                + "thought it \"morally acceptable\" to take the money.\n\nOn July 28, Rep. Mark Meadows (R-N.C.) filed a "
                + "\u201cmotion to vacate the chair\u201d against the speaker."));
    }


    /**
     * A name in title case after "the", "on" or an owner's word ("introduce the “Medicare for All Act of 2017”", "on
     * “Fox News Sunday”") is a bill's or a show's, not the subject's words; the subject goes on for the next quotation.
     */
    @Test
    void aTitleAfterTheOrOnIsNoOnesWords() {
        assertEquals(java.util.Collections.singletonList(null), speakers("Senator Bernie Sanders speaks during an event to "
                + "introduce the \"Medicare for All Act of 2017\" on Capitol Hill."));
        assertEquals(java.util.Arrays.asList(null, "Fred Upton"), speakers("Rep. Fred Upton was introducing the \"Keep Your "
                + "Health Plan Act\" in a bid to address the reports. \"We will fix it,\" he said."));
        // "a" opens words of someone's as often: "called it a “Total Disaster”" stays his
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke on Monday. Trump called the deal a \u201cTotal "
                + "Disaster\u201d for the country."));
    }


    /** A group named by what it is, with where it is, as the subject of a speech verb: "Protesters in the gallery shouted". */
    @Test
    void aGroupWithWhereItIsSpeaks() {
        assertEquals(List.of("Protesters", "Prosecutors in New York"), speakers("Protesters in the gallery shouted, \u201cKill the bill! "
                + "Don\u2019t kill us!\u201d\n\nProsecutors in New York say Cohen should receive a \"substantial\" prison "
                + "sentence."));
    }


    /** "what Justice Ruth Bader Ginsburg called “…”": a role's words before the name a "what" clause opens with. */
    @Test
    void aWhatClauseOpensWithARoleAndAName() {
        assertEquals(List.of("Ruth Bader Ginsburg"), speakers("Other justices said the law creates what Justice Ruth Bader "
                + "Ginsburg called two classes of marriage, full marriage and \"skim-milk marriage.\""));
        assertEquals(List.of("Steve Bannon"), speakers("The rollback is part of what White House adviser Steve Bannon calls "
                + "the \u201cdeconstruction of the administrative state.\u201d"));
    }


    /** A contracted pronoun is a sentence's subject too ("He's not sure …"): the paragraph after is that person's. */
    @Test
    void aContractedPronounIsTheSubject() {
        assertEquals(List.of("Johan Westerholm", "Johan Westerholm"), speakers("\"We are moving toward authoritarianism,\" "
                + "warns Swedish blogger Johan Westerholm.\n\nWesterholm runs a website critical of immigration. He's not "
                + "sure how much longer before his website is shut down.\n\n\"I will not be able to report the issues.\""));
    }


    /**
     * A page's label in capitals before the sentence that cues ("BREAKING: McConnell walks onto the floor and tells
     * reporters: “…”", "AMY GOODMAN: Donald Trump responded by tweeting, “…”"): the sentence's subject speaks; a
     * transcript's label before its speaker's own "I said" stays the speaker.
     */
    @Test
    void aLabelInCapitalsBeforeTheCueIsNoSpeaker() {
        assertEquals(List.of("Mitch McConnell", "Donald Trump"), speakers("Mitch McConnell needs 50 votes.\n\nBREAKING: "
                + "McConnell walks onto the floor and tells reporters: \u201cWe have the votes.\u201d\n\nAMY GOODMAN: "
                + "Donald Trump responded by tweeting, \u201cThe cast was very rude.\u201d"));
        assertEquals(List.of("THE PRESIDENT"), speakers("THE PRESIDENT: We're fixing to have lunch here, and I said, "
                + "\"Congratulations.\""));
    }


    /**
     * An owner's word and who speaks for them before the cue ("His lawyer said …", "Her family said in a statement"):
     * that speaker, as after a quotation ("…,” his lawyer said), not the one "his" names, nor no one.
     */
    @Test
    void anOwnersSpokesmanBeforeTheCueSpeaks() {
        assertEquals(List.of("His lawyer", "Her family"), speakers("Andrew McCabe was fired on Friday.\n\nHis lawyer said the "
                + "process was completed \u201cin a little over a week.\u201d\n\nHer family said in a statement that her impact "
                + "\"can never be fully measured.\""));
    }


    /** "…, said Hekmati called him": the name after "said" is the reported clause's subject, not who speaks after it. */
    @Test
    void aNameThatTakesItsOwnVerbAfterSaidIsNoSpeaker() {
        String text = "Amir Hekmati, a former soldier, was released on Saturday.\n\nHekmati's lawyer, Mahmoud Alizadeh "
                + "Tabatabaei, said Hekmati called him earlier Saturday from prison.\n\n\u201cHe told me that officials "
                + "have called for a meeting with him,\u201d he said.";
        assertEquals(List.of("Mahmoud Alizadeh Tabatabaei"), speakers(text));
        // after a speech verb and a comma, a name with no verb of its own is who speaks: "…, said Tabatabaei."
        assertEquals(List.of("Mahmoud Tabatabaei"), speakers("Amir Hekmati was released on Saturday, said Mahmoud "
                + "Tabatabaei.\n\n\u201cHe called me from prison,\u201d he said."));
    }


    /**
     * An office's name longer than a cue's usual reach before the name ("…,” then-Assistant Secretary of Defense for
     * International Security Affairs Robert Karem told Congress"): the person the office's words lead to.
     */
    @Test
    void aLongOfficeBeforeTheNameAfterTheQuotationIsTheSpeakers() {
        assertEquals(List.of("Robert Karem", "Robert Karem"), speakers("Officials disagree.\n\n\u201cWe can only help "
                + "influence a positive outcome in Yemen by engaging with our partners,\u201d then-Assistant Secretary of "
                + "Defense for International Security Affairs Robert Karem told Congress in April 2018. \u201cOur support "
                + "shows we take seriously our partners\u2019 struggle.\u201d"));
    }

    /**
     * A court case's name ("In NFIB v. Sebelius, the Court pointed out that …") ends no sentence at "v." and names no one
     * who acts in it: the Court speaks, and a later "he" is not one of the case's parties.
     */
    @Test
    void aCaseNameIsNeitherASentencesEndNorItsSubject() {
        assertEquals(List.of("the Court", "the Court"), speakers("The amount at issue was small. In NFIB v. Sebelius, the Court "
                + "pointed out that \u201cthe federal funds at stake,\u201d roughly $4 million, \u201cconstituted less "
                + "than half of one percent of South Dakota\u2019s budget.\u201d"));
        assertEquals(List.of("Neil Gorsuch"), speakers("Judge Neil Gorsuch sits on the appeals court.\n\nIn a pair of "
                + "immigration cases, De Niz Robles v. Lynch and Gutierrez-Brizuela v. Lynch, Judge Gorsuch ruled against "
                + "the government. When judges defer to the executive, he wrote, they \u201care not fulfilling their duty "
                + "to interpret the law.\u201d"));
    }

    /**
     * A party's full name in a case's name ("United States v. Edith Windsor") is the fullest name the article gives the
     * person it goes on to quote by title and surname ("Ms. Windsor told reporters").
     */
    @Test
    void aCasePartysFullNameIsTheFullestName() {
        assertEquals(List.of("Edith Windsor"), speakers("Wednesday\u2019s case, United States v. Edith Windsor, revolves "
                + "around an estate tax bill.\n\nAfter the session, Ms. Windsor told reporters the arguments "
                + "\u201cwent beautifully.\u201d"));
    }

    /** A double surname written with a space ("Ocasio Cortez said") is the person the article named with its hyphen. */
    @Test
    void aDoubleSurnameWithASpaceIsTheHyphenedPersons() {
        assertEquals(List.of("Alexandria Ocasio-Cortez"), speakers("Only one Democrat, Rep. Alexandria Ocasio-Cortez of New "
                + "York, voted against it. \u201cThere\u2019s an enormous amount of pressure,\u201d Ocasio Cortez said."));
        // a first name and a surname are someone else
        assertEquals(List.of("Maria Cortez"), speakers("Rep. Alexandria Ocasio-Cortez voted against it. \u201cThere is "
                + "pressure,\u201d Maria Cortez said."));
    }

    /**
     * A title in a cue after the quotation tells the speaker's sex ("…,” said Mr. Pitney; "…,” Mr. Pitney said): a later
     * "she" is not him.
     */
    @Test
    void aTitleInACueTellsTheSpeakersSex() {
        assertEquals(java.util.Arrays.asList("Pitney", null), speakers("\u201cThis culture of corruption has more to do "
                + "with Washington,\u201d said Mr. Pitney, a political science professor.\n\nLater, a reporter asked about "
                + "the race. Then she called it the party\u2019s \u201cculture of corruption,\u201d to applause."));
        assertEquals(java.util.Arrays.asList("Pitney", null), speakers("\u201cWe will win,\u201d Mr. Pitney said.\n\n"
                + "Later she called it a \u201cculture of corruption,\u201d to applause."));
    }

    /** A time a name marks ("The Obama era gave us the banality that “…”") is no one who speaks: the words are no one's. */
    @Test
    void aTimeANameMarksSpeaksNoWords() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("Barack Obama left office in 2017.\n\nThe Obama era gave "
                + "us the conventional banality that \u201cdemography is destiny.\u201d"));
    }

    /** An agency whose name ends in "Protection" or "Enforcement" speaks whole ("Customs and Border Protection said"). */
    @Test
    void anAgencyNamedWithAndSpeaksWhole() {
        assertEquals(List.of("Customs and Border Protection"), speakers("The caravan reached the border on Monday.\n\n\u201cWe "
                + "are at capacity,\u201d Customs and Border Protection said in a statement."));
    }

    /** A party committee's member is named by a title ("RNC Committeeman Curly Haugland"): the name without it. */
    @Test
    void aCommitteemansTitleIsNoPartOfTheName() {
        assertEquals(List.of("Curly Haugland"), speakers("The rules fight went on.\n\n\u201cIt is the end of the party,"
                + "\u201d said RNC Committeeman Curly Haugland, of North Dakota."));
    }

    /**
     * A surname with "Jr." or "Sr." is that generation's person ("Trump Jr. said" after "Donald Trump Jr."), not the one
     * the surname alone names; a numeral after a monarch's one name is still the monarch, by title ("King Abdullah II … he said").
     */
    @Test
    void aSurnameWithJrIsThatGenerationsPerson() {
        assertEquals(List.of("Donald Trump Jr."), speakers("President Donald Trump spoke on Monday. His son Donald Trump "
                + "Jr. spoke after him.\n\n\u201cIt was just a nothing,\u201d Trump Jr. said."));
        assertEquals(List.of("Trump Jr."), speakers("President Donald Trump spoke on Monday.\n\n\u201cIt was just a "
                + "nothing,\u201d Trump Jr. said."));
        assertEquals(List.of("King Abdullah"), speakers("Jordan's King Abdullah II urged both sides to talk.\n\n\u201cEnough,"
                + "\u201d he said."));
    }
    /**
     * A clause joined by "and" after the first clause's verb has a subject of its own, nearer than the first ("Hussein
     * withdrew … and minutes later Blatter took to the stage. … he said" is Blatter's); two subjects of one verb ("he and
     * Scalise are"), a list's last name and a clause inside a report ("saying … and Obama was traveling") are not such.
     */
    @Test
    void theSubjectOfAClauseJoinedByAndIsTheNearerReferent() {
        assertEquals(List.of("Sepp Blatter"), speakers("Sepp Blatter faced Prince Ali bin al-Hussein of Jordan.\n\nHussein "
                + "withdrew from the race and minutes later Blatter took to the stage to great applause.\n\nHe made a reference "
                + "to the scandal when he said: \u201cI take the responsibility to bring back FIFA.\u201d"));
        assertEquals(List.of("Samuel Alito"), speakers("Justice Clarence Thomas has often criticized the rule, and Justice "
                + "Samuel Alito expressed similar thoughts during the argument.\n\n\u201cIt is the right of women,\u201d he said."));
        assertEquals(List.of("Cedric Richmond"), speakers("Rep. Cedric Richmond spoke after Rep. Steve Scalise. Richmond said "
                + "many wonder how he and Scalise are such great friends.\n\n\u201cOur faith unites us,\u201d he said."));
        assertEquals(List.of("Jay Carney"), speakers("President Barack Obama signed the bill. Jay Carney denied any intent, "
                + "saying the measure passed last week and Obama was traveling.\n\n\u201cThe president has been on the road,"
                + "\u201d he said."));
    }
    /**
     * A law, a charter or a guide and "states", "provides" or "stipulates" is the document, without its verb ("The Fourth
     * Amendment states: “…”", "“…,” the sales guide states").
     */
    @Test
    void aLawOrAGuideThatStatesIsTheDocument() {
        assertEquals(List.of("The Fourth Amendment", "The Constitution"), speakers("The tax is odd.\n\nThe Fourth Amendment "
                + "states: \u201cThe right of the people to be secure shall not be violated.\u201d The Constitution provides "
                + "that, in a trial, \u201cno person shall be convicted without two thirds.\u201d"));
        assertEquals(List.of("the sales guide"), speakers("The playbook urges the sales teams on.\n\n\u201cMoney is never a "
                + "reason for not enrolling,\u201d the sales guide states."));
    }
    /** A time that opens the sentence ("The next day, …:", "The same day, …") is no one who speaks. */
    @Test
    void aTimeOpeningTheSentenceSpeaksNoWords() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("Rush the defense.\n\nThe next day, the \u201cDefense "
                + "Team\u201d concept was born:\n\n\u201cBreaking news! Nancy wants to impeach!\u201d"));
        assertTrue(SpeakerChecks.timeAlone("The following night"));
        assertFalse(SpeakerChecks.timeAlone("The Trump campaign"));
    }
    /**
     * After one quotation, "and" and another subject before the verb is that subject's quotation ("Diaz told ABC News:
     * “…,” and an aide added that it was “…”"; "Bush said Trump had come “unhinged,” and Sen. Lindsey Graham called his
     * comments “…”"); "“…” and added" is the sentence's subject's.
     */
    @Test
    void aSubjectJoinedByAndAfterAQuotationSpeaksTheNext() {
        assertEquals(List.of("Danny Diaz", "an aide"), speakers("Danny Diaz runs the campaign.\n\nDiaz told ABC News: \u201cWe "
                + "were afforded very little time,\u201d and an aide added that it was \u201ca poorly managed debate.\u201d"));
        assertEquals(List.of("Jeb Bush", "Lindsey Graham"), speakers("Former Gov. Jeb Bush said Trump had come \u201cunhinged,"
                + "\u201d and Sen. Lindsey Graham called his comments \u201crace-baiting.\u201d"));
        assertEquals(List.of("Nancy Pelosi", "Rachel Maddow"), speakers("Nancy Pelosi called her an \u201cemerging star\u201d; "
                + "MSNBC\u2019s Rachel Maddow predicted she was \u201con the fast track.\u201d"));
        // a list's next description is still the one the list describes
        assertEquals(List.of("Steve Bannon", "Steve Bannon"), speakers("Steve Bannon spoke.\n\nBannon is a perplexing figure: "
                + "an ideologue who made millions investing in \u201cSeinfeld\u201d; a former banker who has called himself a "
                + "\u201cLeninist.\u201d"));
        assertEquals(List.of("Danny Diaz", "Danny Diaz"), speakers("Danny Diaz runs the campaign.\n\nDiaz told ABC News: "
                + "\u201cWe were afforded very little time\u201d and added that it was \u201ca poorly managed debate.\u201d"));
    }
    /** "“…,” it states." is the document the sentences before are about, as "it said" is a body's. */
    @Test
    void itStatesIsTheDocumentBefore() {
        assertEquals(List.of("The letter", "The letter"), speakers("The letter from Nunnelee and fellow Republicans arrived on "
                + "Monday.\n\n\"We are bewildered by those who would take offense,\" it states. \"We welcome the investment.\""));
    }
    /**
     * A "they" after sentences that all open with "They" is the group that spoke before them ("Hussain's family expressed
     * … for what they called “…”. They said their son suffered …. “…,” they said.").
     */
    @Test
    void aTheyAfterSentencesOfTheyIsTheGroupThatSpokeBefore() {
        List<String> said = speakers("Faisal Hussain opened fire on Danforth Avenue.\n\nIn a statement, Hussain's family "
                + "expressed their \"deepest condolences\" to the victims for what they called \"our son's horrific actions\".\n\nThey said "
                + "their son suffered from serious mental health challenges.\n\n\"Our hearts are in pieces for the victims,\" they said.");
        assertEquals(List.of("Hussain's family", "Hussain's family", "Hussain's family"), said);
    }
    /** "it" after a verb before a colon is its object ("Henry Clay opposed it: “…”"): the subject speaks, not "it". */
    @Test
    void anObjectItBeforeAColonIsNoSpeaker() {
        assertEquals(List.of("Henry Clay"), speakers("Henry Clay was a senator.\n\nWhen the Hungarians sought U.S. intervention, "
                + "Henry Clay opposed it: \"Far better is it for ourselves.\""));
        assertEquals(List.of("New York Times"), speakers("A long piece ran in the New York Times.\n\nThe piece is worth a "
                + "read. Here's a bit from it:\n\n\"As a hedge fund, Elliott is motivated by profit.\""));
    }
    /** A nickname in quote marks inside the name of "As X puts it" is no end of the name ("Craig “Buster” Barnard"). */
    @Test
    void aNicknameInsideAsXPutsItLeavesTheName() {
        assertEquals(List.of("Craig Barnard"), speakers("Bakersfield is different.\n\nAs Bakersfield resident Craig \u201cBuster"
                + "\u201d Barnard puts it: \u201cWe are in California, but we are not of California.\u201d"));
    }
    /** A capitalised adverb in "-ly" that opens the sentence is no speaker ("Crucially, “…”"); a surname in "-ly" is one. */
    @Test
    void anAdverbOpeningTheSentenceIsNoSpeaker() {
        assertEquals(java.util.Arrays.asList((String) null), speakers("The study was published on Monday.\n\nCrucially, "
                + "\u201cpolitically disengaged\u201d Americans were more accurate."));
        assertEquals(List.of("Gerry Connolly"), speakers("Rep. Gerry Connolly spoke.\n\n\u201cI'm not there yet,\u201d Connolly "
                + "said."));
        assertTrue(SpeakerChecks.adverbAlone("Essentially"));
        assertFalse(SpeakerChecks.adverbAlone("Kelly"));
        assertFalse(SpeakerChecks.adverbAlone("Beverly"));
        assertFalse(SpeakerChecks.adverbAlone("Kimberly"));
    }
    /**
     * Two things one person is, joined by "and" before the name ("Retired astronaut and Navy captain Mark Kelly"), are
     * the sentence's subject whole: a "he" after it is that person; "Ashley Warren and boyfriend Chris Smith" are two.
     */
    @Test
    void twoRolesJoinedByAndBeforeOneNameAreOneSubject() {
        assertEquals(List.of("Mina Castell"), speakers("Councillor Ann Harlan spoke first.\n\nFormer mayor and Ohio native "
                + "Mina Castell reacted to the verdict on Monday.\n\n\"We owe the families an answer,\" she wrote."));
        assertEquals(List.of("Tom Reddick", "Tom Reddick"), speakers("Governor Ann Pell spoke first.\n\nRetired pilot and Navy "
                + "captain Tom Reddick reacted to the news by saying, \"The runway was never safe.\"\n\n\"We told them "
                + "twice,\" he added."));
        assertEquals(List.of("Lena Ward"), speakers("Lena Ward and boyfriend Chris Olden paddled away from their home."
                + "\n\n\"We might leave,\" she said."));
        assertEquals("Democratic presidential candidate", Subjects.head("Democratic presidential candidate and former South "
                + "Bend, Indiana, Mayor Pete Buttigieg is being called out"));
    }

    /**
     * A "they" after people described by a count ("A group of 11 senators") or by whose they are ("The report’s
     * authors") is those people.
     */
    @Test
    void aTheyAfterPeopleDescribedByACountOrAnOwnerIsThem() {
        assertEquals(List.of("A group of 11 senators"), speakers("The agency is weighing new rules.\n\nA group of 11 senators "
                + "urged Harlow in a letter last week to drop the plan.\n\n\u201CSmall firms must not be held hostage,\u201D "
                + "they wrote."));
        assertEquals(List.of("The report\u2019s authors"), speakers("The agency is weighing new rules.\n\nThe report\u2019s "
                + "authors praised the system.\n\n\u201CSeventy years ago, a group forged a system,\u201D they write."));
    }

    /**
     * A quotation after a sentence that a "he" or "she" reports between commas ("The judge, he says, would rule.") is
     * that pronoun's, as after "He says the judge would rule."
     */
    @Test
    void aQuotationAfterASentenceReportedByAPronounAsideIsItsSpeakers() {
        assertEquals(List.of("Brian Zeiger"), speakers("Brian Zeiger, a lawyer, explained the rules.\n\n"
                + "Next, he says, the judge would rule. \"It could be a new trial.\""));
        assertEquals(List.of("Brian Zeiger"), speakers("Brian Zeiger, a lawyer, explained the rules.\n\n"
                + "The judge, he says, would rule soon. \"It could take many long months.\""));
    }

    /**
     * An adverb in "-ly" that opens the sentence ("Shortly afterwards,", "Eventually,", "Shortly after the vote,") is
     * not its subject: the name after it is ("Kelly, a spokesman," is a name with its aside).
     */
    @Test
    void anLyAdverbOpeningTheSentenceIsNotItsSubject() {
        assertEquals(List.of("Sean Marlow", "Sean Marlow"), speakers("Press secretary Sean Marlow spoke on Thursday.\n\n"
                + "Shortly afterwards, Marlow offered a similar defence, telling reporters: \u201CWe were simply reading "
                + "media accounts.\u201D\n\nAsked if he regretted it, he said: \u201CI don\u2019t think we regret "
                + "anything.\u201D"));
        assertEquals(List.of("Tom Miller"), speakers("The suit was filed on Monday.\n\nShortly after the lawsuit was "
                + "filed, Attorney General Tom Miller disqualified himself, saying he \u201Ccould not zealously assert the "
                + "state's position.\u201D"));
        assertEquals(List.of("Ann Kelly"), speakers("Ann Kelly runs the union.\n\nKelly, a spokeswoman, offered a "
                + "defence, telling reporters: \u201CWe read the reports.\u201D"));
        assertEquals("Spicer", Subjects.head("Eventually, Spicer offered a defence, "));
        assertEquals("the spokesman", Subjects.head("Sadly, the spokesman offered a defence, "));
    }

    /**
     * After the quotation, an age written as one word before the name ("31-year-old England fan Robert Williams told") or
     * a station's call letters after the word for it ("television station KVRR reported") name the speaker; and
     * "huffed" is a verb of speech.
     */
    @Test
    void anAgeBeforeTheNameOrAStationBeforeItsCallLettersNameTheSpeakerAfterTheQuotation() {
        assertEquals(List.of("Rob Wilkes", "Rob Wilkes"), speakers("The match went ahead.\n\n\"Tonight is about "
                + "solidarity,\" 31-year-old England fan Rob Wilkes told reporters. \"It is about the people we lost.\""));
        assertEquals(List.of("KVRR"), speakers("The rules were approved.\n\n\"The rules address the documentation,\" "
                + "the Fargo-based television station KVRR reported last week."));
        assertEquals(List.of("Ben Sasse"), speakers("Sen. Ben Sasse voted no.\n\n\u201CWe are hiding from the "
                + "truth,\u201D huffed Sasse on the Senate floor."));
        assertTrue(speakers("The vote was close.\n\n\"It was close,\" 52-48 the count went on.").stream()
                .allMatch(java.util.Objects::isNull)); // a score, no age
    }

    /**
     * A sentence that ends "…, Mark Haefele, global CIO of UBS, said in a note." is about that person, as "…, Mark
     * Haefele said" is: a "he" after it, or a paragraph of quotation with no cue of its own, is theirs. Not a name some
     * word takes inside another's aside, nor one in a leading phrase ("Like Cohn, he also opposed …, telling CNBC:").
     */
    @Test
    void aNameWithItsAsideBeforeTheSpeechVerbIsWhomTheSentenceIsAbout() {
        assertEquals(List.of("Mark Haefele"), speakers("Markets fell on Monday.\n\nLower rates are now expected around "
                + "the globe, Mark Haefele, global CIO of UBS, said in a note.\n\n\"We also believe the rate cut will "
                + "pressure other banks.\""));
        assertEquals(List.of("Robert Sumwalt"), speakers("Governor Ann Pell spoke first.\n\nThe train was diverted onto the "
                + "siding, Robert Sumwalt, chairman of the safety board, told a news conference.\n\n\u201CKey to this is "
                + "learning why,\u201D he said."));
        assertEquals(List.of("Vin Weber", "Vin Weber"), speakers("Vin Weber, a partner at Mercury Public Affairs, a "
                + "consulting firm, said he sees an opening.\n\n\"There is unhappiness,\" he said. \"Yet they need a "
                + "positive agenda.\""));
        assertEquals(List.of("Larry Kudlow"), speakers("Larry Kudlow will replace Gary Cohn.\n\nLike Cohn, he also "
                + "opposed the tariffs, telling CNBC: \"The black hats won this time around.\""));
    }

    /**
     * A sentence a "he" or "she" reports at its end ("Stocks need some slowing down, he says.") before a quotation, in
     * its paragraph or the paragraph before, makes the quotation that pronoun's person's; not the person the sentence is
     * about ("Obama is letting Russia lead, she said. “…”" is not Obama's).
     */
    @Test
    void aQuotationAfterASentenceAPronounReportsAtItsEndIsThatPronounsPersons() {
        assertEquals(List.of("Gary Kaltbaum"), speakers("Gary Kaltbaum is a money manager.\n\nStocks are in need of some "
                + "slowing down, he says. \"We haven't had a 10% correction in over two years.\""));
        assertEquals(List.of("Gary Kaltbaum"), speakers("Gary Kaltbaum is a money manager.\n\nStocks are in need of some "
                + "slowing down, he said.\n\n\"We haven't had a 10% correction in over two years.\""));
        assertEquals(List.of("Ann Lee"), speakers("Ann Lee spoke on Monday.\n\nObama is letting Russia lead, she said. "
                + "\"We must act now, before the talks collapse and the region slides back into war.\""));
    }

    /**
     * People listed after an inverted speech verb ("write Gérard Araud, a former ambassador, and Ali Vaez"; "say Lanae
     * Hatalsky and Jim Kessler of Third Way") are several: a "they" after them is the first of them. Not a party and state
     * after a comma ("said Sen. Patty Murray, Washington Democrat and a sponsor").
     */
    @Test
    void peopleListedAfterAnInvertedVerbAreTheyFirstOfThem() {
        assertEquals(List.of("Gérard Araud", "Gérard Araud"), speakers("The strike was limited.\n\n\"The drone was a "
                + "warning,\" write Gérard Araud, a former ambassador of France, and Ali Vaez, an Iran analyst, in an opinion "
                + "piece.\n\n\"But it also should be seen as a warning shot,\" they write."));
        assertEquals(List.of("Lanae Hatalsky"), speakers("The party met.\n\nThe problem, say Lanae Hatalsky and Jim Kessler of "
                + "Third Way, is threefold.\n\n\u201CIt is likely that this new path will require winning more "
                + "voters,\u201D they wrote in a recent report."));
    }

    /**
     * "…, points out political analyst Barbara Lorne, director of the institute." names who speaks, as "…, says …" does:
     * a "she" after it is that person, not a man named before.
     */
    @Test
    void pointsOutBeforeANameNamesWhoSpeaks() {
        assertEquals(List.of("Barbara Lorne"), speakers("Gov. Chris Christie released an ad.\n\nChristie has been "
                + "unpredictable, points out political analyst Barbara Lorne, director emeritus of the institute.\n\n"
                + "\u201CHe terrifies Republicans because they can\u2019t count on him,\u201D she notes."));
    }

    /** An "it" after a sentence about an owner's institution ("The city’s Law Department said …") is that institution. */
    @Test
    void anItAfterASentenceAboutAnOwnersInstitutionIsThatInstitution() {
        assertEquals(List.of("The city\u2019s Law Department"), speakers("The actor was billed for overtime.\n\nThe "
                + "city\u2019s Law Department on Thursday said Mr. Rollins had refused to pay.\n\n\u201COnce it is filed, "
                + "the department will send a copy of the complaint to his legal team,\u201D it said."));
    }

    /**
     * People listed with their party and state between semicolons ("Sens. Rand Paul, R-Ky.; Ted Cruz, R-Texas; and Mike
     * Lee, R-Utah, said") are credited to the first of them, before or after the quotation, as a list with commas is.
     */
    @Test
    void aSemicolonListOfPeopleWithPartyAndStateIsTheFirstOfThem() {
        assertEquals(List.of("Rand Paul", "Rand Paul"), speakers("The vote was delayed.\n\n\"We are not ready to vote "
                + "for this bill,\" Sens. Rand Paul, R-Ky.; Ted Cruz, R-Texas; and Mike Lee, R-Utah, said in a statement. "
                + "\"The American people deserve better.\""));
        assertEquals(List.of("Rand Paul"), speakers("The vote was delayed.\n\nIn a letter, Sens. Rand Paul, R-Ky.; Ted "
                + "Cruz, R-Texas; and Mike Lee, R-Utah, said the bill was \u201Ca dangerous overreach.\u201D"));
    }

    /**
     * A quotation of a few words that is a sentence of speech ("It could take months.", "Lock her up!") is kept and read
     * as any other, where the same words as a term are not ("a reverse “Bradley effect.”").
     */
    @Test
    void aShortSentenceOfSpeechIsAQuotationWhereAShortTermIsNot() {
        assertEquals(List.of("Brian Zeiger"), speakers("Brian Zeiger, a lawyer, explained the rules.\n\nHe says the judge "
                + "would rule. \"It could take months.\""));
        assertEquals(List.of("It could take months."), texts("Brian Zeiger, a lawyer, explained the rules.\n\nHe says "
                + "the judge would rule. \"It could take months.\""));
        assertEquals(List.of(), texts("The polls were wrong in 2016.\n\nThere was, essentially, a reverse \u201CBradley "
                + "effect.\u201D It still skews the polls."));
    }

    /** An office with its "of" before the name ("Former secretary of state James Baker interjected, saying, …") is whose. */
    @Test
    void anOfficeWithItsOfBeforeTheNameIsThatPersons() {
        assertEquals(List.of("James Baker"), speakers("Obama spoke about compromise.\n\nFormer secretary of state James Baker "
                + "interjected, saying, \u201CIt\u2019s identity politics, pure and simple.\u201D"));
        assertEquals("Former chairman of the board John Smith", Subjects.head("Former chairman of the board John Smith "
                + "interjected"));
    }

    /**
     * After the quotation, a verb inside an aside about the speaker ("Trump, who recently announced his list, said";
     * "Graves (who also noted that …) said") is the aside's: the cue's verb comes after it.
     */
    @Test
    void aVerbInsideAnAsideAfterTheQuotationIsNotTheCues() {
        assertEquals(List.of("Donald Trump"), speakers("Donald Trump spoke at the forum.\n\n\u201CI would like Hillary "
                + "Clinton to put a list together also,\u201D Trump, who recently announced his list of nominees, said at the "
                + "forum."));
        assertEquals(List.of("Ed Graves"), speakers("Ed Graves studies the group.\n\n\u201CThe foundation has no social "
                + "media presence at all,\u201D Graves (who also noted that the group is strange) said."));
        assertEquals(List.of("one Republican lobbyist"), speakers("The shutdown went on.\n\n\u201CThey have to be able to "
                + "show the electorate a body,\u201D one Republican lobbyist, who asked for anonymity, told me."));
    }

    /**
     * After the quotation, a titled name with its party or place before a comma ("Sen. Bernie Sanders (I) of Vermont,
     * wrote") is that person.
     */
    @Test
    void aTitledNameWithItsPartyOrPlaceAfterTheQuotationIsThatPerson() {
        assertEquals(List.of("Bernie Sanders"), speakers("The trade deal was signed.\n\n\u201CThis will hurt workers,"
                + "\u201D Sen. Bernie Sanders (I) of Vermont, wrote in a letter last month."));
        assertEquals(List.of("Gene Munster"), speakers("Apple shares fell.\n\n\u201CThe tariffs cross the Rubicon,\u201D "
                + "Gene Munster of Loup Ventures, wrote in a note on Friday."));
    }
}
