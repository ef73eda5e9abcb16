package org.gazette.ingest.rules;

import java.util.regex.Pattern;
import org.gazette.archive.MetaField;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.DateFinder;
import org.gazette.ingest.Lines;

/**
 * Removes editorial update notes ("Update 3/23/22, 10:35 a.m. ET: This story was updated…", "Correction: …"
 * when it dates the change) and offers their date: often the only date a copied page carries.
 */
public final class UpdateNoteRule implements CleanupRule {
    private static final Pattern NOTE = Pattern.compile(
            "(update[d]?|last updated|editor['’]s note|this (story|article) (has been|was) updated)\\b.{0,400}",
            Pattern.CASE_INSENSITIVE);

    @Override public String name() { return "update-note"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            String line = d.line(i);
            if (!d.isKept(i) || d.words(i) > 60 || !NOTE.matcher(line).matches()) {
                continue;
            }
            var date = DateFinder.find(line);
            boolean saysUpdated = line.toLowerCase(java.util.Locale.ROOT).contains("updated");
            if (date.isPresent() || saysUpdated) {
                d.remove(i, name());
                date.ifPresent(x -> d.offer(MetaField.DATE, x.toString()));
            }
        }
    }
}
