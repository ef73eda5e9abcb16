package org.gazette.ingest.rules;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.archive.MetaField;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Finds the outlet's name where copied pages carry it: a short title-case line in the header whose last word
 * is one outlets are named with ("Blaze Media", "The Capital Herald", "Harbor City Post"), a bare domain
 * ("example.com"), or a "Source: …" line. Offers it and removes the line.
 */
public final class OutletLineRule implements CleanupRule {
    private static final Set<String> OUTLET_WORDS = Set.of(
            "media", "news", "times", "post", "journal", "herald", "tribune", "gazette", "wire", "press", "daily",
            "examiner", "observer", "chronicle", "ledger", "telegraph", "review", "magazine", "network", "radio",
            "today", "insider", "beacon", "standard", "sun", "star", "register", "courier", "dispatch", "inquirer",
            "monitor", "record", "bulletin", "mirror", "express", "guardian", "independent", "reporter", "weekly",
            "digest", "report", "agency", "broadcasting", "channel", "online", "sentinel", "globe", "mail", "enquirer",
            "advocate", "leader", "messenger", "herald-tribune", "newswire", "newsroom", "tv", "caller", "beast",
            "hill", "politico", "axios", "intercept", "atlantic", "nation", "bureau");
    private static final Pattern DOMAIN = Pattern.compile("(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(com|org|net|news|co\\.uk|io|us)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("(?:source|outlet|publication|published by)\\s*:\\s*(.{2,60})",
            Pattern.CASE_INSENSITIVE);

    @Override public String name() { return "outlet-line"; }

    @Override public boolean takesHeader() { return true; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size() && d.inHeader(i); i++) {
            if (!d.isKept(i)) {
                continue;
            }
            String line = d.line(i);
            if (d.has(MetaField.OUTLET) && line.equalsIgnoreCase(d.metadata().outlet())) {
                d.remove(i, name()); // named again, e.g. after the byline gave it
                continue;
            }
            // the patterns asked only of lines that have the colon or the dot they need: a header may be long
            Matcher source = line.indexOf(':') >= 0 ? SOURCE.matcher(line) : null;
            String outlet = source != null && source.matches() ? source.group(1).strip()
                    : isDomain(line) || looksLikeOutletName(line) ? line : null;
            if (outlet != null && !d.has(MetaField.OUTLET)) {
                d.offer(MetaField.OUTLET, outlet);
                d.remove(i, name());
            }
        }
    }

    private static final Pattern NOT_NAME_CHARS = Pattern.compile("[^\\p{L}-]");

    private static boolean isDomain(String s) {
        return s.indexOf('.') >= 0 && DOMAIN.matcher(s).matches();
    }

    /** One to five title-case words, no sentence punctuation, the last one a word outlets are named with. */
    public static boolean looksLikeOutletName(String s) {
        int words = Lines.words(s);
        if (words < 1 || words > 5 || Lines.endsSentence(s) || !Lines.isTitleCase(s) || s.contains(",")) {
            return false;
        }
        if (isDomain(s)) {
            return true;
        }
        String[] parts = Lines.SPACES.split(s);
        String last = NOT_NAME_CHARS.matcher(parts[parts.length - 1].toLowerCase(Locale.ROOT)).replaceAll("");
        return OUTLET_WORDS.contains(last) && (words > 1 || s.length() > 4);
    }
}
