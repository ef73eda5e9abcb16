package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.gazette.TestData;
import org.junit.jupiter.api.Test;

/** The first acceptance test on real input: ../shared/seeds/expected.json. */
class SeedAcceptanceTest {

    @Test
    void seedsGiveExpectedMetadataAndNoFurnitureInBody() throws Exception {
        Path seeds = TestData.shared("seeds");
        JsonNode expected = new ObjectMapper().readTree(seeds.resolve("expected.json").toFile());
        Iterator<Map.Entry<String, JsonNode>> files = expected.fields();
        int checked = 0;
        while (files.hasNext()) {
            Map.Entry<String, JsonNode> e = files.next();
            Path file = seeds.resolve(e.getKey());
            DecodedText text = TextDecoder.decode(Files.readAllBytes(file));
            ParsedArticle p = ArticleParser.standard().parse(text.text(), file);
            JsonNode x = e.getValue();
            assertEquals(x.get("title").asText(), p.metadata().title(), e.getKey() + " title");
            assertEquals(x.get("outlet").isNull() ? null : x.get("outlet").asText(), p.metadata().outlet(), e.getKey() + " outlet");
            assertEquals(x.get("date").isNull() ? null : x.get("date").asText(), p.metadata().date(), e.getKey() + " date");
            for (JsonNode line : x.get("not_body")) {
                assertFalse(p.cleanedText().contains(line.asText()), e.getKey() + ": furniture left in body: " + line.asText());
            }
            checked++;
        }
        assertEquals(2, checked);
    }
}
