package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplainerBoxRuleTest {
    @Test
    void aFoldedExplainerBoxPastedAsOneLineGoes() {
        List<String> boxes = List.of("Quick guide What you need to know about the bridge inquiry Show Hide How serious are the "
                        + "allegations? The council says “nothing was hidden”, and the inquiry will report in May.",
                "Q&A Who pays the harbor tolls? Show Hide Drivers do, the port authority says.",
                "Profile Who is Ana Markovic? Show Hide Ana Markovic, 52, has been mayor since 2019.");
        var d = run(new ExplainerBoxRule(), boxes.get(0), BODY, boxes.get(1), boxes.get(2));
        assertEquals(boxes, removed(d));
        assertEquals(BODY, d.body());
    }

    @Test
    void proseThatMentionsTheWordsStays() {
        List<String> lines = List.of("Profile pictures on the show hide nothing, the council said.",
                "The Quick guide to tolls was printed in May. Show Hide and Seek opens on Friday.", BODY);
        var d = run(new ExplainerBoxRule(), lines.toArray(new String[0]));
        assertEquals(List.of(), removed(d));
    }
}
