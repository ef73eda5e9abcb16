package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text around quotations as the sieve reads it: offsets always hold. */
class QuoteContextTest {
    @Test
    void plainSpacesKeepEveryOffset() {
        assertEquals("a b", QuoteContext.plainSpaces("a\u00A0b"));
        String label = "Rep. Mark Meadows (R., N.C.) said";
        String plain = QuoteContext.plainSpaces(label);
        assertEquals(label.length(), plain.length());
        assertEquals("Rep. Mark Meadows (R-N.C.)   said", plain, "no sentence ends inside the label");
    }

    @Test
    void theSentenceBeforeStartsAfterTheLastFullStop() {
        assertEquals(" She said ", QuoteContext.sentenceBefore("He left. She said ", 18));
        assertEquals("Sen. Warren said ", QuoteContext.sentenceBefore("Sen. Warren said ", 17), "an abbreviation ends no sentence");
    }
}
