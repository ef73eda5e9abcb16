package org.gazette.search;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;
import org.gazette.archive.ArchiveException;
import org.gazette.archive.Article;
import org.gazette.archive.ArticleStore;
import org.gazette.archive.QuoteRecord;

/**
 * The Lucene index over the archive's articles. It is derived from SQLite and can always be rebuilt: each
 * commit records the archive revision it reflects and the index format, so that on start a stale or
 * old-format index is repaired or rebuilt. One writer for the archive's lifetime; searches use near-real-time
 * readers, so results appear as an import goes.
 */
public final class SearchIndex implements AutoCloseable {
    /** Bump when fields or analysis change: existing indexes are then rebuilt from SQLite on open. */
    public static final String FORMAT = "8";
    public static final String DIR_NAME = "lucene";
    private static final String KEY_REV = "gazette.rev";
    private static final String KEY_FORMAT = "gazette.format";
    /**
     * The body is indexed with its words' offsets (snippets without analysing it again) but not stored: the
     * archive keeps the text, and a second copy here was two fifths of the archive's size.
     */
    private static final FieldType BODY_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        BODY_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS); // fast highlighting
        BODY_TYPE.freeze();
    }

    /**
     * Speakers' names, without norms: a speaker search finds the articles that quote someone, and how many others
     * an article quotes says nothing about how well it matches. Most articles name no speaker, and reading such a
     * sparse field's norms as each segment was written ({@code SparseNormsIterator.advanceExact}, for every name's
     * postings) took a third of a second of the writing thread's work in an import of 22,682 AllSides articles.
     */
    private static final FieldType SPEAKER_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        SPEAKER_TYPE.setOmitNorms(true);
        SPEAKER_TYPE.freeze();
    }

    private static final NewsAnalyzer ANALYZER = new NewsAnalyzer();
    private final FSDirectory directory;
    /** Word rarity for related-article lookups, valid for one reader (started afresh when the index changes). */
    private record IdfCache(Object reader, Map<String, Double> idf) { }
    private volatile IdfCache idfCache = new IdfCache(null, Map.of());
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final NewsQueryParser parser = new NewsQueryParser(new NewsAnalyzer());
    private volatile java.util.function.Supplier<Map<String, ? extends java.util.Collection<String>>> speakerKeys;
    private volatile SpeakerNames speakerNames = SpeakerNames.AS_INDEXED;
    private volatile Function<Collection<Long>, Map<Long, String>> texts = ids -> Map.of();

    private SearchIndex(FSDirectory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    public static SearchIndex open(Path archiveDir) {
        Path dir = archiveDir.resolve(DIR_NAME);
        FSDirectory fs = null;
        try {
            fs = FSDirectory.open(dir);
            IndexWriterConfig cfg = new IndexWriterConfig(new NewsQueryParser(new NewsAnalyzer()).analyzer());
            cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            cfg.setRAMBufferSizeMB(64);
            cfg.setCommitOnClose(false); // only explicit commits, each tagged with the revision it reflects
            return new SearchIndex(fs, new IndexWriter(fs, cfg));
        } catch (LockObtainFailedException e) {
            closeQuietly(fs);
            throw new ArchiveException("The archive at " + archiveDir + " is in use by another Gazette window or command.", e);
        } catch (IOException e) {
            closeQuietly(fs);
            throw new ArchiveException("Cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The archive revision the last commit reflects (-1 for a new or old-format index). */
    public long committedRev() {
        Map<String, String> data = commitData();
        return FORMAT.equals(data.get(KEY_FORMAT)) && data.containsKey(KEY_REV) ? Long.parseLong(data.get(KEY_REV)) : -1;
    }

    /** True when the index on disk was written in another format than this version's. */
    public boolean isStaleFormat() {
        return !FORMAT.equals(commitData().get(KEY_FORMAT));
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /**
     * Where the names shown for speakers come from, with the speaker keys their articles were indexed with
     * (the archive's {@code speakerKeys}); read again after {@link #speakerNamesChanged}.
     */
    public void speakerKeys(java.util.function.Supplier<Map<String, ? extends java.util.Collection<String>>> source) {
        this.speakerKeys = source;
        speakerNamesChanged();
    }

    /**
     * Where articles' cleaned texts are read for snippets (the archive's {@code cleanedTexts}): the index does not
     * store them. Until this is set, results show their opening lines.
     */
    public void articleTexts(Function<Collection<Long>, Map<Long, String>> source) {
        this.texts = source;
    }

    /**
     * Reads the speakers' names for speaker searches now rather than at the first one (about a second at a
     * million quotations), so a front end can do it in the background once the archive is open.
     */
    public void prepareSpeakerNames() {
        speakerNames();
    }

    /** Speakers were merged, renamed or found: the next speaker search reads their names again. */
    public void speakerNamesChanged() {
        speakerNames = null;
    }

    private SpeakerNames speakerNames() {
        SpeakerNames names = speakerNames;
        if (names == null) {
            var source = speakerKeys;
            names = source == null ? SpeakerNames.AS_INDEXED : new SpeakerNames(source.get(), parser.analyzer());
            speakerNames = names;
        }
        return names;
    }

    /** Adds or replaces these articles (not visible to committed state until {@link #commit}). */
    public void update(List<Article> articles) {
        update(articles, Map.of());
    }

    /**
     * Adds or replaces these articles with their quotations (for the quote and speaker fields), each quotation
     * carrying its speaker key (the archive's {@code quotesForIndex}) rather than the name shown for it.
     */
    public void update(List<Article> articles, Map<Long, List<QuoteRecord>> quotes) {
        try {
            for (Article a : articles) {
                writer.updateDocument(new Term(Fields.ID, Long.toString(a.id())), toDocument(a, quotes.getOrDefault(a.id(), List.of())));
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot index articles: " + e.getMessage(), e);
        }
    }

    public void delete(List<Long> ids) {
        try {
            for (Long id : ids) {
                writer.deleteDocuments(new Term(Fields.ID, Long.toString(id)));
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot update the index: " + e.getMessage(), e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new ArchiveException("Cannot clear the index: " + e.getMessage(), e);
        }
    }

    /** Makes everything written so far durable, recording that the index now reflects archive revision {@code rev}. */
    public void commit(long rev) {
        try {
            writer.setLiveCommitData(Map.of(KEY_REV, Long.toString(rev), KEY_FORMAT, FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new ArchiveException("Cannot commit the index: " + e.getMessage(), e);
        }
    }

    /** Makes recent changes searchable without committing them (results appear while an import runs). */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new ArchiveException("Cannot refresh the index: " + e.getMessage(), e);
        }
    }

    public int count() {
        try {
            IndexSearcher s = searchers.acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot read the index: " + e.getMessage(), e);
        }
    }

    static Document toDocument(Article a, List<QuoteRecord> quotes) {
        Document d = new Document();
        d.add(new StringField(Fields.ID, Long.toString(a.id()), Field.Store.YES));
        d.add(new NumericDocValuesField(Fields.ID, a.id()));
        if (a.cleanedText() != null) {
            d.add(new NumericDocValuesField(Fields.BODY_LENGTH, a.cleanedText().length()));
        }
        addText(d, Fields.TITLE, a.title());
        addText(d, Fields.BYLINE, a.byline());
        if (a.outlet() != null) {
            addText(d, Fields.OUTLET, a.outlet());
            d.add(new StringField(Fields.OUTLET_EXACT, a.outlet(), Field.Store.NO));
        }
        if (a.date() != null) {
            d.add(new StringField(Fields.DATE, a.date(), Field.Store.YES));
            d.add(new SortedDocValuesField(Fields.DATE, new BytesRef(a.date())));
        }
        if (a.source() != null) {
            d.add(new StoredField(Fields.SOURCE, a.source()));
        }
        StorySignature.Builder story = new StorySignature.Builder(a.cleanedText());
        QuotationPositions quoted = quotes.isEmpty() ? null : new QuotationPositions(quotes);
        d.add(new Field(Fields.BODY, a.cleanedText(), BODY_TYPE) {
            @Override
            public org.apache.lucene.analysis.TokenStream tokenStream(org.apache.lucene.analysis.Analyzer analyzer,
                                                                      org.apache.lucene.analysis.TokenStream reuse) {
                // the story's words counted, and the quotations' token positions noted, as the body is indexed
                var tapped = story.tap(super.tokenStream(analyzer, reuse));
                return quoted == null ? tapped : quoted.tap(tapped);
            }
        });
        if (quoted != null) {
            d.add(new Field(Fields.QUOTE_SPANS, org.apache.lucene.document.BinaryDocValuesField.TYPE) {
                @Override
                public BytesRef binaryValue() {
                    return quoted.spans(); // after the body, whose analysis found them
                }
            });
        }
        d.add(new org.apache.lucene.document.BinaryDocValuesField(Fields.HIT, new HitFields(a.title(), a.outlet(), a.date(),
                a.byline(), a.source(), HitFields.lead(a.cleanedText())).encode()));
        d.add(new LazyStoredField(Fields.STORY, () -> story.finish(a.title(), ANALYZER).encode())); // after the body
        java.util.Set<String> speakers = new java.util.LinkedHashSet<>();
        StringBuilder ranges = new StringBuilder();
        for (QuoteRecord q : quotes) {
            ranges.append(ranges.length() == 0 ? "" : ",").append(q.start()).append(':').append(q.end());
            if (q.speaker() != null) {
                speakers.add(q.speaker());
            }
        }
        if (ranges.length() > 0) {
            d.add(new StoredField(Fields.QUOTE_RANGES, ranges.toString()));
        }
        for (String key : speakers) {
            String name = key.startsWith(ArticleStore.CORRECTED) ? key.substring(ArticleStore.CORRECTED.length()) : key;
            d.add(new Field(Fields.SPEAKER, name, SPEAKER_TYPE));
            d.add(new StringField(Fields.SPEAKER_EXACT, key, Field.Store.NO));
        }
        return d;
    }

    private static void addText(Document d, String field, String value) {
        if (value != null) {
            d.add(new TextField(field, value, Field.Store.YES));
        }
    }

    /** Runs a search: the query, the outlet and date filters, the order; snippets for the hits returned. */
    public SearchResult search(SearchRequest request) throws InvalidQueryException {
        long t0 = System.nanoTime();
        Query parsed = parse(request);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // fuzzy terms looked up once, for the search and for its snippets (it is the costly part of both)
                Query query = fuzzyTermsExpanded(searcher, parsed);
                // quote: parts run on the body; snippets show the words asked for, as typed
                Query filtered = withFilters(withSpeakerNames(QuotationQueries.onBody(query)), request);
                TopDocs top = switch (request.sort()) {
                    case RELEVANCE -> request.query().isBlank()
                            ? searcher.search(filtered, request.limit(), dateSort(true))
                            : searcher.search(filtered, new org.apache.lucene.search.TopScoreDocCollectorManager(
                                    request.limit(), null, Integer.MAX_VALUE)); // the best and the exact count in one pass
                    case NEWEST -> searcher.search(filtered, request.limit(), dateSort(true));
                    case OLDEST -> searcher.search(filtered, request.limit(), dateSort(false));
                };
                long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(filtered);
                List<SearchHit> hits = toHits(searcher, query, top, request.query().isBlank() ? 0 : request.snippets());
                return new SearchResult(hits, total, (System.nanoTime() - t0) / 1e6);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ArchiveException("Search failed: " + e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The query matches too many words (a very short wildcard?); make it more specific.");
        } catch (IllegalStateException e) {
            throw tooManyWords(e);
        }
    }

    /** The ids of the articles a search finds, in its order, up to its limit; no snippets (for exports). */
    public List<Long> matchingIds(SearchRequest request) throws InvalidQueryException {
        Query filtered = withFilters(withSpeakerNames(QuotationQueries.onBody(parse(request))), request);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = request.sort() == SearchRequest.Sort.RELEVANCE && !request.query().isBlank()
                        ? searcher.search(filtered, request.limit())
                        : searcher.search(filtered, request.limit(), dateSort(request.sort() != SearchRequest.Sort.OLDEST));
                List<Long> ids = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc sd : top.scoreDocs) {
                    ids.add(listed(searcher, sd.doc).id());
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ArchiveException("Search failed: " + e.getMessage(), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException("The query matches too many words (a very short wildcard?); make it more specific.");
        } catch (IllegalStateException e) {
            throw tooManyWords(e);
        }
    }

    /** A wildcard inside {@code quote:} that stands for too many words, told as other queries tell it; else the error itself. */
    private static InvalidQueryException tooManyWords(IllegalStateException e) {
        if (e.getMessage() == null || !e.getMessage().contains("too many terms")) {
            throw e;
        }
        return new InvalidQueryException("The query matches too many words (a very short wildcard?); make it more specific.");
    }

    /** The request's query as typed (everything for a blank one); searching adds speakers' other spellings. */
    private Query parse(SearchRequest request) throws InvalidQueryException {
        return request.query().isBlank() ? new MatchAllDocsQuery() : parser.parse(request.query());
    }

    /** The query, with its speaker: parts matching every spelling of the speakers they name (names are read only then). */
    private Query withSpeakerNames(Query query) {
        return asksFor(query, Fields.SPEAKER) ? speakerNames().expand(query) : query;
    }

    /** Checks a query without running it; returns null when it is valid, else the explanation. */
    public String explainInvalid(String query) {
        try {
            if (!query.isBlank()) {
                parser.parse(query);
            }
            return null;
        } catch (InvalidQueryException e) {
            return e.getMessage();
        }
    }

    private static Sort dateSort(boolean newestFirst) {
        SortField date = new SortField(Fields.DATE, SortField.Type.STRING, newestFirst);
        date.setMissingValue(newestFirst ? SortField.STRING_FIRST : SortField.STRING_LAST);
        return new Sort(date, new SortField(Fields.ID, SortField.Type.LONG, newestFirst));
    }

    private Query withFilters(Query query, SearchRequest r) {
        if (r.outlets().isEmpty() && r.from() == null && r.to() == null && r.speakers().isEmpty()) {
            return query;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        if (!r.outlets().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            r.outlets().forEach(o -> any.add(new TermQuery(new Term(Fields.OUTLET_EXACT, o)), BooleanClause.Occur.SHOULD));
            b.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (!r.speakers().isEmpty()) {
            SpeakerNames names = speakerNames();
            List<BytesRef> keys = r.speakers().stream().flatMap(shown -> names.keysOf(shown).stream()).map(BytesRef::new).toList();
            b.add(new org.apache.lucene.search.TermInSetQuery(Fields.SPEAKER_EXACT, keys), BooleanClause.Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            b.add(TermRangeQuery.newStringRange(Fields.DATE, r.from() == null ? null : r.from().toString(),
                    r.to() == null ? null : r.to().toString(), true, true), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** The hits of {@code top}, the first {@code withSnippets} of them with snippets, the others with their lead. */
    private List<SearchHit> toHits(IndexSearcher searcher, Query query, TopDocs top, int withSnippets) throws IOException {
        int n = top.scoreDocs.length;
        int[] docIds = new int[Math.min(n, withSnippets)];
        for (int i = 0; i < docIds.length; i++) {
            docIds[i] = top.scoreDocs[i].doc;
        }
        Object[] snippets = java.util.Arrays.copyOf(highlight(searcher, query, docIds), n);
        List<SearchHit> hits = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Listed l = listed(searcher, sd.doc);
            HitFields f = l.fields();
            Snippet snippet = snippets[i] instanceof Snippet s ? s
                    : f.lead().isEmpty() ? Snippet.EMPTY : new Snippet(List.of(new Snippet.Span(f.lead(), false)));
            hits.add(new SearchHit(l.id(), f.title(), f.outlet(), f.date(), f.byline(), f.source(),
                    Float.isNaN(sd.score) ? 0 : sd.score, snippet));
        }
        return hits;
    }

    /**
     * Snippets of these documents for the query, in their order (a result's best passages, its hits marked). The
     * query's fuzzy terms must already be expanded ({@link #fuzzyTermsExpanded}).
     */
    private Object[] highlight(IndexSearcher searcher, Query query, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return new Object[0];
        }
        SnippetHighlighter h = new SnippetHighlighter(texts, UnifiedHighlighter.builder(searcher, parser.analyzer())
                .withFormatter(new SnippetFormatter())
                .withScorer(new SnippetScorer())
                .withMaxLength(2_000_000)
                .withMaxNoHighlightPassages(1)
                .withFieldMatcher(SearchIndex::highlightsBody)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new PrecomputedBreakIterator(new SentenceBreakIterator()), HitFields.LEAD_CHARS, 0.5f)));
        // words asked for inside quotations are shown there: the snippet comes from the article's quotations
        String field = asksForQuotes(query) ? Fields.QUOTE : Fields.BODY;
        return h.objects(new String[] {field}, QueryLeaves.shown(query), docIds, new int[] {2}).get(field);
    }

    /**
     * The query with each fuzzy term replaced by the words it matched in the index (the ones the search scored
     * with). The highlighter cannot look up a fuzzy term's offsets in the index, so it analysed every hit's whole
     * text again to find them: most of a fuzzy search's time.
     */
    static Query fuzzyTermsExpanded(IndexSearcher searcher, Query query) throws IOException {
        return QueryLeaves.map(query, leaf -> {
            if (!(leaf instanceof FuzzyQuery f)) {
                return leaf;
            }
            // a fuzzy word inside quotations stays one: it is searched on the body's spans (QuotationQueries), and
            // the quotation field it names has no words of its own to expand it against
            return Fields.QUOTE.equals(f.getField()) ? leaf : searcher.rewrite(leaf);
        });
    }

    /**
     * The snippets a search's hits would have had, for articles listed without one (a long result list gets
     * its first screenful with snippets at once and the rest from here). Articles not in the index are left out.
     */
    public Map<Long, Snippet> snippets(SearchRequest request, List<Long> articleIds) throws InvalidQueryException {
        Query parsed = parse(request);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query query = fuzzyTermsExpanded(searcher, parsed);
                List<Long> found = new ArrayList<>();
                List<Integer> docs = new ArrayList<>();
                for (long id : articleIds) {
                    int doc = docOf(searcher, id);
                    if (doc >= 0) {
                        found.add(id);
                        docs.add(doc);
                    }
                }
                Object[] s = highlight(searcher, query, docs.stream().mapToInt(Integer::intValue).toArray());
                Map<Long, Snippet> out = new HashMap<>();
                for (int i = 0; i < found.size(); i++) {
                    if (s[i] instanceof Snippet snippet) {
                        out.put(found.get(i), snippet);
                    }
                }
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ArchiveException("Search failed: " + e.getMessage(), e);
        }
    }

    /** The index document of article {@code id}, or -1 when the index does not have it. */
    private static int docOf(IndexSearcher searcher, long id) throws IOException {
        TopDocs t = searcher.search(new TermQuery(new Term(Fields.ID, Long.toString(id))), 1);
        return t.scoreDocs.length == 0 ? -1 : t.scoreDocs[0].doc;
    }

    /** The segment holding index document {@code doc}. */
    private static LeafReaderContext leafOf(IndexSearcher searcher, int doc) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        return leaves.get(ReaderUtil.subIndex(doc, leaves));
    }

    /** The article id of index document {@code doc} (-1 if it has none). */
    private static long idOf(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = leafOf(searcher, doc);
        var ids = leaf.reader().getNumericDocValues(Fields.ID);
        return ids != null && ids.advanceExact(doc - leaf.docBase) ? ids.longValue() : -1;
    }

    /** Whether {@code text} has the length the body of index document {@code doc} had (documents from before it was kept: yes). */
    private static boolean asIndexed(IndexSearcher searcher, int doc, String text) throws IOException {
        LeafReaderContext leaf = leafOf(searcher, doc);
        var lengths = leaf.reader().getNumericDocValues(Fields.BODY_LENGTH);
        return lengths == null || !lengths.advanceExact(doc - leaf.docBase) || lengths.longValue() == text.length();
    }

    /** An article as lists show it: its id and {@link HitFields}. */
    private record Listed(long id, HitFields fields) { }

    /**
     * The id and list fields of index document {@code doc}, from doc values: no block of stored bodies is
     * decompressed for them (every result list, export and other-coverage list reads them).
     */
    private static Listed listed(IndexSearcher searcher, int doc) throws IOException {
        LeafReaderContext leaf = leafOf(searcher, doc);
        int local = doc - leaf.docBase;
        var ids = leaf.reader().getNumericDocValues(Fields.ID);
        var fields = leaf.reader().getBinaryDocValues(Fields.HIT);
        long id = ids != null && ids.advanceExact(local) ? ids.longValue() : -1;
        HitFields f = fields != null && fields.advanceExact(local) ? HitFields.decode(fields.binaryValue())
                : new HitFields(null, null, null, null, null, "");
        return new Listed(id, f);
    }

    /**
     * Up to {@code k} other articles telling the same story as article {@code id}, most similar first; empty
     * when the article is not in the index.
     */
    public List<RelatedHit> related(long id, int k) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                int self = docOf(searcher, id);
                if (self < 0) {
                    return List.of();
                }
                List<RelatedHit> out = new ArrayList<>();
                IdfCache cache = idfCache;
                if (cache.reader() != searcher.getIndexReader()) {
                    cache = new IdfCache(searcher.getIndexReader(), new java.util.concurrent.ConcurrentHashMap<>());
                    idfCache = cache;
                }
                for (RelatedArticles.Candidate c : new RelatedArticles(searcher, cache.idf()).find(self, k)) {
                    Listed l = listed(searcher, c.doc());
                    HitFields f = l.fields();
                    out.add(new RelatedHit(l.id(), f.title(), f.outlet(), f.date(), f.source(), c.similarity(),
                            c.similarity() >= RelatedHit.COPY_SIMILARITY));
                }
                return out;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ArchiveException("Cannot look for related articles: " + e.getMessage(), e);
        }
    }

    /**
     * Where the query's words and phrases occur in {@code text} (cleaned or original), as [start, end) offsets,
     * for the reader's highlights and next/previous-hit navigation. An invalid query highlights nothing.
     */
    public List<int[]> hitOffsets(String query, String text) {
        return hitOffsets(query, text, null);
    }

    /**
     * As {@link #hitOffsets(String, String)}, but words asked for with {@code quote:} are shown only inside the
     * given quotation ranges of the text (null: wherever they occur, when the quotations are not known).
     */
    public List<int[]> hitOffsets(String query, String text, List<int[]> quotations) {
        if (query == null || query.isBlank() || text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            Query q = QueryLeaves.shown(parser.parse(query));
            if (quotations == null) {
                return offsets(q, text, SearchIndex::highlightsBody);
            }
            List<int[]> out = new ArrayList<>(offsets(q, text, f -> Fields.BODY.equals(f) || Fields.SPEAKER.equals(f)));
            for (int[] hit : offsets(q, text, Fields.QUOTE::equals)) {
                if (quotations.stream().anyMatch(r -> r[0] <= hit[0] && hit[1] <= r[1])
                        && out.stream().noneMatch(o -> o[0] == hit[0] && o[1] == hit[1])) {
                    out.add(hit);
                }
            }
            out.sort(java.util.Comparator.comparingInt(o -> o[0]));
            return out;
        } catch (InvalidQueryException | IOException e) {
            return List.of();
        }
    }

    private List<int[]> offsets(Query q, String text, java.util.function.Predicate<String> fields) throws IOException {
        UnifiedHighlighter h = UnifiedHighlighter.builderWithoutSearcher(parser.analyzer())
                .withFormatter(new HitOffsetsFormatter())
                .withBreakIterator(WholeBreakIterator::new)
                .withFieldMatcher(fields)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .build();
        Object r = h.highlightWithoutSearcher(Fields.BODY, q, text, 1);
        @SuppressWarnings("unchecked")
        List<int[]> offsets = r instanceof List<?> l ? (List<int[]>) l : List.of();
        return offsets;
    }

    /** Words asked for in the body, in quotations or by speaker are all shown in the body's text. */
    private static boolean highlightsBody(String field) {
        return Fields.BODY.equals(field) || Fields.QUOTE.equals(field) || Fields.SPEAKER.equals(field);
    }

    /** Whether the query names the quotation field ({@code quote:…}). */
    static boolean asksForQuotes(Query query) {
        return asksFor(query, Fields.QUOTE);
    }

    private static boolean asksFor(Query query, String wanted) {
        boolean[] found = new boolean[1];
        query.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override public boolean acceptField(String field) {
                found[0] |= wanted.equals(field);
                return true;
            }
        });
        return found[0];
    }

    /**
     * Exposes the per-document object form of highlights, which the base class keeps protected; gives the body,
     * which the index does not store, its text from the archive; and gives the quotation field a text to
     * highlight: the article's quotations, cut from its body.
     */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        private final Function<Collection<Long>, Map<Long, String>> texts;

        SnippetHighlighter(Function<Collection<Long>, Map<Long, String>> texts, Builder b) {
            super(b);
            this.texts = texts;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            if (fields.length != 1 || !Fields.BODY.equals(fields[0]) && !Fields.QUOTE.equals(fields[0])) {
                return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
            }
            List<Integer> docs = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                docs.add(doc);
                ids.add(idOf(searcher, doc));
            }
            Map<Long, String> bodies = texts.apply(ids);
            StoredFields stored = searcher.storedFields();
            List<CharSequence[]> out = new ArrayList<>(docs.size());
            for (int i = 0; i < docs.size(); i++) {
                String body = bodies.get(ids.get(i));
                if (body != null && !asIndexed(searcher, docs.get(i), body)) {
                    body = null; // changed since it was indexed (the index catches up in a moment): its offsets would not fit
                }
                if (Fields.BODY.equals(fields[0])) {
                    out.add(new CharSequence[] {body == null ? "" : body});
                } else {
                    Document d = stored.document(docs.get(i), java.util.Set.of(Fields.QUOTE_RANGES));
                    out.add(new CharSequence[] {quotations(body, d.get(Fields.QUOTE_RANGES))});
                }
            }
            return out;
        }

        /** The quotations, each in quotation marks, one paragraph each (a passage does not run from one into the next). */
        private static String quotations(String body, String ranges) {
            if (body == null || ranges == null) {
                return "";
            }
            StringBuilder s = new StringBuilder();
            for (String r : ranges.split(",")) {
                int colon = r.indexOf(':');
                int start = Integer.parseInt(r.substring(0, colon));
                int end = Integer.parseInt(r.substring(colon + 1));
                if (start >= 0 && end <= body.length() && start < end) {
                    s.append(s.length() == 0 ? "" : "\u2029").append('\u201C').append(body, start, end).append('\u201D');
                }
            }
            return s.toString();
        }

        Map<String, Object[]> objects(String[] fields, Query q, int[] docs, int[] max) throws IOException {
            return highlightFieldsAsObjects(fields, q, docs, max);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback(); // uncommitted work is dropped; the next open repairs from SQLite
        } catch (IOException e) {
            throw new ArchiveException("Cannot close the index: " + e.getMessage(), e);
        } finally {
            closeQuietly(directory);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing after a failure; the first error is the one reported
            }
        }
    }
}
