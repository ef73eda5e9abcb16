package org.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * What an article is about, as the words that tell its story apart, each with a weight: how often it is used,
 * counting more where the story is told in news writing — the title and the lead — and for names and numbers
 * (capitalised mid-sentence, or starting with a digit), which are what separates one earthquake or one summit
 * from another. Function words are left out and the {@link #SIZE} heaviest words kept, so the signature is
 * small enough to store with every article; rarity in the archive (idf) is applied when comparing, since it
 * changes as the archive grows.
 */
public final class StorySignature {
    /** How many words a signature keeps. */
    public static final int SIZE = 150;
    private static final int LEAD_CHARS = 600;
    private static final float TITLE_EXTRA = 1f;
    private static final float LEAD_FACTOR = 2f;
    private static final float NAME_FACTOR = 1.5f;
    private static final float NUMBER_FACTOR = 2f;
    private static final Set<String> FUNCTION_WORDS = Set.of(("the a an of to and or in on at for with by from that this "
            + "these those is are was were be been being has have had will would can could may might should must do does did "
            + "not no it its he she they we you his her their our your him them us me who whom which what when where why "
            + "how as but if than then so also about after before into over under up down out said says say told just more "
            + "most other some such only own same very all any both each few many much there here while because through "
            + "during again further once off").split(" "));

    private final Map<String, Float> weights;

    private StorySignature(Map<String, Float> weights) {
        this.weights = weights;
    }

    /** The word weights (before rarity is applied). */
    public Map<String, Float> weights() { return weights; }

    public static StorySignature of(String title, String body, Analyzer analyzer) {
        return new Builder(body).finish(title, analyzer);
    }

    /**
     * Counts a body's words as its tokens go by: the index taps the body's own analysis with it, so an article
     * is analysed once for both (a second analysis was a seventh of an import's work).
     */
    public static final class Builder {
        private final String body;
        private final Map<String, float[]> weights = new HashMap<>();
        private boolean tapped;

        public Builder(String body) {
            this.body = body;
        }

        /** The body's token stream, counting each token into this signature. */
        public TokenStream tap(TokenStream in) {
            return new org.apache.lucene.analysis.TokenFilter(in) {
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
                private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

                @Override
                public boolean incrementToken() throws IOException {
                    if (!input.incrementToken()) {
                        return false;
                    }
                    count(term, bodyWeight(body, offset.startOffset()), weights);
                    return true;
                }

                @Override
                public void end() throws IOException {
                    super.end();
                    tapped = true;
                }
            };
        }

        /** The signature: the body's words (analysed here if no tapped stream went through it) and the title's. */
        public StorySignature finish(String title, Analyzer analyzer) {
            if (!tapped && body != null && !body.isEmpty()) {
                weights.clear(); // a stream tapped but not read to its end counted only part of the body
                TokenStream ts = tap(analyzer.tokenStream(Fields.BODY, body));
                eachToken(ts, () -> { }); // counted by the tap
            }
            if (title != null && !title.isEmpty()) {
                TokenStream ts = analyzer.tokenStream(Fields.BODY, title);
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                eachToken(ts, () -> count(term, TITLE_EXTRA, weights));
            }
            return heaviest(weights);
        }
    }

    /** Runs a token stream to its end, calling {@code onToken} at each token, and closes it. */
    private static void eachToken(TokenStream stream, Runnable onToken) {
        try (TokenStream ts = stream) {
            ts.reset();
            while (ts.incrementToken()) {
                onToken.run();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string does no I/O
        }
    }

    private static void count(CharTermAttribute term, float x, Map<String, float[]> w) {
        if (term.length() < 2 || FUNCTION_WORD_CHARS.contains(term.buffer(), 0, term.length())) {
            return;
        }
        w.computeIfAbsent(term.toString(), k -> new float[1])[0] += x;
    }

    /** A body word's weight: more for names (capitalised mid-sentence) and numbers, double in the lead. */
    private static float bodyWeight(String text, int at) {
        char first = text.charAt(at);
        float x = 1f;
        if (Character.isDigit(first)) {
            x *= NUMBER_FACTOR;
        } else if (Character.isUpperCase(first) && !sentenceStart(text, at)) {
            x *= NAME_FACTOR;
        }
        if (at < LEAD_CHARS) {
            x *= LEAD_FACTOR;
        }
        return x;
    }

    /**
     * The {@link #SIZE} heaviest words; among equals the longer word, which is usually the more specific one,
     * then the one counted first. Picked with a heap rather than by sorting every word; once it is full, a word
     * no heavier than the lightest kept (most of an article's words) is passed over without entering it.
     */
    private static StorySignature heaviest(Map<String, float[]> w) {
        java.util.PriorityQueue<Weighted> top = new java.util.PriorityQueue<>(SIZE + 1, LIGHTEST_FIRST);
        int seen = 0;
        for (Map.Entry<String, float[]> e : w.entrySet()) {
            float weight = e.getValue()[0];
            int order = seen++;
            if (top.size() == SIZE && !heavier(weight, e.getKey(), top.peek())) {
                continue; // it would be the lightest, and go at once
            }
            top.add(new Weighted(e.getKey(), weight, order));
            if (top.size() > SIZE) {
                top.poll(); // the lightest of the kept
            }
        }
        List<Weighted> kept = new ArrayList<>(top);
        kept.sort(HEAVIEST_FIRST);
        Map<String, Float> out = new java.util.LinkedHashMap<>();
        for (Weighted x : kept) {
            out.put(x.word(), x.weight());
        }
        return new StorySignature(out);
    }

    private record Weighted(String word, float weight, int order) { }

    /**
     * Whether a word counted after every kept one comes before {@code kept} in {@link #HEAVIEST_FIRST} (as the
     * later of two equals, it does not).
     */
    private static boolean heavier(float weight, String word, Weighted kept) {
        return weight != kept.weight() ? weight > kept.weight() : word.length() > kept.word().length();
    }

    private static final java.util.Comparator<Weighted> HEAVIEST_FIRST = (a, b) -> a.weight() != b.weight()
            ? Float.compare(b.weight(), a.weight())
            : a.word().length() != b.word().length() ? Integer.compare(b.word().length(), a.word().length())
            : Integer.compare(a.order(), b.order());
    private static final java.util.Comparator<Weighted> LIGHTEST_FIRST = (a, b) -> HEAVIEST_FIRST.compare(b, a);

    private static final org.apache.lucene.analysis.CharArraySet FUNCTION_WORD_CHARS =
            new org.apache.lucene.analysis.CharArraySet(FUNCTION_WORDS, false);

    /** Whether the word at {@code at} opens a sentence or a line (its capital says nothing then). */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '\u201C' || text.charAt(i) == '(')) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':';
    }

    /** As stored in the index: "word weight" lines. */
    public String encode() {
        StringBuilder sb = new StringBuilder(weights.size() * 12);
        weights.forEach((t, x) -> sb.append(t).append(' ').append(x).append('\n'));
        return sb.toString();
    }

    public static StorySignature decode(String stored) {
        Map<String, Float> w = new java.util.LinkedHashMap<>();
        if (stored != null) {
            int from = 0;
            while (from < stored.length()) {
                int nl = stored.indexOf('\n', from);
                int end = nl < 0 ? stored.length() : nl;
                int sp = stored.lastIndexOf(' ', end - 1);
                if (sp > from) {
                    w.put(stored.substring(from, sp), Float.parseFloat(stored.substring(sp + 1, end)));
                }
                from = end + 1;
            }
        }
        return new StorySignature(w);
    }
}
