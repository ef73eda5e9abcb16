package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrecomputedBreakIteratorTest {
    private static final String TEXT = "The council met on Monday. \u201CWe cannot carry this alone,\u201D Mayor Lena Brandt said. "
            + "Was it enough? Nobody knew!\nA new paragraph starts here. And ends here.";

    @Test
    void answersEveryOffsetAsTheIteratorItWraps() {
        BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
        jdk.setText(TEXT);
        BreakIterator fast = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
        fast.setText(TEXT);
        for (int offset = 0; offset < TEXT.length(); offset++) {
            assertEquals(jdk.following(offset), fast.following(offset), "following " + offset);
            assertEquals(jdk.current(), fast.current(), "current after following " + offset);
        }
        for (int offset = 1; offset <= TEXT.length(); offset++) {
            assertEquals(jdk.preceding(offset), fast.preceding(offset), "preceding " + offset);
            assertEquals(jdk.current(), fast.current(), "current after preceding " + offset);
        }
        assertEquals(jdk.first(), fast.first());
        for (int b = jdk.next(); b != BreakIterator.DONE; b = jdk.next()) {
            assertEquals(b, fast.next());
        }
        assertEquals(BreakIterator.DONE, fast.next());
        assertEquals(jdk.last(), fast.last());
        assertEquals(jdk.previous(), fast.previous());
    }

    @Test
    void anEmptyTextHasOneBoundary() {
        BreakIterator fast = new PrecomputedBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT));
        fast.setText("");
        assertEquals(0, fast.first());
        assertEquals(BreakIterator.DONE, fast.next());
        assertEquals(0, fast.last());
    }
}
