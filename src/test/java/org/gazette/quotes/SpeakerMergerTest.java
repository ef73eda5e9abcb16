package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerMergerTest {
    @Test
    void spellingsOfOnePersonAcrossOutletsAreOneSpeaker() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Ana Markovic", 9, "Ana Markovich", 2, "Katarzyna Wójcik", 7,
                "Katarzyna Wojcik", 2, "Maria Okonkwo-Reyes", 8, "Maria Okonkwo Reyes", 2, "Wójcik", 1), Map.of());
        assertEquals("Ana Markovic", c.get("Ana Markovich"), "one letter apart, same first name, the most quoted spelling");
        assertEquals("Katarzyna Wójcik", c.get("Katarzyna Wojcik"));
        assertEquals("Katarzyna Wójcik", c.get("Wójcik"), "a lone last name joins the only person with it");
        assertEquals("Maria Okonkwo-Reyes", c.get("Maria Okonkwo Reyes"), "a double name with or without its hyphen");
    }

    @Test
    void oneLetterStepsDoNotChainUnrelatedNamesAndAnInitialJoinsOnlyAnUnambiguousPerson() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Joe Biden", 100, "Kay Aiden", 1, "K. Aider", 1, "Jim Rider", 50,
                "J. Biden", 3, "Volodymyr Zelensky", 40, "Volodymyr Zelenskyy", 12, "J. Smith", 2, "John Smith", 5, "Jane Smith", 4), Map.of());
        assertEquals("Joe Biden", c.get("Joe Biden"));
        assertEquals("Jim Rider", c.get("Jim Rider"), "Biden, Aiden, Aider, Rider: each a letter from the next, yet four names");
        assertEquals("Kay Aiden", c.get("Kay Aiden"));
        assertEquals("K. Aider", c.get("K. Aider"), "Aider is a letter from Rider, but no Rider starts with K");
        assertEquals("Joe Biden", c.get("J. Biden"), "the only J. Biden");
        assertEquals("Volodymyr Zelensky", c.get("Volodymyr Zelenskyy"));
        assertEquals("J. Smith", c.get("J. Smith"), "John or Jane: left as written");
        assertEquals("John Smith", c.get("John Smith"));
        assertEquals("Jane Smith", c.get("Jane Smith"));
    }

    @Test
    void namesRunTogetherOnThePageAreNotShown() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("John McCain", 500, "John Sidney McCainCindy McCain", 3,
                "Douglas A. MacArthur", 1, "Douglas MacArthur", 4, "Ron DeSantis", 9, "Ronald DeSantis", 1), Map.of());
        assertEquals("John McCain", c.get("John Sidney McCainCindy McCain"));
        assertEquals("Douglas A. MacArthur", c.get("Douglas MacArthur"), "MacArthur is one word, not two run together");
        assertEquals("Ron DeSantis", c.get("Ronald DeSantis"));
    }

    @Test
    void aFamiliarFirstNameIsTheFormalOne() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Chuck Schumer", 671, "Charles E. Schumer", 269, "Schumer", 76,
                "Joe Biden", 1354, "Joseph R. Biden", 64, "Hunter Biden", 106, "Vice-President Joe Biden", 28, "Bernie Sanders", 1318, "Bernard Sanders", 94,
                "Sarah Huckabee Sanders", 594), Map.of());
        assertEquals("Charles E. Schumer", c.get("Chuck Schumer"), "one person, shown by the fullest name");
        assertEquals("Charles E. Schumer", c.get("Schumer"));
        assertEquals("Joseph R. Biden", c.get("Joe Biden"));
        assertEquals("Joseph R. Biden", c.get("Vice-President Joe Biden"), "a title of two words before the name");
        assertEquals("Hunter Biden", c.get("Hunter Biden"));
        assertEquals(c.get("Bernie Sanders"), c.get("Bernard Sanders"));
        assertEquals("Sarah Huckabee Sanders", c.get("Sarah Huckabee Sanders"));
    }

    @Test
    void aFamiliarFormOfSeveralNamesJoinsTheOnePersonWithOneOfThem() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Jerry Nadler", 141, "Jerrold L. Nadler", 234,
                "Steve Bannon", 196, "Stephen K. Bannon", 88, "Steve Mnuchin", 34, "Steven T. Mnuchin", 181,
                "Stephen Mnuchin", 1, "Pat Murphy", 2, "Patrick Murphy", 5, "Patricia Murphy", 2), Map.of());
        assertEquals("Jerrold L. Nadler", c.get("Jerry Nadler"));
        assertEquals("Stephen K. Bannon", c.get("Steve Bannon"));
        assertEquals("Steve Mnuchin", c.get("Steve Mnuchin"), "a Steven and a Stephen: which one, the name does not tell");
        assertEquals("Pat Murphy", c.get("Pat Murphy"));
    }

    @Test
    void differentPeopleWithOneLastNameStayApart() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Donald Trump", 20, "Ivana Trump", 3, "Trump", 4,
                "Hillary Clinton", 20, "Bill Clinton", 5, "a spokeswoman", 2, "The president", 135,
                "The National Rifle Association's executive vice president", 4), Map.of());
        assertEquals("The president", c.get("The president"), "descriptions are not merged by their last word");
        assertEquals("Ivana Trump", c.get("Ivana Trump"));
        assertEquals("Donald Trump", c.get("Donald Trump"));
        assertEquals("Trump", c.get("Trump"), "ambiguous between two Trumps (50 and 3 quotes is not 90%): left as written");
        assertEquals("Bill Clinton", c.get("Bill Clinton"));
        assertEquals("a spokeswoman", c.get("a spokeswoman"));
    }

    @Test
    void aLoneLastNameJoinsThePersonNearlyEveryoneQuotes() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Donald Trump", 2473, "Melania Trump", 53, "Ivanka Trump", 36,
                "Trump", 1196, "Hillary Clinton", 596, "Bill Clinton", 150, "Clinton", 80), Map.of());
        assertEquals("Donald Trump", c.get("Trump"), "97% of the Trump quotations are his");
        assertEquals("Melania Trump", c.get("Melania Trump"));
        assertEquals("Clinton", c.get("Clinton"), "80% is not enough: two Clintons are quoted");
    }

    @Test
    void aLoneWordThatAlsoNamesAnOutletStaysApartFromThePersonOfThatName() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Michael Bloomberg", 130, "Mike Bloomberg", 35,
                "Bloomberg", 24, "Bloomberg News", 16, "Andrew Breitbart", 7, "Breitbart", 18, "Breitbart News", 9,
                "Donald Trump", 500, "Trump", 90), Map.of());
        assertEquals("Bloomberg", c.get("Bloomberg"), "\"Bloomberg reported\" is the outlet as often as the man");
        assertEquals("Breitbart", c.get("Breitbart"));
        assertEquals("Michael Bloomberg", c.get("Mike Bloomberg"), "the person's names still merge");
        assertEquals("Donald Trump", c.get("Trump"), "no outlet of that name");
    }

    @Test
    void aCapitalisedWordBeforeAQuotedNameIsATitleNotAFirstName() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Donald Trump", 2473, "President-elect Donald Trump", 126,
                "Businessman Donald Trump", 38, "Hillary Rodham Clinton", 20, "Hillary Clinton", 12, "Mary Ann Smith", 5), Map.of());
        assertEquals("Donald Trump", c.get("President-elect Donald Trump"));
        assertEquals("Donald Trump", c.get("Businessman Donald Trump"));
        assertEquals("Hillary Rodham Clinton", c.get("Hillary Clinton"), "a middle name is still the fullest name");
        assertEquals("Mary Ann Smith", c.get("Mary Ann Smith"), "nobody called Ann Smith is quoted");
    }

    @Test
    void aNameWrittenTwiceIsNoFuller() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Bernie Sanders", 335, "Bernie Sanders Bernie Sanders", 1,
                "Donald Trump", 2593, "Donald J. Trump", 501, "Trump Trump", 6, "Donald Trump Trump", 2), Map.of());
        assertEquals("Bernie Sanders", c.get("Bernie Sanders Bernie Sanders"));
        assertEquals("Donald J. Trump", c.get("Donald Trump"), "a middle initial is fuller");
        assertEquals("Donald J. Trump", c.get("Donald J. Trump"));
    }

    @Test
    void theUsersCorrectionsComeFirst() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Ana Markovic", 9, "Ana Markovich", 2, "Dr. Who", 1),
                Map.of("Ana Markovich", "Ana Markovich", "Dr. Who", "The Doctor"));
        assertEquals("Ana Markovich", c.get("Ana Markovich"), "kept apart by the user (a split)");
        assertEquals("Ana Markovic", c.get("Ana Markovic"));
        assertEquals("The Doctor", c.get("Dr. Who"), "renamed by the user");
    }

    @Test
    void aLoneLastNameJoinsThePersonQuotedTenTimesAsOftenAsAnyOther() {
        Map<String, Integer> counts = new java.util.HashMap<>(Map.of("Barack Obama", 300, "Michelle Obama", 20, "Obama", 200));
        for (String garbled : List.of("Team", "Did", "Photos", "Given", "Has", "Seeing", "Photo", "Denying")) {
            counts.put(garbled + " Obama", 6); // words a page runs into the name: 48 quotations, one person each
        }
        Map<String, String> c = SpeakerMerger.canonical(counts, Map.of());
        assertEquals("Barack Obama", c.get("Obama"), "300 of 368 full-name quotations is not 90%, but 15 times Michelle's");
        assertEquals("Barack Obama", c.get("Did Obama"), "an auxiliary opening a question is no first name");
        assertEquals("Michelle Obama", c.get("Michelle Obama"));
    }

    @Test
    void spellingsThatFoldAlikeDoNotHideTheNameATitleStandsBefore() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Donald Trump", 100, "Donald Trump'", 2, "Donald Trump\u2019", 1,
                "President-elect Donald Trump", 10), Map.of());
        assertEquals("Donald Trump", c.get("President-elect Donald Trump"));
    }

    @Test
    void organisationsAndDescriptionsAreNotMergedByTheirLastWord() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("The Harbor City Police Department", 9, "Department", 40,
                "The Harbor Free Press", 7, "Press", 5, "The Ledger", 3, "Theresa May", 6, "May", 2), Map.of());
        assertEquals("Department", c.get("Department"));
        assertEquals("Press", c.get("Press"));
        assertEquals("The Harbor City Police Department", c.get("The Harbor City Police Department"));
        assertEquals("Theresa May", c.get("May"), "a surname that is also a role word is still a surname");
    }

    @Test
    void anInstitutionWithAndWithoutTheIsOneSpeakerAndOthersEndingInItsWordAreNot() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("The Supreme Court", 40, "the Supreme Court", 25,
                "Supreme Court", 3, "the District Court", 6, "The Republican National Committee", 9,
                "The Democratic National Committee", 7, "China’s Foreign Ministry", 4, "China's Foreign Ministry", 3), Map.of());
        assertEquals("China’s Foreign Ministry", c.get("China's Foreign Ministry"), "either apostrophe");
        Map<String, String> boards = SpeakerMerger.canonical(Map.of("Editorial Board, Wall Street Journal", 5,
                "Wall Street Journal", 9, "Journal", 2), Map.of());
        assertEquals("Editorial Board, Wall Street Journal", boards.get("Editorial Board, Wall Street Journal"),
                "a board credited with its paper is not the paper");
        Map<String, String> cased = SpeakerMerger.canonical(Map.of("the Russian Foreign Ministry", 5,
                "the Russian foreign ministry", 4, "the president", 30, "the President", 3), Map.of());
        assertEquals("the Russian Foreign Ministry", cased.get("the Russian foreign ministry"), "written in either case");
        assertEquals("the president", cased.get("the President"));
        assertEquals("The Supreme Court", c.get("the Supreme Court"), "shown as the most quoted form");
        assertEquals("The Supreme Court", c.get("Supreme Court"));
        assertEquals("the District Court", c.get("the District Court"), "another court, though its last word is the same");
        assertEquals("The Democratic National Committee", c.get("The Democratic National Committee"));
    }

    @Test
    void anAcronymIsAnOrganisationNotASurname() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("CNN", 120, "One CNN", 3, "the FBI", 59, "FBI", 6,
                "Anderson Cooper", 8), Map.of());
        assertEquals("CNN", c.get("CNN"), "not the run that a sentence's first word made of it");
        assertEquals("One CNN", c.get("One CNN"));
        assertEquals("the FBI", c.get("FBI"), "with and without \"the\", one organisation");
    }

    /** "Trump Jr." is shown as the one full name with that surname and suffix, never as the president. */
    @Test
    void aSurnameWithJrJoinsTheFullNameWithBoth() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Donald Trump Jr.", 50, "Trump Jr.", 10, "Donald Trump", 500,
                "Trump", 900, "Martin Luther King Jr.", 30, "Jackson Sr.", 2), Map.of());
        assertEquals("Donald Trump Jr.", c.get("Trump Jr."));
        assertEquals("Donald Trump", c.get("Trump"));
        assertEquals("Jackson Sr.", c.get("Jackson Sr."), "no full name with both: as it is");
    }
}
