package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AiVoiceNoticeRuleTest {
    @Test
    void removesAudioNoticeButNotReportingOnAi() {
        String notice = "\uD83C\uDF99\uFE0F Voice is AI-generated. Inconsistencies may occur.";
        String story = "Lawmakers debated rules for AI-generated voice clones in political ads on Tuesday, after a fake recording spread online.";
        var d = run(new AiVoiceNoticeRule(), notice, story, BODY);
        assertEquals(List.of(notice), removed(d));
    }
}
