package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkLabelRuleTest {
    private final LinkLabelRule rule = new LinkLabelRule();

    @Test
    void removesLinksWhoseLabelRunsIntoTheirTitle() {
        List<String> links = List.of("Related Coverage Port authority says it has seen no gain from the new tariffs",
                "Related Video The harbor's dredging plan has been argued over for a decade. The Ledger's Ana Ruiz explains "
                        + "what the vote on Tuesday means for the fishing fleet. Photo: Meridian Wire",
                "Play Video 0:56 Dock workers walk out over night shifts – video", "Play Video",
                "More On This... Council delays vote on the bridge again",
                "Read More How Safe Is Your Bridge? This Tool Will Help You Find Out.",
                "Watch: The mayor's exchange with a reporter", "Related The 2027 budget calendar",
                "Recommended The Truth About the Harbor Deal",
                "Embed Who is Oskar Brenn? 2:53 autoplay autoplay Copy this code to your website or blog",
                "Watch the latest video at video.harborpost.example",
                "Tweet Share Jane Roe, legal director of the Harbor Tenants Union The bridge is no place for a toll.",
                "Can the harbor really pay for the bridge? Read more",
                "Ferry fares: 'Show me the budget – or get off the council' | Lena Brandt Read more");
        List<String> lines = new ArrayList<>(links);
        lines.add(3, BODY);
        assertEquals(links, removed(run(rule, lines.toArray(new String[0]))));
    }

    @Test
    void keepsSentencesThatStartWithTheSameWords() {
        var d = run(rule, BODY, "Related to that, the council asked how the fees would be shared.",
                "Watch what they do, not what they say, the mayor told reporters.",
                "Recommended Reading Lists Are Popular With Teachers In Every District Of The County And Have Been For Years, "
                        + "According To A Survey The Council Published On Its Website Last Month.",
                "Related Democrats in the county said the plan was late.",
                "Play video games for an hour, the doctor advised.",
                "As recently as Monday, two ferries sailed from the port to join the fleet of the northern harbor for a "
                        + "mission along the coast, about 2,100 miles away, officials said. Read more",
                "Read more");
        assertEquals(List.of(), removed(d));
    }
}
