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

    @Test
    void removesNoticesAndWhatStandsWhereAPlayerOrABoxWas() {
        List<String> furniture = List.of("Copyright © 2024 The Harbor City Post, LLC. Click here for reprint permission.",
                "© 2025 Meridian Wire. All rights reserved.", "Story Continued Below", "Slideshow (5 Images)", "[pullquote]",
                "Photo", "Video", "Loading...", "CLOSE", "3 years ago", "This article is more than 2 years old", "More On This...",
                "Newsletter Sign-up", "Get the Ledger's top stories delivered to your inbox. Sign up here.",
                "Follow Oskar Brenn on Twitter: @OskarBrenn.", "- Follow the Desk on Twitter: @HarborDesk", "Follow @harborpost",
                "This is a rush transcript. Copy may not be in its final form.");
        List<String> lines = new java.util.ArrayList<>(furniture);
        lines.add(2, BODY);
        assertEquals(furniture, removed(run(rule, lines.toArray(new String[0]))));
    }

    @Test
    void keepsProseAndTranscriptsThatLookLikeThem() {
        var d = run(rule, "Copyright law protects the photographs, the court ruled on Tuesday.", "[applause]",
                "Photo IDs will be required at polling places from next year.", "More than 200 people attended.",
                "Three years ago, the bridge was rated safe.", "Follow the money, the investigators said.",
                "Supporters follow the mayor on Twitter in their thousands.", BODY);
        assertEquals(List.of(), removed(d));
    }

    @Test
    void removesAnAdSlotsScriptCopiedAsText() {
        String slot = "{\"unitName\":\"dfpPosition7\",\"display\":\"mobile\",\"isMobile\":false} hidden ad unit";
        var d = run(rule, slot, BODY, "{\"a\":1}", "{Editor's note: the names were changed.}");
        assertEquals(List.of(slot, "{\"a\":1}"), removed(d));
    }

    /** A video player's caption copied as a line: what was just played, the player's controls, what plays next. */
    @Test
    void removesAVideoPlayersCaption() {
        String played = "JUST WATCHED Harbor council debates the new bridge Replay More Videos ... MUST WATCH Harbor council "
                + "debates the new bridge 01:55";
        String unfinished = "JUST WATCHED Mayor: 'We will not close the ferry' Replay More Videos ... MUST WATCH";
        String long_ = "JUST WATCHED Final debate of the race Replay More Videos ... MUST WATCH Final debate of the race 01:32:57";
        var d = run(rule, played, BODY, unfinished, long_, "Viewers just watched the debate, and must watch the replay, he said.");
        assertEquals(List.of(played, unfinished, long_), removed(d));
    }

    /** Markup copied as text, a gallery's arrows, a share bar, a call to get the app or follow accounts. */
    @Test
    void removesMarkupAndControlsCopiedAsText() {
        List<String> furniture = List.of("poster=\"https://v.harbor.example/images/2019/02/1155_6000-vs.jpg?pubId=11\"",
                "poster=\"http://v.harbor.example/images/1.jpg\" Mayor predicts he will win the ferry vote",
                "poster=\"http://v.harbor.example/images/2.jpg\" Mayor insists the ferry 'will run' ahead of the vote The "
                        + "mayor said on Tuesday that the ferry would run all winter, whatever the council decides about "
                        + "the money it needs for the new boats and the crews.",
                "[embedtweet id=533460488886419456]", "prev Image 2 of 9", "next Image 3 of 9", "WhatsApp",
                "Share This Story Tweet Share Share Pin Email", "CLICK TO GET THE HARBOR NEWS APP", "GET THE HARBOR NEWS APP",
                "Follow @harborticker Follow @BrennHarbor");
        List<String> lines = new java.util.ArrayList<>(furniture);
        lines.add(BODY);
        lines.add("Get the app, the mayor told residents, and you will see the ferry times.");
        lines.add("The poster=\"x\" attribute was the bug, the developer said.");
        assertEquals(furniture, removed(run(rule, lines.toArray(String[]::new))));
    }

    /** A page's offer to follow a topic names it three times: its names are no one the article quotes. */
    @Test
    void removesAnOfferToFollowATopic() {
        String offer = "Interested in Harbor Ferry Service Overhaul? Add Harbor Ferry Service Overhaul as an interest to stay up "
                + "to date on the latest Harbor Ferry Service Overhaul news, video, and analysis from Harbor News. Add Interest";
        var d = run(rule, offer, BODY, "The council has an interest in the ferry, and residents are interested in it too, "
                + "the mayor said. Add to that the cost of fuel.");
        assertEquals(List.of(offer), removed(d));
    }

    /**
     * A call to subscribe to a newsletter after at most 40 chars of anything is furniture; the same words further into a
     * line, or an offer to follow a topic that does not open its line, are a sentence's.
     */
    @Test
    void aNewsletterCallOrATopicOfferIsFurnitureOnlyWhereItsWordsStandWhereThePatternReadsThem() {
        String call = "Don\u2019t miss a thing from the harbor: subscribe to the Harbor Morning newsletter.";
        String late = "Residents who want the ferry timetable every week can now subscribe to the Harbor Morning newsletter.";
        String offer = "Interested in Harbor Ferry? Add Harbor Ferry as an interest to stay up to date.";
        String inside = "Readers interested in Harbor Ferry? Add Harbor Ferry as an interest to stay up to date.";
        assertEquals(List.of(call, offer), removed(run(rule, call, late, BODY, offer, inside)));
        // and lines of symbols only, in any script's punctuation, go; a line with a digit stays
        assertEquals(List.of("\u2014 \u2014 \u2014", "\ud83d\udcf8 \u2022"), removed(run(rule, "\u2014 \u2014 \u2014",
                "\ud83d\udcf8 \u2022", "\u2022 5", BODY)));
    }
}
