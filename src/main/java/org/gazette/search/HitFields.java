package org.gazette.search;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The fields a result list shows, kept together as one doc value: title, outlet, date, byline, source and the
 * article's opening (its first sentences, about {@link #LEAD_CHARS} characters), which is the snippet when
 * there is no query to highlight (the window's first list, and searches by filters alone).
 */
record HitFields(String title, String outlet, String date, String byline, String source, String lead) {
    static final int LEAD_CHARS = 180;
    private static final char SEP = '\u001F';

    BytesRef encode() {
        String joined = String.join(String.valueOf(SEP), n(title), n(outlet), n(date), n(byline), n(source), n(lead));
        return new BytesRef(joined.getBytes(StandardCharsets.UTF_8));
    }

    static HitFields decode(BytesRef bytes) {
        String[] f = new String(bytes.bytes, bytes.offset, bytes.length, StandardCharsets.UTF_8).split(String.valueOf(SEP), -1);
        return new HitFields(v(f[0]), v(f[1]), v(f[2]), v(f[3]), v(f[4]), f[5]);
    }

    /** The opening sentences of a text: whole sentences, ending at the boundary closest to {@code LEAD_CHARS}. */
    static String lead(String text) {
        String head = text.strip();
        head = head.substring(0, Math.min(head.length(), LEAD_CHARS * 3));
        BreakIterator sentences = new SentenceBreakIterator(); // as the snippets are cut
        sentences.setText(head);
        sentences.first();
        int best = -1;
        for (int b = sentences.next(); b != BreakIterator.DONE && b <= LEAD_CHARS * 2; b = sentences.next()) {
            if (b >= LEAD_CHARS / 2 && (best < 0 || Math.abs(b - LEAD_CHARS) < Math.abs(best - LEAD_CHARS))) {
                best = b;
            }
        }
        return head.substring(0, best < 0 ? head.length() : best).replace('\n', ' ').strip();
    }

    private static String n(String s) { return s == null ? "\u0000" : s; }

    private static String v(String s) { return "\u0000".equals(s) ? null : s; }
}
