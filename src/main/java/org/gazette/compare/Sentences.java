package org.gazette.compare;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A text's sentences with their offsets; paragraphs (line breaks) always end a sentence. */
final class Sentences {
    /** One sentence: [start, end) in the text. */
    record Span(int start, int end) { }

    private Sentences() { }

    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            it.setText(line);
            int s = it.first();
            for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
                int a = s;
                int b = e;
                while (a < b && Character.isWhitespace(line.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                    b--;
                }
                if (b > a) {
                    out.add(new Span(lineStart + a, lineStart + b));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
