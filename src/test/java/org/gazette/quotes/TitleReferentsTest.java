package org.gazette.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gazette.archive.QuoteRecord;
import org.gazette.ingest.QuoteExtraction;
import org.junit.jupiter.api.Test;

class TitleReferentsTest {
    private static String speakerOf(String text, String quoteStart) {
        return ShownSpeakers.of(text, quoteStart);
    }

    @Test
    void aLoneOfficeIsThePersonTheArticleTitlesSo() {
        String text = "President Marta Lindqvist of Aldren visited the port on Monday.\n\n"
                + "Lindqvist spoke to dock workers. Lindqvist promised new cranes.\n\n"
                + "“We will rebuild every pier,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "We will rebuild"));
        Quote q = QuoteAttributor.quotesResolvingOffices(text).get(0);
        assertTrue(q.rule().endsWith("+title"), q.rule());
        // the extractor alone reports the speaker as the text words it, as the evaluation sets annotate it
        assertEquals("the president", QuoteAttributor.quotes(text).get(0).speaker());
    }

    @Test
    void aLoneJudgeIsTheOneTheArticleTitlesJudge() {
        String text = "U.S. District Judge Derrick Watson blocked the order on Wednesday. Watson wrote a long opinion.\n\n"
                + "It cited statements by Trump that the judge said amounted to \"significant and unrebutted evidence.\"\n";
        assertEquals("Derrick Watson", speakerOf(text, "significant and unrebutted"));
    }

    @Test
    void theOwnersMarkAfterAPluralNameIsNoPartOfIt() {
        String text = "Attorney General Sessions' office sent the letter on Monday. Sessions kept working.\n\n"
                + "There, the attorney general told graduates he was “blessed” to serve.\n";
        assertEquals("Sessions", speakerOf(text, "blessed"));
    }

    @Test
    void theFullestTitledMentionNamesThePerson() {
        String text = "Sen. Okafor filed the bill. Senator Tom Okafor said it would pass.\n\n"
                + "“It is a fair deal,” the senator said.\n";
        assertEquals("Tom Okafor", speakerOf(text, "It is a fair deal"));
    }

    @Test
    void aLastNameAloneAfterTheTitleStaysALastName() {
        // the one Okafor named in full is another of the family: "Okafor" is left for the archive's speakers
        String text = "Sen. Okafor filed the bill with help from his wife, Ada Okafor. Okafor said it would pass.\n\n"
                + "“It is a fair deal,” the senator said.\n";
        assertEquals("Okafor", speakerOf(text, "It is a fair deal"));
    }

    @Test
    void twoPeopleWithTheTitleLeaveTheOfficeAsItIs() {
        String text = "President Marta Lindqvist met French President Paul Girard in Aldren.\n\n"
                + "“Our ports are open,” the president said.\n";
        assertEquals("the president", speakerOf(text, "Our ports are open"));
    }

    @Test
    void aForeignPresidentTheStoryNamesLessLeavesTheOfficeToTheOneTitledPlainly() {
        String text = "President Marta Lindqvist met French President Paul Girard in Aldren. Lindqvist toured the docks; "
                + "Lindqvist later spoke.\n\n“Our ports are open,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "Our ports are open"));
        // the foreign president named as often or more: the description may be theirs
        String visit = "President Marta Lindqvist met French President Paul Girard in Aldren. Girard toured the docks; "
                + "Girard later spoke. Lindqvist left.\n\n“Our ports are open,” the president said.\n";
        assertEquals("the president", speakerOf(visit, "Our ports are open"));
        assertEquals("Marta Lindqvist", speakerOf(text.replace("French President", "Russia's President"), "Our ports are open"),
                "a country's possessive qualifies the title too");
    }

    @Test
    void aForeignPresidentTitledPlainlyLaterIsStillForeign() {
        // "Turkish President Recep Tayyip Erdogan", then "President Erdogan": the same foreign office both times
        String text = "President Marta Lindqvist warned French President Paul Girard on Monday. Lindqvist spoke; Lindqvist "
                + "left. President Girard answered.\n\n“Our ports are open,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "Our ports are open"));
        // a party is no other country: "Republican Sen. Tom Okafor", then "Sen. Okafor", is the one senator
        String senator = "Republican Sen. Tom Okafor filed the bill. Sen. Okafor said it would pass. Okafor left.\n\n"
                + "“It is a fair deal,” the senator said.\n";
        assertEquals("Tom Okafor", speakerOf(senator, "It is a fair deal"));
    }

    @Test
    void theDayAfterATitledNameIsNoPartOfIt() {
        String text = "Aldren's ministers pushed back at President Lindqvist Thursday. Lindqvist did not answer.\n\n"
                + "“Our ports are open,” the president said.\n";
        assertEquals("Lindqvist", speakerOf(text, "Our ports are open"));
    }

    @Test
    void anOfficeNoOneHoldsInTheArticleIsThePersonTitledSoJustBefore() {
        // two presidents named about as often: the article gives the office to neither, the paragraph before does
        String crowds = "The crowds waited in the rain for hours. ".repeat(20) + "\n\n";
        String text = "President Marta Lindqvist met President Ivo Brandt in Aldren on Monday. Brandt spoke first; "
                + "Lindqvist spoke later.\n\n" + crowds + "On Tuesday, President Lindqvist toured the docks.\n\n"
                + "“Our ports are open,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "Our ports are open"));
        // the title given paragraphs before, or only after the quotation: nobody's
        String far = text.replace("toured the docks.\n\n", "toured the docks.\n\n" + crowds);
        assertEquals("the president", speakerOf(far, "Our ports are open"));
        String after = "President Marta Lindqvist met President Ivo Brandt in Aldren on Monday. Brandt spoke first; "
                + "Lindqvist spoke later.\n\n“Our ports are open,” the president said.\n\nPresident Lindqvist left.\n";
        assertEquals("the president", speakerOf(after, "Our ports are open"));
    }

    @Test
    void aTitleInsideAQuotationOrABodysTitleIsNoMentionJustBefore() {
        String text = "President Marta Lindqvist met Ivo Brandt in Aldren on Monday. Lindqvist left; Brandt stayed.\n\n"
                + "The crowds waited in the rain for hours. ".repeat(20) + "\n\nLater, President Brandt spoke. Lindqvist "
                + "had left.\n\n“We owe nothing to President Lindqvist,” an aide said.\n\n“Our ports are open,” the president said.\n";
        assertEquals("Brandt", speakerOf(text, "Our ports are open"));
        String council = "President Marta Lindqvist met President Ivo Brandt in Aldren on Monday. Lindqvist left; Brandt "
                + "stayed.\n\nLater, Harbour Council President Brandt spoke.\n\n“Our ports are open,” the president said.\n";
        assertEquals("the president", speakerOf(council, "Our ports are open"));
    }

    @Test
    void ofTwoPeopleTitledPlainlyTheOneTheStoryNamesFarMoreHoldsTheOffice() {
        // a predecessor named in passing: the story's president is the one it keeps naming
        String text = "President Marta Lindqvist signed the port bill, which President Ivo Brandt had vetoed. Lindqvist "
                + "toured the docks. Lindqvist thanked the workers.\n\n“Our ports are open,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "Our ports are open"));
        // named about as often: which one is meant, the text alone does not tell
        String both = text.replace("Lindqvist thanked the workers.", "Brandt objected. Brandt left.");
        assertEquals("the president", speakerOf(both, "Our ports are open"));
    }

    @Test
    void aPartyQualifiesTheTitleAsANationalityDoes() {
        String text = "President Marta Lindqvist undid the rule that Republican President Ivo Brandt had made. Lindqvist "
                + "spoke.\n\n“Our ports are open,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "Our ports are open"));
    }

    @Test
    void someoneElseGivenTheOfficeInAnAppositionLeavesItAsItIs() {
        String text = "President Marta Lindqvist met Paul Girard, the French president, in Aldren. Girard smiled.\n\n"
                + "“Our ports are open,” the president said.\n";
        assertEquals("the president", speakerOf(text, "Our ports are open"));
    }

    @Test
    void aTitleEndingItsLineTitlesNobodyOnTheNext() {
        String text = "The faithful waited for the Pope\nChristmas Eve Mass began at ten. Pope Leo spoke of refugees. Leo "
                + "blessed the crowd.\n\n“Make room for them,” the pope said.\n";
        assertEquals("Leo", speakerOf(text, "Make room"));
    }

    @Test
    void theOfficeHoldersLawyerIsNoHolder() {
        String text = "President Marta Lindqvist fired Ian Hale, the president's lawyer. Lindqvist said Hale had lied.\n\n"
                + "“He is lying to save himself,” the president said.\n";
        assertEquals("Marta Lindqvist", speakerOf(text, "He is lying"));
        String written = "Lindqvist fired Ian Hale, the lawyer for the president. Lindqvist said Hale had lied.\n\n"
                + "“He is lying to save himself,” the president said.\n";
        assertEquals("the president", speakerOf(written, "He is lying"), "nobody titled, nobody the president in apposition");
    }

    @Test
    void aFormerHolderOrAVicePresidentIsNotTheOffice() {
        String text = "Former President Ian Hale and Vice President Rosa Diaz toured the plant.\n\n"
                + "“Jobs are coming back,” the president said.\n";
        assertEquals("the president", speakerOf(text, "Jobs are coming back"));
    }

    @Test
    void aPresidentNamedOnceBesideAPersonTheStoryIsAboutIsNotTheOffice() {
        String text = "Trump signed the order on Friday. Trump said it was overdue, and Trump thanked his staff. "
                + "The order reverses one signed by President George H. W. Bush.\n\n"
                + "“This is a great day,” the president said.\n";
        assertEquals("the president", speakerOf(text, "This is a great day"));
    }

    @Test
    void withNobodyTitledTheOnePersonGivenTheOfficeInAnAppositionHoldsIt() {
        String text = "Ada Okafor, the governor of Aldren, signed the budget. Okafor had vetoed two before.\n\n"
                + "“This one is balanced,” the governor said.\n";
        assertEquals("Okafor", speakerOf(text, "This one is balanced"));
        String former = "Ada Okafor, the former governor of Aldren, criticised the budget. Okafor had vetoed two.\n\n"
                + "“This one is balanced,” the governor said.\n";
        assertEquals("the governor", speakerOf(former, "This one is balanced"), "a former holder is not the office");
        String phrase = "On Christmas Eve, the governor signed the budget. Christmas Eve is a holiday in Aldren.\n\n"
                + "“This one is balanced,” the governor said.\n";
        assertEquals("the governor", speakerOf(phrase, "This one is balanced"), "a leading phrase is no apposition");
    }

    @Test
    void officesOfMoreThanOneWordAndLowerCaseTitles() {
        String text = "First lady Rosa Diaz visited the school with Chief Justice Ian Hale. Diaz read to the pupils, and Hale "
                + "answered their questions. Diaz thanked the teachers.\n\n“Reading is freedom,” the first lady said. "
                + "“Ask anything,” the chief justice said.\n";
        assertEquals("Rosa Diaz", speakerOf(text, "Reading is freedom"));
        assertEquals("Ian Hale", speakerOf(text, "Ask anything"));
    }

    @Test
    void anotherSpeakerIsLeftAlone() {
        String text = "President Marta Lindqvist visited the port.\n\n“It was loud,” a dock worker said.\n";
        assertEquals(List.of("a dock worker"), QuoteExtraction.of(0, text).stream().map(QuoteRecord::speaker).toList());
    }
}
