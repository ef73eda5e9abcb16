package org.gazette.ingest.rules;

import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Removes photo credits and captions: lines that end in a picture agency's credit ("… via Getty Images",
 * "Thomas Coes / AFP/Getty Images", "(AP Photo/Jane Doe)") or start with "Photo:", and that do not end like
 * a sentence of the article; and a credit that opens with the copyright sign, with the caption run into it
 * ("© Jane Doe / Getty Images Senator … in 1959."): no paragraph of an article's own text starts with ©; and
 * the labels a copied picture leaves ("Image copyright Reuters Image caption Patients in …", "Media caption …").
 */
public final class PhotoCreditRule implements CleanupRule {
    private static final Pattern AGENCY_AT_END = Pattern.compile(
            ".*(getty images|afp|associated press|ap photo[^)]*|ap|reuters|epa(-efe)?|efe|shutterstock|alamy|istock(photo)?"
            + "|bloomberg|pool|anadolu( agency)?|nurphoto|sopa images|lightrocket|xinhua|tass|imago|zuma (press|wire)"
            + "|dpa|picture alliance|corbis|wireimage|filmmagic|handout|file photo|courtesy of [\\p{L} .'-]{1,40}"
            + "|\\p{L}+ images)\\)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_AT_START = Pattern.compile(
            "(\\(?(photo|image|picture|photograph|video|illustration)s?( credit)?( by)?\\s*[:：]|\\((photo|image) by|credit\\s*:"
            + "|(photo|image|illustration) by |©|(image|media) (copyright|caption)\\b).*",
            Pattern.CASE_INSENSITIVE);

    /** "Ines Calder / Harbor City Post": a person's name, a slash, then an outlet or agency. */
    private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3} ?/ ?(?:the )?\\p{Lu}[\\p{L}&.'’ -]{1,60}",
            Pattern.CASE_INSENSITIVE);

    @Override public String name() { return "photo-credit"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            String line = d.line(i);
            if (!d.isKept(i) || Lines.words(line) > 80) {
                continue;
            }
            boolean credit = CREDIT_AT_START.matcher(line).matches() || isNameSlashOutlet(line)
                    || (!endsLikeProse(line) && AGENCY_AT_END.matcher(line).matches() && hasCreditShape(line));
            if (credit) {
                d.remove(i, name());
            }
        }
    }

    private static boolean isNameSlashOutlet(String line) {
        return Lines.words(line) <= 12 && !endsLikeProse(line) && NAME_SLASH_OUTLET.matcher(line).matches()
                && org.gazette.ingest.rules.OutletLineRule.looksLikeOutletName(line.substring(line.indexOf('/') + 1).strip()
                        .replaceFirst("(?i) via .*$", ""));
    }

    private static boolean endsLikeProse(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
    }

    /** A name/agency credit ("X / AFP", "X via Getty", "(AP Photo/…)") or a caption with a credit tacked on. */
    private static boolean hasCreditShape(String line) {
        return line.contains("/") || line.toLowerCase(java.util.Locale.ROOT).contains(" via ") || line.startsWith("(")
                || line.matches(".*[.;]\\s*\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,3}\\s*[/|(,].*");
    }
}
