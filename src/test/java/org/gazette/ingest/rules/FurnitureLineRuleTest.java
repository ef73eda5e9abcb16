package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureLineRuleTest {
    private final FurnitureLineRule rule = new FurnitureLineRule();

    @Test
    void removesWholeLineControls() {
        var d = run(rule, "Please verify", "Watch LIVE", "Skip to content", "Listen to this article 4 min", BODY,
                "Advertisement", "Share this article", "Read more: Factories warn of shortages", "5 min read", "★ ★ ★");
        assertEquals(List.of("Please verify", "Watch LIVE", "Skip to content", "Listen to this article 4 min",
                "Advertisement", "Share this article", "Read more: Factories warn of shortages", "5 min read", "★ ★ ★"),
                removed(d));
    }

    @Test
    void keepsSentencesThatMerelyUseTheWords() {
        var d = run(rule, "Viewers can watch live coverage of the vote on the council's website, the clerk said.",
                "Share prices fell.", BODY);
        assertEquals(List.of(), removed(d));
    }
}
