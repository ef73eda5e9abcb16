package org.gazette.ingest.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Removes a newsletter's sign-up box and promotion: a line copied from a subscription form, whose messages run
 * together ("Newsletter Sign Up Continue reading the main story Please verify you're not a robot … Invalid email
 * address. … You may opt-out at any time."), and a short promotion whose call stands anywhere in it ("… is a
 * nonprofit newsroom. Sign up to receive our biggest stories as soon as they're published.").
 * <p>A form is recognised by how many of its kinds of message one line holds, not by any one phrase: an article's
 * paragraph about newsletters or e-mail may use several of these words, a form uses four and more, with one of the
 * things only a form says (its button, its fine print, its replies); forms that list every country of the world in
 * a line of hundreds of words use six and more.
 */
public final class SignUpFormRule implements CleanupRule {
    /** The kinds of message a sign-up form is made of; a line counts each kind once. */
    private static final List<Pattern> FORM_MESSAGES = List.of(
            "\\bsign(?:ing)? ?up\\b", "\\bnewsletters?\\b", "\\bsubscri(?:be|bed|bing|ption)", "\\be-?mail(?: address|\\s*\\(required\\))",
            "\\bopt[- ]out\\b|\\bunsubscribe", "\\bprivacy (?:policy|notice)", "\\bterms of (?:service|use)\\b", "\\bnot a robot\\b",
            "\\btry again\\b", "\\bthank(?:s| you) for (?:signing|subscribing)", "\\binbox\\b", "\\binvalid\\b",
            "\\bby (?:signing|subscribing|clicking)\\b", "\\bby e-?mail\\b", "\\brecaptcha\\b").stream().map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE)).toList();
    /**
     * What only a form says, one of which a form's line must hold: its button ("Sign Up"), its fine print ("By signing
     * up you agree …") or its replies ("Invalid email address", "Thanks for subscribing"). An article that reports on
     * newsletters, sign-up pages or privacy policies writes about them, not in their words.
     */
    private static final Pattern FORM_CONTROL = Pattern.compile("(?i:\\bby (?:signing up|subscribing|clicking)\\b|\\bnot a robot\\b"
            + "|\\bthank(?:s| you) for (?:signing up|subscribing)\\b|\\be-?mail\\s*\\(required\\)|\\b(?:invalid|enter a valid) e-?mail\\b|\\brecaptcha\\b)"
            + "|\\bSign Up\\b");
    /** Words of which {@link #FORM_CONTROL} needs one, looked for first: most lines hold none (any case). */
    private static final String[] CONTROL_WORDS = {"by signing", "by subscribing", "by clicking", "robot", "for signing",
        "for subscribing", "(required)", "valid e", "sign up", "recaptcha"};
    /** Kinds of message that make a line of up to {@link #FORM_WORDS} words a form. */
    private static final int FORM_KINDS = 4;
    private static final int FORM_WORDS = 150;
    /** Kinds of message that make a line of up to {@link #SHORT_FORM_WORDS} words a form ("… by email … Free Sign Up"). */
    private static final int SHORT_FORM_KINDS = 2;
    private static final int SHORT_FORM_WORDS = 30;
    /** Kinds of message that make a line of any length a form (a country list in the box). */
    private static final int LONG_FORM_KINDS = 6;

    /**
     * A newsletter's call to action inside a short promotional line: "sign up" opening a sentence, or after a colon,
     * for something sent to the reader.
     */
    private static final Pattern SIGN_UP = Pattern.compile(
            "(?:^|[.!?:]\\s+)sign up (?:for|to (?:receive|get))\\b.{0,100}?\\b(?:newsletters?|inbox|briefing|stories|club)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Lines of a page's promotion are short, with a note on the partner newsroom at most ("… Sign up to receive our
     * biggest stories … This article was produced in partnership with …"); a live blog's paragraph with a call to
     * sign up run into the news is longer.
     */
    private static final int PROMOTION_WORDS = 60;

    @Override public String name() { return "sign-up-form"; }

    @Override
    public void apply(ArticleDraft d) {
        d.removeLines(name(), (line, words) -> isForm(line, words) || isPromotion(line, words));
    }

    private static boolean isForm(String line, int words) {
        if (!offersMail(line) || !Lines.containsIgnoreCase(line, CONTROL_WORDS) || !FORM_CONTROL.matcher(line).find()) {
            return false;
        }
        int kinds = 0;
        for (Pattern message : FORM_MESSAGES) {
            if (message.matcher(line).find()) {
                kinds++;
            }
        }
        return kinds >= LONG_FORM_KINDS || kinds >= FORM_KINDS && words <= FORM_WORDS
                || kinds >= SHORT_FORM_KINDS && words <= SHORT_FORM_WORDS;
    }

    /**
     * Whether the line names e-mail or the inbox, as every sign-up box does: asked first, with the JVM's fast
     * {@code indexOf}, since it rules out nearly every line of an article (a case-blind search of every line for the
     * form's words took a third of the whole cleanup's time).
     */
    private static boolean offersMail(String line) {
        return line.indexOf("mail") >= 0 || line.indexOf("nbox") >= 0 || line.indexOf("MAIL") >= 0;
    }

    /** "sign up" in any case, found through {@code indexOf} as in {@link #offersMail}. */
    private static boolean hasSignUp(String line) {
        for (int at = line.indexOf("ign "); at >= 0; at = line.indexOf("ign ", at + 4)) {
            if (Lines.regionMatchesAscii(line, at + 4, "up")) {
                return true;
            }
        }
        return line.indexOf("IGN UP") >= 0;
    }

    private static boolean isPromotion(String line, int words) {
        return words <= PROMOTION_WORDS && hasSignUp(line) && SIGN_UP.matcher(line).find();
    }
}
