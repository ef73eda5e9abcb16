package org.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.gazette.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Comparing coverage as a reporter does it on the sample archive (three outlets' versions of a rate cut among
 * other stories): the reader's "Other coverage", the comparison window, two chosen results, "Compare with…".
 */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
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

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    private static <T> T onFx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(5, TimeUnit.SECONDS);
    }

    /** The comparison window, once one is open. */
    private static CompareView comparison() throws Exception {
        return onFx(() -> Window.getWindows().stream().map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(r -> r instanceof CompareView).map(CompareView.class::cast).findFirst().orElse(null));
    }

    private static String labelText(Node scope, String selector) throws Exception {
        return onFx(() -> scope.lookupAll(selector).stream().filter(n -> n instanceof Label)
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b));
    }

    private void search(FxRobot robot, String query, int expected) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        waitUntil(() -> results.getItems().size() == 13);
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write(query);
        waitUntil(() -> results.getItems().size() == expected);
    }

    private javafx.scene.control.ListCell<?> cell(FxRobot robot, int index) throws Exception {
        ListView<SearchHit> results = robot.from(root).lookup("#results").queryListView();
        SearchHit hit = results.getItems().get(index);
        waitUntil(() -> onFx(() -> robot.from(root).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> hit.equals(c.getItem()))));
        return onFx(() -> robot.from(root).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> hit.equals(c.getItem())).findFirst().orElseThrow());
    }

    @Test
    void otherCoverageListsTheStorysOtherOutletsAndOneClickComparesThem(FxRobot robot) throws Exception {
        search(robot, "title:lowers", 1);
        robot.clickOn(SampleWindow.centreOnScreen(cell(robot, 0)));
        waitUntil(() -> onFx(() -> robot.from(root).lookup("#otherCoverage .coverage-link").queryAll().size() == 2));
        List<String> links = onFx(() -> robot.from(root).lookup("#otherCoverage .coverage-link").queryAllAs(Hyperlink.class)
                .stream().map(Hyperlink::getText).toList());
        assertTrue(links.stream().anyMatch(l -> l.startsWith("Meridian Wire")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.startsWith("Harbor City Post")), links.toString());
        assertTrue(links.stream().noneMatch(l -> l.contains("strike") || l.contains("Bridge")), "other stories are not coverage: " + links);

        robot.clickOn(robot.from(root).lookup("#otherCoverage .coverage-link")
                .match(n -> ((Hyperlink) n).getText().startsWith("Meridian Wire")).queryAs(Hyperlink.class));
        waitUntil(() -> comparison() != null);
        CompareView view = comparison();
        assertTrue(labelText(view, "#compareSimilarity").endsWith("% alike"), labelText(view, "#compareSimilarity"));
        String both = labelText(view, "#speakersBoth .legend-chip");
        assertTrue(both.contains("Katarzyna W") && both.contains("Henrik Aalto"), "Wojcik and Wójcik are one person: " + both);
        assertTrue(labelText(view, "#speakersOnlyA .legend-chip").contains("Jonas Lindahl"));
        assertTrue(labelText(view, "#speakersOnlyB .legend-chip").contains("Lars Engvik"));
        String factsOnlyB = labelText(view, "#factsOnlyB .fact-line");
        assertTrue(factsOnlyB.contains("Nordbank"), factsOnlyB);
        assertFalse(factsOnlyB.contains("Priya Nandakumar") || factsOnlyB.contains("Meridian Wire"),
                "the wire's own name and its writer are not facts of the story: " + factsOnlyB);

        // click on the first sentence the two share: its counterpart is marked on the other side
        ArticleTextView left = (ArticleTextView) view.lookup("#compareA");
        ArticleTextView right = (ArticleTextView) view.lookup("#compareB");
        javafx.geometry.Point2D spot = onFx(() -> {
            var pair = view.comparisonForTests().pairs().stream().min(java.util.Comparator.comparingInt(p -> p.a())).orElseThrow();
            int[] s = view.comparisonForTests().sentencesA().get(pair.a());
            left.scrollTo(s);
            left.layout();
            javafx.scene.shape.Path shape = new javafx.scene.shape.Path(left.flow().rangeShape(s[0], Math.min(s[1], s[0] + 3)));
            Bounds b = left.flow().localToScreen(shape.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getMinX() + 2, b.getCenterY());
        });
        robot.clickOn(spot);
        waitUntil(() -> onFx(() -> right.mark() != null && left.mark() != null));
        String status = labelText(view, "#compareSelection");
        assertTrue(status.contains("↔"), status);
        int[] marked = onFx(right::mark);
        String counterpart = onFx(() -> right.body().substring(marked[0], marked[1]));
        assertFalse(counterpart.isBlank());
    }

    @Test
    void twoChosenResultsAreComparedSideBySide(FxRobot robot) throws Exception {
        search(robot, "title:rate OR title:rates", 3);
        robot.clickOn(SampleWindow.centreOnScreen(cell(robot, 0)));
        robot.press(KeyCode.CONTROL).clickOn(SampleWindow.centreOnScreen(cell(robot, 1))).release(KeyCode.CONTROL);
        Node button = robot.from(root).lookup("#compareSelected").query();
        waitUntil(button::isVisible);
        robot.clickOn(button);
        waitUntil(() -> comparison() != null);
        CompareView view = comparison();
        assertEquals(2, onFx(() -> view.lookupAll(".compare-title").size()));
        waitUntil(() -> onFx(() -> !((javafx.scene.text.TextFlow) view.lookup("#compareTextA")).getChildren().isEmpty()));
        assertTrue(onFx(() -> view.lookupAll(".aligned-shape").size() > 0), "sentences both tell are shaded");
    }

    @Test
    void compareWithOffersTheStorysOtherCoverageFirst(FxRobot robot) throws Exception {
        search(robot, "title:lowers", 1);
        var cell = cell(robot, 0);
        robot.rightClickOn(cell);
        // headless Monocle sends no menu request on a right click; send the one a desktop platform sends
        onFx(() -> {
            Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    20, 10, b.getMinX() + 20, b.getMinY() + 10, false, null));
            return null;
        });
        waitUntil(() -> onFx(() -> robot.lookup(".context-menu .menu-item").tryQuery().isPresent()));
        robot.clickOn(robot.lookup(".context-menu .menu-item").nth(0).queryAs(Node.class)); // "Compare with…"
        waitUntil(() -> onFx(() -> robot.lookup("#compareCandidates").tryQuery().isPresent()));
        ListView<SearchHit> candidates = robot.lookup("#compareCandidates").queryListView();
        waitUntil(() -> candidates.getItems().size() >= 3);
        List<String> firstTwo = onFx(() -> candidates.getItems().subList(0, 2).stream().map(SearchHit::outlet).sorted().toList());
        assertEquals(List.of("Harbor City Post", "Meridian Wire"), firstTwo);
        robot.clickOn(robot.lookup("#compareFilter").queryAs(TextField.class)).write("Kessler");
        waitUntil(() -> onFx(() -> !candidates.getItems().isEmpty() && candidates.getItems().get(0).title().contains("Kessler")));
        robot.clickOn(SampleWindow.centreOnScreen(robot.lookup("#compareCandidates .list-cell")
                .match(n -> ((javafx.scene.control.ListCell<?>) n).getItem() == candidates.getItems().get(0)).queryAs(Node.class)));
        waitUntil(() -> candidates.getSelectionModel().getSelectedItem() != null);
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> "Compare".equals(((javafx.scene.control.Button) n).getText()))
                .queryAs(javafx.scene.control.Button.class));
        waitUntil(() -> comparison() != null);
        assertTrue(labelText(comparison(), "#compareSimilarity").endsWith("% alike"));
    }
}
