package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A quotation credited to a role alone ("the spokeswoman said"), as the archive shows it. */
class RoleReferentsTest {
    private static String speakerOf(String text, String quoteStart) {
        return ShownSpeakers.of(text, quoteStart);
    }

    @Test
    void aRoleIsThePersonAnAppositionGaveItBefore() {
        String text = "Linda Marsh, the port authority's chief spokeswoman, said the cranes would arrive in May.\n\n"
                + "Dock workers had waited two years for them.\n\n"
                + "“We will not miss that date,” the spokeswoman said.\n";
        assertEquals("Linda Marsh", speakerOf(text, "We will not miss"));
        Quote q = QuoteAttributor.quotesResolvingOffices(text).get(0);
        assertTrue(q.rule().endsWith("+role"), q.rule());
        // the extractor alone reports the speaker as the text words it, as the evaluation sets annotate it
        assertEquals("the spokeswoman", QuoteAttributor.quotes(text).get(0).speaker());
    }

    @Test
    void aRoleIsThePersonItTitlesBeforeTheName() {
        String text = "Republican strategist Tom Varga has advised three campaigns in the state.\n\n"
                + "“Nobody wins this district without the suburbs,” the strategist said.\n";
        assertEquals("Tom Varga", speakerOf(text, "Nobody wins"));
    }

    @Test
    void aRoleTheArticleAlsoGivesSomeoneUnnamedStaysADescription() {
        String text = "Doug Brandt, a Republican strategist, said the race was close.\n\n"
                + "Another Republican strategist, who asked not to be named, disagreed.\n\n"
                + "“It is over,” the strategist said.\n";
        assertEquals("the strategist", speakerOf(text, "It is over"));
    }

    @Test
    void aRoleTwoNamedPeopleHoldStaysADescription() {
        String text = "Democratic strategist Ana Ruiz and Republican strategist Tom Varga debated on Sunday.\n\n"
                + "“The suburbs decide it,” the strategist said.\n";
        assertEquals("the strategist", speakerOf(text, "The suburbs decide"));
    }

    @Test
    void aCueIsNoApposition() {
        // "Obama, said a White House aide": the aide is unnamed, not Obama
        String text = "Obama, said a White House aide, is interested in his legacy.\n\n"
                + "“He wants a party that lasts,” the aide said.\n";
        assertEquals("the aide", speakerOf(text, "He wants a party"));
    }

    @Test
    void aRoleSpokenOfBeforeAnyoneIsNamedWithItIsSomeoneElse() {
        // "the attorney's offices" is the man the story is about; the attorney named later is another
        String text = "Agents raided the attorney's offices in April. Carl Benning spoke to reporters after.\n\n"
                + "Others were named, among them company attorney Mark Ostrow.\n\n"
                + "“He was even worse in private,” the attorney said.\n";
        assertEquals("the attorney", speakerOf(text, "He was even worse"));
    }

    @Test
    void aRoleNamedOnlyAfterTheQuotationStaysADescription() {
        String text = "“The cranes are late,” the spokeswoman said.\n\n"
                + "Linda Marsh, the port authority's spokeswoman, later apologised.\n";
        assertEquals("the spokeswoman", speakerOf(text, "The cranes are late"));
    }

    @Test
    void anInstitutionIsNoRolesHolder() {
        String text = "Homeland Security, the agency's official said, would review the order.\n\n"
                + "“Nothing has been decided,” the official said.\n";
        assertEquals("the official", speakerOf(text, "Nothing has been decided"));
    }
}
