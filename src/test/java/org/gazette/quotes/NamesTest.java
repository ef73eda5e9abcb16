package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final Names.Index people = new Names.Index(List.of("Jens Stoltenberg", "Volodymyr Zelenskyy", "José Núñez",
            "Beto O'Rourke"));

    @Test
    void aLastNameInPlaceIsFoundAsTheSameWordCopiedOut() {
        String text = "Stoltenberg said. STOLTENBERG Zelenskyy Nunez Núñez O'Rourke Orourke Stolten Smith Tusk Núñezz";
        var words = new Words(text);
        while (words.next()) {
            String word = words.word();
            assertEquals(people.byLastName(word), people.byLastName(text, words.start(), words.end()), word);
        }
        assertEquals("José Núñez", people.byLastName(text, text.indexOf("Nunez"), text.indexOf("Nunez") + 5));
        assertNull(people.byLastName(text, text.indexOf("Smith"), text.indexOf("Smith") + 5));
    }

    @Test
    void spellingsOneLetterApartAreOnePerson() {
        assertEquals("Volodymyr Zelenskyy", people.fullest("Zelensky"));
        assertEquals(true, people.knowsVariant("Zelensky"));
        assertEquals(false, people.knowsVariant("Zelen"));
    }
}
