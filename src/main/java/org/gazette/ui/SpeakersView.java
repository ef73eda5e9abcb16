package org.gazette.ui;

import java.io.File;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;
import javafx.stage.FileChooser;
import org.gazette.app.QuoteExport;
import org.gazette.archive.QuoteRow;
import org.gazette.archive.SpeakerSummary;

/**
 * Every speaker in the archive with their number of quotations and outlets, filterable; choosing one lists
 * all their quotations (quote, article, outlet, date), and a click opens the article at that quotation. The
 * user corrects speakers here: rename, merge into another, split a merge, export their quotations.
 */
final class SpeakersView extends VBox {
    SpeakersView(MainViewModel model) {
        TextField filter = new TextField();
        filter.setId("speakerFilter");
        filter.setPromptText("Filter speakers");
        FilteredList<SpeakerSummary> shown = new FilteredList<>(model.speakers());
        filter.textProperty().addListener((o, a, b) -> {
            String f = b == null ? "" : b.strip().toLowerCase(java.util.Locale.ROOT);
            shown.setPredicate(f.isEmpty() ? null : s -> s.speaker().toLowerCase(java.util.Locale.ROOT).contains(f));
        });
        Label count = new Label();
        count.getStyleClass().add("result-info");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.format("%,d speakers", shown.size()), shown));

        ListView<SpeakerSummary> list = new ListView<>(shown);
        list.setId("speakers");
        // the list is read when an import (or other work of the archive's) has ended: say so rather than "none"
        Label none = new Label();
        none.setId("speakersPlaceholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.when(model.runner().runningProperty())
                .then("Speakers are listed when the work shown below is done.").otherwise("No quotations found yet."));
        list.setPlaceholder(none);
        list.setCellFactory(l -> new ListCell<>() {
            @Override protected void updateItem(SpeakerSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : String.format("%s  ·  %,d quote%s · %d outlet%s", s.speaker(), s.quotes(),
                        s.quotes() == 1 ? "" : "s", s.outlets(), s.outlets() == 1 ? "" : "s"));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && !b.speaker().equals(model.selectedSpeakerProperty().get())) {
                model.selectSpeaker(b.speaker());
            }
        });
        // a quote clicked in the reader selects its speaker here
        model.selectedSpeakerProperty().addListener((o, a, b) -> {
            SpeakerSummary sel = list.getSelectionModel().getSelectedItem();
            if (b != null && (sel == null || !sel.speaker().equals(b))) {
                shown.stream().filter(s -> s.speaker().equals(b)).findFirst().ifPresent(s -> {
                    list.getSelectionModel().select(s);
                    list.scrollTo(s);
                });
            }
        });

        ListView<QuoteRow> quotes = new ListView<>(model.speakerQuotes());
        quotes.setId("speakerQuotes");
        quotes.setPlaceholder(new Label("Choose a speaker to see their quotations."));
        quotes.setCellFactory(l -> new QuoteCell(model::moreSpeakerQuotes));
        // a quotation chosen, by mouse or keys, opens its article at it; a click on the one already chosen shows it again
        quotes.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null) {
                model.openArticleAt(r.articleId(), r.start(), r.end());
            }
        });
        QuoteRow[] chosenBeforePress = {null};
        quotes.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED,
                e -> chosenBeforePress[0] = quotes.getSelectionModel().getSelectedItem());
        quotes.setOnMouseClicked(e -> {
            QuoteRow r = quotes.getSelectionModel().getSelectedItem();
            if (r != null && r == chosenBeforePress[0]) {
                model.openArticleAt(r.articleId(), r.start(), r.end());
            }
        });

        Button rename = new Button("Rename…");
        rename.setId("renameSpeaker");
        rename.setOnAction(e -> withSelected(model, name -> {
            TextInputDialog d = new TextInputDialog(name);
            d.setTitle("Rename speaker");
            d.setHeaderText("Show every quotation of " + name + " under a new name.\nAn existing speaker's name merges the two.");
            d.initOwner(getScene().getWindow());
            d.showAndWait().filter(n -> !n.isBlank() && !n.strip().equals(name)).ifPresent(n -> model.renameSpeaker(name, n));
        }));
        Button merge = new Button("Merge into…");
        merge.setId("mergeSpeaker");
        merge.setOnAction(e -> withSelected(model, name -> {
            var others = model.speakers().stream().map(SpeakerSummary::speaker).filter(n -> !n.equals(name)).sorted().toList();
            ChoiceDialog<String> d = new ChoiceDialog<>(others.isEmpty() ? null : others.get(0), others);
            d.setTitle("Merge speakers");
            d.setHeaderText("Merge " + name + " into:");
            d.initOwner(getScene().getWindow());
            d.showAndWait().ifPresent(into -> model.renameSpeaker(name, into));
        }));
        Button split = new Button("Split");
        split.setId("splitSpeaker");
        split.setTooltip(new javafx.scene.control.Tooltip("Show each spelling found in the articles as its own speaker again"));
        split.setOnAction(e -> withSelected(model, model::splitSpeaker));
        MenuItem csv = new MenuItem("CSV…");
        csv.setOnAction(e -> export(model, QuoteExport.Format.CSV));
        MenuItem json = new MenuItem("JSON lines…");
        json.setOnAction(e -> export(model, QuoteExport.Format.JSON));
        MenuButton exportButton = new MenuButton("Export", null, csv, json);
        exportButton.setId("exportQuotes");
        for (var b : new javafx.scene.Node[] {rename, merge, split, exportButton}) {
            b.disableProperty().bind(model.selectedSpeakerProperty().isNull());
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(6, rename, merge, split, spacer, exportButton);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label heading = new Label();
        heading.getStyleClass().add("speaker-heading");
        heading.setId("speakerHeading");
        heading.setWrapText(true); // a long name takes two lines rather than being cut
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String s = model.selectedSpeakerProperty().get();
            if (s == null) {
                return "";
            }
            // the list grows as it is scrolled: the heading counts every quotation, listed yet or not
            int total = Math.max(model.selectedSpeakerTotal(), model.speakerQuotes().size());
            return String.format("%s — %,d quotation%s", s, total, total == 1 ? "" : "s");
        }, model.selectedSpeakerProperty(), model.speakerQuotes(), model.speakers()));
        VBox lower = new VBox(6, heading, tools, quotes);
        VBox.setVgrow(quotes, Priority.ALWAYS);
        VBox upper = new VBox(6, new HBox(8, filter, count), list);
        HBox.setHgrow(filter, Priority.ALWAYS);
        VBox.setVgrow(list, Priority.ALWAYS);
        SplitPane split2 = new SplitPane(upper, lower);
        split2.setOrientation(Orientation.VERTICAL);
        split2.setDividerPositions(0.45);
        getChildren().add(split2);
        VBox.setVgrow(split2, Priority.ALWAYS);
        setPadding(new Insets(6));
        setSpacing(6);
    }

    private void withSelected(MainViewModel model, java.util.function.Consumer<String> action) {
        String name = model.selectedSpeakerProperty().get();
        if (name != null) {
            action.accept(name);
        }
    }

    private void export(MainViewModel model, QuoteExport.Format format) {
        String name = model.selectedSpeakerProperty().get();
        ExportChooser.file(getScene().getWindow(), "Export the quotations of " + name, name, format)
                .ifPresent(f -> model.exportSpeakerQuotes(f, format));
    }

    /** A quotation with where it appeared: the words, then title — outlet, date. */
    private static final class QuoteCell extends ListCell<QuoteRow> {
        /** How near the end of the quotations listed so far a shown cell asks for the next page. */
        private static final int NEAR_END = 20;
        private final Label quote = new Label();
        private final Label source = new Label();
        private final VBox box = new VBox(2, quote, source);
        private final Runnable nearEnd;

        QuoteCell(Runnable nearEnd) {
            this.nearEnd = nearEnd;
            quote.setWrapText(true);
            source.setWrapText(true);
            quote.getStyleClass().add("quote-text");
            source.getStyleClass().add("result-meta");
            quote.setMinHeight(Region.USE_PREF_SIZE); // long quotations wrap onto more lines rather than being cut
            source.setMinHeight(Region.USE_PREF_SIZE);
            listViewProperty().addListener((o, a, list) -> { // wrap to the list's width instead of widening it
                if (list != null) {
                    quote.prefWidthProperty().bind(list.widthProperty().subtract(36));
                    source.prefWidthProperty().bind(list.widthProperty().subtract(36));
                    quote.maxWidthProperty().bind(list.widthProperty().subtract(36));
                    source.maxWidthProperty().bind(list.widthProperty().subtract(36));
                }
            });
        }

        @Override protected void updateItem(QuoteRow r, boolean empty) {
            super.updateItem(r, empty);
            if (!empty && r != null && getListView() != null && getIndex() >= getListView().getItems().size() - NEAR_END) {
                nearEnd.run(); // scrolled (or stepped with the keys) near the end of what is listed: the next page
            }
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            quote.setText("“" + r.quote().strip().replaceAll(",$", "") + "”");
            source.setText((r.title() == null ? "(untitled)" : r.title()) + " — " + (r.outlet() == null ? "unknown outlet" : r.outlet())
                    + (r.date() == null ? "" : ", " + Format.date(r.date())));
            setGraphic(box);
        }
    }
}
