package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedQuotesTest {
    @Test
    void quotationsComeBackAsStoredWhateverTheirPlacesNumbersAndRules() {
        List<PackedQuotes.Entry> quotes = List.of(
                new PackedQuotes.Entry(0, 0, 0, null),
                new PackedQuotes.Entry(17, 240, 1, "cue-after+pronoun"),
                new PackedQuotes.Entry(5, 9, 3_000_000_000L, "règle"), // before the one above, a number past int
                new PackedQuotes.Entry(5_000_000, 5_300_000, 127, ""),
                new PackedQuotes.Entry(5_000_000, 5_000_128, 128, "continuation"));
        assertEquals(quotes, PackedQuotes.unpack(PackedQuotes.pack(quotes)));
        assertEquals(List.of(), PackedQuotes.unpack(PackedQuotes.pack(List.of())));
    }

    @Test
    void aQuotationTakesAFewBytesBesideItsRule() {
        List<PackedQuotes.Entry> quotes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            quotes.add(new PackedQuotes.Entry(1_000 + i * 300, 1_000 + i * 300 + 150, 40_000 + i, null));
        }
        byte[] packed = PackedQuotes.pack(quotes);
        assertEquals(quotes, PackedQuotes.unpack(packed));
        assertEquals(true, packed.length <= 2 + 100 * 8, packed.length + " bytes");
    }
}
