package org.gazette.ingest;

/** A file's text and the encoding it was read with (e.g. "UTF-8", "UTF-8 (BOM)", "windows-1252"). */
public record DecodedText(String text, String encoding) {
}
