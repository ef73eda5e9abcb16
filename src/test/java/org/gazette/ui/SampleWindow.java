package org.gazette.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.gazette.TestData;
import org.testfx.util.WaitForAsyncUtils;

/** The window over a fresh archive of the sample articles, as the UI tests start it and close it. */
final class SampleWindow {
    private SampleWindow() { }

    /** Imports the sample articles into a new archive under {@code tmp}, shows the window on {@code stage}, opens the archive. */
    static MainViewModel show(Stage stage, Path tmp) throws Exception {
        Path archive = sampleArchive(tmp);
        MainViewModel model = new MainViewModel();
        stage.setScene(GazetteApp.createScene(model));
        stage.show();
        model.open(archive, null);
        return model;
    }

    /** A new archive under {@code tmp} with the sample articles imported. */
    static Path sampleArchive(Path tmp) throws Exception {
        return TestData.sampleArchive(Files.createTempDirectory(tmp, "archive"));
    }

    /**
     * A node's centre on screen, read on the JavaFX thread. TestFX reads a node's bounds on the test's thread; a list cell
     * with text lays that text out there, beside the JavaFX thread laying out the same cell, and the layout they share
     * breaks (seen: a NullPointerException in {@code PrismTextLayout}, and every pulse after it failing). Click the point.
     */
    static javafx.geometry.Point2D centreOnScreen(javafx.scene.Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
        }).get(5, TimeUnit.SECONDS);
    }

    /** Closes the model and every window, so that the next test's lookups find only its own. */
    static void close(MainViewModel model) throws Exception {
        WaitForAsyncUtils.asyncFx(model::close).get(10, TimeUnit.SECONDS);
        org.testfx.api.FxToolkit.cleanupStages();
    }
}
