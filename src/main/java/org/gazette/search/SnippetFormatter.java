package org.gazette.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats highlighter passages as {@link Snippet}s; several passages are joined with " … ". */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
        List<Snippet.Span> spans = new ArrayList<>();
        for (int p = 0; p < passages.length; p++) {
            Passage passage = passages[p];
            if (p > 0) {
                spans.add(new Snippet.Span(" … ", false));
            }
            int pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(pos, passage.getMatchStarts()[i]);
                int end = passage.getMatchEnds()[i];
                if (end <= start) {
                    continue;
                }
                if (start > pos) {
                    spans.add(new Snippet.Span(clean(content.substring(pos, start)), false));
                }
                spans.add(new Snippet.Span(clean(content.substring(start, end)), true));
                pos = end;
            }
            if (passage.getEndOffset() > pos) {
                spans.add(new Snippet.Span(clean(content.substring(pos, passage.getEndOffset())), false));
            }
        }
        return new Snippet(spans);
    }

    /** Line breaks, and the separator between quotations in the quotation field, read as spaces. */
    private static String clean(String s) { return s.replace('\n', ' ').replace('\u2029', ' '); }
}
