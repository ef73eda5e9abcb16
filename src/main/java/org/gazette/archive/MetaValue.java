package org.gazette.archive;

/** One metadata value and where it came from. A blank value is normalised to "none". */
public record MetaValue(String value, Provenance source) {
    public static final MetaValue NONE = new MetaValue(null, Provenance.NONE);

    public MetaValue {
        if (value == null || value.isBlank()) {
            value = null;
            source = Provenance.NONE;
        } else {
            value = value.strip();
        }
    }

    public static MetaValue of(String value, Provenance source) { return new MetaValue(value, source); }

    public boolean isPresent() { return value != null; }
}
