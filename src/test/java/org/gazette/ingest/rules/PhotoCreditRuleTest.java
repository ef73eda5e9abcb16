package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhotoCreditRuleTest {
    @Test
    void removesCreditsAndCaptionsWithCredits() {
        String caption = "Above, the mayor speaks at City Hall on Monday. Dana Kovac / AFP/Getty Images";
        var d = run(new PhotoCreditRule(), "Dursun Aydemir/Anadolu Agency via Getty Images", BODY, "Photo: Ines Calder/The Capital Herald",
                "Ines Calder / Harbor City Post", caption, "(AP Photo/Jane Roe)", BODY);
        assertEquals(List.of("Dursun Aydemir/Anadolu Agency via Getty Images", "Photo: Ines Calder/The Capital Herald",
                "Ines Calder / Harbor City Post", caption, "(AP Photo/Jane Roe)"), removed(d));
    }

    @Test
    void removesCaptionsThatOpenWithTheirCredit() {
        List<String> captions = List.of("Dana Kovac/Reuters Mayor Ana Markovic speaks at City Hall in Harbor City, March 2, 2026.",
                "Story Hinckley/The Harbor City Monitor Lena Brandt says she has backed the council since she could vote.",
                "Tom J. Reilly/AP, FILE Port workers walk out over night shifts in 2025.");
        List<String> kept = List.of("The Reuters/Ipsos poll was conducted online in English throughout the county.",
                "Ana Markovic/Lena Brandt Report Finds Harbor Tolls Too High", // no agency after the slash
                BODY);
        List<String> lines = new java.util.ArrayList<>(captions);
        lines.addAll(kept);
        var d = run(new PhotoCreditRule(), lines.toArray(new String[0]));
        assertEquals(captions, removed(d));
    }

    @Test
    void removesACopyrightCreditWithItsCaptionRunIn() {
        String credit = "\u00A9 Jane Doe / The Picture Collection / Getty Images Senator Ann Lee (center) meets colleagues in 1959. "
                + "Lee was a strong defender of the rule.";
        var d = run(new PhotoCreditRule(), credit, BODY, "\u00A9 2020 The Capital Herald. All rights reserved.");
        assertEquals(List.of(credit, "\u00A9 2020 The Capital Herald. All rights reserved."), removed(d));
    }

    @Test
    void removesPictureLabelsLeftByCopying() {
        String player = "Media playback is unsupported on your device Media caption The mayor on the strike: \"We will not "
                + "give in\"";
        var d = run(new PhotoCreditRule(), "Image copyright AP", BODY,
                "Image copyright Reuters Image caption Despite the death toll, more patients are recovering", "Media caption Watch the moment",
                player, "An image caption contest drew 300 entries, the museum said.");
        assertEquals(List.of("Image copyright AP", "Image copyright Reuters Image caption Despite the death toll, more patients are recovering",
                "Media caption Watch the moment", player), removed(d));
    }

    @Test
    void removesCaptionsOpenedByAShareBarOrClosedByAPhotographCredit() {
        String shared = "Facebook Twitter Pinterest Senator Ann Lee with the mayor in 2015. Photograph: Dana Kovac/CQ-Roll Call,Inc.";
        String bare = "Facebook Twitter Pinterest A screenshot of the missing account";
        String credited = "Ann Lee at her home in Aldren. Photograph: Ines Calder/The Capital Herald";
        String prose = "The exhibition is called Photograph: A History, and it opens on Friday with more than 300 prints from "
                + "the city's archive, the museum said.";
        var d = run(new PhotoCreditRule(), shared, BODY, bare, credited, BODY, prose);
        assertEquals(List.of(shared, bare, credited), removed(d));
    }

    @Test
    void removesACaptionWhoseCreditTheNextCardOrTheHighlightsFollow() {
        List<String> captions = List.of(
                "The mayor said the harbor plan was \"actually quite weak.\" | AP Photo Brenn copying me on the bridge, mayor says",
                "Council members met on Tuesday. | Dana Kovac/AFP/Getty Images Council delays bridge vote The vote had been due in May.",
                "Flames blaze from vehicles at the scene of an explosion in the port, Friday. (Photo: Jane Roe, AP) Story Highlights "
                        + "A former ambassador died in the blast",
                "Larry and Linda Drain live apart so that she can keep her health care. (Photo: Shelley Mays, The (Harbor) Ledger)",
                "The commissioner speaks on Tuesday. (Photo: Jane Roe/Meridian Wire via Getty Images) More",
                "AP Photo Brenn downplays his poll bounce",
                "Image Ana Ruiz, a nurse in Harbor City, said she had not been trained for it. Credit... Jane Roe for the Ledger");
        List<String> lines = new java.util.ArrayList<>(captions);
        lines.add(2, BODY);
        lines.add("By Jane Roe | AP");
        lines.add("AP Photographer Jane Roe took the picture from the bridge.");
        lines.add("Image rights were sold, the court heard. Credit for the find went to the clerk.");
        lines.add("The fees rose | AP Photo archive shows, the clerk said.");
        lines.add("The mayor, shown here (Photo: city hall), said the bridge would reopen in May.");
        assertEquals(captions, removed(run(new PhotoCreditRule(), lines.toArray(new String[0]))));
    }

    @Test
    void keepsSentencesThatCiteAnAgency() {
        var d = run(new PhotoCreditRule(), BODY, "The ministry said talks would resume on Thursday, according to Reuters.",
                "Cleveland/Akron", BODY);
        assertEquals(List.of(), removed(d));
    }

    /** The agency is looked for in the line's tail: the answers must be the whole-line pattern's. */
    @Test
    void findsTheAgencyAtTheEndAsTheWholeLinePatternDoes() throws Exception {
        var field = PhotoCreditRule.class.getDeclaredField("AGENCY_AT_END");
        field.setAccessible(true);
        java.util.regex.Pattern whole = (java.util.regex.Pattern) field.get(null);
        String prose = "The council met on Tuesday and voted to extend the program for another two years, its chair said";
        List<String> lines = List.of("Dana Kovac / AFP/Getty Images", prose + " (AP Photo/Jane Roe)",
                "AP Photo/Jane Roe, " + prose, "AP Photo/Jane Roe (left) " + prose, prose + " Courtesy of the Lee family",
                prose + " Courtesy of " + "x".repeat(45), prose + " Hulton Archive Images)", prose + " the gap", prose,
                "x\u0085Dana Kovac / AFP", "AP Photo\u0085Jane Roe", "Handout", "Picture Alliance)", "ap", ")", "PHOTO: AP PHOTO/J. ROE");
        for (String line : lines) {
            assertEquals(whole.matcher(line).matches(), PhotoCreditRule.agencyAtEnd(line), line);
        }
        // and lines made of the pieces the pattern turns on
        String[] pieces = {"Courtesy of ", "courtesy OF", "AP Photo", "ap", "/", ")", "(", " images", " Images", "x", "é", " ", ".",
                "'", "-", "Getty", " Getty Images", "EPA-EFE", "zuma wire", "\u0085", "\uD835\uDC00", "\u00A0", "Lee family"};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            if (random.nextInt(4) == 0) {
                sb.append("y".repeat(random.nextInt(45)));
            }
            String line = sb.toString();
            assertEquals(whole.matcher(line).matches(), PhotoCreditRule.agencyAtEnd(line), line);
        }
    }
}
