package org.gazette.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/**
 * Cuts a link to another story that a page puts in brackets inside a paragraph or on a line of its own, its label in
 * capitals: "… was quickly released. (RELATED: ISIS Claims Responsibility For Berlin Attack)", "( PHOTOS: Senators up
 * for election in 2014)", "(MORE: Watching Kennedy: The Court's Swing Voter …)", "(SEE RELATED: …)". The paragraph
 * stays; a line that is only the link goes. Labels are matched in capitals only, as pages write them: a writer's own
 * bracket ("(Related: the vote on Tuesday)") is kept, and so are notes that are the article's own ("(UPDATE: …)").
 * Also a related-stories box run into the end of the paragraph before it: "… a black hole.” Related Stories Joe
 * Biden Is Schrödinger’s Candidate", "… Related Article The Indictment of … Bruce Shapiro".
 */
public final class InlineLinkRule implements CleanupRule {
    /**
     * A bracket opening with a link's label and a colon, then the linked title (a capital, digit or quotation mark
     * first, no brackets inside, at most 200 characters), closed. The space before it goes with it.
     */
    private static final Pattern LINK = Pattern.compile(" ?\\( ?(?:SEE RELATED|RELATED|READ MORE|ALSO READ|SEE ALSO|MORE"
            + "|PHOTOS?|PICTURES|VIDEO|WATCH|SLIDESHOW|GALLERY|GRAPHIC|INTERACTIVE|MAP|QUIZ|LISTEN|POLL):"
            + " [\\p{Lu}\\d\"“‘'][^()\\n]{0,200}\\)");

    /**
     * "Related Stories" (or "Related Story", "Related Article(s)") after a sentence's end, then nothing or a title of up to
     * 160 characters with no full stop, to the line's end.
     */
    private static final Pattern BOX_AT_END = Pattern.compile("(?<=[.!?\"”]) Related (?:Stories|Story|Articles?):?"
            + "(?: [\\p{Lu}\\d\"“‘'][^.\\n]{0,160})?$");

    @Override public String name() { return "inline-link"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            String line = d.line(i);
            if (!d.isKept(i)) {
                continue;
            }
            List<int[]> links = links(line);
            if (links.size() == 1 && links.get(0)[0] == 0 && links.get(0)[1] == line.length()) {
                d.remove(i, name()); // a line that is only the link
                continue;
            }
            for (int k = links.size() - 1; k >= 0; k--) { // from the end: the earlier offsets stay valid
                int from = links.get(k)[0];
                int to = links.get(k)[1];
                if (from == 0 && to < line.length() && line.charAt(to) == ' ') {
                    to++; // at the paragraph's start: the space after it goes instead
                }
                d.cut(i, from, to, name());
            }
        }
    }

    /** Where each link in the line starts and ends. */
    static List<int[]> links(String line) {
        List<int[]> out = new ArrayList<>();
        if (line.indexOf('(') >= 0 && line.indexOf(':') >= 0) {
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        int related = line.indexOf(" Related ") < 0 ? -1 : line.lastIndexOf(" Related "); // indexOf: vectorised
        if (related > 0) {
            Matcher box = BOX_AT_END.matcher(line).region(related, line.length()).useTransparentBounds(true);
            if (box.find() && box.start() == related && (out.isEmpty() || out.get(out.size() - 1)[1] <= related)) {
                out.add(new int[] {related, line.length()});
            }
        }
        return out;
    }
}
