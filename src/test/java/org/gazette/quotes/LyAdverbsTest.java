package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LyAdverbsTest {
    @Test
    void adverbsMadeFromAdjectivesAreKnownByTheirEnding() {
        for (String w : new String[] {"Eventually", "Shortly", "Currently", "Sadly", "Oddly", "Naturally", "Thankfully",
                "Apparently", "Importantly", "Interestingly", "Reportedly", "Arguably", "Honestly", "Exactly", "Clearly",
                "Namely", "Frankly", "Luckily", "Simply", "Slowly", "Roughly", "Calmly", "Certainly", "Secondly",
                "Broadly", "Foolishly", "Implicitly", "Quietly", "Briefly", "Publicly", "Really"}) {
            assertTrue(LyAdverbs.is(w), w);
        }
    }

    @Test
    void namesAndNounsEndingInLyAreNot() {
        for (String w : new String[] {"Kelly", "Donnelly", "Connelly", "Reilly", "Scully", "Molly", "Sally", "Daly", "Healy",
                "Coulibaly", "Shetterly", "Modly", "Brantly", "Gallogly", "Emily", "Italy", "July", "Only", "Family", "Daily",
                "Carly", "Early", "ly", "Kelly's"}) {
            assertFalse(LyAdverbs.is(w), w);
        }
    }
}
