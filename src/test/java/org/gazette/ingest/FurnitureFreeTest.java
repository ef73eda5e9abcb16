package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FurnitureFreeTest {
    @Test
    void cutsAreTakenOutAndOffsetsLeadBackToTheFile() {
        String file = "abcXXdefYYYghi";
        // two cuts, the second given as two overlapping spans (a later cut over a place an earlier one emptied)
        FurnitureFree f = FurnitureFree.of(file, List.of(new int[] {8, 11}, new int[] {3, 5}, new int[] {9, 10}));
        assertEquals("abcdefghi", f.text());
        assertEquals(0, f.originalStart(0));
        assertEquals(5, f.originalStart(3)); // "d", after the first cut
        assertEquals(11, f.originalStart(6)); // "g", after both
        assertEquals(3, f.originalEnd(3)); // an end where a cut starts stays before it: "abc"
        assertEquals(8, f.originalEnd(6)); // "def" ends before the second cut
        assertEquals("def", file.substring(f.originalStart(3), f.originalEnd(6)));
    }

    @Test
    void withoutCutsTheTextIsTheFilesOwn() {
        FurnitureFree f = FurnitureFree.of("plain text", List.of());
        assertEquals("plain text", f.text());
        assertEquals(4, f.originalStart(4));
        assertEquals(4, f.originalEnd(4));
    }
}
