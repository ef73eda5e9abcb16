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
    private final ArticleTextView view = new ArticleTextView("readerText");
    private final ToggleButton original = new ToggleButton("Original text");
    private final Button prev = new Button("◀ Previous hit");
    private final Button next = new Button("Next hit ▶");
    private final Button edit = new Button("Edit details…");
    private final Label hitInfo = new Label();
    private final Label placeholder = new Label("Choose an article on the left to read it here.");
    private final javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(10, 4);
    private final OtherCoverageView coverage;
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
        view.setId("readerScroll");
        view.setOnQuoteClicked((q, button) -> {
            if (button == javafx.scene.input.MouseButton.SECONDARY) {
                changeSpeaker(q);
            } else if (q.speaker() != null) {
                model.selectSpeaker(q.speaker());
            }
        });
        coverage = new OtherCoverageView(model);

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
        VBox header = new VBox(6, title, meta, tools, legend, coverage);
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
        // a new search marks its hits in the open text; the text, its quotations and metadata stay as they are
        model.articleQueryProperty().addListener((o, a, b) -> showHits());
        model.articleQuotes().addListener((javafx.collections.ListChangeListener<QuoteRecord>) c -> {
            quotes = original.isSelected() ? List.of() : List.copyOf(model.articleQuotes());
            refreshQuotes();
        });
        model.focusProperty().addListener((o, a, b) -> {
            if (b != null && model.articleProperty().get() != null) {
                javafx.application.Platform.runLater(this::showFocus); // else once its article is shown
            }
        });
        render();
    }

    /** Shows the quotations (after they were found or corrected) in their speakers' colours, keeping the scroll position. */
    private void refreshQuotes() {
        if (model.articleProperty().get() != null) {
            showQuotes(false);
        }
    }

    /** The quotations in their speakers' colours, with the legend; on a newly shown text, laid out with it once. */
    private void showQuotes(boolean newText) {
        var colours = QuoteColours.assign(quotes);
        if (newText) {
            view.show(body, quotes, colours);
        } else {
            view.setQuotes(quotes, colours);
        }
        QuoteColours.fillLegend(legend, colours, quotes, model::selectSpeaker);
        showFocus();
    }

    /** A quotation chosen in the speakers panel: marked like the current hit and scrolled into view. */
    private void showFocus() {
        MainViewModel.Focus f = model.focusProperty().get();
        Article a = model.articleProperty().get();
        // a quotation of another article waits for that article: chosen while one is open, it comes before its own
        if (f == null || a == null || a.id() != f.articleId() || f.end() > body.length() || original.isSelected()) {
            return;
        }
        focused = f.range();
        currentHit = -1;
        view.setMark(focused);
        model.focusProperty().set(null);
        view.scrollTo(focused);
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
        body = original.isSelected() ? a.originalText() : a.cleanedText();
        quotes = original.isSelected() ? List.of() : List.copyOf(model.articleQuotes()); // offsets are in the cleaned text
        hits = List.of();
        currentHit = -1;
        hitInfo.setText("");
        setCenter(view);
        view.setVvalue(0);
        showQuotes(true);
        showHits();
    }

    /** Finds the current search's hits in the text shown, then marks them (the first one current). */
    private void showHits() {
        Article a = model.articleProperty().get();
        if (a == null) {
            return;
        }
        long token = ++renders;
        String shown = body;
        model.hitOffsets(shown, original.isSelected() ? -1 : a.id(), found -> {
            if (token != renders) {
                return; // another article, query or view came since
            }
            hits = found;
            currentHit = hits.isEmpty() || focused != null ? -1 : 0;
            view.setHits(hits);
            view.setMark(currentHit >= 0 ? hits.get(currentHit) : focused);
            updateHitControls();
            if (currentHit >= 0 && model.focusProperty().get() == null) {
                javafx.application.Platform.runLater(() -> view.scrollTo(hits.get(currentHit)));
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

    private void changeSpeaker(QuoteRecord q) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(q.speaker() == null ? "" : q.speaker());
        d.setTitle("Change speaker");
        String preview = q.text().length() > 80 ? q.text().substring(0, 80) + "…" : q.text();
        d.setHeaderText("Who said “" + preview + "”?\nLeave empty for nobody.");
        d.initOwner(getScene().getWindow());
        d.showAndWait().ifPresent(name -> model.setQuoteSpeaker(q, name));
    }

    private void step(int delta) {
        if (hits.isEmpty()) {
            return;
        }
        currentHit = (currentHit + delta + hits.size()) % hits.size();
        updateHitControls();
        view.setMark(hits.get(currentHit));
        view.scrollTo(hits.get(currentHit));
    }

    private void updateHitControls() {
        boolean any = !hits.isEmpty();
        prev.setDisable(!any);
        next.setDisable(!any);
        String q = model.articleQueryProperty().get();
        hitInfo.setText(any ? String.format("hit %d of %d", currentHit + 1, hits.size())
                : q == null || q.isBlank() ? "" : "no hits in this text");
    }

    /** Index of the current hit and the number of hits, for tests and the status line. */
    int currentHit() { return currentHit; }

    int hitCount() { return hits.size(); }
}
