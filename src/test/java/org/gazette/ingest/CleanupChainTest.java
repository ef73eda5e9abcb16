package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CleanupChainTest {
    private static final String TEXT = "Storm damage across the coast leaves the harbour town counting the cost\n\nBy Lena Holm\n\n"
            + "Image copyright Getty Images Image caption Mayor Anna Berg said the town would \"rebuild\"\n\n"
            + "\u201CWe will rebuild every house,\u201D said Mayor Anna Berg, standing in the ruins of the harbour on Tuesday.\n\n"
            + "Facebook Twitter Pinterest\n\n"
            + "The storm hit the coast late on Monday, and the town council met in emergency session to plan the repairs.\n";

    @Test
    void furnitureIsBlankedInPlaceAndTheHeaderAndBodyStay() {
        String blanked = CleanupChain.standard().blankFurniture(TEXT);
        assertEquals(TEXT.length(), blanked.length(), "offsets into the blanked text are offsets into the file");
        assertFalse(blanked.contains("Image caption"), blanked);
        assertFalse(blanked.contains("Pinterest"), blanked);
        assertTrue(blanked.contains("By Lena Holm"), "the byline is the article's own: " + blanked);
        int quote = TEXT.indexOf('\u201C');
        assertEquals(TEXT.substring(quote), blanked.substring(quote).replace("                          ", "Facebook Twitter Pinterest"));
        assertEquals(TEXT.chars().filter(c -> c == '\n').count(), blanked.chars().filter(c -> c == '\n').count(),
                "paragraphs stay paragraphs");
    }

    @Test
    void aTextWithoutFurnitureComesBackAsItIs() {
        String plain = "\u201CWe will rebuild,\u201D said Mayor Anna Berg, standing in the ruins of the harbour on Tuesday morning.\n";
        assertSame(plain, CleanupChain.standard().blankFurniture(plain));
    }
}
