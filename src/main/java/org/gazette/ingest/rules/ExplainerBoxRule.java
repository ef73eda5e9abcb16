package org.gazette.ingest.rules;

import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/**
 * Removes an explainer box that a page folds into the story and a copy pastes as one line: its label, its title, the
 * "Show Hide" of its fold, then its text ("Quick guide What you need to know about the inquiry Show Hide How serious are
 * the allegations? …", "Q&amp;A Who pays the tariffs? Show Hide …", "Profile Who is Robert Mueller? Show Hide …",
 * "Timeline …"). Background written for every story on the subject, not this article's text.
 */
public final class ExplainerBoxRule implements CleanupRule {
    /** A box's label, its title (up to 200 characters), and the fold's buttons. */
    private static final Pattern BOX = Pattern.compile(
            "(?:Quick guide|Q&A|Profile|Timeline|Explainer|Factbox|Fact file) [\\p{Lu}\\d\"“‘'][^\\n]{0,200}? Show Hide .*");

    @Override public String name() { return "explainer-box"; }

    @Override
    public void apply(ArticleDraft d) {
        d.removeLines(name(), (line, words) -> line.contains(" Show Hide ") && BOX.matcher(line).matches());
    }
}
