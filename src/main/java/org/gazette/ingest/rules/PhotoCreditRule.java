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
            if (!d.isKept(i) || d.words(i) > 80) {
                continue;
            }
            boolean credit = CREDIT_AT_START.matcher(line).matches() || d.words(i) <= 12 && isNameSlashOutlet(line)
                    || (!endsLikeProse(line) && agencyAtEnd(line) && hasCreditShape(line));
            if (credit) {
                d.remove(i, name());
            }
        }
    }

    /**
     * {@code AGENCY_AT_END.matcher(line).matches()}, without running the pattern over the whole line: its leading
     * {@code .*} made it try every agency at every position of every paragraph that does not end like prose. Every
     * agency but "AP Photo/…" is at most {@link #AGENCY_TAIL} chars with its bracket ("X images" needs one letter
     * before " images"), so the pattern is run on the line's tail, and "AP Photo" anywhere is looked for apart.
     */
    static boolean agencyAtEnd(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return AGENCY_AT_END.matcher(line).matches(); // '.' stops at a line terminator: asked the long way
            }
        }
        if (AGENCY_AT_END.matcher(line).region(Math.max(0, n - AGENCY_TAIL), n).matches()) {
            return true;
        }
        int ap = lastIndexOfAscii(line, "ap photo");
        if (ap < 0) {
            return false;
        }
        int end = n > 0 && line.charAt(n - 1) == ')' ? n - 1 : n; // "(AP Photo/Jane Doe)": no bracket before the last
        return line.indexOf(')', ap + "ap photo".length()) < 0 || line.indexOf(')', ap + "ap photo".length()) >= end;
    }

    /** The longest agency with its closing bracket, "courtesy of " and 40 chars: 53; some to spare. */
    private static final int AGENCY_TAIL = 64;

    /** The last place {@code lower} (ASCII lower case) occurs in {@code s}, ignoring ASCII case as the pattern does; -1 if none. */
    private static int lastIndexOfAscii(String s, String lower) {
        outer:
        for (int i = s.length() - lower.length(); i >= 0; i--) {
            for (int k = 0; k < lower.length(); k++) {
                char c = s.charAt(i + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c | 32) : c) != lower.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Of a line of at most 12 words. */
    private static boolean isNameSlashOutlet(String line) {
        return !endsLikeProse(line) && NAME_SLASH_OUTLET.matcher(line).matches()
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
