package org.gazette.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;
import org.gazette.archive.MetaValue;
import org.gazette.archive.QuoteRecord;

/**
 * The reader: the article's metadata (with where each value came from), its cleaned text with every hit of
 * the current search highlighted, next/previous hit, and a toggle to the original text as imported.
 */
final class ReaderView extends BorderPane {
    private final MainViewModel model;
    private final Label title = new Label();
    private final GridPane meta = new GridPane();
    private final TextFlow text = new TextFlow();
    private final Path highlights = new Path();
    private final Path current = new Path();
    private final ScrollPane scroll;
    private final ToggleButton original = new ToggleButton("Original text");
    private final Button prev = new Button("◀ Previous hit");
    private final Button next = new Button("Next hit ▶");
    private final Button edit = new Button("Edit details…");
    private final Label hitInfo = new Label();
    private final Label placeholder = new Label("Choose an article on the left to read it here.");
    private final javafx.scene.Group quoteShapes = new javafx.scene.Group();
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 4);
    private final java.util.Map<String, javafx.scene.paint.Color> colours = new java.util.LinkedHashMap<>();
    private String body = "";
    private int[] focused; // a quotation chosen in the speakers panel, marked until another article is shown
    private List<QuoteRecord> quotes = List.of();
    private List<int[]> hits = List.of();
    private int currentHit = -1;
    private long renders;

    ReaderView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("reader");
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        title.setId("readerTitle");
        meta.getStyleClass().add("reader-meta");
        meta.setHgap(10);
        meta.setVgap(2);
        text.setId("readerText");
        text.getStyleClass().add("reader-text");
        text.setLineSpacing(4);
        highlights.getStyleClass().add("hit-shape");
        current.getStyleClass().add("current-hit-shape");
        highlights.setManaged(false);
        current.setManaged(false);
        quoteShapes.setManaged(false);
        StackPane layers = new StackPane(quoteShapes, highlights, current, text);
        layers.setAlignment(Pos.TOP_LEFT);
        layers.setPadding(new Insets(0));
        VBox page = new VBox(layers);
        page.setPadding(new Insets(8, 24, 24, 24));
        scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.setId("readerScroll");
        text.layoutBoundsProperty().addListener((o, a, b) -> drawHighlights());

        original.setId("originalToggle");
        original.setTooltip(new Tooltip("Show the text exactly as it was imported, page furniture and all"));
        prev.setId("prevHit");
        next.setId("nextHit");
        edit.setId("editMetadata");
        hitInfo.setId("hitInfo");
        hitInfo.getStyleClass().add("hit-info");
        prev.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        original.setOnAction(e -> render());
        edit.setOnAction(e -> {
            Article a = model.articleProperty().get();
            if (a != null) {
                MetadataDialog.show(getScene().getWindow(), a).ifPresent(changes -> model.saveMetadata(a.id(), changes));
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(8, prev, next, hitInfo, spacer, original, edit);
        tools.setAlignment(Pos.CENTER_LEFT);
        legend.setId("quoteLegend");
        legend.getStyleClass().add("quote-legend");
        legend.managedProperty().bind(legend.visibleProperty());
        VBox header = new VBox(6, title, meta, tools, legend);
        header.setPadding(new Insets(14, 24, 10, 24));
        header.getStyleClass().add("reader-header");
        placeholder.getStyleClass().add("placeholder");
        setTop(header);
        setCenter(placeholder);
        header.visibleProperty().bind(model.articleProperty().isNotNull());
        header.managedProperty().bind(header.visibleProperty());

        model.articleProperty().addListener((o, a, b) -> {
            original.setSelected(false);
            focused = null;
            render();
        });
        model.articleQueryProperty().addListener((o, a, b) -> render());
        model.articleQuotes().addListener((javafx.collections.ListChangeListener<QuoteRecord>) c -> {
            quotes = original.isSelected() ? List.of() : List.copyOf(model.articleQuotes());
            refreshText();
        });
        model.focusRangeProperty().addListener((o, a, b) -> {
            if (b != null && model.articleProperty().get() != null) {
                javafx.application.Platform.runLater(this::showFocus);
            }
        });
        render();
    }

    /** Rebuilds the text runs (hits, quotations) and their shapes, keeping the scroll position. */
    private void refreshText() {
        if (model.articleProperty().get() == null) {
            return;
        }
        List<QuoteRecord> valid = quotes.stream().filter(q -> q.end() <= body.length()).toList();
        text.getChildren().setAll(segments(body, hits, valid));
        colours.clear();
        for (QuoteRecord q : valid) {
            if (q.speaker() != null) {
                colours.computeIfAbsent(q.speaker(), k -> PALETTE[colours.size() % PALETTE.length]);
            }
        }
        legend.getChildren().clear();
        for (var e : colours.entrySet()) {
            long n = valid.stream().filter(q -> e.getKey().equals(q.speaker())).count();
            javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(12, 12, e.getValue());
            Label chip = new Label(e.getKey() + " (" + n + ")", swatch);
            chip.getStyleClass().add("legend-chip");
            chip.setOnMouseClicked(ev -> model.selectSpeaker(e.getKey()));
            legend.getChildren().add(chip);
        }
        legend.setVisible(!colours.isEmpty());
        drawHighlights();
        showFocus();
    }

    /** A quotation chosen in the speakers panel: marked like the current hit and scrolled into view. */
    private void showFocus() {
        int[] f = model.focusRangeProperty().get();
        if (f == null || f[1] > body.length() || original.isSelected()) {
            return;
        }
        focused = f;
        currentHit = -1;
        drawHighlights();
        model.focusRangeProperty().set(null);
        double y = current.getBoundsInParent().getMinY();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (content - viewport))));
        }
    }

    private static final javafx.scene.paint.Color[] PALETTE = {
        javafx.scene.paint.Color.web("#54aeff", 0.35), javafx.scene.paint.Color.web("#f778ba", 0.35),
        javafx.scene.paint.Color.web("#4ac26b", 0.35), javafx.scene.paint.Color.web("#d4a72c", 0.40),
        javafx.scene.paint.Color.web("#c297ff", 0.40), javafx.scene.paint.Color.web("#fb8f44", 0.35),
        javafx.scene.paint.Color.web("#3fb8af", 0.40), javafx.scene.paint.Color.web("#ff8182", 0.35),
        javafx.scene.paint.Color.web("#8c959f", 0.35), javafx.scene.paint.Color.web("#a0c334", 0.40)};

    private void render() {
        Article a = model.articleProperty().get();
        boolean has = a != null;
        prev.setDisable(true);
        next.setDisable(true);
        original.setDisable(!has);
        edit.setDisable(!has);
        if (!has) {
            title.setText("");
            meta.getChildren().clear();
            hitInfo.setText("");
            setCenter(placeholder);
            return;
        }
        title.setText(a.title() == null ? "(untitled)" : a.title());
        meta.getChildren().clear();
        int row = 0;
        for (MetaField f : MetaField.values()) {
            MetaValue v = a.metadata().get(f);
            Label name = new Label(label(f));
            name.getStyleClass().add("meta-name");
            Label value = new Label(v.isPresent() ? (f == MetaField.DATE ? Format.date(v.value()) : v.value()) : "—");
            value.setId("meta-" + f.column());
            Label source = new Label(v.source().label());
            source.getStyleClass().add("meta-source");
            meta.addRow(row++, name, value, source);
        }
        Label fileName = new Label("File");
        fileName.getStyleClass().add("meta-name");
        Label file = new Label(a.source() == null ? "—" : a.source());
        file.setId("meta-file");
        String copies = a.sources().size() > 1 ? ", " + (a.sources().size() - 1) + " more cop" + (a.sources().size() == 2 ? "y" : "ies") : "";
        Label encoding = new Label(a.encoding() + copies);
        encoding.getStyleClass().add("meta-source");
        if (a.sources().size() > 1) {
            encoding.setTooltip(new Tooltip(String.join("\n", a.sources())));
        }
        meta.addRow(row, fileName, file, encoding);
        body = original.isSelected() ? a.originalText() : a.cleanedText();
        quotes = original.isSelected() ? List.of() : List.copyOf(model.articleQuotes()); // offsets are in the cleaned text
        hits = List.of();
        currentHit = -1;
        hitInfo.setText("");
        setCenter(scroll);
        scroll.setVvalue(0);
        refreshText();
        long token = ++renders;
        String shown = body;
        model.hitOffsets(shown, original.isSelected() ? -1 : a.id(), found -> {
            if (token != renders) {
                return; // another article, query or view came since
            }
            hits = found;
            currentHit = hits.isEmpty() || focused != null ? -1 : 0;
            refreshText();
            updateHitControls();
            if (currentHit >= 0 && model.focusRangeProperty().get() == null) {
                javafx.application.Platform.runLater(this::scrollToCurrent);
            }
        });
    }

    private static String label(MetaField f) {
        return switch (f) {
            case TITLE -> "Title";
            case OUTLET -> "Outlet";
            case DATE -> "Date";
            case BYLINE -> "Byline";
        };
    }

    /**
     * The text cut into runs at every hit and quotation boundary: hit runs carry the "hit" style class, quotation
     * runs the "quote" class and their quotation (a click selects its speaker; the menu changes it).
     */
    private List<Text> segments(String body, List<int[]> hits, List<QuoteRecord> quotes) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, body.length()));
        for (int[] h : hits) {
            cuts.add(h[0]);
            cuts.add(h[1]);
        }
        for (QuoteRecord q : quotes) {
            cuts.add(q.start());
            cuts.add(q.end());
        }
        List<Text> out = new ArrayList<>();
        int hi = 0;
        int qi = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            while (hi < hits.size() && hits.get(hi)[1] <= from) {
                hi++;
            }
            while (qi < quotes.size() && quotes.get(qi).end() <= from) {
                qi++;
            }
            Text t = plain(body.substring(from, to));
            if (hi < hits.size() && hits.get(hi)[0] <= from) {
                t.getStyleClass().add("hit");
            }
            if (qi < quotes.size() && quotes.get(qi).start() <= from) {
                QuoteRecord q = quotes.get(qi);
                t.getStyleClass().add("quote");
                t.setUserData(q);
                t.setCursor(javafx.scene.Cursor.HAND);
                Tooltip.install(t, new Tooltip(q.speaker() == null ? "Speaker unknown — right-click to set" : q.speaker()));
                t.setOnMouseClicked(e -> {
                    if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                        changeSpeaker(q);
                    } else if (q.speaker() != null) {
                        model.selectSpeaker(q.speaker());
                    }
                });
            }
            out.add(t);
            from = to;
        }
        return out;
    }

    private void changeSpeaker(QuoteRecord q) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(q.speaker() == null ? "" : q.speaker());
        d.setTitle("Change speaker");
        String preview = q.text().length() > 80 ? q.text().substring(0, 80) + "…" : q.text();
        d.setHeaderText("Who said “" + preview + "”?\nLeave empty for nobody.");
        d.initOwner(getScene().getWindow());
        d.showAndWait().ifPresent(name -> model.setQuoteSpeaker(q, name));
    }

    private static Text plain(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("reader-body");
        return t;
    }

    private void step(int delta) {
        if (hits.isEmpty()) {
            return;
        }
        currentHit = (currentHit + delta + hits.size()) % hits.size();
        updateHitControls();
        drawHighlights();
        scrollToCurrent();
    }

    private void updateHitControls() {
        boolean any = !hits.isEmpty();
        prev.setDisable(!any);
        next.setDisable(!any);
        String q = model.articleQueryProperty().get();
        hitInfo.setText(any ? String.format("hit %d of %d", currentHit + 1, hits.size())
                : q == null || q.isBlank() ? "" : "no hits in this text");
    }

    private void drawHighlights() {
        // shapes come from the text's layout: lay out the runs just set (bold hits change widths) first
        text.applyCss();
        text.layout();
        List<PathElement> all = new ArrayList<>();
        for (int[] h : hits) {
            all.addAll(List.of(text.rangeShape(h[0], h[1])));
        }
        highlights.getElements().setAll(all);
        quoteShapes.getChildren().clear();
        for (QuoteRecord q : quotes) {
            javafx.scene.paint.Color c = q.speaker() == null ? null : colours.get(q.speaker());
            if (c != null && q.end() <= body.length()) {
                Path shape = new Path(text.rangeShape(q.start(), q.end()));
                shape.setFill(c);
                shape.setStroke(javafx.scene.paint.Color.TRANSPARENT);
                quoteShapes.getChildren().add(shape);
            }
        }
        int[] mark = currentHit >= 0 && currentHit < hits.size() ? hits.get(currentHit)
                : focused != null && focused[1] <= body.length() ? focused : null;
        current.getElements().setAll(mark == null ? List.of() : List.of(text.rangeShape(mark[0], mark[1])));
    }

    private void scrollToCurrent() {
        if (currentHit < 0 || current.getElements().isEmpty()) {
            return;
        }
        double y = current.getBoundsInParent().getMinY();
        double content = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (content - viewport))));
        }
    }

    /** Index of the current hit and the number of hits, for tests and the status line. */
    int currentHit() { return currentHit; }

    int hitCount() { return hits.size(); }
}
