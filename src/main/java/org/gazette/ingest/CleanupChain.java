package org.gazette.ingest;

import java.util.List;
import org.gazette.ingest.rules.AiVoiceNoticeRule;
import org.gazette.ingest.rules.BylineRule;
import org.gazette.ingest.rules.CaptionHeadingRule;
import org.gazette.ingest.rules.DatelineRule;
import org.gazette.ingest.rules.ExplainerBoxRule;
import org.gazette.ingest.rules.FurnitureLineRule;
import org.gazette.ingest.rules.OutletLineRule;
import org.gazette.ingest.rules.GalleryCaptionRule;
import org.gazette.ingest.rules.HoverCardRule;
import org.gazette.ingest.rules.InlineLinkRule;
import org.gazette.ingest.rules.LinkLabelRule;
import org.gazette.ingest.rules.PhotoCreditRule;
import org.gazette.ingest.rules.SignUpFormRule;
import org.gazette.ingest.rules.TitleRule;
import org.gazette.ingest.rules.TrailingSectionRule;
import org.gazette.ingest.rules.UpdateNoteRule;

/**
 * The cleanup rules in the order they run. Furniture goes first so that what is left of the header is the
 * outlet, byline, dateline and headline; each metadata rule then takes what it recognises, and the headline
 * rule takes the first line left.
 */
public final class CleanupChain {
    /**
     * The version of the standard rules: raised whenever a change to them changes what they remove or find, so
     * that archives cleaned by older rules are cleaned again from the originals they keep (Gazette#ensureCleanup).
     * 1: the first counted version (archives from before it, such as those imported before the hover-card rule of
     * 2026-12-02, count as 0). 2: newsletter promotions ("… Sign up to receive our biggest stories …"). 3: sign-up forms, links
     * labelled and run into their titles ("Related Coverage …", "Play Video …"), captions whose credit another story's
     * headline or the highlights follow. 4: a text without a headline in a file named by an id is titled by its
     * opening words ({@link ArticleParser}), not by the id. 5: promotions of up to 60 words (with a partner
     * newsroom's note). 7: captions that a share bar opens or a "Photograph:" credit closes. 8: links in capitalised
     * brackets inside paragraphs ("(RELATED: …)", {@link org.gazette.ingest.rules.InlineLinkRule}). 9: short lines
     * closed by "Read more" ({@link org.gazette.ingest.rules.LinkLabelRule}). 10: captions that open with their credit
     * ("Jonathan Ernst/Reuters Donald Trump introduces …"). 11: a related-stories box run into a paragraph's end.
     * 12: explainer boxes pasted as one line ({@link org.gazette.ingest.rules.ExplainerBoxRule}). 13: a video player's
     * caption ("JUST WATCHED … Replay More Videos ... MUST WATCH … 01:55"). 14: markup copied as text (a video's
     * {@code poster="…"}, {@code [embedtweet …]}), a gallery's arrows, share bars, calls to get an app or follow accounts.
     * 15: an offer to follow a topic ("Interested in Donald Trump? Add Donald Trump as an interest …"). 16: a video's
     * poster line with a summary of any length after it. 17: mojibake in the title, byline and outlet repaired
     * ({@link Mojibake}).
     */
    public static final int FORMAT = 17;

    private final List<CleanupRule> rules;

    /** The names of the rules that take the article's header (title, byline, dateline, outlet), not furniture. */
    private final java.util.Set<String> headerRules;

    public CleanupChain(List<CleanupRule> rules) {
        this.rules = List.copyOf(rules);
        java.util.Set<String> header = new java.util.HashSet<>();
        for (CleanupRule rule : this.rules) {
            if (rule.takesHeader()) {
                header.add(rule.name());
            }
        }
        headerRules = java.util.Set.copyOf(header);
    }

    public static CleanupChain standard() {
        return new CleanupChain(List.of(
                new TrailingSectionRule(),
                new FurnitureLineRule(),
                new SignUpFormRule(),
                new LinkLabelRule(),
                new ExplainerBoxRule(),
                new AiVoiceNoticeRule(),
                new HoverCardRule(),
                new InlineLinkRule(),
                new PhotoCreditRule(),
                new GalleryCaptionRule(),
                new CaptionHeadingRule(),
                new BylineRule(),
                new DatelineRule(),
                new UpdateNoteRule(),
                new OutletLineRule(),
                new TitleRule()));
    }

    public List<CleanupRule> rules() { return rules; }

    /** {@code text}'s chars with the lines the furniture rules removed blanked out; null when they removed none. */
    private char[] blankRemovedLines(String text, ArticleDraft draft) {
        char[] c = null;
        for (int i = 0; i < draft.size(); i++) {
            String by = draft.removedBy(i);
            if (by != null && !headerRules.contains(by)) {
                c = c == null ? text.toCharArray() : c;
                java.util.Arrays.fill(c, draft.start(i), draft.end(i), ' ');
            }
        }
        return c;
    }

    /**
     * {@code text} as {@code quotes PATH} reads it, so that it finds in a raw file the quotations the archive finds in
     * the cleaned text, and no speaker named "Hide Caption": every line the furniture rules remove blanked out (paragraphs
     * stay paragraphs), and what they cut out of kept lines (a pop-up card's text) taken out, with the way back to {@code
     * text}'s offsets. The lines the header's rules take (title, byline, dateline, outlet) stay: they are the article's
     * own words.
     */
    public FurnitureFree withoutFurniture(String text) {
        ArticleDraft draft = run(text);
        char[] c = blankRemovedLines(text, draft);
        List<int[]> cuts = new java.util.ArrayList<>();
        for (ArticleDraft.CutSpan cut : draft.cutSpans()) {
            if (!headerRules.contains(cut.rule())) {
                cuts.add(new int[] {cut.start(), cut.end()});
            }
        }
        return FurnitureFree.of(c == null ? text : new String(c), cuts);
    }

    public ArticleDraft run(String text) {
        ArticleDraft draft = new ArticleDraft(text);
        for (CleanupRule rule : rules) {
            rule.apply(draft);
        }
        return draft;
    }
}
