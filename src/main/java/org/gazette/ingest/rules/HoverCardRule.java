package org.gazette.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/**
 * Cuts the text of a politician's pop-up card copied along with a paragraph, as some outlets' pages put one behind
 * every name: the full name glued to the headlines of other stories and a closing "MORE" ("President Trump Donald
 * John TrumpGOP senators balk at lengthy impeachment trial … MORE (R-Ky.) did not …" reads "President Trump (R-Ky.)
 * did not …"). Recognised by its shape alone: the name said once more in full, its last word glued to a capital,
 * a "MORE" at most 700 characters on. The paragraph stays.
 */
public final class HoverCardRule implements CleanupRule {
    /** How far the closing "MORE" may be from the glued name: three headlines at most. */
    private static final int REACH = 700;
    /** How long the full name may be between the name as written and its glued last word ("Jefferson (Jeff) Beauregard"). */
    private static final int FULL_NAME = 60;

    private static final String QUOTES = "'\u2018\"\u201C";

    @Override public String name() { return "hover-card"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            if (!d.isKept(i) || !d.line(i).contains("MORE")) {
                continue;
            }
            List<int[]> cards = cards(d.line(i));
            for (int k = cards.size() - 1; k >= 0; k--) { // from the end: the earlier offsets stay valid
                d.cut(i, cards.get(k)[0], cards.get(k)[1], name());
            }
        }
    }

    /** The cards in a line: from the end of the name as written to the end of their "MORE", in line order. */
    static List<int[]> cards(String line) {
        List<int[]> out = new ArrayList<>();
        int after = 0;
        for (int more = line.indexOf("MORE"); more >= 0; more = line.indexOf("MORE", more + 4)) {
            int end = more + 4;
            if (end < line.length() && Character.isLetter(line.charAt(end)) || more < after) {
                continue; // "MOREover", or inside the card before
            }
            int start = cardStart(line, Math.max(after, more - REACH), more);
            if (start >= 0) {
                out.add(new int[] {start, end});
                after = end;
            }
        }
        return out;
    }

    /** Where the card ending at {@code more} starts (the end of the name as written), or -1 if none does. */
    private static int cardStart(String line, int from, int more) {
        for (int g = Math.max(from, 1); g <= more; g++) {
            char c = line.charAt(g);
            // "TrumpGOP …", "Clinton2020 Democrats …", "Trahan'Minor league cities' …"
            boolean glued = Character.isUpperCase(c) || Character.isDigit(c) || QUOTES.indexOf(c) >= 0 && g + 1 < line.length()
                    && (Character.isUpperCase(line.charAt(g + 1)) || Character.isDigit(line.charAt(g + 1)));
            if (!Character.isLowerCase(line.charAt(g - 1)) || !glued && c != ' ') {
                continue;
            }
            // the glued word: the full name's last word ("Trump" of "TrumpGOP")
            int w = g;
            while (w > 0 && Character.isLetter(line.charAt(w - 1))) {
                w--;
            }
            String last = line.substring(w, g);
            if (last.length() < 2 || !Character.isUpperCase(last.charAt(0))) {
                continue;
            }
            int said = lastWholeWord(line, last, Math.max(0, w - FULL_NAME - last.length()), w);
            if (said >= 0 && nameWords(line, said + last.length(), w)
                    && (glued || sameFirstName(line, said, said + last.length(), w))) {
                return said + last.length();
            }
        }
        return -1;
    }

    /** The start of the last whole-word {@code word} in {@code line[from, to)}, or -1. */
    private static int lastWholeWord(String line, String word, int from, int to) {
        for (int at = line.lastIndexOf(word, to - word.length() - 1); at >= from; at = line.lastIndexOf(word, at - 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(line.charAt(at - 1));
            int end = at + word.length();
            if (startsWord && end < line.length() && !Character.isLetter(line.charAt(end))) {
                return at;
            }
        }
        return -1;
    }

    /**
     * Without the glue, the full name must open with the first name as written: "Paul Ryan Paul Davis Ryan Retirees
     * should say …" ({@code line[said, nameEnd)} is "Ryan", the full name's first words run to {@code lastStart}).
     */
    private static boolean sameFirstName(String line, int said, int nameEnd, int lastStart) {
        int space = line.lastIndexOf(' ', said - 2);
        String first = line.substring(space + 1, Math.max(space + 1, said - 1));
        String full = line.substring(nameEnd, lastStart).trim();
        return !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && (full.equals(first) || full.startsWith(first + " "));
    }

    /** Whether {@code line[from, to)} is a space and then the full name's first words: capitalised, or a nickname in parentheses. */
    private static boolean nameWords(String line, int from, int to) {
        if (from >= to || line.charAt(from) != ' ') {
            return false;
        }
        for (String word : line.substring(from, to).trim().split(" ")) {
            if (word.isEmpty() || !(Character.isUpperCase(word.charAt(0)) || word.charAt(0) == '(')) {
                return false;
            }
        }
        return true;
    }
}
