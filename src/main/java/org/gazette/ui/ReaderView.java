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
        StackPane layers = new StackPane(highlights, current, text);
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
        VBox header = new VBox(6, title, meta, tools);
        header.setPadding(new Insets(14, 24, 10, 24));
        header.getStyleClass().add("reader-header");
        placeholder.getStyleClass().add("placeholder");
        setTop(header);
        setCenter(placeholder);
        header.visibleProperty().bind(model.articleProperty().isNotNull());
        header.managedProperty().bind(header.visibleProperty());

        model.articleProperty().addListener((o, a, b) -> {
            original.setSelected(false);
            render();
        });
        model.articleQueryProperty().addListener((o, a, b) -> render());
        render();
    }

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
        String body = original.isSelected() ? a.originalText() : a.cleanedText();
        hits = List.of();
        text.getChildren().setAll(segments(body, hits));
        currentHit = -1;
        hitInfo.setText("");
        setCenter(scroll);
        scroll.setVvalue(0);
        drawHighlights();
        long token = ++renders;
        model.hitOffsets(body, found -> {
            if (token != renders) {
                return; // another article, query or view came since
            }
            hits = found;
            text.getChildren().setAll(segments(body, hits));
            currentHit = hits.isEmpty() ? -1 : 0;
            updateHitControls();
            drawHighlights();
            if (currentHit >= 0) {
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

    /** The text cut into plain and hit runs; hit runs carry the "hit" style class. */
    private static List<Text> segments(String body, List<int[]> hits) {
        List<Text> out = new ArrayList<>();
        int pos = 0;
        for (int[] h : hits) {
            if (h[0] > pos) {
                out.add(plain(body.substring(pos, h[0])));
            }
            Text t = new Text(body.substring(h[0], h[1]));
            t.getStyleClass().addAll("reader-body", "hit");
            out.add(t);
            pos = h[1];
        }
        if (pos < body.length()) {
            out.add(plain(body.substring(pos)));
        }
        return out;
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
        current.getElements().setAll(currentHit >= 0 && currentHit < hits.size()
                ? List.of(text.rangeShape(hits.get(currentHit)[0], hits.get(currentHit)[1])) : List.of());
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
