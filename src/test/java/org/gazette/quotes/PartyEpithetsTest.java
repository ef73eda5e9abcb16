package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartyEpithetsTest {
    private static String speakerOf(String text, String quoteStart) {
        return ShownSpeakers.of(text, quoteStart);
    }

    @Test
    void aStateAndPartyAreThePersonTheArticleMarksWithBoth() {
        String text = "Senate Majority Leader Mitch McConnell (R-Ky.) spoke on Tuesday. Sen. Chuck Schumer (D-N.Y.) answered.\n\n"
                + "“We will not take it up,” the Kentucky Republican said.\n\n"
                + "“That is a mistake,” the New York Democrat said.\n";
        assertEquals("Mitch McConnell", speakerOf(text, "We will not"));
        assertEquals("Chuck Schumer", speakerOf(text, "That is a mistake"));
        Quote q = QuoteAttributor.quotesResolvingOffices(text).get(0);
        assertTrue(q.rule().endsWith("+epithet"), q.rule());
        // the extractor alone reports the speaker as the text words it, as the evaluation sets annotate it
        assertEquals("the Kentucky Republican", QuoteAttributor.quotes(text).get(0).speaker());
    }

    @Test
    void theStateAndPartyMayStandBeforeTheNameOrInAnApposition() {
        String before = "Ohio Republican Jim Jordan questioned the witness for an hour.\n\n"
                + "“Why did you wait?” the Ohio Republican asked.\n";
        assertEquals("Jim Jordan", speakerOf(before, "Why did you wait"));
        String apposition = "Adam Schiff led the hearing. Schiff, a California Democrat, opened it.\n\n"
                + "“The facts are not in dispute,” the California Democrat said.\n";
        assertEquals("Adam Schiff", speakerOf(apposition, "The facts"));
        String comma = "Sen. Rand Paul, R-Ky., objected on the floor.\n\n“This is unconstitutional,” the Kentucky Republican said.\n";
        assertEquals("Rand Paul", speakerOf(comma, "This is unconstitutional"));
    }

    @Test
    void nobodyOrTwoPeopleMarkedSoLeaveTheDescription() {
        String two = "Sen. Rand Paul (R-Ky.) and Sen. Mitch McConnell (R-Ky.) met.\n\n“We agree,” the Kentucky Republican said.\n";
        assertEquals("the Kentucky Republican", speakerOf(two, "We agree"));
        String nobody = "Sen. Rand Paul (R-Ky.) spoke.\n\n“We agree,” the Texas Republican said.\n";
        assertEquals("the Texas Republican", speakerOf(nobody, "We agree"));
        String otherParty = "Sen. Joe Manchin (D-W.Va.) spoke.\n\n“We agree,” the West Virginia Republican said.\n";
        assertEquals("the West Virginia Republican", speakerOf(otherParty, "We agree"));
        // the one marked so is not whom the epithet refers back to: another Maryland Democrat, just named, never marked
        String unmarked = "Rep. Dutch Ruppersberger (D-Md.) asked for a briefing on Monday.\n\n" + "The committee met. ".repeat(60)
                + "\n\nIts chairman, Sen. Barbara Mikulski, called for one too.\n\n“This cannot wait,” the Maryland Democrat said.\n";
        assertEquals("the Maryland Democrat", speakerOf(unmarked, "This cannot wait"));
        assertEquals(List.of(), PartyEpithets.marked("No one is marked here.", new ArticlePeople(List.of())).keySet().stream().toList());
    }
}
