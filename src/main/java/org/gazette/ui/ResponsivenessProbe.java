package org.gazette.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Measures how responsive the window stays while it works: opens the real window on a fresh archive, imports
 * a corpus folder while "typing" a new search every 300 ms, and records the time between JavaFX frames. A gap
 * is time the UI thread could not draw (or answer input). Run it under a display (e.g. xvfb-run):
 * {@code java -cp target/gazette.jar org.gazette.ui.ResponsivenessProbe CORPUS_DIR}.
 */
public final class ResponsivenessProbe {
    private ResponsivenessProbe() { }

    public static void main(String[] args) {
        Application.launch(ProbeApp.class, args);
    }

    public static final class ProbeApp extends Application {
        private final List<Long> frames = new ArrayList<>();
        private static final String[] QUERIES = {"minister", "\"prime minister\"", "econom*", "blair AND brown", "film OR music", "goverment~1"};

        @Override
        public void start(Stage stage) throws Exception {
            Path corpus = Path.of(getParameters().getRaw().get(0));
            Path archive = Files.createTempDirectory("gazette-probe");
            MainViewModel model = new MainViewModel();
            stage.setScene(GazetteApp.createScene(model));
            stage.show();
            AnimationTimer timer = new AnimationTimer() {
                @Override public void handle(long now) { frames.add(System.nanoTime()); }
            };
            model.gazetteProperty().addListener((o, a, g) -> {
                timer.start();
                model.importPaths(List.of(corpus));
                javafx.animation.Timeline typing = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                        javafx.util.Duration.millis(300), e -> model.queryProperty().set(QUERIES[frames.size() % QUERIES.length])));
                typing.setCycleCount(javafx.animation.Animation.INDEFINITE);
                typing.play();
                model.lastReportProperty().addListener((o2, b, report) -> {
                    timer.stop();
                    typing.stop();
                    report(report.summary());
                    model.close();
                    Platform.exit();
                });
            });
            model.open(archive, null);
        }

        private void report(String summary) {
            List<Double> gaps = new ArrayList<>();
            for (int i = 1; i < frames.size(); i++) {
                gaps.add((frames.get(i) - frames.get(i - 1)) / 1e6);
            }
            List<String> worst = new ArrayList<>();
            for (int i = 1; i < frames.size(); i++) {
                double g = (frames.get(i) - frames.get(i - 1)) / 1e6;
                if (g > 50) {
                    worst.add(String.format("%.0f ms at %.2f s", g, (frames.get(i - 1) - frames.get(0)) / 1e9));
                }
            }
            gaps.sort(Double::compare);
            double seconds = (frames.get(frames.size() - 1) - frames.get(0)) / 1e9;
            long over50 = gaps.stream().filter(g -> g > 50).count();
            System.out.println(summary);
            System.out.printf("frames %d in %.1f s (%.0f fps); gap between frames: median %.1f ms, p99 %.1f ms, max %.1f ms; "
                    + "%d gaps over 50 ms%n", frames.size(), seconds, frames.size() / seconds, gaps.get(gaps.size() / 2),
                    gaps.get((int) (gaps.size() * 0.99)), gaps.get(gaps.size() - 1), over50);
            System.out.println("gaps over 50 ms: " + worst);
        }
    }
}
