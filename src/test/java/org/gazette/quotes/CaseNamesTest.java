package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseNamesTest {
    private static String masked(String text, List<String> names) {
        char[] c = text.toCharArray();
        CaseNames.mask(c, names);
        return new String(c);
    }

    @Test
    void aCasesNameIsWrittenAsLowerCaseWordsOfTheSameLength() {
        List<String> names = new ArrayList<>();
        assertEquals("In xxxx xx xxxxxxxx, the Court pointed out", masked("In NFIB v. Sebelius, the Court pointed out", names));
        assertEquals(List.of("NFIB v. Sebelius"), names);
        // an opening word is no party's; the sentence's full stop stays the sentence's
        assertEquals("See xxxxx xx xxxxxxx, 491 U.S. 397", masked("See Texas v. Johnson, 491 U.S. 397", new ArrayList<>()));
        assertEquals("Ms. Collins called xxx xx xxxx. Then", masked("Ms. Collins called Roe v. Wade. Then", new ArrayList<>()));
        // a contest's name too
        assertEquals("a dynastic xxxxxxx xxx xxxx general election", masked("a dynastic Clinton vs. Bush general election",
                new ArrayList<>()));
    }

    @Test
    void partiesJoinedByConnectorsAndTwoCasesJoinedByAndAreMasked() {
        // "and" before a party only where another case's name follows: the name's first words stay
        assertEquals("Members of Association of American Physicians and xxxxxxxx xx xxxxxxx found",
                masked("Members of Association of American Physicians and Surgeons v. Clinton found", new ArrayList<>()));
        assertEquals("the xxxxxx xx xxxxxxx xx xxx xxxx found", masked("the Bureau of Prisons v. Tom Hall found", new ArrayList<>()));
        assertEquals("cases, xx xxx xxxxxx xx xxxxx xxx xxxxxxxxxxxxxxxxxx xx xxxxx, Judge Gorsuch ruled",
                masked("cases, De Niz Robles v. Lynch and Gutierrez-Brizuela v. Lynch, Judge Gorsuch ruled", new ArrayList<>()));
        assertEquals("xxx xxxx xx xxxxxxxxx xxxxxx xx xxxxxxxxxxxxxxx xxx xxx xxxxx xxxxxx xx xxxx, involve", masked(
                "Our Lady of Guadalupe School v. Morrissey-Berru and St. James School v. Biel, involve", new ArrayList<>()));
    }

    @Test
    void aLowerCaseWordAfterVIsNoCase() {
        assertEquals("I met Bill Gates v. the world", masked("I met Bill Gates v. the world", new ArrayList<>()));
        assertEquals("five v. six", masked("five v. six", new ArrayList<>()));
    }

    @Test
    void thePartiesFullNamesAreTheirPeoples() {
        assertEquals(List.of("Edith Windsor"), CaseNames.partiesFullNames(List.of("Windsor v. Edith Windsor")));
        assertEquals(List.of("Chris Christie", "John Boehner"), CaseNames.partiesFullNames(List.of(
                "Chris Christie vs. House Speaker John Boehner")));
        assertEquals(List.of(), CaseNames.partiesFullNames(List.of("Roe v. Wade")));
    }

    /** A text of nothing but names and "v." is masked in one pass, each party read over a few words at most. */
    @Test
    void aRunOfCasesIsMaskedWhole() {
        String run = String.join(" v. ", java.util.Collections.nCopies(2000, "Aa Bb")) + ".";
        List<String> names = new ArrayList<>();
        String out = masked(run, names);
        assertEquals(run.length(), out.length());
        assertEquals(-1, out.indexOf('A'), "every party masked");
        assertEquals(100, names.size(), "at most a hundred names kept");
    }
}
