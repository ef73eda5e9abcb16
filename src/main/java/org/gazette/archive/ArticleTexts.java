package org.gazette.archive;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Articles' cleaned texts, read on a connection of their own: search snippets are cut from them (the index does
 * not keep a second copy of every text), and a search while an import writes must not wait for the writer's
 * lock. In WAL mode this reader sees the last committed state and never blocks the writer.
 */
final class ArticleTexts implements AutoCloseable {
    private final Path file;
    private Connection connection;
    /** Set by {@link #close}: a search still running as the archive closes gets no texts rather than a new connection. */
    private boolean closed;

    ArticleTexts(Path file) {
        this.file = file;
    }

    /** The cleaned texts of these articles by id; ids not in the archive are left out. */
    synchronized Map<Long, String> cleaned(Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        if (ids.isEmpty() || closed) {
            return out;
        }
        try (PreparedStatement ps = connection().prepareStatement(
                "SELECT id, cleaned_text FROM articles WHERE id IN " + ArticleStore.placeholders(ids.size()))) {
            ArticleStore.bindIds(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), PackedText.unpack(rs.getObject(2), ""));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new ArchiveException("Cannot read article texts from " + file + ": " + e.getMessage(), e);
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(5000);
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        }
        return connection;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new ArchiveException("Cannot close the text reader of " + file + ": " + e.getMessage(), e);
            }
            connection = null;
        }
    }
}
