package org.gazette.ingest.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/**
 * Removes single lines that are controls and calls to action of a web page, not article text: "Watch LIVE",
 * "Please verify", "Advertisement", "Share this article", "Read more: …", "5 min read", copyright notices, what stands
 * where a player or a slideshow was ("Video", "Slideshow (5 Images)", "Loading..."), lone symbols, an ad slot's script.
 * Every pattern matches a whole line, so a sentence that merely contains these words is kept (a newsletter's promotion
 * inside a longer line is {@link SignUpFormRule}'s).
 */
public final class FurnitureLineRule implements CleanupRule {
    /** What may close a line of furniture: white space, and a full stop, colon, bar or arrow. */
    private static final String CLOSING = "\\s*[.:!|»›>…]*";
    private static final Pattern WHOLE_LINE = Pattern.compile(
            "(please verify( you are (a )?human)?|verify you are (a )?human|watch( live| now| video)?|live( updates| blog)?"
            + "|listen( now| to this (article|story)( \\d+ min(utes?)?)?)?|advertisement|ad|sponsored( content)?"
            + "|story continues below( advertisement)?|continue reading( below| the main story)?|scroll to continue.{0,40}"
            + "|skip to (main )?content|share( this( article| story)?| on \\w+)?|tweet|email|print|copy link( to clipboard)?"
            + "|\\d+ comments?|comments? \\(\\d+\\)|save( article)?|bookmark|gift( this)? article"
            + "|(sign up|subscribe)( now| today| here)?( for| to)?[\\p{L}’' ,-]{0,60}|follow (us|\\p{L}+) on [\\p{L} ,]{1,40}"
            + "|click here.{0,80}|(read|see|watch) (more|also|next|now)( ?[:|].{0,160})?|related ?:.{0,160}"
            + "|\\d+ min(ute)?s? read|breaking( news)?|(photo|video) gallery|enlarge this image|toggle caption|hide caption"
            + "|((prev|next|previous) )?image \\d+ of \\d+|open image in gallery|back to top|log ?in|sign ?in|we use cookies.{0,200}|accept( all)? cookies"
            + "|view comments|leave a comment|add topic|trending topics?|getty images"
            // notices and placeholders left where the page had a player, a slideshow or a box
            + "|story continued below|advertisement continue reading( below| the main story)?|(copyright ?©?|©) ?\\d{4}\\b.{0,160}"
            + "|slideshow \\(\\d+ images?\\)|more on this|more|\\[(pullquote|image|break|summary|sidebar|embed|graphic|chart)\\]|photo|video|close|loading|youtube"
            + "|listen to (this )?article \\d+:\\d+.{0,60}|(share this article )?share tweet post email|newsletter sign-?up"
            + "|this article is more than \\d+ (years?|months?) old|\\d+ (years?|months?|weeks?|days?|hours?|minutes?) ago"
            + "|get .{0,80} delivered (daily )?to your inbox.{0,160}"
            // calls to follow, subscribe or visit, and a transcript's disclaimer
            + "|[-–•]? ?follow (@\\w+|.{0,40} on (twitter|facebook|instagram)( ?:? ?@\\w+)?)|this is a rush transcript.{0,100}"
            + "|visit .{0,40}homepage for more stories"
            // a share bar's buttons, a call to get an app, a run of calls to follow accounts
            + "|whatsapp|share this story( (tweet|share|pin|email|post))*|(click to )?get the [\\p{L} ]{1,40} app|(follow @\\w+ ?){2,4}"
            // markup copied as text: a blog's embed code (a video's poster is POSTER's)
            + "|\\[embed\\w* [^\\]]{1,200}\\]"
            // a video player's caption: what was just played, its controls, what plays next and for how long
            + "|just watched .{1,200}? replay more videos \\.{2,3} must watch( .{1,200}? \\d{1,2}(:\\d{2}){1,2})?"
            // a page's script copied as text: an ad slot's settings ({"unitName":"dfpPosition7",…} hidden ad unit)
            + "|\\{\".{0,300}\\}( hidden ad unit)?)" + CLOSING,
            Pattern.CASE_INSENSITIVE);
    /**
     * A call to subscribe to a newsletter, after up to 40 characters of anything ("Don't miss out: subscribe to the …
     * newsletter"). Apart from {@link #WHOLE_LINE}, and asked only of lines that say "subscribe to the": as one of its
     * alternatives, the only one that may start with any char, it was tried at up to 40 places in every short line,
     * and took half the pattern's time.
     */
    private static final Pattern NEWSLETTER_CALL = Pattern.compile(".{0,40}subscribe to the .{0,40} newsletter" + CLOSING,
            Pattern.CASE_INSENSITIVE);
    /** "subscribe to the" starts before this in a line {@link #NEWSLETTER_CALL} matches (after at most 40 chars). */
    private static final int NEWSLETTER_REACH = 41;

    /**
     * A page's offer to follow a topic, which names the topic three times ("Interested in Donald Trump? Add Donald Trump
     * as an interest to stay up to date on the latest Donald Trump news, …. Add Interest"): longer than the lines
     * {@link #WHOLE_LINE} is asked of, and asked only of lines that say "as an interest".
     */
    private static final Pattern TOPIC_OFFER = Pattern.compile("interested in .{1,80}\\? add .{1,80} as an interest.{0,200}",
            Pattern.CASE_INSENSITIVE);

    /**
     * A video element's poster attribute copied as text, and the title and summary after it ("poster=\"http://…jpg\" Trump
     * insists border wall 'will get built' …"): as long as the summary is, so asked of every line that opens so.
     */
    private static final Pattern POSTER = Pattern.compile("poster=\"[^\"]{1,300}\"( .{0,600})?");

    @Override public String name() { return "furniture-line"; }

    @Override
    public void apply(ArticleDraft d) {
        Matcher whole = WHOLE_LINE.matcher(""); // one per draft, reset for each line: a page has hundreds of lines
        // each pattern asked only where its fixed words stand where it can match them: "subscribe to the" after at most 40
        // chars, "interested in" at the start (the scans of whole lines for them had cost a third of the rule)
        d.removeLines(name(), (line, words) -> Lines.isSymbolsOnly(line) || words <= 30 && (whole.reset(line).matches()
                || Lines.containsIgnoreCase(line, NEWSLETTER_REACH, "subscribe to the") && NEWSLETTER_CALL.matcher(line).matches())
                || words <= 60 && Lines.regionMatchesAscii(line, 0, "interested in") && TOPIC_OFFER.matcher(line).matches()
                || line.startsWith("poster=\"") && POSTER.matcher(line).matches());
    }
}
