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
    public static final int SIZE = 100;
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
        Map<String, Float> w = new HashMap<>();
        add(body, false, analyzer, w);
        add(title, true, analyzer, w);
        List<Map.Entry<String, Float>> all = new ArrayList<>(w.entrySet());
        // heaviest first; among equals the longer word, which is usually the more specific one
        all.sort((a, b) -> a.getValue().equals(b.getValue()) ? Integer.compare(b.getKey().length(), a.getKey().length())
                : Float.compare(b.getValue(), a.getValue()));
        Map<String, Float> kept = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Float> e : all.subList(0, Math.min(SIZE, all.size()))) {
            kept.put(e.getKey(), e.getValue());
        }
        return new StorySignature(kept);
    }

    private static void add(String text, boolean title, Analyzer analyzer, Map<String, Float> w) {
        if (text == null || text.isEmpty()) {
            return;
        }
        try (TokenStream ts = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() < 2) {
                    continue;
                }
                String t = term.toString();
                if (FUNCTION_WORDS.contains(t)) {
                    continue;
                }
                float x;
                if (title) {
                    x = TITLE_EXTRA;
                } else {
                    int at = offset.startOffset();
                    char first = text.charAt(at);
                    x = 1f;
                    if (Character.isDigit(first)) {
                        x *= NUMBER_FACTOR;
                    } else if (Character.isUpperCase(first) && !sentenceStart(text, at)) {
                        x *= NAME_FACTOR;
                    }
                    if (at < LEAD_CHARS) {
                        x *= LEAD_FACTOR;
                    }
                }
                w.merge(t, x, Float::sum);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string does no I/O
        }
    }

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
