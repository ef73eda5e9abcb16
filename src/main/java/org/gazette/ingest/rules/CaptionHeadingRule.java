package org.gazette.ingest.rules;

import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Removes the short label a page puts above a photo caption ("NATO Troops Eastern Flank" before
 * "Above, NATO … troops in Eastern Europe … / AFP/Getty Images"): a few words with no closing punctuation, right
 * before a removed photo credit, inside the body, that repeat the caption's words. A section heading before a
 * picture ("Legal concerns" before "Image copyright Reuters …") says something else and is the article's own.
 * Runs after {@link PhotoCreditRule}.
 */
public final class CaptionHeadingRule implements CleanupRule {

    @Override public String name() { return "caption-heading"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = d.bodyStart() + 1; i + 1 < d.size(); i++) {
            String line = d.line(i);
            if (d.isKept(i) && "photo-credit".equals(d.removedBy(i + 1)) && d.words(i) <= 8
                    && !Lines.endsSentence(line) && repeats(line, d.line(i + 1))) {
                d.remove(i, name());
            }
        }
    }

    /** Whether at least half the label's words of four letters or more begin as some word of the caption does. */
    static boolean repeats(String label, String caption) {
        java.util.Set<String> captionStems = stems(caption);
        java.util.Set<String> labelStems = stems(label);
        long shared = labelStems.stream().filter(captionStems::contains).count();
        return !labelStems.isEmpty() && shared * 2 >= labelStems.size();
    }

    /** Each word's first four letters, lower-cased ("closure" and "closed" share "clos"), of words that long. */
    private static java.util.Set<String> stems(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        int n = text.length();
        for (int i = 0; i < n;) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i - start >= 4) {
                out.add(text.substring(start, start + 4).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }
}
