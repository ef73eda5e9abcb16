package org.gazette.archive;

/**
 * A stored article cleaned again by newer cleanup rules: the texts before and after, and what the new cleaning
 * found (its content hash and metadata, before the user's edits are put back).
 */
public record Recleaned(long id, String original, String oldCleaned, String cleaned, String contentHash, Metadata metadata) { }
