package org.gazette.search;

import java.util.List;

/** A keyword-in-context passage: runs of text, the hits marked. Front ends render it as they like. */
public record Snippet(List<Span> spans) {
    public record Span(String text, boolean hit) { }

    public static final Snippet EMPTY = new Snippet(List.of());

    public String plainText() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }

    /** The snippet with hits marked by the given strings, e.g. "[" and "]" or "<b>" and "</b>". */
    public String marked(String open, String close) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.hit() ? open + s.text() + close : s.text());
        }
        return sb.toString();
    }
}
