package org.gazette.ingest.rules;

import org.gazette.archive.MetaField;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Takes the headline: the first line of the header, after furniture, outlet, byline and dateline are gone,
 * that has a headline's shape. One- and two-word lines above it (section labels such as "Politics") go with
 * it, and so does a repeat of the headline further down (pages often show it twice).
 */
public final class TitleRule implements CleanupRule {

    @Override public String name() { return "title"; }

    @Override
    public void apply(ArticleDraft d) {
        int end = d.bodyStart() == d.size() ? Math.min(d.size(), 5) : d.bodyStart();
        for (int i = 0; i < end; i++) {
            if (!d.isKept(i)) {
                continue;
            }
            String line = d.line(i);
            if (Lines.words(line) <= 2 && i + 1 < end) {
                d.remove(i, "section-label");
                continue;
            }
            if (Lines.looksLikeHeadline(line) || (d.bodyStart() > i && line.length() <= 250)) {
                d.offer(MetaField.TITLE, line.replaceAll("\\s+", " "));
                d.remove(i, name());
                for (int k = i + 1; k < Math.min(d.size(), i + 6); k++) {
                    if (d.isKept(k) && d.line(k).equalsIgnoreCase(line)) {
                        d.remove(k, name());
                    }
                }
            }
            return;
        }
    }
}
