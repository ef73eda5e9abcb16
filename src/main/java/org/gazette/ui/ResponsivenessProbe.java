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
 * With {@code --archive DIR} it opens an existing archive instead and works in it as a user would: types
 * searches letter by letter, opens a result, lists the speakers, picks the most quoted one, reads their quotations
 * page by page as their list does when scrolled, and filters the results by the second, recording the frames and how
 * long after the last keystroke each search's results were shown. For each frame over 50 ms late it says what the UI thread and the renderer were
 * doing 45 ms into it, and how long the collectors ran over the whole gap.
 */
public final class ResponsivenessProbe {
    private ResponsivenessProbe() { }

    public static void main(String[] args) {
        Application.launch(ProbeApp.class, args);
    }

    public static final class ProbeApp extends Application {
        private final List<Long> frames = new ArrayList<>();
        /** When the last frame was drawn (nanoTime), for the watchdog. */
        private volatile long lastFrame;
        /** What the script did last, so a late frame can be told by what came before it. */
        private volatile String lastStep = "start";
        /** For each late frame: when the watchdog saw it late, what the UI thread was doing, and after which step. */
        private final List<String> stalls = java.util.Collections.synchronizedList(new ArrayList<>());
        private static final String[] QUERIES = {"minister", "\"prime minister\"", "econom*", "blair AND brown", "film OR music", "goverment~1"};

        @Override
        public void start(Stage stage) throws Exception {
            if (getParameters().getRaw().get(0).equals("--archive")) {
                workIn(stage, Path.of(getParameters().getRaw().get(1)));
                return;
            }
            Path corpus = Path.of(getParameters().getRaw().get(0));
            Path archive = Files.createTempDirectory("gazette-probe");
            MainViewModel model = new MainViewModel();
            stage.setScene(GazetteApp.createScene(model));
            stage.show();
            watch(Thread.currentThread());
            AnimationTimer timer = new AnimationTimer() {
                @Override public void handle(long now) { frame(); }
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

        private static final String[] TYPED = {"presidential debate", "econom*", "\"health care\" AND tax", "goverment~1",
                "speaker:trump wall"};

        /** A scripted session in an existing archive: one step every 150 ms (a keystroke, a click). */
        private void workIn(Stage stage, Path archive) {
            MainViewModel model = new MainViewModel();
            stage.setScene(GazetteApp.createScene(model));
            stage.show();
            watch(Thread.currentThread());
            AnimationTimer timer = new AnimationTimer() {
                @Override public void handle(long now) { frame(); }
            };
            List<Runnable> steps = new ArrayList<>();
            long[] typedAt = {0};
            List<Double> resultLatency = new ArrayList<>();
            List<String> slowest = new ArrayList<>();
            model.resultInfoProperty().addListener((o, a, b) -> {
                if (typedAt[0] != 0) {
                    double ms = (System.nanoTime() - typedAt[0]) / 1e6;
                    resultLatency.add(ms);
                    slowest.add(String.format("%06.0f ms: %s (%s)", ms, model.queryProperty().get(), b));
                    typedAt[0] = 0;
                }
            });
            for (String q : TYPED) {
                for (int i = 1; i <= q.length(); i++) {
                    String prefix = q.substring(0, i);
                    steps.add(() -> {
                        lastStep = "typing " + prefix;
                        typedAt[0] = System.nanoTime();
                        model.queryProperty().set(prefix);
                    });
                }
                for (int i = 0; i < 8; i++) {
                    steps.add(() -> { }); // a reader's pause: the results arrive
                }
                steps.add(() -> {
                    lastStep = "opening a result of " + q;
                    if (!model.results().isEmpty()) {
                        model.openArticle(model.results().get(0).id());
                    }
                });
                for (int i = 0; i < 6; i++) {
                    steps.add(() -> { });
                }
            }
            steps.add(() -> {
                lastStep = "listing the speakers";
                model.loadSpeakers();
            });
            for (int i = 0; i < 20; i++) {
                steps.add(() -> { });
            }
            steps.add(() -> {
                lastStep = "choosing the first speaker";
                if (!model.speakers().isEmpty()) {
                    model.selectSpeaker(model.speakers().get(0).speaker());
                }
            });
            for (int i = 0; i < 10; i++) {
                steps.add(() -> { });
                steps.add(() -> { // the quotation list scrolled to its end: its next page is read
                    lastStep = "reading the next page of quotations";
                    model.moreSpeakerQuotes();
                });
            }
            for (int i = 0; i < 20; i++) {
                steps.add(() -> { });
            }
            steps.add(() -> {
                lastStep = "filtering by the second speaker";
                if (model.speakers().size() > 1) {
                    model.speakerFilterProperty().set(model.speakers().get(1).speaker());
                }
            });
            for (int i = 0; i < 20; i++) {
                steps.add(() -> { });
            }
            int[] next = {0};
            javafx.animation.Timeline script = new javafx.animation.Timeline(new javafx.animation.KeyFrame(
                    javafx.util.Duration.millis(150), e -> {
                        if (next[0] < steps.size()) {
                            steps.get(next[0]++).run();
                        }
                    }));
            script.setCycleCount(steps.size() + 1);
            script.setOnFinished(e -> {
                timer.stop();
                resultLatency.sort(Double::compare);
                String latency = resultLatency.isEmpty() ? "no results shown" : String.format(
                        "%d result lists shown; after the keystroke: median %.0f ms, p95 %.0f ms, max %.0f ms", resultLatency.size(),
                        resultLatency.get(resultLatency.size() / 2), resultLatency.get((int) (resultLatency.size() * 0.95)),
                        resultLatency.get(resultLatency.size() - 1));
                slowest.sort(java.util.Comparator.reverseOrder());
                report(String.format("%s; %,d speakers listed, %,d quotations of the first%nslowest results: %s", latency,
                        model.speakers().size(), model.speakerQuotes().size(), slowest.subList(0, Math.min(6, slowest.size()))));
                model.close();
                Platform.exit();
            });
            model.gazetteProperty().addListener((o, a, g) -> {
                timer.start();
                script.play();
            });
            model.open(archive, null);
        }

        private void frame() {
            long now = System.nanoTime();
            long gc = gcMillis();
            if (lastFrame != 0 && now - lastFrame > 50_000_000L) {
                // read when the late frame has come: a collection that stopped every thread is over by then (read at the
                // watchdog's 45th ms, a full collection still running had not been counted)
                gapGc.put(frames.size(), gc - gcAtLastFrame);
            }
            frames.add(now);
            lastFrame = now;
            gcAtLastFrame = gc;
        }

        /** For each frame that came over 50 ms after the one before (its index): the collectors' time in between (ms). */
        private final java.util.Map<Integer, Long> gapGc = new java.util.HashMap<>();

        /** Collection time so far, all collectors (ms). */
        private volatile long gcAtLastFrame;

        private static long gcMillis() {
            long ms = 0;
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ms += Math.max(0, gc.getCollectionTime());
            }
            return ms;
        }

        /** The leaf of a thread's stack, then its first frames of Gazette's or JavaFX's own (four in all). */
        private static List<String> top(Thread t) {
            List<String> top = new ArrayList<>();
            for (StackTraceElement e : t.getStackTrace()) {
                String c = e.getClassName();
                if (top.size() < 4 && (top.isEmpty() || c.startsWith("org.gazette") || c.startsWith("javafx.")
                        || c.startsWith("com.sun.javafx") || c.startsWith("com.sun.prism"))) {
                    top.add(c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName());
                }
            }
            return top;
        }

        /**
         * Samples the UI thread while a frame is late (over 40 ms since the last): the frames in its stack that are
         * Gazette's or JavaFX's own, once per late frame at its 45th ms, so each gap over 50 ms is told by its cause
         * (a layout, a list filled, a collection, or a thread waiting for a core).
         */
        private void watch(Thread ui) {
            Thread watchdog = new Thread(() -> {
                long sampledFor = 0;
                Thread renderer = null;
                while (true) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long last = lastFrame;
                    if (last == 0 || last == sampledFor || (System.nanoTime() - last) / 1_000_000 < 45) {
                        continue;
                    }
                    sampledFor = last;
                    List<String> top = top(ui); // first: what the UI thread is doing is what a late frame is about
                    if (renderer == null) { // looked for once: a snapshot of every thread's stack stops them all
                        renderer = Thread.getAllStackTraces().keySet().stream()
                                .filter(t -> t.getName().startsWith("QuantumRenderer")).findFirst().orElse(null);
                    }
                    String render = renderer == null ? "" : " | renderer " + renderer.getState() + " " + top(renderer);
                    stalls.add(String.format("%.2f s after %s: %s %s%s | GC %d ms", (last - frames.get(0)) / 1e9, lastStep,
                            ui.getState(), top, render, gcMillis() - gcAtLastFrame)); // GC so far; the gaps' list has it whole
                }
            }, "probe-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
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
                    Long gc = gapGc.get(i);
                    worst.add(String.format("%.0f ms at %.2f s%s", g, (frames.get(i - 1) - frames.get(0)) / 1e9,
                            gc != null && gc > 0 ? " (GC " + gc + " ms)" : ""));
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
            System.out.println("the UI thread 45 ms into each late frame:");
            synchronized (stalls) {
                stalls.forEach(st -> System.out.println("  " + st));
            }
        }
    }
}
