package org.gazette.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.gazette.app.EarlyOpen;
import org.gazette.app.Gazette;
import org.gazette.app.QuoteExport;
import org.gazette.archive.QuoteRow;
import org.gazette.archive.QuoteRecord;
import org.gazette.archive.SpeakerSummary;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.ImportReport;
import org.gazette.compare.Comparison;
import org.gazette.search.InvalidQueryException;
import org.gazette.search.RelatedHit;
import org.gazette.search.SearchHit;
import org.gazette.search.SearchRequest;
import org.gazette.search.SearchResult;

/**
 * The window's state and actions, without any controls: the open archive, the search (query, filters, sort,
 * results as you type), the article being read, and background work. Searches run on their own thread; a
 * newer search makes older results stale, and stale results are dropped.
 */
public final class MainViewModel {
    public static final String ALL_OUTLETS = "All outlets";
    public static final String ALL_SPEAKERS = "All speakers";
    private static final int RESULT_LIMIT = 200;
    /**
     * Hits listed with snippets at once; the rest of the list gets theirs in chunks afterwards. Highlighting all 200
     * took most of a search at 100,000 articles (100-250 ms), for results nobody sees before scrolling.
     */
    private static final int FIRST_SNIPPETS = 20;
    private static final int SNIPPET_CHUNK = 30;
    private static final int SNIPPET_DELAY_MS = 400;
    private static final int RELATED_LIMIT = 12;

    /** Snippets found for the current result list after it was shown (touched on the UI thread only). */
    private final Map<Long, org.gazette.search.Snippet> lateSnippets = new java.util.HashMap<>();
    private final javafx.beans.property.IntegerProperty lateSnippetsVersion = new javafx.beans.property.SimpleIntegerProperty();

    private final BackgroundRunner runner = new BackgroundRunner();
    private final ExecutorService searchExecutor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gazette-search");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(120));

    private final ObjectProperty<Gazette> gazette = new SimpleObjectProperty<>();
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<SearchRequest.Sort> sort = new SimpleObjectProperty<>(SearchRequest.Sort.RELEVANCE);
    private final StringProperty outlet = new SimpleStringProperty(ALL_OUTLETS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<String> outlets = FXCollections.observableArrayList(ALL_OUTLETS);
    private final StringProperty resultInfo = new SimpleStringProperty("");
    private final StringProperty queryError = new SimpleStringProperty();
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final StringProperty articleQuery = new SimpleStringProperty("");
    private final ObjectProperty<ImportReport> lastReport = new SimpleObjectProperty<>();
    private final StringProperty errorMessage = new SimpleStringProperty();
    private long lastLiveRefresh;
    private final ObservableList<SpeakerSummary> speakers = FXCollections.observableArrayList();
    private final StringProperty speakerFilter = new SimpleStringProperty(ALL_SPEAKERS);
    private final ObservableList<String> speakerChoices = FXCollections.observableArrayList(ALL_SPEAKERS);
    private final StringProperty selectedSpeaker = new SimpleStringProperty();
    private final ObservableList<QuoteRow> speakerQuotes = FXCollections.observableArrayList();
    private final ObservableList<QuoteRecord> articleQuotes = FXCollections.observableArrayList();
    /** A quotation to show in the reader: the article it is in, and where (set before that article is open). */
    public record Focus(long articleId, int start, int end) {
        public int[] range() { return new int[] {start, end}; }
    }

    private final ObjectProperty<Focus> focus = new SimpleObjectProperty<>();
    private volatile boolean quotesReady;
    /** Searches asked for so far (for tests: opening the archive should need one). */
    private final java.util.concurrent.atomic.AtomicInteger searchesAsked = new java.util.concurrent.atomic.AtomicInteger();
    /** True while the outlet or speaker list is being replaced (on the FX thread): the box's passing changes of choice are no search. */
    private boolean replacingChoices;
    private final ObservableList<RelatedHit> related = FXCollections.observableArrayList();
    private final ObjectProperty<CompareData> comparison = new SimpleObjectProperty<>();

    public MainViewModel() {
        debounce.setOnFinished(e -> search());
        query.addListener((o, a, b) -> debounce.playFromStart());
        sort.addListener((o, a, b) -> search());
        outlet.addListener((o, a, b) -> {
            if (b != null && !replacingChoices) { // the outlet box passes through null while its list is replaced
                search();
            }
        });
        from.addListener((o, a, b) -> search());
        to.addListener((o, a, b) -> search());
        article.addListener((o, a, b) -> {
            loadArticleQuotes();
            loadRelated();
        });
        speakerFilter.addListener((o, a, b) -> {
            if (b != null && !replacingChoices) { // the box passes through null while its list is replaced
                search();
            }
        });
    }

    // --- archive -------------------------------------------------------------------------------------------

    /** Opens the archive in the background; on a first start imports {@code firstImport} if it exists. */
    public void open(Path dir, Path firstImport) {
        open(dir, firstImport, ctx -> Gazette.open(dir, ctx));
    }

    /** As {@link #open(Path, Path)}, taking over an opening that began before the window (see {@link EarlyOpen}). */
    public void open(Path dir, Path firstImport, EarlyOpen opening) {
        open(dir, firstImport, opening::await);
    }

    private void open(Path dir, Path firstImport, java.util.function.Function<org.gazette.task.TaskContext, Gazette> opener) {
        runner.run("Opening archive " + dir + "…", opener, g -> {
            gazette.set(g);
            refreshOutlets();
            search();
            runner.setMessage(g.repairNote() != null ? g.repairNote() : String.format("%,d articles in %s", g.count(), dir));
            if (g.isNew() && firstImport != null && Files.isDirectory(firstImport)) {
                importPaths(List.of(firstImport));
            } else {
                loadSpeakers();
            }
        }, this::fail);
    }

    public void importPaths(List<Path> paths) {
        Gazette g = gazette.get();
        if (g == null || paths.isEmpty()) {
            return;
        }
        lastLiveRefresh = System.currentTimeMillis();
        runner.run("Importing…", ctx -> g.importPaths(paths, ImportOptions.window(), ctx, r -> liveRefresh()), report -> {
            lastReport.set(report);
            runner.setMessage(report.summary());
            refreshOutlets();
            search();
            loadSpeakers();
        }, this::fail);
    }

    /** While an import runs, shows what has arrived about once a second. */
    private void liveRefresh() {
        long now = System.currentTimeMillis();
        if (now - lastLiveRefresh >= 1000) {
            lastLiveRefresh = now;
            BackgroundRunner.onFx(this::search);
        }
    }

    public void reindex() {
        Gazette g = gazette.get();
        if (g != null) {
            runner.run("Rebuilding search index…", ctx -> {
                g.reindex(ctx);
                return g.indexedCount();
            }, n -> {
                runner.setMessage(String.format("Search index rebuilt: %,d articles", n));
                search();
            }, this::fail);
        }
    }

    private void refreshOutlets() {
        Gazette g = gazette.get();
        if (g == null || searchExecutor.isShutdown()) {
            return;
        }
        searchExecutor.submit(() -> {
            List<String> names = g.outlets().stream().map(Map.Entry::getKey).toList();
            BackgroundRunner.onFx(() -> {
                if (outlets.size() == names.size() + 1 && outlets.subList(1, outlets.size()).equals(names)) {
                    return; // unchanged: leave the box (and the search) alone
                }
                replaceChoices(outlets, ALL_OUTLETS, names, outlet);
            });
        });
    }

    // --- search --------------------------------------------------------------------------------------------

    /** What the result list says while a search of speakers or quotations waits for them to be found. */
    static final String WAITING_FOR_QUOTES = "Searches of speakers and quotations run once the quotations are found (below)";
    private boolean waitingForQuotes;
    private volatile java.util.function.Predicate<Gazette> quotesBeingFound = Gazette::findingQuotes;

    /** For tests: when the quotations count as being found. */
    void quotesBeingFound(java.util.function.Predicate<Gazette> finding) { quotesBeingFound = finding; }

    /** A search, and a speaker's list, that wait for the quotations being found: run once they are. */
    private boolean searchWaits;
    private boolean speakerWaits;

    /**
     * Runs what waits for the quotations being found (the search, a speaker's list) once they are, or once their finding
     * stopped (cancelled, it is not started again here): a thread looks every tenth of a second, one at a time.
     */
    private void onceQuotesFound(Gazette g) {
        if (waitingForQuotes) {
            return;
        }
        waitingForQuotes = true;
        Thread waiter = new Thread(() -> {
            try {
                while (quotesBeingFound.test(g)) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // run now: they wait on their own thread, as they did
            }
            BackgroundRunner.onFx(() -> {
                waitingForQuotes = false;
                if (gazette.get() != g) {
                    return;
                }
                if (searchWaits) {
                    searchWaits = false;
                    search(); // the query as it is now
                }
                if (speakerWaits) {
                    speakerWaits = false;
                    selectSpeaker(selectedSpeaker.get());
                }
            });
        }, "gazette-waits-for-quotes");
        waiter.setDaemon(true);
        waiter.start();
    }

    /** Runs the current search now (the query field debounces typing into this). */
    public void search() {
        Gazette g = gazette.get();
        if (g == null || searchExecutor.isShutdown()) {
            return;
        }
        searchesAsked.incrementAndGet();
        long gen = generation.incrementAndGet();
        SearchRequest req = currentRequest(RESULT_LIMIT).withSnippets(FIRST_SNIPPETS);
        String q = req.query();
        if (req.needsQuotes() && quotesBeingFound.test(g)) {
            // run now, it would wait for the quotations on the search thread and hold up every search typed after it
            // (23,000 articles' quotations are found again in about 20 s): it runs once they are found
            queryError.set(null);
            results.clear();
            resultInfo.set(WAITING_FOR_QUOTES);
            searchWaits = true;
            onceQuotesFound(g);
            return;
        }
        searchExecutor.submit(() -> {
            if (gen != generation.get()) {
                return; // a newer search is queued
            }
            try {
                SearchResult r = g.search(req);
                BackgroundRunner.onFx(() -> {
                    if (gen == generation.get()) {
                        queryError.set(null);
                        lateSnippets.clear(); // they were the last list's
                        results.setAll(r.hits());
                        articleQuery.set(q);
                        resultInfo.set(describe(r, q.isBlank()));
                        if (!q.isBlank()) { // once typing pauses: a keystroke meanwhile makes this list stale
                            PauseTransition settle = new PauseTransition(Duration.millis(SNIPPET_DELAY_MS));
                            settle.setOnFinished(e -> {
                                if (gen == generation.get() && !searchExecutor.isShutdown()) { // not after close()
                                    fillSnippets(g, gen, req, r.hits());
                                }
                            });
                            settle.play();
                        }
                    }
                });
            } catch (InvalidQueryException e) {
                BackgroundRunner.onFx(() -> {
                    if (gen == generation.get()) {
                        queryError.set(e.getMessage());
                        resultInfo.set("");
                    }
                });
            } catch (RuntimeException e) {
                BackgroundRunner.onFx(() -> fail(e));
            }
        });
    }

    /**
     * Snippets for the rest of a result list, found a chunk at a time off the UI thread (a newer search skips the
     * chunks not started), and shown in one go when all have come: replacing the list's items one by one made
     * the list lay itself out again for each.
     */
    private void fillSnippets(Gazette g, long gen, SearchRequest req, List<SearchHit> hits) {
        Map<Long, org.gazette.search.Snippet> found = new java.util.concurrent.ConcurrentHashMap<>();
        int chunks = (hits.size() - req.snippets() + SNIPPET_CHUNK - 1) / SNIPPET_CHUNK;
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(chunks);
        for (int from = req.snippets(); from < hits.size(); from += SNIPPET_CHUNK) {
            List<Long> ids = hits.subList(from, Math.min(hits.size(), from + SNIPPET_CHUNK)).stream().map(SearchHit::id).toList();
            searchExecutor.submit(() -> {
                if (gen != generation.get()) {
                    return;
                }
                try {
                    found.putAll(g.snippets(req, ids));
                    if (left.decrementAndGet() == 0) {
                        BackgroundRunner.onFx(() -> {
                            if (gen == generation.get()) {
                                lateSnippets.putAll(found);
                                lateSnippetsVersion.set(lateSnippetsVersion.get() + 1);
                            }
                        });
                    }
                } catch (InvalidQueryException e) {
                    // the search this list came from parsed: nothing to do but keep the leads
                } catch (RuntimeException e) {
                    BackgroundRunner.onFx(() -> fail(e));
                }
            });
        }
    }

    /** The snippet a result list shows for a hit: its own, or one found after the list was shown. */
    public org.gazette.search.Snippet snippetOf(SearchHit hit) {
        return lateSnippets.getOrDefault(hit.id(), hit.snippet());
    }

    /** Changes when the snippets of the rest of the current result list have been found. */
    public javafx.beans.property.ReadOnlyIntegerProperty lateSnippetsProperty() { return lateSnippetsVersion; }

    /** The search the window shows: query, outlet, speaker and date filters, order. */
    private SearchRequest currentRequest(int limit) {
        String q = query.get() == null ? "" : query.get();
        Set<String> only = ALL_OUTLETS.equals(outlet.get()) || outlet.get() == null ? Set.of() : Set.of(outlet.get());
        Set<String> by = ALL_SPEAKERS.equals(speakerFilter.get()) || speakerFilter.get() == null ? Set.of() : Set.of(speakerFilter.get());
        return new SearchRequest(q, only, from.get(), to.get(), sort.get(), limit, by);
    }

    private static String describe(SearchResult r, boolean browsing) {
        if (r.total() == 0) {
            return browsing ? "The archive is empty: import a folder (File ▸ Import Folder…) or drop files here." : "No articles match.";
        }
        String n = String.format("%,d %s", r.total(), r.total() == 1 ? "article" : "articles");
        if (r.total() > r.hits().size()) {
            n += String.format(" (first %,d shown)", r.hits().size());
        }
        return browsing ? n + ", newest first" : n + String.format(" · %.0f ms", r.millis());
    }

    // --- reading and editing -------------------------------------------------------------------------------

    public void openArticle(long id) {
        Gazette g = gazette.get();
        if (g == null || searchExecutor.isShutdown()) {
            return;
        }
        Focus pending = focus.get();
        if (pending != null && pending.articleId() != id) {
            focus.set(null); // another article chosen before the quotation's opened: the quotation is let go
        }
        searchExecutor.submit(() -> g.article(id).ifPresent(a -> BackgroundRunner.onFx(() -> article.set(a))));
    }

    /**
     * Finds the current query's hits in a text (cleaned or original) off the JavaFX thread and hands them to
     * {@code then} on it. A long article takes a highlighter pass that has no place on the UI thread.
     */
    public void hitOffsets(String text, java.util.function.Consumer<List<int[]>> then) {
        hitOffsets(text, -1, then);
    }

    /** As above; with an article id the text is that article's cleaned text, and quote: words stay inside its quotations. */
    public void hitOffsets(String text, long cleanedArticleId, java.util.function.Consumer<List<int[]>> then) {
        Gazette g = gazette.get();
        String q = articleQuery.get();
        if (g == null || searchExecutor.isShutdown() || q == null || q.isBlank()) {
            then.accept(List.of());
            return;
        }
        searchExecutor.submit(() -> {
            List<int[]> hits = cleanedArticleId >= 0 ? g.hitOffsetsInArticle(q, cleanedArticleId, text) : g.hitOffsets(q, text);
            BackgroundRunner.onFx(() -> then.accept(hits));
        });
    }

    /** Saves the user's metadata edits (fields whose value changed), then shows the updated article. */
    public void saveMetadata(long id, Map<MetaField, String> changes) {
        Gazette g = gazette.get();
        if (g == null || changes.isEmpty()) {
            return;
        }
        runner.run("Saving…", ctx -> {
            Article a = null;
            for (var e : changes.entrySet()) {
                a = g.updateMetadata(id, e.getKey(), e.getValue());
            }
            return a;
        }, a -> {
            article.set(a);
            runner.setMessage("Saved. Your values are kept when the file is imported again.");
            refreshOutlets();
            search();
        }, this::fail);
    }

    // --- other coverage and comparison --------------------------------------------------------------------

    /** Two articles side by side, everything the comparison window shows, loaded together off the JavaFX thread. */
    public record CompareData(Article a, Article b, List<QuoteRecord> quotesA, List<QuoteRecord> quotesB,
                              Comparison comparison, List<int[]> hitsA, List<int[]> hitsB) { }

    /** The same story from other outlets for the article being read (only articles alike enough to be that story). */
    private void loadRelated() {
        Gazette g = gazette.get();
        Article a = article.get();
        related.clear();
        if (g == null || a == null || searchExecutor.isShutdown()) {
            return;
        }
        long id = a.id();
        searchExecutor.submit(() -> {
            try {
                List<RelatedHit> hits = g.related(id, RELATED_LIMIT).stream().filter(RelatedHit::sameStory).toList();
                BackgroundRunner.onFx(() -> {
                    Article now = article.get();
                    if (now != null && now.id() == id) {
                        related.setAll(hits);
                    }
                });
            } catch (RuntimeException e) {
                BackgroundRunner.onFx(() -> fail(e));
            }
        });
    }

    /**
     * Compares two articles off the JavaFX thread; when done, {@link #comparisonProperty()} holds both articles, their
     * quotations, the comparison and the current search's hits in each.
     */
    public void compare(long a, long b) {
        Gazette g = gazette.get();
        if (g == null || searchExecutor.isShutdown()) {
            return;
        }
        String q = articleQuery.get();
        runner.setMessage("Comparing…");
        searchExecutor.submit(() -> {
            try {
                Article x = g.article(a).orElseThrow(() -> new IllegalArgumentException("No article " + a));
                Article y = g.article(b).orElseThrow(() -> new IllegalArgumentException("No article " + b));
                Comparison c = g.compare(a, b);
                boolean search = q != null && !q.isBlank();
                List<int[]> hitsA = search ? g.hitOffsetsInArticle(q, a, x.cleanedText()) : List.of();
                List<int[]> hitsB = search ? g.hitOffsetsInArticle(q, b, y.cleanedText()) : List.of();
                CompareData data = new CompareData(x, y, g.storedQuotes(a), g.storedQuotes(b), c, hitsA, hitsB);
                BackgroundRunner.onFx(() -> {
                    runner.setMessage(String.format("Compared: %.0f%% of the sentences tell the same thing", c.similarity() * 100));
                    comparison.set(data);
                });
            } catch (RuntimeException e) {
                BackgroundRunner.onFx(() -> fail(e));
            }
        });
    }

    /** Articles to compare an article with: its other coverage first, then what {@code query} finds (newest first when blank). */
    public void compareCandidates(long id, String query, java.util.function.Consumer<List<SearchHit>> then) {
        Gazette g = gazette.get();
        if (g == null || searchExecutor.isShutdown()) {
            return;
        }
        searchExecutor.submit(() -> {
            List<SearchHit> out = new java.util.ArrayList<>();
            try {
                boolean blank = query == null || query.isBlank();
                if (blank) {
                    for (RelatedHit h : g.related(id, RELATED_LIMIT)) {
                        if (h.sameStory()) {
                            out.add(new SearchHit(h.id(), h.title(), h.outlet(), h.date(), null, h.source(), (float) h.similarity(),
                                    new org.gazette.search.Snippet(List.of(new org.gazette.search.Snippet.Span(
                                            String.format("Other coverage, %.0f%% match", h.similarity() * 100), false)))));
                        }
                    }
                }
                SearchRequest req = new SearchRequest(blank ? "" : query, Set.of(), null, null,
                        blank ? SearchRequest.Sort.NEWEST : SearchRequest.Sort.RELEVANCE, 100, Set.of());
                Set<Long> seen = new java.util.HashSet<>();
                seen.add(id);
                out.forEach(h -> seen.add(h.id()));
                for (SearchHit h : g.search(req).hits()) {
                    if (seen.add(h.id())) {
                        out.add(h);
                    }
                }
            } catch (InvalidQueryException e) {
                // half-typed query: keep what there is
            } catch (RuntimeException e) {
                BackgroundRunner.onFx(() -> fail(e));
                return;
            }
            BackgroundRunner.onFx(() -> then.accept(out));
        });
    }

    // --- quotations and speakers ---------------------------------------------------------------------------

    /** Finds the quotations of new or changed articles (a background job with progress), then lists the speakers. */
    public void loadSpeakers() {
        Gazette g = gazette.get();
        if (g == null) {
            return;
        }
        String keepMessage = runner.messageProperty().get();
        runner.run("Finding quotations…", ctx -> {
            long recleaned = g.ensureCleanup(ctx); // an archive cleaned by older rules: before its quotations
            g.ensureQuotes(ctx);
            return new SpeakersLoaded(g.speakers(), recleaned);
        }, loaded -> {
            quotesReady = true;
            List<SpeakerSummary> list = loaded.speakers();
            if (loaded.recleaned() > 0) { // titles and texts may read differently now
                refreshOutlets();
                search();
                if (article.get() != null) {
                    openArticle(article.get().id());
                }
            }
            setSpeakers(list);
            runner.setMessage(loaded.recleaned() > 0
                    ? String.format("%,d articles cleaned again by newer cleanup rules", loaded.recleaned()) : keepMessage);
            loadArticleQuotes();
            if (selectedSpeaker.get() != null) {
                selectSpeaker(selectedSpeaker.get());
            }
            // the first speaker: search would read every speaker's names (a second at 100,000 articles): read them now
            runner.runQuietly(g::prepareSpeakerSearch, this::fail);
        }, this::fail);
    }

    private record SpeakersLoaded(List<SpeakerSummary> speakers, long recleaned) { }

    private void setSpeakers(List<SpeakerSummary> list) {
        speakers.setAll(list);
        replaceChoices(speakerChoices, ALL_SPEAKERS, list.stream().map(SpeakerSummary::speaker).toList(), speakerFilter);
    }

    /**
     * Refills a filter box with {@code all} and {@code names}, keeping its choice where it is still offered. The box
     * passes its choice through null and back meanwhile: no search for that; one only when the choice is gone (an
     * outlet no longer in the archive, a speaker merged or renamed).
     */
    private void replaceChoices(ObservableList<String> choices, String all, List<String> names, StringProperty chosen) {
        String keep = chosen.get();
        List<String> next = new java.util.ArrayList<>(names.size() + 1);
        next.add(all);
        next.addAll(names);
        replacingChoices = true;
        try {
            choices.setAll(next);
            chosen.set(next.contains(keep) ? keep : all);
        } finally {
            replacingChoices = false;
        }
        if (!java.util.Objects.equals(chosen.get(), keep)) {
            search();
        }
    }

    /**
     * A speaker's quotations are listed a page at a time, newest first, the next page read as the list's end comes into
     * sight ({@link #moreSpeakerQuotes}): at least this many quotations each.
     */
    static final int SPEAKER_QUOTES_PAGE = 200;
    private int speakerQuotesPage = SPEAKER_QUOTES_PAGE;
    /** The selected speaker's quotations being listed (null while the first page is read), and whether a page is on its way. */
    private org.gazette.archive.ArticleStore.QuoteCursor speakerCursor;
    private boolean speakerPageLoading;
    /** Counts the lists started: a page read for an earlier one is dropped. */
    private long speakerListing;

    /** For tests: smaller pages. */
    void speakerQuotesPage(int n) { speakerQuotesPage = n; }

    /** The selected speaker's number of quotations in the archive (the list may not hold them all yet), or 0 when not known. */
    public int selectedSpeakerTotal() {
        String name = selectedSpeaker.get();
        return name == null ? 0 : speakers.stream().filter(s -> s.speaker().equals(name)).mapToInt(SpeakerSummary::quotes)
                .findFirst().orElse(0);
    }

    /** Lists a speaker's quotations across the archive, newest first: the first page now, the rest as it is scrolled. */
    public void selectSpeaker(String name) {
        Gazette g = gazette.get();
        selectedSpeaker.set(name);
        long listing = ++speakerListing;
        speakerCursor = null;
        speakerPageLoading = false;
        if (g == null || name == null || searchExecutor.isShutdown()) {
            speakerQuotes.clear();
            return;
        }
        if (quotesBeingFound.test(g)) {
            speakerQuotes.clear(); // chosen in the reader's legend while the quotations are found again: listed once they are
            speakerWaits = true;
            onceQuotesFound(g);
            return;
        }
        int page = speakerQuotesPage;
        speakerPageLoading = true;
        searchExecutor.submit(() -> {
            try {
                var cursor = g.quoteCursor(name);
                List<QuoteRow> rows = g.nextQuoteRows(cursor, page);
                BackgroundRunner.onFx(() -> {
                    if (listing == speakerListing) {
                        speakerCursor = cursor;
                        speakerPageLoading = false;
                        speakerQuotes.setAll(rows);
                    }
                });
            } catch (RuntimeException e) {
                BackgroundRunner.onFx(() -> fail(e));
            }
        });
    }

    /** Reads the selected speaker's next page of quotations into the list, unless one is on its way or all are listed. */
    public void moreSpeakerQuotes() {
        Gazette g = gazette.get();
        var cursor = speakerCursor;
        if (g == null || cursor == null || speakerPageLoading || cursor.done() || searchExecutor.isShutdown()) {
            return;
        }
        speakerPageLoading = true;
        int page = speakerQuotesPage;
        long listing = speakerListing;
        searchExecutor.submit(() -> {
            try {
                List<QuoteRow> rows = g.nextQuoteRows(cursor, page);
                BackgroundRunner.onFx(() -> {
                    if (listing == speakerListing) { // the speaker is still the one listed
                        speakerPageLoading = false;
                        speakerQuotes.addAll(rows);
                    }
                });
            } catch (RuntimeException e) {
                BackgroundRunner.onFx(() -> fail(e));
            }
        });
    }

    /** Opens an article and marks the given range (a quotation) in the reader. */
    public void openArticleAt(long id, int start, int end) {
        Article open = article.get();
        focus.set(null); // the same quotation chosen again is shown again
        focus.set(new Focus(id, start, end));
        if (open == null || open.id() != id) {
            openArticle(id);
        }
    }

    private void loadArticleQuotes() {
        Gazette g = gazette.get();
        Article a = article.get();
        if (g == null || a == null || !quotesReady || searchExecutor.isShutdown()) {
            articleQuotes.clear();
            return;
        }
        long id = a.id();
        searchExecutor.submit(() -> {
            List<QuoteRecord> qs = g.storedQuotes(id);
            BackgroundRunner.onFx(() -> {
                Article now = article.get();
                if (now != null && now.id() == id) {
                    articleQuotes.setAll(qs);
                }
            });
        });
    }

    /** A correction: shows speaker {@code name} as {@code newName} (also merges into an existing speaker). */
    public void renameSpeaker(String name, String newName) {
        correct("Renaming speaker…", g -> {
            g.renameSpeaker(name, newName);
            return SAVED;
        }, newName);
    }

    /** Undoes a merge: each spelling found in the articles becomes its own speaker again. */
    public void splitSpeaker(String name) {
        correct("Splitting speaker…", g -> {
            List<String> names = g.splitSpeaker(name);
            return names.size() < 2 ? name + " is written one way in the articles: there is nothing to split."
                    : String.format("%s is now %d speakers: %s (kept when articles are imported again).", name, names.size(),
                            String.join(", ", names));
        }, name);
    }

    /** A correction of one quotation's speaker (blank: nobody). */
    public void setQuoteSpeaker(QuoteRecord q, String speaker) {
        correct("Changing the speaker…", g -> {
            g.setQuoteSpeaker(q, speaker);
            return SAVED;
        }, selectedSpeaker.get());
    }

    private static final String SAVED = "Saved. Speaker corrections are kept when articles are imported again.";

    /** What a correction made of the speakers, and what the status line says of it. */
    private record Corrected(List<SpeakerSummary> speakers, String message) { }

    /** Runs a correction ({@code change} returns what the status line says), then shows the speakers and selects one. */
    private void correct(String title, java.util.function.Function<Gazette, String> change, String select) {
        Gazette g = gazette.get();
        if (g == null) {
            return;
        }
        runner.run(title, ctx -> {
            String message = change.apply(g);
            return new Corrected(g.speakers(), message);
        }, done -> {
            List<SpeakerSummary> list = done.speakers();
            setSpeakers(list);
            runner.setMessage(done.message());
            search(); // the speaker names in the results' index changed too
            loadArticleQuotes();
            selectSpeaker(list.stream().anyMatch(s -> s.speaker().equals(select)) ? select : null);
        }, this::fail);
    }

    /** Writes the selected speaker's quotations to a file as CSV or JSON lines. */
    public void exportSpeakerQuotes(Path file, QuoteExport.Format format) {
        String name = selectedSpeaker.get();
        if (name != null) {
            writeQuotes(file, format, g -> g.quoteRows(name, Integer.MAX_VALUE), " by " + name); // all, not only those listed
        }
    }

    /** Writes the quotations the current search finds (its query, filters and order, every matching article). */
    public void exportSearchQuotes(Path file, QuoteExport.Format format) {
        SearchRequest req = currentRequest(Integer.MAX_VALUE);
        writeQuotes(file, format, g -> {
            try {
                return g.quoteRowsMatching(req);
            } catch (InvalidQueryException e) {
                throw new IllegalArgumentException("The search cannot be exported: " + e.getMessage(), e);
            }
        }, " matching the search");
    }

    private void writeQuotes(Path file, QuoteExport.Format format, java.util.function.Function<Gazette, List<QuoteRow>> rows, String what) {
        Gazette g = gazette.get();
        if (g == null) {
            return;
        }
        runner.run("Exporting…", ctx -> {
            List<QuoteRow> list = rows.apply(g);
            try (var w = Files.newBufferedWriter(file)) {
                QuoteExport.write(list, format, w);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
            }
            return list.size();
        }, n -> runner.setMessage(String.format("Exported %,d quotations%s to %s", n, what, file)), this::fail);
    }

    private void fail(Throwable t) {
        if (t instanceof org.gazette.task.CancelledException) {
            runner.setMessage("Cancelled.");
            return;
        }
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        errorMessage.set(m);
        runner.setMessage("Error: " + m);
    }

    public void close() {
        debounce.stop();
        generation.incrementAndGet(); // searches and snippet chunks still queued are stale now: they return at once
        runner.shutdown();
        searchExecutor.shutdown();
        try {
            searchExecutor.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Gazette g = gazette.get();
        if (g != null) {
            g.close();
        }
    }

    public BackgroundRunner runner() { return runner; }
    public ObjectProperty<Gazette> gazetteProperty() { return gazette; }
    public StringProperty queryProperty() { return query; }
    public ObjectProperty<SearchRequest.Sort> sortProperty() { return sort; }
    public StringProperty outletProperty() { return outlet; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<SearchHit> results() { return results; }
    int searchesAsked() { return searchesAsked.get(); }
    public ObservableList<String> outlets() { return outlets; }
    public StringProperty resultInfoProperty() { return resultInfo; }
    public StringProperty queryErrorProperty() { return queryError; }
    public ObjectProperty<Article> articleProperty() { return article; }
    public StringProperty articleQueryProperty() { return articleQuery; }
    public ObjectProperty<ImportReport> lastReportProperty() { return lastReport; }
    public StringProperty errorMessageProperty() { return errorMessage; }
    public ObservableList<SpeakerSummary> speakers() { return speakers; }
    public StringProperty speakerFilterProperty() { return speakerFilter; }
    public ObservableList<String> speakerChoices() { return speakerChoices; }
    public StringProperty selectedSpeakerProperty() { return selectedSpeaker; }
    public ObservableList<QuoteRow> speakerQuotes() { return speakerQuotes; }
    public ObservableList<QuoteRecord> articleQuotes() { return articleQuotes; }
    public ObjectProperty<Focus> focusProperty() { return focus; }
    public ObservableList<RelatedHit> related() { return related; }
    public ObjectProperty<CompareData> comparisonProperty() { return comparison; }
}
