package org.gazette.ingest.rules;

import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/**
 * Removes the captions of picture galleries and image viewers that come along when a page is copied: lines
 * with a slideshow's "Hide Caption 3 of 14" (however long: a copied gallery is one run of captions), and image
 * captions that open with the viewer's controls ("Enlarge this image toggle caption …", "Hide caption …").
 */
public final class GalleryCaptionRule implements CleanupRule {
    private static final Pattern SLIDE_COUNTER = Pattern.compile("(?i)\\bhide caption \\d+ of \\d+\\b");
    private static final Pattern VIEWER_CONTROLS = Pattern.compile("(?i)(enlarge this image|toggle caption|hide caption)\\b");

    @Override public String name() { return "gallery-caption"; }

    @Override
    public void apply(ArticleDraft d) {
        // "Caption" or "caption": every other line is ruled out without a regex
        d.removeLines(name(), (line, words) -> line.contains("aption")
                && (SLIDE_COUNTER.matcher(line.strip()).find() || VIEWER_CONTROLS.matcher(line.strip()).lookingAt()));
    }
}
