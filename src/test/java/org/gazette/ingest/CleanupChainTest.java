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
        String blanked = CleanupChain.standard().withoutFurniture(TEXT).text();
        assertEquals(TEXT.length(), blanked.length(), "whole lines are blanked: offsets stay the file's");
        assertFalse(blanked.contains("Image caption"), blanked);
        assertFalse(blanked.contains("Pinterest"), blanked);
        assertTrue(blanked.contains("By Lena Holm"), "the byline is the article's own: " + blanked);
        int quote = TEXT.indexOf('\u201C');
        assertEquals(TEXT.substring(quote), blanked.substring(quote).replace("                          ", "Facebook Twitter Pinterest"));
        assertEquals(TEXT.chars().filter(c -> c == '\n').count(), blanked.chars().filter(c -> c == '\n').count(),
                "paragraphs stay paragraphs");
    }

    /**
     * What a rule cuts out of a paragraph that stays (two pop-up cards, the second after the first was cut) is taken out,
     * and nothing else; each place in what is left leads back to the same place in the file.
     */
    @Test
    void furnitureCutFromAParagraphIsTakenOutAndOffsetsLeadBack() {
        String card1 = "Addison (Mitch) Mitchell McConnellGOP senators balk at lengthy trial MORE";
        String card2 = "Charles (Chuck) Ellis SchumerTrump officials make a plan MORE";
        String text = "Title of the piece\n\n\u201CIt is within our grasp,\u201D said Senate Majority Leader Mitch McConnell " + card1
                + " (R-Ky.) on Tuesday, and Sen. Chuck Schumer " + card2 + " (D-N.Y.) agreed that the vote would come soon.\n";
        FurnitureFree read = CleanupChain.standard().withoutFurniture(text);
        assertEquals(text.replace(" " + card1, "").replace(" " + card2, ""), read.text()); // the card and its space
        int agreed = read.text().indexOf("agreed");
        assertEquals(text.indexOf("agreed"), read.originalStart(agreed));
        int on = read.text().indexOf("on Tuesday");
        assertEquals("on Tuesday", text.substring(read.originalStart(on), read.originalEnd(on + "on Tuesday".length())));
    }

    @Test
    void aTextWithoutFurnitureComesBackAsItIs() {
        String plain = "\u201CWe will rebuild,\u201D said Mayor Anna Berg, standing in the ruins of the harbour on Tuesday morning.\n";
        assertSame(plain, CleanupChain.standard().withoutFurniture(plain).text());
    }
}
