package org.gazette.archive;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The archive's records in SQLite: articles with metadata and provenance, the files they came from, import
 * runs and their errors. Every write is one transaction; WAL mode keeps committed work through a crash.
 * One connection, guarded by this object's lock: writes are batched, so readers wait milliseconds at most. Search
 * snippets read articles' texts on a second, read-only connection ({@link #cleanedTexts}), so they never wait.
 */
public final class ArticleStore implements AutoCloseable {
    public static final String FILE_NAME = "gazette.db";

    private static final String ARTICLE_COLUMNS =
            "id, content_hash, title, title_src, outlet, outlet_src, date, date_src, byline, byline_src, "
            + "original_text, cleaned_text, encoding, rev, imported_at, updated_at";

    private final Connection connection;
    private final ArticleTexts texts;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    /**
     * During a bulk load, each found speaker name's number of quotations, kept up as quotations are added (counting
     * the table without its speaker index reads all of it); null once a quotation may have gone (an article's
     * replaced or deleted, a rollback): then the table is counted.
     */
    private Map<String, Integer> foundInBulk;
    /**
     * Speaker names' numbers in {@code speaker_names}. A name is never renumbered or removed, so this holds across
     * writes; it is forgotten when a transaction rolls back (its new names went with it) and when it grows large.
     */
    private final Map<String, Long> nameIds = new HashMap<>();
    private static final int NAME_IDS_KEPT = 50_000;
    /**
     * Whether {@link #nameIds} holds every stored name (read whole when a bulk load began): a name it lacks is then
     * new, and is added without being looked up first (a bulk load of 22,682 articles meets 41,000 names).
     */
    private boolean nameIdsComplete;
    /**
     * While {@link #nameIdsComplete}: the number the next new name gets, read in each transaction (another process
     * may have added names between two of ours); -1 until read.
     */
    private long nextNameId = -1;
    private final boolean created;
    /** Copies committed pages into the database beside the writing thread (SQLite's own copy is the backstop). */
    private final WalCheckpointer checkpointer;

    private ArticleStore(Connection connection, Path file, boolean created) {
        this.connection = connection;
        this.texts = new ArticleTexts(file);
        this.checkpointer = new WalCheckpointer(file);
        this.created = created;
    }

    /** Opens (creating if needed) the store in {@code dir}, applying pending migrations. */
    public static ArticleStore open(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        boolean created = !Files.exists(file);
        try {
            Files.createDirectories(dir);
            java.util.Properties props = new java.util.Properties();
            // the driver would otherwise prepare and run "SELECT last_insert_rowid()" after every INSERT (one per
            // quotation at import); the two inserts that need their row id ask for it themselves
            props.setProperty("jdbc.get_generated_keys", "false");
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = NORMAL"); // durable across process crashes in WAL mode
                st.execute("PRAGMA foreign_keys = ON");
                st.execute("PRAGMA busy_timeout = 5000");
                // 64 MB of page cache (the default is 2 MB): with 100,000 articles the indexes that every insert
                // touches (content hash, source path, quotation speakers) no longer fit, and each write re-reads pages
                st.execute("PRAGMA cache_size = -65536");
                // the write-ahead log is copied into the database by a thread of its own (WalCheckpointer); SQLite
                // copies it in a commit only if that thread falls 256 MB behind. (When commits copied it, every 64 MB
                // rather than every 4 MB: an import batch dirties index pages all over the quotation and path
                // indexes, and each checkpoint wrote them again; 22,682 articles: 6.5-7.4 s of commits -> 3.9-4.0 s)
                st.execute("PRAGMA wal_autocheckpoint = 65536");
            }
            Migrations.migrate(c);
            ArticleStore store = new ArticleStore(c, file, created);
            if (store.quotationIndexesLeftAside()) {
                store.restoreQuotationIndexes(); // a crash in the middle of a bulk import left them missing
            }
            return store;
        } catch (SQLException | java.io.IOException e) {
            throw new ArchiveException("Cannot open the archive database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The cleaned texts of these articles by id, as last committed (ids not in the archive are left out). Read on
     * a connection of its own, without this store's lock: a search's snippets do not wait for an import's writes.
     */
    public Map<Long, String> cleanedTexts(Collection<Long> ids) {
        return texts.cleaned(ids);
    }

    /** Background checkpoints completed so far (for tests). */
    long checkpointsForTest() {
        return checkpointer.checkpoints();
    }

    /** True when this open created the database (a first start). */
    public boolean wasCreated() { return created; }

    public synchronized int schemaVersion() {
        return queryLong("PRAGMA user_version").intValue();
    }

    /** Every imported file's path and the article it holds, in path order. */
    public synchronized Map<String, Long> sourceArticles() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Object[] r : rows("read the list of imported files", "SELECT path, article_id FROM sources ORDER BY path",
                rs -> new Object[] {rs.getString(1), rs.getLong(2)})) {
            out.put((String) r[0], (Long) r[1]);
        }
        return out;
    }

    /** Size and mtime of every imported file, for skipping unchanged files without reading them. */
    public synchronized Map<String, FileStamp> sourceStamps() {
        Map<String, FileStamp> stamps = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, size, mtime FROM sources")) {
            while (rs.next()) {
                stamps.put(rs.getString(1), new FileStamp(rs.getLong(2), rs.getLong(3)));
            }
            return stamps;
        } catch (SQLException e) {
            throw failure("read the list of imported files", e);
        }
    }

    /**
     * Writes a batch of parsed files in one transaction. A file whose content is already stored (under another
     * path) becomes a duplicate of that article; a known path with new content updates its article, keeping
     * every metadata field the user set. Each article's quotations are stored with it: quotations current before the
     * batch are noted current after it.
     */
    public synchronized WriteResult write(List<IncomingArticle> batch) {
        return transaction("write imported articles", () -> {
            long rev = nextRev();
            String now = Instant.now().toString();
            List<WriteResult.Entry> entries = new ArrayList<>();
            List<Long> changed = new ArrayList<>();
            List<Long> deleted = new ArrayList<>();
            if (nameIdsComplete) {
                addNewNames(batch);
            }
            for (IncomingArticle in : batch) {
                entries.add(writeOne(in, rev, now, changed, deleted));
            }
            // each article comes with its quotations: where they were current before the batch, they still are, noted in
            // the same transaction (noted after it, a search on another thread could find the batch's quotations again)
            try (Statement st = connection.createStatement()) {
                st.executeUpdate("UPDATE counters SET value = " + rev + " WHERE name='quotes_rev' AND value = " + (rev - 1));
            }
            return new WriteResult(entries, changed, deleted, rev);
        });
    }

    /**
     * For a bulk import: drops the index of the articles quoting each speaker, which {@link #restoreQuotationIndexes}
     * builds again in one pass. Kept up row by row it takes inserts all over (a batch of articles quotes thousands
     * of speakers), so every commit rewrote most of its pages (a million quotation rows: 18 s of inserts with two
     * such indexes, 11 s with one). Meanwhile the queries it serves read the table.
     */
    public synchronized void deferQuotationIndexes() {
        transaction("set the quotation indexes aside", () -> {
            foundInBulk = countFoundSpeakers(); // while the speaker index is there
            if (queryLong("SELECT count(*) FROM speaker_names") < NAME_IDS_KEPT) {
                nameIds.clear();
                eachRow("read speaker names", "SELECT id, name FROM speaker_names", rs -> nameIds.put(rs.getString(2), rs.getLong(1)));
                nameIdsComplete = true;
            }
            try (Statement st = connection.createStatement()) {
                st.execute("DROP INDEX IF EXISTS speaker_articles_speaker");
                st.execute("INSERT OR REPLACE INTO counters VALUES ('" + BULK_LOAD + "', " + ProcessHandle.current().pid() + ")");
            }
            return null;
        });
    }

    /** Builds the indexes {@link #deferQuotationIndexes} dropped (nothing when they are there). */
    public synchronized void restoreQuotationIndexes() {
        foundInBulk = null;
        nameIdsComplete = false;
        transaction("build the quotation indexes", () -> {
            try (Statement st = connection.createStatement()) {
                for (String sql : Migrations.DEFERRABLE_INDEXES) {
                    st.execute(sql);
                }
                st.execute("DELETE FROM counters WHERE name='" + BULK_LOAD + "'");
            }
            return null;
        });
    }

    /**
     * Whether a bulk import set the quotation indexes aside and is no longer running to build them again. One
     * that another process is running now is left to it: building them here (as the window opens, say) would
     * hold the write lock for seconds, and that import's next batch could give up waiting for it.
     */
    private boolean quotationIndexesLeftAside() {
        Long pid;
        try {
            pid = queryOptionalLong("SELECT value FROM counters WHERE name=?", BULK_LOAD);
        } catch (SQLException e) {
            throw failure("read the archive", e);
        }
        boolean runningElsewhere = pid != null && pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        return pid != null && !runningElsewhere;
    }

    /** The counter naming the process whose bulk import has set the quotation indexes aside. */
    private static final String BULK_LOAD = "bulk_load_pid";

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} as one transaction: all of it is committed, or none of it. */
    private <T> T transaction(String what, SqlWork<T> work) {
        nextNameId = -1; // names another process added since our last transaction move it on
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                checkpointer.committed();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                nameIds.clear();
                nameIdsComplete = false;
                foundInBulk = null;
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private WriteResult.Entry writeOne(IncomingArticle in, long rev, String now, List<Long> changed, List<Long> deleted)
            throws SQLException {
        Long byPath = articleIdForPath(in.sourcePath());
        Long byHash = articleIdForHash(in.contentHash());
        if (byHash != null) {
            upsertSource(in, byHash);
            if (byPath != null && !byPath.equals(byHash)) {
                deleteIfOrphaned(byPath, rev, deleted);
            }
            if (byHash.equals(byPath)) {
                keepOriginalCurrent(byHash, in.originalText()); // only furniture changed: the cleaned text is the same
                return new WriteResult.Entry(in.sourcePath(), WriteOutcome.UNCHANGED, byHash, null);
            }
            return new WriteResult.Entry(in.sourcePath(), WriteOutcome.DUPLICATE, byHash, firstSourceOtherThan(byHash, in.sourcePath()));
        }
        if (byPath != null && sourceCount(byPath) == 1) {
            Metadata kept = in.metadata().keepingUserEdits(metadata(byPath));
            replaceTexts(byPath, in.contentHash(), kept, new PackedText.Texts(in.packedOriginal(), in.packedCleaned()),
                    in.encoding(), rev, now);
            upsertSource(in, byPath);
            storeFoundQuotes(byPath, in.quotes()); // its text changed: so did its quotations
            changed.add(byPath);
            return new WriteResult.Entry(in.sourcePath(), WriteOutcome.UPDATED, byPath, null);
        }
        long id;
        { // prepared once: preparing it for each article was a tenth of storing one
            PreparedStatement ps = statement(
                "INSERT INTO articles (content_hash, title, title_src, outlet, outlet_src, date, date_src, byline, byline_src, "
                + "original_text, cleaned_text, encoding, rev, imported_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            ps.setString(1, in.contentHash());
            int i = bindMetadata(ps, 2, in.metadata());
            ps.setBytes(i++, in.packedOriginal());
            ps.setBytes(i++, in.packedCleaned());
            ps.setString(i++, in.encoding());
            ps.setLong(i++, rev);
            ps.setString(i++, now);
            ps.setString(i, now);
            ps.executeUpdate();
            id = lastInsertId();
        }
        upsertSource(in, id);
        insertQuotes(id, in.quotes()); // a new row: no quotations to replace
        changed.add(id);
        // a path that pointed at a shared article (it was a duplicate) now has content of its own
        return new WriteResult.Entry(in.sourcePath(), byPath == null ? WriteOutcome.ADDED : WriteOutcome.UPDATED, id, null);
    }

    /**
     * Replaces an article's quotations (found at import, or again for a new extractor). Not queued for the
     * quotation index here: the importer indexes the article itself.
     */
    private void storeFoundQuotes(long articleId, List<QuoteRecord> quotes) throws SQLException {
        deleteQuotes(articleId);
        insertQuotes(articleId, quotes);
    }

    private void deleteQuotes(long articleId) throws SQLException {
        PreparedStatement del = statement("DELETE FROM article_quotes WHERE article_id=?");
        del.setLong(1, articleId);
        if (del.executeUpdate() > 0) {
            foundInBulk = null;
        }
        PreparedStatement pairs = statement("DELETE FROM speaker_articles WHERE article_id=?");
        pairs.setLong(1, articleId);
        pairs.executeUpdate();
    }

    /**
     * An article's quotations stored in one row, and a row for each name found for them in it. (A row per
     * quotation, each with its words, its shown name and two indexes, took the writing thread of the window's
     * import of 22,682 articles 0.51 s, and 0.23 s more to build the indexes at its end; this takes 0.24 s and
     * 0.03 s.) The names they are shown under are worked out per name afterwards ({@link #applySpeakerNames}).
     */
    private void insertQuotes(long articleId, List<QuoteRecord> quotes) throws SQLException {
        if (!quotes.isEmpty()) {
            insertQuotes(articleId, quotes, packedRow(quotes));
        }
    }

    private void insertQuotes(long articleId, List<QuoteRecord> quotes, PackedRow row) throws SQLException {
        if (foundInBulk != null) {
            for (QuoteRecord q : quotes) {
                if (q.speaker() != null) {
                    foundInBulk.merge(q.speaker(), 1, Integer::sum);
                }
            }
        }
        PreparedStatement ins = statement("INSERT INTO article_quotes (article_id, packed) VALUES (?,?)");
        ins.setLong(1, articleId);
        ins.setBytes(2, row.packed());
        ins.executeUpdate();
        if (!row.bySpeaker().isEmpty()) {
            PreparedStatement pair = statement("INSERT INTO speaker_articles (article_id, speaker_id, quotes) VALUES (?,?,?)");
            for (var e : row.bySpeaker().entrySet()) {
                pair.setLong(1, articleId);
                pair.setLong(2, e.getKey());
                pair.setInt(3, e.getValue());
                pair.addBatch();
            }
            pair.executeBatch();
        }
    }

    /** An article's quotations as stored: one packed row, and how many each speaker (by number) has. */
    private record PackedRow(byte[] packed, Map<Long, Integer> bySpeaker) { }

    /** The row for these quotations (not empty); speakers' numbers are looked up, or added for a new name. */
    private PackedRow packedRow(List<QuoteRecord> quotes) throws SQLException {
        List<PackedQuotes.Entry> entries = new ArrayList<>(quotes.size());
        Map<Long, Integer> bySpeaker = new java.util.LinkedHashMap<>();
        for (QuoteRecord q : quotes) {
            long speaker = 0;
            if (q.speaker() != null) {
                speaker = nameId(q.speaker());
                bySpeaker.merge(speaker, 1, Integer::sum);
            }
            entries.add(new PackedQuotes.Entry(q.start(), q.end(), speaker, q.rule()));
        }
        return new PackedRow(PackedQuotes.pack(entries), bySpeaker);
    }

    /** The packed row of an article's stored quotations, or null when it has none. */
    private byte[] storedQuoteRow(long articleId) throws SQLException {
        PreparedStatement read = statement("SELECT packed FROM article_quotes WHERE article_id=?");
        read.setLong(1, articleId);
        try (ResultSet rs = read.executeQuery()) {
            return rs.next() ? rs.getBytes(1) : null;
        }
    }

    /**
     * In a bulk load, where every stored name is known: the speaker names of a write's quotations that the archive
     * lacks, added in one batch under numbers given here. An insert and a query for its number for each name were a
     * third of storing the quotation rows (22,682 articles meet 40,000 names: 0.26 s of 0.85 s; batched, 0.17 s). A
     * name some other process added meanwhile, or a number it took, is not inserted here: {@link #nameId} looks it
     * up, or adds it, as for any other name.
     */
    private void addNewNames(List<IncomingArticle> batch) throws SQLException {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (IncomingArticle in : batch) {
            for (QuoteRecord q : in.quotes()) {
                if (q.speaker() != null && !nameIds.containsKey(q.speaker())) {
                    names.add(q.speaker());
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> fresh = new ArrayList<>(names);
        if (nextNameId < 0) {
            nextNameId = queryLong("SELECT coalesce(max(id), 0) FROM speaker_names") + 1;
        }
        PreparedStatement add = statement("INSERT OR IGNORE INTO speaker_names (id, name) VALUES (?,?)");
        for (int i = 0; i < fresh.size(); i++) {
            add.setLong(1, nextNameId + i);
            add.setString(2, fresh.get(i));
            add.addBatch();
        }
        int[] added = add.executeBatch();
        for (int i = 0; i < fresh.size() && nameIdsComplete; i++) {
            if (added[i] == 1) {
                rememberNameId(fresh.get(i), nextNameId + i);
            }
        }
        nextNameId += fresh.size();
    }

    private void rememberNameId(String name, long id) {
        if (nameIds.size() >= NAME_IDS_KEPT) {
            nameIds.clear();
            nameIdsComplete = false;
        }
        nameIds.put(name, id);
    }

    /** The number of a speaker name, added to {@code speaker_names} if new (within the current transaction). */
    private long nameId(String name) throws SQLException {
        Long id = nameIds.get(name);
        if (id == null) {
            if (nameIdsComplete) { // new, unless added some other way meanwhile (then it is looked up below)
                PreparedStatement add = statement("INSERT OR IGNORE INTO speaker_names (name) VALUES (?)");
                add.setString(1, name);
                id = add.executeUpdate() == 1 ? Long.valueOf(lastInsertId()) : null;
            }
            if (id == null) {
                PreparedStatement find = statement("SELECT id FROM speaker_names WHERE name=?");
                find.setString(1, name);
                try (ResultSet rs = find.executeQuery()) {
                    id = rs.next() ? rs.getLong(1) : null;
                }
            }
            if (id == null) {
                PreparedStatement add = statement("INSERT INTO speaker_names (name) VALUES (?)");
                add.setString(1, name);
                add.executeUpdate();
                id = lastInsertId();
            }
            rememberNameId(name, id);
        }
        return id;
    }

    /** "(?,?,…)" with {@code n} parameters, for {@code IN} lists of ids. */
    static String placeholders(int n) {
        return "(" + String.join(",", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** Binds {@code ids} to the statement's parameters from the first on. */
    static void bindIds(PreparedStatement ps, Collection<Long> ids) throws SQLException {
        int i = 1;
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
    }

    private void markQuotesForIndex(long articleId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR IGNORE INTO quote_index_pending VALUES (?)")) {
            ps.setLong(1, articleId);
            ps.executeUpdate();
        }
    }

    /** Up to {@code limit} articles after {@code afterId} whose quotations the search index has not seen yet. */
    public synchronized List<Long> quoteIndexPending(long afterId, int limit) {
        return rows("read the quotation index queue",
                "SELECT article_id FROM quote_index_pending WHERE article_id > ? ORDER BY article_id LIMIT ?",
                rs -> rs.getLong(1), afterId, limit);
    }

    /** Records that the search index now holds these articles' quotations. */
    public synchronized void quoteIndexDone(List<Long> ids) {
        transaction("update the quotation index queue", () -> {
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM quote_index_pending WHERE article_id=?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /**
     * Marks a speaker key that comes from the user's correction of one quotation: such a quotation is its own
     * speaker, whatever the same name found in other articles is shown as.
     */
    public static final String CORRECTED = "=";

    /**
     * A stored quotation as read back: its article, place and rule, the name found for it (or null), and the user's
     * correction of its speaker when there is one ({@code corrected}; {@code correction} null: nobody said it).
     * {@code shown} is the name it is listed under: the correction, else the name its found name is shown as.
     */
    private record ReadQuote(long articleId, int start, int end, String rule, String found, String shown,
                             boolean corrected, String correction) {
        /** The speaker key the search index holds: the name found, or the user's correction (see {@link #speakerKeys}). */
        String key() {
            return !corrected ? found : correction == null ? null : CORRECTED + correction;
        }

        QuoteRecord record(String text, String speaker) {
            return new QuoteRecord(articleId, start, end, text.substring(Math.min(start, text.length()),
                    Math.min(end, text.length())), speaker, rule);
        }
    }

    /** IN lists are read this many ids at a time. */
    private static final int IDS_PER_QUERY = 500;

    private static <T> List<List<T>> chunks(Collection<T> all) {
        List<T> list = new ArrayList<>(all);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += IDS_PER_QUERY) {
            out.add(list.subList(i, Math.min(list.size(), i + IDS_PER_QUERY)));
        }
        return out;
    }

    /**
     * The stored quotations of these articles, by article in text order, with the names found and shown and the
     * user's corrections applied. A correction counts only while its quotation is where it was.
     */
    private Map<Long, List<ReadQuote>> readQuotes(Collection<Long> ids) {
        Map<Long, List<PackedQuotes.Entry>> packed = new java.util.LinkedHashMap<>();
        java.util.Set<Long> speakerIds = new java.util.HashSet<>();
        RowAction unpack = rs -> {
            List<PackedQuotes.Entry> entries = PackedQuotes.unpack(rs.getBytes(2));
            packed.put(rs.getLong(1), entries);
            for (PackedQuotes.Entry e : entries) {
                if (e.speakerId() > 0) {
                    speakerIds.add(e.speakerId());
                }
            }
        };
        Map<Long, Map<List<Integer>, java.util.Optional<String>>> corrections = new HashMap<>();
        RowAction correction = rs -> corrections.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                .put(List.of(rs.getInt(2), rs.getInt(3)), java.util.Optional.ofNullable(rs.getString(4)));
        for (List<Long> chunk : chunks(ids)) {
            eachRow("read quotations", "SELECT article_id, packed FROM article_quotes WHERE article_id IN "
                    + placeholders(chunk.size()), unpack, chunk.toArray());
            eachRow("read speaker corrections", "SELECT article_id, start, end, speaker FROM quote_overrides WHERE article_id IN "
                    + placeholders(chunk.size()), correction, chunk.toArray());
        }
        Map<Long, String[]> names = names(speakerIds);
        Map<Long, List<ReadQuote>> out = new java.util.LinkedHashMap<>();
        packed.forEach((article, entries) -> {
            var corrected = corrections.getOrDefault(article, Map.of());
            List<ReadQuote> quotes = new ArrayList<>(entries.size());
            for (PackedQuotes.Entry e : entries) {
                String[] name = e.speakerId() > 0 ? names.get(e.speakerId()) : null;
                String found = name == null ? null : name[0];
                var fix = corrected.get(List.of(e.start(), e.end()));
                String shown = fix != null ? fix.orElse(null) : name == null ? null : name[1];
                quotes.add(new ReadQuote(article, e.start(), e.end(), e.rule(), found, shown, fix != null,
                        fix == null ? null : fix.orElse(null)));
            }
            quotes.sort(java.util.Comparator.comparingInt(ReadQuote::start));
            out.put(article, quotes);
        });
        return out;
    }

    /**
     * Found names by number (all of them: null), each as {found, shown}: shown is the name it is shown under, the
     * found name itself until that is worked out.
     */
    private Map<Long, String[]> names(java.util.Set<Long> ids) {
        Map<Long, String[]> out = new HashMap<>();
        String select = "SELECT f.id, f.name, coalesce(s.name, f.name) FROM speaker_names f LEFT JOIN speaker_names s ON s.id = f.shown_id";
        RowAction put = rs -> out.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        if (ids == null) {
            eachRow("read speaker names", select, put);
        } else {
            for (List<Long> chunk : chunks(ids)) {
                eachRow("read speaker names", select + " WHERE f.id IN " + placeholders(chunk.size()), put, chunk.toArray());
            }
        }
        return out;
    }

    /** The cleaned texts of these articles (as last committed: every caller reads after its writes committed). */
    private Map<Long, String> texts(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            out.putAll(texts.cleaned(chunk));
        }
        return out;
    }

    /**
     * The quotations of the articles a write batch changed, for the search index: a new article's are the batch's
     * own (a new article has no corrections, so each speaker key is the name found); an updated one's are read,
     * since the user's corrections survive an update.
     */
    public synchronized Map<Long, List<QuoteRecord>> writtenQuotes(WriteResult result, List<IncomingArticle> batch) {
        Map<Long, List<QuoteRecord>> out = new HashMap<>();
        List<Long> read = new ArrayList<>();
        batchArticles(result, batch).forEach((id, written) -> {
            if (written.outcome() != WriteOutcome.ADDED) {
                read.add(id);
            } else if (!written.in().quotes().isEmpty()) {
                out.put(id, written.in().quotes().stream()
                        .map(q -> new QuoteRecord(id, q.start(), q.end(), q.text(), q.speaker(), q.rule())).toList());
            }
        });
        out.putAll(quotesForIndex(read));
        return out;
    }

    /**
     * The quotations of many articles at once, by article, in text order, for the search index: each with its
     * speaker key (see {@link #speakerKeys}) in place of the name shown, so that merging and renaming speakers
     * across the archive never has to re-index an article.
     */
    public synchronized Map<Long, List<QuoteRecord>> quotesForIndex(Collection<Long> ids) {
        Map<Long, List<QuoteRecord>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, List<ReadQuote>> read = readQuotes(ids);
        Map<Long, String> texts = texts(read.keySet());
        read.forEach((id, quotes) -> {
            String text = texts.getOrDefault(id, "");
            out.put(id, quotes.stream().map(q -> q.record(text, q.key())).toList());
        });
        return out;
    }

    /**
     * The articles whose quotations the user corrected: read whole when speakers are counted, while the others'
     * counts come from {@code speaker_articles} alone.
     */
    private java.util.Set<Long> correctedArticles() {
        return new java.util.HashSet<>(rows("read speaker corrections", "SELECT DISTINCT article_id FROM quote_overrides",
                rs -> rs.getLong(1)));
    }

    /**
     * Calls {@code action} with (name shown, speaker key, article, quotations) for every named speaker of every
     * article, an article's calls one after another: from the found names' counts, except in articles the user
     * corrected, which are read quotation by quotation.
     */
    private void eachSpeakerInArticle(SpeakerVisit action) {
        java.util.Set<Long> corrected = correctedArticles();
        Map<Long, String[]> names = names(null);
        eachRow("count speakers", "SELECT article_id, speaker_id, quotes FROM speaker_articles ORDER BY article_id", rs -> {
            long article = rs.getLong(1);
            String[] name = names.get(rs.getLong(2));
            if (!corrected.contains(article) && name != null) {
                action.visit(name[1], name[0], article, rs.getInt(3));
            }
        });
        readQuotes(corrected).forEach((article, quotes) -> {
            for (ReadQuote q : quotes) {
                if (q.shown() != null) {
                    action.visit(q.shown(), q.key(), article, 1);
                }
            }
        });
    }

    private interface SpeakerVisit {
        void visit(String shown, String key, long article, int quotes);
    }

    /** Every name shown for a speaker, with the speaker keys of its quotations (what the search index holds). */
    public synchronized Map<String, java.util.Set<String>> speakerKeys() {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        eachSpeakerInArticle((shown, key, article, n) -> out.computeIfAbsent(shown, k -> new java.util.HashSet<>()).add(key));
        return out;
    }

    /** Replaces the quotations of many articles in one transaction (after the extractor changed). */
    public synchronized void replaceQuotes(java.util.Map<Long, List<QuoteRecord>> byArticle) {
        transaction("store quotations", () -> {
            for (var e : byArticle.entrySet()) {
                long id = e.getKey();
                List<QuoteRecord> quotes = e.getValue();
                PackedRow row = quotes.isEmpty() ? null : packedRow(quotes);
                byte[] stored = storedQuoteRow(id);
                if (row == null ? stored == null : stored != null && java.util.Arrays.equals(stored, row.packed())) {
                    // a newer extractor found the same quotations (most articles): nothing to store, nothing to index
                    // again (re-indexing every article took three quarters of re-extracting 100,000)
                    continue;
                }
                deleteQuotes(id);
                if (row != null) {
                    insertQuotes(id, quotes, row);
                }
                markQuotesForIndex(id); // the index has the article, not these quotations
            }
            return null;
        });
    }

    /** Which version of the cleanup rules cleaned the stored articles (0: rules from before versions were counted). */
    public synchronized int cleanupFormat() {
        try {
            Long v = queryOptionalLong("SELECT value FROM counters WHERE name=?", CLEANUP_FORMAT);
            return v == null ? 0 : v.intValue();
        } catch (SQLException e) {
            throw failure("read the archive", e);
        }
    }

    /** Records that every stored article is cleaned by cleanup rules of version {@code format}. */
    public synchronized void setCleanupFormat(int format) {
        transaction("record the cleanup version", () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO counters VALUES (?, ?)")) {
                ps.setString(1, CLEANUP_FORMAT);
                ps.setInt(2, format);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static final String CLEANUP_FORMAT = "cleanup_format";

    /**
     * Stores articles cleaned again by newer cleanup rules, in one transaction under a new revision: the cleaned
     * text, the metadata found (fields the user set stay as the user set them), the original packed against the
     * new text. An article whose text changed loses its quotations, whose places were in the old text (the new
     * revision is past the archive's quotations, so they are found again), and the user's corrections of them
     * move to where the same words now are. Its content hash becomes the new text's, unless another article has
     * that text already: then the two stay apart, as they were.
     */
    public synchronized void storeRecleaned(List<Recleaned> changes) {
        transaction("store articles cleaned again", () -> {
            long rev = nextRev();
            String now = Instant.now().toString();
            for (Recleaned r : changes) {
                Article before = r.before();
                Metadata kept = r.metadata().keepingUserEdits(metadata(before.id()));
                Long holder = articleIdForHash(r.contentHash());
                String hash = holder == null || holder == before.id() ? r.contentHash() : before.contentHash();
                replaceTexts(before.id(), hash, kept, PackedText.packTexts(before.originalText(), r.cleaned()),
                        before.encoding(), rev, now);
                if (!r.cleaned().equals(before.cleanedText())) {
                    moveCorrections(before.id(), before.cleanedText(), r.cleaned());
                    deleteQuotes(before.id());
                }
            }
            return null;
        });
    }

    /** An article's texts, content hash and metadata replaced, under revision {@code rev}. */
    private void replaceTexts(long id, String contentHash, Metadata metadata, PackedText.Texts packed, String encoding,
                              long rev, String now) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE articles SET content_hash=?, title=?, title_src=?, outlet=?, outlet_src=?, date=?, date_src=?, "
                + "byline=?, byline_src=?, original_text=?, cleaned_text=?, encoding=?, rev=?, updated_at=? WHERE id=?")) {
            ps.setString(1, contentHash);
            int i = bindMetadata(ps, 2, metadata);
            ps.setBytes(i++, packed.original());
            ps.setBytes(i++, packed.cleaned());
            ps.setString(i++, encoding);
            ps.setLong(i++, rev);
            ps.setString(i++, now);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    /** The user's corrections of an article's quotations, moved from the old text to the same words in the new. */
    private void moveCorrections(long id, String oldText, String newText) throws SQLException {
        List<Object[]> moved = new ArrayList<>();
        PreparedStatement read = statement("SELECT start, end, speaker FROM quote_overrides WHERE article_id=?");
        read.setLong(1, id);
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                int start = rs.getInt(1);
                int end = rs.getInt(2);
                int at = TextRelocation.find(oldText, newText, start, end);
                if (at >= 0) { // else the words are gone (they were page furniture): so is the correction
                    moved.add(new Object[] {at, at + (end - start), rs.getString(3)});
                }
            }
        }
        PreparedStatement del = statement("DELETE FROM quote_overrides WHERE article_id=?");
        del.setLong(1, id);
        del.executeUpdate();
        PreparedStatement ins = statement("INSERT OR IGNORE INTO quote_overrides (article_id, start, end, speaker) VALUES (?,?,?,?)");
        for (Object[] m : moved) {
            ins.setLong(1, id);
            ins.setInt(2, (Integer) m[0]);
            ins.setInt(3, (Integer) m[1]);
            ins.setString(4, (String) m[2]);
            ins.executeUpdate();
        }
    }

    /** Which version of the quote extractor wrote the stored quotations (0: none yet). */
    public synchronized int quotesFormat() {
        return queryLong("SELECT value FROM counters WHERE name='quotes_format'").intValue();
    }

    /** The archive revision up to which quotations have been found (-1: none). */
    public synchronized long quotesRev() {
        return queryLong("SELECT value FROM counters WHERE name='quotes_rev'");
    }

    /** Records that quotations are current up to {@code rev}, written by extractor version {@code format}. */
    public synchronized void setQuotesState(int format, long rev) {
        transaction("record the quotation state", () -> {
            try (PreparedStatement f = connection.prepareStatement("UPDATE counters SET value=? WHERE name='quotes_format'");
                 PreparedStatement r = connection.prepareStatement("UPDATE counters SET value=? WHERE name='quotes_rev'")) {
                f.setInt(1, format);
                f.executeUpdate();
                r.setLong(1, rev);
                r.executeUpdate();
            }
            return null;
        });
    }

    /** An article's quotations in text order. */
    public synchronized List<QuoteRecord> quotes(long articleId) {
        List<ReadQuote> quotes = readQuotes(List.of(articleId)).getOrDefault(articleId, List.of());
        if (quotes.isEmpty()) {
            return List.of();
        }
        String text = texts(List.of(articleId)).getOrDefault(articleId, "");
        return quotes.stream().map(q -> q.record(text, q.shown())).toList();
    }

    /** Every quotation of one speaker across the archive, newest article first. */
    public synchronized List<QuoteRecord> quotesBy(String speaker, int limit) {
        return listed(speaker, limit).stream().map(l -> l.quote().record(l.text(), l.quote().shown())).toList();
    }

    /** A speaker's quotations with the title, outlet and date of their articles, newest article first. */
    public synchronized List<QuoteRow> quoteRows(String speaker, int limit) {
        return listed(speaker, limit).stream().map(l -> row(l.quote(), l.text(), l.about())).toList();
    }

    /**
     * A speaker's quotations read a page at a time, as a list shows them while it is scrolled (newest article first, then
     * in text order): the speaker's articles are found and put in order once, when the list starts, and each page reads
     * only the articles it reaches. A speaker quoted 18,000 times took 150–600 ms and 130 MB to list in full.
     */
    public static final class QuoteCursor {
        private final String speaker;
        private final List<Long> articles;
        private final Map<Long, Object[]> about;
        /** The first article not read yet. */
        private volatile int next;

        private QuoteCursor(String speaker, List<Long> articles, Map<Long, Object[]> about) {
            this.speaker = speaker;
            this.articles = articles;
            this.about = about;
        }

        /** Whether every article has been read: there are no more quotations to list. */
        public boolean done() { return next >= articles.size(); }
    }

    /** Starts reading a speaker's quotations page by page ({@link #nextQuoteRows}). */
    public synchronized QuoteCursor quoteCursor(String speaker) {
        List<Long> articles = articlesQuoting(speaker);
        Map<Long, Object[]> about = articleHeads(articles);
        articles.sort(NEWEST_FIRST.apply(about));
        return new QuoteCursor(speaker, articles, about);
    }

    /**
     * The quotations of the cursor's next articles: whole articles, until there are at least {@code atLeast} or none are
     * left (empty then).
     */
    public synchronized List<QuoteRow> nextQuoteRows(QuoteCursor cursor, int atLeast) {
        List<Listed> out = new ArrayList<>();
        read(cursor, atLeast, out);
        return out.stream().map(l -> row(l.quote(), l.text(), l.about())).toList();
    }

    /** A quotation as a speaker's list shows it: with its article's text, and its title, outlet and date. */
    private record Listed(ReadQuote quote, String text, Object[] about) { }

    /** Up to {@code limit} quotations shown as {@code speaker}, newest article first, then in text order. */
    private List<Listed> listed(String speaker, int limit) {
        List<Listed> out = new ArrayList<>();
        read(quoteCursor(speaker), limit, out);
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Reads the cursor's next articles into {@code out} until it holds at least {@code atLeast} quotations. */
    private void read(QuoteCursor c, int atLeast, List<Listed> out) {
        while (out.size() < atLeast && !c.done()) {
            // as many articles as the quotations still wanted need (a speaker is quoted a few times in each), no more
            int wanted = atLeast - out.size();
            int step = Math.min(c.articles.size() - c.next, Math.max(1, Math.min(IDS_PER_QUERY, wanted / 2)));
            List<Long> chunk = c.articles.subList(c.next, c.next + step);
            c.next += step;
            Map<Long, List<ReadQuote>> read = readQuotes(chunk);
            Map<Long, String> texts = texts(chunk);
            for (long id : chunk) {
                for (ReadQuote q : read.getOrDefault(id, List.of())) {
                    if (c.speaker.equals(q.shown())) {
                        out.add(new Listed(q, texts.getOrDefault(id, ""), c.about.get(id)));
                    }
                }
            }
        }
    }

    /**
     * The articles that may hold quotations shown as {@code speaker}: those quoting a found name shown so, and
     * those where the user gave a quotation to that name.
     */
    private List<Long> articlesQuoting(String speaker) {
        java.util.Set<Long> out = new java.util.LinkedHashSet<>();
        Long id;
        try {
            id = queryOptionalLong("SELECT id FROM speaker_names WHERE name=?", speaker);
        } catch (SQLException e) {
            throw failure("read speaker names", e);
        }
        if (id != null) {
            out.addAll(rows("read quotations", "SELECT sa.article_id FROM speaker_names f JOIN speaker_articles sa "
                    + "ON sa.speaker_id = f.id WHERE f.shown_id = ?1 OR (f.id = ?1 AND f.shown_id IS NULL)",
                    rs -> rs.getLong(1), id));
        }
        out.addAll(rows("read speaker corrections", "SELECT article_id FROM quote_overrides WHERE speaker=?",
                rs -> rs.getLong(1), speaker));
        return new ArrayList<>(out);
    }

    /** Title, outlet and date of each of these articles. */
    private Map<Long, Object[]> articleHeads(Collection<Long> ids) {
        Map<Long, Object[]> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            eachRow("read articles", "SELECT id, title, outlet, date FROM articles WHERE id IN " + placeholders(chunk.size()),
                    rs -> out.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getString(3), rs.getString(4)}), chunk.toArray());
        }
        return out;
    }

    /** Articles newest first (undated last), then by number: the order quotation lists are in. */
    private static final java.util.function.Function<Map<Long, Object[]>, java.util.Comparator<Long>> NEWEST_FIRST =
            about -> java.util.Comparator.<Long, String>comparing(id -> (String) about.getOrDefault(id, new Object[3])[2],
                    java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())).thenComparing(id -> id);

    private static QuoteRow row(ReadQuote q, String text, Object[] about) {
        Object[] a = about == null ? new Object[3] : about;
        return new QuoteRow(q.shown(), q.record(text, q.shown()).text(), q.articleId(), (String) a[0], (String) a[1],
                (String) a[2], q.start(), q.end());
    }

    /**
     * Every named speaker's quotations: speakers in {@link #speakers()} order, each newest first. The articles are
     * read a chunk at a time, and only the quotations' words are kept of their texts.
     */
    public synchronized List<QuoteRow> allQuoteRows() {
        List<Long> ids = rows("read quotations", "SELECT article_id FROM article_quotes ORDER BY article_id", rs -> rs.getLong(1));
        Map<Long, Object[]> about = articleHeads(ids);
        List<QuoteRow> rows = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            Map<Long, String> texts = texts(chunk);
            readQuotes(chunk).forEach((id, quotes) -> {
                for (ReadQuote q : quotes) {
                    if (q.shown() != null) {
                        rows.add(row(q, texts.getOrDefault(id, ""), about.get(id)));
                        counts.merge(q.shown(), 1, Integer::sum);
                    }
                }
            });
        }
        var newest = NEWEST_FIRST.apply(about);
        rows.sort(java.util.Comparator.<QuoteRow>comparingInt(r -> counts.get(r.speaker())).reversed()
                .thenComparing(QuoteRow::speaker)
                .thenComparing(QuoteRow::articleId, newest)
                .thenComparingInt(QuoteRow::start));
        return rows;
    }

    /** Each speaker name the extractor found, with its number of quotations. */
    public synchronized Map<String, Integer> foundSpeakerCounts() {
        return foundInBulk != null ? new HashMap<>(foundInBulk) : countFoundSpeakers();
    }

    private Map<String, Integer> countFoundSpeakers() {
        Map<String, Integer> out = new HashMap<>();
        for (Object[] r : rows("count speakers", "SELECT found.name, p.n FROM (SELECT speaker_id, sum(quotes) AS n FROM speaker_articles "
                + "GROUP BY speaker_id) p JOIN speaker_names found ON found.id = p.speaker_id",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)})) {
            out.put((String) r[0], (Integer) r[1]);
        }
        return out;
    }

    /** The user's renames and merges: found name → name shown. */
    public synchronized Map<String, String> speakerAliases() {
        Map<String, String> out = new HashMap<>();
        for (String[] r : rows("read speaker corrections", "SELECT name, canonical FROM speaker_aliases",
                rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.put(r[0], r[1]);
        }
        return out;
    }

    /** Found names currently shown as {@code shown}. */
    public synchronized List<String> namesShownAs(String shown) {
        return rows("read speaker names", "SELECT f.name FROM speaker_names f JOIN speaker_names s ON s.id = coalesce(f.shown_id, f.id) "
                + "WHERE s.name=? AND EXISTS (SELECT 1 FROM speaker_articles sa WHERE sa.speaker_id = f.id)", rs -> rs.getString(1), shown);
    }

    /**
     * Records that quotations found under each of {@code names} are shown as {@code shown}, and shows them so at
     * once (also those an import running now stores next).
     */
    public synchronized void setAliases(List<String> names, String shown) {
        transaction("correct a speaker", () -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO speaker_aliases (name, canonical) VALUES (?,?)");
                 PreparedStatement show = connection.prepareStatement("UPDATE speaker_names SET shown_id=? WHERE id=?")) {
                long target = nameId(shown);
                for (String n : names) {
                    ps.setString(1, n);
                    ps.setString(2, shown);
                    ps.addBatch();
                    show.setLong(1, target);
                    show.setLong(2, nameId(n));
                    show.addBatch();
                }
                ps.executeBatch();
                show.executeBatch();
            }
            return null;
        });
    }

    /** The user's speaker for one quotation (null: nobody), kept across re-finding the quotations. */
    public synchronized void setQuoteSpeaker(long articleId, int start, int end, String speaker) {
        transaction("correct a quotation's speaker", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR REPLACE INTO quote_overrides (article_id, start, end, speaker) VALUES (?,?,?,?)")) {
                ps.setLong(1, articleId);
                ps.setInt(2, start);
                ps.setInt(3, end);
                ps.setString(4, speaker);
                ps.executeUpdate();
            }
            markQuotesForIndex(articleId); // the quotation's speaker key changed
            return null;
        });
    }

    /** Whether some found name has no shown name worked out yet (new quotations, or an archive from before them). */
    public synchronized boolean speakersUnresolved() {
        return queryLong("SELECT EXISTS (SELECT 1 FROM speaker_names WHERE shown_id IS NULL)") > 0;
    }

    /**
     * Sets the name each found name is shown under from {@code shownByFound} (a name it leaves out is shown as
     * itself). One row per name, however many quotations it has; the user's per-quotation corrections are applied
     * as quotations are read. The search index keeps speaker keys, not shown names, so nothing is re-indexed.
     */
    public synchronized void applySpeakerNames(Map<String, String> shownByFound) {
        transaction("apply speaker names", () -> {
            List<long[]> changed = new ArrayList<>();
            List<Object[]> all = rows("read speaker names", "SELECT id, name, shown_id FROM speaker_names",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3) == null ? null : rs.getLong(3)});
            for (Object[] r : all) {
                String target = shownByFound.get((String) r[1]);
                if (target != null) {
                    long shown = nameId(target);
                    if (!Long.valueOf(shown).equals(r[2])) {
                        changed.add(new long[] {(Long) r[0], shown});
                    }
                }
            }
            try (Statement st = connection.createStatement();
                 PreparedStatement ps = connection.prepareStatement("UPDATE speaker_names SET shown_id=? WHERE id=?")) {
                for (long[] c : changed) {
                    ps.setLong(1, c[1]);
                    ps.setLong(2, c[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
                st.executeUpdate("UPDATE speaker_names SET shown_id = id WHERE shown_id IS NULL");
            }
            return null;
        });
    }

    /**
     * Every named speaker with their numbers of quotations, articles and outlets, most quoted first. Counted
     * from each found name's articles (a row per name and article), joined to the articles' outlets here: joining
     * in SQL read a page of the articles' table (its rows hold the texts) for each row. An article's rows come
     * together, so a speaker's articles are counted without a set of them (100,000 articles: 440,000 rows).
     */
    public synchronized List<SpeakerSummary> speakers() {
        Map<String, Integer> outletNumbers = new HashMap<>();
        Map<Long, Integer> outletOf = new HashMap<>();
        eachRow("read outlets", "SELECT id, outlet FROM articles INDEXED BY articles_outlet WHERE outlet IS NOT NULL",
                rs -> outletOf.put(rs.getLong(1), outletNumbers.computeIfAbsent(rs.getString(2), k -> outletNumbers.size())));
        final class Tally {
            int quotes;
            int articles;
            final java.util.BitSet outlets = new java.util.BitSet();
        }
        Map<String, Tally> bySpeaker = new HashMap<>();
        long[] article = {-1};
        java.util.Set<String> inArticle = new java.util.HashSet<>();
        eachSpeakerInArticle((shown, key, id, n) -> {
            Tally t = bySpeaker.computeIfAbsent(shown, k -> new Tally());
            t.quotes += n;
            if (id != article[0]) {
                article[0] = id;
                inArticle.clear();
            }
            if (inArticle.add(shown)) { // two names found in one article may be shown as one speaker
                t.articles++;
                Integer outlet = outletOf.get(id);
                if (outlet != null) {
                    t.outlets.set(outlet);
                }
            }
        });
        List<SpeakerSummary> out = new ArrayList<>(bySpeaker.size());
        bySpeaker.forEach((name, t) -> out.add(new SpeakerSummary(name, t.quotes, t.articles, t.outlets.cardinality())));
        out.sort(java.util.Comparator.comparingInt(SpeakerSummary::quotes).reversed().thenComparing(SpeakerSummary::speaker));
        return out;
    }

    private void keepOriginalCurrent(long id, String original) throws SQLException {
        // packed against the stored cleaned text (the new one may differ in case or spacing: the same content hash)
        PreparedStatement read = statement("SELECT cleaned_text FROM articles WHERE id=?");
        read.setLong(1, id);
        String cleaned;
        try (ResultSet rs = read.executeQuery()) {
            cleaned = rs.next() ? PackedText.unpack(rs.getObject(1), "") : "";
        }
        byte[] packed = PackedText.packOriginal(original, cleaned); // the same texts pack to the same bytes
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE articles SET original_text=? WHERE id=? AND original_text IS NOT ?")) {
            ps.setBytes(1, packed);
            ps.setLong(2, id);
            ps.setBytes(3, packed);
            ps.executeUpdate();
        }
    }

    private static int bindMetadata(PreparedStatement ps, int i, Metadata m) throws SQLException {
        for (MetaField f : MetaField.values()) {
            ps.setString(i++, m.get(f).value());
            ps.setString(i++, m.get(f).source().name());
        }
        return i;
    }

    private void upsertSource(IncomingArticle in, long articleId) throws SQLException {
        PreparedStatement ps = statement("INSERT INTO sources (path, article_id, size, mtime) VALUES (?,?,?,?) "
                + "ON CONFLICT(path) DO UPDATE SET article_id=excluded.article_id, size=excluded.size, mtime=excluded.mtime");
        ps.setString(1, in.sourcePath());
        ps.setLong(2, articleId);
        ps.setLong(3, in.size());
        ps.setLong(4, in.mtime());
        ps.executeUpdate();
    }

    private void deleteIfOrphaned(long id, long rev, List<Long> deleted) throws SQLException {
        if (sourceCount(id) > 0) {
            return;
        }
        try (PreparedStatement del = connection.prepareStatement("DELETE FROM articles WHERE id=?");
             PreparedStatement tomb = connection.prepareStatement("INSERT INTO tombstones (article_id, rev) VALUES (?,?)")) {
            del.setLong(1, id);
            del.executeUpdate();
            foundInBulk = null; // its quotations went with it
            tomb.setLong(1, id);
            tomb.setLong(2, rev);
            tomb.executeUpdate();
        }
        deleted.add(id);
    }

    private long nextRev() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE counters SET value = value + 1 WHERE name='rev'");
        }
        return queryLong("SELECT value FROM counters WHERE name='rev'");
    }

    private Long articleIdForPath(String path) throws SQLException {
        return queryOptionalLong("SELECT article_id FROM sources WHERE path=?", path);
    }

    private Long articleIdForHash(String hash) throws SQLException {
        return queryOptionalLong("SELECT id FROM articles WHERE content_hash=?", hash);
    }

    private int sourceCount(long id) throws SQLException {
        Long n = queryOptionalLong("SELECT count(*) FROM sources WHERE article_id=?", id);
        return n == null ? 0 : n.intValue();
    }

    private String firstSourceOtherThan(long id, String path) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT path FROM sources WHERE article_id=? AND path<>? ORDER BY rowid LIMIT 1")) {
            ps.setLong(1, id);
            ps.setString(2, path);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private Metadata metadata(long id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT title, title_src, outlet, outlet_src, date, date_src, byline, byline_src FROM articles WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? readMetadata(rs, 1) : new Metadata();
            }
        }
    }

    private static Metadata readMetadata(ResultSet rs, int col) throws SQLException {
        Metadata m = new Metadata();
        for (MetaField f : MetaField.values()) {
            m.set(f, MetaValue.of(rs.getString(col++), Provenance.valueOf(rs.getString(col++))));
        }
        return m;
    }

    /** Sets one metadata field as the user's own; it survives re-import and reindex. Returns the new article. */
    public synchronized Article updateMetadata(long id, MetaField field, String value) {
        transaction("save the edit", () -> {
            long rev = nextRev();
            try (PreparedStatement ps = connection.prepareStatement("UPDATE articles SET " + field.column() + "=?, "
                    + field.column() + "_src=?, rev=?, updated_at=? WHERE id=?")) {
                MetaValue v = MetaValue.of(value, Provenance.USER);
                ps.setString(1, v.value());
                ps.setString(2, v.source().name());
                ps.setLong(3, rev);
                ps.setString(4, Instant.now().toString());
                ps.setLong(5, id);
                if (ps.executeUpdate() == 0) {
                    throw new ArchiveException("No article with id " + id + ".");
                }
            }
            return null;
        });
        return article(id).orElseThrow();
    }

    public synchronized Optional<Article> article(long id) {
        List<Article> found = articles(List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The articles with these ids, in the order given (missing ids are left out). */
    public synchronized List<Article> articles(Collection<Long> ids) {
        return articles(ids, Map.of());
    }

    /**
     * The articles a write batch changed, for the search index: their texts are the batch's own, already in memory
     * (unpacking them again was a tenth of an import's writing thread); metadata and paths as stored, since an
     * update keeps the fields the user set.
     */
    public synchronized List<Article> written(WriteResult result, List<IncomingArticle> batch) {
        Map<Long, IncomingArticle> texts = new HashMap<>();
        batchArticles(result, batch).forEach((id, written) -> texts.put(id, written.in()));
        return articles(result.changedIds(), texts);
    }

    /** A file of a write batch that added or updated an article, with what happened to it. */
    private record Written(WriteOutcome outcome, IncomingArticle in) { }

    /** The articles a write batch added or updated, by id, each with the file it came from. */
    private static Map<Long, Written> batchArticles(WriteResult result, List<IncomingArticle> batch) {
        Map<String, IncomingArticle> byPath = new HashMap<>();
        for (IncomingArticle in : batch) {
            byPath.put(in.sourcePath(), in);
        }
        Map<Long, Written> out = new LinkedHashMap<>();
        for (WriteResult.Entry e : result.entries()) {
            IncomingArticle in = byPath.get(e.sourcePath());
            if (in != null && (e.outcome() == WriteOutcome.ADDED || e.outcome() == WriteOutcome.UPDATED)) {
                out.put(e.articleId(), new Written(e.outcome(), in));
            }
        }
        return out;
    }

    private List<Article> articles(Collection<Long> ids, Map<Long, IncomingArticle> texts) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = new LinkedHashMap<>();
        // texts known for every article asked: read the rest only
        String columns = texts.keySet().containsAll(ids) ? ARTICLE_COLUMNS.replace("original_text, cleaned_text", "'', ''") : ARTICLE_COLUMNS;
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT " + columns + " FROM articles WHERE id IN " + placeholders(ids.size()))) {
            bindIds(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Article a = readArticle(rs, List.of());
                    IncomingArticle in = texts.get(a.id());
                    if (in != null) {
                        a = new Article(a.id(), a.metadata(), in.originalText(), in.cleanedText(), a.encoding(), a.contentHash(),
                                a.rev(), a.sources(), a.importedAt(), a.updatedAt());
                    }
                    byId.put(a.id(), a);
                }
            }
            Map<Long, List<String>> sources = sourcesOf(byId.keySet());
            List<Article> out = new ArrayList<>();
            for (Long id : ids) {
                Article a = byId.get(id);
                if (a != null) {
                    out.add(withSources(a, sources.getOrDefault(id, List.of())));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("read articles", e);
        }
    }

    /**
     * One page of the articles changed after {@code sinceRev}, with id above {@code afterId}, in id order. Paging
     * keeps the lock short, so readers are not held up while a whole archive is reindexed.
     */
    public synchronized List<Article> page(long sinceRev, long afterId, int limit) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT id FROM articles WHERE rev > ? AND id > ? ORDER BY id LIMIT ?")) {
            ps.setLong(1, sinceRev);
            ps.setLong(2, afterId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read articles", e);
        }
        return articles(ids);
    }

    /** Number of articles changed after {@code sinceRev}. */
    public synchronized long countSince(long sinceRev) {
        try {
            Long n = queryOptionalLong("SELECT count(*) FROM articles WHERE rev > ?", sinceRev);
            return n == null ? 0 : n;
        } catch (SQLException e) {
            throw failure("count articles", e);
        }
    }

    /** Ids of articles deleted after {@code sinceRev}. */
    public synchronized List<Long> deletedSince(long sinceRev) {
        return rows("read deletions", "SELECT article_id FROM tombstones WHERE rev > ?", rs -> rs.getLong(1), sinceRev);
    }

    public synchronized long count() { return queryLong("SELECT count(*) FROM articles"); }

    /** The revision of the last committed write. */
    public synchronized long currentRev() { return queryLong("SELECT value FROM counters WHERE name='rev'"); }

    /** Every outlet with its number of articles, most articles first. */
    public synchronized List<Map.Entry<String, Long>> outlets() {
        List<Map.Entry<String, Long>> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT outlet, count(*) n FROM articles WHERE outlet IS NOT NULL "
                     + "GROUP BY outlet ORDER BY n DESC, outlet")) {
            while (rs.next()) {
                out.add(Map.entry(rs.getString(1), rs.getLong(2)));
            }
            return out;
        } catch (SQLException e) {
            throw failure("list outlets", e);
        }
    }

    // --- import runs -------------------------------------------------------------------------------------

    public synchronized long startRun(String roots) {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO import_runs (started_at, roots, status) VALUES (?,?, 'running')")) {
            ps.setString(1, Instant.now().toString());
            ps.setString(2, roots);
            ps.executeUpdate();
            return lastInsertId();
        } catch (SQLException e) {
            throw failure("record the import", e);
        }
    }

    /** Records how an import run ended, with counts by outcome and every error by file. */
    public synchronized void finishRun(long runId, String status, Map<String, Integer> counts, List<String[]> errors) {
        transaction("record the import", () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE import_runs SET finished_at=?, status=?, added=?, updated=?, duplicates=?, unchanged=?, "
                    + "skipped=?, failed=? WHERE id=?");
                 PreparedStatement err = connection.prepareStatement("INSERT INTO import_errors VALUES (?,?,?)")) {
                ps.setString(1, Instant.now().toString());
                ps.setString(2, status);
                int i = 3;
                for (String k : List.of("added", "updated", "duplicates", "unchanged", "skipped", "failed")) {
                    ps.setInt(i++, counts.getOrDefault(k, 0));
                }
                ps.setLong(i, runId);
                ps.executeUpdate();
                for (String[] e : errors) {
                    err.setLong(1, runId);
                    err.setString(2, e[0]);
                    err.setString(3, e[1]);
                    err.addBatch();
                }
                err.executeBatch();
            }
            return null;
        });
    }

    /** Errors of the most recent import run, as {path, reason}. */
    public synchronized List<String[]> lastRunErrors() {
        List<String[]> out = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT path, reason FROM import_errors WHERE run_id = (SELECT max(id) FROM import_runs)")) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            return out;
        } catch (SQLException e) {
            throw failure("read import errors", e);
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private Map<Long, List<String>> sourcesOf(Collection<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT article_id, path FROM sources WHERE article_id IN " + placeholders(ids.size()) + " ORDER BY rowid")) {
            bindIds(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return out;
    }

    private static Article readArticle(ResultSet rs, List<String> sources) throws SQLException {
        String cleaned = PackedText.unpack(rs.getObject(12), "");
        return new Article(rs.getLong(1), readMetadata(rs, 3), PackedText.unpack(rs.getObject(11), cleaned), cleaned, rs.getString(13),
                rs.getString(2), rs.getLong(14), sources, rs.getString(15), rs.getString(16));
    }

    private static Article withSources(Article a, List<String> sources) {
        return new Article(a.id(), a.metadata(), a.originalText(), a.cleanedText(), a.encoding(), a.contentHash(),
                a.rev(), List.copyOf(sources), a.importedAt(), a.updatedAt());
    }

    /** Reads one row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row of a query with these parameters, each read by {@code row}; {@code what} names the work in errors. */
    private <T> List<T> rows(String what, String sql, Row<T> row, Object... params) {
        List<T> out = new ArrayList<>();
        eachRow(what, sql, rs -> out.add(row.read(rs)), params);
        return out;
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    /** Hands each row to {@code action} without keeping it (for a million quotations). */
    private void eachRow(String what, String sql, RowAction action, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    action.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Long queryLong(String sql) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failure("read the archive", e);
        }
    }

    private Long queryOptionalLong(String sql, Object arg) throws SQLException {
        PreparedStatement ps = statement(sql);
        ps.setObject(1, arg);
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    /** The row id of this connection's last INSERT. */
    private long lastInsertId() throws SQLException {
        try (ResultSet rs = statement("SELECT last_insert_rowid()").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * A prepared statement kept for the archive's lifetime: import runs a few statements for every file and
     * every quotation, and preparing them anew each time was a large part of writing a batch.
     */
    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    private static ArchiveException failure(String what, SQLException e) {
        return new ArchiveException("Could not " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
            texts.close();
            checkpointer.close(); // first: the last connection to close copies what is left and removes the log
            connection.close();
        } catch (SQLException e) {
            throw failure("close the archive", e);
        }
    }
}
