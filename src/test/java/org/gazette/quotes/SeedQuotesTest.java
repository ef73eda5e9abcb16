package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gazette.TestData;
import org.junit.jupiter.api.Test;

/** The first target on real input: every quotation of ../shared/seeds found, with its speaker's last name. */
class SeedQuotesTest {

    @Test
    void allSeedQuotesFoundAndAttributed() throws Exception {
        Path seeds = TestData.shared("seeds");
        ObjectMapper json = new ObjectMapper();
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (String line : Files.readAllLines(seeds.resolve("gold.jsonl"))) {
            JsonNode g = json.readTree(line);
            expected.add(g.get("quote").asText() + " | " + lastName(g.get("speaker").asText()));
        }
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (Quote q : QuoteAttributor.quotes(Files.readString(f))) {
                    actual.add(q.text() + " | " + (q.speaker() == null ? null : lastName(q.speaker())));
                }
            }
        }
        assertEquals(expected, actual);
    }

    private static String lastName(String name) {
        String[] parts = name.split(" ");
        return Names.fold(parts[parts.length - 1]).replaceAll("(.)\\1", "$1");
    }
}
