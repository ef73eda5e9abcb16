package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gazette.TestData;
import org.gazette.app.Gazette;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query syntax a reporter uses, over the sample articles. */
class SearchTest {
    @TempDir static Path tmp;
    static Gazette g;

    @BeforeAll
    static void importSamples() {
        g = Gazette.open(tmp.resolve("archive"), TaskContext.NONE);
        g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
    }

    @AfterAll
    static void close() {
        if (g != null) {
            g.close();
        }
    }

    private static long count(String q) throws InvalidQueryException {
        return g.search(SearchRequest.of(q)).total();
    }

    private static List<String> titles(SearchRequest r) throws InvalidQueryException {
        return g.search(r).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aLongListGetsItsFirstSnippetsAtOnceAndTheRestOnRequest() throws Exception {
        SearchRequest all = SearchRequest.of("kessler");
        SearchResult full = g.search(all);
        SearchResult quick = g.search(all.withSnippets(1));
        assertEquals(full.hits().stream().map(SearchHit::id).toList(), quick.hits().stream().map(SearchHit::id).toList());
        assertEquals(full.hits().get(0).snippet(), quick.hits().get(0).snippet());
        SearchHit second = quick.hits().get(1);
        assertFalse(second.snippet().spans().stream().anyMatch(Snippet.Span::hit), "listed with its lead: " + second.snippet());
        var later = g.snippets(all, List.of(second.id(), -5L));
        assertEquals(full.hits().get(1).snippet(), later.get(second.id()), "the snippet it would have had");
        assertTrue(later.get(second.id()).spans().stream().anyMatch(Snippet.Span::hit));
        assertFalse(later.containsKey(-5L), "an article not in the index is left out");
    }

    @Test
    void termsAreCaseAndAccentInsensitive() throws Exception {
        assertEquals(3, count("wojcik"), "Wójcik and Wojcik are one search");
        assertEquals(count("wojcik"), count("WÓJCIK"));
        assertEquals(4, count("kessler"));
    }

    @Test
    void exactPhraseOfAQuoteWithCurlyOrStraightMarks() throws Exception {
        assertEquals(1, count("\"Houses can be rebuilt. People cannot.\""));
        assertEquals(1, count("“Houses can be rebuilt. People cannot.”"), "curly quotes pasted from an article");
        assertEquals(2, count("\"country’s busiest harbor\" OR \"country's largest port\""), "curly and straight apostrophes match");
        assertEquals(0, count("\"people cannot be rebuilt\""));
    }

    @Test
    void booleanWildcardFuzzyProximity() throws Exception {
        assertEquals(count("strike") - count("strike AND mediator"), count("strike NOT mediator"));
        assertTrue(count("bridge OR wildfire") > count("bridge"));
        assertEquals(count("evacuat*") , count("evacuated OR evacuation OR evacuate"));
        assertEquals(count("okonkwo"), count("okonkow~1"), "a transposed letter still finds the union leader");
        assertEquals(1, count("\"fire jumps ridge\"~2"));
        assertEquals(0, count("\"fire ridge\""));
    }

    @Test
    void fieldsAndDateRanges() throws Exception {
        assertEquals(4, count("outlet:herald"));
        assertEquals(3, count("byline:\"Helena Marsh\""));
        assertEquals(List.of("Kessler Bridge to stay shut until autumn, engineers say"), titles(SearchRequest.of("title:autumn")));
        assertEquals(4, count("date:[2025-03-01 TO 2025-03-31]"), "the four port-strike articles");
        assertEquals(count("date:[2025-03-01 TO 2025-03-31]"), count("date:[2025-03 TO 2025-03]"), "a month written short");
        assertEquals(13, count("date:[2025 TO 2025]"));
        assertEquals(6, count("date:[2025-07 TO *]"), "open-ended range: three fire and three rate-cut articles");
        assertEquals(2, count("body:bakery"), "Irene Mazur's bakery, in two articles");
    }

    @Test
    void filtersAndSorting() throws Exception {
        SearchRequest strike = SearchRequest.of("strike");
        assertEquals(1, g.search(strike.withOutlets(Set.of("Meridian Wire"))).total(), "no stemming: strikes is another word");
        assertEquals(2, g.search(SearchRequest.of("strike*").withOutlets(Set.of("Meridian Wire"))).total());
        assertEquals(4, g.search(SearchRequest.of("").withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))).total());
        List<SearchHit> newest = g.search(SearchRequest.of("").withSort(SearchRequest.Sort.NEWEST).withLimit(50)).hits();
        for (int i = 1; i < newest.size(); i++) {
            assertTrue(newest.get(i - 1).date().compareTo(newest.get(i).date()) >= 0, "newest first");
        }
        List<SearchHit> oldest = g.search(SearchRequest.of("").withSort(SearchRequest.Sort.OLDEST)).hits();
        assertEquals("2025-03-03", oldest.get(0).date());
    }

    @Test
    void snippetsHighlightTheHits() throws Exception {
        SearchHit hit = g.search(SearchRequest.of("\"state of emergency\"")).hits().get(0);
        assertEquals("state of emergency", hit.snippet().spans().stream().filter(Snippet.Span::hit)
                .map(Snippet.Span::text).findFirst().orElseThrow());
        assertTrue(hit.snippet().plainText().length() < 500, "a snippet, not the whole article");
    }

    @Test
    void readerHighlightOffsetsPointAtTheWords() throws Exception {
        String text = "The Mayor said: “Safety comes first.” Safety, she said, was all.";
        List<int[]> hits = g.hitOffsets("safety", text);
        assertEquals(2, hits.size());
        for (int[] h : hits) {
            assertEquals("safety", text.substring(h[0], h[1]).toLowerCase());
        }
        assertEquals(List.of(), g.hitOffsets("\"unclosed", text), "an invalid query highlights nothing");
    }

    @Test
    void invalidQueriesGetShortExplanations() {
        assertEquals("Unclosed quotation mark: add a closing \" to search the phrase.",
                assertThrows(InvalidQueryException.class, () -> count("\"eastern flank")).getMessage());
        assertEquals("'AND' needs a word after it.", assertThrows(InvalidQueryException.class, () -> count("bridge AND")).getMessage());
        assertEquals("Unclosed parenthesis: add a ')'.", assertThrows(InvalidQueryException.class, () -> count("(bridge OR fire")).getMessage());
        assertTrue(assertThrows(InvalidQueryException.class, () -> count("auther:marsh")).getMessage().startsWith("Unknown field 'auther:'"));
        String odd = assertThrows(InvalidQueryException.class, () -> count("bridge^^")).getMessage();
        assertFalse(odd.contains("Exception") || odd.contains("\n"), odd);
        assertTrue(odd.length() < 160, odd);
    }
}
