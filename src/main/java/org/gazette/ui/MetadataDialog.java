package org.gazette.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;

/** Lets the user correct title, outlet, date and byline; returns only the fields that changed. */
final class MetadataDialog {
    private MetadataDialog() { }

    static Optional<Map<MetaField, String>> show(Window owner, Article a) {
        Dialog<Map<MetaField, String>> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Edit article details");
        d.setHeaderText("Your values are kept when the file is imported again.");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Map<MetaField, TextField> fields = new EnumMap<>(MetaField.class);
        int row = 0;
        for (MetaField f : MetaField.values()) {
            TextField tf = new TextField(Objects.toString(a.metadata().value(f), ""));
            tf.setPrefColumnCount(40);
            tf.setId("edit-" + f.column());
            if (f == MetaField.DATE) {
                tf.setPromptText("yyyy-mm-dd");
            }
            fields.put(f, tf);
            grid.addRow(row++, new Label(f.column().substring(0, 1).toUpperCase() + f.column().substring(1)), tf);
        }
        Label error = new Label();
        error.getStyleClass().add("query-error");
        grid.add(error, 1, row);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String date = fields.get(MetaField.DATE).getText().strip();
            if (!date.isEmpty() && !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                error.setText("Write the date as yyyy-mm-dd, e.g. 2022-03-23.");
                e.consume();
            }
        });
        d.setResultConverter(b -> {
            if (b != ButtonType.OK) {
                return null;
            }
            Map<MetaField, String> changes = new EnumMap<>(MetaField.class);
            fields.forEach((f, tf) -> {
                String v = tf.getText().strip();
                if (!v.equals(Objects.toString(a.metadata().value(f), ""))) {
                    changes.put(f, v);
                }
            });
            return changes;
        });
        return d.showAndWait();
    }
}
