package org.gazette.search;

/** Names of the index's fields; the query syntax exposes title, outlet, byline, body and date. */
public final class Fields {
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String OUTLET = "outlet";
    /** The outlet's exact name, for filtering and listing. */
    public static final String OUTLET_EXACT = "outlet_exact";
    public static final String BYLINE = "byline";
    public static final String BODY = "body";
    /** The body's length in chars (doc values): a text read from the archive for snippets must be the one indexed. */
    public static final String BODY_LENGTH = "body_length";
    /** yyyy-MM-dd; searchable with ranges such as {@code date:[2022-01-01 TO 2022-03-31]}, and sortable. */
    public static final String DATE = "date";
    public static final String SOURCE = "source";
    /**
     * Words inside the article's quotations, {@code quote:reckless}: a field of the query syntax only. It is searched
     * in the body, inside the quotations' spans ({@link #QUOTE_SPANS}); a phrase never runs from one into the next.
     */
    public static final String QUOTE = "quote";
    /** Where the quotations lie among the body's token positions (doc value), for {@code quote:} searches. */
    public static final String QUOTE_SPANS = "quote_spans";
    /** Where the quotations are in the body ("start:end,…", stored only), for snippets of {@code quote:} searches. */
    public static final String QUOTE_RANGES = "quote_ranges";
    /** Names of the people quoted in the article: {@code speaker:stoltenberg}. */
    public static final String SPEAKER = "speaker";
    /** The exact names shown for its speakers, for the speaker filter. */
    public static final String SPEAKER_EXACT = "speaker_exact";

    /**
     * What a result shows without a query: title, outlet, date, byline, source and the article's opening, in
     * one doc value ({@link HitFields}); read without decompressing a block of stored bodies.
     */
    public static final String HIT = "hit";

    /** The article's {@link StorySignature} (stored only), for finding other coverage of its story. */
    public static final String STORY = "story";

    private Fields() { }
}
