package org.gazette.archive;

/** The metadata fields an article carries, each with its own provenance. */
public enum MetaField {
    TITLE("title"), OUTLET("outlet"), DATE("date"), BYLINE("byline");

    private final String column;

    MetaField(String column) { this.column = column; }

    /** The SQLite column (and Lucene field) name. */
    public String column() { return column; }
}
