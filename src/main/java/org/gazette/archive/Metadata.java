package org.gazette.archive;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Title, outlet, date (ISO yyyy-MM-dd) and byline of an article, each with its provenance. */
public final class Metadata {
    private final EnumMap<MetaField, MetaValue> values = new EnumMap<>(MetaField.class);

    public Metadata() {
        for (MetaField f : MetaField.values()) {
            values.put(f, MetaValue.NONE);
        }
    }

    public MetaValue get(MetaField field) { return values.get(field); }

    public String value(MetaField field) { return values.get(field).value(); }

    public Metadata set(MetaField field, MetaValue value) {
        values.put(field, value == null ? MetaValue.NONE : value);
        return this;
    }

    public String title() { return value(MetaField.TITLE); }
    public String outlet() { return value(MetaField.OUTLET); }
    public String date() { return value(MetaField.DATE); }
    public String byline() { return value(MetaField.BYLINE); }

    /** Who made the article: its outlet and byline, each null where not known. */
    public List<String> credits() { return java.util.Arrays.asList(outlet(), byline()); }

    /** This metadata with every field the user set in {@code existing} kept as the user set it. */
    public Metadata keepingUserEdits(Metadata existing) {
        Metadata merged = copy();
        for (Map.Entry<MetaField, MetaValue> e : existing.values.entrySet()) {
            if (e.getValue().source() == Provenance.USER) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return merged;
    }

    public Metadata copy() {
        Metadata m = new Metadata();
        m.values.putAll(values);
        return m;
    }

    @Override public boolean equals(Object o) { return o instanceof Metadata m && m.values.equals(values); }
    @Override public int hashCode() { return values.hashCode(); }
    @Override public String toString() { return values.toString(); }
}
