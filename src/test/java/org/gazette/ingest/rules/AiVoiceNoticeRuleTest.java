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

    @Test
    void removesALongNoticeThatWarnsOfInconsistencies() {
        String notice = "This article was narrated by an AI-generated voice from the publisher's text-to-speech service, "
                + "and INCONSISTENCIES in pronunciation may occur.";
        String story = "The publisher said listeners liked the narrated articles, and that AI-generated voices would read more of them next year.";
        var d = run(new AiVoiceNoticeRule(), BODY, notice, story);
        assertEquals(List.of(notice), removed(d));
    }

    @Test
    void aParagraphOfReportingOnAiVoicesIsKeptHoweverItIsWorded() {
        String reporting = "The station said its AI-generated voice had read 4,000 articles aloud since March, and that listeners "
                + "had reported inconsistencies in how it pronounced place names, which engineers fixed by hand. Staff "
                + "narrators still record the weekend features, the station's editor said on Tuesday, and will go on doing so.";
        var d = run(new AiVoiceNoticeRule(), BODY, reporting);
        assertEquals(List.of(), removed(d));
    }
}
