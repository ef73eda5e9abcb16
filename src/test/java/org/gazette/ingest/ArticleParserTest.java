package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.gazette.archive.Provenance;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static final String BODY = "The council voted on Tuesday to close the bridge for repairs, officials said in a statement.";

    @Test
    void outletFromArticlesFolderWhenTextHasNone() {
        ParsedArticle p = ArticleParser.standard().parse("Bridge to close for repairs\n\n" + BODY,
                Path.of("/data/articles/harbor-city-post/bridge.txt"));
        assertEquals("Harbor City Post", p.metadata().outlet());
        assertEquals(Provenance.FOLDER, p.metadata().get(org.gazette.archive.MetaField.OUTLET).source());
    }

    @Test
    void otherFoldersAreNotOutlets() {
        ParsedArticle p = ArticleParser.standard().parse("Bridge to close for repairs\n\n" + BODY,
                Path.of("/data/bbc/business/001.txt"));
        assertEquals(null, p.metadata().outlet());
    }

    @Test
    void titleFromFileNameAsLastResort() {
        ParsedArticle p = ArticleParser.standard().parse(BODY, Path.of("/tmp/bridge-vote_notes.txt"));
        assertEquals("Bridge Vote Notes", p.metadata().title());
        assertEquals(Provenance.FILE_NAME, p.metadata().get(org.gazette.archive.MetaField.TITLE).source());
    }

    @Test
    void aFileNamedByAnIdIsTitledByItsOpeningWordsWhichStayInTheText() {
        String opening = "Tolls are back on the bridge. Why the council wants them again.";
        ParsedArticle p = ArticleParser.standard().parse(opening + "\n\n" + BODY, Path.of("/tmp/2aLMSBFnrCtBuIZ3.txt"));
        assertEquals(opening, p.metadata().title());
        assertEquals(Provenance.OPENING_LINE, p.metadata().get(org.gazette.archive.MetaField.TITLE).source());
        assertEquals(opening + "\n\n" + BODY, p.cleanedText());

        ParsedArticle lead = ArticleParser.standard().parse("\n" + BODY + " " + BODY, Path.of("/tmp/00032b480e8c.txt"));
        assertEquals("The council voted on Tuesday to close the bridge for repairs, officials…", lead.metadata().title());
    }

    @Test
    void openingWordsAreTheFirstLineWholeUpToTwentyWordsElseItsFirstTwelve() {
        String twenty = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                + "seventeen eighteen nineteen twenty";
        assertEquals(twenty, ArticleParser.openingWords("\n  " + twenty + " \nnext line"));
        assertEquals("one two three four five six seven eight nine ten eleven twelve…",
                ArticleParser.openingWords(twenty + " twenty-one"));
        assertEquals("one two three four five six seven eight nine ten eleven twelve…",
                ArticleParser.openingWords(twenty + " and on" + " word".repeat(100_000)));
        assertEquals("a b", ArticleParser.openingWords(" \n\t\na  b"));
        assertEquals(null, ArticleParser.openingWords(" \n "));
    }

    @Test
    void fileNamesThatReadAsWords() {
        for (String name : new String[] {"bridge-vote_notes", "Bridge vote 2024", "NATO summit", "reuters.2024-01-05", "Café-notes"}) {
            assertTrue(ArticleParser.readsAsWords(name), name);
        }
        for (String name : new String[] {"2aLMSBFnrCtBuIZ3", "00032b480e8c", "001", "article2", "iPhoneNotes", ""}) {
            assertTrue(!ArticleParser.readsAsWords(name), name);
        }
    }

    @Test
    void aFileThatIsOnlyAHeadlineKeepsItAsItsText() {
        ParsedArticle p = ArticleParser.standard().parse("Esther Williams, swimming star, dies at 91\n", Path.of("/tmp/a.txt"));
        assertEquals("Esther Williams, swimming star, dies at 91", p.metadata().title());
        assertEquals("Esther Williams, swimming star, dies at 91", p.cleanedText().strip());
    }

    @Test
    void contentHashIgnoresSpacingCaseAndQuoteStyle() {
        assertEquals(ArticleParser.contentHash("He said “no”.\n\nThen  left."), ArticleParser.contentHash("he said \"no\". then left."));
        assertNotEquals(ArticleParser.contentHash("He said no."), ArticleParser.contentHash("He said yes."));
    }

    @Test
    void theHashSeesTheTextAsTheRegexNormalisationDid() {
        // archives keep these hashes (duplicates, unchanged files): the one-pass normalisation must give the same text
        java.util.List<String> samples = new java.util.ArrayList<>(java.util.List.of("", "  ", " A  b\t\tC \n",
                "\u2003Ünïcode\u00A0spaces\u2028and\u3000more\u2003", "İstanbul ΣΟΦΟΣ ‘x’ “y” \r\n\u000B\f end\u1680"));
        java.util.Random random = new java.util.Random(5);
        char[] alphabet = {'a', 'Z', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u00A0', '\u2003', '\u2018', '\u2019',
                '\u201C', '\u201D', 'Σ', 'İ', '\u2028', '\u001C', '.', 'Ä', '\u0800', '\u07FF', '\uFFFD', '\u212A', '\uD83D', '\uDE00'};
        // and without the chars that take the long way (most samples above hold one), for the one-pass fold itself
        StringBuilder common = new StringBuilder();
        for (char c : alphabet) {
            if (c != 'Σ' && c != 'İ' && !Character.isSurrogate(c)) {
                common.append(c);
            }
        }
        char[] oneWay = common.toString().toCharArray();
        assertEquals(alphabet.length - 4, oneWay.length);
        for (char[] chars : new char[][] {alphabet, oneWay}) {
            for (int n = 0; n < 5000; n++) {
                StringBuilder sb = new StringBuilder();
                for (int i = random.nextInt(20); i > 0; i--) {
                    sb.append(chars[random.nextInt(chars.length)]);
                }
                samples.add(sb.toString());
            }
        }
        for (String s : samples) {
            String regex = s.toLowerCase(java.util.Locale.ROOT).replace('\u2018', '\'').replace('\u2019', '\'')
                    .replace('\u201C', '"').replace('\u201D', '"').replaceAll("\\s+", " ").strip();
            assertEquals(regex, ArticleParser.normalForHash(s), "[" + s + "]");
            assertArrayEquals(regex.getBytes(java.nio.charset.StandardCharsets.UTF_8), ArticleParser.normalForHashUtf8(s), "[" + s + "]");
        }
    }
}
