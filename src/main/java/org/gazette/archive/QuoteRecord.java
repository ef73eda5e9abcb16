package org.gazette.archive;

/** A quotation as the archive keeps it: offsets in the article's cleaned text, the words, the speaker (or null). */
public record QuoteRecord(long articleId, int start, int end, String text, String speaker, String rule) {
}
