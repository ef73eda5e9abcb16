package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HoverCardRuleTest {
    @Test
    void aNamesPopUpCardIsCutAndItsParagraphStays() {
        String card = " Ana Maria MarkovicHarbor City weighs tolls for the Kessler Bridge Council delays port budget vote MORE";
        String line = "Mayor Ana Markovic" + card + " (Ind.) said on Tuesday that the bridge would stay shut.";
        var d = run(new HoverCardRule(), line, BODY);
        assertEquals("Mayor Ana Markovic (Ind.) said on Tuesday that the bridge would stay shut.\n\n" + BODY, d.body());
        assertEquals(List.of(card), removed(d));
        assertEquals("hover-card", d.removedLines().get(0)[0]);
    }

    @Test
    void cardsGluedToANumberOrAQuoteAndCardsWithoutGlueAreCutToo() {
        String text = "Senators Lena Brandt Lena Sofia Brandt2026 hopefuls court port workers MORE (D-North) and Tom Reilly "
                + "Thomas Patrick Reilly'Not on my watch,' says port chief MORE (R-South) spoke first. Later Paul Okun "
                + "Paul Andreas Okun Transport minister defends closure Ferry fares to rise MORE agreed.";
        var d = run(new HoverCardRule(), text);
        assertEquals("Senators Lena Brandt (D-North) and Tom Reilly (R-South) spoke first. Later Paul Okun agreed.", d.body());
        assertEquals(3, removed(d).size());
    }

    @Test
    void capitalsAndMoreInOrdinaryProseAreLeftAlone() {
        List<String> lines = List.of(
                "Protesters said it was FAR MORE shameful that the council had waited.",
                "READ MORE FROM Nadia Ferro",
                "WikiLeaks published the files, and the McCain campaign said MORE would follow.",
                "Ana Markovic met Ana Markovic's deputy, a DeSantis ally, before the vote on MORE funding.");
        var d = run(new HoverCardRule(), lines.toArray(new String[0]));
        assertEquals(List.of(), removed(d));
        assertEquals(String.join("\n\n", lines), d.body());
    }
}
