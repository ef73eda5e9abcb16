package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingSectionRuleTest {
    private final TrailingSectionRule rule = new TrailingSectionRule();

    @Test
    void dropsHeadingAndEverythingAfterIt() {
        var d = run(rule, BODY, BODY, "Most recent", "Other headline one", "All Articles");
        assertEquals(List.of("Most recent", "Other headline one", "All Articles"), removed(d));
    }

    @Test
    void dropsWriterBiography() {
        var d = run(rule, BODY, BODY, "About the writer", "Jane Doe covers transport.");
        assertEquals(List.of("About the writer", "Jane Doe covers transport."), removed(d));
    }

    @Test
    void keepsHeadingWordsEarlyInTheText() {
        // "Related" near the top is not the page's tail: nothing after it may be lost
        var d = run(rule, "Related", BODY, BODY, BODY);
        assertEquals(List.of(), removed(d));
    }
}
