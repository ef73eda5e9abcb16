package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
    @Test
    void aCommonFirstNameOfOneSexTellsIt() {
        assertEquals('m', FirstNames.gender("Richard Ferrand"));
        assertEquals('f', FirstNames.gender("Theresa May"));
        assertEquals('f', FirstNames.gender("Meredith Vieira"), "\"He signaled he did\" after her question is not hers");
        assertEquals('m', FirstNames.gender("Reince Priebus"));
        assertEquals('f', FirstNames.gender("joyce Vance"), "whatever the case");
    }

    @Test
    void aSurnameAloneADescriptionOrANameGivenToBothTellsNothing() {
        assertEquals('?', FirstNames.gender("Ferrand"));
        assertEquals('?', FirstNames.gender("The senator"));
        assertEquals('?', FirstNames.gender("Jordan Peterson"));
        assertEquals('?', FirstNames.gender("Taylor Swift"));
        assertEquals('?', FirstNames.gender("Lynn Westmoreland"), "a man; Lynn is given to both");
        assertEquals('?', FirstNames.gender("Shawn Hill"), "a woman; Shawn is given to both");
    }

    @Test
    void moreCommonFirstNamesTellTheirSex() {
        assertEquals('m', FirstNames.gender("Gordon Brown"));
        assertEquals('m', FirstNames.gender("Hakeem Jeffries"));
        assertEquals('f', FirstNames.gender("Nina Totenberg"));
        assertEquals('f', FirstNames.gender("Loretta Lynch"));
        assertEquals('f', FirstNames.gender("Gayle King"));
        assertEquals('m', FirstNames.gender("Dale Earnhardt"));
        assertEquals('m', FirstNames.gender("Andrés Manuel López Obrador"));
    }

    @Test
    void aNameAsOftenASecondGivenNameOrGivenToBothTellsNothingAlone() {
        // "Tanveer Ahmed Warraich": a known first name second would make "Tanveer" look like a word for people
        assertEquals('?', FirstNames.genderOfFirstName("Ahmed"));
        assertEquals('?', FirstNames.genderOfFirstName("Manuel"));
        assertEquals('?', FirstNames.gender("Ashley de Silva"), "a man; Ashley is given to both");
    }
}
