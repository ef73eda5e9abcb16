package org.gazette.archive;

import java.util.List;

/**
 * A parsed file on its way into the archive. {@code size} and {@code mtime} let re-imports skip it unread.
 * {@code quotes} are the quotations found in the cleaned text (their article id is not known yet and ignored).
 * {@code packedOriginal} and {@code packedCleaned} are the texts as the archive stores them ({@link #of} packs
 * them on the caller's thread: the import's reading threads, in parallel, rather than its one writing thread).
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
        List<QuoteRecord> quotes,
        byte[] packedOriginal,
        byte[] packedCleaned) {

    public static IncomingArticle of(String sourcePath, long size, long mtime, String originalText, String cleanedText,
                                     String encoding, String contentHash, Metadata metadata, List<QuoteRecord> quotes) {
        PackedText.Texts packed = PackedText.packTexts(originalText, cleanedText);
        return new IncomingArticle(sourcePath, size, mtime, originalText, cleanedText, encoding, contentHash, metadata, quotes,
                packed.original(), packed.cleaned());
    }
}
