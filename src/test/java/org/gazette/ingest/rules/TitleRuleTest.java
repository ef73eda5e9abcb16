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
    void sentenceShapedHeadlinesOnTheFirstLine() {
        String q = "Ivanka Trump pushes $500 billion child care subsidy plan for working families: Who would benefit?";
        assertEquals(q, run(new TitleRule(), q, BODY).metadata().title());
        String quoted = "Donald Trump questions Clinton’s health at rally in Ohio and says: ‘You think this is easy?’";
        assertEquals(quoted, run(new TitleRule(), quoted, BODY).metadata().title());
        String caps = "She Slammed Super PACs. Now Warren Is Getting $9 Million Ad Buy From One.";
        assertEquals(caps, run(new TitleRule(), caps, BODY).metadata().title());
        String label = "OPINION: The spies who took down a general acted anonymously, and that should worry everyone.";
        assertEquals(label, run(new TitleRule(), label, BODY).metadata().title());
    }

    @Test
    void noHeadlineWhenTextStartsWithProse() {
        var d = run(new TitleRule(), BODY, BODY);
        assertNull(d.metadata().title());
        assertEquals(BODY + "\n\n" + BODY, d.body());
    }
}
