package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerMergerTest {
    @Test
    void spellingsOfOnePersonAcrossOutletsAreOneSpeaker() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Ana Markovic", 9, "Ana Markovich", 2, "Katarzyna Wójcik", 7,
                "Katarzyna Wojcik", 2, "Maria Okonkwo-Reyes", 8, "Maria Okonkwo Reyes", 2, "Wójcik", 1), Map.of());
        assertEquals("Ana Markovic", c.get("Ana Markovich"), "one letter apart, same first name, the most quoted spelling");
        assertEquals("Katarzyna Wójcik", c.get("Katarzyna Wojcik"));
        assertEquals("Katarzyna Wójcik", c.get("Wójcik"), "a lone last name joins the only person with it");
        assertEquals("Maria Okonkwo-Reyes", c.get("Maria Okonkwo Reyes"), "a double name with or without its hyphen");
    }

    @Test
    void differentPeopleWithOneLastNameStayApart() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Donald Trump", 50, "Ivana Trump", 3, "Trump", 4,
                "Hillary Clinton", 20, "Bill Clinton", 5, "a spokeswoman", 2), Map.of());
        assertEquals("Ivana Trump", c.get("Ivana Trump"));
        assertEquals("Donald Trump", c.get("Donald Trump"));
        assertEquals("Trump", c.get("Trump"), "ambiguous between two Trumps: left as written");
        assertEquals("Bill Clinton", c.get("Bill Clinton"));
        assertEquals("a spokeswoman", c.get("a spokeswoman"));
    }

    @Test
    void theUsersCorrectionsComeFirst() {
        Map<String, String> c = SpeakerMerger.canonical(Map.of("Ana Markovic", 9, "Ana Markovich", 2, "Dr. Who", 1),
                Map.of("Ana Markovich", "Ana Markovich", "Dr. Who", "The Doctor"));
        assertEquals("Ana Markovich", c.get("Ana Markovich"), "kept apart by the user (a split)");
        assertEquals("Ana Markovic", c.get("Ana Markovic"));
        assertEquals("The Doctor", c.get("Dr. Who"), "renamed by the user");
    }
}
