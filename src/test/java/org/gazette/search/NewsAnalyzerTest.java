package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzerTest {
    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (NewsAnalyzer analyzer = new NewsAnalyzer(); TokenStream ts = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void curlyApostrophesReadAsStraightOnesWithTheirOwnOffsets() throws IOException {
        // offsets point at the text as written: a snippet highlights "Russia’s" itself
        assertEquals(List.of("russia@0-8", "don't@9-14", "rock'n'roll@15-26", "zelenskyy@27-38"),
                tokens("Russia’s don‘t rock’n’roll Zelenskyyʼs"));
        assertEquals(tokens("Russia's don't rock'n'roll Zelenskyy's"), tokens("Russia’s don‘t rock’n’roll Zelenskyyʼs"));
    }

    @Test
    void aLongBodyIsReadAcrossTheTokenizersBufferRefills() throws IOException {
        // the tokenizer reads in chunks: the filter maps every chunk, not only the first
        String text = "they don’t sail ".repeat(2_000);
        List<String> tokens = tokens(text);
        assertEquals(6_000, tokens.size());
        assertEquals("don't@" + (16 * 1_999 + 5) + "-" + (16 * 1_999 + 10), tokens.get(5_998));
    }

    @Test
    void normalizedQueryTermsAreStraightenedToo() {
        try (NewsAnalyzer analyzer = new NewsAnalyzer()) {
            assertEquals("o'neill", analyzer.normalize("body", "O’Neill").utf8ToString());
        }
    }
}
