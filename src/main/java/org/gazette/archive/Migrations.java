package org.gazette.archive;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The archive's schema, as an ordered list of migrations. The database's {@code PRAGMA user_version} says how
 * many have been applied; opening an archive applies the rest, each in its own transaction. Never edit a
 * migration that has shipped: add a new one.
 */
final class Migrations {

    static final List<String[]> STEPS = List.<String[]>of(
            // 1: articles, the files they came from, deletions (for index repair), import runs and their errors
            new String[] {
                """
                CREATE TABLE articles (
                  id            INTEGER PRIMARY KEY,
                  content_hash  TEXT NOT NULL UNIQUE,
                  title TEXT,  title_src  TEXT NOT NULL,
                  outlet TEXT, outlet_src TEXT NOT NULL,
                  date TEXT,   date_src   TEXT NOT NULL,
                  byline TEXT, byline_src TEXT NOT NULL,
                  original_text TEXT NOT NULL,
                  cleaned_text  TEXT NOT NULL,
                  encoding      TEXT NOT NULL,
                  rev           INTEGER NOT NULL,
                  imported_at   TEXT NOT NULL,
                  updated_at    TEXT NOT NULL
                )""",
                "CREATE INDEX articles_rev ON articles(rev)",
                "CREATE INDEX articles_outlet ON articles(outlet)",
                """
                CREATE TABLE sources (
                  path       TEXT PRIMARY KEY,
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  size       INTEGER NOT NULL,
                  mtime      INTEGER NOT NULL
                )""",
                "CREATE INDEX sources_article ON sources(article_id)",
                "CREATE TABLE tombstones (article_id INTEGER NOT NULL, rev INTEGER NOT NULL)",
                "CREATE INDEX tombstones_rev ON tombstones(rev)",
                "CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
                "INSERT INTO counters VALUES ('rev', 0)",
                """
                CREATE TABLE import_runs (
                  id INTEGER PRIMARY KEY,
                  started_at TEXT NOT NULL, finished_at TEXT,
                  roots TEXT NOT NULL, status TEXT NOT NULL,
                  added INTEGER DEFAULT 0, updated INTEGER DEFAULT 0, duplicates INTEGER DEFAULT 0,
                  unchanged INTEGER DEFAULT 0, skipped INTEGER DEFAULT 0, failed INTEGER DEFAULT 0
                )""",
                """
                CREATE TABLE import_errors (
                  run_id INTEGER NOT NULL REFERENCES import_runs(id) ON DELETE CASCADE,
                  path TEXT NOT NULL, reason TEXT NOT NULL
                )"""
            },
            // 2: quotations with their speakers; which version of the extractor wrote them
            new String[] {
                """
                CREATE TABLE quotes (
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  start INTEGER NOT NULL, end INTEGER NOT NULL,
                  text TEXT NOT NULL, speaker TEXT, rule TEXT
                )""",
                "CREATE INDEX quotes_article ON quotes(article_id)",
                "CREATE INDEX quotes_speaker ON quotes(speaker)",
                "INSERT INTO counters VALUES ('quotes_format', 0)",
                "INSERT INTO counters VALUES ('quotes_rev', -1)"
            },
            // 3: the name each quotation is shown under (archive-wide merges), and the user's corrections, which
            // are kept apart from the derived quotations so that re-finding them never loses a correction
            new String[] {
                "ALTER TABLE quotes ADD COLUMN canonical TEXT",
                "CREATE INDEX quotes_canonical ON quotes(canonical)",
                "CREATE TABLE speaker_aliases (name TEXT PRIMARY KEY, canonical TEXT NOT NULL)",
                """
                CREATE TABLE quote_overrides (
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  start INTEGER NOT NULL, end INTEGER NOT NULL, speaker TEXT,
                  PRIMARY KEY (article_id, start, end)
                )"""
            },
            // 4: articles whose quotations or speaker names changed since the search index last saw them
            new String[] {
                "CREATE TABLE quote_index_pending (article_id INTEGER PRIMARY KEY)",
                "INSERT INTO quote_index_pending SELECT DISTINCT article_id FROM quotes"
            },
            // 5: for 100,000 articles and a million quotations: the quotations whose shown name is not worked out
            // yet, found at once (every speaker search asks; without an index "none" meant reading every quotation),
            // and shown names with their found names and articles read from one index, without the table
            new String[] {
                "CREATE INDEX quotes_unresolved ON quotes(article_id) WHERE canonical IS NULL AND speaker IS NOT NULL",
                "CREATE INDEX quotes_shown ON quotes(canonical, speaker, article_id)",
                "DROP INDEX quotes_canonical"
            },
            // 6: speaker names stored once and quotations pointing at them by number. The two speaker indexes
            // take an insert at a random place for nearly every quotation; keyed by names they were three times
            // the size, and at 100,000 articles storing the quotations took longer than storing the articles
            new String[] {
                "CREATE TABLE speaker_names (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                "INSERT OR IGNORE INTO speaker_names (name) SELECT speaker FROM quotes WHERE speaker IS NOT NULL "
                        + "UNION SELECT canonical FROM quotes WHERE canonical IS NOT NULL",
                """
                CREATE TABLE quotes_by_id (
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  start INTEGER NOT NULL, end INTEGER NOT NULL,
                  text TEXT NOT NULL, speaker_id INTEGER, rule TEXT, canonical_id INTEGER
                )""",
                "INSERT INTO quotes_by_id SELECT q.article_id, q.start, q.end, q.text, s.id, q.rule, c.id FROM quotes q "
                        + "LEFT JOIN speaker_names s ON s.name = q.speaker LEFT JOIN speaker_names c ON c.name = q.canonical "
                        + "ORDER BY q.rowid",
                "DROP TABLE quotes",
                "ALTER TABLE quotes_by_id RENAME TO quotes",
                "CREATE INDEX quotes_article ON quotes(article_id)",
                "CREATE INDEX quotes_speaker ON quotes(speaker_id)",
                "CREATE INDEX quotes_unresolved ON quotes(article_id) WHERE canonical_id IS NULL AND speaker_id IS NOT NULL",
                "CREATE INDEX quotes_shown ON quotes(canonical_id, speaker_id, article_id)"
            },
            // 7: an article's quotations in one row, their words cut from its text when read (PackedQuotes); which
            // articles quote each found name, with how often; and the name each found name is shown under, kept once
            // per name (null: not worked out yet) rather than once per quotation. A row per quotation, with its words
            // and two indexes, was most of what quotations added to an import's writing thread (22,682 articles,
            // 243,000 quotations). The quotations are found again when the archive opens; the user's corrections
            // (speaker_aliases, quote_overrides) are kept apart from them and stay
            new String[] {
                "DROP TABLE quotes",
                "CREATE TABLE article_quotes (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, "
                        + "packed BLOB NOT NULL)",
                """
                CREATE TABLE speaker_articles (
                  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                  speaker_id INTEGER NOT NULL, quotes INTEGER NOT NULL,
                  PRIMARY KEY (article_id, speaker_id)
                ) WITHOUT ROWID""",
                "CREATE INDEX speaker_articles_speaker ON speaker_articles(speaker_id, article_id)",
                "ALTER TABLE speaker_names ADD COLUMN shown_id INTEGER",
                "CREATE INDEX speaker_names_shown ON speaker_names(shown_id)",
                "UPDATE counters SET value = 0 WHERE name = 'quotes_format'",
                "UPDATE counters SET value = -1 WHERE name = 'quotes_rev'",
                "DELETE FROM quote_index_pending"
            });

    /**
     * Indexes a bulk import may drop and build again in one pass at its end (see ArticleStore#deferQuotationIndexes).
     * Each is created as the latest migration left it.
     */
    static final List<String> DEFERRABLE_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS speaker_articles_speaker ON speaker_articles(speaker_id, article_id)");

    private Migrations() { }

    static int latest() { return STEPS.size(); }

    /** Applies every migration past the database's version; returns the version it started at. */
    static int migrate(Connection c) throws SQLException {
        int version;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > latest()) {
            throw new ArchiveException("This archive was written by a newer Gazette (schema " + version
                    + ", this version knows " + latest() + ").");
        }
        for (int v = version; v < latest(); v++) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (String sql : STEPS.get(v)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        }
        return version;
    }
}
