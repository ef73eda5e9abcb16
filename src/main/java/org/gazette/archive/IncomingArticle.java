package org.gazette.archive;

/** A parsed file on its way into the archive. {@code size} and {@code mtime} let re-imports skip it unread. */
public record IncomingArticle(
        String sourcePath,
        long size,
        long mtime,
        String originalText,
        String cleanedText,
        String encoding,
        String contentHash,
        Metadata metadata) {
}
