package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {
    private static List<Integer> boundaries(BreakIterator it, String text) {
        it.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            out.add(b);
        }
        return out;
    }

    @Test
    void sentencesOfProseAreTheJdksSentences() {
        String text = "The council met on Monday. \u201CWe cannot carry this alone,\u201D Mayor Lena Brandt said. Was it enough? "
                + "Nobody knew!\nA new paragraph starts here at 5 p.m. on Friday, e.g. the usual hour. U.S. officials came "
                + "on Oct. 7, 2019 in Harbor City. \u201CIt is over.\u201D She left\u2026 Then the vote (it was close.) The end.";
        assertEquals(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text),
                boundaries(new SentenceBreakIterator(), text));
    }

    @Test
    void aLineBreakEndsASentenceAndABlankLineIsNone() {
        String text = "Personal litigation\n\nThe court ruled on Monday.\r\n\r\nIt was 3.25 per cent";
        assertEquals(List.of(0, 21, 51, text.length()), boundaries(new SentenceBreakIterator(), text));
        assertEquals(List.of(0), boundaries(new SentenceBreakIterator(), ""));
    }

    @Test
    void wrappedForSnippetsItAnswersBackwardsAsItReadsForwards() {
        String text = "One. Two? Three!\nFour\u2026 five. Six.";
        BreakIterator plain = new SentenceBreakIterator();
        BreakIterator wrapped = new PrecomputedBreakIterator(new SentenceBreakIterator());
        plain.setText(text);
        wrapped.setText(text);
        for (int offset = 0; offset < text.length(); offset++) {
            assertEquals(plain.following(offset), wrapped.following(offset), "following " + offset);
        }
        for (int offset = 1; offset <= text.length(); offset++) {
            assertEquals(plain.preceding(offset), wrapped.preceding(offset), "preceding " + offset);
        }
    }
}
