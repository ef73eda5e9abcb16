package org.gazette.ingest;

import java.util.List;
import org.gazette.archive.Metadata;

/** What parsing one file gives: metadata with provenance, the cleaned body, and the lines cleanup removed. */
public record ParsedArticle(Metadata metadata, String cleanedText, List<String[]> removedLines, String contentHash) {
}
