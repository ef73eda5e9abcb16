package org.gazette.ingest.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/**
 * Removes a link to another story or video that a copied page leaves as a line of its own, its label run into its
 * title: "Related Coverage Russia says it has seen no positive impact from North Korea sanctions", "Play Video 0:56
 * Protesters clash with troops – video", "More On This... White House moves to insulate Biden", "Watch: Trump's
 * exchange with CNN reporter", "Embed What will a Trump White House look like? 6:39 autoplay autoplay Copy this code
 * to your website or blog", and a pull quote's card ("Tweet Share Jane Roe, legal director … …"). A link that closes
 * with its label is one too, when short: "Can Trump really make America great again? Read more".
 * <p>Labels are matched as pages write them, capitalised, at the start of the line, and followed by a title (a
 * capital, a digit or a quotation mark): an article's sentence that starts with the same word ("Related to that,
 * …", "Watch what they do, not what they say") is kept.
 */
public final class LinkLabelRule implements CleanupRule {
    private static final String TITLE = " [\\p{Lu}\\d\"“‘'].*";
    /** A label that names what follows as a link: its title or blurb follows, in a line of up to {@link #LINK_WORDS} words. */
    private static final Pattern NAMED_LINK = Pattern.compile(
            "(?:Related (?:Coverage|Videos?|Stories|Articles|Content|Links|News|Reading):?|More On This(?:\\.\\.\\.|…)"
            + "|Read More:?|Play Video|Embed|Tweet Share)" + TITLE + "|Play Video|Play Facebook|Watch the latest video at .*");
    private static final int LINK_WORDS = 60;
    /**
     * A shorter label, followed by a title alone, of up to {@link #TITLE_WORDS} words that does not end in a full
     * stop ("Related The 2020 election calendar", "Recommended The Truth About Impeachment").
     */
    private static final Pattern TITLE_LINK = Pattern.compile("(?:Related:?|Recommended|Watch:)" + TITLE);
    private static final int TITLE_WORDS = 25;
    /** A title with the label after it ("… who are the five candidates? Read more"), up to {@link #TITLE_WORDS} words. */
    private static final String READ_MORE_AFTER = " Read more";

    @Override public String name() { return "link-label"; }

    @Override
    public void apply(ArticleDraft d) {
        Matcher named = NAMED_LINK.matcher(""); // one each per draft, reset for each line
        Matcher title = TITLE_LINK.matcher("");
        d.removeLines(name(), (line, words) -> words <= LINK_WORDS && named.reset(line).matches()
                || words <= TITLE_WORDS && !line.endsWith(".") && title.reset(line).matches()
                || words <= TITLE_WORDS && line.endsWith(READ_MORE_AFTER) && line.length() > READ_MORE_AFTER.length());
    }
}
