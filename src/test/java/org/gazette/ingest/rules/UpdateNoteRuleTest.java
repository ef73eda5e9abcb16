package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpdateNoteRuleTest {
    @Test
    void removesNoteAndOffersItsDate() {
        String note = "Update 3/23/22, 10:35 a.m. ET: This story was updated with additional information and background.";
        var d = run(new UpdateNoteRule(), BODY, BODY, note);
        assertEquals(List.of(note), removed(d));
        assertEquals("2022-03-23", d.metadata().date());
    }

    @Test
    void keepsSentencesAboutUpdates() {
        var d = run(new UpdateNoteRule(), BODY, "Updates to the timetable will be published next week, the operator said.");
        assertEquals(List.of(), removed(d));
    }
}
