package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {
    private static List<String> read(Words w) {
        List<String> out = new ArrayList<>();
        while (w.next()) {
            out.add(w.start() + ":" + w.word());
        }
        return out;
    }

    @Test
    void anyRangeGivesTheWordsScanningItWouldGive() {
        String text = "Gen. Mark Milley's aides -- U.S. officials -- said.\n“We're ready,” O'Neill added; é-t Zelenskyy.  ";
        Tokens tokens = new Tokens(text);
        assertEquals(read(new Words(text)), read(tokens.words()));
        Random random = new Random(11);
        for (int n = 0; n < 3000; n++) {
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            assertEquals(read(new Words(text, from, to)), read(tokens.words(from, to)), from + ".." + to);
        }
    }

    @Test
    void aTextWithoutWordsHasNone() {
        assertEquals(List.of(), read(new Tokens("  — 12, 34 … ").words()));
        assertEquals(List.of(), read(new Tokens("").words(0, 0)));
    }
}
