package org.gazette.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gazette.search.SearchHit;
import org.gazette.search.Snippet;

/** One search result: headline, outlet · date · byline, and the snippet with its hits highlighted. */
final class ResultCell extends ListCell<SearchHit> {
    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, meta, snippet);
    private final java.util.function.Function<SearchHit, Snippet> snippetOf;

    ResultCell() {
        this(SearchHit::snippet);
    }

    /** A cell that shows the snippet {@code snippetOf} gives for its hit (one found after the list was shown). */
    ResultCell(java.util.function.Function<SearchHit, Snippet> snippetOf) {
        this.snippetOf = snippetOf;
        title.getStyleClass().add("result-title");
        meta.getStyleClass().add("result-meta");
        snippet.getStyleClass().add("result-snippet");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.getStyleClass().add("result");
        box.setMinWidth(0);
        setPrefWidth(0); // let the list's width, not the text's, decide the cell's width
        // wrap text to the list's width; a cell's own width is 0 before its first layout, which would make
        // the flow wrap every word and the cell enormously tall
        listViewProperty().addListener((o, old, list) -> {
            if (list != null) {
                var width = javafx.beans.binding.Bindings.max(100, list.widthProperty().subtract(40));
                snippet.prefWidthProperty().bind(width);
                snippet.maxWidthProperty().bind(width);
                title.maxWidthProperty().bind(width);
                title.prefWidthProperty().bind(width);
            }
        });
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            return;
        }
        title.setText(hit.title() == null ? "(untitled)" : hit.title());
        meta.setText(Format.metaLine(hit.outlet(), hit.date(), hit.byline()));
        snippet.getChildren().setAll(texts(snippetOf.apply(hit)));
        setGraphic(box);
    }

    static java.util.List<Text> texts(Snippet s) {
        java.util.List<Text> out = new java.util.ArrayList<>();
        for (Snippet.Span span : s.spans()) {
            Text t = new Text(span.text());
            t.getStyleClass().add(span.hit() ? "hit" : "snippet-text");
            out.add(t);
        }
        return out;
    }
}
