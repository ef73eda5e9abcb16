package org.gazette.ui;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.gazette.archive.QuoteRecord;

/**
 * One colour per speaker, in order of first quotation, and the legend that names them. Two articles shown side
 * by side share one assignment, so a speaker has the same colour on both sides.
 */
final class QuoteColours {
    private static final Color[] PALETTE = {
        Color.web("#54aeff", 0.35), Color.web("#f778ba", 0.35), Color.web("#4ac26b", 0.35), Color.web("#d4a72c", 0.40),
        Color.web("#c297ff", 0.40), Color.web("#fb8f44", 0.35), Color.web("#3fb8af", 0.40), Color.web("#ff8182", 0.35),
        Color.web("#8c959f", 0.35), Color.web("#a0c334", 0.40)};

    private QuoteColours() { }

    /** Speaker → colour over the given quotations (unattributed ones get none). */
    @SafeVarargs
    static Map<String, Color> assign(Collection<QuoteRecord>... quoteLists) {
        Map<String, Color> colours = new LinkedHashMap<>();
        for (Collection<QuoteRecord> quotes : quoteLists) {
            for (QuoteRecord q : quotes) {
                if (q.speaker() != null) {
                    colours.computeIfAbsent(q.speaker(), k -> PALETTE[colours.size() % PALETTE.length]);
                }
            }
        }
        return colours;
    }

    /** Fills {@code legend} with a chip per speaker: swatch, name and number of quotations; a click calls {@code onClick}. */
    static void fillLegend(FlowPane legend, Map<String, Color> colours, Collection<QuoteRecord> quotes, Consumer<String> onClick) {
        legend.getChildren().clear();
        for (var e : colours.entrySet()) {
            long n = quotes.stream().filter(q -> e.getKey().equals(q.speaker())).count();
            if (n == 0) {
                continue;
            }
            Label chip = new Label(e.getKey() + " (" + n + ")", new Rectangle(12, 12, e.getValue()));
            chip.getStyleClass().add("legend-chip");
            if (onClick != null) {
                chip.setOnMouseClicked(ev -> onClick.accept(e.getKey()));
            }
            legend.getChildren().add(chip);
        }
        legend.setVisible(!legend.getChildren().isEmpty());
    }
}
