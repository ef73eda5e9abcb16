package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelineRuleTest {
    private final DatelineRule rule = new DatelineRule();

    @Test
    void readsDatelinesWithLabelsWeekdaysAndTimes() {
        assertEquals("2025-03-03", run(rule, "Headline", "Published 7:40 PM, March 3, 2025", BODY).metadata().date());
        assertEquals("2025-07-21", run(rule, "Headline", "Monday, July 21, 2025", BODY).metadata().date());
        assertEquals("2022-03-23", run(rule, "Headline", "Updated: 2022-03-23 10:35 GMT", BODY).metadata().date());
        assertEquals("2004-12-23", run(rule, "Headline", "23 December 2004", BODY).metadata().date());
    }

    @Test
    void leavesDatesInsideSentencesAlone() {
        var d = run(rule, "Headline", "The bridge closed on April 14, 2025 and will stay shut", BODY);
        assertNull(d.metadata().date());
    }
}
