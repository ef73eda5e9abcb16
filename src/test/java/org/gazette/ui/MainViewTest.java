package org.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.gazette.TestData;
import org.gazette.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a reporter uses it: type, read, step through hits, see the original, edit, import. */
@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    @TempDir static Path tmp;
    private MainViewModel model;
    private javafx.scene.Parent root;

    @Start
    void start(Stage stage) throws Exception {
        model = SampleWindow.show(stage, tmp);
        root = stage.getScene().getRoot();
    }

    @AfterEach
    void close() throws Exception {
        SampleWindow.close(model);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /**
     * Clicks the result cell showing this hit and waits for the reader to show it. Under load the list may lay
     * its cells out again between finding a cell and clicking it, so a click that opened nothing is repeated.
     */
    private void clickResult(FxRobot robot, SearchHit hit) throws Exception {
        for (int attempt = 0; attempt < 3; attempt++) {
            waitUntil(() -> cellOf(robot, hit) != null);
            robot.clickOn(SampleWindow.centreOnScreen(cellOf(robot, hit)));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> hit.title().equals(text(robot, "#readerTitle")));
                return;
            } catch (java.util.concurrent.TimeoutException e) {
                // the click landed on a cell being laid out again: try once more
            }
        }
        throw new AssertionError("choosing the result \"" + hit.title() + "\" did not open it");
    }

    private javafx.scene.control.ListCell<?> cellOf(FxRobot robot, SearchHit hit) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup(".list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> hit.equals(c.getItem()) && c.isVisible()).findFirst().orElse(null)).get(5, TimeUnit.SECONDS);
    }

    /** A label's text, read on the JavaFX thread (the scene changes under a reader on any other thread). */
    private String text(FxRobot robot, String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup(id).tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")).get(5, TimeUnit.SECONDS);
    }

    @Test
    void openingTheArchiveListsItsArticlesWithOneSearch() throws Exception {
        // the outlet box refilled with the archive's outlets used to ask for the same list again, dropping the first
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> !model.results().isEmpty() && model.outlets().size() > 1
                && !model.speakers().isEmpty()).get(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model.searchesAsked());
    }

    @Test
    void typeAQueryReadAnArticleAndStepThroughItsHits(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> results.getItems().size() == 13); // browsing: every article, newest first
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write("Castellanos");
        waitUntil(() -> results.getItems().size() == 3);
        waitUntil(() -> text(robot, "#resultInfo").startsWith("3 articles")); // the label is set just after the list

        SearchHit first = results.getItems().get(0);
        clickResult(robot, first);
        waitUntil(() -> first.title().equals(text(robot, "#readerTitle")));
        waitUntil(() -> text(robot, "#hitInfo").startsWith("hit 1 of")); // hits are found off the UI thread
        TextFlow body = robot.from(root).lookup("#readerText").query();
        List<Text> hits = body.getChildren().stream().map(Text.class::cast).filter(t -> t.getStyleClass().contains("hit")).toList();
        assertTrue(hits.size() >= 2, "every mention is highlighted");
        hits.forEach(t -> assertEquals("castellanos", t.getText().toLowerCase()));
        assertEquals("hit 1 of " + hits.size(), text(robot, "#hitInfo"));
        boolean shapeOnText = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.shape.Path current = (javafx.scene.shape.Path) robot.from(root).lookup(".current-hit-shape").query();
            var shape = current.localToScene(current.getBoundsInLocal());
            var word = hits.get(0).localToScene(hits.get(0).getBoundsInLocal());
            return shape.contains(word.getCenterX(), word.getCenterY());
        }).get(5, TimeUnit.SECONDS);
        assertTrue(shapeOnText, "the highlight is drawn over the hit, not where the text was before");
        robot.clickOn(robot.from(root).lookup("#nextHit").queryButton());
        assertEquals("hit 2 of " + hits.size(), text(robot, "#hitInfo"));

        // a new search marks its own hits in the article still open
        String shown = body.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
        String other = java.util.Arrays.stream(shown.split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 8 && !w.equalsIgnoreCase("castellanos")).findFirst().orElseThrow();
        TextField search = robot.from(root).lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText(other));
        String stem = other.substring(0, 5).toLowerCase();
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> {
            List<Text> now = body.getChildren().stream().map(Text.class::cast).filter(t -> t.getStyleClass().contains("hit")).toList();
            return !now.isEmpty() && now.stream().allMatch(t -> t.getText().toLowerCase().startsWith(stem));
        }).get(5, TimeUnit.SECONDS));
        assertEquals(first.title(), text(robot, "#readerTitle"), "the article stays open");

        robot.clickOn(robot.from(root).lookup("#originalToggle").queryAs(javafx.scene.control.ToggleButton.class));
        waitUntil(() -> body.getChildren().stream().map(n -> ((Text) n).getText()).reduce("", String::concat).contains("By "));
    }

    @Test
    void speakersPanelListsQuotesAcrossTheArchiveAndTheReaderColoursThem(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(root).lookup(".tab-label").match(n -> "Speakers".equals(((Label) n).getText())).queryAs(Label.class));
        ListView<org.gazette.archive.SpeakerSummary> speakers = robot.from(root).lookup("#speakers").queryListView();
        waitUntil(() -> speakers.getItems().size() > 10); // quotations are found in the background first
        robot.clickOn(robot.from(root).lookup("#speakerFilter").queryAs(TextField.class)).write("brandt");
        waitUntil(() -> speakers.getItems().size() == 1);
        robot.clickOn(SampleWindow.centreOnScreen(robot.from(root).lookup("#speakers .list-cell").queryAs(javafx.scene.control.ListCell.class)));
        ListView<org.gazette.archive.QuoteRow> quotes = robot.from(root).lookup("#speakerQuotes").queryListView();
        waitUntil(() -> quotes.getItems().size() == 10);
        assertTrue(quotes.getItems().stream().map(org.gazette.archive.QuoteRow::outlet).distinct().count() == 3, "quoted by three outlets");
        assertEquals("Lena Brandt — 10 quotations", text(robot, "#speakerHeading"));
        List<org.gazette.archive.QuoteRow> all = List.copyOf(quotes.getItems());
        // read a page at a time (pages of whole articles, at least 2 quotations each; StoredQuotationsTest): the list
        // asks for the next page while its end is in sight, until every quotation is listed, in the same order as at once
        WaitForAsyncUtils.asyncFx(() -> model.selectSpeaker(null)).get(5, TimeUnit.SECONDS);
        waitUntil(() -> quotes.getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> {
            model.speakerQuotesPage(2);
            model.selectSpeaker("Lena Brandt");
        }).get(5, TimeUnit.SECONDS);
        waitUntil(() -> quotes.getItems().size() == 10);
        assertEquals(all, List.copyOf(quotes.getItems()), "page after page, the same quotations in the same order");
        assertEquals("Lena Brandt — 10 quotations", text(robot, "#speakerHeading"));
        Path file = tmp.resolve("brandt.csv");
        WaitForAsyncUtils.asyncFx(() -> model.exportSpeakerQuotes(file, org.gazette.app.QuoteExport.Format.CSV)).get(5, TimeUnit.SECONDS);
        waitUntil(() -> text(robot, "#status").startsWith("Exported 10 quotations by Lena Brandt"));
        assertEquals(11, Files.readAllLines(file).size(), "a header and every quotation");
        WaitForAsyncUtils.asyncFx(() -> {
            model.speakerQuotesPage(MainViewModel.SPEAKER_QUOTES_PAGE);
            model.selectSpeaker("Lena Brandt");
        }).get(5, TimeUnit.SECONDS);
        waitUntil(() -> quotes.getItems().size() == 10);
        List<org.gazette.archive.QuoteRow> brandt = List.copyOf(quotes.getItems());

        org.gazette.archive.QuoteRow row = quotes.getItems().get(0);
        robot.clickOn(SampleWindow.centreOnScreen(robot.from(root).lookup("#speakerQuotes .list-cell")
                .match(c -> ((javafx.scene.control.ListCell<?>) c).getIndex() == 0).queryAs(javafx.scene.control.ListCell.class)));
        waitUntil(() -> row.title().equals(text(robot, "#readerTitle")));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup(".legend-chip").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Lena Brandt"))).get(5, TimeUnit.SECONDS));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> !((javafx.scene.shape.Path) robot.from(root).lookup(".current-hit-shape").query())
                .getElements().isEmpty()).get(5, TimeUnit.SECONDS)); // the chosen quotation is marked

        // clicking another speaker's quotation in the reader selects that speaker
        TextFlow body = robot.from(root).lookup("#readerText").query();
        Text other = WaitForAsyncUtils.asyncFx(() -> body.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getUserData() instanceof org.gazette.archive.QuoteRecord q && q.speaker() != null
                        && !q.speaker().equals("Lena Brandt")).findFirst().orElseThrow()).get(5, TimeUnit.SECONDS);
        org.gazette.archive.QuoteRecord otherQuote = (org.gazette.archive.QuoteRecord) other.getUserData();
        String otherSpeaker = otherQuote.speaker();
        // the reader may still be scrolling to the chosen quotation: aim again and click again until it lands
        for (int attempt = 0; attempt < 5 && !otherSpeaker.equals(model.selectedSpeakerProperty().get()); attempt++) {
            javafx.geometry.Point2D onGlyph = WaitForAsyncUtils.asyncFx(() -> { // a run's bounds span lines: aim at its first letter
                var box = new javafx.scene.shape.Path(body.rangeShape(otherQuote.start(), otherQuote.start() + 1)).getBoundsInLocal();
                return body.localToScreen(box.getCenterX(), box.getCenterY());
            }).get(5, TimeUnit.SECONDS);
            robot.clickOn(onGlyph);
            try {
                WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> otherSpeaker.equals(model.selectedSpeakerProperty().get()));
            } catch (java.util.concurrent.TimeoutException missed) {
                // the text moved under the pointer; the next attempt aims again
            }
        }
        waitUntil(() -> otherSpeaker.equals(model.selectedSpeakerProperty().get()));
        waitUntil(() -> !quotes.getItems().isEmpty() && quotes.getItems().stream().allMatch(r -> r.speaker().equals(otherSpeaker)));

        // the pointer over a quotation names its speaker (the tooltip is made when the pointer first comes over it)
        javafx.geometry.Point2D glyph = WaitForAsyncUtils.asyncFx(() -> {
            var box = new javafx.scene.shape.Path(body.rangeShape(otherQuote.start(), otherQuote.start() + 1)).getBoundsInLocal();
            return body.localToScreen(box.getCenterX(), box.getCenterY());
        }).get(5, TimeUnit.SECONDS);
        robot.moveTo(robot.from(root).lookup("#search").queryAs(TextField.class));
        robot.moveTo(glyph);
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> body.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getUserData() instanceof org.gazette.archive.QuoteRecord q && q.start() == otherQuote.start())
                .anyMatch(t -> t.getProperties().get(ArticleTextView.TOOLTIP) instanceof javafx.scene.control.Tooltip tip
                        && tip.getText().equals(otherSpeaker))).get(5, TimeUnit.SECONDS));

        // a quotation of another article, chosen while an article is open: that article opens marked at the quotation
        // (the mark was once laid on the article still open, then lost when the chosen one came)
        long openId = WaitForAsyncUtils.asyncFx(() -> model.articleProperty().get().id()).get(5, TimeUnit.SECONDS);
        org.gazette.archive.QuoteRow elsewhere = brandt.stream().filter(r -> r.articleId() != openId).findFirst().orElseThrow();
        ArticleTextView reader = robot.from(root).lookup("#readerScroll").query();
        WaitForAsyncUtils.asyncFx(() -> model.openArticleAt(elsewhere.articleId(), elsewhere.start(), elsewhere.end()))
                .get(5, TimeUnit.SECONDS);
        waitUntil(() -> elsewhere.title().equals(text(robot, "#readerTitle")));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> java.util.Arrays.equals(reader.mark(),
                new int[] {elsewhere.start(), elsewhere.end()})).get(5, TimeUnit.SECONDS));

        // the arrow keys step through the quotations, each opened where it is
        WaitForAsyncUtils.asyncFx(() -> model.selectSpeaker("Lena Brandt")).get(5, TimeUnit.SECONDS);
        waitUntil(() -> quotes.getItems().size() == 10 && quotes.getItems().stream().allMatch(r -> r.speaker().equals("Lena Brandt")));
        robot.interact(() -> {
            quotes.requestFocus();
            quotes.getSelectionModel().select(0);
        });
        org.gazette.archive.QuoteRow next = quotes.getItems().get(1);
        robot.type(javafx.scene.input.KeyCode.DOWN);
        waitUntil(() -> next.title().equals(text(robot, "#readerTitle")));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> java.util.Arrays.equals(reader.mark(),
                new int[] {next.start(), next.end()})).get(5, TimeUnit.SECONDS));
    }

    @Test
    void theSpeakerFilterKeepsArticlesQuotingThatPerson(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> results.getItems().size() == 13);
        waitUntil(() -> model.speakerChoices().size() > 10); // quotations found in the background
        robot.clickOn(robot.from(root).lookup("#speakerFilterBox").queryAs(javafx.scene.control.ComboBox.class));
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").match(n -> "Lena Brandt".equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .tryQuery().isPresent());
        robot.clickOn(SampleWindow.centreOnScreen(robot.lookup(".combo-box-popup .list-cell").match(n -> "Lena Brandt".equals(((javafx.scene.control.ListCell<?>) n).getText()))
                .queryAs(javafx.scene.control.ListCell.class)));
        waitUntil(() -> results.getItems().size() == 3);
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write("quote:sleep");
        waitUntil(() -> results.getItems().size() == 1 && text(robot, "#resultInfo").startsWith("1 article"));
    }

    @Test
    void renamingASpeakerIsSavedAndListed(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(root).lookup(".tab-label").match(n -> "Speakers".equals(((Label) n).getText())).queryAs(Label.class));
        ListView<org.gazette.archive.SpeakerSummary> speakers = robot.from(root).lookup("#speakers").queryListView();
        waitUntil(() -> speakers.getItems().size() > 10);
        robot.clickOn(robot.from(root).lookup("#speakerFilter").queryAs(TextField.class)).write("Castellanos");
        waitUntil(() -> speakers.getItems().size() == 1);
        robot.clickOn(SampleWindow.centreOnScreen(robot.from(root).lookup("#speakers .list-cell").queryAs(javafx.scene.control.ListCell.class)));
        waitUntil(() -> "Robert Castellanos".equals(model.selectedSpeakerProperty().get()));
        robot.clickOn(robot.from(root).lookup("#renameSpeaker").queryButton());
        waitUntil(() -> robot.lookup(".dialog-pane .text-field").tryQuery().isPresent());
        TextField name = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.clickOn(name);
        WaitForAsyncUtils.asyncFx(name::selectAll).get(5, TimeUnit.SECONDS);
        robot.write("Sheriff Robert Castellanos");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "OK".equals(((javafx.scene.control.Button) n).getText()))
                .queryButton());
        waitUntil(() -> model.speakers().stream().anyMatch(s -> s.speaker().equals("Sheriff Robert Castellanos")));
        assertTrue(model.speakers().stream().noneMatch(s -> s.speaker().equals("Robert Castellanos")));
        waitUntil(() -> "Sheriff Robert Castellanos".equals(model.selectedSpeakerProperty().get()));
    }

    @Test
    void splittingASpeakerSaysWhatItBecame(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(root).lookup(".tab-label").match(n -> "Speakers".equals(((Label) n).getText())).queryAs(Label.class));
        ListView<org.gazette.archive.SpeakerSummary> speakers = robot.from(root).lookup("#speakers").queryListView();
        waitUntil(() -> speakers.getItems().size() > 10);
        int before = speakers.getItems().size();
        // the samples spell the central bank's governor Wojcik and Wójcik: one speaker, split back into two
        WaitForAsyncUtils.asyncFx(() -> model.selectSpeaker("Katarzyna Wójcik")).get(5, TimeUnit.SECONDS);
        robot.clickOn(robot.from(root).lookup("#splitSpeaker").queryButton());
        waitUntil(() -> text(robot, "#status").startsWith("Katarzyna Wójcik is now 2 speakers: "));
        assertTrue(text(robot, "#status").contains("Katarzyna Wojcik"), text(robot, "#status"));
        waitUntil(() -> speakers.getItems().size() == before + 1);
        // a speaker written one way has nothing to split, and is told so rather than "Saved"
        WaitForAsyncUtils.asyncFx(() -> model.selectSpeaker("Lena Brandt")).get(5, TimeUnit.SECONDS);
        robot.clickOn(robot.from(root).lookup("#splitSpeaker").queryButton());
        waitUntil(() -> text(robot, "#status").equals("Lena Brandt is written one way in the articles: there is nothing to split."));
        assertEquals(before + 1, speakers.getItems().size());
    }

    @Test
    void invalidQueryIsExplainedInline(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> !results.getItems().isEmpty());
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write("\"eastern flank");
        Label error = robot.from(root).lookup("#queryError").queryAs(Label.class);
        waitUntil(error::isVisible);
        assertEquals("Unclosed quotation mark: add a closing \" to search the phrase.", error.getText());
        robot.write("\"");
        waitUntil(() -> !error.isVisible());
    }

    @Test
    void editedDetailsAreShownAndSearchable(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> !results.getItems().isEmpty());
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write("title:autumn");
        waitUntil(() -> results.getItems().size() == 1);
        clickResult(robot, results.getItems().get(0));
        waitUntil(() -> text(robot, "#readerTitle").contains("autumn"));
        robot.clickOn(robot.from(root).lookup("#editMetadata").queryButton());
        TextField outlet = robot.lookup("#edit-outlet").queryAs(TextField.class);
        robot.doubleClickOn(outlet);
        WaitForAsyncUtils.asyncFx(() -> outlet.setText("Northfield Evening Ledger")).get();
        robot.clickOn("OK");
        waitUntil(() -> "Northfield Evening Ledger".equals(text(robot, "#meta-outlet")));
        waitUntil(() -> robot.from(root).lookup("set by you").tryQuery().isPresent());
        robot.doubleClickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).eraseText(12).write("outlet:evening");
        // asked on the FX thread: the search as you type replaces the items between a check of their size and a read of the first
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> results.getItems().size() == 1
                && "Northfield Evening Ledger".equals(results.getItems().get(0).outlet())).get(5, TimeUnit.SECONDS));
    }

    @Test
    void importShowsProgressThenAReportNamingBadFiles(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> !results.getItems().isEmpty());
        Path folder = Files.createDirectories(tmp.resolve("to-import"));
        String text = Files.readString(TestData.articles().resolve("meridian-wire/pinecrest-wildfire.txt"));
        for (int i = 0; i < 1500; i++) {
            Files.writeString(folder.resolve("copy-" + i + ".txt"), text.replace("Monday", "Monday (copy " + i + ")"));
        }
        Files.write(folder.resolve("empty.txt"), new byte[0]);

        ProgressBar progress = robot.from(root).lookup("#progress").queryAs(ProgressBar.class);
        AtomicBoolean sawProgress = new AtomicBoolean();
        progress.progressProperty().addListener((o, a, b) -> {
            if (progress.isVisible() && b.doubleValue() > 0 && b.doubleValue() < 1) {
                sawProgress.set(true);
            }
        });
        Platform.runLater(() -> model.importPaths(List.of(folder)));
        Node report = robot.from(root).lookup("#reportPane").query();
        waitUntil(report::isVisible);
        assertTrue(sawProgress.get(), "the progress bar moved while importing");
        assertTrue(text(robot, "#importSummary").startsWith("Imported: 1500 new"), text(robot, "#importSummary"));
        ListView<String> problems = robot.from(root).lookup("#importProblems").queryListView();
        assertEquals(1, problems.getItems().size());
        assertTrue(problems.getItems().get(0).contains("empty.txt") && problems.getItems().get(0).contains("empty file"));
        waitUntil(() -> text(robot, "#resultInfo").startsWith("1,513 articles"));
    }

    @Test
    void theQuotationsOfASearchAreExported(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> results.getItems().size() == 13);
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write("quote:inflation");
        waitUntil(() -> results.getItems().size() == 2);
        Path file = tmp.resolve("inflation.csv");
        WaitForAsyncUtils.asyncFx(() -> model.exportSearchQuotes(file, org.gazette.app.QuoteExport.Format.CSV)).get(5, TimeUnit.SECONDS);
        waitUntil(() -> text(robot, "#status").startsWith("Exported 2 quotations matching the search"));
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).contains("Inflation has come back"), lines.get(1));
    }

    @Test
    void anEmptySpeakerListSaysWhenItWillBeListedWhileTheArchiveIsBusy(FxRobot robot) throws Exception {
        robot.clickOn(robot.from(root).lookup(".tab-label").match(n -> "Speakers".equals(((Label) n).getText())).queryAs(Label.class));
        robot.clickOn(robot.from(root).lookup("#speakerFilter").queryAs(TextField.class)).write("nobody by this name");
        waitUntil(() -> robot.from(root).lookup("#speakers").queryListView().getItems().isEmpty());
        waitUntil(() -> !model.runner().runningProperty().get());
        assertEquals("No quotations found yet.", text(robot, "#speakersPlaceholder"));
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Platform.runLater(() -> model.runner().run("Importing…", ctx -> {
            try {
                release.await(15, TimeUnit.SECONDS); // an import in progress
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }, x -> { }, e -> { }));
        waitUntil(() -> text(robot, "#speakersPlaceholder").startsWith("Speakers are listed when the work shown below is done"));
        release.countDown();
        waitUntil(() -> text(robot, "#speakersPlaceholder").equals("No quotations found yet."));
    }

    @Test
    void aSearchOfSpeakersWaitsForTheQuotationsBeingFoundWithoutHoldingUpOtherSearches(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> results.getItems().size() == 13);
        java.util.concurrent.atomic.AtomicBoolean finding = new java.util.concurrent.atomic.AtomicBoolean(true);
        model.quotesBeingFound(g -> finding.get()); // as while an archive's quotations are found again
        TextField search = robot.from(root).lookup("#search").queryAs(TextField.class);
        robot.interact(() -> search.setText("speaker:brandt"));
        waitUntil(() -> text(robot, "#resultInfo").equals(MainViewModel.WAITING_FOR_QUOTES));
        assertTrue(results.getItems().isEmpty(), "no list that is not the search's");
        assertEquals("Waiting for the quotations…", text(robot, "#resultsPlaceholder"), "not \"No results.\"");
        robot.interact(() -> search.setText("Castellanos")); // a search of the words is answered meanwhile
        waitUntil(() -> results.getItems().size() == 3 && text(robot, "#resultInfo").startsWith("3 articles"));
        robot.interact(() -> search.setText("speaker:brandt"));
        waitUntil(() -> text(robot, "#resultInfo").equals(MainViewModel.WAITING_FOR_QUOTES));
        WaitForAsyncUtils.asyncFx(() -> model.selectSpeaker("Lena Brandt")).get(5, TimeUnit.SECONDS); // as from the legend
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> model.speakerQuotes().isEmpty()).get(5, TimeUnit.SECONDS));
        finding.set(false); // found: the search runs by itself, and the speaker's list is read
        waitUntil(() -> !results.getItems().isEmpty() && text(robot, "#resultInfo").matches("\\d+ articles? .*"));
        waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> model.speakerQuotes().size() == 10).get(5, TimeUnit.SECONDS));
        model.quotesBeingFound(org.gazette.app.Gazette::findingQuotes);
    }

    @Test
    void cancelStopsAnImportAndKeepsWhatWasImported(FxRobot robot) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> !results.getItems().isEmpty());
        Path folder = Files.createDirectories(tmp.resolve("to-cancel"));
        String text = Files.readString(TestData.articles().resolve("capital-herald/kessler-bridge-closed.txt"));
        for (int i = 0; i < 4000; i++) {
            Files.writeString(folder.resolve("copy-" + i + ".txt"), text.replace("Monday", "Monday (copy " + i + ")"));
        }
        Platform.runLater(() -> model.importPaths(List.of(folder)));
        Node cancel = robot.from(root).lookup("#cancel").query();
        waitUntil(cancel::isVisible);
        robot.clickOn(cancel);
        waitUntil(() -> robot.from(root).lookup("#reportPane").query().isVisible());
        String summary = text(robot, "#importSummary");
        assertTrue(summary.startsWith("Import cancelled"), summary);
        int imported = Integer.parseInt(summary.replaceAll("Import cancelled: (\\d+) new.*", "$1"));
        assertTrue(imported < 4000, summary);
        waitUntil(() -> text(robot, "#resultInfo").startsWith(String.format("%,d articles", 13 + imported)));
    }
}
