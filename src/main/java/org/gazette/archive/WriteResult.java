package org.gazette.archive;

import java.util.List;

/**
 * The result of one committed write batch: one outcome per incoming file (same order), the articles whose
 * content or metadata changed (to index), the ones removed (to drop from the index), and the batch's revision.
 */
public record WriteResult(List<Entry> entries, List<Long> changedIds, List<Long> deletedIds, long rev) {
    public record Entry(String sourcePath, WriteOutcome outcome, long articleId, String duplicateOf) { }
}
