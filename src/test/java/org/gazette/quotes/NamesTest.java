package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final ArticlePeople people = new ArticlePeople(List.of("Jens Stoltenberg", "Volodymyr Zelenskyy", "José Núñez",
            "Beto O'Rourke"));

    @Test
    void anAgentInChargeIsTheNameAfterTheTitle() {
        assertEquals("Richard DesLauriers", Names.personAtEnd("FBI Special Agent in Charge Richard DesLauriers"));
        assertEquals("Ronald Hopper", Names.personAtEnd("Special Agent-in-Charge Ronald Hopper"));
    }

    /** Letters for an honour or a silk after a name are no part of it; "MP" after a place is a description. */
    @Test
    void postNominalLettersAreNoPartOfTheName() {
        assertEquals("Ken Macdonald", Names.personAtEnd("Director of Public Prosecutions, Ken Macdonald QC"));
        assertEquals("Paul Smith", Names.personAtEnd("Paul Smith OBE"));
        assertEquals("Ken Macdonald", CueBefore.leading("Director of Public Prosecutions, Ken Macdonald QC, said: "));
        assertNull(Names.personAtEnd("the Salford MP"));
    }

    @Test
    void aNationalityBeforeAFullNameIsNoPartOfIt() {
        assertEquals("Angela Merkel", Names.personAtEnd("German Angela Merkel"));
        assertEquals(List.of("Alan Gross"), Names.fullNameMentions("The release of American Alan Gross was announced."));
        assertEquals("American Red Cross", Names.personAtEnd("American Red Cross"), "no first name after it: a body's name");
        // a first name the list does not know: two words after the nationality, unless they end as a body's name does
        assertEquals("Lynton Crosby", Names.personAtEnd("Australian Lynton Crosby"));
        assertEquals(List.of("Dmitriy Bogdanov"), Names.fullNameMentions("Russian Dmitriy Bogdanov said it was over."));
        assertEquals("Norwegian Cruise Line", Names.personAtEnd("Norwegian Cruise Line"));
    }

    /** A rank before a full name is no part of it, also where the rank is a first name too ("Marine Le Pen"). */
    @Test
    void aRankBeforeAFullNameIsNoPartOfIt() {
        assertEquals("David Moore", Names.personAtEnd("said former US Marine David Moore"));
        assertEquals("Bert Puckett", Names.personAtEnd("the battalion's former Command Sgt. Major Bert Puckett"));
        assertEquals("Kapil Kak", Names.personAtEnd("Retired Air Vice Marshal Kapil Kak"), "after a word that makes it a rank");
        assertEquals("Andrew Terrell", Names.personAtEnd("Marine Major Andrew Terrell"));
        assertEquals("Pilar Torres", Names.personAtEnd("Lieutenant Pilar Torres"));
        assertEquals(List.of("John Bracknell"), Names.fullNameMentions("Former Marine John Bracknell says he never expected it."));
        assertEquals(List.of("Kapil Kak"), Names.fullNameMentions("Retired Air Vice Marshal Kapil Kak has challenged it."));
        // first names: a rank's word before a surname alone, or before no first name, is the person's own
        assertEquals("Marine Le Pen", Names.personAtEnd("far-right leader Marine Le Pen"));
        assertEquals("Major Garrett", Names.personAtEnd("CBS's Major Garrett"));
        assertEquals("Marshal Cohen", Names.personAtEnd("retail analyst Marshal Cohen"));
        assertEquals(List.of("Marine Le Pen"), Names.fullNameMentions("The far-right leader Marine Le Pen spoke."));
    }

    /** A preposition capitalised as it opens a sentence is no part of the name after it. */
    @Test
    void aPrepositionOpeningASentenceIsNoPartOfTheName() {
        assertEquals("Donald Trump", Names.personAtEnd("Between Donald Trump"));
        assertEquals("Boehner", Names.personAtEnd("Behind Boehner"));
        assertNull(Names.personAtEnd("Besides"));
        assertEquals(List.of("Eric Holder"), Names.fullNameMentions("Upon Eric Holder’s arrival, reporters gathered."));
        assertEquals(List.of("Barack Obama"), Names.fullNameMentions("Without Barack Obama on the ticket, turnout fell."));
    }

    /** A body's or a place's name run into a full name is no part of it; a given name of several words is the person's. */
    @Test
    void aBodysNameBeforeAFullNameIsNoPartOfIt() {
        assertEquals("Nikki Haley", Names.personAtEnd("U.S. Ambassador to the United Nations Nikki Haley"));
        assertEquals("Tim Black", Names.personAtEnd("Operations Coordinator Tim Black"));
        assertEquals(List.of("Laura Wagner"), Names.fullNameMentions("For New Yorker Laura Wagner, the money is no downside."));
        assertEquals(List.of("Michael Bloomberg"), Names.fullNameMentions("In New York Michael Bloomberg spoke first."));
        assertEquals("Patricia Smith", Names.personAtEnd("The Republican National Convention Patricia Smith"));
        assertEquals("Thomas Sowell", Names.personAtEnd("(full review forthcoming in National Review) Thomas Sowell"));
        assertNull(Names.personAtEnd("National Public Radio"));
        assertEquals("Dustin Lance Black", Names.personAtEnd("Oscar winner Dustin Lance Black"));
        assertTrue(Names.personAtEnd("Bishop Mariann Edgar Budde").endsWith("Mariann Edgar Budde"));
    }

    /** A headline's verb between names, capitalised, ends a name: "Warren Backs Hillary Clinton". */
    @Test
    void aHeadlinesVerbIsNoPartOfAName() {
        assertEquals("Hillary Clinton", Names.personAtEnd("Warren Backs Hillary Clinton"));
        assertEquals(List.of(), Names.fullNameMentions("Update at 10:25 p.m. ET. Romney Raps Obama's Priorities: more."));
        assertEquals(List.of("Hillary Clinton"), Names.fullNameMentions("Warren Backs Hillary Clinton in the race."));
        assertEquals(List.of(), Names.fullNameMentions("Our original post, Bridge Scandal Threatens Christie's "
                + "'No-Nonsense Image', picks up the story."));
    }

    /** A label's colon ends what names the person after it: "Borders: Trump said that …". */
    @Test
    void aLabelsColonIsNoPartOfAName() {
        assertEquals("Trump", Names.personAtEnd("Borders: Trump"));
        assertEquals("Donald Trump", Names.personAtEnd("Fact check: President Donald Trump"));
    }

    @Test
    void aLastNameInPlaceIsFoundAsTheSameWordCopiedOut() {
        String text = "Stoltenberg said. STOLTENBERG Zelenskyy Nunez Núñez O'Rourke Orourke Stolten Smith Tusk Núñezz";
        var words = new Words(text);
        while (words.next()) {
            String word = words.word();
            assertEquals(people.byLastName(word), people.byLastName(text, words.start(), words.end()), word);
        }
        assertEquals("José Núñez", people.byLastName(text, text.indexOf("Nunez"), text.indexOf("Nunez") + 5));
        assertNull(people.byLastName(text, text.indexOf("Smith"), text.indexOf("Smith") + 5));
    }

    @Test
    void titlesBeforeANameAreNotPartOfIt() {
        assertEquals("Steve Scalise", Names.personAtEnd("House Majority Whip Steve Scalise"));
        assertEquals("Rashida Tlaib", Names.personAtEnd("Congresswoman Rashida Tlaib"));
        assertEquals("John Micklethwait", Names.personAtEnd("Bloomberg Editor-in-Chief John Micklethwait"));
        assertEquals(List.of("Steny Hoyer"), Names.fullNameMentions("Minority Whip Steny Hoyer spoke."));
        assertEquals(List.of("Jamie Costin"), Names.fullNameMentions("Jamie Costin missed the 50K Walk in Athens."), "a race, no \"K Walk\"");
        assertEquals("James R. Clapper", Names.personAtEnd("Director of National Intelligence James R. Clapper"));
        assertEquals(List.of("Scott Pruitt", "Ban Ki-moon", "Ali Khamenei"), Names.fullNameMentions(
                "EPA Administrator Scott Pruitt met U.N. Secretary-General Ban Ki-moon. Ayatollah Ali Khamenei did not."));
    }

    @Test
    void aVerbOrAnAdverbOpeningTheSentenceIsNoPartOfTheName() {
        assertEquals("Joe Biden", Names.personAtEnd("Is Joe Biden"));
        assertEquals("Trump", Names.personAtEnd("Perhaps Trump"));
        assertEquals("Chris Velasquez", Names.personAtEnd("Consider Chris Velasquez"));
        assertEquals(List.of("Eric Early"), Names.fullNameMentions("Meet Eric Early, the candidate."));
        assertEquals("Loizaga", Names.personAtEnd("Notice Loizaga")); // "Notice Loizaga’s frame of the show as a “…”"
        assertEquals(List.of("Paul Ryan"), Names.fullNameMentions("Note Paul Ryan’s words."));
        assertEquals("Donald Trump", Names.personAtEnd("President-elect Donald Trump"));
        assertEquals("Tom Steyer", Names.personAtEnd("Billionaire Tom Steyer"));
        // first names that are also words stay names
        assertEquals("Will Hurd", Names.personAtEnd("Rep. Will Hurd"));
        assertEquals("Bill Clinton", Names.personAtEnd("Bill Clinton"));
    }

    @Test
    void aFirstNameAndALastNameAreTheFullestFormOfThatPersonNotOfAnotherOfTheFamily() {
        ArticlePeople family = new ArticlePeople(List.of("Trump", "Related Coverage Donald Trump", "Donald J. Trump",
                "Ivana Zelnicek Trump", "Ivanka Trump"));
        assertEquals("Donald J. Trump", family.fullest("Donald Trump"));
        assertEquals("Ivana Zelnicek Trump", family.fullest("Ivana Trump"));
        assertEquals("Ivanka Trump", family.fullest("Ivanka Trump"));
        assertEquals("Related Coverage Donald Trump", family.fullest("Trump"), "a last name alone: the fullest mention, as before");
    }

    /** A name that a body's word follows is part of the body's name ("the Bill and Melinda Gates Foundation"), no person's. */
    @Test
    void aNameInABodysNameIsNoMention() {
        assertEquals(List.of(), Names.fullNameMentions("The Bill and Melinda Gates Foundation has expressed interest."));
        assertEquals(List.of("Larry Levitt"), Names.fullNameMentions(
                "Larry Levitt of the Kaiser Family Foundation said students at George Washington University agreed."));
        assertEquals(List.of("Mary Smith"), Names.fullNameMentions("At the center, Mary Smith spoke."));
    }

    /** "Jim and Ellen Storey": two people, where the article tells them apart (a first name alone, a title of one sex). */
    @Test
    void aCoupleNamedWithOneSurnameIsTwoPeopleWhereTheArticleTellsThemApart() {
        assertEquals(List.of("Barack Obama", "Michelle Obama"), Names.fullNameMentions("Barack and Michelle Obama visited. "
                + "Mr. Obama spoke.").subList(0, 2));
        assertEquals(List.of("Jennifer Yuen", "Tom Yuen"), Names.fullNameMentions("It hurts for Jennifer and Tom Yuen. "
                + "Jennifer does the budget.").subList(0, 2));
        // named once in passing: no one else the surname could be
        assertEquals(List.of("Mary Trump"), Names.fullNameMentions("He was born to Fred and Mary Trump in Queens."));
        // a last name before "and" ("Paul Ryan … Ryan and Scott Walker"), a state, or a word of another name
        assertEquals(List.of("Paul Ryan", "Scott Walker"), Names.fullNameMentions("Paul Ryan spoke.\n\nRyan and Scott Walker\n\n"
                + "Ryan said no. Mr. Walker left.").subList(0, 2));
        assertEquals(List.of("Kelly Ayotte"), Names.fullNameMentions("the senators of Virginia and Kelly Ayotte. Mrs. Ayotte won.")
                .subList(0, 1));
        assertEquals(List.of("Cory Booker", "John Lewis"), Names.fullNameMentions("Cory Booker and John Lewis spoke. Mr. Lewis won.")
                .subList(0, 2));
    }

    @Test
    void aHyphenedModifierBeforeANameIsNoFirstName() {
        assertEquals("Clive Owen", Names.personAtEnd("the Oscar-nominated Clive Owen"));
        assertEquals("Owen", Names.personAtEnd("the Oscar-nominated Owen"));
        assertEquals(List.of("Mika Brzezinski"), Names.fullNameMentions("Co-host Mika Brzezinski laughed."));
        assertEquals(List.of("Donald Trump"), Names.fullNameMentions("Impeachment-weary Donald Trump left."));
        // a phrase joined by hyphens around a function word: "Grandmother-of-three", "Editor-at-large"
        assertEquals(List.of("Pamela Turner"), Names.fullNameMentions("Grandmother-of-three Pamela Turner was shot."));
        assertEquals("Chris Cillizza", Names.personAtEnd("Editor-at-large Chris Cillizza"));
        assertEquals("Jean-Marc Ayrault", Names.personAtEnd("minister Jean-Marc Ayrault"));
        // the end of an outlet's name after its acronym is no first name: "told CBN News Clinton"
        assertEquals(List.of(), Names.fullNameMentions("Her adviser told CBN News Clinton is ready."));
        assertEquals(List.of("Kamala Harris"), Names.fullNameMentions("He told ABC News Kamala Harris would win."));
        // given names joined by a hyphen stay names
        assertEquals("Ban Ki-moon", Names.personAtEnd("U.N. chief Ban Ki-moon"));
        assertEquals("Leung Chun-ying", Names.personAtEnd("leader Leung Chun-ying"));
        assertEquals("Jean-Claude Juncker", Names.personAtEnd("Jean-Claude Juncker"));
    }

    @Test
    void wordsBeforeAFullNameNamedEarlierMakeNoFullerName() {
        // a tweet's "Wacko John Bolton", a link's "Related Stories Joe Biden": the person named before, as named then
        ArticlePeople people = new ArticlePeople(List.of("John Bolton", "Wacko John Bolton", "Joe Biden", "Related Stories Joe Biden"));
        assertEquals("John Bolton", people.fullest("Bolton"));
        assertEquals("Joe Biden", people.fullest("Biden"));
        // a fuller name of the same first name still is one
        assertEquals("Donald J. Trump", new ArticlePeople(List.of("Donald Trump", "Donald J. Trump")).fullest("Trump"));
    }

    /** The article's people as the attributor reads them: mentions with the notes on relatives and titles. */
    private static ArticlePeople family(String text) {
        Relatives relatives = new Relatives();
        return new ArticlePeople(Names.fullNameMentions(new Tokens(text), relatives), relatives);
    }

    @Test
    void aPopeOrAMonarchIsNamedWithTheTitleAndAPluralPossessiveLosesItsMark() {
        assertEquals(List.of("Pope Francis", "Queen Elizabeth"), Names.fullNameMentions(
                "Pope Francis met Queen Elizabeth in Rome."));
        assertEquals("Pope Francis", new ArticlePeople(Names.fullNameMentions("Pope Francis spoke at length.")).fullest("Francis"));
        assertEquals(List.of("Trump"), Names.fullNameMentions("President Trump spoke."), "other titles stay apart from the name");
        assertEquals(List.of("Bernie Sanders", "George Soros"), Names.fullNameMentions(
                "Bernie Sanders' plan and George Soros’ money."));
    }

    @Test
    void aSurnameWrittenAloneAfterAPresidentsTitleIsNotTheFirstLadyNamedInFull() {
        ArticlePeople people = family("President Trump arrived with first lady Melania Trump. Mr. Trump spoke first.");
        assertEquals("Trump", people.fullest("Trump"), "the president, whose first name this story never gives");
        assertEquals("Melania Trump", people.fullest("Trump", 'f'), "\"Mrs. Trump\" is the first lady");
        assertEquals("Trump", people.fullest("Trump", 'm'));
        assertEquals("Melania Trump", people.fullest("Melania Trump"));
    }

    @Test
    void theSonNamedAsARelativeLeavesTheSurnameToTheFatherNamedInFull() {
        ArticlePeople people = family("Sen. Joe Biden spoke on Monday, joined by his son, Hunter Biden. Sen. Biden said more.");
        assertEquals("Joe Biden", people.fullest("Biden"));
        assertEquals("Hunter Biden", people.fullest("Hunter Biden"));
        // named first or not, the relative is passed over
        assertEquals("Joe Biden", family("His son, Hunter Biden, sat behind Sen. Joe Biden. Sen. Biden spoke.").fullest("Biden"));
    }

    @Test
    void aWordForPeopleThatASentenceCapitalisesBeforeAFullNameIsNoPartOfIt() {
        assertEquals("Tony Bullock", Names.personAtEnd("Keeper Tony Bullock"));
        assertEquals("Trent Lott", Names.personAtEnd("Lobbyist Trent Lott"));
        assertEquals("David Brody", Names.personAtEnd("Correspondents David Brody"));
        // a first name the list does not know is kept: a given name, not a word for what someone is
        assertEquals("Carlo Maria Vigano", Names.personAtEnd("Carlo Maria Vigano"));
        assertEquals("Martin Luther King", Names.personAtEnd("Martin Luther King"));
    }

    @Test
    void aRoleOrAMonthAfterAFirstNameOrATitleOfCourtesyIsASurname() {
        assertEquals("Mark Alderman", Names.personAtEnd("Mark Alderman"));
        assertEquals("Marie March", Names.personAtEnd("Marie March"));
        assertEquals("Robert Pastor", Names.personAtEnd("Robert Pastor"));
        assertEquals("Pastor", Names.personAtEnd("Mr. Pastor"));
        assertNull(Names.personAtEnd("Chicago Alderman"), "a place before a role names no one");
        assertNull(Names.personAtEnd("Early March"));
        assertNull(Names.personAtEnd("Majority Leader"));
    }

    @Test
    void aRelationJoinedToARoleByAndStillMakesARelative() {
        // "daughter and senior adviser Ivanka Trump": the relation, then her role, then her name
        ArticlePeople people = family("President Trump's daughter and senior adviser Ivanka Trump endorsed it. "
                + "President Trump spoke.");
        assertEquals("Trump", people.fullest("Trump"), "the president, not his daughter");
        assertEquals("Ivanka Trump", people.fullest("Ivanka Trump"));
        assertEquals("Trump", family("President Trump thanked his wife and campaign co-chair Melania Trump. Mr. Trump left.")
                .fullest("Trump"));
    }

    @Test
    void withoutATitleForTheSurnameAloneARelativeIsStillTheOneItNames() {
        // a story about the first lady calls her "Trump": nothing says the surname is anyone else's
        assertEquals("Melania Trump", family("First lady Melania Trump visited a school. Trump read to the children.").fullest("Trump"));
        // "the son of a Cuban immigrant" describes the story's own senator; "wife Melania and" lists people
        assertEquals("Ted Cruz", family("Sen. Ted Cruz, the son of a Cuban immigrant, spoke. Sen. Cruz left.").fullest("Cruz"));
        ArticlePeople listed = family("President-elect Donald Trump, wife Melania and Mike Pence posed. President Trump left.");
        assertEquals("Donald Trump", listed.fullest("Trump"));
    }

    @Test
    void aRelativeNamedOnceAsSuchIsNotARelativeWhereTheArticleAlsoNamesThePersonPlainly() {
        // "his son, George W. Bush" joins "George Bush" (the first names agree): one person, the story's own
        ArticlePeople people = family("George Bush, the former president, died. His son, George W. Bush, spoke. "
                + "His wife Barbara Bush died in April. Mr. Bush was 94.");
        assertEquals("George W. Bush", people.fullest("Bush"));
    }

    @Test
    void mayIsASurnameAfterAFirstNameAnInitialOrATitleAndAMonthOtherwise() {
        assertEquals("Theresa May", Names.personAtEnd("Prime Minister Theresa May"));
        assertEquals("May", Names.personAtEnd("Mrs May"));
        assertEquals(null, Names.personAtEnd("in May"));
        assertEquals(null, Names.personAtEnd("Last May"));
        assertEquals("Peter T. King", Names.personAtEnd("Rep. Peter T. King"), "after a middle initial");
        assertEquals(List.of("Clifford D. May"), Names.fullNameMentions("Clifford D. May wrote it."));
        List<String> mentions = Names.fullNameMentions("Prime Minister Theresa May spoke. In May, Elizabeth May said so. "
                + "Early May was wet.\n\nObama May Face Questions");
        assertEquals(List.of("Theresa May", "Elizabeth May"), mentions.stream().filter(m -> m.contains("May")).toList(),
                "not \"In May\", \"Early May\", nor a headline's \"Obama May Face\": " + mentions);
    }

    @Test
    void spellingsOneLetterApartAreOnePerson() {
        assertEquals("Volodymyr Zelenskyy", people.fullest("Zelensky"));
        assertEquals(true, people.knowsVariant("Zelensky"));
        assertEquals(false, people.knowsVariant("Zelen"));
    }

    @Test
    void aTextNamingHundredsOfPeopleFindsSpellingsOneLetterApartTheSameWay() {
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            many.add("Person Lastname" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
        }
        many.add("Volodymyr Zelenskyy");
        many.add("Olena Zelenskyi"); // as full, named later: the first named of the two wins
        ArticlePeople index = new ArticlePeople(many);
        assertEquals("Volodymyr Zelenskyy", index.fullest("Zelensky"));
        assertEquals("Person Lastnameba", index.fullest("Lastnameba"));
        assertEquals(true, index.knowsVariant("Lastnamebb"));
        assertEquals(false, index.knowsVariant("Nobodyhere"));
        ArticlePeople few = new ArticlePeople(List.of("Volodymyr Zelenskyy", "Olena Zelenskyi"));
        assertEquals("Volodymyr Zelenskyy", few.fullest("Zelensky"));
    }

    @Test
    void aHeadlineInTheTextNamesNobody() {
        // related stories' headlines in title case run names and verbs together; prose and name headings do not
        assertEquals(List.of("James Comey"), Names.fullNameMentions("Trump Team Blasts Comey for Sinking Into the Gutter\n\n"
                + "Former FBI director James Comey has broken his silence.\n\nRyan Endorses Trump Tuesday"));
        assertEquals(List.of("John Hickenlooper", "Rob Portman"), Names.fullNameMentions("Former Colorado Gov. John Hickenlooper\n\n"
                + "8) Sen. Rob Portman (R-OH)\n"));
        assertEquals(List.of("Maria Lopez"), Names.fullNameMentions("Then Came \u201CThe Storm\u201D for Maria Lopez And Others"),
                "a line quoting with double marks is prose");
        assertEquals(List.of("James Comey"), Names.fullNameMentions("Does Donald Trump Know What His Syria Policy Is?\n\n"
                + "Former FBI director James Comey has broken his silence."), "a headline may ask");
    }

    @Test
    void aTitleInThePluralIsNoPartOfTheNamesAfterIt() {
        assertEquals(List.of("Clarence Thomas", "Samuel Alito"),
                Names.fullNameMentions("Justices Clarence Thomas and Samuel Alito dissented."));
        assertEquals(List.of("Susan Collins", "Joe Manchin"),
                Names.fullNameMentions("It was backed by Senators Susan Collins and Joe Manchin on Tuesday."));
    }

    @Test
    void aSurnameAfterAPersonsTitleIsAMention() {
        assertEquals(List.of("Brenn", "Ruiz"), Names.fullNameMentions("Mr. Brenn said so. President Ruiz agreed. "
                + "General Motors did not. The Justice Department\u2019s lawyers declined."));
        assertEquals(List.of("Oskar Brenn"), Names.fullNameMentions("Who\u2019s Oskar Brenn? What\u2019s next?"));
    }

    @Test
    void aHyphenedParticleIsPartOfTheSurnameNotOfTheLastName() {
        assertEquals(List.of("Bashar al-Assad"), Names.fullNameMentions("President Bashar al-Assad spoke."));
        assertEquals("Assad", Names.lastName("Bashar al-Assad"));
        assertEquals("al-Zind", Names.personAtEnd("said al-Zind"));
        assertEquals("Bashar al-Assad", new ArticlePeople(List.of("Bashar al-Assad")).fullest("Assad"));
        assertEquals("Jean-Marc", Names.lastName("Jean-Marc"));
    }

    @Test
    void aPlaceAfterAPersonsFullNameIsNotTheSubject() {
        assertEquals("Richard Seeborg", Names.personAtEnd("District judge Richard Seeborg of northern California"));
        assertEquals("Bob Casey", Names.personAtEnd("Sen. Bob Casey of Pennsylvania"));
        assertEquals("Kyle Pomerleau", Names.personAtEnd("Kyle Pomerleau of the Tax Foundation"));
        assertEquals("Steven Mufson", Names.personAtEnd("a recent issue of the Washington Post in which Steven Mufson"));
        assertEquals(null, Names.personAtEnd("Royal Bank of Scotland Group"), "an organisation's own name, no person's");
        assertEquals("New York", Names.personAtEnd("the mayor of New York"));
    }

    @Test
    void anInstitutionsWordIsNoPersonsName() {
        assertEquals(null, Names.personAtEnd("The Republican National Committee"));
        assertEquals(null, Names.personAtEnd("the Russian Foreign Ministry"));
        assertEquals(null, Names.personAtEnd("I’m"), "the writer");
        assertEquals(true, Names.isInstitutionName("the Office of the Inspector General"));
        assertEquals(true, Names.isInstitutionName("The Department of Health and Human Services"));
        assertEquals(false, Names.isInstitutionName("Planned Parenthood Federation of America President Cecile Richards"));
        assertEquals(false, Names.isInstitutionName("Rep. Adam B. Schiff of California"));
        assertEquals(false, Names.isInstitutionName("Kathy Kiely of the Sunlight Foundation"));
        assertEquals(false, Names.isInstitutionName("Deepak Bhargava of the Center for Community Change"));
        assertEquals(true, Names.isInstitutionName("Bank of America"));
        assertEquals(false, Names.isInstitutionName("the University of Virginia’s Larry Sabato"));
        assertEquals(false, Names.isInstitutionName("Mr. Kimmell of the Union of Concerned Scientists"));
        assertEquals(true, Names.endsWithInstitution("The head of the World Health Organization"));
    }

    /**
     * The capitalised words after an institution's word and "of", "for" or "on" complete the body's name, no person's:
     * the person is the one before it, or a name with a first name that runs on from it.
     */
    @Test
    void theWordsAfterAnInstitutionsPrepositionAreItsName() {
        assertEquals(List.of("Kate Martin"), Names.fullNameMentions(
                "Kate Martin of the Center for National Security Studies says so."));
        assertEquals(List.of("Tom Cole", "Ann Cole"), Names.fullNameMentions("Tom Cole of the Center for Strategic and "
                + "International Studies and Ann Cole of the Council on Foreign Relations said no."));
        assertEquals(List.of("John Smith"), Names.fullNameMentions("John Smith of the Department of Homeland Security said it."));
        assertEquals(List.of("Robert Mueller"), Names.fullNameMentions("He met the Department of Justice Robert Mueller."));
        assertEquals("Kate Martin", Names.personAtEnd("Kate Martin of the Center for National Security Studies"));
        assertEquals("Jared Bernstein", Names.personAtEnd(
                "economist Jared Bernstein of the liberal Center on Budget and Policy Priorities"));
        assertEquals("Avik Roy", Names.personAtEnd("Avik Roy of the Manhattan Institute for Policy Research"));
        assertEquals("Brad Smith", Names.personAtEnd("former FEC chairman and founder of the Institute for Free Speech Brad Smith"));
        assertEquals(null, Names.personAtEnd("the Center for Strategic and International Studies"));
        assertEquals(null, Names.personAtEnd("the Council on Foreign Relations"), "a role's word inside a body's name");
        assertEquals("Kathyleen Kunkel", Names.personAtEnd("New Mexico Department of Health Secretary Kathyleen Kunkel"));
        assertEquals(null, Names.personAtEnd("David Heymann, Professor of Infectious Disease Epidemiology from the London "
                + "School of Hygiene and Tropical Medicine"), "the field of a role, then a body: no one");
        // not after a title's "for" ("Secretary for Diplomatic Security Charlene Lamb") nor a body's word alone
        assertEquals(List.of("Charlene Lamb"), Names.fullNameMentions("Deputy Assistant Secretary for Diplomatic Security "
                + "Charlene Lamb testified."));
    }

    @Test
    void aPossessiveEndsTheNameItBelongsTo() {
        assertEquals(List.of("Al Jazeera", "Sohail Rahman"), Names.fullNameMentions("Reporting from Doha, Al Jazeera's Sohail "
                + "Rahman said the talks were over."));
        assertEquals("Larry Sabato", Names.personAtEnd("the University of Virginia’s Larry Sabato"));
        // a plural's or an s-final owner's mark, without a second s
        assertEquals("Farhad Manjoo", Names.personAtEnd("The New York Times’ Farhad Manjoo"));
        assertEquals("Paul Krugman", Names.personAtEnd("The New York Times' Paul Krugman"));
    }

    @Test
    void aNameStopsAtTheEndOfASentence() {
        assertEquals(List.of("Kim Jong Un"), Names.fullNameMentions("ahead of the summit with Kim Jong Un. "
                + "Giuliani's remarks were read as unhelpful."));
        assertEquals(List.of("First Step Act"), Names.fullNameMentions("Congress passed the First Step Act. Barr told "
                + "the committee he would carry it out."));
        assertEquals(List.of("Donald Trump"), Names.fullNameMentions("Hasn\u2019t Donald Trump been a votary of wealth?"));
        assertEquals(List.of("John F. Kennedy", "Jane Doe"), Names.fullNameMentions("John F. Kennedy and Jane Doe spoke."),
                "an initial is no sentence's end");
    }

    @Test
    void aTitlesPlaceIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("Kurt Volker"), Names.fullNameMentions("The Special Representative for Ukraine Kurt Volker "
                + "resigned."));
        assertEquals("Marie Yovanovitch", Names.personAtEnd("former U.S. Ambassador to Ukraine Marie Yovanovitch"));
        assertEquals(List.of("Charlene Lamb"), Names.fullNameMentions("Deputy Assistant Secretary for Diplomatic Security "
                + "Charlene Lamb testified."));
        assertEquals("Staffan de Mistura", Names.personAtEnd("the U.N. envoy for Syria Staffan de Mistura"));
        assertEquals(List.of("Nikki Haley"), Names.fullNameMentions("US Ambassador to the United Nations Nikki Haley says "
                + "the talks are over."));
        assertEquals(List.of("Ron Dermer"), Names.fullNameMentions("Israel's ambassador to the United States Ron Dermer spoke."));
        assertEquals(List.of("Ted Kennedy"), Names.fullNameMentions("They went to the Ted Kennedy memorial."), "no title before");
        assertEquals(List.of("New York Times"), Names.fullNameMentions("said a reporter for the New York Times."), "a paper's name");
        assertEquals("Virginia Roberts Giuffre", Names.personAtEnd("accuser Virginia Roberts Giuffre"), "no title before: a name");
        assertEquals("Alan Dershowitz", Names.personAtEnd("Harvard Law Professor Emeritus Alan Dershowitz"));
        assertEquals("Desmond Tutu", Names.personAtEnd("Archbishop Emeritus Desmond Tutu"));
    }

    /** "… the website that hurt Trump's opponent, Hillary Clinton - Mueller said": a dash set off by spaces ends a name. */
    @Test
    void aDashBetweenSpacesEndsTheNameBeforeIt() {
        assertEquals("Mueller", Names.personAtEnd("Trump’s election opponent, Hillary Clinton - Mueller"));
        assertEquals("Trump", Names.personAtEnd("HHS Secretary Alex Azar \u2014 Trump"));
        assertEquals("Jean-Claude Juncker", Names.personAtEnd("Commission President Jean-Claude Juncker"));
    }

    /** "Secretary of the Treasury Steve Mnuchin": the office's last words are capitalised as a name's are, and are no part of it. */
    @Test
    void aTitlesOfficeAfterOfTheIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("Steve Mnuchin"), Names.fullNameMentions("He met Secretary of the Treasury Steve Mnuchin on Monday."));
        assertEquals(List.of("John Roberts"), Names.fullNameMentions("Chief Justice of the United States John Roberts swore him in."));
        assertEquals(List.of("John Bercow"), Names.fullNameMentions("Speaker of the House of Commons John Bercow said no."));
        assertEquals("Gordon Brown", Names.personAtEnd("Chancellor of the Exchequer Gordon Brown"));
        assertEquals("Dianne Hensley", Names.personAtEnd("Justice of the Peace Dianne Hensley"));
        // or after "of" alone, the title capitalised
        assertEquals(List.of("Jennifer Palmieri"), Names.fullNameMentions("Director of Communications Jennifer Palmieri said no."));
        assertEquals("Jennifer Smith", Names.personAtEnd("Professor of Law Jennifer Smith"));
        // a body's name after "of the", no first name in it; and no office without "the" or a capitalised title
        assertEquals(List.of("Robert Kraft", "New England Patriots"),
                Names.fullNameMentions("Robert Kraft, owner of the New England Patriots, said so."));
        assertEquals("Southern Baptist Convention", Names.personAtEnd("president of the Southern Baptist Convention"));
        assertEquals(List.of("Mary Ann Smith"), Names.fullNameMentions("She is a friend of Mary Ann Smith."));
    }

    @Test
    void aParticipleOrACommandOpeningTheSentenceIsNoFirstName() {
        assertEquals(List.of(), Names.fullNameMentions("Regarding Israel and the Palestinians, she spoke warmly."));
        assertEquals(List.of(), Names.fullNameMentions("Tracking Trump: how the most tense week unfolded"));
        assertEquals(List.of("Steve Bullock"), Names.fullNameMentions("Remember Steve Bullock? He ran for president."));
        assertEquals(List.of("Andy Robinson"), Names.fullNameMentions("Fuming Andy Robinson left the ground."));
        // first names that end so, a place, and a participle inside the sentence
        assertEquals(List.of("Irving Kristol", "Mei-Ling Chan"), Names.fullNameMentions("Irving Kristol wrote. Mei-Ling Chan agreed."));
        assertEquals(List.of("Downing Street"), Names.fullNameMentions("Downing Street declined to comment."));
    }

    /** Initials written together ("H.R.", "J.D.") open a name; the abbreviations written so ("U.S.", "D.C.") do not. */
    @Test
    void initialsWrittenTogetherOpenTheName() {
        assertEquals(List.of("H.R. McMaster"), Names.fullNameMentions("National security adviser H.R. McMaster spoke on Sunday."));
        assertEquals(List.of("J.D. Vance"), Names.fullNameMentions("He met J.D. Vance on Sunday."));
        assertEquals(List.of("W.E.B. Du Bois"), Names.fullNameMentions("W.E.B. Du Bois wrote it."));
        assertEquals("H.R. McMaster", Names.personAtEnd("Lt. Gen. H.R. McMaster"));
        assertEquals(List.of(), Names.fullNameMentions("The U.S. Army and the D.C. Council met."));
        assertEquals(List.of(), Names.fullNameMentions("He passed H.R. 1 today."), "a bill's number is no surname");
    }

    /** A photo's credit left in a caption, "(Name / Staff Photographer)", names no one in the story. */
    @Test
    void aPhotoCreditInACaptionIsNoMention() {
        assertEquals(List.of("Allison Jean"), Names.fullNameMentions("Her parents spoke at the church. (Ashley Landis / Staff "
                + "Photographer)\n\nAllison Jean spoke."));
        assertTrue(Names.fullNameMentions("It was a good week, wrote Ruth Marcus / Washington Post.").contains("Ruth Marcus"),
                "a slash after a name outside parentheses is a credit line's: the person stays");
    }

    /** A mark after a word ends the run: an owner's plural possessive ("ABC News’ Amy Robach"), a word in single marks. */
    @Test
    void aMarkAfterAWordEndsTheRunBeforeAName() {
        assertEquals(List.of("Amy Robach"), Names.fullNameMentions("ABC News\u2019 Amy Robach asked him."));
        assertEquals(List.of("LeBron James"), Names.fullNameMentions("LeBron James\u2019 team won again."));
        // a word in single marks before the name is none of it
        assertEquals(List.of("Mitt Romney"), Names.fullNameMentions("He called the \u2018Dope\u2019 Mitt Romney speech a flop."));
    }

    /** A headline's verb before the name that ends it ("… Which Only Helps Trump") is no first name, nor "Thanks" opening a sentence. */
    @Test
    void aHeadlinesVerbBeforeTheNameThatEndsItIsNoFirstName() {
        assertEquals(List.of(), Names.fullNameMentions("Left-Wing Silencers Are Addicted to Outrage, Which Only Helps Trump\n\n"
                + "The mob is loud."), "a surname alone is no full name");
        assertEquals(List.of("Donald Trump"), Names.fullNameMentions("Outrage Only Helps Donald Trump\n\nThe mob is loud."));
        assertEquals(List.of(), Names.fullNameMentions("Thanks Hillary. We already knew how you felt."));
        assertEquals(List.of("Jalen Hurts", "Jalen Hurts"), Names.fullNameMentions("The Eagles Lean on Jalen Hurts\n\nJalen Hurts threw twice."),
                "a surname that is a verb's form is not cut");
    }

    /** A headline capitalises its verbs: a participle before the name that ends it is none of the name. */
    @Test
    void aParticipleInAHeadlineBeforeTheNameThatEndsItIsNoFirstName() {
        assertEquals(List.of("Hillary Clinton"), Names.fullNameMentions("Rashida Tlaib Backpedals After Booing Hillary Clinton\n\n"
                + "The congresswoman spoke."));
        assertEquals(List.of(), Names.fullNameMentions("The Task in Tampa: Reintroducing Romney\n\nThe convention opens."),
                "a surname alone is no full name");
        assertEquals(List.of("Irving Kristol"), Names.fullNameMentions("A Life of Irving Kristol\n\nThe book is out."));
        // every word capitalised: the name from its first name on, and none without one
        assertEquals(List.of("Donald Trump", "Marco Rubio"), Names.fullNameMentions(
                "Rubio Goes From Robot to Terminator Against Donald Trump\n\nMarco Rubio came to play."));
        assertEquals(List.of(), Names.fullNameMentions("Bridge Scandal Threatens Christie\n\nThe governor spoke."));
    }

    @Test
    void wherePeopleAreFromIsNoOneElse() {
        assertEquals(List.of("Kirsten Gillibrand"), Names.fullNameMentions("Sen. Kirsten Gillibrand of New York said so."));
        assertEquals(List.of("Tom Cole"), Names.fullNameMentions("Rep. Tom Cole of New Mexico said so."));
        // "of" after a run that names no one known: the name after it stays
        assertTrue(Names.fullNameMentions("He edited The Dangerous Case of Donald Trump, a book.").contains("Donald Trump"));
    }

    @Test
    void aNameAsTypedNamesTheSpeakersOfItsLastNameThatHoldItsOtherWords() {
        assertTrue(Names.typedNames("Nadler", "Jerrold L. Nadler", false));
        assertTrue(Names.typedNames("jerrold nadler", "Jerrold L. Nadler", false));
        assertTrue(Names.typedNames("Lena Brandt", "Fire Chief Lena Brandt", false));
        assertTrue(Names.typedNames("Wojcik", "Katarzyna Wójcik", false), "accents ignored");
        assertFalse(Names.typedNames("Hunter Biden", "Joseph R. Biden", false));
        assertFalse(Names.typedNames("Nadler", "Jon Adler", false));
        assertFalse(Names.typedNames("Zelensky", "Volodymyr Zelenskyy", false));
        assertTrue(Names.typedNames("Zelensky", "Volodymyr Zelenskyy", true), "one letter apart, when asked");
    }

    /** An adjective or a question's "Will" that opens a sentence or a headline's clause is no first name. */
    @Test
    void anAdjectiveOrAQuestionsWillBeforeASurnameIsNoFirstName() {
        assertEquals(List.of(), Names.fullNameMentions("'Suicide march': Defiant Trump vows impeachment will haunt Democrats"));
        assertEquals(List.of("Ted Lieu"), Names.fullNameMentions("Frequent Trump critic Rep. Ted Lieu said it."));
        assertEquals(List.of(), Names.fullNameMentions("So could 2020 be the year? Will Texas turn blue?"));
        assertEquals(List.of("Adam Schiff"), Names.fullNameMentions("Will Adam Schiff pose a threat?"));
        assertEquals(List.of("Will Hurd", "Will Hurd"), Names.fullNameMentions("Will Hurd said so. GOP Rep. Will Hurd agreed."),
                "a first name when no question follows");
        assertEquals(List.of("Matt Williams"), Names.fullNameMentions("The defiant Matt Williams spoke."));
    }

    /** "House" is a surname after a common first name, and a chamber or a building otherwise. */
    @Test
    void anInstitutionsWordIsASurnameAfterACommonFirstName() {
        assertEquals("Matt House", Names.personAtEnd("said Matt House"));
        assertEquals(null, Names.personAtEnd("the White House"));
        assertEquals(null, Names.personAtEnd("Opera House"));
        assertEquals(List.of("Matt House"), Names.fullNameMentions("Matt House, a spokesman, said so on Monday."));
    }

    /** So are titles that are surnames too: "Matthew Prince", "Jim Justice"; before a name they stay titles. */
    @Test
    void aTitleIsASurnameAfterACommonFirstName() {
        assertEquals("Matthew Prince", Names.personAtEnd("said Matthew Prince"));
        assertEquals(List.of("Erik Prince", "Jim Justice"), Names.fullNameMentions(
                "Erik Prince, who founded Blackwater, met Gov. Jim Justice on Monday."));
        assertEquals(List.of("Charles"), Names.fullNameMentions("Prince Charles spoke.").stream()
                .map(Names::lastName).toList(), "the title stays before the name");
        assertEquals(List.of("Elena Kagan"), Names.fullNameMentions("Justice Elena Kagan wrote the dissent."));
        assertEquals(List.of("Mohammed bin Salman"), Names.fullNameMentions("Crown Prince Mohammed bin Salman denied it."));
    }

    @Test
    void aParticleJoinedToACapitalisedSurnameIsAName() {
        assertTrue(Names.joinedParticle("diGenova", 0, 8));
        assertTrue(Names.joinedParticle("deGravelles", 0, 11));
        assertFalse(Names.joinedParticle("iPhone", 0, 6), "no particle");
        assertFalse(Names.joinedParticle("delta", 0, 5), "no capital after it");
        assertFalse(Names.joinedParticle("deCODE", 0, 6), "a brand in capitals");
        assertEquals("Joseph diGenova", Names.personAtEnd("former U.S. attorney Joseph diGenova"));
    }

    /** The dwellers of a place the text names are many people, no one's full name; a surname in "-ers" still is one. */
    @Test
    void aPlacesDwellersAreNoFullName() {
        assertEquals(List.of("New York", "Bernie Sanders"), Names.fullNameMentions("Cuomo spoke about New York. Now it is "
                + "New Yorkers going down to Florida, and Bernie Sanders is worried."));
        assertEquals(List.of("New Yorkers"), Names.fullNameMentions("Now it is New Yorkers going down to Florida."));
    }

    /** A body named by one word opens no name: "tells Congress Trump directed lies" (a headline in sentence case). */
    @Test
    void aOneWordBodyOpensNoName() {
        assertEquals(List.of("Michael Cohen", "Donald Trump"), Names.fullNameMentions("Michael Cohen: Ex-lawyer tells Congress "
                + "Trump directed lies\n\nDonald Trump's former lawyer spoke."));
    }

    /** A count opening a run of capitals is no name's first word: "Six Bay Area counties", "Two Chinese officials". */
    @Test
    void aCountOpensNoName() {
        assertEquals(List.of("Elon Musk"), Names.fullNameMentions("(Six Bay Area counties extended the orders.) Elon Musk "
                + "went on."));
        assertEquals(List.of("Zhou Nan"), Names.fullNameMentions("Two Chinese officials spoke. Zhou Nan suggested it."));
    }

    /** A run that ends in an abstract noun names a thing ("Homeowner Affordability"), unless a first name opens it. */
    @Test
    void anAbstractNounEndsNoName() {
        assertEquals(List.of("Sean Hannity"), Names.fullNameMentions("Specifically, Obama’s Homeowner Affordability program "
                + "angered Sean Hannity."));
    }

    /** "Do" opens a question, no name: "Do Joe Biden’s comments matter?" names Joe Biden. */
    @Test
    void doOpensAQuestionNoName() {
        assertEquals(List.of("Joe Biden"), Names.fullNameMentions("Do Joe Biden supporters care? Not much."));
    }

    /** "Afterward" opens a sentence, no name: "Afterward Sean Spicer told me" names Sean Spicer. */
    @Test
    void afterwardOpensNoName() {
        assertEquals(List.of("Sean Spicer"), Names.fullNameMentions("Afterward Sean Spicer told me it was rude."));
    }
}
