package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextRelocationTest {
    @Test
    void wordsAreFoundWhereTheyMovedNearestTheirOldPlace() {
        String old = "Watch LIVE\nShe said \"yes\". Later she said \"yes\" again.";
        String now = "She said \"yes\". Later she said \"yes\" again.";
        int second = old.lastIndexOf("yes");
        assertEquals(now.lastIndexOf("yes"), TextRelocation.find(old, now, second, second + 3), "the second, not the first");
        int first = old.indexOf("yes");
        assertEquals(now.indexOf("yes"), TextRelocation.find(old, now, first, first + 3));
    }

    @Test
    void wordsThatWentAreNotFound() {
        assertEquals(-1, TextRelocation.find("Watch LIVE\nText.", "Text.", 0, 10));
        assertEquals(-1, TextRelocation.find("abc", "abc", 2, 9), "a range past the old text");
    }
}
