package org.gazette.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.of(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void titlesAndInitialsDoNotEndASentence() {
        assertEquals(List.of("Sen. Ted Cruz and Gov. Greg Abbott spoke first.", "Then Mr. Lee and John F. Kennedy Jr. arrived.",
                        "Lt. Col. Ann Hart (Dr. Hart to her staff) left."),
                sentences("Sen. Ted Cruz and Gov. Greg Abbott spoke first. Then Mr. Lee and John F. Kennedy Jr. arrived. "
                        + "Lt. Col. Ann Hart (Dr. Hart to her staff) left."));
    }

    @Test
    void otherFullStopsStillEndSentencesAndMarksAloneAreNone() {
        assertEquals(List.of("He moved to the U.S.", "The next day he left.", "Two lines.", "Last one"),
                sentences("He moved to the U.S. The next day he left. Two lines.\n***\nLast one"));
    }
}
