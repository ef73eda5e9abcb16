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

    @Override public boolean takesHeader() { return true; }

    @Override
    public void apply(ArticleDraft d) {
        if (d.bodyStart() == firstKept(d) && d.bodyStart() < d.size() - 1 && isSentenceShapedHeadline(d.line(d.bodyStart()))) {
            // a long headline that reads like a sentence ("… Who would benefit?") opens the text: still the title
            take(d, d.bodyStart());
            return;
        }
        int end = d.bodyStart() == d.size() ? Math.min(d.size(), 5) : d.bodyStart();
        for (int i = 0; i < end; i++) {
            if (!d.isKept(i)) {
                continue;
            }
            String line = d.line(i);
            if (d.words(i) <= 2 && i + 1 < end) {
                d.remove(i, "section-label");
                continue;
            }
            if (Lines.looksLikeHeadline(line) || (d.bodyStart() > i && line.length() <= 250)) {
                take(d, i);
            }
            return;
        }
    }

    private void take(ArticleDraft d, int i) {
        String line = d.line(i);
        d.offer(MetaField.TITLE, line.replaceAll("\\s+", " "));
        d.remove(i, name());
        for (int k = i + 1; k < Math.min(d.size(), i + 6); k++) {
            if (d.isKept(k) && d.line(k).equalsIgnoreCase(line)) {
                d.remove(k, name());
            }
        }
    }

    private static int firstKept(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            if (d.isKept(i)) {
                return i;
            }
        }
        return d.size();
    }

    /**
     * Headlines that end like sentences: a question, an exclamation, Title Case ("… Just Died. It Wasn't …"),
     * or a label such as "OPINION:". A plain first paragraph ending in a full stop is not one.
     */
    private static boolean isSentenceShapedHeadline(String line) {
        if (Lines.words(line) > 30 || line.length() > 250) {
            return false;
        }
        String bare = line.replaceAll("[\"'\u2019\u201D)\\]]+$", "");
        char last = bare.isEmpty() ? ' ' : bare.charAt(bare.length() - 1);
        return last == '?' || last == '!' || Lines.isTitleCase(line) || line.matches("^\\p{Lu}{3,}[\\p{Lu} ]*:.*");
    }
}
