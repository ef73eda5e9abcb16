package org.gazette.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app. The window shows at once; the archive opens in the background (default {@code index/},
 * or {@code -Dgazette.archive=DIR}), and on a first start the sample {@code articles/} folder (or
 * {@code -Dgazette.articles=DIR}) is imported with progress.
 */
public final class GazetteApp extends Application {
    private MainViewModel model;
    /** The archive, opening since the program started (see {@link #main}). */
    private static volatile org.gazette.app.EarlyOpen early;

    public static void main(String[] args) {
        early = org.gazette.app.EarlyOpen.start(archive()); // while the toolkit starts on the other core
        launch(GazetteApp.class, args);
    }

    private static Path archive() {
        return Path.of(System.getProperty("gazette.archive", "index"));
    }

    /** Builds the scene for a model; tests use this with their own stage and archive. */
    public static Scene createScene(MainViewModel model) {
        Scene scene = new Scene(new MainView(model), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(GazetteApp.class.getResource("gazette.css")).toExternalForm());
        return scene;
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        model = new MainViewModel();
        stage.setTitle("Gazette");
        stage.setScene(createScene(model));
        stage.setOnHidden(e -> Platform.exit());
        stage.show();
        long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("WINDOW_SHOWN " + sinceStart + " ms after JVM start");
        // usable: the archive is open and its articles are listed (for start-up measurements)
        model.resultInfoProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends String> o, String before, String now) {
                if (now != null && !now.isEmpty()) {
                    o.removeListener(this);
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("FIRST_RESULTS " + ms + " ms after JVM start: " + now);
                }
            }
        });
        Path articles = Path.of(System.getProperty("gazette.articles", "articles"));
        org.gazette.app.EarlyOpen opening = early;
        early = null;
        if (opening != null) {
            model.open(archive(), articles, opening);
        } else {
            model.open(archive(), articles); // launched without main (a test, a tool)
        }
        String exitAfter = System.getProperty("gazette.exitAfterMs", System.getenv("GAZETTE_EXIT_AFTER_MS"));
        if (exitAfter != null) { // for screenshots and start-up measurements
            javafx.animation.PauseTransition p = new javafx.animation.PauseTransition(javafx.util.Duration.millis(Long.parseLong(exitAfter)));
            p.setOnFinished(e -> Platform.exit());
            p.play();
        }
        String query = System.getProperty("gazette.query");
        if (query != null) {
            model.queryProperty().set(query);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
    }
}
