package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    @Test
    void readsTheUsualNewsFormats() {
        assertEquals(Optional.of(LocalDate.of(2022, 3, 23)), DateFinder.find("March 23, 2022"));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 23)), DateFinder.find("Mar. 23 2022"));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 23)), DateFinder.find("Wed 23 March 2022 10.35 GMT"));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 23)), DateFinder.find("Update 3/23/22, 10:35 a.m. ET"));
        assertEquals(Optional.of(LocalDate.of(2022, 3, 23)), DateFinder.find("2022-03-23T10:35"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 18)), DateFinder.find("Sept 18th, 2025"));
    }

    @Test
    void rejectsImpossibleDatesAndNonDates() {
        assertEquals(Optional.empty(), DateFinder.find("13/45/22"));
        assertEquals(Optional.empty(), DateFinder.find("During a March 15 press conference"));
        assertEquals(Optional.empty(), DateFinder.find("a 50/50 chance"));
    }
}
