package org.gazette.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.gazette.search.SearchHit;
import org.gazette.search.SearchRequest;

/** The main window: menu, search bar with filters, results beside the reader, import report and status bar. */
public final class MainView extends BorderPane {
    private final MainViewModel model;
    private final TitledPane reportPane;
    private final ImportReportView report = new ImportReportView();

    public MainView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("main");

        TextField search = new TextField();
        search.setId("search");
        search.setPromptText("Search: words, \"exact phrase\", title:nato, quote:reckless, speaker:peskov, outl*, stoltenbreg~");
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<SearchRequest.Sort> sort = new ComboBox<>();
        sort.setId("sort");
        sort.getItems().setAll(SearchRequest.Sort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        sort.setConverter(new StringConverter<>() {
            @Override public String toString(SearchRequest.Sort s) {
                return s == null ? "" : switch (s) {
                    case RELEVANCE -> "Best match";
                    case NEWEST -> "Newest first";
                    case OLDEST -> "Oldest first";
                };
            }
            @Override public SearchRequest.Sort fromString(String s) { return null; }
        });

        ComboBox<String> outlet = new ComboBox<>(model.outlets());
        outlet.setId("outletFilter");
        outlet.valueProperty().bindBidirectional(model.outletProperty());
        outlet.setPrefWidth(170);

        ComboBox<String> speaker = new ComboBox<>(model.speakerChoices());
        speaker.setId("speakerFilterBox");
        speaker.valueProperty().bindBidirectional(model.speakerFilterProperty());
        speaker.setPrefWidth(170);
        speaker.setTooltip(new javafx.scene.control.Tooltip("Only articles quoting this speaker"));

        DatePicker from = new DatePicker();
        from.setId("fromDate");
        from.setPromptText("From date");
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("toDate");
        to.setPromptText("To date");
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());
        Button clear = new Button("Clear");
        clear.setId("clearFilters");
        clear.setOnAction(e -> {
            model.queryProperty().set("");
            model.outletProperty().set(MainViewModel.ALL_OUTLETS);
            model.speakerFilterProperty().set(MainViewModel.ALL_SPEAKERS);
            model.fromProperty().set(null);
            model.toProperty().set(null);
        });

        HBox bar = new HBox(8, search, sort, outlet, speaker, from, to, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 10, 4, 10));

        Label info = new Label();
        info.setId("resultInfo");
        info.getStyleClass().add("result-info");
        info.textProperty().bind(model.resultInfoProperty());
        Label error = new Label();
        error.setId("queryError");
        error.getStyleClass().add("query-error");
        error.textProperty().bind(model.queryErrorProperty());
        error.visibleProperty().bind(model.queryErrorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        info.visibleProperty().bind(error.visibleProperty().not());
        info.managedProperty().bind(info.visibleProperty());
        Button compareTwo = new Button("Compare the two selected");
        compareTwo.setId("compareSelected");
        compareTwo.getStyleClass().add("small");
        Region infoSpacer = new Region();
        HBox.setHgrow(infoSpacer, Priority.ALWAYS);
        HBox infoRow = new HBox(8, info, error, infoSpacer, compareTwo);
        infoRow.setAlignment(Pos.CENTER_LEFT);
        infoRow.setPadding(new Insets(0, 12, 6, 12));

        setTop(new VBox(menu(), bar, infoRow));

        ListView<SearchHit> results = new ListView<>(model.results());
        results.setId("results");
        results.setCellFactory(l -> new ResultCell(model::snippetOf));
        model.lateSnippetsProperty().addListener((o, a, b) -> results.refresh()); // once per list, when all came
        // while the archive opens (its search index may be rebuilt first, after an update) there is nothing to
        // search yet: say so rather than "No results."
        Label none = new Label();
        none.setId("resultsPlaceholder");
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.gazetteProperty().get() == null ? "Opening the archive…"
                        : MainViewModel.WAITING_FOR_QUOTES.equals(model.resultInfoProperty().get()) ? "Waiting for the quotations…"
                        : "No results.",
                model.gazetteProperty(), model.resultInfoProperty()));
        results.setPlaceholder(none);
        results.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        results.setContextMenu(resultMenu(results));
        results.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            var open = model.articleProperty().get();
            if (b != null && (open == null || open.id() != b.id())) {
                model.openArticle(b.id());
            }
        });
        // a refresh (new results while importing, a new outlet list) keeps the article the user chose selected
        model.results().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> {
            var open = model.articleProperty().get();
            if (open != null && results.getSelectionModel().getSelectedItem() == null) {
                results.getItems().stream().filter(h -> h.id() == open.id()).findFirst()
                        .ifPresent(h -> results.getSelectionModel().select(h));
            }
        });
        // choosing two results (Ctrl/Shift-click) offers to compare them; the button keeps its room so nothing moves
        compareTwo.visibleProperty().bind(javafx.beans.binding.Bindings.size(results.getSelectionModel().getSelectedItems()).isEqualTo(2));
        compareTwo.setOnAction(e -> compareSelected(results));
        model.comparisonProperty().addListener((o, a, data) -> {
            if (data != null) {
                openComparison(data);
            }
        });
        ReaderView reader = new ReaderView(model);
        javafx.scene.control.Tab articlesTab = new javafx.scene.control.Tab("Articles", results);
        articlesTab.setId("articlesTab");
        javafx.scene.control.Tab speakersTab = new javafx.scene.control.Tab("Speakers", new SpeakersView(model));
        speakersTab.setId("speakersTab");
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(articlesTab, speakersTab);
        tabs.setId("leftTabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        // a quotation clicked in the reader shows its speaker's quotations
        model.selectedSpeakerProperty().addListener((o, a, b) -> {
            if (b != null) {
                tabs.getSelectionModel().select(speakersTab);
            }
        });
        SplitPane split = new SplitPane(tabs, reader);
        split.setDividerPositions(0.38);
        setCenter(split);

        reportPane = new TitledPane("Import report", report);
        reportPane.setId("reportPane");
        reportPane.setExpanded(false);
        reportPane.setVisible(false);
        reportPane.setManaged(false);
        model.lastReportProperty().addListener((o, a, r) -> {
            report.show(r);
            reportPane.setVisible(true);
            reportPane.setManaged(true);
            reportPane.setExpanded(!r.failed().isEmpty());
        });
        setBottom(new VBox(reportPane, statusBar()));

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                model.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    private javafx.scene.control.ContextMenu resultMenu(ListView<SearchHit> results) {
        MenuItem compareWith = new MenuItem("Compare with…");
        compareWith.setId("compareWith");
        compareWith.setOnAction(e -> {
            SearchHit first = results.getSelectionModel().getSelectedItem();
            if (first != null) {
                CompareChooser.show(getScene().getWindow(), model, first).ifPresent(second -> model.compare(first.id(), second.id()));
            }
        });
        MenuItem compareTwo = new MenuItem("Compare the Two Selected");
        compareTwo.setOnAction(e -> compareSelected(results));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(compareWith, compareTwo);
        menu.setOnShowing(e -> {
            int n = results.getSelectionModel().getSelectedItems().size();
            compareWith.setDisable(n == 0);
            compareTwo.setDisable(n != 2);
        });
        return menu;
    }

    private void compareSelected(ListView<SearchHit> results) {
        List<SearchHit> two = List.copyOf(results.getSelectionModel().getSelectedItems());
        if (two.size() == 2) {
            model.compare(two.get(0).id(), two.get(1).id());
        }
    }

    /** Each comparison gets its own window, so that several can stay open beside the archive. */
    private void openComparison(MainViewModel.CompareData data) {
        CompareView view = new CompareView(data);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.initOwner(getScene().getWindow());
        stage.setTitle(view.title());
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds(); // a laptop screen may be smaller than the window we'd like
        javafx.scene.Scene scene = new javafx.scene.Scene(view, Math.min(1360, screen.getWidth() - 40), Math.min(860, screen.getHeight() - 40));
        scene.getStylesheets().addAll(getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
    }

    private void exportSearchQuotes(org.gazette.app.QuoteExport.Format format) {
        String q = model.queryProperty().get();
        ExportChooser.file(getScene().getWindow(), "Export the quotations this search finds",
                q == null || q.isBlank() ? "quotations" : "quotations-" + q, format)
                .ifPresent(f -> model.exportSearchQuotes(f, format));
    }

    private MenuBar menu() {
        MenuItem importFolder = new MenuItem("Import Folder…");
        importFolder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        importFolder.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Import a folder of articles");
            File dir = c.showDialog(getScene().getWindow());
            if (dir != null) {
                model.importPaths(List.of(dir.toPath()));
            }
        });
        MenuItem importFiles = new MenuItem("Import Files…");
        importFiles.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.setTitle("Import article files");
            c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Text files", "*.txt", "*.text", "*.md"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            List<File> files = c.showOpenMultipleDialog(getScene().getWindow());
            if (files != null) {
                model.importPaths(files.stream().map(File::toPath).toList());
            }
        });
        MenuItem exportCsv = new MenuItem("Export Quotations of This Search as CSV…");
        exportCsv.setOnAction(e -> exportSearchQuotes(org.gazette.app.QuoteExport.Format.CSV));
        MenuItem exportJson = new MenuItem("Export Quotations of This Search as JSON…");
        exportJson.setOnAction(e -> exportSearchQuotes(org.gazette.app.QuoteExport.Format.JSON));
        MenuItem reindex = new MenuItem("Rebuild Search Index");
        reindex.setOnAction(e -> model.reindex());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> getScene().getWindow().hide());
        Menu file = new Menu("File", null, importFolder, importFiles, new SeparatorMenuItem(), exportCsv, exportJson,
                new SeparatorMenuItem(), reindex,
                new SeparatorMenuItem(), quit);
        MenuItem showReport = new MenuItem("Last Import Report");
        showReport.setOnAction(e -> {
            if (reportPane.isVisible()) {
                reportPane.setExpanded(true);
            }
        });
        MenuItem focusSearch = new MenuItem("Search");
        focusSearch.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        focusSearch.setOnAction(e -> lookup("#search").requestFocus());
        return new MenuBar(file, new Menu("View", null, focusSearch, showReport));
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(model.runner().messageProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.runner().progressProperty());
        progress.visibleProperty().bind(model.runner().runningProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel");
        cancel.visibleProperty().bind(model.runner().runningProperty());
        cancel.setOnAction(e -> model.runner().cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(10, status, spacer, progress, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.getStyleClass().add("status-bar");
        return box;
    }
}
