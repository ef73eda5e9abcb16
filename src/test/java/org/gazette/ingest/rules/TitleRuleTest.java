package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TitleRuleTest {
    @Test
    void takesFirstHeadlineAndDropsSectionLabelAndRepeat() {
        var d = run(new TitleRule(), "Politics", "Council votes to close Kessler Bridge", "Council votes to close Kessler Bridge", BODY);
        assertEquals("Council votes to close Kessler Bridge", d.metadata().title());
        assertEquals(BODY, d.body());
    }

    @Test
    void noHeadlineWhenTextStartsWithProse() {
        var d = run(new TitleRule(), BODY, BODY);
        assertNull(d.metadata().title());
        assertEquals(BODY + "\n\n" + BODY, d.body());
    }
}
