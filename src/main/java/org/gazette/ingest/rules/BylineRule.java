package org.gazette.ingest.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.archive.MetaField;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.DateFinder;

/**
 * Finds the byline in the header ("By Jane Doe", "By Jane Doe and Ravi Patel | The Capital Herald",
 * "Written by …"), offers the writers' names (and an outlet or date written beside them) and removes it.
 */
public final class BylineRule implements CleanupRule {
    private static final String NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|da|del|la|bin|al-\\p{L}+)){0,4}";
    private static final Pattern BYLINE = Pattern.compile(
            "(?:by|written by|story by|words by|reporting by)\\s*:?\\s+(" + NAME + "(?:\\s*(?:,|and|&)\\s*" + NAME + ")*)"
            + "\\s*(?:(?:[|,\\u2013\\u2014•·-]|for)\\s*(.*))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE = Pattern.compile(
            "(staff|senior|chief|political|foreign|washington|white house|national|contributing|special)?\\s*"
            + "(writer|reporter|correspondent|editor|columnist|contributor)s?.*", Pattern.CASE_INSENSITIVE);

    @Override public String name() { return "byline"; }

    @Override public boolean takesHeader() { return true; }

    @Override
    public void apply(ArticleDraft d) {
        int limit = Math.min(d.size(), Math.max(d.bodyStart(), 1) + 2);
        Matcher m = BYLINE.matcher(""); // one per draft, reset for each line
        for (int i = 0; i < limit; i++) {
            if (!d.isKept(i) || d.line(i).length() > 200) {
                continue;
            }
            m.reset(d.line(i));
            if (!m.matches() || !startsWithCapital(m.group(1))) {
                continue;
            }
            d.offer(MetaField.BYLINE, namesWithoutRoles(m.group(1)));
            String rest = m.group(2);
            if (rest != null && !rest.isBlank()) {
                DateFinder.find(rest).ifPresent(x -> d.offer(MetaField.DATE, x.toString()));
                String outlet = rest.split("[|\\u2013\\u2014•·]")[0].strip();
                if (!outlet.isEmpty() && DateFinder.find(outlet).isEmpty() && !ROLE.matcher(outlet).matches()
                        && OutletLineRule.looksLikeOutletName(outlet)) {
                    d.offer(MetaField.OUTLET, outlet);
                }
            }
            d.remove(i, name());
            return;
        }
    }

    /** "Jane Doe, Staff Writer" → "Jane Doe": the pattern takes title-case words, roles included. */
    private static String namesWithoutRoles(String names) {
        StringBuilder sb = new StringBuilder();
        for (String part : names.replaceAll("\\s+", " ").split("\\s*,\\s*")) {
            if (!part.isBlank() && !ROLE.matcher(part).matches()) {
                sb.append(sb.length() > 0 ? ", " : "").append(part.strip());
            }
        }
        return sb.toString();
    }

    private static boolean startsWithCapital(String s) { return !s.isEmpty() && Character.isUpperCase(s.charAt(0)); }
}
