package org.gazette.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.gazette.archive.Article;

/**
 * What the same text costs in the plain alternatives, measured in the benchmark's run: bare Lucene (no cleanup,
 * no SQLite, no quotations) indexing the cleaned text, and an SQLite FTS5 table over it that answers the same
 * queries with snippets.
 */
final class BenchBaselines {
    private BenchBaselines() { }

    /** One article as the baselines see it: its cleaned text and the fields the filters need. */
    record Doc(long id, String title, String body, String date, String outlet) {
        static Doc of(Article a) { return new Doc(a.id(), a.title(), a.cleanedText(), a.date(), a.outlet()); }
    }

    /**
     * Indexes the documents with bare Lucene on {@code threads} threads (EnglishAnalyzer, the body stored with
     * positions and offsets, as Gazette stores it); returns the seconds from the first document to the commit.
     */
    static double bareLucene(List<Doc> docs, Path dir, int threads) throws Exception {
        FieldType body = new FieldType(TextField.TYPE_STORED);
        body.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        body.freeze();
        IndexWriterConfig cfg = new IndexWriterConfig(new EnglishAnalyzer());
        cfg.setRAMBufferSizeMB(64);
        long t0 = System.nanoTime();
        try (FSDirectory fs = FSDirectory.open(dir); IndexWriter w = new IndexWriter(fs, cfg)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
                        Doc d = docs.get(i);
                        Document doc = new Document();
                        if (d.title() != null) {
                            doc.add(new TextField("title", d.title(), Field.Store.YES));
                        }
                        doc.add(new Field("body", d.body(), body));
                        w.addDocument(doc);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            pool.shutdown();
            w.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** An SQLite FTS5 table (porter unicode61) over the same documents, with their dates, outlets and speakers. */
    static final class Fts5 implements AutoCloseable {
        private final Connection c;
        final double buildSeconds;

        Fts5(Path file, List<Doc> docs, Map<Long, List<String>> speakersByArticle) throws SQLException {
            c = DriverManager.getConnection("jdbc:sqlite:" + file);
            long t0 = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=WAL");
                st.execute("PRAGMA synchronous=NORMAL");
                st.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='porter unicode61')");
                st.execute("CREATE TABLE meta (id INTEGER PRIMARY KEY, date TEXT, outlet TEXT)");
                st.execute("CREATE TABLE spk (id INTEGER, speaker TEXT)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement f = c.prepareStatement("INSERT INTO fts (rowid, title, body) VALUES (?,?,?)");
                 PreparedStatement m = c.prepareStatement("INSERT INTO meta VALUES (?,?,?)");
                 PreparedStatement s = c.prepareStatement("INSERT INTO spk VALUES (?,?)")) {
                for (Doc d : docs) {
                    f.setLong(1, d.id());
                    f.setString(2, d.title());
                    f.setString(3, d.body());
                    f.executeUpdate();
                    m.setLong(1, d.id());
                    m.setString(2, d.date());
                    m.setString(3, d.outlet());
                    m.executeUpdate();
                    for (String who : speakersByArticle.getOrDefault(d.id(), List.of())) {
                        s.setLong(1, d.id());
                        s.setString(2, who);
                        s.executeUpdate();
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE INDEX meta_date ON meta(date)");
                st.execute("CREATE INDEX meta_outlet ON meta(outlet)");
                st.execute("CREATE INDEX spk_speaker ON spk(speaker)");
            }
            c.commit();
            c.setAutoCommit(true);
            buildSeconds = (System.nanoTime() - t0) / 1e9;
        }

        /** Runs one query as Gazette's search would answer it: the best 20 with a snippet each. Returns the hits. */
        int search(BenchQueries q) throws SQLException {
            StringBuilder sql = new StringBuilder("SELECT rowid, title, snippet(fts, 1, '[', ']', '…', 24) FROM fts WHERE fts MATCH ?");
            List<Object> args = new ArrayList<>(Arrays.asList(q.ftsMatch()));
            if (q.from() != null) {
                sql.append(" AND rowid IN (SELECT id FROM meta WHERE date BETWEEN ? AND ?)");
                args.add(q.from().toString());
                args.add(q.to().toString());
            }
            if (q.outlet() != null) {
                sql.append(" AND rowid IN (SELECT id FROM meta WHERE outlet = ?)");
                args.add(q.outlet());
            }
            if (q.speaker() != null) {
                sql.append(" AND rowid IN (SELECT id FROM spk WHERE speaker = ?)");
                args.add(q.speaker());
            }
            sql.append(" ORDER BY rank LIMIT 20");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(3);
                        n++;
                    }
                }
                return n;
            }
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }

    static void deleteQuietly(Path dir) {
        try (var s = java.nio.file.Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing the benchmark for
        }
    }
}
