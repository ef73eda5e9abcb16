package org.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The empty result list says why it is empty: the archive is still opening (its index may be rebuilt), or nothing matched. */
@ExtendWith(ApplicationExtension.class)
class ResultsPlaceholderTest {
    @TempDir static Path tmp;
    private MainViewModel model;
    private javafx.scene.Parent root;

    @Start
    void start(Stage stage) {
        model = new MainViewModel(); // not opened yet: as in the window's first moments
        stage.setScene(GazetteApp.createScene(model));
        stage.show();
        root = stage.getScene().getRoot();
    }

    @AfterEach
    void close() throws Exception {
        SampleWindow.close(model);
    }

    private String placeholder(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.from(root).lookup("#resultsPlaceholder").tryQuery()
                .map(n -> ((Label) n).getText()).orElse("")).get(5, TimeUnit.SECONDS);
    }

    @Test
    void whileTheArchiveOpensTheListSaysSoAndOnceOpenANoMatchSaysNoResults(FxRobot robot) throws Exception {
        assertTrue(placeholder(robot).startsWith("Opening the archive"), placeholder(robot));
        Path archive = SampleWindow.sampleArchive(tmp);
        WaitForAsyncUtils.asyncFx(() -> model.open(archive, null)).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> model.gazetteProperty().get() != null);
        robot.clickOn(robot.from(root).lookup("#search").queryAs(TextField.class)).write("zzqxv");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> "No results.".equals(placeholder(robot)));
    }
}
