package org.gazette.ingest.rules;

import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/**
 * Drops the tail of a page: a heading such as "Most recent", "Related articles" or "About the writer" in the
 * second half of the text, and everything after it (lists of other headlines, the writer's biography).
 */
public final class TrailingSectionRule implements CleanupRule {
    private static final Pattern HEADING = Pattern.compile(
            "(most recent|all articles|about the (writer|author|authors|reporter)|related( articles| stories| content| coverage| reading)?"
            + "|recommended( for you| stories| reading)?|you (may|might) also like|more (stories|from [\\p{L} .'’&-]{1,40}|on this story)"
            + "|trending( now| stories)?|most (read|popular|viewed)|popular now|read next|up next|what to read next"
            + "|comments|join the conversation|editor['’]s picks|latest (news|stories)|top stories|sponsored (stories|content)"
            + "|around the web|from our partners)\\s*:?",
            Pattern.CASE_INSENSITIVE);

    @Override public String name() { return "trailing-section"; }

    @Override
    public void apply(ArticleDraft d) {
        java.util.regex.Matcher heading = HEADING.matcher(""); // one per draft, reset for each line
        for (int i = 0; i < d.size(); i++) {
            if (d.isKept(i) && heading.reset(d.line(i)).matches() && d.position(i) >= 0.5) {
                for (int k = i; k < d.size(); k++) {
                    d.remove(k, name());
                }
                return;
            }
        }
    }
}
