package org.gazette.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gazette.archive.MetaField;
import org.gazette.archive.MetaValue;
import org.gazette.archive.Metadata;
import org.gazette.archive.Provenance;

/**
 * An article being cleaned: its non-blank lines (one per paragraph, as text copied from a web page comes),
 * which rule removed which line, and the metadata the rules found. Rules run surest first, and the first
 * value offered for a field wins.
 */
public final class ArticleDraft {
    private final List<String> lines = new ArrayList<>();
    private final List<String> removedBy = new ArrayList<>();
    /** Where each line starts and ends in the text the draft was made from. */
    private final List<int[]> spans = new ArrayList<>();
    private final Metadata metadata = new Metadata();
    private final int bodyStart;
    private final int totalChars;
    /** The characters of the lines before each line, summed when {@link #position} is first asked; null after a cut. */
    private int[] charsBefore;
    /** Furniture cut out of kept lines (a pop-up's text inside a paragraph): {rule, text}, in the order cut. */
    private final List<String[]> cuts = new ArrayList<>();
    /** The same cuts, where they lie in the text the draft was made from (what {@code quotes PATH} blanks). */
    private final List<CutSpan> cutSpans = new ArrayList<>();
    /** Each line's word count, counted when first asked for (-1: not yet): most rules ask it of every line. */
    private final int[] words;

    public ArticleDraft(String text) {
        int chars = 0;
        int from = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) { // lines end at \r\n, \r, \n, U+2028, U+2029; blank ones are dropped
            char c = i < n ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                int start = from;
                int end = i;
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    lines.add(text.substring(start, end));
                    spans.add(new int[] {start, end});
                    removedBy.add(null);
                    chars += end - start;
                }
                from = i + 1;
            }
        }
        totalChars = chars;
        words = new int[lines.size()];
        java.util.Arrays.fill(words, -1);
        int start = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (Lines.isBodyParagraph(lines.get(i), words(i))) {
                start = i;
                break;
            }
        }
        bodyStart = start;
    }

    public int size() { return lines.size(); }

    public String line(int i) { return lines.get(i); }

    /** {@link Lines#words} of line {@code i}. */
    public int words(int i) {
        int n = words[i];
        if (n < 0) {
            n = Lines.words(lines.get(i));
            words[i] = n;
        }
        return n;
    }

    public boolean isKept(int i) { return removedBy.get(i) == null; }

    /** The rule that removed line {@code i}, or null. */
    public String removedBy(int i) { return removedBy.get(i); }

    public void remove(int i, String rule) {
        if (removedBy.get(i) == null) {
            removedBy.set(i, rule);
        }
    }

    /** What a rule asks of each line it may remove: the line and its word count. */
    @FunctionalInterface
    public interface LineTest {
        boolean removes(String line, int words);
    }

    /** Removes, in the name of {@code rule}, every line still kept that {@code test} says is furniture. */
    public void removeLines(String rule, LineTest test) {
        for (int i = 0; i < lines.size(); i++) {
            if (isKept(i) && test.removes(lines.get(i), words(i))) {
                removedBy.set(i, rule);
            }
        }
    }

    /** Where line {@code i} starts in the text the draft was made from (its first non-blank char). */
    public int start(int i) { return spans.get(i)[0]; }

    /** Where line {@code i} ends in the text the draft was made from (after its last non-blank char). */
    public int end(int i) { return spans.get(i)[1]; }

    /** Cuts {@code line(i)[from, to)} out of line {@code i}: furniture inside a paragraph that stays. */
    public void cut(int i, int from, int to, String rule) {
        String line = lines.get(i);
        cuts.add(new String[] {rule, line.substring(from, to)});
        int start = original(i, from);
        cutSpans.add(new CutSpan(rule, start, original(i, to - 1) + 1));
        lines.set(i, line.substring(0, from) + line.substring(to));
        words[i] = -1;
        charsBefore = null;
    }

    /** A cut as it lies in the text the draft was made from: {@code [start, end)}, by {@code rule}. */
    public record CutSpan(String rule, int start, int end) { }

    /** Where every cut lies in the text the draft was made from, in the order cut. */
    public List<CutSpan> cutSpans() { return List.copyOf(cutSpans); }

    /**
     * Where {@code line(i)[at]} is in the text the draft was made from: past what earlier cuts of the line took out
     * before it (a cut taken over a place an earlier one had already emptied counts once).
     */
    private int original(int i, int at) {
        int lineStart = spans.get(i)[0];
        int lineEnd = spans.get(i)[1];
        List<CutSpan> taken = new ArrayList<>();
        for (CutSpan c : cutSpans) {
            if (c.start() >= lineStart && c.end() <= lineEnd) {
                taken.add(c);
            }
        }
        taken.sort(java.util.Comparator.comparingInt(CutSpan::start));
        int pos = lineStart + at;
        int covered = lineStart; // the original text up to here is accounted for
        for (CutSpan c : taken) {
            int from = Math.max(c.start(), covered);
            if (from > pos) {
                break;
            }
            if (c.end() > from) {
                pos += c.end() - from;
                covered = c.end();
            }
        }
        return pos;
    }

    /**
     * Index of the first line that reads like a body paragraph (a full sentence of some length); the lines
     * before it are the header, where titles, bylines, datelines and outlet names sit.
     */
    public int bodyStart() { return bodyStart; }

    public boolean inHeader(int i) { return i < bodyStart; }

    /** Characters of text before line {@code i}, as a share of the whole (0..1). */
    public double position(int i) {
        if (charsBefore == null) {
            // summed once, not per question: a rule asking it of every line of a text of short lines was quadratic
            // (5 MB of "Most recent" lines took 6.7 s to clean)
            charsBefore = new int[lines.size() + 1];
            for (int k = 0; k < lines.size(); k++) {
                charsBefore[k + 1] = charsBefore[k] + lines.get(k).length();
            }
        }
        return totalChars == 0 ? 0 : (double) charsBefore[i] / totalChars;
    }

    /** Offers a metadata value found in the text; ignored if the field already has one. */
    public void offer(MetaField field, String value) {
        if (!metadata.get(field).isPresent() && value != null && !value.isBlank()) {
            metadata.set(field, MetaValue.of(value, Provenance.TEXT));
        }
    }

    public boolean has(MetaField field) { return metadata.get(field).isPresent(); }

    public Metadata metadata() { return metadata; }

    /** The kept lines joined as paragraphs. */
    public String body() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (isKept(i)) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(lines.get(i));
            }
        }
        return sb.toString();
    }

    /** The removed lines with the rule that removed each, then the text cut out of kept lines, for showing what cleanup did. */
    public List<String[]> removedLines() {
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!isKept(i)) {
                out.add(new String[] {removedBy.get(i), lines.get(i)});
            }
        }
        out.addAll(cuts);
        return out;
    }
}
