package org.gazette.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How metadata reads in the window. */
final class Format {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Format() { }

    static String date(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return LocalDate.parse(iso).format(DAY);
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    static String metaLine(String outlet, String date, String byline) {
        List<String> parts = new ArrayList<>();
        parts.add(outlet == null ? "Unknown outlet" : outlet);
        parts.add(date == null ? "no date" : date(date));
        if (byline != null) {
            parts.add("by " + byline);
        }
        return String.join("  ·  ", parts);
    }
}
