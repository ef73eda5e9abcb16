package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.gazette.archive.MetaField;
import org.junit.jupiter.api.Test;

class MojibakeTest {
    /** UTF-8 text read as Windows-1252, {@code times} over, as a tool that mangles it would save it. */
    private static String mangled(String text, int times) {
        Charset windows1252 = Charset.forName("windows-1252");
        for (int i = 0; i < times; i++) {
            text = new String(text.getBytes(StandardCharsets.UTF_8), windows1252);
        }
        return text;
    }

    @Test
    void textReadAsWindows1252OnceOrTwiceIsReadBack() {
        String headline = "House refuses Obama\u2019s demand to rush \u201Creform\u201D \u2014 again";
        assertEquals("House refuses Obama\u00E2\u20AC\u2122s demand to rush \u00E2\u20AC\u0153reform\u00E2\u20AC\u009D "
                + "\u00E2\u20AC\u201D again", mangled(headline, 1).replace('\uFFFD', '\u009D'));
        assertEquals(headline, Mojibake.repair(mangled(headline, 1).replace('\uFFFD', '\u009D')));
        // twice over, as in 157 of AllSides' headlines: "ObamaÃ¢â‚¬â„¢s"
        assertEquals("Obama\u2019s demand", Mojibake.repair("Obama\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s demand"));
        assertEquals("New \u201Cfiscal cliff\u201D compromise", Mojibake.repair("New \u00C3\u00A2\u00E2\u201A\u00AC\u00C5\u201C"
                + "fiscal cliff\u00C3\u00A2\u00E2\u201A\u00AC\u00C2\u009D compromise"));
    }

    @Test
    void realAccentsAndOtherScriptsStayAsTheyAre() {
        for (String s : new String[] {"Caf\u00E9 na\u00EFve \u00FCber", "Ren\u00E9e Fleming\u2019s \u201Cnew\u201D role",
                "\u6771\u4EAC and \u041C\u043E\u0441\u043A\u0432\u0430", "S\u00E3o Paulo \u2013 \u00A9 2020", "plain ASCII"}) {
            assertSame(s, Mojibake.repair(s), s);
        }
        // one mangled word among real accents: only it changes
        assertEquals("Caf\u00E9 owner\u2019s view", Mojibake.repair("Caf\u00E9 owner\u00E2\u20AC\u2122s view"));
    }

    @Test
    void theParserShowsAMangledHeadlineRepaired() {
        ParsedArticle p = ArticleParser.standard().parse("Romney erases Obama\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s lead "
                + "among women\n\nWASHINGTON (AP) \u2014 What gender gap? Less than two weeks out from Election Day, Mitt Romney "
                + "has erased the lead President Barack Obama had among women.\n", null);
        assertEquals("Romney erases Obama\u2019s lead among women", p.metadata().get(MetaField.TITLE).value());
    }
}
