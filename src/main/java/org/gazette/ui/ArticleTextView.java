package org.gazette.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gazette.archive.QuoteRecord;

/**
 * An article's text as the reader shows it, in a scroll pane: quotations shaded in their speaker's colour,
 * search hits highlighted, one range marked (the current hit, a chosen quotation or sentence), and optionally
 * some ranges shaded (the sentences a comparison aligned). Shapes are drawn under the text from its layout.
 */
final class ArticleTextView extends ScrollPane {
    private final TextFlow text = new TextFlow();
    private final Group sentenceShapes = new Group();
    private final Group quoteShapes = new Group();
    private final Path hitShape = new Path();
    private final Path markShape = new Path();
    private String body = "";
    private List<QuoteRecord> quotes = List.of();
    private Map<String, Color> colours = Map.of();
    private List<int[]> hits = List.of();
    private List<int[]> shaded = List.of();
    private int[] mark;
    private BiConsumer<QuoteRecord, MouseButton> onQuote = (q, b) -> { };

    ArticleTextView(String textId) {
        text.setId(textId);
        text.getStyleClass().add("reader-text");
        text.setLineSpacing(4);
        hitShape.getStyleClass().add("hit-shape");
        markShape.getStyleClass().add("current-hit-shape");
        for (javafx.scene.Node n : List.of(sentenceShapes, quoteShapes, hitShape, markShape)) {
            n.setManaged(false);
        }
        StackPane layers = new StackPane(sentenceShapes, quoteShapes, hitShape, markShape, text);
        layers.setAlignment(Pos.TOP_LEFT);
        VBox page = new VBox(layers);
        page.setPadding(new Insets(8, 24, 24, 24));
        setContent(page);
        setFitToWidth(true);
        // redrawn after the layout that resized the text, not inside it: measuring the runs of a text flow from a
        // listener on its bounds, mid-layout, can find them not laid out yet (a NullPointerException inside JavaFX
        // 21's Text.getSpanBounds, JDK-8269921)
        text.layoutBoundsProperty().addListener((o, a, b) -> drawShapesLater());
    }

    private boolean redrawPending;

    private void drawShapesLater() {
        if (!redrawPending) {
            redrawPending = true;
            javafx.application.Platform.runLater(() -> {
                redrawPending = false;
                drawShapes();
            });
        }
    }

    /** Shows a text with its quotations (offsets in this text) coloured by speaker; clears hits, mark and shading. */
    void show(String body, List<QuoteRecord> quotes, Map<String, Color> colours) {
        this.body = body == null ? "" : body;
        this.quotes = quotes.stream().filter(q -> q.end() <= this.body.length()).toList();
        this.colours = colours;
        this.hits = List.of();
        this.shaded = List.of();
        this.mark = null;
        rebuild();
    }

    /** Same text, new quotations or colours (after a speaker was corrected); hits and mark stay. */
    void setQuotes(List<QuoteRecord> quotes, Map<String, Color> colours) {
        this.quotes = quotes.stream().filter(q -> q.end() <= body.length()).toList();
        this.colours = colours;
        rebuild();
    }

    void setHits(List<int[]> hits) {
        List<int[]> next = hits.stream().filter(h -> h[1] <= body.length()).toList();
        if (next.isEmpty() && this.hits.isEmpty()) {
            return; // an article opened without a search: the runs stand (laying out a long text again is what costs)
        }
        this.hits = next;
        rebuild(); // hits are bold, which changes the runs
    }

    /** Shades these ranges lightly (under the quotation colours). */
    void setShaded(List<int[]> ranges) {
        this.shaded = List.copyOf(ranges);
        layOut();
        drawSentenceShapes();
    }

    /** Marks one range (null: none). */
    void setMark(int[] range) {
        this.mark = range != null && range[1] <= body.length() ? range : null;
        layOut();
        drawMark();
    }

    int[] mark() { return mark; }

    /** Called with a quotation and the mouse button when a quotation is clicked. */
    void setOnQuoteClicked(BiConsumer<QuoteRecord, MouseButton> handler) { this.onQuote = handler; }

    /** Called with the character offset of a primary click anywhere in the text. */
    void setOnTextClicked(IntConsumer handler) {
        text.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !body.isEmpty()) {
                Point2D p = text.sceneToLocal(e.getSceneX(), e.getSceneY());
                handler.accept(Math.min(body.length() - 1, text.hitTest(p).getCharIndex()));
            }
        });
    }

    /** Scrolls so that the range sits in the upper third of the view. */
    void scrollTo(int[] range) {
        if (range == null || range[1] > body.length()) {
            return;
        }
        text.applyCss();
        text.layout();
        Path shape = new Path(text.rangeShape(range[0], range[1]));
        double y = shape.getBoundsInLocal().getMinY();
        double content = getContent().getBoundsInLocal().getHeight();
        double viewport = getViewportBounds().getHeight();
        if (content > viewport) {
            setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (content - viewport))));
        }
    }

    TextFlow flow() { return text; }

    String body() { return body; }

    private void rebuild() {
        text.getChildren().setAll(runs());
        drawShapes();
    }

    /** The key under which a quotation's run keeps the tooltip made for it. */
    static final String TOOLTIP = "gazette.speakerTooltip";

    /**
     * The text cut into runs at every hit and quotation boundary: hit runs carry the "hit" style class, quotation
     * runs the "quote" class and their quotation as user data.
     */
    private List<Text> runs() {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, body.length()));
        for (int[] h : hits) {
            cuts.add(h[0]);
            cuts.add(h[1]);
        }
        for (QuoteRecord q : quotes) {
            cuts.add(q.start());
            cuts.add(q.end());
        }
        List<Text> out = new ArrayList<>();
        int hi = 0;
        int qi = 0;
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            while (hi < hits.size() && hits.get(hi)[1] <= from) {
                hi++;
            }
            while (qi < quotes.size() && quotes.get(qi).end() <= from) {
                qi++;
            }
            Text t = new Text(body.substring(from, to));
            t.getStyleClass().add("reader-body");
            if (hi < hits.size() && hits.get(hi)[0] <= from) {
                t.getStyleClass().add("hit");
            }
            if (qi < quotes.size() && quotes.get(qi).start() <= from) {
                QuoteRecord q = quotes.get(qi);
                t.getStyleClass().add("quote");
                t.setUserData(q);
                t.setCursor(Cursor.HAND);
                // the speaker's tooltip made when the pointer first comes over the quotation: one per quotation made
                // with the text cost more than the rest of the runs together (38 of 40 ms for an article of 26 quotations)
                t.setOnMouseEntered(e -> {
                    if (t.getProperties().get(TOOLTIP) == null) {
                        Tooltip tip = new Tooltip(q.speaker() == null ? "Speaker unknown — right-click to set" : q.speaker());
                        t.getProperties().put(TOOLTIP, tip);
                        Tooltip.install(t, tip);
                    }
                });
                t.setOnMouseClicked(e -> {
                    onQuote.accept(q, e.getButton());
                    e.consume();
                });
            }
            out.add(t);
            from = to;
        }
        return out;
    }

    private void drawShapes() {
        layOut();
        drawSentenceShapes();
        quoteShapes.getChildren().clear();
        for (QuoteRecord q : quotes) {
            Color c = q.speaker() == null ? null : colours.get(q.speaker());
            if (c != null) {
                Path shape = new Path(text.rangeShape(q.start(), q.end()));
                shape.setFill(c);
                shape.setStroke(Color.TRANSPARENT);
                quoteShapes.getChildren().add(shape);
            }
        }
        List<PathElement> all = new ArrayList<>();
        for (int[] h : hits) {
            all.addAll(List.of(text.rangeShape(h[0], h[1])));
        }
        hitShape.getElements().setAll(all);
        drawMark();
    }

    /** Shapes come from the text's layout: the runs just set (bold hits change widths) are laid out first. */
    private void layOut() {
        text.applyCss();
        text.layout();
    }

    private void drawMark() {
        markShape.getElements().setAll(mark == null ? List.of() : List.of(text.rangeShape(mark[0], mark[1])));
    }

    private void drawSentenceShapes() {
        sentenceShapes.getChildren().clear();
        for (int[] r : shaded) {
            if (r[1] <= body.length()) {
                Path shape = new Path(text.rangeShape(r[0], r[1]));
                shape.getStyleClass().add("aligned-shape");
                sentenceShapes.getChildren().add(shape);
            }
        }
    }
}
