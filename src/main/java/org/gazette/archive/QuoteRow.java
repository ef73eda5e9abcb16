package org.gazette.archive;

/** A quotation with the article it is in, as listed and exported: who, what, where and when. */
public record QuoteRow(String speaker, String quote, long articleId, String title, String outlet, String date, int start, int end) {
}
