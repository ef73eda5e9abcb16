package org.gazette.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.gazette.archive.QuoteRow;
import org.gazette.archive.Article;
import org.gazette.archive.ArticleStore;
import org.gazette.archive.MetaField;
import org.gazette.archive.QuoteRecord;
import org.gazette.archive.SpeakerSummary;
import org.gazette.ingest.QuoteExtraction;
import org.gazette.quotes.QuoteAttributor;
import org.gazette.quotes.SpeakerMerger;
import org.gazette.archive.WriteResult;
import org.gazette.ingest.ArticleParser;
import org.gazette.ingest.CleanupChain;
import org.gazette.ingest.ParsedArticle;
import org.gazette.archive.Recleaned;
import org.gazette.ingest.ImportOptions;
import org.gazette.ingest.ImportReport;
import org.gazette.ingest.Importer;
import org.gazette.search.InvalidQueryException;
import org.gazette.search.SearchIndex;
import org.gazette.search.SearchRequest;
import org.gazette.search.SearchResult;
import org.gazette.task.TaskContext;

/**
 * An open archive folder: the SQLite records and the Lucene index derived from them, and everything the
 * front ends do with it. Opening repairs the index when it lags the records (after a crash) and rebuilds it
 * when its format changed.
 */
public final class Gazette implements AutoCloseable {
    private static final int PAGE = 500;

    private final Path dir;
    private final ArticleStore store;
    private final SearchIndex index;
    private final String repairNote;

    private Gazette(Path dir, ArticleStore store, SearchIndex index, String repairNote) {
        this.dir = dir;
        this.store = store;
        this.index = index;
        this.repairNote = repairNote;
        index.speakerKeys(store::speakerKeys);
        index.articleTexts(store::cleanedTexts);
    }

    /** Opens (or creates) the archive in {@code dir}, bringing the index in line with the records. */
    public static Gazette open(Path dir, TaskContext ctx) {
        ArticleStore store = ArticleStore.open(dir);
        SearchIndex index;
        try {
            index = SearchIndex.open(dir);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Gazette g = new Gazette(dir, store, index, null);
        String note = g.repairIndex(ctx);
        return new Gazette(dir, store, index, note);
    }

    public Path directory() { return dir; }

    /** True when this open created the archive (nothing was there before). */
    public boolean isNew() { return store.wasCreated(); }

    /** What opening did to the index, if anything ("rebuilt…", "repaired…"), else null. */
    public String repairNote() { return repairNote; }

    private String repairIndex(TaskContext ctx) {
        long indexed = index.committedRev();
        long current = store.currentRev();
        if (index.isStaleFormat() || indexed < 0) {
            if (store.count() == 0 && index.count() == 0) {
                index.commit(current);
                return null;
            }
            rebuild(ctx);
            return String.format("Search index rebuilt (%,d articles).", store.count());
        }
        if (indexed < current) {
            long n = indexSince(indexed, ctx, "Repairing search index");
            index.delete(store.deletedSince(indexed));
            index.commit(current);
            if (index.count() == store.count()) {
                return "Search index repaired: " + n + " articles re-indexed after an interrupted session.";
            }
        } else if (index.count() == store.count()) {
            return null;
        }
        rebuild(ctx);
        return "Search index rebuilt (it disagreed with the archive).";
    }

    /**
     * Quotations are derived data, found during import; this finds them for every article changed since they
     * were last current (an archive from before the extractor, an interrupted import, a new extractor
     * version), and records how far it got.
     */
    public synchronized void ensureQuotes(TaskContext ctx) {
        findingQuotes = true;
        try {
            findQuotes(ctx);
        } finally {
            findingQuotes = false;
        }
    }

    /** Set while {@link #ensureQuotes} runs: read without waiting for it. */
    private volatile boolean findingQuotes;

    /**
     * Whether quotations are being found now (an archive opened by a newer extractor, or cleaned again): a search of
     * speakers or quotations would wait until they are. Answered at once.
     */
    public boolean findingQuotes() { return findingQuotes; }

    private void findQuotes(TaskContext ctx) {
        ensureCleanup(ctx); // quotations are found in the cleaned text
        long current = store.currentRev();
        boolean sameFormat = store.quotesFormat() == QuoteAttributor.FORMAT;
        long since = sameFormat ? store.quotesRev() : -1;
        if (sameFormat && since >= current) {
            if (store.speakersUnresolved()) {
                resolveSpeakers();
            } else {
                indexQuotes(); // left over from an interrupted run, or an archive from before the quote fields
            }
            return;
        }
        // CompilerPolicy hears how many articles before the extractor runs hot (see there): the count progress uses
        forEachPageSince(since, ctx, "Finding quotations", CompilerPolicy::beforeExtracting, page -> {
            // articles are independent: extract them on every core, store them in one transaction
            List<List<QuoteRecord>> found = page.parallelStream().map(a -> QuoteExtraction.of(a.id(), a.cleanedText())).toList();
            Map<Long, List<QuoteRecord>> quotes = new java.util.LinkedHashMap<>();
            for (int i = 0; i < page.size(); i++) {
                quotes.put(page.get(i).id(), found.get(i));
            }
            store.replaceQuotes(quotes);
        });
        store.setQuotesState(QuoteAttributor.FORMAT, current);
        resolveSpeakers();
    }

    /**
     * Cleans every article again from the original it keeps when the archive was cleaned by older cleanup rules
     * ({@link CleanupChain#FORMAT}): page furniture a newer rule knows goes, and so do names glued into the text
     * by it (a pop-up card's name after a speaker's). Fields the user set stay as the user set them. Articles whose
     * text changed are indexed again, and their quotations are left to {@link #ensureQuotes}. Returns how many
     * articles changed. Stopped (cancelled), it starts over next time; articles done already come out unchanged.
     */
    public synchronized long ensureCleanup(TaskContext ctx) {
        if (store.cleanupFormat() == CleanupChain.FORMAT) {
            return 0;
        }
        if (store.count() == 0) {
            store.setCleanupFormat(CleanupChain.FORMAT);
            return 0;
        }
        long before = store.currentRev();
        ArticleParser parser = ArticleParser.standard();
        long[] changed = {0};
        forEachPageSince(-1, ctx, "Cleaning articles with newer rules", page -> {
            List<Recleaned> again = page.parallelStream().map(a -> cleanedAgain(parser, a)).filter(java.util.Objects::nonNull).toList();
            if (!again.isEmpty()) {
                store.storeRecleaned(again);
                changed[0] += again.size();
            }
        });
        if (changed[0] > 0) {
            indexSince(before, ctx, "Indexing articles cleaned again");
            index.commit(store.currentRev());
        }
        store.setCleanupFormat(CleanupChain.FORMAT);
        return changed[0];
    }

    /** The article as the current rules clean its original, or null when that changes nothing (or leaves no text). */
    private static Recleaned cleanedAgain(ArticleParser parser, Article a) {
        Path source = a.sources().isEmpty() ? null : Path.of(a.sources().get(0));
        ParsedArticle p = parser.parse(a.originalText(), source);
        if (p.cleanedText().isBlank()) {
            return null; // the archive keeps what it has rather than an empty article
        }
        if (p.cleanedText().equals(a.cleanedText()) && p.metadata().keepingUserEdits(a.metadata()).equals(a.metadata())) {
            return null;
        }
        return new Recleaned(a, p.cleanedText(), p.contentHash(), p.metadata());
    }

    /** Whether {@link #ensureQuotes} has quotations to find (an archive from before them, an interrupted import, a new extractor). */
    public synchronized boolean quotesPending() {
        return store.quotesFormat() != QuoteAttributor.FORMAT || store.quotesRev() < store.currentRev()
                || store.speakersUnresolved() || store.cleanupFormat() != CleanupChain.FORMAT;
    }

    /** Works out the name every quotation is shown under: the user's corrections, then archive-wide merging. */
    private void resolveSpeakers() {
        mergeSpeakerNames();
        indexQuotes();
    }

    private void mergeSpeakerNames() {
        store.applySpeakerNames(SpeakerMerger.canonical(store.foundSpeakerCounts(), store.speakerAliases()));
        index.speakerNamesChanged();
    }

    /**
     * Gives the search index the quotations of every article whose quotations changed or were corrected (for
     * the quote: and speaker: fields and the speaker filter). The queue is in the archive, so an interrupted
     * run is finished next time.
     */
    private void indexQuotes() {
        List<Long> done = new java.util.ArrayList<>();
        long after = -1;
        while (true) {
            List<Long> ids = store.quoteIndexPending(after, PAGE);
            if (ids.isEmpty()) {
                break;
            }
            index.update(store.articles(ids), store.quotesForIndex(ids));
            done.addAll(ids);
            after = ids.get(ids.size() - 1);
        }
        if (!done.isEmpty()) {
            index.commit(store.currentRev()); // one commit (an fsync) for the lot, then the queue is cleared
            store.quoteIndexDone(done);
        }
    }
    /** Shows every quotation now shown as {@code speaker} under {@code newName} (a rename, or a merge into an existing name). */
    public synchronized void renameSpeaker(String speaker, String newName) {
        ensureQuotes(TaskContext.NONE);
        String target = newName.strip();
        if (target.isEmpty()) {
            throw new IllegalArgumentException("A speaker needs a name.");
        }
        store.setAliases(store.namesShownAs(speaker), target);
        resolveSpeakers();
    }

    /** Merges {@code speaker} into {@code into}: one person, shown under {@code into}'s name. */
    public void mergeSpeakers(String speaker, String into) {
        renameSpeaker(speaker, into);
    }

    /** Undoes merging: each name found in the articles that is now shown as {@code speaker} is shown as itself again. */
    public synchronized List<String> splitSpeaker(String speaker) {
        ensureQuotes(TaskContext.NONE);
        List<String> names = store.namesShownAs(speaker);
        for (String n : names) {
            store.setAliases(List.of(n), n);
        }
        resolveSpeakers();
        return names;
    }

    /** Sets one quotation's speaker (null: nobody); kept when quotations are found again. */
    public synchronized void setQuoteSpeaker(QuoteRecord quote, String speaker) {
        ensureQuotes(TaskContext.NONE);
        store.setQuoteSpeaker(quote.articleId(), quote.start(), quote.end(), speaker == null || speaker.isBlank() ? null : speaker.strip());
        resolveSpeakers();
    }

    public List<QuoteRecord> quotes(long articleId) {
        ensureQuotes(TaskContext.NONE);
        return store.quotes(articleId);
    }

    /** An article's stored quotations as they are now, without finding new ones (for the reader). */
    public List<QuoteRecord> storedQuotes(long articleId) {
        return store.quotes(articleId);
    }

    public List<QuoteRecord> quotesBy(String speaker, int limit) {
        ensureQuotes(TaskContext.NONE);
        return store.quotesBy(speaker, limit);
    }

    /** A speaker's quotations with their articles (title, outlet, date), newest first, for lists and export. */
    public List<QuoteRow> quoteRows(String speaker, int limit) {
        ensureQuotes(TaskContext.NONE);
        return store.quoteRows(speaker, limit); // only the articles the limit reaches are read
    }

    /** Starts listing a speaker's quotations a page at a time, newest first ({@link #nextQuoteRows}). */
    public ArticleStore.QuoteCursor quoteCursor(String speaker) {
        ensureQuotes(TaskContext.NONE);
        return store.quoteCursor(speaker);
    }

    /** The next page of a speaker's quotations: whole articles, at least {@code atLeast} quotations while any are left. */
    public List<QuoteRow> nextQuoteRows(ArticleStore.QuoteCursor cursor, int atLeast) {
        return store.nextQuoteRows(cursor, atLeast);
    }

    /**
     * The quotations a search finds, for export: in the articles it matches (in its order, up to its limit), the
     * quotations that hold one of its hits, or every quotation when the query is only filters; with a speaker
     * filter, only those speakers' quotations.
     */
    public List<QuoteRow> quoteRowsMatching(SearchRequest request) throws InvalidQueryException {
        ensureQuotes(TaskContext.NONE);
        List<QuoteRow> rows = new java.util.ArrayList<>();
        boolean words = !request.query().isBlank();
        for (long id : index.matchingIds(request)) {
            Optional<Article> article = store.article(id);
            List<QuoteRecord> quotes = store.quotes(id);
            if (article.isEmpty() || quotes.isEmpty()) {
                continue;
            }
            Article a = article.get();
            List<int[]> hits = words ? hitOffsetsInArticle(request.query(), id, a.cleanedText()) : List.of();
            for (QuoteRecord q : quotes) {
                boolean bySpeaker = request.speakers().isEmpty() || request.speakers().contains(q.speaker());
                boolean holdsHit = !words || hits.stream().anyMatch(h -> h[0] < q.end() && h[1] > q.start());
                if (bySpeaker && holdsHit) {
                    rows.add(new QuoteRow(q.speaker(), q.text(), id, a.title(), a.outlet(), a.date(), q.start(), q.end()));
                }
            }
        }
        return rows;
    }

    /** Every speaker's quotations, most quoted speaker first (an export of the whole archive), in one query. */
    public List<QuoteRow> allQuoteRows() {
        ensureQuotes(TaskContext.NONE);
        return store.allQuoteRows();
    }

    /**
     * The speakers a name as typed refers to, most quoted first: the one shown under that name (ignoring case), else
     * every speaker of its last name whose name holds its other words ("Nadler": "Jerrold L. Nadler"), else of a last
     * name spelled one letter apart ("Zelensky": "Volodymyr Zelenskyy").
     */
    public List<String> speakersNamed(String typed) {
        List<SpeakerSummary> all = speakers();
        for (SpeakerSummary s : all) {
            if (s.speaker().equalsIgnoreCase(typed.strip())) {
                return List.of(s.speaker());
            }
        }
        List<String> same = all.stream().map(SpeakerSummary::speaker)
                .filter(name -> org.gazette.quotes.Names.typedNames(typed, name, false)).toList();
        return !same.isEmpty() ? same : all.stream().map(SpeakerSummary::speaker) // "Zelensky" finds Zelenskyy
                .filter(name -> org.gazette.quotes.Names.typedNames(typed, name, true)).toList();
    }

    public List<SpeakerSummary> speakers() {
        ensureQuotes(TaskContext.NONE);
        return store.speakers();
    }

    /** Rebuilds the whole search index from the records. */
    public void reindex(TaskContext ctx) { rebuild(ctx); }

    private void rebuild(TaskContext ctx) {
        index.deleteAll();
        indexSince(-1, ctx, "Rebuilding search index");
        index.commit(store.currentRev());
    }

    private long indexSince(long rev, TaskContext ctx, String label) {
        return forEachPageSince(rev, ctx, label, page -> index.update(page, store.quotesForIndex(page.stream().map(Article::id).toList())));
    }

    /** Hands every article to {@code work}, a page at a time, in id order (for exports and benchmarks). */
    public void forEachArticle(Consumer<List<Article>> work) {
        forEachPageSince(-1, TaskContext.NONE, "Reading articles", work);
    }

    /**
     * Hands every article changed after {@code rev} to {@code work}, a page at a time (short store locks),
     * reporting progress and stopping at a page boundary when cancelled. Returns how many articles it handed on.
     */
    private long forEachPageSince(long rev, TaskContext ctx, String label, Consumer<List<Article>> work) {
        return forEachPageSince(rev, ctx, label, total -> { }, work);
    }

    /** As {@link #forEachPageSince(long, TaskContext, String, Consumer)}, telling {@code counted} how many before the first page. */
    private long forEachPageSince(long rev, TaskContext ctx, String label, java.util.function.LongConsumer counted,
            Consumer<List<Article>> work) {
        long total = store.countSince(rev);
        counted.accept(total);
        long done = 0;
        long after = 0;
        while (true) {
            ctx.checkCancelled();
            List<Article> page = store.page(rev, after, PAGE);
            if (page.isEmpty()) {
                return done;
            }
            work.accept(page);
            done += page.size();
            after = page.get(page.size() - 1).id();
            ctx.progress(done, total, String.format("%s: %,d of %,d", label, done, total));
        }
    }

    /**
     * Imports files; their quotations are found with them (on the import's threads) and stored in the same
     * transactions. When the archive's quotations were current before, they are current after, and the new
     * speakers are merged with the archive's; otherwise the next {@link #ensureQuotes} finds them all again.
     */
    public ImportReport importPaths(List<Path> paths, ImportOptions options, TaskContext ctx, Consumer<WriteResult> onCommitted) {
        boolean quotesCurrent;
        synchronized (this) {
            if (store.count() == 0 && store.quotesFormat() != QuoteAttributor.FORMAT) {
                store.setQuotesState(QuoteAttributor.FORMAT, store.currentRev()); // a new archive: nothing to find
            }
            if (store.count() == 0 && store.cleanupFormat() != CleanupChain.FORMAT) {
                store.setCleanupFormat(CleanupChain.FORMAT); // nor anything to clean again
            }
            quotesCurrent = store.quotesFormat() == QuoteAttributor.FORMAT && store.quotesRev() >= store.currentRev();
        }
        Importer importer = new Importer(store, index, ArticleParser.standard(), options);
        if (options.quotations()) {
            importer.whenCounted(CompilerPolicy::beforeExtracting); // before the extractor runs hot: see there
        }
        if (quotesCurrent) {
            // when the import changed something (else the names stand as they were), while the index's last commit
            // runs beside it; the index keeps the names as found: nothing to re-index
            importer.whenRecordsWritten(() -> {
                Map<String, Integer> counts;
                Map<String, String> aliases;
                synchronized (this) {
                    counts = store.foundSpeakerCounts();
                    aliases = store.speakerAliases();
                }
                // the names are worked out (~0.3 s for 22,682 articles) beside the speaker index being built
                var names = java.util.concurrent.CompletableFuture.supplyAsync(() -> SpeakerMerger.canonical(counts, aliases));
                return () -> {
                    synchronized (this) {
                        quotesFoundUpToNow();
                        if (store.speakerAliases().equals(aliases)) {
                            store.applySpeakerNames(names.join());
                            index.speakerNamesChanged();
                        } else {
                            mergeSpeakerNames(); // the user renamed a speaker meanwhile
                        }
                    }
                };
            });
        }
        // each batch's quotations are stored with it and noted current in its transaction (ArticleStore.write), so that a
        // search of speakers meanwhile does not find the imported articles' quotations over again (5–6 s a search)
        ImportReport report = importer.run(paths, ctx, onCommitted);
        if (quotesCurrent) {
            synchronized (this) {
                quotesFoundUpToNow();
            }
        }
        return report;
    }

    /** Notes that the archive's quotations are found for every article it holds now (they are found as they are imported). */
    private void quotesFoundUpToNow() {
        if (store.quotesRev() < store.currentRev()) {
            store.setQuotesState(QuoteAttributor.FORMAT, store.currentRev());
        }
    }

    public ImportReport importPaths(List<Path> paths, TaskContext ctx) {
        return importPaths(paths, ImportOptions.DEFAULT, ctx, r -> { });
    }

    public SearchResult search(SearchRequest request) throws InvalidQueryException {
        if (request.needsQuotes()) {
            ensureQuotes(TaskContext.NONE);
        }
        return index.search(request);
    }

    /** Snippets for hits a search listed with their lead only (see {@link SearchRequest#snippets()}). */
    public java.util.Map<Long, org.gazette.search.Snippet> snippets(SearchRequest request, List<Long> articleIds)
            throws InvalidQueryException {
        return index.snippets(request, articleIds);
    }

    /** Other articles telling the same story as article {@code id}, most similar first (copies flagged). */
    public List<org.gazette.search.RelatedHit> related(long id, int k) { return index.related(id, k); }

    /** Two archived articles side by side: aligned sentences, speakers, shared quotations, facts only one has. */
    public org.gazette.compare.Comparison compare(long a, long b) {
        Article x = store.article(a).orElseThrow(() -> new IllegalArgumentException("No article " + a));
        Article y = store.article(b).orElseThrow(() -> new IllegalArgumentException("No article " + b));
        return org.gazette.compare.ArticleComparer.compare(x.cleanedText(), quotes(a), x.metadata(), y.cleanedText(),
                quotes(b), y.metadata());
    }

    /** Null when the query is valid, else a short explanation. */
    public String explainInvalid(String query) { return index.explainInvalid(query); }

    /** Makes the first search by speaker as quick as the next ones (the window calls it in the background). */
    public void prepareSpeakerSearch() {
        index.prepareSpeakerNames();
    }

    /** Offsets of the query's hits in a text, for the reader. */
    public List<int[]> hitOffsets(String query, String text) { return index.hitOffsets(query, text); }

    /**
     * Hits in an article's cleaned text: words asked for with {@code quote:} only inside its quotations (when
     * they have been found; everywhere until then).
     */
    public List<int[]> hitOffsetsInArticle(String query, long articleId, String cleanedText) {
        List<QuoteRecord> quotes = store.quotes(articleId);
        List<int[]> ranges = quotes.isEmpty() ? null : quotes.stream().map(q -> new int[] {q.start(), q.end()}).toList();
        return index.hitOffsets(query, cleanedText, ranges);
    }

    public Optional<Article> article(long id) { return store.article(id); }

    /** Saves the user's value for a field; it wins over what re-imports find, and is searchable at once. */
    public Article updateMetadata(long id, MetaField field, String value) {
        Article a = store.updateMetadata(id, field, value);
        index.update(List.of(a), store.quotesForIndex(List.of(id)));
        index.commit(store.currentRev());
        return a;
    }

    public List<Map.Entry<String, Long>> outlets() { return store.outlets(); }

    /** Every imported file's path and the id of the article it holds, in path order. */
    public Map<String, Long> sourceArticles() { return store.sourceArticles(); }

    public long count() { return store.count(); }

    public int indexedCount() { return index.count(); }

    public List<String[]> lastImportErrors() { return store.lastRunErrors(); }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
