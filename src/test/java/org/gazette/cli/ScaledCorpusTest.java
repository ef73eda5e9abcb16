package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaledCorpusTest {
    private static final String ARTICLE = "Bridge to reopen\nCapital Herald\nMay 2, 2025\n\nThe bridge reopens on Monday.\n\n"
            + "\u201CIt is safe,\u201D the mayor said.\n\nRelated\n";

    @Test
    void everyEditionKeepsTheHeadAndEveryParagraphAndDiffersFromTheOthers() {
        String one = ScaledCorpus.edition(ARTICLE, 1);
        String four = ScaledCorpus.edition(ARTICLE, 4); // the same turn of three paragraphs as edition 1
        assertTrue(one.startsWith("Bridge to reopen\nCapital Herald\nMay 2, 2025\n"), one);
        assertNotEquals(one, four);
        for (String edition : List.of(one, four)) {
            List<String> lines = Arrays.stream(edition.split("\n")).filter(l -> !l.isBlank()).toList();
            assertTrue(lines.containsAll(List.of("The bridge reopens on Monday.", "\u201CIt is safe,\u201D the mayor said.", "Related")));
            assertTrue(lines.get(3).startsWith("This is edition"), "named before any paragraph a cleanup could cut: " + lines);
        }
    }
}
