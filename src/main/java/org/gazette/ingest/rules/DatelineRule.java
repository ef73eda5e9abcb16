package org.gazette.ingest.rules;

import java.util.regex.Pattern;
import org.gazette.archive.MetaField;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.DateFinder;
import org.gazette.ingest.Lines;

/**
 * Finds a line that only dates the article ("March 23, 2022", "Published 10:35 AM ET, Wed March 23, 2022",
 * "Updated: 2022-03-23") in the header or at the very end, offers the date and removes the line.
 */
public final class DatelineRule implements CleanupRule {
    /** What may stand beside the date on a dateline: labels, weekdays, times, zones, separators. */
    private static final Pattern FILLER = Pattern.compile(
            "(?i)(published|posted|updated|last updated|first published|date|on|at|mon|tue|wed|thu|fri|sat|sun"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\\d{1,2}[:.]\\d{2}|a\\.?m\\.?|p\\.?m\\.?"
            + "|[ecmp][sd]?t|gmt|utc|bst|cet|cest|edt|est|pdt|pst|\\d{1,2}(am|pm)|[|,•·:\\u2013\\u2014()-]+)");

    @Override public String name() { return "dateline"; }

    @Override public boolean takesHeader() { return true; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            boolean candidate = d.inHeader(i) || i >= d.size() - 3;
            if (!candidate || !d.isKept(i) || d.words(i) > 14) {
                continue;
            }
            var date = DateFinder.find(d.line(i));
            if (date.isPresent() && onlyFiller(d.line(i))) {
                d.offer(MetaField.DATE, date.get().toString());
                d.remove(i, name());
            }
        }
    }

    private static boolean onlyFiller(String line) {
        String rest = DateFinder.withoutDate(line);
        for (String raw : rest.split("[\\s,|•·]+")) {
            String token = raw.endsWith(":") ? raw.substring(0, raw.length() - 1) : raw;
            if (!token.isEmpty() && !FILLER.matcher(token).matches()) {
                return false;
            }
        }
        return true;
    }

}
