package org.gazette.archive;

/**
 * A stored article cleaned again by newer cleanup rules: the article as stored, and what the new cleaning gives (its
 * cleaned text, content hash and metadata, before the user's edits are put back).
 */
public record Recleaned(Article before, String cleaned, String contentHash, Metadata metadata) { }
