package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineLinkRuleTest {
    @Test
    void aLinkInsideAParagraphIsCutAndTheParagraphStays() {
        String line = "A second suspect was released on Tuesday. (RELATED: Mayor Markovic Says Bridge Tolls Will Stay) "
                + "Police said the search goes on. (SEE RELATED: Council delays port budget vote)";
        var d = run(new InlineLinkRule(), line, BODY);
        assertEquals("A second suspect was released on Tuesday. Police said the search goes on.\n\n" + BODY, d.body());
        assertEquals(List.of(" (SEE RELATED: Council delays port budget vote)", // cut from the line's end first
                " (RELATED: Mayor Markovic Says Bridge Tolls Will Stay)"), removed(d));
        assertEquals("inline-link", d.removedLines().get(0)[0]);
    }

    @Test
    void aLineThatIsOnlyALinkGoesAndOneAtAParagraphsStartTakesTheSpaceAfterIt() {
        var d = run(new InlineLinkRule(), "( PHOTOS: Senators up for election in 2026)", BODY,
                "(MORE: Watching Kennedy: The Court's Swing Voter Offers Clues) The court ruled on Monday.");
        assertEquals(BODY + "\n\nThe court ruled on Monday.", d.body());
        assertEquals(2, removed(d).size());
    }

    @Test
    void aRelatedStoriesBoxRunIntoAParagraphsEndIsCut() {
        var d = run(new InlineLinkRule(), "“We felt it coming for weeks,” she said. Related Stories Harbor City Is a Town Adrift",
                "The council met on Tuesday. Related Stories", BODY,
                "The bridge closed. Related Article The Toll Plan Is a Threat to the Port Lena Brandt");
        assertEquals("“We felt it coming for weeks,” she said.\n\nThe council met on Tuesday.\n\n" + BODY
                + "\n\nThe bridge closed.", d.body());
        var kept = run(new InlineLinkRule(), "Related stories of the flood were told. The council said the Related Stories "
                + "exhibit opens on Monday.", "He said so. Related Stories of the war are common. They sell.");
        assertEquals(List.of(), removed(kept));
    }

    @Test
    void aWritersOwnBracketsAndNotesAreKept() {
        List<String> lines = List.of(
                "The mayor (Related: she is the council leader's cousin) did not answer.",
                "The council (RELATED: see the budget vote) met.", // not a title after the colon
                "(UPDATE: The council has since reopened the bridge.)",
                "The port (WATCH: a video of the closure (4:02)) stays shut.", // brackets inside: not cut
                "Lena Brandt (D-North) said the vote was close.");
        var d = run(new InlineLinkRule(), lines.toArray(new String[0]));
        assertEquals(List.of(), removed(d));
        assertEquals(String.join("\n\n", lines), d.body());
    }
}
