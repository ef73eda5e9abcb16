package org.gazette.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.gazette.app.QuoteExport;

/** Asks where to save an export of quotations, as CSV or JSON lines. */
final class ExportChooser {
    private ExportChooser() { }

    static Optional<Path> file(Window owner, String title, String baseName, QuoteExport.Format format) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        boolean csv = format == QuoteExport.Format.CSV;
        String base = baseName == null || baseName.isBlank() ? "quotations" : baseName.replaceAll("[^\\p{L}\\p{N}]+", "-");
        c.setInitialFileName(base + (csv ? ".csv" : ".jsonl"));
        c.getExtensionFilters().add(csv ? new FileChooser.ExtensionFilter("CSV", "*.csv")
                : new FileChooser.ExtensionFilter("JSON lines", "*.jsonl", "*.json"));
        File f = c.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }
}
