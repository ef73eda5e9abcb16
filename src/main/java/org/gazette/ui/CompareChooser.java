package org.gazette.ui;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.gazette.search.SearchHit;

/**
 * "Compare with…": choose the second article. The first's other coverage is offered first; typing searches the
 * archive as the main search does.
 */
final class CompareChooser {
    private CompareChooser() { }

    static Optional<SearchHit> show(Window owner, MainViewModel model, SearchHit first) {
        Dialog<SearchHit> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Compare with…");
        dialog.setHeaderText("Compare “" + (first.title() == null ? "(untitled)" : first.title()) + "” with:");
        TextField filter = new TextField();
        filter.setId("compareFilter");
        filter.setPromptText("Search the archive (other coverage of this story is listed first)");
        ListView<SearchHit> list = new ListView<>();
        list.setId("compareCandidates");
        list.setCellFactory(l -> new ResultCell());
        list.setPlaceholder(new Label("No other articles match."));
        list.setPrefSize(640, 420);
        AtomicLong generation = new AtomicLong();
        Runnable refresh = () -> {
            long gen = generation.incrementAndGet();
            model.compareCandidates(first.id(), filter.getText(), hits -> {
                if (gen == generation.get()) {
                    list.getItems().setAll(hits);
                }
            });
        };
        filter.textProperty().addListener((o, a, b) -> refresh.run());
        refresh.run();
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        ButtonType compare = new ButtonType("Compare", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(compare, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(compare).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        dialog.setResultConverter(b -> b == compare ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog.showAndWait();
    }
}
