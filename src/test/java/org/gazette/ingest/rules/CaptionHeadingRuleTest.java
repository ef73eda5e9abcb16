package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gazette.ingest.ArticleDraft;
import org.junit.jupiter.api.Test;

class CaptionHeadingRuleTest {
    @Test
    void removesLabelAboveARemovedCaption() {
        ArticleDraft d = new ArticleDraft(String.join("\n\n", "Bridge Closed Indefinitely", BODY, "Kessler Bridge Closure",
                "Above, the closed bridge on Monday. Dana Kovac / AFP/Getty Images", BODY));
        new PhotoCreditRule().apply(d);
        new CaptionHeadingRule().apply(d);
        assertEquals("caption-heading", d.removedBy(2));
        assertEquals(true, d.isKept(0), "the headline above the body is not a caption label");
        assertEquals(List.of("Bridge Closed Indefinitely", BODY, BODY), List.of(d.body().split("\n\n")));
    }

    @Test
    void keepsASectionHeadingBeforeAPicture() {
        ArticleDraft d = new ArticleDraft(String.join("\n\n", "Bridge Closed Indefinitely", BODY, "Legal concerns",
                "Image copyright Reuters Image caption The minister arrives at the court on Monday", BODY,
                "Recap of the debate", "Media playback is unsupported on your device Media caption The night's best moments", BODY));
        new PhotoCreditRule().apply(d);
        new CaptionHeadingRule().apply(d);
        assertEquals(true, d.isKept(2), "a heading of the article, not a label of the picture");
        assertEquals(true, d.isKept(5));
        assertEquals(false, d.isKept(3));
    }
}
