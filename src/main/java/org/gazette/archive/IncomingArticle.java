package org.gazette.archive;

import java.util.List;

/**
 * A parsed file on its way into the archive. {@code size} and {@code mtime} let re-imports skip it unread.
 * {@code quotes} are the quotations found in the cleaned text (their article id is not known yet and ignored).
 */
public record IncomingArticle(
        String sourcePath,
        long size,
        long mtime,
        String originalText,
        String cleanedText,
        String encoding,
        String contentHash,
        Metadata metadata,
        List<QuoteRecord> quotes) {
}
