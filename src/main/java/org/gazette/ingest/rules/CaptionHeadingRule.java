package org.gazette.ingest.rules;

import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Removes the short label a page puts above a photo caption ("NATO Troops Eastern Flank" before
 * "Above, … / AFP/Getty Images"): a few words with no closing punctuation, right before a removed photo
 * credit, inside the body. Runs after {@link PhotoCreditRule}.
 */
public final class CaptionHeadingRule implements CleanupRule {

    @Override public String name() { return "caption-heading"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = d.bodyStart() + 1; i + 1 < d.size(); i++) {
            String line = d.line(i);
            if (d.isKept(i) && "photo-credit".equals(d.removedBy(i + 1)) && d.words(i) <= 8
                    && !Lines.endsSentence(line)) {
                d.remove(i, name());
            }
        }
    }
}
