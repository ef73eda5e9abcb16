package org.gazette.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.gazette.ingest.ImportProblem;
import org.gazette.ingest.ImportReport;

/** The report of the last import: counts, then every file that failed or was skipped, with its reason. */
final class ImportReportView extends VBox {
    private final Label summary = new Label("No import yet.");
    private final ListView<String> problems = new ListView<>();

    ImportReportView() {
        super(6);
        setId("importReport");
        setPadding(new Insets(8, 12, 8, 12));
        summary.setId("importSummary");
        summary.setWrapText(true);
        problems.setId("importProblems");
        problems.setPlaceholder(new Label("Every file was imported."));
        problems.setPrefHeight(140);
        getChildren().addAll(summary, problems);
    }

    void show(ImportReport r) {
        summary.setText(r.summary());
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : r.failed()) {
            lines.add("✖ " + p.path() + " — " + p.reason());
        }
        for (ImportProblem p : r.skipped()) {
            lines.add("– " + p.path() + " — skipped: " + p.reason());
        }
        problems.getItems().setAll(lines);
    }
}
