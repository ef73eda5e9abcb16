package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
    @Test
    void aCommonFirstNameOfOneSexTellsIt() {
        assertEquals('m', FirstNames.gender("Richard Ferrand"));
        assertEquals('f', FirstNames.gender("Theresa May"));
        assertEquals('f', FirstNames.gender("joyce Vance"), "whatever the case");
    }

    @Test
    void aSurnameAloneADescriptionOrANameGivenToBothTellsNothing() {
        assertEquals('?', FirstNames.gender("Ferrand"));
        assertEquals('?', FirstNames.gender("The senator"));
        assertEquals('?', FirstNames.gender("Jordan Peterson"));
        assertEquals('?', FirstNames.gender("Taylor Swift"));
    }
}
