package org.gazette.ingest.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Removes photo credits and captions: lines that end in a picture agency's credit ("… via Getty Images",
 * "Thomas Coes / AFP/Getty Images", "(AP Photo/Jane Doe)") or start with "Photo:", and that do not end like
 * a sentence of the article; and a credit that opens with the copyright sign, with the caption run into it
 * ("© Jane Doe / Getty Images Senator … in 1959."): no paragraph of an article's own text starts with ©; and
 * the labels a copied picture or video leaves ("Image copyright Reuters Image caption Patients in …", "Media caption …",
 * "Media playback is unsupported on your device Media caption …"), and captions that a share bar opens ("Facebook
 * Twitter Pinterest …") or a "Photograph:" credit closes, or that open with the photographer's credit ("Jonathan
 * Ernst/Reuters Donald Trump introduces his wife …").
 */
public final class PhotoCreditRule implements CleanupRule {
    /** The picture agencies and credit words a caption ends with, as written (any case). */
    private static final java.util.List<String> AGENCIES = java.util.List.of("getty images", "afp", "associated press", "ap",
            "reuters", "epa", "epa-efe", "efe", "shutterstock", "alamy", "istock", "istockphoto", "bloomberg", "pool", "anadolu",
            "anadolu agency", "nurphoto", "sopa images", "lightrocket", "xinhua", "tass", "imago", "zuma press", "zuma wire",
            "dpa", "picture alliance", "corbis", "wireimage", "filmmagic", "handout", "file photo");
    /** A line ending in an agency, "AP Photo/…", "Courtesy of …" or "… Images", with its bracket closed. */
    private static final Pattern AGENCY_AT_END = Pattern.compile(".*(" + String.join("|", AGENCIES)
            + "|ap photo[^)]*|courtesy of [\\p{L} .'-]{1,40}|\\p{L}+ images)\\)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT_AT_START = Pattern.compile(
            "(\\(?(photo|image|picture|photograph|video|illustration)s?( credit)?( by)?\\s*[:：]|\\((photo|image) by|credit\\s*:"
            + "|(photo|image|illustration) by |©|(image|media) (copyright|caption)\\b|media playback is unsupported\\b"
            + "|facebook twitter pinterest\\b).*",
            Pattern.CASE_INSENSITIVE);

    /** "Ines Calder / Harbor City Post": a person's name, a slash, then an outlet or agency. */
    private static final Pattern NAME_SLASH_OUTLET = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3} ?/ ?(?:the )?\\p{Lu}[\\p{L}&.'’ -]{1,60}",
            Pattern.CASE_INSENSITIVE);

    /**
     * A caption whose credit is followed by what the page put next to the picture: the next story's headline after a
     * bar ("Schumer's office reached out to Ryan. | AP Photos Schumer, Ryan talk immigration"), or the story's
     * highlights after a bracketed credit ("Flames blaze from vehicles in Beirut. (Photo: Bilal Hussein, AP) Story
     * Highlights …"). The credit comes after the caption, so it stands inside the line, not at its end; a card without
     * a caption starts with it.
     */
    private static final Pattern BAR_CREDIT = Pattern.compile(" \\| (?:[^|]{0,60}?[/ ;,])?(?:AP Photos?|AP|Getty Images|Getty|AFP"
            + "|Reuters|EPA|Bloomberg)(?: [\\p{Lu}\\d\"“‘'].*)?");
    private static final Pattern BRACKETED_CREDIT = Pattern.compile(
            ".*\\((?:Photo|Photos|Image|Video)(?: by)?:? [^()]*(?:\\([^()]*\\)[^()]*)*\\)(?: More| Story Highlights\\b.*)?");
    /** A card that lost its caption: the credit, then the next story's headline ("AP Photo Senator downplays poll bounce"). */
    private static final Pattern AP_PHOTO_THEN_TITLE = Pattern.compile("AP Photos? [\\p{Lu}\\d\"“‘'].*");
    /** A caption copied with its labels: "Image Senator Ann Lee on Sunday. Credit... Jane Roe/Reuters". */
    private static final Pattern IMAGE_CREDIT = Pattern.compile("Image .* Credit(?:\\.\\.\\.|…) .*");
    /**
     * A caption that opens with its credit: the photographer's name, a slash, an agency, a paper's name ("The Christian
     * Science Monitor") or "Staff", then the caption ("Story Hinckley/The Christian Science Monitor Emily Qualey says she's
     * backed …", "Charles Krupa/AP Democratic presidential candidate … files …").
     */
    private static final Pattern CREDIT_BEFORE_CAPTION = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}\\.)?(?: \\p{Lu}[\\p{L}'’-]+){1,2}"
            + " ?/ ?(?:AP(?: Photo)?|Reuters|AFP(?:/Getty Images)?|Getty Images|EPA|Bloomberg|Redux|Staff"
            + "|The \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,4})(?:, FILE)? \\p{Lu}.*");
    /** The caption before a credit: a bar after fewer words is a byline's ("By Jane Doe | AP"). */
    private static final int CAPTION_WORDS = 4;

    @Override public String name() { return "photo-credit"; }

    @Override
    public void apply(ArticleDraft d) {
        Matcher atStart = CREDIT_AT_START.matcher(""); // one per draft, reset for each line
        d.removeLines(name(), (line, words) -> words <= 80 && (atStart.reset(line).matches()
                || words <= 12 && isNameSlashOutlet(line)
                || !endsLikeProse(line) && agencyAtEnd(line) && hasCreditShape(line) || creditWithRunIn(line)
                || creditBeforeCaption(line)));
    }

    /**
     * {@code AGENCY_AT_END.matcher(line).matches()}, asked of the line's end: the pattern's leading {@code .*} made
     * it try every agency at every position of every line that does not end like prose. A line with a line
     * terminator (which '.' does not cross) or a surrogate pair (the pattern counts letters in code points) is
     * asked the pattern's way.
     */
    static boolean agencyAtEnd(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return AGENCY_AT_END.matcher(line).matches();
            }
        }
        int end = n > 0 && line.charAt(n - 1) == ')' ? n - 1 : n; // no agency ends in a bracket: it closes one
        for (String agency : AGENCIES) {
            if (endsWithAscii(line, end, agency)) {
                return true;
            }
        }
        if (end >= 8 && endsWithAscii(line, end, " images") && Character.isLetter(line.charAt(end - 8))) {
            return true; // "Hulton Archive Images"
        }
        return courtesyAtEnd(line, end) || apPhotoAtEnd(line, end);
    }

    /** "Courtesy of" and one to forty letters, spaces, dots, apostrophes and hyphens, ending at {@code end}. */
    private static boolean courtesyAtEnd(String line, int end) {
        String courtesy = "courtesy of ";
        int run = end; // where the run of such chars before end starts (looked at no further back than needed)
        while (run > 0 && end - run <= 40 && courtesyChar(line.charAt(run - 1))) {
            run--;
        }
        for (int after = Math.max(run, end - 40); after <= end - 1; after++) {
            if (after >= courtesy.length() && endsWithAscii(line, after, courtesy)) {
                return true;
            }
        }
        return false;
    }

    private static boolean courtesyChar(char c) {
        return c == ' ' || c == '.' || c == '\'' || c == '-' || Character.isLetter(c);
    }

    /** "AP Photo" and anything but a bracket up to {@code end}: "(AP Photo/Jane Doe)". */
    private static boolean apPhotoAtEnd(String line, int end) {
        int ap = lastIndexOfAscii(line, "ap photo");
        if (ap < 0) {
            return false;
        }
        int bracket = line.indexOf(')', ap + "ap photo".length());
        return bracket < 0 || bracket >= end;
    }

    /** Whether {@code s[0, end)} ends with {@code lower} (ASCII lower case), ignoring ASCII case as the pattern does. */
    private static boolean endsWithAscii(String s, int end, String lower) {
        return Lines.regionMatchesAscii(s, end - lower.length(), lower);
    }

    /** The last place {@code lower} (ASCII lower case) occurs in {@code s}, ignoring ASCII case as the pattern does; -1 if none. */
    private static int lastIndexOfAscii(String s, String lower) {
        for (int i = s.length() - lower.length(); i >= 0; i--) {
            if (Lines.regionMatchesAscii(s, i, lower)) {
                return i;
            }
        }
        return -1;
    }

    /** The label of a credit that closes a caption: "… at her home in Milwaukee. Photograph: Lauren Justice/The Guardian". */
    private static final String PHOTOGRAPH = " Photograph: ";
    /** The most words a credit after "Photograph:" has: a name and an agency or outlet, not a sentence. */
    private static final int CREDIT_WORDS = 8;

    /** A caption that opens with its credit ({@link #CREDIT_BEFORE_CAPTION}); the slash comes within the name's reach. */
    static boolean creditBeforeCaption(String line) {
        int slash = line.indexOf('/');
        return slash > 0 && slash < 40 && CREDIT_BEFORE_CAPTION.matcher(line).matches();
    }

    /** A caption, its credit, and what the page put after it (see {@link #BAR_CREDIT}). */
    static boolean creditWithRunIn(String line) {
        // indexOf first: it is vectorised and most lines have no credit; lastIndexOf reads every line char by char
        int photograph = line.indexOf(PHOTOGRAPH) < 0 ? -1 : line.lastIndexOf(PHOTOGRAPH);
        if (photograph > 0 && Lines.words(line.substring(photograph + PHOTOGRAPH.length())) <= CREDIT_WORDS) {
            return true;
        }
        if (line.startsWith("AP Photo") && AP_PHOTO_THEN_TITLE.matcher(line).matches() || line.startsWith("Image ") && IMAGE_CREDIT.matcher(line).matches()) {
            return true;
        }
        int bar = line.indexOf(" | ");
        if (bar >= 0 && Lines.words(line.substring(0, bar)) >= CAPTION_WORDS
                && BAR_CREDIT.matcher(line).region(bar, line.length()).matches()) {
            return true;
        }
        return (line.contains("(Photo") || line.contains("(Image") || line.contains("(Video"))
                && BRACKETED_CREDIT.matcher(line).matches();
    }

    /** Of a line of at most 12 words. */
    private static boolean isNameSlashOutlet(String line) {
        return line.indexOf('/') > 0 && !endsLikeProse(line) && NAME_SLASH_OUTLET.matcher(line).matches()
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
