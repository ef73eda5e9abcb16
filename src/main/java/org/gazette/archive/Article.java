package org.gazette.archive;

import java.util.List;

/**
 * An article as the archive keeps it: the original text exactly as read, the cleaned body, metadata with
 * provenance, and every file path it was imported from (copies of the same content are one article).
 */
public record Article(
        long id,
        Metadata metadata,
        String originalText,
        String cleanedText,
        String encoding,
        String contentHash,
        long rev,
        List<String> sources,
        String importedAt,
        String updatedAt) {

    public String title() { return metadata.title(); }
    public String outlet() { return metadata.outlet(); }
    public String date() { return metadata.date(); }
    public String byline() { return metadata.byline(); }

    /** The first file it was imported from. */
    public String source() { return sources.isEmpty() ? null : sources.get(0); }
}
