package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gazette.ingest.ArticleDraft;
import org.junit.jupiter.api.Test;

class GalleryCaptionRuleTest {
    private static final String GALLERY = "Photos: Storm on the coast Waves break over the pier in Aldren on Monday. Hide Caption 1 of 3 "
            + "Photos: Storm on the coast \"We lost everything,\" a resident said. Hide Caption 2 of 3 Photos: Storm on the coast Hide Caption 3 of 3";

    @Test
    void removesACopiedSlideshowWhateverItsCaptionsSay() {
        ArticleDraft d = run(new GalleryCaptionRule(), BODY, GALLERY, BODY);
        assertEquals(List.of(GALLERY), removed(d));
        assertEquals("gallery-caption", d.removedBy(1));
    }

    @Test
    void removesImageViewerCaptions() {
        String enlarge = "Enlarge this image toggle caption Dana Kovac/AP Dana Kovac/AP";
        String hide = "Hide caption Crews clear debris from the road on Tuesday. Previous Next Dana Kovac/Reuters";
        ArticleDraft d = run(new GalleryCaptionRule(), enlarge, BODY, hide, BODY);
        assertEquals(List.of(enlarge, hide), removed(d));
    }

    @Test
    void keepsProseAboutCaptions() {
        String prose = "The museum said it would hide captions on the disputed photographs until the review ends.";
        ArticleDraft d = run(new GalleryCaptionRule(), BODY, prose);
        assertEquals(List.of(), removed(d));
    }
}
