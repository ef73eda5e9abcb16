package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PhraseMemoTest {
    @Test
    void eachPhraseIsWorkedOutOnceWhileKeptNoOneIncluded() {
        List<String> asked = new ArrayList<>();
        PhraseMemo memo = new PhraseMemo(100, p -> {
            asked.add(p);
            return p.startsWith("the") ? null : p.toUpperCase();
        });
        assertEquals("TRUMP", memo.apply("Trump"));
        assertEquals("TRUMP", memo.apply(new String("Trump")));
        assertNull(memo.apply("the president"));
        assertNull(memo.apply("the president"));
        assertEquals(List.of("Trump", "the president"), asked);
    }

    @Test
    void longPhrasesAreWorkedOutEachTime() {
        AtomicInteger calls = new AtomicInteger();
        PhraseMemo memo = new PhraseMemo(100, p -> String.valueOf(calls.incrementAndGet()));
        String sentence = "x".repeat(PhraseMemo.LONGEST + 1);
        assertEquals("1", memo.apply(sentence));
        assertEquals("2", memo.apply(sentence));
    }

    @Test
    void staysRightPastItsCapacity() {
        AtomicInteger calls = new AtomicInteger();
        PhraseMemo memo = new PhraseMemo(10, p -> {
            calls.incrementAndGet();
            return p + "!";
        });
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 25; i++) {
                assertEquals("name" + i + "!", memo.apply("name" + i));
            }
        }
        assertEquals(75, calls.get()); // 25 phrases through a memo of 10, in order: each forgotten before it comes again
        assertEquals("name24!", memo.apply("name24"));
        assertEquals(75, calls.get());
    }

    @Test
    void speakerPhrasesReadTheSameAskedAgain() {
        for (String phrase : List.of("he", "Trump", "the president", "Kremlin spokesperson Dmitry Peskov", "a spokeswoman")) {
            assertEquals(SpeakerPhrase.speaker(phrase, false), SpeakerPhrase.speaker(new String(phrase), false), phrase);
            assertEquals(Names.personAtEnd(phrase), Names.personAtEnd(new String(phrase)), phrase);
        }
        assertEquals("Dmitry Peskov", Names.personAtEnd("Kremlin spokesperson Dmitry Peskov"));
    }
}
