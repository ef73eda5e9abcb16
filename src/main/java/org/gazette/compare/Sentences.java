package org.gazette.compare;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
            for (int e = it.next(); e != BreakIterator.DONE; e = it.next()) {
                if (e < line.length() && titleOrInitialBefore(line, e)) {
                    continue; // "Sen. Ted Cruz", "John F. Kennedy": the JDK's iterator ends a sentence at each of them
                }
                int a = s;
                int b = e;
                while (a < b && Character.isWhitespace(line.charAt(a))) {
                    a++;
                }
                while (b > a && Character.isWhitespace(line.charAt(b - 1))) {
                    b--;
                }
                if (b > a && hasLetterOrDigit(line, a, b)) { // "***" or "___" between sections is no sentence
                    out.add(new Span(lineStart + a, lineStart + b));
                }
                s = e;
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static boolean hasLetterOrDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviated titles that stand before a name, so their full stop never ends a sentence. */
    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Rev", "Sen", "Sens", "Rep", "Reps",
            "Gov", "Pres", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl", "Pvt", "Brig", "Supt", "Insp", "Det",
            "Atty", "Hon", "Msgr", "Fr");

    /**
     * Whether the text before {@code boundary} ends in an abbreviated title ("Sen.") or a one-letter initial ("F.").
     * "U.S." is left a sentence end: it ends sentences too often ("… moved to the U.S. The next day …").
     */
    static boolean titleOrInitialBefore(String line, int boundary) {
        int i = boundary;
        while (i > 0 && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        if (i == 0 || line.charAt(i - 1) != '.') {
            return false;
        }
        int w = i - 1;
        while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
            w--;
        }
        if (w > 0 && !Character.isWhitespace(line.charAt(w - 1)) && "(\"\u201C".indexOf(line.charAt(w - 1)) < 0) {
            return false; // "U.S.", "R-Texas."
        }
        String word = line.substring(w, i - 1);
        return word.length() == 1 ? Character.isUpperCase(word.charAt(0)) : TITLES.contains(word);
    }
}
