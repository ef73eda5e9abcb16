package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BylineRuleTest {
    private final BylineRule rule = new BylineRule();

    @Test
    void takesNamesOutletAndDate() {
        var d = run(rule, "Headline about the bridge", "By Tomas Reinholt and Lucia Ferrante | Harbor City Post | March 3, 2025", BODY);
        assertEquals("Tomas Reinholt and Lucia Ferrante", d.metadata().byline());
        assertEquals("Harbor City Post", d.metadata().outlet());
        assertEquals("2025-03-03", d.metadata().date());
        assertEquals("byline", d.removedBy(1));
    }

    @Test
    void ignoresRolesAndSentences() {
        var d = run(rule, "Headline about the bridge", "By Jane Doe, Staff Writer", BODY);
        assertEquals("Jane Doe", d.metadata().byline());
        assertNull(d.metadata().outlet());
        var s = run(rule, "By the time the ferry arrived, hundreds of commuters had been waiting for an hour in the rain.", BODY);
        assertNull(s.metadata().byline());
    }
}
