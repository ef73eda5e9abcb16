package org.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gazette.TestData;
import org.gazette.quotes.Quote;
import org.gazette.quotes.QuoteAttributor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script uses it: output, JSON lines and exit codes. */
class CliTest {
    @TempDir Path tmp;

    record Run(int code, String out, String err) { }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GazetteCommand.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void eachCommandPrintsItsUsageOnHelpAndAllAreListed() {
        Run help = run("quotes", "--help");
        assertEquals(ExitCodes.OK, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: gazette quotes"), help.out());
        assertTrue(help.out().contains("--speaker=NAME"), help.out());

        Run all = run("--help");
        assertEquals(ExitCodes.OK, all.code(), all.err());
        for (String command : List.of("import", "search", "show", "reindex", "quotes", "speakers", "related", "compare",
                "bench", "bench-import", "bench-quotes", "bench-related", "bench-shapes")) {
            assertTrue(all.out().contains("\n  " + command + " "), command + " missing from:\n" + all.out());
        }

        Run misspelt = run("qoutes", "x");
        assertEquals(ExitCodes.USAGE, misspelt.code());
        assertTrue(misspelt.err().contains("Did you mean: gazette quotes"), misspelt.err());
    }

    @Test
    void importSearchShowReindex() throws Exception {
        String archive = tmp.resolve("a").toString();
        Run imp = run("import", TestData.articles().toString(), "--archive", archive);
        assertEquals(ExitCodes.OK, imp.code(), imp.err());
        assertTrue(imp.out().startsWith("Imported: 13 new"), imp.out());

        Run search = run("search", "\"Houses can be rebuilt\"", "--json", "--archive", archive);
        assertEquals(ExitCodes.OK, search.code());
        String[] lines = search.out().strip().split("\n");
        assertEquals(1, lines.length);
        JsonNode hit = new ObjectMapper().readTree(lines[0]);
        assertEquals("Meridian Wire", hit.get("outlet").asText());
        assertTrue(hit.get("snippet").asText().contains("<b>Houses can be rebuilt</b>"), hit.toString());

        Run show = run("show", hit.get("id").asText(), "--archive", archive);
        assertEquals(ExitCodes.OK, show.code());
        assertTrue(show.out().contains("outlet: Meridian Wire  (from folder name)"), show.out());
        Run original = run("show", hit.get("id").asText(), "--original", "--json", "--archive", archive);
        assertTrue(new ObjectMapper().readTree(original.out()).get("text").asText().contains("By Daniel Okafor"));

        Run removed = run("show", hit.get("id").asText(), "--removed", "--archive", archive);
        assertTrue(removed.out().contains("byline            By Daniel Okafor"), removed.out());

        Run reindex = run("reindex", "--archive", archive);
        assertEquals(ExitCodes.OK, reindex.code(), reindex.err());
        assertTrue(reindex.out().startsWith("Reindexed 13 articles"), reindex.out());
    }

    @Test
    void benchQuotesTimesAnotherBuildInTurnWithThisOne() throws Exception {
        // the other build: this one's compiled classes, loaded on their own as another build's jar would be
        Path classes = Path.of(org.gazette.quotes.QuoteAttributor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Run run = run("bench-quotes", "--rounds", "2", "--against", classes.toString(), TestData.articles().toString());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().matches("(?s)articles: 13 files; CPU ms per round, .*this build / that one, median of rounds \\d+\\.\\d{3}.*"),
                run.out());
        Run none = run("bench-quotes", "--rounds", "1", "--against", tmp.toString(), TestData.articles().toString());
        assertTrue(none.code() != ExitCodes.OK && none.err().contains("no quotation extractor in"), none.err());
    }

    @Test
    void compareTwoFilesItselfAndAnEmptyFile() throws Exception {
        Path a = TestData.articles().resolve("meridian-wire/central-bank-rate-cut.txt");
        Path b = TestData.articles().resolve("capital-herald/central-bank-rate-cut.txt");
        Run both = run("compare", "--json", a.toString(), b.toString());
        assertEquals(ExitCodes.OK, both.code(), both.err());
        JsonNode c = new ObjectMapper().readTree(both.out());
        assertTrue(c.get("similarity").asDouble() > 0.1 && c.get("pairs").size() >= 3, c.toString());
        assertTrue(c.get("speakersBoth").toString().contains("Henrik Aalto"), c.get("speakersBoth").toString());
        assertTrue(c.get("onlyA").get("names").toString().contains("Lars Engvik"), c.get("onlyA").toString());
        assertTrue(!c.get("onlyA").get("names").toString().contains("Priya Nandakumar"), "the wire's writer is no fact: " + c.get("onlyA"));

        JsonNode self = new ObjectMapper().readTree(run("compare", "--json", a.toString(), a.toString()).out());
        assertEquals(1.0, self.get("similarity").asDouble(), 1e-9);
        assertEquals(self.get("sentencesA").asInt(), self.get("pairs").size());

        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Run withEmpty = run("compare", "--json", a.toString(), empty.toString());
        assertEquals(ExitCodes.OK, withEmpty.code(), withEmpty.err());
        JsonNode e = new ObjectMapper().readTree(withEmpty.out());
        assertEquals(0.0, e.get("similarity").asDouble());
        assertEquals(0, e.get("pairs").size());
        assertTrue(e.get("speakersOnlyA").toString().contains("Henrik Aalto"), e.toString());
    }

    @Test
    void quotesFromFilesAreJsonLinesWithOffsetsIntoTheFile() throws Exception {
        String text = "Storm damage\n\n\u201CWe will \u2018rebuild\u2019 every house,\u201D said Mayor Anna Berg. \u201CEvery one,\u201D she added.\n"
                + "The word \u201Cresilience\u201D was everywhere.\n";
        Path file = tmp.resolve("storm-story.txt");
        Files.writeString(file, text);
        Path bad = tmp.resolve("broken.txt");
        Files.write(bad, new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, 0x00});
        Run run = run("quotes", "--json", file.toString(), bad.toString());
        assertTrue(run.out().endsWith("\n"), "every line ends: " + run.out());
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertEquals(2, lines.size(), run.out());
        for (JsonNode q : lines) {
            assertEquals("storm-story", q.get("article").asText());
            assertEquals(q.get("quote").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
            assertEquals("Anna Berg", q.get("speaker").asText(), q.toString());
        }
        assertEquals("We will \u2018rebuild\u2019 every house,", lines.get(0).get("quote").asText());
        assertEquals("Every one,", lines.get(1).get("quote").asText());
        assertEquals(ExitCodes.SOME_FILES_FAILED, run.code());
        assertTrue(run.err().contains("broken.txt: binary file, not text"), run.err());
    }

    @Test
    void quotesFromFilesLeaveOutPageFurnitureAsTheArchiveDoes() throws Exception {
        String text = "Storm damage across the coast leaves the harbour town counting the cost\n\n"
                + "Image copyright Getty Images Image caption Mayor Anna Berg said the town would \"rebuild\"\n\n"
                + "\u201CWe will rebuild every house,\u201D said Mayor Anna Berg, standing in the ruins of the harbour on Tuesday.\n";
        Path file = tmp.resolve("caption.txt");
        Files.writeString(file, text);
        Run run = run("quotes", "--json", file.toString());
        String[] lines = run.out().split("\n");
        assertEquals(1, lines.length, "the caption's \"rebuild\" is no quotation: " + run.out());
        JsonNode q = new ObjectMapper().readTree(lines[0]);
        assertEquals("We will rebuild every house,", q.get("quote").asText());
        assertEquals(text.indexOf("We will"), q.get("start").asInt(), "offsets into the file as it is");
        assertEquals("Anna Berg", q.get("speaker").asText());
    }

    /**
     * A name's pop-up card copied into the sentence between the name and its verb ("Sen. Ana Markovic Ana Maria
     * Markovic… MORE (Ind.) said") is read past, as the archive's cleanup cuts it, with offsets still the file's.
     */
    @Test
    void quotesFromFilesReadPastAPopUpCardBetweenTheNameAndItsVerb() throws Exception {
        String card = " Ana Maria MarkovicHarbor City weighs tolls for the Kessler Bridge Council delays port budget vote Ferry "
                + "fares to rise as the harbour authority looks for money to repair the storm damage to the piers MORE";
        String text = "Bridge stays shut\n\nThe council met on Tuesday.\n\n\u201CThe bridge will stay shut until it is safe,\u201D "
                + "Mayor Ana Markovic" + card + " (Ind.) said on Tuesday. \u201CWe will not take chances.\u201D\n";
        Path file = tmp.resolve("bridge.txt");
        Files.writeString(file, text);
        Run run = run("quotes", "--json", file.toString());
        String[] lines = run.out().split("\n");
        assertEquals(2, lines.length, run.out());
        for (String line : lines) {
            JsonNode q = new ObjectMapper().readTree(line);
            assertEquals("Ana Markovic", q.get("speaker").asText(), line);
            assertEquals(q.get("quote").asText(), text.substring(q.get("start").asInt(), q.get("end").asInt()));
        }
        assertEquals(text.indexOf("We will"), new ObjectMapper().readTree(lines[1]).get("start").asInt(), "the file's offsets");
    }

    @Test
    void benchImportComparesImportsWithAndWithoutQuotations() {
        Run bench = run("bench-import", "--corpus", TestData.articles().toString(), "--pairs", "2");
        assertEquals(ExitCodes.OK, bench.code(), bench.err());
        String[] lines = bench.out().strip().split("\n");
        assertEquals(6, lines.length, bench.out());
        assertTrue(lines[0].startsWith("without ") && lines[0].contains("13 articles"), lines[0]);
        assertTrue(lines[1].startsWith("with quotations ") && lines[1].contains("13 articles"), lines[1]);
        assertTrue(lines[4].matches("best without [\\d.]+ s, best with [\\d.]+ s: quotations add -?\\d+% to the import"), lines[4]);
        assertTrue(lines[5].matches("pairs 2-2, median of each pair's difference: wall [+-]\\d+%, cpu [+-]\\d+%"), lines[5]);
        Run window = run("bench-import", "--corpus", TestData.articles().toString(), "--pairs", "1", "--as-window");
        assertEquals(ExitCodes.OK, window.code(), window.err());
        assertTrue(window.out().contains("with quotations ") && window.out().contains("13 articles"), window.out());
    }

    /** With --fresh each import runs in a JVM of its own, and every pair counts (each warms its own JIT). */
    @Test
    void benchImportInFreshJvms() {
        Run bench = run("bench-import", "--corpus", TestData.articles().toString(), "--pairs", "1", "--fresh");
        assertEquals(ExitCodes.OK, bench.code(), bench.err());
        String[] lines = bench.out().strip().split("\n");
        assertEquals(4, lines.length, bench.out());
        assertTrue(lines[0].startsWith("without ") && lines[0].contains("13 articles") && lines[0].contains("quotes=0,"), lines[0]);
        assertTrue(lines[1].startsWith("with quotations ") && lines[1].contains("13 articles") && !lines[1].contains("quotes=0,"), lines[1]);
        assertTrue(lines[3].matches("fresh JVMs, pairs 1-1, median of each pair's difference: wall [+-]\\d+%, cpu [+-]\\d+%"), lines[3]);
    }

    @Test
    void benchReadsTheCorpusBeforeImportingItAndAppendsOneResultLinePerRun() throws Exception {
        Path results = tmp.resolve("results.jsonl");
        for (int i = 0; i < 2; i++) {
            Run bench = run("bench", "--corpus", TestData.articles().toString(), "--queries", "20", "--related", "5",
                    "--rounds", "1", "--out", results.toString());
            assertEquals(ExitCodes.OK, bench.code(), bench.err());
            assertTrue(bench.out().matches("(?s)corpus   every file read once before the import \\(page cache warm, as for bare Lucene\\): "
                    + "\\d+\\.\\d s\nimport   13 files \\(13 articles.*lucene   bare Lucene on the same cleaned text.*"), bench.out());
        }
        List<String> lines = Files.readAllLines(results);
        assertEquals(2, lines.size());
        JsonNode last = new ObjectMapper().readTree(lines.get(1));
        assertTrue(last.get("corpus_read_s").asDouble() >= 0 && last.get("articles").asInt() == 13, last.toString());
    }

    @Test
    void benchShapesTimesTheCleanupAndQuotationsOfEveryHostileShapeAtTwoSizes() {
        Run bench = run("bench-shapes", "--size", "8000", "--rounds", "1");
        assertEquals(ExitCodes.OK, bench.code(), bench.err());
        for (String shape : HostileTexts.names()) {
            assertTrue(bench.out().contains("\n" + shape + " "), shape + " missing:\n" + bench.out());
        }
        // the news-style shape is quotations Smith said, all of them counted: two in every 67 characters
        List<Quote> dense = QuoteAttributor.quotes(HostileTexts.text("dense-news", 8000));
        assertTrue(dense.size() > 230 && dense.stream().allMatch(q -> "Smith".equals(q.speaker())), dense.toString());
        assertTrue(bench.out().matches("(?s).*\ndense-news +" + dense.size() + " .*"), bench.out());
        // a page of furniture lines cleans to nothing: no quotations in it
        assertTrue(bench.out().matches("(?s).*\nfurniture-lines +0 .*"), bench.out());
    }

    @Test
    void hostileTextsAreTheSizeAskedAndTheSameEachRun() {
        for (String shape : HostileTexts.names()) {
            String text = HostileTexts.text(shape, 10_000);
            assertEquals(10_000, text.length(), shape);
            assertEquals(text, HostileTexts.text(shape, 10_000), shape);
        }
    }

    @Test
    void importAsTheWindowDoesGivesTheSameArchive() throws Exception {
        String plain = tmp.resolve("plain").toString();
        String window = tmp.resolve("window").toString();
        assertEquals(ExitCodes.OK, run("import", TestData.articles().toString(), "--archive", plain).code());
        Run imp = run("import", TestData.articles().toString(), "--as-window", "--archive", window);
        assertEquals(ExitCodes.OK, imp.code(), imp.err());
        assertTrue(imp.out().startsWith("Imported: 13 new"), imp.out());
        for (String[] cmd : List.of(new String[] {"speakers"}, new String[] {"search", "quote:inflation", "--json"})) {
            List<String> a = new java.util.ArrayList<>(List.of(cmd));
            List<String> b = new java.util.ArrayList<>(List.of(cmd));
            a.addAll(List.of("--archive", plain));
            b.addAll(List.of("--archive", window));
            assertEquals(run(a.toArray(String[]::new)).out(), run(b.toArray(String[]::new)).out(), String.join(" ", cmd));
        }
    }

    @Test
    void speakersCanBeCorrectedAndTheirQuotesExportedAsCsvAndJson() throws Exception {
        String archive = tmp.resolve("q").toString();
        assertEquals(ExitCodes.OK, run("import", TestData.articles().toString(), "--archive", archive).code());
        Run renamed = run("speakers", "--archive", archive, "--rename", "Lena Brandt", "Fire Chief Lena Brandt");
        assertEquals(ExitCodes.OK, renamed.code(), renamed.err());
        assertTrue(renamed.out().contains("Fire Chief Lena Brandt") && !renamed.out().contains("outlets  Lena Brandt"), renamed.out());

        Run csv = run("quotes", "--archive", archive, "--speaker", "Fire Chief Lena Brandt", "--csv");
        assertEquals(ExitCodes.OK, csv.code(), csv.err());
        var records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(csv.out())).getRecords();
        assertEquals(10, records.size(), csv.out());
        assertTrue(records.stream().allMatch(r -> r.get("speaker").equals("Fire Chief Lena Brandt") && !r.get("quote").isEmpty()
                && !r.get("outlet").isEmpty()), csv.out());
        assertTrue(records.stream().anyMatch(r -> r.get("quote").contains(",")), "quotes with commas survive the CSV round trip");

        // a name as typed: the speaker of that last name whose name holds the other words
        Run typed = run("quotes", "--archive", archive, "--speaker", "lena brandt", "--csv");
        assertEquals(csv.out(), typed.out());
        assertTrue(typed.err().contains("\u201clena brandt\u201d: Fire Chief Lena Brandt."), typed.err());
        Run searched = run("search", "fire", "--archive", archive, "--speaker", "Brandt");
        Run shown = run("search", "fire", "--archive", archive, "--speaker", "Fire Chief Lena Brandt");
        assertEquals(shown.out().lines().filter(l -> !l.contains(" ms)")).toList(), searched.out().lines().filter(l -> !l.contains(" ms)")).toList());
        assertTrue(!shown.out().startsWith("0 matching"), shown.out());
        Run nobody = run("quotes", "--archive", archive, "--speaker", "Otto Brandt", "--csv");
        assertEquals(ExitCodes.OK, nobody.code());
        assertEquals("speaker,quote,title,outlet,date,article,start,end", nobody.out().strip());
        assertTrue(nobody.err().contains("No speaker named \u201cOtto Brandt\u201d"), nobody.err());

        Run json = run("quotes", "--archive", archive, "--speaker", "Fire Chief Lena Brandt", "--json");
        String[] lines = json.out().strip().split("\n");
        assertEquals(10, lines.length);
        assertEquals("Fire Chief Lena Brandt", new ObjectMapper().readTree(lines[0]).get("speaker").asText());

        // the quotations a search finds: only those holding a hit
        Run found = run("quotes", "--archive", archive, "--search", "economy", "--csv");
        assertEquals(ExitCodes.OK, found.code(), found.err());
        var rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new java.io.StringReader(found.out())).getRecords();
        assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.get("quote").toLowerCase().contains("economy")), found.out());
        Run bad = run("quotes", "--archive", archive, "--search", "\"unclosed");
        assertEquals(ExitCodes.INVALID_QUERY, bad.code());
    }

    @Test
    void errorsHaveDocumentedExitCodesAndMessages() throws Exception {
        String archive = tmp.resolve("a").toString();
        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.writeString(bad.resolve("ok.txt"), "Headline for a test\n\nA sentence of reasonable length that makes this file an article to import.\n");
        Run imp = run("import", bad.toString(), "--archive", archive);
        assertEquals(ExitCodes.SOME_FILES_FAILED, imp.code());
        assertTrue(imp.err().contains("error: " + bad.resolve("empty.txt") + ": empty file"), imp.err());
        assertTrue(imp.out().contains("1 new"), imp.out());

        Run invalid = run("search", "\"unclosed", "--archive", archive);
        assertEquals(ExitCodes.INVALID_QUERY, invalid.code());
        assertTrue(invalid.err().startsWith("invalid query: Unclosed quotation mark"), invalid.err());
        assertEquals(ExitCodes.NOT_FOUND, run("show", "999", "--archive", archive).code());
        assertEquals(ExitCodes.USAGE, run("search").code());
        assertEquals(ExitCodes.USAGE, run("frobnicate").code());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedByNameAndTheRestImported() throws Exception {
        java.nio.file.Path folder = tmp.resolve("big");
        java.nio.file.Files.createDirectories(folder);
        java.nio.file.Files.writeString(folder.resolve("small.txt"), "A small story\n\nThe council met on Monday and agreed.\n");
        java.nio.file.Files.writeString(folder.resolve("huge.txt"), "A huge file\n\n" + "word ".repeat(300_000)); // 1.5 MB
        Run imp = run("import", folder.toString(), "--max-file-mb", "1", "--archive", tmp.resolve("big-archive").toString());
        assertEquals(ExitCodes.SOME_FILES_FAILED, imp.code(), imp.out() + imp.err());
        assertTrue(imp.out().startsWith("Imported: 1 new"), imp.out());
        assertTrue((imp.out() + imp.err()).contains("huge.txt") && (imp.out() + imp.err()).contains("the limit is 1 MB"), imp.out() + imp.err());
    }

    @Test
    void archiveInUseIsAClearError() throws Exception {
        Path archive = tmp.resolve("a");
        try (var g = org.gazette.app.Gazette.open(archive, org.gazette.task.TaskContext.NONE)) {
            Run r = run("search", "bridge", "--archive", archive.toString());
            assertEquals(ExitCodes.ARCHIVE_ERROR, r.code());
            assertTrue(r.err().contains("is in use by another Gazette"), r.err());
        }
    }
}
