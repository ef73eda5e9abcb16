package org.gazette.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.gazette.archive.Article;
import org.gazette.archive.QuoteRecord;
import org.gazette.compare.Comparison;
import org.gazette.compare.WordDiff;

/**
 * Two articles side by side with a summary beside them. Sentences that tell the same thing on both sides are
 * shaded; choosing a sentence marks its counterpart on the other side and scrolls it into view. Both sides keep
 * the reader's quote colours (one colour per speaker across the two) and the current search's hits.
 */
final class CompareView extends BorderPane {
    private final Comparison comparison;
    private final Side left;
    private final Side right;
    private final Label selection = new Label("Choose a sentence on either side to see its counterpart.");

    /** One article of the two: its header, text, sentences and which side it is. */
    private final class Side {
        final boolean isA;
        final Article article;
        final List<int[]> sentences;
        final ArticleTextView view;
        final String name;

        Side(boolean isA, Article article, List<int[]> sentences, String name) {
            this.isA = isA;
            this.article = article;
            this.sentences = sentences;
            this.name = name;
            this.view = new ArticleTextView(isA ? "compareTextA" : "compareTextB");
            view.setId(isA ? "compareA" : "compareB");
        }

        int sentenceAt(int offset) {
            for (int i = 0; i < sentences.size(); i++) {
                if (offset < sentences.get(i)[1]) {
                    return offset >= sentences.get(i)[0] ? i : -1;
                }
            }
            return -1;
        }

        Side other() { return this == left ? right : left; }

        int counterpart(int sentence) { return isA ? comparison.counterpartOfA(sentence) : comparison.counterpartOfB(sentence); }
    }

    CompareView(MainViewModel.CompareData data) {
        this.comparison = data.comparison();
        getStyleClass().addAll("main", "compare");
        String nameA = sideName(data.a(), "Left");
        String nameB = sideName(data.b(), "Right");
        if (nameA.equals(nameB)) {
            nameA = "Left (" + nameA + ")";
            nameB = "Right (" + nameB + ")";
        }
        left = new Side(true, data.a(), comparison.sentencesA(), nameA);
        right = new Side(false, data.b(), comparison.sentencesB(), nameB);
        Map<String, Color> colours = QuoteColours.assign(data.quotesA(), data.quotesB());
        VBox paneA = sidePane(left, data.quotesA(), data.hitsA(), colours);
        VBox paneB = sidePane(right, data.quotesB(), data.hitsB(), colours);

        ScrollPane summary = new ScrollPane(summary(colours));
        summary.setId("compareSummary");
        summary.setFitToWidth(true);
        summary.getStyleClass().add("compare-summary");
        SplitPane split = new SplitPane(paneA, paneB, summary);
        split.setDividerPositions(0.37, 0.74);
        setCenter(split);
        selection.setId("compareSelection");
        selection.getStyleClass().add("compare-selection");
        selection.setPadding(new Insets(6, 12, 6, 12));
        selection.setMaxWidth(Double.MAX_VALUE);
        setBottom(selection);
    }

    private static String sideName(Article a, String fallback) {
        return a.outlet() != null ? a.outlet() : fallback;
    }

    private VBox sidePane(Side side, List<QuoteRecord> quotes, List<int[]> hits, Map<String, Color> colours) {
        Label title = new Label(side.article.title() == null ? "(untitled)" : side.article.title());
        title.getStyleClass().add("compare-title");
        title.setWrapText(true);
        Label meta = new Label(Format.metaLine(side.article.outlet(), side.article.date(), side.article.byline()));
        meta.getStyleClass().add("result-meta");
        FlowPane legend = new FlowPane(10, 4);
        legend.getStyleClass().add("quote-legend");
        legend.managedProperty().bind(legend.visibleProperty());
        QuoteColours.fillLegend(legend, colours, quotes, null);
        VBox header = new VBox(4, title, meta, legend);
        header.setPadding(new Insets(12, 16, 8, 16));
        header.getStyleClass().add("reader-header");

        side.view.show(side.article.cleanedText(), quotes, colours);
        side.view.setHits(hits);
        List<int[]> aligned = new ArrayList<>();
        for (Comparison.Pair p : comparison.pairs()) {
            aligned.add(side.sentences.get(side.isA ? p.a() : p.b()));
        }
        side.view.setShaded(aligned);
        side.view.setOnTextClicked(offset -> choose(side, side.sentenceAt(offset)));
        side.view.setOnQuoteClicked((q, button) -> choose(side, side.sentenceAt(q.start())));
        VBox pane = new VBox(header, side.view);
        VBox.setVgrow(side.view, javafx.scene.layout.Priority.ALWAYS);
        return pane;
    }

    /** Marks sentence {@code i} of a side and its counterpart on the other side, scrolled into view. */
    void choose(Side side, int i) {
        Side other = side.other();
        if (i < 0) {
            side.view.setMark(null);
            other.view.setMark(null);
            selection.setText("Choose a sentence on either side to see its counterpart.");
            return;
        }
        side.view.setMark(side.sentences.get(i));
        int j = side.counterpart(i);
        if (j < 0) {
            other.view.setMark(null);
            selection.setText("Sentence " + (i + 1) + " of " + side.name + " has no counterpart in " + other.name + ".");
            return;
        }
        other.view.setMark(other.sentences.get(j));
        other.view.scrollTo(other.sentences.get(j));
        double score = comparison.pairs().stream().filter(p -> (side.isA ? p.a() : p.b()) == i).mapToDouble(Comparison.Pair::score)
                .findFirst().orElse(0);
        selection.setText(String.format("Sentence %d of %s ↔ sentence %d of %s (%.0f%% of the words in common)",
                i + 1, side.name, j + 1, other.name, score * 100));
    }

    /** Chooses sentence {@code i} of side A or B, as a click on it would (for tests). */
    void chooseSentence(boolean sideA, int i) { choose(sideA ? left : right, i); }

    private VBox summary(Map<String, Color> colours) {
        VBox box = new VBox(8);
        box.setPadding(new Insets(12, 14, 14, 14));
        Label alike = new Label(String.format("%.0f%% alike", comparison.similarity() * 100));
        alike.setId("compareSimilarity");
        alike.getStyleClass().add("compare-similarity");
        Label detail = new Label(String.format("%d of %d sentences in %s and %d of %d in %s tell the same thing.",
                comparison.pairs().size(), left.sentences.size(), left.name, comparison.pairs().size(), right.sentences.size(), right.name));
        detail.setWrapText(true);
        detail.getStyleClass().add("result-meta");
        box.getChildren().addAll(alike, detail);

        box.getChildren().add(heading("Quoted by both"));
        box.getChildren().add(speakers("speakersBoth", comparison.bothSpeakers(), colours));
        box.getChildren().add(heading("Quoted only by " + left.name));
        box.getChildren().add(speakers("speakersOnlyA", comparison.onlyASpeakers(), colours));
        box.getChildren().add(heading("Quoted only by " + right.name));
        box.getChildren().add(speakers("speakersOnlyB", comparison.onlyBSpeakers(), colours));

        box.getChildren().add(heading("Quotations in both (" + comparison.quotes().size() + ")"));
        VBox quotes = new VBox(6);
        quotes.setId("sharedQuotes");
        if (comparison.quotes().isEmpty()) {
            quotes.getChildren().add(none());
        }
        for (Comparison.SharedQuote q : comparison.quotes()) {
            quotes.getChildren().add(sharedQuote(q));
        }
        box.getChildren().add(quotes);

        box.getChildren().add(heading("Only in " + left.name));
        box.getChildren().add(facts("factsOnlyA", comparison.onlyA()));
        box.getChildren().add(heading("Only in " + right.name));
        box.getChildren().add(facts("factsOnlyB", comparison.onlyB()));
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-heading");
        l.setWrapText(true);
        return l;
    }

    private static Label none() {
        Label l = new Label("none");
        l.getStyleClass().add("meta-source");
        return l;
    }

    private static FlowPane speakers(String id, List<String> names, Map<String, Color> colours) {
        FlowPane pane = new FlowPane(10, 4);
        pane.setId(id);
        if (names.isEmpty()) {
            pane.getChildren().add(none());
        }
        for (String name : names) {
            Color c = colours.get(name);
            Label chip = new Label(name, c == null ? null : new Rectangle(12, 12, c));
            chip.getStyleClass().add("legend-chip");
            pane.getChildren().add(chip);
        }
        return pane;
    }

    /** A quotation both articles carry; when worded differently, the words only one side has are marked. */
    private VBox sharedQuote(Comparison.SharedQuote q) {
        Label who = new Label((q.speaker() == null ? "Unknown speaker" : q.speaker())
                + (q.identical() ? " · same words" : " · worded differently"));
        who.getStyleClass().add("result-meta");
        TextFlow words = new TextFlow();
        words.getStyleClass().add("shared-quote");
        for (WordDiff.Edit e : q.diff().isEmpty() ? List.of(new WordDiff.Edit(WordDiff.Op.SAME, q.textA())) : q.diff()) {
            Text t = new Text(e.words() + " ");
            t.getStyleClass().add(switch (e.op()) {
                case SAME -> "diff-same";
                case ONLY_A -> "diff-only-a";
                case ONLY_B -> "diff-only-b";
            });
            words.getChildren().add(t);
        }
        VBox box = new VBox(2, who, words);
        box.getStyleClass().add("shared-quote-box");
        box.setOnMouseClicked(ev -> {
            left.view.setMark(new int[] {q.startA(), q.endA()});
            left.view.scrollTo(new int[] {q.startA(), q.endA()});
            right.view.setMark(new int[] {q.startB(), q.endB()});
            right.view.scrollTo(new int[] {q.startB(), q.endB()});
            selection.setText("The quotation in both: struck-through words only in " + left.name + ", underlined words only in " + right.name + ".");
        });
        return box;
    }

    private static VBox facts(String id, Comparison.Facts f) {
        VBox box = new VBox(3);
        box.setId(id);
        if (f.names().isEmpty() && f.numbers().isEmpty() && f.dates().isEmpty()) {
            box.getChildren().add(none());
        }
        addFacts(box, "Names", f.names());
        addFacts(box, "Numbers", f.numbers());
        addFacts(box, "Dates", f.dates());
        return box;
    }

    private static void addFacts(VBox box, String kind, List<String> values) {
        if (!values.isEmpty()) {
            Label l = new Label(kind + ": " + String.join(", ", values));
            l.setWrapText(true);
            l.getStyleClass().add("fact-line");
            box.getChildren().add(l);
        }
    }

    Comparison comparisonForTests() { return comparison; }

    /** Window title: the two outlets (or titles). */
    String title() { return "Compare: " + left.name + " ↔ " + right.name; }
}
