package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
    private static final String TEXT = "Politico reported that the politico-style memo, written by Bloomberg staff, "
            + "reached Apple. Nobody at bloombergs said more; an apple a day.";

    @Test
    void aWordOfItsOwnInLowerCaseIsFoundNotOneInsideAnother() {
        LowerCaseWords words = new LowerCaseWords(TEXT);
        assertTrue(words.contains("politico"), "before a hyphen it stands on its own");
        assertTrue(words.contains("apple"));
        assertFalse(words.contains("bloomberg"), "only inside \"bloombergs\"");
        assertFalse(words.contains("reached!"), "not in the text");
        assertFalse(words.contains("nobody"), "written only with a capital");
    }

    @Test
    void theIndexBuiltPastTheFirstSearchesAnswersAsTheSearchesDo() {
        List<String> asked = List.of("politico", "apple", "bloomberg", "nobody", "memo", "staff", "said", "more", "day",
                "reported", "written", "at", "an", "the", "a", "style", "bloombergs", "appl", "x");
        LowerCaseWords indexed = new LowerCaseWords(TEXT);
        for (String word : asked) {
            boolean searchedAlone = new LowerCaseWords(TEXT).contains(word); // a fresh one searches
            assertEquals(searchedAlone, indexed.contains(word), word); // past the first few, this one reads its index
        }
    }

    @Test
    void absenceIsSureOnlyOnceTheSetIsBuilt() {
        LowerCaseWords words = new LowerCaseWords(TEXT);
        for (int k = 0; k < LowerCaseWords.SEARCHED; k++) {
            assertFalse(words.surelyAbsent("zebra"), "not known yet: the caller searches");
        }
        assertTrue(words.surelyAbsent("zebra"));
        assertFalse(words.surelyAbsent("apple"));
        assertTrue(words.surelyAbsent("bloomberg"), "only inside a longer word");
        assertFalse(words.surelyAbsent("o'brien"), "not letters only: not known");
    }
}
