package org.gazette.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.gazette.archive.Article;
import org.gazette.search.RelatedHit;

/**
 * Under the reader's header: the same story from other outlets in the archive, best first, with outlet, date and
 * how alike the two are; copies of the article (syndicated, re-pasted) apart. One click opens the comparison.
 */
final class OtherCoverageView extends VBox {
    private static final int SHOWN = 4;
    private final MainViewModel model;
    private boolean expanded;

    OtherCoverageView(MainViewModel model) {
        super(2);
        this.model = model;
        setId("otherCoverage");
        getStyleClass().add("other-coverage");
        model.related().addListener((ListChangeListener<RelatedHit>) c -> {
            expanded = false;
            render();
        });
        model.articleProperty().addListener((o, a, b) -> getChildren().clear());
    }

    private void render() {
        getChildren().clear();
        Article open = model.articleProperty().get();
        if (open == null) {
            return;
        }
        List<RelatedHit> coverage = model.related().stream().filter(h -> !h.copy()).toList();
        List<RelatedHit> copies = model.related().stream().filter(RelatedHit::copy).toList();
        Label heading = new Label(coverage.isEmpty() ? "Other coverage: none found in the archive"
                : "Other coverage (" + coverage.size() + ")");
        heading.getStyleClass().add("section-heading");
        getChildren().add(heading);
        int n = expanded ? coverage.size() : Math.min(SHOWN, coverage.size());
        for (RelatedHit h : coverage.subList(0, n)) {
            getChildren().add(row(open, h));
        }
        if (coverage.size() > n) {
            Hyperlink more = new Hyperlink("Show " + (coverage.size() - n) + " more");
            more.setOnAction(e -> {
                expanded = true;
                render();
            });
            getChildren().add(more);
        }
        if (!copies.isEmpty()) {
            Label copyHeading = new Label("Copies of this article (" + copies.size() + ")");
            copyHeading.getStyleClass().add("section-heading");
            copyHeading.setTooltip(new Tooltip("The same text, syndicated or pasted again with small edits"));
            getChildren().add(copyHeading);
            copies.forEach(h -> getChildren().add(row(open, h)));
        }
    }

    private HBox row(Article open, RelatedHit h) {
        Hyperlink link = new Hyperlink(Format.metaLine(h.outlet(), h.date(), null) + "  —  " + (h.title() == null ? "(untitled)" : h.title()));
        link.getStyleClass().add("coverage-link");
        link.setTooltip(new Tooltip("Compare side by side\n" + h.source()));
        link.setOnAction(e -> model.compare(open.id(), h.id()));
        // not "alike": the comparison's own figure is the share of sentences that tell the same thing
        Label match = new Label(Math.round(h.similarity() * 100) + "% match");
        match.getStyleClass().add("meta-source");
        match.setTooltip(new Tooltip("How closely the two stories' words, names and numbers match (the ranking);\n"
                + "the comparison counts the sentences that tell the same thing"));
        HBox row = new HBox(6, link, match);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("coverage-row");
        return row;
    }
}
